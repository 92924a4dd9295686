"""The dependency graph: documents and obligations, and what ties them together (issue 3).

``build_graph(catalogue)`` turns the catalogue into a networkx ``MultiDiGraph``. Every edge runs
from what depends to what it depends on:

- document → document: a relation the document records (``can_cu``, ``thuc_hien``, ``don_doc``,
  ``huong_dan``, ``sua_doi_bo_sung``, ``thay_the``, ``bai_bo``, ``dan_chieu``), origin ``relation``;
- document → document: ``thay_the`` from a replacing document to the one it replaced, origin
  ``validity``, read from the replaced document's ``validity.replaced_by``;
- obligation → document: ``belongs_to``;
- obligation → obligation: ``implements``, the national (or broader) duty it carries out or refines.

Each edge says where it comes from in ``basis``: ``stated`` (the text says so; its quote is checked
by ``obligations validate``), ``inferred`` (the encoder's reading, with a note) or ``recorded`` (a
replacement recorded in a document's validity from research outside the encoded texts). An id that
a relation, a link or a replacement names but the catalogue lacks gets a node of kind ``missing``,
so that ``consistency`` can report it.

Node and edge attributes are plain strings, integers and booleans (never None or lists), so that
the graph can be written to GraphML and JSON as it is. The model objects stay reachable through
``DependencyGraph.catalogue``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import networkx as nx

from ..catalogue.citations import clause_label as citation_label
from ..catalogue.load import Catalogue
from ..catalogue.errors import NotFound, did_you_mean
from ..catalogue.model import RELATION_VI, Document, Obligation
from ..catalogue.text import fold
from ..i18n import _

# Edge types besides the model's RelationType values.
BELONGS_TO = "belongs_to"
IMPLEMENTS = "implements"
REPLACES = "thay_the"

EDGE_VI = {**RELATION_VI, BELONGS_TO: "thuộc", IMPLEMENTS: "thực hiện"}
BASIS_VI = {"stated": "văn bản nêu rõ", "inferred": "suy luận của người mã hóa",
            "recorded": "ghi nhận về hiệu lực"}

# Relations by which a document stands on another: if that other is replaced, the basis is stale.
BASIS_RELATIONS = ("can_cu", "thuc_hien", "don_doc", "huong_dan")

# Short forms of the document kinds, as Vietnamese officials cite them.
KIND_SHORT = {"chi_thi": "CT", "quyet_dinh": "QĐ", "cong_van": "CV", "ke_hoach": "KH",
              "nghi_dinh": "NĐ", "thong_tu": "TT", "luat": "Luật", "nghi_quyet": "NQ",
              "thong_bao": "TB"}


def short_label(document: Document) -> str:
    """``QĐ 28/2018/QĐ-TTg``, ``CT 12/CT-UBND``, ``Luật 51/2005/QH11``; ``CT (chưa rõ số)``."""
    symbol = document.symbol
    if not symbol:
        return f"{document.kind_vi} (chưa rõ số)"
    if document.kind.value == "cong_van":
        return f"CV {symbol}"
    return f"{KIND_SHORT[document.kind.value]} {symbol}"


def clause_label(obligation: Obligation) -> str:
    """The clause as people cite it, smallest unit first; the key for reconstructed duties (no
    clause is invented; the key is then the only handle a reader has)."""
    return citation_label(obligation) or obligation.key


@dataclass
class DependencyGraph:
    """The networkx graph ``g`` with the catalogue it was built from, and the lookups answers need."""

    catalogue: Catalogue
    g: nx.MultiDiGraph

    # ---- nodes -----------------------------------------------------------------------------

    def is_document(self, node: str) -> bool:
        return self.g.nodes[node].get("kind") == "document"

    def is_obligation(self, node: str) -> bool:
        return self.g.nodes[node].get("kind") == "obligation"

    def document_ids(self) -> list[str]:
        return [n for n, kind in self.g.nodes(data="kind") if kind == "document"]

    # ---- edges -----------------------------------------------------------------------------

    def out_edges(self, node: str, *types: str) -> list[tuple[str, dict]]:
        return [(target, data) for _, target, data in self.g.out_edges(node, data=True)
                if not types or data["type"] in types]

    def in_edges(self, node: str, *types: str) -> list[tuple[str, dict]]:
        return [(source, data) for source, _, data in self.g.in_edges(node, data=True)
                if not types or data["type"] in types]

    def implemented(self, obligation_id: str) -> list[tuple[str, dict]]:
        """The duties this obligation carries out, with the link's basis and note."""
        return self.out_edges(obligation_id, IMPLEMENTS)

    def implementers(self, obligation_id: str) -> list[tuple[str, dict]]:
        """The duties that carry this obligation out."""
        return self.in_edges(obligation_id, IMPLEMENTS)

    # ---- provinces -------------------------------------------------------------------------

    @cached_property
    def provinces(self) -> list[str]:
        """Provinces that have an encoded document, in alphabetical order (accents ignored)."""
        names = {d.province for d in self.catalogue.encoded_documents() if d.province}
        return sorted(names, key=fold)

    def province_documents(self, province: str) -> list[Document]:
        return sorted((d for d in self.catalogue.encoded_documents() if d.province == province),
                      key=lambda d: d.id)

    def find_province(self, query: str) -> str:
        """A province by name, accents and case optional (``nghe an``, ``Nghệ An``, ``tinh Nghe An``)."""
        wanted = fold(query).removeprefix("tinh ").strip()
        for name in self.provinces:
            if fold(name) == wanted or fold(name).replace(" ", "") == wanted.replace(" ", ""):
                return name
        hint = did_you_mean(query, self.provinces)
        raise NotFound(_("không có tỉnh '{query}' trong các văn bản đã mã hóa").format(query=query) + "; "
                       + (hint or _("các tỉnh: {provinces}").format(provinces=", ".join(self.provinces))))

    def national_documents(self) -> list[Document]:
        return [d for d in self.catalogue.encoded_documents() if d.level.value == "national"]


