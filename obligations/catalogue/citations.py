"""Clauses as people cite them: the smallest unit first, never an internal key.

``điểm a.1 khoản 2 mục I Điều 1`` for Quảng Ngãi's "Điều 1, mục I, khoản 2, điểm a.1"; ``điểm đ mục 1``
for a directive's "1.đ"; ``STT 1 bảng Lộ trình thực hiện`` for a row of a table. An encoder's
``cite_as`` wins over what is built from ``clause``; obligation keys (``2.dd``, ``final-2``,
``lo-trinh.4-2``) are ids for systems and never printed as citations.
"""

from __future__ import annotations

import re

from .model import Obligation, Target

_UNITS = ("gạch đầu dòng", "đoạn", "điểm", "khoản", "mục", "điều", "chương", "phần", "stt", "cột", "dòng")
_UNIT = re.compile(r"(?i)^(gạch đầu dòng|đoạn|điểm|khoản|mục|điều|chương|phần|stt|cột|dòng)\s+(.+)$")
_DOTTED = re.compile(r"^(\d+)\.([a-zđ](?:\.\d+)?)$")  # "1.a", "2.đ", "1.a.1"


def clause_label(obligation: Obligation) -> str | None:
    """How the obligation's clause is cited; None when the text's numbering is unknown."""
    if obligation.cite_as:
        return obligation.cite_as
    return label_of(obligation.clause)


def target_label(obligation: Obligation, target: Target | None) -> str | None:
    """A target's own citation where the encoder gives one (a table cell), else its clause's."""
    if target is not None and target.cite_as:
        return target.cite_as
    return clause_label(obligation)


def label_of(clause: str | None) -> str | None:
    if not clause:
        return None
    clause = clause.strip()
    dotted = _DOTTED.match(clause)
    if dotted:  # a directive's numbered part and lettered point: "1.đ" -> "điểm đ mục 1"
        return f"điểm {dotted.group(2)} mục {dotted.group(1)}"
    if clause.isdigit():
        return f"mục {clause}"
    parts = [p.strip() for p in re.split(r",\s*", clause) if p.strip()]
    if len(parts) == 1:
        parts = _split_units(clause)
    if len(parts) > 1 and all(_UNIT.match(p) or p[:1].isdigit() for p in parts):
        return " ".join(_unit(p) for p in reversed(parts))
    if len(parts) > 1 and any(p.upper().startswith("STT") for p in parts):
        table = [p for p in parts if not _UNIT.match(p)]
        cells = [p for p in parts if _UNIT.match(p)]
        return " ".join(reversed(cells)) + "".join(f" bảng {t}" for t in table)
    return clause


def _split_units(clause: str) -> list[str]:
    """"Điều 19 khoản 1 điểm a" -> ["Điều 19", "khoản 1", "điểm a"]."""
    pattern = r"(?i)\b(" + "|".join(re.escape(u) for u in _UNITS) + r")\s+"
    pieces = [m.start() for m in re.finditer(pattern, clause)]
    if len(pieces) < 2 or pieces[0] != 0:
        return [clause]
    return [clause[a:b].strip() for a, b in zip(pieces, pieces[1:] + [len(clause)])]


def _unit(part: str) -> str:
    """A leading bare number is a numbered part of a directive ("1, gạch đầu dòng 1")."""
    if _DOTTED.match(part):
        return label_of(part)
    if part[:1].isdigit():
        return f"mục {part}"
    unit = _UNIT.match(part)
    word = unit.group(1)
    return part if word[:1].isupper() and word.lower() == "điều" else part[:1].lower() + part[1:]
