"""Reminder letters, escalations and summary reports from the findings, in the official format.

    import obligations, obligations.letters as letters
    result = obligations.evaluate(catalogue, registry, facts, as_of=date(2015, 1, 15), province="Khánh Hòa")
    made = letters.compose(result)                       # or compose(letters.read_findings("findings.json"))
    data = letters.render(made[0], "docx")               # bytes of one letter: docx, pdf, html or md
    paths = letters.write(made, Path("letters"), ["docx", "pdf"])   # files, one per recipient

Data flows one way: findings (an ``Evaluation`` or its JSON) -> ``Letter`` (recipient and template
variables, ``compose``) -> the template's Markdown blocks (``Templates``, Jinja2 in a sandbox) -> a
``Sheet`` in the layout of Nghị định 30/2020/NĐ-CP -> Word, HTML, Markdown; PDF from the Word file.
The template variables are documented in docs/letters.md.
"""

from __future__ import annotations

from .compose import KINDS, REMINDER_STATUSES, Letter
from .compose import compose as _compose
from .inputs import read_findings
from .output import FORMATS, index_csv, render, write
from .senders import LetterError, Sender, Senders, load_senders
from .templates import Templates

__all__ = ["FORMATS", "KINDS", "REMINDER_STATUSES", "Letter", "LetterError", "Sender", "Senders", "Templates",
           "compose", "index_csv", "load_senders", "read_findings", "render", "write"]


def compose(evaluation, senders: Senders | None = None, **options) -> list[Letter]:
    """The letters for an evaluation: an ``obligations.Evaluation`` or its JSON form (a dict, e.g.
    from ``read_findings``). ``senders`` defaults to the demo configuration; the options are those of
    ``compose.compose``: kinds, letter_date, reply_days, reply_by, first_number, statuses."""
    data = evaluation if isinstance(evaluation, dict) else evaluation.to_dict()
    return _compose(data, senders or load_senders(), **options)
