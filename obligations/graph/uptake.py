"""National uptake: which national duties a province has taken into its own documents, and which not.

(Not to be confused with ``coverage.py``, which checks that every operative passage of a source
text is quoted by some obligation.)

For a province and a national document, each national obligation that binds provinces (see
``addressees.binds_provinces``) is *covered* when an obligation of the province's documents carries
it out, *indirect* when a provincial duty carries out another national duty that refines it
(Công văn 1950/TTg-KGVX refining 15/CT-TTg), and *not covered* otherwise. Links keep their basis:
most are the encoder's reading (inferred), and the tables say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .addressees import binds_provinces
from ..catalogue.errors import NotFound, did_you_mean
from .build import BASIS_RELATIONS, DependencyGraph, short_label
from ..catalogue.model import Document, Obligation
from ..i18n import _

COVERED, INDIRECT, NOT_COVERED = "covered", "indirect", "not_covered"
STATUS_VI = {COVERED: "đã tiếp nhận", INDIRECT: "tiếp nhận gián tiếp", NOT_COVERED: "chưa tiếp nhận"}


@dataclass(frozen=True)
class UptakeLink:
    obligation: Obligation  # the provincial duty
    document: Document
    basis: str  # of its link: stated | inferred
    note: str
    via: Obligation | None = None  # the refining national duty it goes through, when indirect


@dataclass(frozen=True)
class UptakeRow:
    national: Obligation
    links: list[UptakeLink]

    @property
    def status(self) -> str:
        if any(link.via is None for link in self.links):
            return COVERED
        return INDIRECT if self.links else NOT_COVERED


@dataclass(frozen=True)
class DocumentTie:
    """How one of the province's documents stands to the national document."""

    document: Document
    relations: list[tuple[str, str]]  # (relation type, basis), e.g. ("thuc_hien", "stated")


@dataclass
class Uptake:
    province: str
    national: Document
    documents: list[DocumentTie] = field(default_factory=list)
    rows: list[UptakeRow] = field(default_factory=list)

    @property
    def covered(self) -> list[UptakeRow]:
        return [row for row in self.rows if row.status != NOT_COVERED]

    @property
    def uncovered(self) -> list[UptakeRow]:
        return [row for row in self.rows if row.status == NOT_COVERED]


def uptake(graph: DependencyGraph, province: str | None = None, national: str | None = None) -> list[Uptake]:
    """One ``Uptake`` per province (or the one asked for) and national document: the one asked for
    (id or symbol: ``QĐ 28/2018``), or else each national document the province's documents stand on
    or carry out. Raises ``NotFound`` (with a suggestion) for an unknown province or document."""
    provinces = [graph.find_province(province)] if province else graph.provinces
    wanted = [find_national(graph, national)] if national else None
    out = []
    for name in provinces:
        for document in wanted or _national_documents_of(graph, name):
            out.append(province_uptake(graph, name, document))
    return out


def find_national(graph: DependencyGraph, query: str) -> Document:
    """An encoded national document by id or symbol, tolerant as ``--document`` is elsewhere."""
    nationals = graph.national_documents()
    found = [d for d in graph.catalogue.find_documents(query) if d in nationals]
    if len(found) == 1:
        return found[0]
    names = [d.symbol for d in nationals if d.symbol]
    if not found:
        hint = did_you_mean(query, names)
        raise NotFound(_("không có văn bản trung ương đã mã hóa '{query}'").format(query=query) + "; "
                       + (hint or _("các văn bản đã mã hóa: {names}").format(names=", ".join(names))))
    raise NotFound(_("'{query}' khớp với nhiều văn bản trung ương ({ids}); hãy nêu mã").format(
        query=query, ids=", ".join(d.id for d in found)))


def province_uptake(graph: DependencyGraph, province: str, national: Document) -> Uptake:
    catalogue = graph.catalogue
    own = {d.id for d in graph.province_documents(province)}
    result = Uptake(province, national)
    for document in graph.province_documents(province):
        ties = [(data["type"], data["basis"]) for target, data in graph.out_edges(document.id)
                if target == national.id and data["origin"] == "relation"]
        if ties or any(_in_document(catalogue, target, national.id)
                       for ob in catalogue.obligations_of(document.id)
                       for target, _ in graph.implemented(ob.id)):
            result.documents.append(DocumentTie(document, ties))
    for obligation in catalogue.obligations_of(national.id):
        if binds_provinces(catalogue, obligation):
            result.rows.append(UptakeRow(obligation, _links(graph, obligation, own)))
    return result


def _links(graph: DependencyGraph, national: Obligation, own: set[str]) -> list[UptakeLink]:
    """The province's duties carrying out ``national``: directly, then through refining national duties."""
    catalogue = graph.catalogue
    links: list[UptakeLink] = []
    seen: set[str] = set()
    frontier: list[tuple[str, Obligation | None]] = [(national.id, None)]
    while frontier:
        current, via = frontier.pop(0)
        for source, data in graph.implementers(current):
            if source in seen or source not in catalogue.obligations:
                continue
            seen.add(source)
            found = catalogue.obligations[source]
            document = catalogue.document_of(found)
            if found.document_id in own:
                links.append(UptakeLink(found, document, data["basis"], data["note"], via))
            elif document.level.value == "national":  # a national duty that refines it
                frontier.append((source, via or found))
    return links


def _in_document(catalogue, obligation_id: str, document_id: str) -> bool:
    found = catalogue.obligations.get(obligation_id)
    return found is not None and found.document_id == document_id


def _national_documents_of(graph: DependencyGraph, province: str) -> list[Document]:
    """National documents the province's documents stand on (căn cứ, thực hiện, ...) or carry out
    duty by duty, that hold duties binding provinces; oldest first."""
    catalogue = graph.catalogue
    nationals = {d.id: d for d in graph.national_documents()}
    found: set[str] = set()
    for document in graph.province_documents(province):
        found.update(t for t, _ in graph.out_edges(document.id, *BASIS_RELATIONS) if t in nationals)
        for ob in catalogue.obligations_of(document.id):
            found.update(catalogue.obligations[t].document_id for t, _ in graph.implemented(ob.id)
                         if t in catalogue.obligations and catalogue.obligations[t].document_id in nationals)
    useful = [nationals[i] for i in found
              if any(binds_provinces(catalogue, ob) for ob in catalogue.obligations_of(i))]
    return sorted(useful, key=lambda d: (d.date.earliest.isoformat() if d.date and d.date.earliest else "9999",
                                         short_label(d)))
