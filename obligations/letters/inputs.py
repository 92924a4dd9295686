"""A findings JSON file (``obligations evaluate --format json``) read back for letters, checked first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from ..catalogue import guards
from ..catalogue.errors import Problem
from ..catalogue.periods import given_period
from ..evaluation.schema import EvaluationView
from ..catalogue.yamlfile import field_path
from ..i18n import N_, _
from .senders import LetterError

GIVE_FINDINGS = N_("hãy đưa vào tệp kết quả của lệnh 'obligations evaluate --format json'")


def read_findings(path: Path) -> dict:
    """The evaluation in the file, validated against the findings schema; LetterError names the file,
    the line (broken JSON) or the field (a finding that is not in the schema's form)."""
    path = Path(path)
    shown = str(path)
    try:
        data = guards.loads_json(guards.read_json_text(path))
    except FileNotFoundError:
        raise LetterError([Problem(shown, None, "", _("không có tệp này"))]) from None
    except IsADirectoryError:
        raise LetterError([Problem(shown, None, "", _("đây là thư mục, không phải tệp"),
                                   _(GIVE_FINDINGS))]) from None
    except OSError as error:
        raise LetterError([Problem(shown, None, "", _("không đọc được tệp: {reason}").format(reason=error.strerror))]) from None
    except guards.Refused as refused:
        raise LetterError([Problem(shown, refused.line, refused.field, refused.message,
                                   refused.hint or _(GIVE_FINDINGS))]) from None
    if isinstance(data, dict) and "findings" in data and "summary" not in data:
        data = {**data, "summary": {}}  # 'evaluate --format json' always writes it; a hand-made file may not
    try:
        EvaluationView.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False)[:5]:
            problems.append(Problem(shown, None, field_path(list(item["loc"])), item["msg"],
                                    _("hãy đưa vào tệp kết quả của lệnh 'obligations evaluate --format json' "
                                      "(cấu trúc tệp: 'obligations schema --findings')")))
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
            yield where, _("'{text}' không phải là ngày").format(text=text[:40]), _("ghi ngày như lệnh evaluate: YYYY-MM-DD")
            return
        problem = guards.date_outside_window(value)
        if problem:
            yield where, problem, _(guards.WINDOW_HINT)

    def period(where: str, text: str | None):
        if text is None:
            return
        try:
            given_period(text)
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
