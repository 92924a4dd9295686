"""Letter templates: Jinja2 in a sandbox, undefined variables as errors, data escaped for Markdown.

A letter template is Markdown with named blocks, one per part of the official layout that is text
rather than form: ``symbol`` (after the number: ``STTTT-CNTT``), ``title`` (``BÁO CÁO`` for a report,
empty for a công văn), ``subject`` (the ``V/v`` or the report's subject), ``recipients`` (``Kính gửi``, one
per line), ``body``, ``cc`` (``Nơi nhận``, one per line) and ``annex``. The layout around them (header,
date line, signature block) follows Nghị định 30/2020/NĐ-CP and is drawn by each output format.

A user template may define only some blocks; the others come from the shipped template of that
kind. Templates run in Jinja2's immutable sandbox: no attribute starting with ``_``, no Python
internals, no file access, no changes to the data. Every ``{{ value }}`` is escaped so that ``&``,
``<``, ``*`` or ``_`` in the data print as themselves in every format; dates print as ``31/7/2013`` and
numbers with a decimal comma.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import DictLoader, StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..catalogue.errors import Problem
from . import vi
from .compose import KINDS
from .senders import LetterError

BLOCKS = ("symbol", "title", "subject", "recipients", "body", "cc", "annex")


class Markdown(str):
    """Text that is already Markdown: printed as is, not escaped again."""


_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # only an & that would read as an HTML entity (&amp; &#38;)


def escape_markdown(text: str) -> str:
    """Data as literal Markdown text: ``Sở KH&ĐT`` stays as it is, ``a*b`` becomes ``a\\*b``."""
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))


def _finalize(value):
    """How a ``{{ value }}`` prints: None as nothing, dates short, numbers with a decimal comma, text escaped."""
    if value is None:
        return ""
    if isinstance(value, Markdown):
        return value
    if isinstance(value, dt.date):
        return vi.short_date(value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, (int, float)):
        return vi.number(value)
    return escape_markdown(str(value))


def _environment(sources: dict[str, str]) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=DictLoader(sources), undefined=StrictUndefined, finalize=_finalize, autoescape=False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
    env.filters.update({
        "date_line": vi.date_line, "short_date": vi.short_date, "caps": vi.caps, "lower_first": vi.lower_first,
        "percent": lambda value: vi.number(value, "percent"), "number": vi.number, "join_vi": vi.join,
    })
    return env


def shipped_path(kind: str) -> Path:
    return Path(str(resources.files("obligations.letters") / "templates" / f"{kind}.md.j2"))


@dataclass
class Rendered:
    """The text parts of one letter, each Markdown, ready for a format to lay out."""

    symbol: str
    title: str
    subject: str
    recipients: list[str]
    body: str
    cc: list[str]
    annex: str


class Templates:
    """The shipped templates, with a user's own in place of any of them (``{kind: path}``)."""

    def __init__(self, user: dict[str, Path] | None = None):
        user = {k: Path(v) for k, v in (user or {}).items()}
        unknown = [k for k in user if k not in KINDS]
        if unknown:
            raise LetterError(f"unknown letter kind '{unknown[0]}' for a template: use {', '.join(KINDS)}")
        sources: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        for kind in KINDS:
            path = shipped_path(kind)
            sources[f"shipped/{kind}"] = path.read_text(encoding="utf-8")
            self._labels[f"shipped/{kind}"] = f"{kind}.md.j2 (shipped)"
        for kind, path in user.items():
            try:
                sources[f"user/{kind}"] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise LetterError([Problem(str(path), None, "", f"cannot read the template: {error}",
                                           "give a UTF-8 text file")]) from None
            self._labels[f"user/{kind}"] = str(path)
        self._env = _environment(sources)
        self._compiled = {}
        for name in sources:
            try:
                self._compiled[name] = self._env.get_template(name)
            except TemplateSyntaxError as error:
                raise LetterError([Problem(self._labels[name], error.lineno, "", f"template syntax error: {error.message}",
                                           "see docs/letters.md for the template language and blocks")]) from None
        self._user = set(user)

    def render(self, kind: str, context: dict) -> Rendered:
        """Each block of the letter's template (the user's where it defines one), as Markdown."""
        shipped = self._compiled[f"shipped/{kind}"]
        mine = self._compiled.get(f"user/{kind}") if kind in self._user else None
        parts = {}
        for block in BLOCKS:
            template = mine if mine is not None and block in mine.blocks else shipped
            name = f"user/{kind}" if template is mine else f"shipped/{kind}"
            render_block = template.blocks.get(block)
            parts[block] = "" if render_block is None else self._run(template, name, render_block, context).strip()
        return Rendered(symbol=parts["symbol"], title=parts["title"], subject=" ".join(parts["subject"].split()),
                        recipients=_lines(parts["recipients"]), body=parts["body"], cc=_lines(parts["cc"]),
                        annex=parts["annex"])

    def _run(self, template, name: str, render_block, context: dict) -> str:
        try:
            return "".join(render_block(template.new_context(context)))
        except SecurityError as error:
            raise self._problem(name, error, "refused: the template tried something unsafe",
                                "templates may use the documented variables and filters only") from None
        except UndefinedError as error:
            raise self._problem(name, error, f"unknown variable: {error.message}",
                                "see docs/letters.md for the variables each letter has") from None
        except TemplateError as error:
            raise self._problem(name, error, f"template error: {error.message}", None) from None
        except (TypeError, ValueError, ArithmeticError) as error:
            raise self._problem(name, error, f"template error: {error}", None) from None

    def _problem(self, name: str, error: Exception, message: str, hint: str | None) -> LetterError:
        if isinstance(error, SecurityError):
            message = f"{message}: {error}"
        return LetterError([Problem(self._labels[name], _template_line(error), "", message, hint)])


def _template_line(error: Exception) -> int | None:
    """The template line where the error arose: the deepest frame of compiled template code."""
    line = None
    tb = error.__traceback__
    while tb is not None:
        template = tb.tb_frame.f_globals.get("__jinja_template__")
        if template is not None:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


def _lines(text: str) -> list[str]:
    """A list block (``Kính gửi``, ``Nơi nhận``): one entry per line, without its dash and end mark;
    each format puts them back as the decree wants (``- ...;`` and the last ``- ....``)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(("- ", "+ ", "* ")):
            line = line[2:].strip()
        line = line.rstrip(";.").rstrip() if not line.endswith("./.") else line
        if line:
            out.append(line)
    return out
