"""Periods as the texts name them: a year, a half-year, a quarter, a month, or a range of years.

Written ``2014``, ``2014-H1`` (6 tháng đầu năm), ``2013-Q4``, ``2014-06`` or ``2013..2015``; each has a
first and a last day. Half-years are the calendar's (1/1-30/6, 1/7-31/12), as "định kỳ 6 tháng" reports
are numbered ("báo cáo 6 tháng đầu năm", "6 tháng cuối năm").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..i18n import N_, _
from .guards import EARLIEST, LATEST

PERIOD_PATTERN = r"^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2])|\.\.\d{4})?$"

#: how a reader names each form; Vietnamese source strings, English through the .po (``Period.label``)
_LABELS = {
    "range": N_("giai đoạn {first} - {last}"), "H1": N_("6 tháng đầu năm {year}"), "H2": N_("6 tháng cuối năm {year}"),
    "quarter": N_("Quý {quarter} năm {year}"), "month": N_("tháng {month} năm {year}"), "year": N_("năm {year}"),
}
_PERIOD = re.compile(PERIOD_PATTERN)


@dataclass(frozen=True)
class Period:
    text: str
    start: date
    end: date

    def __str__(self) -> str:
        return self.text

    def label_vi(self) -> str:
        """How a Vietnamese reader names it: ``năm 2014``, ``6 tháng đầu năm 2014``, ``Quý IV năm 2013``,
        ``tháng 6 năm 2014``."""
        template, values = self._label_parts()
        return template.format(**values)

    def label(self) -> str:
        """Its name in the language in use (``the first half of 2014`` in English)."""
        template, values = self._label_parts()
        return _(template).format(**values)

    def _label_parts(self) -> tuple[str, dict]:
        text = self.text
        if ".." in text:
            first, last = text.split("..")
            return _LABELS["range"], {"first": first, "last": last}
        year = text[:4]
        if "-H" in text:
            return _LABELS[text[-2:]], {"year": year}
        if "-Q" in text:
            return _LABELS["quarter"], {"quarter": "I II III IV".split()[int(text[-1]) - 1], "year": year}
        if "-" in text:
            return _LABELS["month"], {"month": int(text[5:7]), "year": year}
        return _LABELS["year"], {"year": year}


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """Parse a period; raises ValueError with the accepted forms when the text is not one."""
    text = str(text).strip()
    if not _PERIOD.match(text):
        raise ValueError(_("'{text}' không phải là một kỳ: viết một năm (2014), nửa năm (2014-H1: 6 tháng đầu năm, "
                           "2014-H2: 6 tháng cuối năm), một quý (2013-Q4), một tháng (2014-06) hoặc một khoảng năm "
                           "(2013..2015)").format(text=text))
    if text.startswith("0000"):
        raise ValueError(_("'{text}' không phải là một kỳ: không có năm 0").format(text=text))
    if ".." in text:
        first, last = (int(part) for part in text.split(".."))
        if last < first:
            raise ValueError(_("'{text}': khoảng năm kết thúc trước khi bắt đầu").format(text=text))
        return Period(text, date(first, 1, 1), date(last, 12, 31))
    year = int(text[:4])
    if "-H" in text:
        half = int(text[-1])
        return Period(text, date(year, 6 * half - 5, 1), date(year, 6 * half, 30 if half == 1 else 31))
    if "-Q" in text:
        quarter = int(text[-1])
        first_month = 3 * quarter - 2
        last_month = first_month + 2
        return Period(
            text, date(year, first_month, 1), date(year, last_month, _last_day(year, last_month))
        )
    if "-" in text:
        month = int(text[5:7])
        return Period(text, date(year, month, 1), date(year, month, _last_day(year, month)))
    return Period(text, date(year, 1, 1), date(year, 12, 31))


def given_period(text: str) -> Period:
    """A period a file or an option gives: parsed, and its years in the window every given date lies
    in (guards.EARLIEST..LATEST). Periods the tool derives itself (the next instance of a recurring
    duty) are parsed without it."""
    period = parse_period(text)
    if period.start < EARLIEST or period.end > LATEST:
        raise ValueError(_("'{text}': năm nằm ngoài khoảng năm mà công cụ làm việc ({first}–{last})").format(
            text=period.text, first=EARLIEST.year, last=LATEST.year))
    return period


def period_text(step: str, day: date) -> str:
    """The period of one step ("year", "half_year", "quarter", "month") that contains a day."""
    if step == "year":
        return f"{day.year:04d}"
    if step == "half_year":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if step == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}-{day.month:02d}"


def period_step(period: str) -> str:
    """The step of a period's form: "year", "half_year", "quarter", "month" or "range"."""
    if ".." in period:
        return "range"
    if len(period) == 4:
        return "year"
    return {"H": "half_year", "Q": "quarter"}.get(period[5], "month")


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def format_date_vi(day: date) -> str:
    """Short form used in Vietnamese body text: ``31/12/2014``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
