"""A findings JSON file (``obligations evaluate --format json``) read back for letters, checked first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from ..catalogue import guards
from ..catalogue.errors import Problem
from ..catalogue.periods import parse_period
from ..evaluation.schema import EvaluationView
from ..catalogue.yamlfile import field_path
from .senders import LetterError


def read_findings(path: Path) -> dict:
    """The evaluation in the file, validated against the findings schema; LetterError names the file,
    the line (broken JSON) or the field (a finding that is not in the schema's form)."""
    path = Path(path)
    shown = str(path)
    try:
        data = guards.loads_json(guards.read_json_text(path))
    except FileNotFoundError:
        raise LetterError([Problem(shown, None, "", "no such file")]) from None
    except IsADirectoryError:
        raise LetterError([Problem(shown, None, "", "a folder, not a file",
                                   "give the output of 'obligations evaluate --format json'")]) from None
    except OSError as error:
        raise LetterError([Problem(shown, None, "", f"cannot be read: {error.strerror}")]) from None
    except guards.Refused as refused:
        raise LetterError([Problem(shown, refused.line, refused.field, refused.message,
                                   refused.hint or "give the output of 'obligations evaluate --format json'")]) from None
    if isinstance(data, dict) and "findings" in data and "summary" not in data:
        data = {**data, "summary": {}}  # 'evaluate --format json' always writes it; a hand-made file may not
    try:
        EvaluationView.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False)[:5]:
            problems.append(Problem(shown, None, field_path(list(item["loc"])), item["msg"],
                                    "give the output of 'obligations evaluate --format json' "
                                    "(its form: 'obligations schema --findings')"))
        raise LetterError(problems) from None
    problems = [Problem(shown, None, where, message, hint) for where, message, hint in _values(data)]
    if problems:
        raise LetterError(problems[:5])
    return data


def _values(data: dict) -> Iterator[tuple[str, str, str]]:
    """(field, message, hint) of each date or period that has the schema's type (a string) but is
    not a date or a period in the window: the letters would print or count with it."""
    def day(where: str, text: str | None):
        if text is None:
            return
        try:
            value = dt.date.fromisoformat(text)
        except ValueError:
            yield where, f"'{text[:40]}' is not a date", "write it as evaluate does: YYYY-MM-DD"
            return
        problem = guards.date_outside_window(value)
        if problem:
            yield where, problem, guards.WINDOW_HINT

    def period(where: str, text: str | None):
        if text is None:
            return
        try:
            parse_period(text)
        except ValueError as error:
            yield where, str(error), None

    yield from day("as_of", data["as_of"])
    yield from period("period", data["period"])
    for index, finding in enumerate(data["findings"]):
        place = f"findings[{index}]"
        yield from day(f"{place}.as_of", finding["as_of"])
        yield from period(f"{place}.period", finding.get("period"))
        yield from day(f"{place}.document.date", finding["document"].get("date"))
        if finding.get("deadline"):
            yield from day(f"{place}.deadline.date", finding["deadline"].get("date"))
