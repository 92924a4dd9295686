"""Clause coverage: is every operative passage of a source text quoted by some obligation?

``directives/sources/operative.yaml`` says, for each shipped source text, where its operative part
starts and ends and which passages inside it are not duties (headings, definitions), each with the
reason. Every other non-empty line of the operative part must overlap a quote; a line that does not
is a passage a legal officer would not find in the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from .load import Catalogue
from ..i18n import _
from .errors import ProblemList
from .text import quote_key
from .yamlfile import plain, read_yaml

OPERATIVE_FILE = "sources/operative.yaml"
MIN_OVERLAP = 15  # characters of normalised text a quote must share with a line to cover it


class NotADuty(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    reason: str


class OperativePart(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    start: str
    end: str
    not_duties: list[NotADuty] = []


class OperativeFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[OperativePart]


@dataclass(frozen=True)
class Uncovered:
    source: str
    line: int
    text: str

    def __str__(self) -> str:
        return _("{source}:{line}: không nghĩa vụ nào trích dẫn \"{text}\"").format(
            source=self.source, line=self.line, text=self.text[:90])


def operative_parts(catalogue: Catalogue) -> list[OperativePart]:
    problems = ProblemList()
    doc = read_yaml(catalogue.root / OPERATIVE_FILE, OPERATIVE_FILE, problems)
    if doc is None:
        raise ValueError("; ".join(map(str, problems.items)))
    return OperativeFile.model_validate(plain(doc.data)).sources


def _quote_spans(catalogue: Catalogue, source: str, key: str) -> list[tuple[int, int]]:
    """Spans in the normalised source text of every quote taken from it."""
    texts: list[str] = []
    for obligation in catalogue.obligations.values():
        document = catalogue.document_of(obligation)
        own = document.provenance.source
        for quote in obligation.quotes:
            if (quote.source or own) == source:
                texts.append(quote.text)
        if own == source:
            texts.append(obligation.action.vi)
    spans = []
    for text in texts:
        needle = quote_key(text)
        start = key.find(needle)
        while needle and start != -1:
            spans.append((start, start + len(needle)))
            start = key.find(needle, start + 1)
    return spans


def uncovered(catalogue: Catalogue, part: OperativePart) -> list[Uncovered]:
    """Lines of the operative part that no quote overlaps and that are not marked as non-duties."""
    path: Path = catalogue.root / part.source
    text = path.read_text(encoding="utf-8")
    key = quote_key(text)
    start = key.find(quote_key(part.start))
    end = key.find(quote_key(part.end), start + 1)
    if start == -1 or end == -1:
        raise ValueError(_("{source}: không tìm thấy dấu mốc bắt đầu hoặc kết thúc").format(source=part.source))
    spans = _quote_spans(catalogue, part.source, key)
    skipped = [quote_key(n.text) for n in part.not_duties]

    out: list[Uncovered] = []
    cursor = 0
    for number, line in enumerate(text.splitlines(), start=1):
        line_key = quote_key(line)
        if not line_key:
            continue
        position = key.find(line_key, cursor)
        if position == -1:
            continue
        cursor = position + len(line_key)
        if position < start or position >= end:
            continue
        if not any(ch.isalpha() for ch in line_key):
            continue  # row numbers and years of a table
        if any(line_key in s or s in line_key for s in skipped if s):
            continue
        needed = min(len(line_key), MIN_OVERLAP)
        line_end = position + len(line_key)
        if not any(min(b, line_end) - max(a, position) >= needed for a, b in spans):
            out.append(Uncovered(part.source, number, line.strip()))
    return out
