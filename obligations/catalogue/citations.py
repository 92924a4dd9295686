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
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

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
