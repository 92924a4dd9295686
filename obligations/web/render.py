"""The pages' Jinja2 environment: autoescaped templates in ``templates/``, the gettext catalogue of the
package (``{{ _("...") }}`` in templates, extracted by ``scripts/translations``), Vietnamese dates
(dd/mm/yyyy) and numbers (decimal commas) through Babel, and the navigation by role."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import parse_pattern
from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..i18n import N_, _, language, ngettext

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: the navigation: (path, label, roles that see it)
NAV: list[tuple[str, str, tuple[str, ...]]] = [
    ("/overview", N_("Tổng quan"), ("admin", "reader", "reporter")),
    ("/documents", N_("Văn bản và nghĩa vụ"), ("admin", "reader", "reporter")),
    ("/uptake", N_("Tiếp nhận"), ("admin", "reader", "reporter")),
    ("/agencies", N_("Cơ quan"), ("admin", "reader", "reporter")),
    ("/facts", N_("Số liệu"), ("admin", "reader", "reporter")),
    ("/letters", N_("Thư"), ("admin", "reader")),
    ("/audit", N_("Nhật ký"), ("admin",)),
]


def _locale() -> str:
    return "en" if language() == "en" else "vi"


def vi_date(value: dt.date | str | None) -> str:
    """25/01/2015 (in English too: the texts' own way of writing dates)."""
    if value in (None, ""):
        return "—"
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return format_date(value, "dd/MM/yyyy", locale="vi")


def vi_datetime(value: dt.datetime | str | None) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return format_datetime(value, "dd/MM/yyyy HH:mm", locale="vi")


@lru_cache(maxsize=None)
def _pattern(pattern: str, locale: str):
    """Babel's number pattern and locale, parsed once (a dashboard formats a few thousand numbers)."""
    return parse_pattern(pattern), Locale.parse(locale)


def _format(value, pattern: str) -> str:
    parsed, locale = _pattern(pattern, _locale())
    return parsed.apply(value, locale)


def number(value: float | int | None, digits: int = 2) -> str:
    """1.234,5 in Vietnamese, 1,234.5 in English (Babel's format_decimal, the pattern parsed once)."""
    if value is None:
        return "—"
    return _format(value, "#,##0." + "#" * digits if digits else "#,##0")


def measure(value, unit: str | None = None) -> str:
    """A reported or target value in its unit: 78,5%, có/không, 1.234."""
    if value is None:
        return "—"
    if unit == "boolean" or isinstance(value, bool):
        return _("có") if value else _("không")
    if not isinstance(value, (int, float)):
        return str(value)
    return number(value) + ("%" if unit == "percent" else "")


def percent(value: float | None, digits: int = 1) -> str:
    """A share 0..1 as 62,5%."""
    if value is None:
        return "—"
    return _format(value, "#,##0." + "#" * digits + "%" if digits else "#,##0%")


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "svg"]),
                      extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_callables(gettext=lambda message: _(message), ngettext=ngettext, newstyle=True)
    env.filters.update(vi_date=vi_date, vi_datetime=vi_datetime, number=number, percent=percent, measure=measure)
    return env


ENV = _environment()


def page(request: Request, template: str, context: dict[str, Any] | None = None, *, status: int = 200,
         headers: dict | None = None) -> HTMLResponse:
    """A page in the layout: the template with the request, the signed-in user, the navigation and
    the form token."""
    from .session import csrf_token

    principal = getattr(request.state, "principal", None)
    nav = [(path, _(label)) for path, label, roles in NAV if principal is not None and principal.role in roles]
    values = {"request": request, "principal": principal, "nav": nav, "csrf": csrf_token(request),
              "lang": language(), "current": request.url.path, **(context or {})}
    return HTMLResponse(ENV.get_template(template).render(values), status_code=status, headers=headers)
