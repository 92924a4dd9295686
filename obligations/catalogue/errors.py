"""Problems found in input files, reported together, each one a user can act on."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..i18n import _


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place: ``file:line: field: message (hint)``."""

    file: str
    line: int | None
    field: str
    message: str
    hint: str | None = None
    severity: str = "error"  # error | note

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        parts = [part for part in (where, self.field, self.message) if part]  # an option has no file
        text = ": ".join(parts)
        return f"{text} ({self.hint})" if self.hint else text

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message,
                "hint": self.hint, "severity": self.severity}


class ObligationsError(Exception):
    """Base class of the errors this library raises on purpose."""


class CatalogueError(ObligationsError):
    """The directive files hold errors; ``problems`` lists every one of them."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems)
        count = len([p for p in self.problems if p.severity == "error"])
        super().__init__(f"{count} error(s) in the directive files:\n" + "\n".join(map(str, self.problems)))


class NotFound(ObligationsError):
    """A document, obligation, actor or metric asked for by name does not exist. ``option`` names the
    command-line option the name came from (``--agency``), so that a face can say which one."""

    def __init__(self, message: str, option: str | None = None):
        super().__init__(message)
        self.option = option


@dataclass
class ProblemList:
    """Collects problems while a run goes on, so that all are reported, not only the first."""

    items: list[Problem] = field(default_factory=list)

    def add(self, file: str | Path, line: int | None, field_path: str, message: str,
            hint: str | None = None, severity: str = "error") -> None:
        self.items.append(Problem(str(file), line, field_path, message, hint, severity))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]


def did_you_mean(word: str, choices: Iterable[str], n: int = 3) -> str | None:
    """``did you mean 'a', 'b'?`` from the nearest known names, or None."""
    from .text import fold

    choices = list(choices)
    by_fold = {fold(c): c for c in choices}
    close = difflib.get_close_matches(fold(str(word)), list(by_fold), n=n, cutoff=0.5)
    if not close:
        return None
    return _("ý bạn là {names}?").format(names=", ".join(f"'{by_fold[c]}'" for c in close))


def did_you_mean_metric(word: str, metrics: dict) -> str | None:
    """``did you mean ...?`` for an unknown metric: the metrics whose id, name, aliases or definition
    come nearest to ``word``, accents optional. An encoder types a slug of their own
    (``ty-le-van-ban-dien-tu-hoan-toan``) or the text's words (``ty le van ban xu ly qua han``);
    both should find the metric whose name or definition says it."""
    ranked = nearest_metrics(word, metrics)
    if not ranked:
        return None
    return _("ý bạn là {names}?").format(names=", ".join(f"'{metric_id}'" for metric_id in ranked))


def nearest_metrics(word: str, metrics: dict, n: int = 3) -> list[str]:
    """The ids of the ``n`` metrics nearest to ``word``, best first (none when nothing is near).

    Two measures, the better counts: the spelling of the id, name or an alias (difflib's ratio, for
    typos), and the words shared with the name and aliases (most) and the definition (less), accents,
    case and punctuation ignored, for a description in the encoder's own words."""
    spelled = " ".join(_words(word))
    wanted = set(_words(word))
    if not wanted:
        return []
    scores: dict[str, float] = {}
    for metric_id, metric in metrics.items():
        names = [metric_id, metric.name, *metric.aliases]
        spelling = max(difflib.SequenceMatcher(None, spelled, " ".join(_words(name))).ratio() for name in names)
        named = {w for name in names for w in _words(name)}
        defined = set(_words(metric.definition or ""))
        in_names = len(wanted & named) / len(wanted | named)
        in_definition = len(wanted & defined) / len(wanted)
        scores[metric_id] = max(spelling, 0.6 * in_names + 0.4 * in_definition + 0.3 * (in_names > 0))
    ranked = sorted(scores, key=lambda metric_id: (-scores[metric_id], metric_id))
    return [metric_id for metric_id in ranked[:n] if scores[metric_id] >= 0.5]


def _words(text: str) -> list[str]:
    """The accent-free words of a text or a slug, in order: ``Tỷ lệ văn-bản`` -> [ty, le, van, ban]."""
    import re

    from .text import fold

    return re.findall(r"[0-9a-z&]+", fold(str(text)))
