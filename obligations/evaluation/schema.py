"""The findings JSON, as a public contract: pydantic models that give its JSON Schema.

``obligations schema --findings`` prints it; tests validate every demo finding against it.
Field names are English (systems read them); values users read are Vietnamese.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .findings import STATUSES


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentRef(_Strict):
    id: str
    symbol: str | None
    kind: str
    issuer: str
    date: str | None  # ISO date, None when the text's date is unknown
    citation: str
    provenance: str
    title: str | None = None  # the subject (trích yếu), for a letter's first citation of the text


class AgencyRef(_Strict):
    id: str
    name: str
    kind: str
    province: str


class TargetView(_Strict):
    metric: str
    metric_name: str
    comparator: Literal["at_least", "at_most", "above", "below", "equals"]
    value: float | bool  # percent as written (80 for 80%), or true/false
    unit: str | None
    scope: Literal["each_agency", "population_share", "aggregate"]
    period: str | None
    phrase: str | None
    modality: Literal["must", "strive", "must_not"] | None = None  # the target's own, else the obligation's
    cite_as: str | None = None  # a table cell as people cite it: "STT 1 bảng Lộ trình, cột 2019"


class DeadlineView(_Strict):
    date: str | None
    phrase: str | None
    days_left: int | None  # negative once passed


class Person(_Strict):
    title: str
    name: str | None
    agency_id: str
    agency_name: str
    sample: bool  # the name is sample data


class PartyView(_Strict):
    actor: str | None
    title: str | None
    name: str | None
    agency_id: str | None
    head_name: str | None


class ConsequenceView(_Strict):
    effect: str
    quote: str
    conditions: list[dict]  # metric, metric_name, comparator, value (percent as written)
    any: bool


class RoleView(_Strict):
    role: Literal["lead", "support"]  # chủ trì | phối hợp
    role_vi: str
    lead: list[str]  # names of the leading bodies, when the agency supports
    cooperating: list[str]  # names of the supporting bodies, when the agency leads


class InferredActorsView(_Strict):
    clause: str  # the clause the actors were read from, as people cite it
    obligation: str | None
    reason: str


class ExceptionView(_Strict):
    kind: Literal["secret_excluded", "paper_copy_allowed", "not_technically_ready", "other"]
    quote: str | None
    clause: str | None
    items: list[str]
    needs_review: bool  # kind 'other': the evaluation cannot apply it (status needs_review)
    note: str | None


class ConditionView(_Strict):
    attribute: str  # id in directives/catalogue/attributes.yaml
    name: str
    wanted: bool
    wanted_vi: str  # the attribute worded for the wanted value ("Chưa hoàn thành ...", "Thuộc nhóm còn lại ...")
    recorded: bool | None  # what the registry records on the date; null when unknown (status undecided)


class ConflictView(_Strict):
    with_: str | None = Field(alias="with")  # the other clause's obligation id
    note: str | None


class FindingView(_Strict):
    obligation_id: str
    check: str
    kind: Literal["target", "event", "attestation", "consequence"]
    document: DocumentRef
    clause: str | None
    clause_label: str | None = None  # the clause as people cite it, smallest unit first
    action: str
    modality: Literal["must", "strive", "must_not"] | None = None  # strive: a miss is strive_missed
    quote: str | None
    agency: AgencyRef
    period: str | None
    as_of: str
    status: Literal[STATUSES]  # type: ignore[valid-type]
    status_vi: str
    target: TargetView | None
    actual: dict | None = Field(description=(
        "What was reported. target: value, unit, facts; a population target adds population: scope, reach "
        "('own': the agency and the bodies under it; 'province': every member in the province), joint (the "
        "members answer together for a figure no one body is given), members, reported, meeting, not_reported, "
        "basis ('share'; 'counts': pooled from the members' counts; 'mean_of_ratios': no counts known, the mean "
        "of reported ratios stands in; 'mean'), contributions (agency, name, value, basis; those short of the "
        "target first), unknown (members whose attribute is not recorded), ratio_only. A target of one agency "
        "adds basis: 'reported', 'counts' (derived from its counts) or 'complement'. "
        "event: done, date, facts. attestation: attested, facts. consequence: values, facts. "
        "null when nothing was reported."))
    deadline: DeadlineView | None
    responsible: Person
    accountable_to: PartyView | None
    monitored_by: PartyView | None
    explanation: str
    consequence: ConsequenceView | None = None
    role: RoleView | None = None  # only where the text splits the work (chủ trì / phối hợp)
    actors_inferred: InferredActorsView | None = None  # the clause names no actor: the encoder's reading
    exceptions: list[ExceptionView] | None = None  # the document's, the obligation's and the target's
    conditions: list[ConditionView] | None = None  # agency attributes the binding depends on
    trigger: dict | None = None  # the reported fact that made a conditional duty bind
    conflict: ConflictView | None = None  # status conflict: the other clause


class EvaluationView(_Strict):
    as_of: str
    period: str
    engine: Literal["durable", "reference"]
    sample_data: bool
    agencies: int
    summary: dict
    findings: list[FindingView]


def findings_schema() -> dict:
    schema = EvaluationView.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "obligations evaluation: findings as at a date"
    return schema
