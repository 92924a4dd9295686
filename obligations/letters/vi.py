"""How an official letter writes dates, figures, names and citations (Nghị định 30/2020/NĐ-CP, Phụ lục I).

These are the filters the letter templates use; each is a plain function, tested on its own.
"""

from __future__ import annotations

import datetime as dt
import re

from ..catalogue.model import PROVENANCE_VI
from ..evaluation.findings import format_value

#: provenances whose duties are the text's own words (quoted); the others are summaries
VERBATIM_PROVENANCES = ("official_text", "news_report")

_SYMBOL = re.compile(r"[\d/]|[A-ZĐ]{2,}[a-zđ]|[a-zđ][A-ZĐ]")  # 12/CT-UBND, TTg, TTr, QyĐ


def date_line(day: dt.date) -> str:
    """The issue date as the date line writes it: ``ngày 05 tháng 01 năm 2020``, ``ngày 29 tháng 6 năm 2019``.

    Phụ lục I: days below 10 and the months 1 and 2 take a leading zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def short_date(day: dt.date | str | None) -> str:
    """A date inside the body: ``31/7/2013``; ISO text is accepted (findings JSON)."""
    if day is None:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return f"{day.day}/{day.month}/{day.year}"


def number(value: float | None, unit: str | None = None) -> str:
    """``80%``, ``37,93%`` (decimal comma), ``12``, ``có``/``không`` for a yes/no figure; ``—`` for none:
    as the findings write them."""
    return format_value(value, unit)


def caps(text: str) -> str:
    """Capitals for a heading or an authority (``UBND TỈNH KHÁNH HÒA``), leaving symbols as written:
    ``12/CT-UBND``, ``TTg`` and ``QyĐ`` keep their letters (Phụ lục I)."""
    return " ".join(word if _SYMBOL.search(word) else word.upper() for word in text.split(" "))


def lower_first(text: str) -> str:
    """``Về việc ...`` -> ``về việc ...`` in mid-sentence; ``UBND ...`` or ``TTg`` stay as written."""
    if not text or text[:2].isupper() or _SYMBOL.match(text.split(" ")[0]):
        return text
    return text[0].lower() + text[1:]


def subject_of(kind: str, title: str | None) -> str:
    """A document's subject after its citation: ``về việc tăng cường ...``; empty when none is known."""
    if not title:
        return ""
    title = title.strip().rstrip(".")
    for prefix in ("Về việc ", "về việc ", "V/v ", "v/v "):
        if title.startswith(prefix):
            return "về việc " + title[len(prefix):]
    if title.casefold().startswith(kind.casefold() + " "):  # "Kế hoạch ứng dụng ..." of a kế hoạch
        return "về " + title[len(kind) + 1:]
    return "về việc " + lower_first(title)


def cite(document: dict, *, full: bool) -> str:
    """A document as a letter cites it: by what is verified. The first time in full, with type, number,
    date, issuer and subject (``Chỉ thị số 12/CT-UBND ngày 31/7/2013 của Ủy ban nhân dân tỉnh Khánh Hòa
    về việc ...``); later by type and number. A number or date that is not known is left out, never made
    up, and never explained in the body: ``signer_checks`` tells the officer who signs what to fill in.
    A text known only from secondary sources (or reconstructed) is cited by number, date and issuer:
    its subject is not verified."""
    kind = document["kind"]
    symbol = document.get("symbol")
    if not full:
        return f"{kind} số {symbol}" if symbol else f"{kind} của {document['issuer']}"
    day = document.get("date")
    head = f"{kind} số {symbol}" if symbol else kind
    if day:
        head += f" ngày {short_date(day)}"
    verified = document.get("provenance") in VERBATIM_PROVENANCES
    subject = subject_of(kind, document.get("title")) if verified or not document.get("provenance") else ""
    return f"{head} của {document['issuer']}" + (f" {subject}" if subject else "")


def signer_checks(document: dict) -> list[str]:
    """What the officer who signs must check about a cited document before signing (not in the letter)."""
    cited = cite(document, full=True)
    checks = []
    if not document.get("symbol") or not document.get("date"):
        missing = " và ".join(part for part, known in (("số, ký hiệu", document.get("symbol")),
                                                       ("ngày ban hành", document.get("date"))) if not known)
        checks.append(f"{cited}: chưa xác minh được {missing}; thư trích dẫn văn bản không có {missing}, "
                      f"bổ sung nếu Sở có văn bản gốc.")
    provenance = document.get("provenance")
    if provenance == "news_report":
        checks.append(f"{cited}: nội dung trích theo bản tin báo chí về văn bản; đối chiếu với văn bản gốc "
                      f"trước khi ký.")
    elif provenance and provenance not in VERBATIM_PROVENANCES:
        checks.append(f"{cited}: nội dung các nhiệm vụ trích từ văn bản này là {PROVENANCE_VI.get(provenance, provenance)}"
                      f", không phải nguyên văn, và thư không nêu trích yếu của văn bản; đối chiếu với văn bản "
                      f"gốc trước khi ký.")
    return checks


def join(items, separator: str = ", ") -> str:
    """``a, b và c``: a list as a sentence names it."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return separator.join(items[:-1]) + " và " + items[-1]


def clause_ref(clause: str | None) -> str:
    """``mục 1.a``, ``Điều 19 khoản 2``, or ``chưa rõ điều khoản`` where the text's numbering is unknown."""
    if not clause:
        return "chưa rõ điều khoản"
    return f"mục {clause}" if clause[:1].isdigit() else clause
