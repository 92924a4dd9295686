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


class FindingView(_Strict):
    obligation_id: str
    check: str
    kind: Literal["target", "event", "attestation", "consequence"]
    document: DocumentRef
    clause: str | None
    action: str
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
        "members answer together for a figure no one body is given), members, reported, meeting, not_reported. "
        "event: done, date, facts. attestation: attested, facts. consequence: values, facts. "
        "null when nothing was reported."))
    deadline: DeadlineView | None
    responsible: Person
    accountable_to: PartyView | None
    monitored_by: PartyView | None
    explanation: str
    consequence: ConsequenceView | None = None


class EvaluationView(_Strict):
    as_of: str
    period: str
    engine: Literal["durable", "reference"]
    sample_data: bool
    agencies: int
    summary: dict
    findings: list[FindingView]
    # set by the HTTP service (obligations.api), absent from the command line's output:
    catalogue_version: str | None = Field(None, description=(
        "The content hash of the directive files the evaluation used (sha256 of every file)."))
    known_at: str | None = Field(None, description=(
        "The moment (ISO 8601, UTC) of the store's facts the evaluation saw: rows recorded later are left out."))


def findings_schema() -> dict:
    schema = EvaluationView.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "obligations evaluation: findings as at a date"
    return schema
