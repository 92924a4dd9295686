"""Percentages, written one way in directive files and in fact files: as the texts write them.

``80`` and ``80%`` are 80% (the directive's "đạt 80%", the clerk's "78"). The other way people
write a share, a ratio between 0 and 1 without a sign (``0.8``, what a spreadsheet stores), is
accepted and converted, never silently: the reader gets a note "0,8 được hiểu là 80%" with the way
to write a real 0.8% (``0,8%``). A bare ``1`` is a ratio too (100%, what a spreadsheet stores for a
full share), noted the same way: a real 1% is written ``1%``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..i18n import _

_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


@dataclass(frozen=True)
class Percent:
    value: float  # in percent: 80.0 for 80%
    note: str | None = None  # set when the value was read another way than as written
    hint: str | None = None


def vi_number(number: float) -> str:
    """``0.8`` -> ``0,8``: a decimal comma, as Vietnamese writes it."""
    return f"{number:g}".replace(".", ",")


def read_percent(value) -> Percent | None:
    """A percentage as written (``80``, ``80%``, ``78,5%``, ``0.8`` read as 80% with a note), or
    None when it is not a number. The range (0 to 100) is the caller's to check."""
    if isinstance(value, bool) or value is None:
        return None
    sign = False
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace(" ", "")
        if text.endswith("%"):
            sign, text = True, text[:-1]
        if not _NUMBER.match(text):
            return None
        number = float(text.replace(",", "."))
    if sign or not 0 < number <= 1:
        return Percent(number)
    percent = round(number * 100, 6)
    return Percent(percent, _("{ratio} được hiểu là {percent}%").format(ratio=vi_number(number), percent=vi_number(percent)),
                   _("phần trăm viết như văn bản viết: {percent} hoặc {percent}%; nếu đúng là {ratio}%, hãy viết "
                     "{ratio}%").format(percent=vi_number(percent), ratio=vi_number(number)))
