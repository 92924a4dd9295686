"""The catalogue: every encoded document, its obligations, the actors and the metrics, loaded and checked.

``load_catalogue()`` reads the shipped ``directives/`` folder (or another one), validates every
file, runs the cross-file checks and either returns a ``Catalogue`` or raises ``CatalogueError``
listing every problem found. ``validate()`` returns the problems without raising.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Iterable

from pydantic import ValidationError

from .errors import CatalogueError, NotFound, Problem, ProblemList, did_you_mean
from .model import (
    Actor,
    ActorsFile,
    Attribute,
    AttributesFile,
    DirectiveFile,
    Document,
    Metric,
    MetricsFile,
    Obligation,
)
from .citations import Citation, clause_key, clause_matches, document_matches, split_citation
from .sources import SourceLibrary
from .text import compact, fold
from .yamlfile import YamlDocument, plain, read_yaml, report_validation_error
from ..i18n import _

CATALOGUE_DIR = "catalogue"
SOURCES_DIR = "sources"
REFERENCED_FILE = "referenced.yaml"
ATTRIBUTES_FILE = "attributes.yaml"


def default_root() -> Path:
    """The shipped directives folder: ``directives/`` beside the package in a checkout, or the
    copy installed inside the package."""
    package = Path(__file__).resolve().parent.parent
    checkout = package.parent / "directives"
    if (checkout / CATALOGUE_DIR).is_dir():
        return checkout
    return Path(str(resources.files("obligations") / "directives"))


@dataclass
class Catalogue:
    root: Path
    documents: dict[str, Document]
    obligations: dict[str, Obligation]
    actors: dict[str, Actor]
    metrics: dict[str, Metric]
    files: dict[str, str] = field(default_factory=dict)  # document id -> file it was read from
    notes: list[Problem] = field(default_factory=list)  # checks that could not run, and why
    attributes: dict[str, Attribute] = field(default_factory=dict)  # agency attributes conditions name

    # ---- lookups ---------------------------------------------------------------------------

    def document_of(self, obligation: Obligation) -> Document:
        return self.documents[obligation.document_id]

    @cached_property
    def _by_document(self) -> dict[str, list[Obligation]]:
        index: dict[str, list[Obligation]] = {}
        for obligation in self.obligations.values():
            index.setdefault(obligation.document_id, []).append(obligation)
        return index

    @cached_property
    def _implementers(self) -> dict[str, list[Obligation]]:
        index: dict[str, list[Obligation]] = {}
        for obligation in self.obligations.values():
            for link in obligation.implements:
                index.setdefault(link.obligation, []).append(obligation)
        return index

    @cached_property
    def sources(self) -> SourceLibrary:
        """The source texts the quotes come from (read once, kept)."""
        return SourceLibrary(self.root)

    def quoted_sources(self, obligation: Obligation) -> list["QuotedSource"]:
        """Each source text the obligation quotes, with its quotes marked in place (the document's own
        source first)."""
        from .sources import quoted_source

        own = self.document_of(obligation).provenance.source
        by_source: dict[str, list[str]] = {}
        if own:
            by_source[own] = []
        for quote in obligation.quotes:
            reference = quote.source or own
            if reference:
                by_source.setdefault(reference, []).append(quote.text)
        return [quoted_source(self.sources.get(reference), quotes) for reference, quotes in by_source.items()
                if quotes or reference == own]

    def obligations_of(self, document_id: str) -> list[Obligation]:
        return list(self._by_document.get(document_id, []))

    def obligation_count(self, document_id: str) -> int:
        return len(self._by_document.get(document_id, []))

    def encoded_documents(self) -> list[Document]:
        """Documents with obligations encoded (not the ones only referred to)."""
        return [d for d in self.documents.values() if d.id in self.files and d.id not in self._referenced_ids]

    @cached_property
    def _referenced_ids(self) -> set[str]:
        return {doc_id for doc_id, name in self.files.items() if name.endswith(REFERENCED_FILE)}

    def ancestors(self, actor_id: str) -> list[str]:
        """The actor and every broader class it belongs to, nearest first."""
        order, queue = [], [actor_id]
        while queue:
            current = queue.pop(0)
            if current in order or current not in self.actors:
                continue
            order.append(current)
            queue.extend(self.actors[current].is_a)
        return order

    def implemented_by(self, obligation_id: str) -> list[Obligation]:
        """The obligations that carry this one out."""
        return list(self._implementers.get(obligation_id, []))

    def get_obligation(self, query: str) -> Obligation:
        """An obligation by id (tolerant of case and accents; in the key, ``đ`` is the letter the keys
        write ``dd``: ``2.đ`` is ``2.dd``, never ``2.d``), or by its document and clause as people cite
        them (citations.py): ``12/CT-UBND 2.g``, ``QĐ 28/2018 Điều 19 khoản 2``, ``1486 điểm b.1``.
        Raises NotFound with the nearest, or the list when several match."""
        if query in self.obligations:
            return self.obligations[query]
        document, slash, key = query.rpartition("/")
        wanted = compact(document + slash + key.replace("đ", "dd").replace("Đ", "dd"))
        matches = [o for o in self.obligations.values() if compact(o.id) == wanted]
        if len(matches) == 1:
            return matches[0]
        citation = split_citation(query)
        if citation.has_clause and citation.document:
            return self._cited_obligation(query, citation)
        hint = did_you_mean(query, self.obligations)
        raise NotFound(_("không có nghĩa vụ '{query}'").format(query=query) + "; " + (
            hint or _("xem các mã bằng: obligations query --format csv")))

    def _cited_obligation(self, query: str, citation: Citation) -> Obligation:
        documents = [d for d in self._cited_documents(citation) if self.obligation_count(d.id)]
        if not documents:
            loose = [d for d in self._documents_named(citation.document) if self.obligation_count(d.id)]
            if loose:
                raise NotFound(_("'{query}': ngày, năm hoặc cơ quan ban hành không khớp với {documents}").format(
                    query=query, documents="; ".join(d.citation() for d in loose)))
            hint = did_you_mean(citation.document, [d.symbol for d in self.encoded_documents() if d.symbol])
            raise NotFound(_("không có văn bản đã mã hóa nào khớp với '{query}'").format(query=query) + "; "
                           + (hint or _("xem danh sách bằng: obligations documents")))
        if len(documents) > 1:
            raise NotFound(_("'{query}' khớp với nhiều văn bản: {documents}; nêu thêm số ký hiệu, năm hoặc mã văn bản")
                           .format(query=query, documents="; ".join(f"{d.citation()} ({d.id})" for d in documents)))
        document = documents[0]
        key = clause_key(citation)
        if key:
            by_key = {compact(o.key): o for o in self.obligations_of(document.id)}
            if compact(key) in by_key:
                return by_key[compact(key)]
        found = [o for o in self.obligations_of(document.id) if clause_matches(citation, o)]
        if len(found) == 1:
            return found[0]
        if found:
            raise NotFound(_("'{query}' khớp với nhiều nghĩa vụ: {obligations}; hãy nêu mã").format(
                query=query, obligations="; ".join(f"{o.clause or o.key} ({o.id})" for o in found)))
        labels = {o.clause or o.key: o for o in self.obligations_of(document.id)}
        hint = did_you_mean(key or query, [o.key for o in labels.values()] + list(labels))
        raise NotFound(_("{document} không có điều khoản '{clause}'").format(
            document=document.symbol or document.id, clause=key or query) + "; " + (
            hint or _("xem các điều khoản bằng: obligations query --document {document}").format(
                document=document.symbol or document.id)))

    def find_documents(self, query: str) -> list[Document]:
        """Documents by id, symbol (``12/CT-UBND``, ``QD 28/2018``, ``Chỉ thị 12``, ``1486``) or
        words of the title, narrowed by what the citation adds: the date or year of issue and the
        issuer (``Chỉ thị 12 năm 2013 của UBND tỉnh Khánh Hòa``, ``12/CT-UBND ngày 31/7/2013``). A
        leading type word (QĐ, CT, KH, Công văn, ...) narrows to that kind. A clause is ignored here."""
        if query in self.documents:
            return [self.documents[query]]
        return self._cited_documents(split_citation(query))

    def _cited_documents(self, citation: Citation) -> list[Document]:
        if citation.document:
            named = self._documents_named(citation.document)
        elif citation.issuer or citation.date or citation.year:
            named = list(self.documents.values())
        else:
            named = []
        return [d for d in named if document_matches(citation, d)]

    def _documents_named(self, query: str) -> list[Document]:
        if query in self.documents:
            return [self.documents[query]]
        wanted = compact(query)
        exact = [d for d in self.documents.values()
                 if d.symbol and compact(d.symbol) == wanted or compact(d.id) == wanted]
        if exact:
            return exact
        kind, number = _split_type_word(query)
        candidates = [d for d in self.documents.values() if kind is None or d.kind == kind]
        if kind and not number:
            return candidates  # "Chỉ thị của UBND tỉnh Bắc Giang": the kind, narrowed by issuer and date
        partial = [d for d in candidates if d.symbol and number and compact(d.symbol).startswith(number)]
        if partial:
            return partial
        folded = fold(query)
        return [d for d in self.documents.values() if d.title and folded in fold(d.title)]

    def find_actors(self, query: str) -> list[Actor]:
        """Actors by id, name or alias, ignoring accents, case and punctuation."""
        if query in self.actors:
            return [self.actors[query]]
        wanted_fold, wanted_compact = fold(query), compact(query)
        exact = [a for a in self.actors.values()
                 if any(fold(n) == wanted_fold or compact(n) == wanted_compact for n in _names(a))]
        if exact:
            return exact
        return [a for a in self.actors.values()
                if any(wanted_fold in fold(n) for n in _names(a))]

    def find_metrics(self, query: str) -> list[Metric]:
        if query in self.metrics:
            return [self.metrics[query]]
        wanted = fold(query)
        exact = [m for m in self.metrics.values() if any(fold(n) == wanted for n in (m.name, *m.aliases))]
        return exact or [m for m in self.metrics.values()
                         if any(wanted in fold(n) for n in (m.id, m.name, *m.aliases))]

    def actor_names(self) -> list[str]:
        return sorted({n for a in self.actors.values() for n in _names(a)})


_TYPE_WORDS = {
    "qd": "quyet_dinh", "quyet dinh": "quyet_dinh", "ct": "chi_thi", "chi thi": "chi_thi",
    "cv": "cong_van", "cong van": "cong_van", "kh": "ke_hoach", "ke hoach": "ke_hoach",
    "nd": "nghi_dinh", "nghi dinh": "nghi_dinh", "tt": "thong_tu", "thong tu": "thong_tu",
    "luat": "luat", "nq": "nghi_quyet", "nghi quyet": "nghi_quyet",
}


def _split_type_word(query: str) -> tuple[str | None, str]:
    """``Quyết định số 28/2018`` -> (``quyet_dinh``, ``282018``); ``1486`` -> (None, ``1486``)."""
    folded = _without_so(fold(query))
    for word in sorted(_TYPE_WORDS, key=len, reverse=True):
        if folded == word or folded.startswith(word + " ") or folded.startswith(word + "."):
            return _TYPE_WORDS[word], compact(_without_so(folded[len(word) + 1:].strip()))
    return None, compact(folded)


def _without_so(folded: str) -> str:
    """Drop a leading "số" (number), as in "Chỉ thị số 12"."""
    return folded[3:] if folded.startswith("so ") else folded


def _names(actor: Actor) -> tuple[str, ...]:
    return (actor.id, actor.name, *actor.aliases)


# ---------------------------------------------------------------------------------------------
# Loading


def validate(root: Path | None = None, only: Iterable[Path] | None = None) -> list[Problem]:
    """Every problem in the directive files (errors, then notes on checks that could not run)."""
    return check(root, only)[1]


def check(root: Path | None = None, only: Iterable[Path] | None = None) -> tuple[Catalogue | None, list[Problem]]:
    """What ``validate`` returns, with the catalogue as far as it could be loaded (never raises)."""
    catalogue, problems = _load(Path(root) if root else default_root(), only)
    return catalogue, sorted(problems.items)


def load_catalogue(root: Path | None = None) -> Catalogue:
    """Load and check the directives under ``root`` (default: the shipped ones)."""
    catalogue, problems = _load(Path(root) if root else default_root(), None)
    if problems.errors or catalogue is None:
        raise CatalogueError(problems.items)
    return catalogue


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve().parent))
    except ValueError:
        return str(path)


def directive_files(root: Path) -> list[Path]:
    """Every directive file: the YAML files outside catalogue/ and sources/, except referenced.yaml
    and files whose name starts with '_' (templates)."""
    return sorted(p for p in root.rglob("*.yaml")
                  if p.relative_to(root).parts[0] not in (CATALOGUE_DIR, SOURCES_DIR)
                  and p.name != REFERENCED_FILE and not p.name.startswith("_"))


def _load(root: Path, only: Iterable[Path] | None) -> tuple[Catalogue | None, ProblemList]:
    from .checks import check_catalogue

    problems = ProblemList()
    if not (root / CATALOGUE_DIR).is_dir():
        problems.add(str(root), None, "", _("không phải thư mục văn bản chỉ đạo: không có thư mục con catalogue/"),
                     _("chỉ tới thư mục chứa catalogue/actors.yaml và catalogue/metrics.yaml"))
        return None, problems

    yaml_docs: dict[str, YamlDocument] = {}
    actors = _load_list(root / CATALOGUE_DIR / "actors.yaml", root, ActorsFile, "actors", problems, yaml_docs)
    metrics = _load_list(root / CATALOGUE_DIR / "metrics.yaml", root, MetricsFile, "metrics", problems, yaml_docs)
    attributes_path = root / CATALOGUE_DIR / ATTRIBUTES_FILE
    attributes = (_load_list(attributes_path, root, AttributesFile, "attributes", problems, yaml_docs)
                  if attributes_path.is_file() else {})  # optional: older folders have none

    documents: dict[str, Document] = {}
    obligations: dict[str, Obligation] = {}
    files: dict[str, str] = {}

    referenced = root / REFERENCED_FILE
    if referenced.is_file():
        doc = read_yaml(referenced, _display(referenced, root), problems)
        if doc is not None:
            yaml_docs[doc.name] = doc
            for index, document in _validate_items(doc, "documents", Document, problems):
                _add_document(document, doc, ("documents", index), documents, files, problems)

    paths = directive_files(root)
    selected = {p.resolve() for p in only} if only else None
    for path in paths:
        doc = read_yaml(path, _display(path, root), problems)
        if doc is None:
            continue
        yaml_docs[doc.name] = doc
        parsed = _parse_directive(doc, problems)
        if parsed is None:
            continue
        if not _add_document(parsed.document, doc, ("document",), documents, files, problems):
            continue  # a second file claiming the same document: keep the first, drop this one's duties
        for index, obligation in enumerate(parsed.obligations):
            if obligation.id in obligations:
                line = doc.line_of(("obligations", index, "key"))[0]
                problems.add(doc.name, line, f"obligations[{index}].key",
                             _("id nghĩa vụ '{id}' bị trùng").format(id=obligation.id),
                             _("mỗi đường dẫn điều khoản chỉ xuất hiện một lần; thêm -2, -3 cho các nghĩa vụ tiếp "
                               "theo của cùng điều khoản"))
                continue
            obligations[obligation.id] = obligation

    catalogue = Catalogue(root=root, documents=documents, obligations=obligations,
                          actors=actors, metrics=metrics, files=files, attributes=attributes)
    check_catalogue(catalogue, yaml_docs, SourceLibrary(root), problems)
    if selected is not None:  # report only on the files asked for (cross-file checks still ran)
        wanted = {_display(p, root) for p in selected}
        problems.items = [p for p in problems.items if p.file in wanted or p.severity == "note"]
    catalogue.notes = [p for p in problems.items if p.severity == "note"]
    return catalogue, problems


def _parse_directive(doc: YamlDocument, problems: ProblemList) -> DirectiveFile | None:
    raw = plain(doc.data)
    document_id = raw.get("document", {}).get("id") if isinstance(raw.get("document"), dict) else None
    obligations = raw.get("obligations")
    if isinstance(obligations, list):
        for index, item in enumerate(obligations):
            if not isinstance(item, dict):
                continue
            for computed in ("id", "document_id"):
                if computed in item:
                    line = doc.line_of(("obligations", index, computed))[0]
                    problems.add(doc.name, line, f"obligations[{index}].{computed}",
                                 _("'{field}' do chương trình tự tính khi nạp").format(field=computed),
                                 _("xóa trường này: id là id văn bản + '/' + key"))
            key = item.get("key")
            item["id"] = f"{document_id}/{key}" if document_id and key is not None else "invalid"
            item["document_id"] = document_id or "invalid"
    try:
        return DirectiveFile.model_validate(raw)
    except ValidationError as error:
        report_validation_error(error, doc, DirectiveFile, problems)
        return None


def _add_document(document: Document, doc: YamlDocument, loc: tuple, documents: dict,
                  files: dict, problems: ProblemList) -> bool:
    if document.id in documents:
        line = doc.line_of(loc + ("id",))[0]
        problems.add(doc.name, line, ".".join(map(str, loc + ("id",))), _("id văn bản '{id}' bị trùng").format(id=document.id),
                     _("văn bản này cũng được khai báo trong {file}; mỗi văn bản một tệp").format(file=files[document.id]))
        return False
    documents[document.id] = document
    files[document.id] = doc.name
    return True


def _load_list(path: Path, root: Path, model, attribute: str, problems: ProblemList,
               yaml_docs: dict[str, YamlDocument]) -> dict:
    shown = _display(path, root)
    if not path.is_file():
        problems.add(shown, None, "", _("thiếu tệp danh mục"), _("tạo tệp {file}").format(file=shown))
        return {}
    doc = read_yaml(path, shown, problems)
    if doc is None:
        return {}
    yaml_docs[shown] = doc
    item_model = model.model_fields[attribute].annotation.__args__[0]
    out: dict = {}
    for index, item in _validate_items(doc, attribute, item_model, problems):
        if item.id in out:
            line = doc.line_of((attribute, index, "id"))[0]
            problems.add(shown, line, f"{attribute}[{index}].id", _("id '{id}' bị trùng").format(id=item.id))
        out[item.id] = item
    return out


def _validate_items(doc: YamlDocument, attribute: str, item_model, problems: ProblemList):
    """Validate each entry of a list file on its own: one bad entry never hides the others."""
    items = doc.data.get(attribute)
    if not isinstance(items, list):
        problems.add(doc.name, 1, attribute, _("dưới '{key}:' phải là một danh sách").format(key=attribute),
                     _("xem chú thích ở đầu tệp để biết bố cục"))
        return
    for index, raw in enumerate(items):
        try:
            yield index, item_model.model_validate(plain(raw))
        except ValidationError as error:
            report_validation_error(error, doc, item_model, problems, prefix=(attribute, index))
