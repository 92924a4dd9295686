"""The public JSON contract: what other systems receive for a document or an obligation.

Field names are English (integrating engineers read them); values keep the Vietnamese of the texts.
``contract_schema()`` is the JSON Schema of these views; ``obligations schema`` prints it.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from .load import Catalogue
from .model import (
    COMPARATOR_SIGN,
    MODALITY_VI,
    PROVENANCE_VI,
    RELATION_VI,
    VERBATIM_PROVENANCES,
    AgencyCondition,
    Conflict,
    Consequence,
    Deadline,
    DeadlineKind,
    Document,
    ExceptionClause,
    InferredActors,
    Obligation,
    Target,
    Trigger,
)
from .citations import clause_label
from .periods import format_date_vi, parse_period

CONTRACT_VERSION = "1.1"  # 1.1 (issue 12): clause_label, kind, role, lead, actors_inferred, if_agency, trigger; per target modality, if_agency, exceptions, cite_as, conflicts_with


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class DateBounds(View):
    on_or_after: dt.date | None = None
    on_or_before: dt.date | None = None


class DocumentRef(View):
    id: str = Field(description="Stable id: <issuer slug>/<symbol slug>[-<year>]")
    symbol: str | None = Field(description="Số, ký hiệu as written, e.g. 12/CT-UBND; null when the text does not give it")
    kind: str = Field(description="chi_thi, quyet_dinh, cong_van, ke_hoach, ...")
    kind_vi: str
    title: str | None = Field(description="Trích yếu (subject line)")
    issuer: str
    province: str | None
    level: str = Field(description="national | provincial")
    date: dt.date | None = Field(description="Date of issue; null when unknown (see date_bounds)")
    date_bounds: DateBounds | None = None
    provenance: str = Field(description="official_text | news_report | reconstructed | secondary_summary | reference_only")
    citation: str = Field(description="Vietnamese citation: kind, number, date, issuer")


class ActorRef(View):
    id: str
    name: str
    kind: str
    level: str


class ResponsibleView(View):
    title: str
    source: str = Field(description="text: the text names this head; taxonomy: the head of the bound agency")


class PartyView(View):
    actor: ActorRef | None = None
    title: str | None = None


class QuoteView(View):
    text: str
    source: str | None = Field(description="Source file the quote is checked against")


class DeadlineView(View):
    kind: str
    phrase: str | None = Field(description="The words of the text the deadline was read from")
    due: dt.date | None = Field(description="Last day to be on time, where the text fixes one")
    label: str = Field(description="Vietnamese reading of the deadline")
    period: str | None = None
    every: str | None = None
    start: str | None = Field(None, alias="from")
    until: str | None = None
    anchor: str | None = None
    rule: str | None = None
    note: str | None = None


class TargetView(View):
    metric: str
    metric_name: str
    unit: str
    comparator: str = Field(description="at_least | at_most | above | below | equals")
    value: bool | float
    period: str | None
    due: dt.date | None
    applies_to: list[str] = Field(description="Actor ids the value applies to")
    scope: str = Field(description="each_agency | population_share | aggregate")
    population: list[str]
    answerable: list[str]
    deadline: DeadlineView | None = None
    phrase: str | None
    label: str = Field(description="Vietnamese reading, e.g. '≥ 80% (năm 2014)'")
    note: str | None = None
    modality: str | None = Field(None, description="the target's own modality (must | strive | must_not), "
                                 "when it differs from the obligation's")
    if_agency: list[AgencyCondition] = Field([], description="agency attributes the binding or population needs")
    exceptions: list[ExceptionClause] = []
    cite_as: str | None = None
    conflicts_with: list[Conflict] = []


class ImplementsView(View):
    obligation: str
    document: str | None = Field(description="Symbol of the implemented document")
    clause: str | None
    basis: str = Field(description="stated: the text says so; inferred: the encoder's reading")
    note: str | None = None


class ObligationView(View):
    id: str = Field(description="Stable id: <document id>/<clause path>")
    document: DocumentRef
    key: str
    clause: str | None = Field(description="Clause as written; null when unknown (reconstructed)")
    clause_label: str | None = Field(None, description="The clause as people cite it, smallest unit first")
    kind: str = Field("duty", description="duty | right | definition: only duties are counted as duties")
    actor: list[ActorRef] = Field(description="Who is bound")
    role: str | None = Field(None, description="lead (chủ trì) | support (phối hợp) | null: not split")
    lead: list[ActorRef] = Field([], description="The leading body, when the bound actors support it")
    counterparts: list[ActorRef] = Field([], description="The body on the other side of the duty (not bound by it)")
    actors_inferred: InferredActors | None = Field(None, description="The clause names no actor: whence "
                                                   "the encoder read them")
    if_agency: list[AgencyCondition] = Field([], description="Only agencies with these attributes are bound")
    trigger: Trigger | None = Field(None, description="Binds only when this is reported")
    responsible: ResponsibleView
    cooperating: list[ActorRef]
    accountable_to: PartyView | None
    monitored_by: ActorRef | None
    modality: str = Field(description="must | strive | must_not | may")
    action: dict[str, str] = Field(description="vi: the duty in the text's words; en: a short gloss")
    quote: str | None = Field(description="The main verbatim passage")
    quotes: list[QuoteView]
    deadline: DeadlineView
    targets: list[TargetView]
    exceptions: list[ExceptionClause]
    consequences: list[Consequence]
    implements: list[ImplementsView]
    implemented_by: list[str] = Field(description="Ids of obligations that implement this one")
    verbatim: bool = Field(description="False for reconstructed or secondary documents: action.vi is then a summary")
    notes: list[str]


class DocumentSummary(View):
    document: DocumentRef
    obligations: int
    validity: str | None
    replaced_by: str | None
    provenance_note: str | None
    relations: list[dict[str, str | None]]


def document_ref(document: Document) -> DocumentRef:
    date = document.date
    bounds = None
    if date and not date.exact and (date.on_or_after or date.on_or_before):
        bounds = DateBounds(on_or_after=date.on_or_after, on_or_before=date.on_or_before)
    return DocumentRef(
        id=document.id, symbol=document.symbol, kind=document.kind.value, kind_vi=document.kind_vi,
        title=document.title, issuer=document.issuer.name, province=document.province,
        level=document.level.value, date=date.exact if date else None, date_bounds=bounds,
        provenance=document.provenance.kind.value, citation=document.citation(),
    )


def document_summary(catalogue: Catalogue, document: Document) -> DocumentSummary:
    validity = document.validity
    return DocumentSummary(
        document=document_ref(document),
        obligations=catalogue.obligation_count(document.id),
        validity=validity.status.value if validity else None,
        replaced_by=validity.replaced_by if validity else None,
        provenance_note=document.provenance.note,
        relations=[{"type": r.type.value, "type_vi": RELATION_VI[r.type], "target": r.target,
                    "basis": r.basis.value} for r in document.relations],
    )


def _actor(catalogue: Catalogue, actor_id: str | None) -> ActorRef | None:
    if actor_id is None:
        return None
    actor = catalogue.actors.get(actor_id)
    if actor is None:
        return ActorRef(id=actor_id, name=actor_id, kind="unknown", level="any")
    return ActorRef(id=actor.id, name=actor.name, kind=actor.kind, level=actor.level.value)


def deadline_label(deadline: Deadline) -> str:
    kind = deadline.kind
    due = deadline.due
    if kind == DeadlineKind.by_date:
        return f"chậm nhất {format_date_vi(due)}"
    if kind == DeadlineKind.before_date:
        return f"trước ngày {format_date_vi(deadline.date)} (hạn cuối {format_date_vi(due)})"
    if kind == DeadlineKind.end_of_period:
        return f"đến hết {parse_period(deadline.period).label_vi()} ({format_date_vi(due)})"
    if kind == DeadlineKind.before_period:
        return f"trước {parse_period(deadline.period).label_vi()} (hạn cuối {format_date_vi(due)})"
    if kind == DeadlineKind.from_period:
        until = f" đến {parse_period(deadline.until).label_vi()}" if deadline.until else ""
        return f"từ {parse_period(deadline.period).label_vi()}{until}, duy trì hằng kỳ"
    if kind == DeadlineKind.recurring:
        every = {"year": "hằng năm", "half_year": "6 tháng", "quarter": "hằng quý", "month": "hằng tháng",
                 "unspecified": "định kỳ (kỳ không quy định)"}[deadline.every]
        until = f" đến hết {parse_period(deadline.until).label_vi()}" if deadline.until else ""
        return (f"định kỳ {every}" if deadline.every != "unspecified" else every) + until
    if kind == DeadlineKind.relative:
        return {
            "same_day_or_next_working_morning": "ngay trong ngày ký, chậm nhất sáng ngày làm việc tiếp theo",
        }.get(deadline.rule, deadline.phrase or deadline.rule or "")
    until = f" đến hết {parse_period(deadline.until).label_vi()}" if deadline.until else ""
    if kind == DeadlineKind.from_date:
        return f"áp dụng từ ngày {format_date_vi(deadline.date)}{until}"
    return {
        DeadlineKind.urgent: "khẩn trương (không ấn định ngày)",
        DeadlineKind.continuing: "thường xuyên" + until,
        DeadlineKind.once: "thực hiện một lần, văn bản không ấn định ngày",
        DeadlineKind.none: "không quy định thời hạn",
    }[kind]


def deadline_view(deadline: Deadline) -> DeadlineView:
    return DeadlineView(
        kind=deadline.kind.value, phrase=deadline.phrase, due=deadline.due, label=deadline_label(deadline),
        period=deadline.period, every=deadline.every, start=deadline.start, until=deadline.until,
        anchor=deadline.anchor, rule=deadline.rule, note=deadline.note,
    )


def target_label(catalogue: Catalogue, target: Target) -> str:
    metric = catalogue.metrics.get(target.metric)
    unit = metric.unit if metric else "percent"
    if target.scope.value == "population_share":
        value = f"{target.value:g}% số cơ quan"
    elif isinstance(target.value, bool):
        value = "có" if target.value else "không"
    else:
        value = f"{target.value:g}%" if unit == "percent" else f"{target.value:g}"
    value = value.replace(".", ",")  # Vietnamese decimal comma
    sign = COMPARATOR_SIGN[target.comparator.value] + " " if not isinstance(target.value, bool) else ""
    when = (deadline_label(target.deadline) if target.deadline
            else parse_period(target.period).label_vi() if target.period else "")
    return f"{sign}{value} ({when})" if when else f"{sign}{value}"


def target_view(catalogue: Catalogue, target: Target, obligation: Obligation) -> TargetView:
    metric = catalogue.metrics.get(target.metric)
    return TargetView(
        metric=target.metric, metric_name=metric.name if metric else target.metric,
        unit=metric.unit if metric else "unknown", comparator=target.comparator.value, value=target.value,
        period=target.period, due=target.due, applies_to=target.applies_to or obligation.actors,
        scope=target.scope.value, population=target.population, answerable=target.answerable,
        deadline=deadline_view(target.deadline) if target.deadline else None, phrase=target.phrase,
        label=target_label(catalogue, target), note=target.note,
        modality=target.modality.value if target.modality else None, if_agency=target.if_agency,
        exceptions=target.exceptions, cite_as=target.cite_as, conflicts_with=target.conflicts_with,
    )


def obligation_view(catalogue: Catalogue, obligation: Obligation) -> ObligationView:
    document = catalogue.document_of(obligation)
    implements = []
    for link in obligation.implements:
        target = catalogue.obligations.get(link.obligation)
        target_doc = catalogue.documents.get(target.document_id) if target else None
        implements.append(ImplementsView(
            obligation=link.obligation, document=target_doc.symbol if target_doc else None,
            clause=target.clause if target else None, basis=link.basis.value, note=link.note))
    accountable = None
    if obligation.accountable_to:
        accountable = PartyView(actor=_actor(catalogue, obligation.accountable_to.actor),
                                title=obligation.accountable_to.title)
    return ObligationView(
        id=obligation.id, document=document_ref(document), key=obligation.key, clause=obligation.clause,
        clause_label=clause_label(obligation), kind=obligation.clause_kind.value,
        actor=[_actor(catalogue, a) for a in obligation.actors],
        role=obligation.role.value if obligation.role else None,
        lead=[_actor(catalogue, a) for a in obligation.lead],
        counterparts=[_actor(catalogue, a) for a in obligation.counterparts], actors_inferred=obligation.actors_inferred,
        if_agency=obligation.if_agency, trigger=obligation.trigger,
        responsible=ResponsibleView(title=obligation.responsible.title, source=obligation.responsible.source),
        cooperating=[_actor(catalogue, a) for a in obligation.cooperating],
        accountable_to=accountable, monitored_by=_actor(catalogue, obligation.monitored_by),
        modality=obligation.modality.value,
        action={"vi": obligation.action.vi, "en": obligation.action.en},
        quote=obligation.quotes[0].text if obligation.quotes else None,
        quotes=[QuoteView(text=q.text, source=q.source or document.provenance.source) for q in obligation.quotes],
        deadline=deadline_view(obligation.deadline),
        targets=[target_view(catalogue, t, obligation) for t in obligation.targets],
        exceptions=obligation.exceptions, consequences=obligation.consequences,
        implements=implements,
        implemented_by=[o.id for o in catalogue.implemented_by(obligation.id)],
        verbatim=document.provenance.kind in VERBATIM_PROVENANCES,
        notes=obligation.notes,
    )


def modality_vi(obligation: Obligation) -> str:
    return MODALITY_VI[obligation.modality.value]


def provenance_vi(document: Document) -> str:
    return PROVENANCE_VI[document.provenance.kind.value]


def contract_schema() -> dict:
    """JSON Schema of the obligation list that ``--format json`` prints."""
    schema = TypeAdapter(list[ObligationView]).json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "obligations: list of obligations"
    schema["description"] = (f"Contract version {CONTRACT_VERSION}. Output of `obligations query --format json` "
                             "and of obligations.to_json().")
    return schema


def to_jsonable(views: list[View]) -> list[dict]:
    return [v.model_dump(mode="json", by_alias=True) for v in views]
