"""Questions a legal officer asks of the catalogue: whose duty, under which document, due when.

``Query`` holds the filters; ``run_query`` returns the matching obligations, each with the reason an
actor filter matched it (bound directly, or as a member of a broader class the text addresses).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .load import Catalogue
from .citations import clause_key, clause_matches, split_citation
from .errors import NotFound, did_you_mean, did_you_mean_metric
from .guards import EARLIEST, LATEST
from .model import Level, Modality, Obligation
from .text import fold
from ..i18n import _


@dataclass(frozen=True)
class Query:
    document: str | None = None
    actor: str | None = None
    province: str | None = None
    level: Level | str | None = None
    due_before: dt.date | None = None
    due_after: dt.date | None = None
    metric: str | None = None
    modality: Modality | str | None = None
    text: str | None = None
    direct_only: bool = False  # actor filter: only duties addressed to the actor itself


@dataclass(frozen=True)
class Match:
    obligation: Obligation
    bound_as: list[str] = field(default_factory=list)  # actor ids through which the actor filter matched
    direct: bool = False  # the text addresses the actor asked about itself, not only a class it is in


def run_query(catalogue: Catalogue, query: Query) -> list[Match]:
    """Obligations matching every filter given, in document then clause order."""
    documents = _documents(catalogue, query)
    asked, actor_chain = _actor_chain(catalogue, query)
    metric_ids = _metric_ids(catalogue, query.metric)
    text = fold(query.text) if query.text else None
    clause = split_citation(query.document) if query.document else None
    if clause is not None and not clause.has_clause:
        clause = None

    matches: list[Match] = []
    for obligation in catalogue.obligations.values():
        if documents is not None and obligation.document_id not in documents:
            continue
        if clause is not None and not (clause_matches(clause, obligation) or _under(clause, obligation)):
            continue  # --document "QĐ 28/2018 Điều 19": that article's duties
        bound_as: list[str] = []
        if actor_chain is not None:
            bound_as = [a for a in obligation.actors if a in actor_chain]
            if not bound_as:
                continue
        if query.modality and obligation.modality != Modality(query.modality):
            continue
        if metric_ids is not None and not metric_ids & _metrics_of(obligation):
            continue
        if (query.due_before or query.due_after) and not _due_within(obligation, query):
            continue
        if text and text not in _searchable(catalogue, obligation):
            continue
        matches.append(Match(obligation, bound_as, direct=bool(asked & set(bound_as))))
    order = {doc_id: index for index, doc_id in enumerate(sorted(catalogue.documents))}
    matches.sort(key=lambda m: (order[m.obligation.document_id], _clause_order(m.obligation.key)))
    return matches


def _documents(catalogue: Catalogue, query: Query) -> set[str] | None:
    selected: set[str] | None = None
    if query.document:
        found = catalogue.find_documents(query.document)
        if not found:
            symbols = [d.symbol for d in catalogue.documents.values() if d.symbol]
            hint = did_you_mean(query.document, symbols)
            raise NotFound(_("không có văn bản nào khớp với '{query}'").format(query=query.document) + "; "
                           + (hint or _("xem danh sách bằng: obligations documents")))
        selected = {d.id for d in found}
    if query.province:
        wanted = fold(query.province)
        in_province = {d.id for d in catalogue.documents.values() if d.province and fold(d.province) == wanted}
        if not in_province:
            provinces = sorted({d.province for d in catalogue.documents.values() if d.province})
            hint = did_you_mean(query.province, provinces)
            raise NotFound(_("không có văn bản nào của tỉnh '{province}'").format(province=query.province) + "; "
                           + (hint or _("các tỉnh: {provinces}").format(provinces=", ".join(provinces))))
        selected = in_province if selected is None else selected & in_province
    if query.level:
        at_level = {d.id for d in catalogue.documents.values() if d.level == Level(query.level)}
        selected = at_level if selected is None else selected & at_level
    return selected


def _actor_chain(catalogue: Catalogue, query: Query) -> tuple[set[str], set[str] | None]:
    """The actors asked for, and with them (unless ``direct_only``) every broader class that includes them."""
    if not query.actor:
        return set(), None
    found = catalogue.find_actors(query.actor)
    if not found:
        hint = did_you_mean(query.actor, catalogue.actor_names())
        raise NotFound(_("không có chủ thể nào khớp với '{query}'").format(query=query.actor) + "; "
                       + (hint or _("xem danh sách bằng: obligations actors")))
    chain: set[str] = set()
    for actor in found:
        chain.update([actor.id] if query.direct_only else catalogue.ancestors(actor.id))
    return {actor.id for actor in found}, chain


def _metric_ids(catalogue: Catalogue, metric: str | None) -> set[str] | None:
    if not metric:
        return None
    found = catalogue.find_metrics(metric)
    if not found:
        hint = did_you_mean_metric(metric, catalogue.metrics)
        raise NotFound(_("không có chỉ tiêu nào khớp với '{query}'").format(query=metric) + "; "
                       + (hint or _("xem danh sách bằng: obligations metrics")))
    return {m.id for m in found}


def _metrics_of(obligation: Obligation) -> set[str]:
    metrics = {t.metric for t in obligation.targets}
    for consequence in obligation.consequences:
        metrics.update(c.metric for c in consequence.when.all + consequence.when.any)
    return metrics


def _due_within(obligation: Obligation, query: Query) -> bool:
    first = max(query.due_after or EARLIEST, EARLIEST)  # periods exist only inside the tool's window of years
    last = min(query.due_before or LATEST, LATEST)
    deadlines = [obligation.deadline] + [t.deadline for t in obligation.targets if t.deadline]
    for deadline in deadlines:
        day = deadline.next_occurrence(first)
        if day is not None and day <= last:
            return True
    return any(first <= day <= last for day in obligation.due_dates)


def _searchable(catalogue: Catalogue, obligation: Obligation) -> str:
    parts = [obligation.action.vi, obligation.action.en, obligation.clause or "", obligation.id,
             *(q.text for q in obligation.quotes), *obligation.notes]
    parts += [catalogue.actors[a].name for a in obligation.actors if a in catalogue.actors]
    return fold(" ".join(parts))


def _clause_order(key: str) -> tuple:
    """Natural order of clause paths: 2 before 10, a before b, p2 after the bare clause."""
    out = []
    for part in key.replace("-", ".~").split("."):
        out.append((0, int(part), "") if part.isdigit() else (1, 0, part))
    return tuple(out)


def _under(citation, obligation: Obligation) -> bool:
    """Whether the obligation sits in the clause cited: ``Điều 19`` holds 19.1, 19.2...; ``2`` holds 2.g."""
    key = clause_key(citation)
    return bool(key) and obligation.key.casefold().startswith(key.casefold() + ".")
