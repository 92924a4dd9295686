"""Vietnamese text keys: NFC for storage, accent-free keys for matching, and quote keys.

Accent-insensitive matching follows the usual Vietnamese practice: decompose, drop the combining
marks, map đ/Đ to d, case-fold. Users type ``so noi vu`` for ``Sở Nội vụ`` and ``QD`` for ``QĐ``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKUP_AND_SPACE = re.compile(r"[\s*#\u00ad\u200b]+")
_NOT_ALNUM = re.compile(r"[^0-9a-z&]+")


def nfc(text: str) -> str:
    """Unicode NFC: NFD text looks the same and matches nothing."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Accent-free, case-folded form: ``Sở Nội vụ`` -> ``so noi vu``."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def compact(text: str) -> str:
    """Folded and reduced to letters, digits and ``&``: ``12/CT-UBND`` -> ``12ctubnd``."""
    return _NOT_ALNUM.sub("", fold(text))


def quote_key(text: str) -> str:
    """The form quotes are compared in: NFC, case-folded, no white space, no markup (``*``, ``#``)."""
    return _MARKUP_AND_SPACE.sub("", nfc(text).casefold())


def slug(text: str) -> str:
    """ASCII kebab-case: ``28/2018/QĐ-TTg`` -> ``28-2018-qd-ttg``."""
    return "-".join(part for part in re.split(r"[^0-9a-z]+", fold(text)) if part)