def build_graph(catalogue: Catalogue) -> DependencyGraph:
    """The dependency graph of a catalogue (also of one loaded with errors: see ``catalogue.check``)."""
    g = nx.MultiDiGraph(name="obligations")
    encoded = {d.id for d in catalogue.encoded_documents()}
    for document in catalogue.documents.values():
        g.add_node(document.id, **_document_attributes(catalogue, document, document.id in encoded))
    for obligation in catalogue.obligations.values():
        g.add_node(obligation.id, **_obligation_attributes(catalogue, obligation))

    def edge(source: str, target: str, type_: str, basis: str, origin: str, quote: str = "",
             note: str = "") -> None:
        if target not in g:
            g.add_node(target, kind="missing", label=target, referenced_by=source)
        key = type_ if not g.has_edge(source, target, type_) else f"{type_}-{g.number_of_edges(source, target)}"
        g.add_edge(source, target, key=key, type=type_, type_vi=EDGE_VI.get(type_, type_), basis=basis,
                   origin=origin, quote=quote, note=note)

    for document in catalogue.documents.values():
        for relation in document.relations:
            edge(document.id, relation.target, relation.type.value, relation.basis.value, "relation",
                 relation.quote.text if relation.quote else "", relation.note or "")
        validity = document.validity
        if validity and validity.replaced_by:
            edge(validity.replaced_by, document.id, REPLACES, "recorded", "validity", "", validity.note or "")
    for obligation in catalogue.obligations.values():
        if obligation.document_id in catalogue.documents:
            edge(obligation.id, obligation.document_id, BELONGS_TO, "stated", "obligation")
        for link in obligation.implements:
            edge(obligation.id, link.obligation, IMPLEMENTS, link.basis.value, "implements", "", link.note or "")
    return DependencyGraph(catalogue, g)


def _document_attributes(catalogue: Catalogue, document: Document, encoded: bool) -> dict:
    validity = document.validity
    date = document.date
    return {
        "kind": "document",
        "label": short_label(document),
        "citation": document.citation(),
        "symbol": document.symbol or "",
        "title": document.title or "",
        "doc_kind": document.kind.value,
        "doc_kind_vi": document.kind_vi,
        "issuer": document.issuer.name,
        "province": document.province or "",
        "level": document.level.value,
        "date": date.exact.isoformat() if date and date.exact else "",
        "date_label": date.label() if date else "",
        "provenance": document.provenance.kind.value,
        "encoded": encoded,
        "validity": validity.status.value if validity else "unknown",
        "replaced_by": validity.replaced_by or "" if validity else "",
        "obligations": catalogue.obligation_count(document.id),
    }


def _obligation_attributes(catalogue: Catalogue, obligation: Obligation) -> dict:
    document = catalogue.documents.get(obligation.document_id)
    due = obligation.deadline.due
    return {
        "kind": "obligation",
        "label": f"{short_label(document) if document else obligation.document_id} {clause_label(obligation)}",
        "document": obligation.document_id,
        "key": obligation.key,
        "clause": obligation.clause or "",
        "action": obligation.action.vi,
        "actors": "; ".join(obligation.actors),
        "actor_names": "; ".join(catalogue.actors[a].name if a in catalogue.actors else a
                                 for a in obligation.actors),
        "modality": obligation.modality.value,
        "deadline_kind": obligation.deadline.kind.value,
        "due": due.isoformat() if due else "",
        "level": document.level.value if document else "",
        "province": (document.province or "") if document else "",
    }
