"""Reading the pages' query and form fields: one clear Vietnamese message (a 422 page) for a bad
value, naming the field, what was expected and what to do."""

from __future__ import annotations

import datetime as dt

from ..api.problems import Problem
from ..api.routes.evaluations import FIRST_DAY, LAST_DAY
from ..i18n import _


def day(value: str | None, field: str, default: dt.date | None = None) -> dt.date | None:
    """A date field: YYYY-MM-DD (a date input) or dd/mm/yyyy (typed); ``default`` when empty."""
    if not value or not value.strip():
        return default
    text = value.strip()
    try:
        if "/" in text:
            d, m, y = text.split("/")
            parsed = dt.date(int(y), int(m), int(d))
        else:
            parsed = dt.date.fromisoformat(text)
    except ValueError:
        raise Problem(422, "bad-request", _("{field}: '{value}' không phải ngày (dd/mm/yyyy)").format(
            field=field, value=text[:40])) from None
    if not FIRST_DAY <= parsed <= LAST_DAY:
        raise Problem(422, "bad-request", _("{field}: {value} nằm ngoài khoảng {first} đến {last}").format(
            field=field, value=parsed.strftime("%d/%m/%Y"), first=FIRST_DAY.strftime("%d/%m/%Y"),
            last=LAST_DAY.strftime("%d/%m/%Y")))
    return parsed


def choice(value: str | None, allowed, field: str) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise Problem(422, "bad-request", _("{field}: '{value}' không phải một lựa chọn ({allowed})").format(
            field=field, value=value[:40], allowed=", ".join(allowed)))
    return value


def text_field(form, name: str, label: str, *, required: bool = False, limit: int = 300) -> str | None:
    """A one-line text field: trimmed, at most ``limit`` characters, no control characters."""
    value = str(form.get(name, "") or "").strip()
    if not value:
        if required:
            raise Problem(422, "bad-request", _("{field}: cần điền").format(field=label))
        return None
    if len(value) > limit:
        raise Problem(422, "bad-request", _("{field}: dài {length} ký tự, tối đa {limit}").format(
            field=label, length=len(value), limit=limit))
    if any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 for c in value):
        raise Problem(422, "bad-request", _("{field}: có ký tự điều khiển (xuống dòng, tab...): viết trên một dòng").format(
            field=label))
    return value
