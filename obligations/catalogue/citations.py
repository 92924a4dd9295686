"""Documents and clauses as people cite them.

A citation is a document and, optionally, a clause, in the words staff use::

    12/CT-UBND ngày 31/7/2013                         the symbol and the date of issue
    Chỉ thị 12 năm 2013 của UBND tỉnh Khánh Hòa       kind, number, year and issuer
    QĐ 28/2018 Điều 19 khoản 2                        a clause by its parts, largest first...
    khoản 2 Điều 19 QĐ 28/2018                        ...or smallest first, as texts cite each other
    1486 điểm b.1                                     a part alone, when it names one clause
    12/CT-UBND 2.g, 12/CT-UBND mục 2.g                the clause as the text numbers it

``split_citation`` separates the document words from the date, year, issuer and clause;
``Catalogue.find_documents`` and ``Catalogue.get_obligation`` (load.py) use it.

Out, the other way: ``clause_label`` and ``target_label`` give a clause as people cite it, the
smallest unit first (``điểm a.1 khoản 2 mục I Điều 1`` for Quảng Ngãi's "Điều 1, mục I, khoản 2,
điểm a.1"; ``điểm đ mục 1`` for a directive's "1.đ"; ``STT 1 bảng Lộ trình thực hiện`` for a row of a
table). An encoder's ``cite_as`` wins over what is built from ``clause``; obligation keys (``2.dd``,
``final-2``, ``lo-trinh.4-2``) are ids for systems and never printed as citations.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass, field

from .model import Obligation, Target
from .text import compact, fold

#: clause markers (folded) in the order a clause path nests them: Điều, mục, khoản, điểm, tiết, đoạn
MARKERS = ("dieu", "muc", "khoan", "diem", "tiet", "doan")

_DATE_NUMERIC = re.compile(r"\bngay (\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_DATE_WORDS = re.compile(r"\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")
_YEAR = re.compile(r"\bnam (\d{4})\b")
_ISSUER = re.compile(r"\bcua (.+)$")
_MARKER = re.compile(r"\b(" + "|".join(MARKERS) + r")\s+([0-9a-z]+(?:\.[0-9a-z]+)*)")
_DD = re.compile(r"(?<=[.\s])[đĐ](?=$|[\s.\-])")  # a clause letter đ is keyed "dd" (1.đ -> 1.dd), not "d"
_SHORT_ISSUERS = {"ubnd": "uy ban nhan dan", "ttg": "thu tuong chinh phu", "tt&tt": "thong tin va truyen thong"}


@dataclass
class Citation:
    """A citation taken apart: the document words, and what narrows them."""

    document: str  # folded words that name the document: "chi thi 12", "12/ct-ubnd", "1486"
    date: dt.date | None = None
    year: int | None = None
    issuer: str | None = None  # folded, short forms expanded: "uy ban nhan dan tinh khanh hoa"
    parts: dict[str, str] = field(default_factory=dict)  # marker -> value: {"dieu": "19", "khoan": "2"}
    clause: str | None = None  # a clause as the text numbers it, without markers: "2.g", "19.2"

    @property
    def has_clause(self) -> bool:
        return bool(self.parts or self.clause)


def split_citation(text: str) -> Citation:
    """Take a citation apart (see the module doc); never raises, whatever the text."""
    folded = fold(_DD.sub("dd", text)).replace(",", " ")
    date = year = None
    for pattern, order in ((_DATE_NUMERIC, (0, 1, 2)), (_DATE_WORDS, (0, 1, 2))):
        match = pattern.search(folded)
        if match:
            day, month, year_ = (int(match.group(i + 1)) for i in order)
            try:
                date = dt.date(year_, month, day)
            except ValueError:
                year = year_
            folded = folded[:match.start()] + folded[match.end():]
    match = _YEAR.search(folded)
    if match:
        year = int(match.group(1))
        folded = folded[:match.start()] + folded[match.end():]
    parts: dict[str, str] = {}
    for match in _MARKER.finditer(folded):
        parts.setdefault(match.group(1), match.group(2))
    issuer = None
    match = _ISSUER.search(_MARKER.sub(" ", folded))
    rest = _MARKER.sub(" ", folded)
    if match:
        issuer = " ".join(_SHORT_ISSUERS.get(word, word) for word in match.group(1).split())
        rest = rest[:match.start()]
    words = rest.split()
    clause = None
    if "muc" in parts and len(parts) == 1 and re.match(r"^\d+\.", parts["muc"]):
        clause = parts.pop("muc")  # "mục 2.g": the text's own numbering, not a Roman-numbered section
    elif not parts and len(words) > 1 and _looks_like_clause(words[-1]):
        clause = words.pop()  # "12/CT-UBND 2.g"
    return Citation(" ".join(words), date, year, issuer, parts, clause)


def _looks_like_clause(word: str) -> bool:
    """``2.g``, ``19.2``, ``1.dd-2``, ``r.chu-ky-so``: a clause key, not a number or a symbol."""
    return "/" not in word and ("." in word or not word.isdigit()) and bool(re.match(r"^[0-9a-z]", word))


def clause_parts(label: str | None) -> dict[str, str]:
    """The parts of a clause label: ``Điều 1, mục I, khoản 2, điểm b.1`` -> {dieu: 1, muc: i, khoan: 2, diem: b.1}."""
    if not label:
        return {}
    return {m.group(1): m.group(2) for m in _MARKER.finditer(fold(label).replace(",", " "))}


def document_matches(citation: Citation, document) -> bool:
    """Whether the document fits the citation's date, year and issuer (the words are matched elsewhere)."""
    date = document.date
    if citation.date and not (date and date.exact == citation.date):
        return False
    if citation.year and not (date and (date.exact or date.on_or_after or date.on_or_before)
                              and citation.year in {d.year for d in (date.exact, date.on_or_after, date.on_or_before)
                                                    if d}):
        return False
    if citation.issuer:
        known = set(fold(f"{document.issuer.name} {document.province or ''}").split())
        if not set(citation.issuer.split()) <= known | {"tinh"}:
            return False
    return True


def clause_matches(citation: Citation, obligation) -> bool:
    """Whether the obligation's clause fits the citation's clause (every part given, with its value)."""
    if citation.clause:
        wanted = compact(citation.clause)
        return wanted in (compact(obligation.key), compact(obligation.key.split("-")[0]),
                          compact(obligation.clause or ""))
    mine = clause_parts(obligation.clause)
    if not mine:
        return False
    return all(mine.get(marker) == value for marker, value in citation.parts.items())


def clause_key(citation: Citation) -> str | None:
    """The id key a clause path would have: Điều 19 khoản 2 -> ``19.2`` (ids follow the clause path)."""
    if citation.clause:
        return citation.clause
    ordered = [citation.parts[m] for m in MARKERS if m in citation.parts]
    return ".".join(ordered) if ordered else None


# ---- out: clauses as people cite them ------------------------------------------------------

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


@lru_cache(maxsize=8192)  # pure, and asked once per finding: thousands of times for the same few clauses
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
