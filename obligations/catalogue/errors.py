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
