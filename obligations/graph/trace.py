"""Trace one obligation up to the national clauses it carries out and down to the duties that carry it out.

"Which provincial duty carries out QĐ 28 Điều 19 khoản 2, in each province?" is
``trace(graph, "ttg/28-2018-qd-ttg/19.2").by_province()``; the provinces whose documents carry out
QĐ 28 but lay no duty for that clause are in ``provinces_without``.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from .addressees import binds_provinces
from ..catalogue.load import Catalogue
from ..catalogue.errors import NotFound
from .build import BASIS_RELATIONS, DependencyGraph
from ..catalogue.model import Document, Obligation
from ..catalogue.text import fold


@dataclass(frozen=True)
class TraceStep:
    obligation: Obligation
    document: Document
    depth: int  # 1: linked directly to the traced obligation; 2: through one more link; ...
    via: str  # the obligation next to this one on the way from the traced obligation
    basis: str  # of the link between this obligation and ``via``: stated | inferred
    note: str


@dataclass
class Trace:
    obligation: Obligation
    document: Document
    up: list[TraceStep] = field(default_factory=list)  # what it carries out (national clauses)
    down: list[TraceStep] = field(default_factory=list)  # what carries it out
    binds_provinces: bool = False  # a national duty that provinces must take up
    provinces_without: list[str] = field(default_factory=list)  # they carry out the document, not this duty

    def by_province(self) -> dict[str, list[TraceStep]]:
        """The duties carrying it out, by province ("" for national duties that refine it)."""
        out: dict[str, list[TraceStep]] = {}
        for step in self.down:
            out.setdefault(step.document.province or "", []).append(step)
        return dict(sorted(out.items(), key=lambda item: (item[0] != "", fold(item[0]))))


def find_obligation(catalogue: Catalogue, query: str) -> Obligation:
    """An obligation by id (``ttg/28-2018-qd-ttg/19.2``), or by document and clause as people cite
    them (``QĐ 28/2018 Điều 19 khoản 2``, ``12/CT-UBND 2.g``). Raises ``NotFound`` with a suggestion."""
    return catalogue.get_obligation(query)


def trace(graph: DependencyGraph, obligation_id: str) -> Trace:
    """Trace an obligation (see ``find_obligation`` for how it may be named)."""
    catalogue = graph.catalogue
    obligation = find_obligation(catalogue, obligation_id)
    document = catalogue.document_of(obligation)
    result = Trace(obligation, document,
                   up=_walk(graph, obligation.id, upward=True),
                   down=_walk(graph, obligation.id, upward=False))
    if document.level.value == "national":
        result.binds_provinces = binds_provinces(catalogue, obligation)
        if result.binds_provinces:
            reached = {step.document.province for step in result.down if step.document.province}
            result.provinces_without = [p for p in _provinces_carrying_out(graph, document.id) if p not in reached]
    return result


def _walk(graph: DependencyGraph, start: str, upward: bool) -> list[TraceStep]:
    """Breadth first along ``implements`` links, each obligation once, nearest first."""
    catalogue = graph.catalogue
    steps: list[TraceStep] = []
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        current, depth = queue.popleft()
        links = graph.implemented(current) if upward else graph.implementers(current)
        for other, data in links:
            if other in seen or other not in catalogue.obligations:
                continue
            seen.add(other)
            found = catalogue.obligations[other]
            steps.append(TraceStep(found, catalogue.document_of(found), depth + 1, current,
                                   data["basis"], data["note"]))
            queue.append((other, depth + 1))
    return steps


def _provinces_carrying_out(graph: DependencyGraph, document_id: str) -> list[str]:
    """Provinces with a document that stands on this one (căn cứ, thực hiện, đôn đốc, hướng dẫn)."""
    out = []
    for province in graph.provinces:
        if any(target == document_id
               for doc in graph.province_documents(province)
               for target, _ in graph.out_edges(doc.id, *BASIS_RELATIONS)):
            out.append(province)
    return out
