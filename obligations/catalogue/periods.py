"""Periods as the texts name them: a year, a quarter, a month, or a range of years.

Written ``2014``, ``2013-Q4``, ``2014-06`` or ``2013..2015``; each has a first and a last day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..i18n import _
from .guards import EARLIEST, LATEST

PERIOD_PATTERN = r"^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2])|\.\.\d{4})?$"
_PERIOD = re.compile(PERIOD_PATTERN)


@dataclass(frozen=True)
class Period:
    text: str
    start: date
    end: date

    def __str__(self) -> str:
        return self.text

    def label_vi(self) -> str:
        """How a Vietnamese reader names it: ``năm 2014``, ``Quý IV năm 2013``, ``tháng 6 năm 2014``."""
        if ".." in self.text:
            first, last = self.text.split("..")
            return f"giai đoạn {first} - {last}"
        if "-Q" in self.text:
            year, quarter = self.text.split("-Q")
            return f"Quý {'I II III IV'.split()[int(quarter) - 1]} năm {year}"
        if "-" in self.text:
            year, month = self.text.split("-")
            return f"tháng {int(month)} năm {year}"
        return f"năm {self.text}"


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """Parse a period; raises ValueError with the accepted forms when the text is not one."""
    text = str(text).strip()
    if not _PERIOD.match(text):
        raise ValueError(_("'{text}' không phải là một kỳ: viết một năm (2014), một quý (2013-Q4), một tháng "
                           "(2014-06) hoặc một khoảng năm (2013..2015)").format(text=text))
    if text.startswith("0000"):
        raise ValueError(_("'{text}' không phải là một kỳ: không có năm 0").format(text=text))
    if ".." in text:
        first, last = (int(part) for part in text.split(".."))
        if last < first:
            raise ValueError(_("'{text}': khoảng năm kết thúc trước khi bắt đầu").format(text=text))
        return Period(text, date(first, 1, 1), date(last, 12, 31))
    year = int(text[:4])
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


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def format_date_vi(day: date) -> str:
    """Short form used in Vietnamese body text: ``31/12/2014``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
