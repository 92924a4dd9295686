"""A findings JSON file (``obligations evaluate --format json``) read back for letters, checked first."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from ..catalogue.errors import Problem
from ..evaluation.schema import EvaluationView
from ..catalogue.yamlfile import field_path
from .senders import LetterError


def read_findings(path: Path) -> dict:
    """The evaluation in the file, validated against the findings schema; LetterError names the file,
    the line (broken JSON) or the field (a finding that is not in the schema's form)."""
    path = Path(path)
    shown = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise LetterError([Problem(shown, None, "", "no such file")]) from None
    except UnicodeDecodeError as error:
        raise LetterError([Problem(shown, None, "", f"not UTF-8 text ({error.reason})", "save the file as UTF-8")]) from None
    except json.JSONDecodeError as error:
        raise LetterError([Problem(shown, error.lineno, "", f"not JSON: {error.msg} (column {error.colno})",
                                   "give the output of 'obligations evaluate --format json'")]) from None
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
    return data
