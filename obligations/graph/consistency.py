"""Consistency of the graph: what a legal officer should look at before relying on the links.

``check(graph)`` returns ``Finding``s of six kinds:

- ``weaker_target``: a duty sets a lower floor (or a higher ceiling) than the duty it carries out,
  on the same metric, in the same direction, for the same period;
- ``later_deadline``: a duty falls due after the duty it carries out (both with a fixed date), or
  sets a figure only for periods after the one the national target holds for;
- ``actor_not_allowed``: a provincial duty carrying out a national one is laid on a body the
  national text does not allow (see ``addressees.may_bear`` for the rule);
- ``cycle``: documents or duties that, through căn cứ / thực hiện / ... links, depend on themselves;
- ``missing_reference``: a relation, link or replacement naming a document or obligation that
  is not in the catalogue (only possible in a catalogue loaded with errors);
- ``stale_basis``: an encoded document stands (căn cứ, thực hiện, đôn đốc, hướng dẫn) on a
  document recorded as replaced, repealed or expired; the replacement is named.

Like with like only: nothing is compared when the metric, the direction or the period differ, or
when a date is not fixed (continuing, recurring, "từ năm ...", urgent, none).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from .addressees import may_bear
from ..catalogue.errors import did_you_mean
from .build import BASIS_RELATIONS, BASIS_VI, IMPLEMENTS, REPLACES, DependencyGraph, clause_label, short_label
from ..catalogue.model import Comparator, DeadlineKind, Obligation, Scope, Target
from ..catalogue.views import deadline_label, target_label

WEAKER_TARGET = "weaker_target"
LATER_DEADLINE = "later_deadline"
ACTOR_NOT_ALLOWED = "actor_not_allowed"
CYCLE = "cycle"
MISSING_REFERENCE = "missing_reference"
STALE_BASIS = "stale_basis"

KINDS = (WEAKER_TARGET, LATER_DEADLINE, ACTOR_NOT_ALLOWED, CYCLE, MISSING_REFERENCE, STALE_BASIS)
KIND_VI = {
    WEAKER_TARGET: "Chỉ tiêu thấp hơn chỉ tiêu được thực hiện",
    LATER_DEADLINE: "Thời hạn muộn hơn thời hạn được thực hiện",
    ACTOR_NOT_ALLOWED: "Chủ thể không thuộc đối tượng văn bản trung ương giao",
    CYCLE: "Phụ thuộc vòng tròn",
    MISSING_REFERENCE: "Dẫn chiếu tới văn bản, nghĩa vụ không có trong danh mục",
    STALE_BASIS: "Căn cứ đã bị thay thế hoặc hết hiệu lực",
}
SEVERITY = {WEAKER_TARGET: "warning", LATER_DEADLINE: "warning", ACTOR_NOT_ALLOWED: "warning",
            CYCLE: "error", MISSING_REFERENCE: "error", STALE_BASIS: "note"}
SEVERITY_VI = {"error": "lỗi", "warning": "cảnh báo", "note": "lưu ý"}

# Deadlines that fix one last day. "Từ năm 2014" (from_period) holds every period from then on, and
# recurring, relative, urgent, continuing and absent deadlines fix no day to compare.
FIXED_DEADLINES = (DeadlineKind.by_date, DeadlineKind.before_date, DeadlineKind.end_of_period,
                   DeadlineKind.before_period)
_DIRECTION = {Comparator.at_least: "floor", Comparator.above: "floor", Comparator.at_most: "ceiling",
              Comparator.below: "ceiling", Comparator.equals: "equals"}
# Relations along which a dependency cannot loop back; mutual dẫn chiếu (citing each other) is normal.
DEPENDENCY_EDGES = (*BASIS_RELATIONS, "sua_doi_bo_sung", "bai_bo", REPLACES, IMPLEMENTS)
STALE_STATUSES = ("replaced", "repealed", "expired")
_STATUS_VI = {"replaced": "đã bị thay thế", "repealed": "đã bị bãi bỏ", "expired": "đã hết hiệu lực"}


@dataclass(frozen=True)
class Finding:
    kind: str
    subject: str  # the node concerned: an obligation or document id
    related: str  # the other node: the duty carried out, the basis, the missing id ("" for a cycle)
    message: str  # for a legal officer, in Vietnamese
    basis: str = ""  # of the link the finding rests on: stated | inferred | recorded ("" when none)
    details: dict[str, str] = field(default_factory=dict)

    @property
    def severity(self) -> str:
        return SEVERITY[self.kind]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "kind_vi": KIND_VI[self.kind], "severity": self.severity,
                "subject": self.subject, "related": self.related, "message": self.message,
                "basis": self.basis, "details": dict(self.details)}


def check(graph: DependencyGraph) -> list[Finding]:
    """Every finding, grouped by kind (in the order of ``KINDS``), then by subject."""
    findings = (_implementation_findings(graph) + _cycles(graph) + _missing(graph) + _stale_bases(graph))
    return sorted(findings, key=lambda f: (KINDS.index(f.kind), f.subject, f.related))


# ---- duty against the duty it carries out -----------------------------------------------------


def _implementation_findings(graph: DependencyGraph) -> list[Finding]:
    catalogue = graph.catalogue
    out: list[Finding] = []
    for child in catalogue.obligations.values():
        for parent_id, data in graph.implemented(child.id):
            parent = catalogue.obligations.get(parent_id)
            if parent is None:
                continue  # reported as a missing reference
            out += _weaker_targets(graph, child, parent, data["basis"])
            out += _later_deadlines(graph, child, parent, data["basis"])
            out += _actors(graph, child, parent, data["basis"])
    return out


def _name(graph: DependencyGraph, obligation: Obligation) -> str:
    document = graph.catalogue.document_of(obligation)
    return f"{short_label(document)} {clause_label(obligation)}"


def _metric_name(graph: DependencyGraph, metric_id: str) -> str:
    metric = graph.catalogue.metrics.get(metric_id)
    return metric.name if metric else metric_id


def _link_words(basis: str) -> str:
    return f"[liên kết: {BASIS_VI.get(basis, basis)}]"


def comparable(mine: Target, theirs: Target) -> bool:
    """Same metric, same direction (floor, ceiling, yes/no), both or neither a share of agencies."""
    return (mine.metric == theirs.metric
            and _DIRECTION[mine.comparator] == _DIRECTION[theirs.comparator]
            and (mine.scope == Scope.population_share) == (theirs.scope == Scope.population_share))


def weaker(mine: Target, theirs: Target) -> bool:
    """Whether ``mine`` asks less than ``theirs`` (comparable targets)."""
    direction = _DIRECTION[theirs.comparator]
    if direction == "equals":
        return mine.value != theirs.value
    # At the same value, a non-strict bound (≥, ≤) asks less than a strict one (>, <).
    if direction == "floor":
        return mine.value < theirs.value or (mine.value == theirs.value and (mine.comparator, theirs.comparator)
                                             == (Comparator.at_least, Comparator.above))
    return mine.value > theirs.value or (mine.value == theirs.value and (mine.comparator, theirs.comparator)
                                         == (Comparator.at_most, Comparator.below))


def _fixed_due(target: Target):
    """The target's last day, where it fixes one (its period's end, or its own fixed deadline)."""
    if target.deadline is not None:
        return target.deadline.due if target.deadline.kind in FIXED_DEADLINES else None
    return target.due


def _weaker_targets(graph: DependencyGraph, child: Obligation, parent: Obligation, basis: str) -> list[Finding]:
    catalogue = graph.catalogue
    out = []
    for theirs in parent.targets:
        due = _fixed_due(theirs)
        for mine in child.targets:
            if due is None or _fixed_due(mine) != due or not comparable(mine, theirs) or not weaker(mine, theirs):
                continue
            out.append(Finding(
                WEAKER_TARGET, child.id, parent.id,
                f"{_name(graph, child)}: {_metric_name(graph, theirs.metric)} "
                f"{target_label(catalogue, mine)}, thấp hơn mức {target_label(catalogue, theirs)} "
                f"của {_name(graph, parent)} mà nghĩa vụ này thực hiện {_link_words(basis)}",
                basis, {"metric": theirs.metric, "value": f"{mine.value:g}", "required": f"{theirs.value:g}",
                        "period": mine.period or "", "comparator": mine.comparator.value}))
    return out


def _later_deadlines(graph: DependencyGraph, child: Obligation, parent: Obligation, basis: str) -> list[Finding]:
    mine, theirs = child.deadline, parent.deadline
    if mine.kind in FIXED_DEADLINES and theirs.kind in FIXED_DEADLINES and mine.due > theirs.due:
        return [Finding(
            LATER_DEADLINE, child.id, parent.id,
            f"{_name(graph, child)}: {deadline_label(mine)}, muộn hơn thời hạn {deadline_label(theirs)} "
            f"của {_name(graph, parent)} mà nghĩa vụ này thực hiện {_link_words(basis)}",
            basis, {"due": mine.due.isoformat(), "required_due": theirs.due.isoformat()})]
    # No fixed date on the duties themselves: a national figure the province sets only for later periods.
    catalogue = graph.catalogue
    out = []
    for target in parent.targets:
        due = _fixed_due(target)
        same = [t for t in child.targets if comparable(t, target) and _fixed_due(t) is not None]
        if due is None or not same or any(_fixed_due(t) <= due for t in same):
            continue
        first = min(same, key=_fixed_due)
        out.append(Finding(
            LATER_DEADLINE, child.id, parent.id,
            f"{_name(graph, child)}: {_metric_name(graph, target.metric)} chỉ đặt từ {target_label(catalogue, first)}, "
            f"sau kỳ {target_label(catalogue, target)} của {_name(graph, parent)} {_link_words(basis)}",
            basis, {"due": _fixed_due(first).isoformat(), "required_due": due.isoformat(), "metric": target.metric}))
    return out


def _actors(graph: DependencyGraph, child: Obligation, parent: Obligation, basis: str) -> list[Finding]:
    catalogue = graph.catalogue
    levels = (catalogue.document_of(child).level.value, catalogue.document_of(parent).level.value)
    if levels != ("provincial", "national"):
        return []
    refused = [a for a in child.actors if not may_bear(catalogue, parent, a)]
    if not refused:
        return []

    def names(ids):
        return "; ".join(catalogue.actors[a].name if a in catalogue.actors else a for a in ids)

    return [Finding(
        ACTOR_NOT_ALLOWED, child.id, parent.id,
        f"{_name(graph, child)}: giao cho {names(refused)}, trong khi {_name(graph, parent)} giao cho "
        f"{names(parent.actors)} {_link_words(basis)}",
        basis, {"actors": "; ".join(refused), "allowed": "; ".join(parent.actors)})]


# ---- the graph as a whole -----------------------------------------------------------------------


def _cycles(graph: DependencyGraph) -> list[Finding]:
    dependency = nx.DiGraph()
    for source, target, data in graph.g.edges(data=True):
        if data["type"] in DEPENDENCY_EDGES:
            dependency.add_edge(source, target)
    out = []
    for cycle in nx.simple_cycles(dependency):
        start = cycle.index(min(cycle))
        cycle = cycle[start:] + cycle[:start]  # one way of writing each cycle
        labels = [graph.g.nodes[n].get("label", n) for n in cycle + cycle[:1]]
        out.append(Finding(CYCLE, cycle[0], "", "Phụ thuộc vòng tròn: " + " → ".join(labels),
                           details={"nodes": " ".join(cycle)}))
    return out


def _missing(graph: DependencyGraph) -> list[Finding]:
    catalogue = graph.catalogue
    out = []
    for node, kind in graph.g.nodes(data="kind"):
        if kind != "missing":
            continue
        for source, data in graph.in_edges(node) + graph.out_edges(node):
            known = catalogue.obligations if data["type"] == IMPLEMENTS else catalogue.documents
            hint = did_you_mean(node, known)
            what = "nghĩa vụ" if data["type"] == IMPLEMENTS else "văn bản"
            out.append(Finding(
                MISSING_REFERENCE, source, node,
                f"{graph.g.nodes[source].get('label', source)} ({data['type_vi']}) dẫn tới {what} '{node}' "
                f"không có trong danh mục" + (f" ({hint})" if hint else ""),
                data["basis"], {"type": data["type"]}))
    return out


def _stale_bases(graph: DependencyGraph) -> list[Finding]:
    catalogue = graph.catalogue
    out = []
    for document in catalogue.encoded_documents():
        for target, data in graph.out_edges(document.id, *BASIS_RELATIONS):
            basis_doc = catalogue.documents.get(target)
            validity = basis_doc.validity if basis_doc else None
            if validity is None or validity.status.value not in STALE_STATUSES:
                continue
            chain = _replacements(graph, target)
            message = (f"{short_label(document)} {data['type_vi']} {short_label(basis_doc)}, "
                       f"văn bản {_STATUS_VI[validity.status.value]}")
            if chain:
                message += " bởi " + ", rồi bởi ".join(short_label(catalogue.documents[c]) for c in chain)
            out.append(Finding(
                STALE_BASIS, document.id, target, message, data["basis"],
                {"relation": data["type"], "status": validity.status.value, "replaced_by": " ".join(chain),
                 "current": chain[-1] if chain else "", "note": validity.note or ""}))
    return out


def _replacements(graph: DependencyGraph, document_id: str) -> list[str]:
    """The chain of documents that replaced this one, oldest first (NĐ 26/2007 → 130/2018 → 23/2025)."""
    chain: list[str] = []
    current = document_id
    while True:
        document = graph.catalogue.documents.get(current)
        following = document.validity.replaced_by if document and document.validity else None
        if not following or following in chain or following not in graph.catalogue.documents:
            return chain
        chain.append(following)
        current = following
