"""The findings and facts JSON, as public contracts: pydantic models that give their JSON Schemas.

``obligations schema --findings`` and ``obligations schema --facts`` print them; tests validate every
demo finding, and facts files, against the printed schemas. Field names and codes are English
(systems read them); the values people read are Vietnamese. Each schema carries an ``$id`` with its
version: a field renamed or removed makes a new major version, a field added a new minor one.

Percentages: the texts write targets in percent, and so do the findings (``78.0`` is 78%). A facts
file follows spreadsheets instead: a plain number for a percent metric is a ratio (``0.78``), a
string with a percent sign a percentage (``"78%"``); the findings echo the facts they used in
percent. Both schemas say so where the numbers stand.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, RootModel, WithJsonSchema

from .facts import KINDS
from .findings import STATUSES

FINDINGS_VERSION = "1.2"
FACTS_VERSION = "1.1"  # 1.1: percentages as the texts write them (80 is 80%; 0.8 read as 80% with a note)
FINDINGS_ID = f"urn:obligations:schema:findings:{FINDINGS_VERSION}"
FACTS_ID = f"urn:obligations:schema:facts:{FACTS_VERSION}"

Unit = Literal["percent", "boolean", "count"]
#: an ISO date (YYYY-MM-DD): 'format: date' in the schema; the readers check the date itself and say what is
#: wrong with it in their own words (letters/inputs.py, facts.py)
IsoDate = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]
Status = Literal[STATUSES]  # type: ignore[valid-type]
_PERCENT = ("In the metric's unit as the texts write it: percent metrics in percent (78.0 is 78%), yes/no "
            "metrics 1 or 0, counts as counts.")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentRef(_Strict):
    """The document that gives the duty."""

    id: str = Field(description="Stable document id (ubnd-khanh-hoa/12-ct-ubnd-2013).")
    symbol: str | None = Field(description="Number and symbol (12/CT-UBND); null when the text's number is unknown.")
    kind: str = Field(description="Kind of document in Vietnamese (Chỉ thị, Quyết định, Công văn, Kế hoạch).")
    issuer: str = Field(description="Issuing body, in Vietnamese.")
    date: IsoDate | None = Field(description="Date of issue; null when the text's date is unknown.")
    citation: str = Field(description="The document as people cite it, in Vietnamese "
                                      "(Chỉ thị 12/CT-UBND ngày 31/07/2013 của Ủy ban nhân dân tỉnh Khánh Hòa).")
    provenance: Literal["official_text", "news_report", "reconstructed", "secondary_summary", "reference_only"] = Field(
        description="Where the encoded text comes from: the official text, a news report of it, a reconstruction "
                    "or a summary from secondary sources.")
    title: str | None = Field(None, description="The subject (trích yếu), for a letter's first citation of the text.")


class AgencyRef(_Strict):
    """The agency the finding is about."""

    id: str = Field(description="Agency id of the registry.")
    name: str = Field(description="Agency name, in Vietnamese.")
    kind: str = Field(description="Actor id of its kind (so-tu-phap, ubnd-huyen, ubnd-xa...): `obligations actors`.")
    province: str = Field(description="Province, as the directive files name it.")


class TargetView(_Strict):
    """The target checked (kind 'target')."""

    metric: str = Field(description="Metric id: `obligations metrics`.")
    metric_name: str = Field(description="Metric name, in Vietnamese.")
    comparator: Literal["at_least", "at_most", "above", "below", "equals"] = Field(
        description="How the figure is compared with the value: at_least (≥), at_most (≤), above (>), below (<), "
                    "equals.")
    value: float | bool = Field(description="The level to reach. Percent metrics in percent as the text writes it "
                                            "(80 is 80%, not 0.80); yes/no metrics true or false; counts as counts.")
    unit: Unit | None = Field(description="Unit of the metric: percent, boolean (yes/no) or count.")
    scope: Literal["each_agency", "population_share", "aggregate"] = Field(
        description="each_agency: the agency's own figure; population_share: the share (percent) of a population of "
                    "bodies that meet it; aggregate: one province-wide figure, pooled from the bodies' counts (or the mean of reported ratios where no counts are known).")
    period: str | None = Field(description="Period of the target: 2014, 2014-H1 (first half; H2 the second), 2014-Q2, 2014-06 or 2013..2015.")
    phrase: str | None = Field(description="The words of the text the target was read from.")
    modality: Literal["must", "strive", "must_not"] | None = Field(
        None, description="The target's own modality where it differs from the obligation's (strive: phấn đấu; a "
                          "miss is strive_missed, not a breach).")
    cite_as: str | None = Field(None, description="A table cell as people cite it: \"STT 1 bảng Lộ trình, cột 2019\".")


class DeadlineView(_Strict):
    """When the duty falls due."""

    date: IsoDate | None = Field(description="Due date; null when the text gives none.")
    phrase: str | None = Field(description="The words of the text the date was read from.")
    days_left: int | None = Field(description="Days from the as-of date to the due date; negative once passed.")


class Person(_Strict):
    """The head who answers for the finding, as at the as-of date."""

    title: str = Field(description="Title, in Vietnamese (Giám đốc Sở Tư pháp).")
    name: str | None = Field(description="Name, when the registry gives it.")
    agency_id: str = Field(description="Agency id of the body this head leads.")
    agency_name: str = Field(description="Name of that body.")
    sample: bool = Field(description="True when the name is sample data, not a real person.")


class PartyView(_Strict):
    """A body the text names as answerable to, or as monitoring."""

    actor: str | None = Field(description="Actor id of the body's kind.")
    title: str | None = Field(description="Title of its head, in Vietnamese.")
    name: str | None = Field(description="Name of the body, in Vietnamese.")
    agency_id: str | None = Field(description="Agency id of the body in the registry, when there is exactly one.")
    head_name: str | None = Field(description="Name of its head, when the registry gives it.")


class Condition(_Strict):
    metric: str = Field(description="Metric id.")
    metric_name: str = Field(description="Metric name, in Vietnamese.")
    comparator: Literal["at_least", "at_most", "above", "below", "equals"] = Field(description="See target.")
    value: float = Field(description="Threshold, in percent as the text writes it.")


class ConsequenceView(_Strict):
    """The consequence the text attaches (kind 'consequence')."""

    effect: str = Field(description="What follows, in the text's Vietnamese.")
    quote: str = Field(description="The clause, verbatim.")
    conditions: list[Condition] = Field(description="The thresholds that trigger it.")
    any: bool = Field(description="True: any one condition triggers it; false: all must hold.")


class RoleView(_Strict):
    """Where the text splits the work: who leads (chủ trì) and who supports (phối hợp)."""

    role: Literal["lead", "support"] = Field(description="lead (chủ trì) or support (phối hợp).")
    role_vi: str = Field(description="The role in Vietnamese.")
    lead: list[str] = Field(description="Names of the leading bodies, when the agency supports.")
    cooperating: list[str] = Field(description="Names of the supporting bodies, when the agency leads.")


class InferredActorsView(_Strict):
    """The clause names no actor: where the encoder read the actor from."""

    clause: str = Field(description="The clause the actors were read from, as people cite it.")
    obligation: str | None = Field(description="The obligation id of that clause, when encoded.")
    reason: str = Field(description="Why the encoder read it so.")


class ExceptionView(_Strict):
    """An exception of the document, the obligation or the target."""

    kind: Literal["secret_excluded", "paper_copy_allowed", "not_technically_ready", "other"] = Field(
        description="secret_excluded (secret documents are left out of the ratio), paper_copy_allowed (kinds of "
                    "document that may still go on paper), not_technically_ready, other.")
    quote: str | None = Field(description="The text's words for it, verbatim.")
    clause: str | None = Field(description="Where the exception is written, as people cite it.")
    items: list[str] = Field(description="The kinds of document listed, for paper_copy_allowed.")
    needs_review: bool = Field(description="Kind 'other': the evaluation cannot apply it (status needs_review).")
    note: str | None = Field(description="The encoder's note.")


class ConditionView(_Strict):
    """An agency attribute the binding depends on."""

    attribute: str = Field(description="Attribute id (directives/catalogue/attributes.yaml).")
    name: str = Field(description="Attribute name, in Vietnamese.")
    wanted: bool = Field(description="The value the text requires for the agency to be bound.")
    wanted_vi: str = Field(description="The attribute worded for the wanted value (\"Chưa hoàn thành ...\", "
                                       "\"Thuộc nhóm còn lại ...\").")
    recorded: bool | None = Field(description="What the registry records on the date; null when unknown "
                                              "(status undecided).")


class ConflictView(_Strict):
    """Two clauses set different values for the same figure: the other clause."""

    with_: str | None = Field(alias="with", description="The other clause's obligation id.")
    note: str | None = Field(description="The encoder's note on the conflict.")


class SuccessionStep(_Strict):
    agency: str = Field(description="Id of the body that took the functions over at this step.")
    change: Literal["merged", "renamed", "split", "abolished"] = Field(description="How the functions passed.")
    from_: IsoDate = Field(alias="from", description="The first day the successor bore them.")
    source: str | None = Field(description="The act that decided it, as cited.")
    verified: bool = Field(description="Whether the fact was checked against that source.")


class SucceededFrom(_Strict):
    """The duty was given to a body that has since ceased; the finding's agency bears it as its successor."""

    agency: AgencyRef = Field(description="The body the text bound (it no longer exists on the date).")
    change: Literal["merged", "renamed", "split", "abolished"] = Field(description=(
        "merged, renamed, split (functions shared between successors: see 'functions') or abolished (its "
        "functions given to the successor)."))
    from_: IsoDate = Field(alias="from", description="The first day the first successor bore its functions.")
    source: str | None = Field(description="The act that decided the first step, as cited.")
    verified: bool = Field(description="True only when every step of the chain is verified.")
    functions: str | None = Field(description="Which functions passed, where the registry says (a split).")
    chain: list[SuccessionStep] = Field(description="Every step from the body the text bound to this agency "
                                                    "(A → B → C).")


class Notice(BaseModel):
    """What changed by the date evaluated (or the date itself), said once before any table or letter."""

    model_config = ConfigDict(extra="allow")
    code: Literal["as_of_today", "document_ended", "document_end_undated", "horizon_passed", "province_merged",
                  "succession", "no_successor"] = Field(description=(
        "as_of_today: no date was asked for, the evaluation is as at today (command line only); "
        "document_ended: a text ended (replaced, repealed, expired) on 'until': no finding for later periods; "
        "document_end_undated: a text is recorded as ended with no date: still evaluated; horizon_passed: the "
        "date is past the text's horizon: its recurring duties stop there; province_merged: a province's registry "
        "ended and its texts bind the successor province's bodies; succession: bodies that ceased and who bears "
        "their duties ('agencies', 'successors'); no_successor: bodies that ceased with no successor recorded "
        "(their duties are in 'unassigned')."))
    text: str = Field(description="The notice for people (Vietnamese, English on request). Other fields: details "
                                  "by code (document, until, replaced_by, source, verified, agencies, successors...).")


class Unassigned(_Strict):
    """A body that ceased with no successor recorded: the texts' duties it would bear are borne by no one."""

    agency: AgencyRef = Field(description="The body.")
    ceased: IsoDate | None = Field(description="The last day it existed (its chain's end, when it had successors).")
    last_body: dict | None = Field(description="Where a chain of successors ends with no successor: that body "
                                               "(id, name); null when it is the body itself.")
    note: str | None = Field(description="The registry's note on its end.")
    duties: int = Field(description="How many duties (checks and periods) the texts give it for the periods "
                                        "after it ceased, up to the date: borne by no one.")
    checks: list[str] = Field(description="The check ids of those duties.")


class FindingView(_Strict):
    """One duty of one agency for one period, as at the date: its status and why."""

    obligation_id: str = Field(description="Obligation id (document id and clause path): `obligations show ID`.")
    check: str = Field(description="Check id: the obligation id and #t0 (first target), #event, #attest or #c0.")
    kind: Literal["target", "event", "attestation", "consequence"] = Field(
        description="target: a figure against a level; event: a duty done by a date; attestation: a qualitative "
                    "duty confirmed for the period; consequence: what the text makes follow from the figures.")
    document: DocumentRef = Field(description="The document that gives the duty, as cited.")
    clause: str | None = Field(description="Clause label as the text numbers it (2.g, 19.2); null when unknown.")
    clause_label: str | None = Field(None, description="The clause as people cite it, smallest unit first "
                                                       "(\"điểm g mục 2\", \"khoản 2 Điều 19\").")
    action: str = Field(description="The duty, in Vietnamese.")
    modality: Literal["must", "strive", "must_not"] | None = Field(
        None, description="must, strive (phấn đấu: a miss is strive_missed) or must_not; the target's own where it "
                          "has one.")
    quote: str | None = Field(description="The first verbatim quote of the clause.")
    agency: AgencyRef = Field(description="The agency bound by the duty.")
    period: str | None = Field(description="Period of this instance: 2014, 2014-H1, 2014-Q2...; null for a one-off duty.")
    as_of: IsoDate = Field(description="The date the evaluation is as at.")
    status: Status = Field(description="met, met_late, unmet, strive_missed (a target to strive for, missed), "
                                       "pending, no_data (nothing reported: never counted as met), attested, "
                                       "not_attested, triggered, undecided (the binding depends on an agency attribute "
                                       "the registry does not record), needs_review (an exception a reviewer must "
                                       "judge), conflict (two clauses set different values for the same figure).")
    status_vi: str = Field(description="The status in Vietnamese (Đạt, Chưa đạt, Chưa báo cáo...).")
    target: TargetView | None = Field(description="The target checked; null unless kind is 'target'.")
    actual: dict | None = Field(description=(
        "What was reported. target: value (" + _PERCENT + "), unit, facts; a population target adds population: "
        "scope, reach ('own': the agency and the bodies under it; 'province': every member in the province), joint "
        "(the members answer together for a figure no one body is given), members, reported, meeting, not_reported, "
        "basis ('share'; 'counts': pooled from the members' counts; 'mean_of_ratios': no counts known, the mean of "
        "reported ratios stands in; 'mean'), contributions (agency, name, value, basis; those short of the target "
        "first), unknown (members whose attribute is not recorded), ratio_only. A target of one agency adds basis: "
        "'reported', 'counts' (derived from its counts) or 'complement'. event: done, date, facts. attestation: "
        "attested, facts. consequence: values, facts. Each fact as in the facts schema, but with value "
        + _PERCENT + " null when nothing was reported."))
    deadline: DeadlineView | None = Field(description="When it falls due; null when the text gives no date.")
    responsible: Person = Field(description="The head who answers for the finding as at the date: the agency's own, "
                                            "or the answerable body's (a commune's 1.a target: its district's chairman).")
    accountable_to: PartyView | None = Field(description="The body the text makes the agency answer to.")
    monitored_by: PartyView | None = Field(description="The body that monitors the duty (usually Sở TT&TT).")
    explanation: str = Field(description="The finding in one Vietnamese sentence, to paste into a letter.")
    consequence: ConsequenceView | None = Field(None, description="Present when kind is 'consequence'.")
    role: RoleView | None = Field(None, description="Only where the text splits the work: lead (chủ trì) or "
                                                    "support (phối hợp) and who leads.")
    actors_inferred: InferredActorsView | None = Field(None, description="The clause names no actor: the clause "
                                                                         "the encoder read it from, and why.")
    exceptions: list[ExceptionView] | None = Field(None, description="Exceptions of the document, the obligation "
                                                                     "and the target.")
    conditions: list[ConditionView] | None = Field(None, description="Agency attributes the binding depends on.")
    trigger: dict | None = Field(None, description="The reported fact that made a conditional duty bind.")
    conflict: ConflictView | None = Field(None, description="Status conflict: the other clause.")
    succeeded_from: SucceededFrom | None = Field(None, description=(
        "Present when the text bound a body that has ceased: the agency bears the duty as its successor "
        "(\"kế thừa chức năng của ...\", also in the explanation)."))


class Counts(_Strict):
    """Number of findings by status; a status with none is left out."""

    met: int | None = Field(None, description="Met (Đạt).")
    met_late: int | None = Field(None, description="A one-off duty done after its deadline (Hoàn thành chậm).")
    unmet: int | None = Field(None, description="Deadline passed, target missed or duty reported not done (Chưa đạt).")
    pending: int | None = Field(None, description="Not yet due (Chưa đến hạn).")
    no_data: int | None = Field(None, description="Deadline passed, nothing reported (Chưa báo cáo).")
    attested: int | None = Field(None, description="Qualitative duty confirmed (Có xác nhận thực hiện).")
    not_attested: int | None = Field(None, description="Qualitative duty not confirmed (Chưa xác nhận thực hiện).")
    triggered: int | None = Field(None, description="A consequence applies (Phải chịu trách nhiệm).")
    strive_missed: int | None = Field(None, description="A target to strive for, missed (Chưa đạt mục tiêu phấn đấu).")
    undecided: int | None = Field(None, description="Binding undecided: an agency attribute is not recorded.")
    needs_review: int | None = Field(None, description="Not evaluated: an exception a reviewer must judge.")
    conflict: int | None = Field(None, description="Two clauses set different values for the same figure.")


class AgencyCounts(_Strict):
    agency: str = Field(description="Agency id.")
    name: str = Field(description="Agency name.")
    head: str = Field(description="Title of its head.")
    head_name: str | None = Field(description="Name of its head, when known.")
    head_sample: bool = Field(description="True when the head's name is sample data.")
    counts: Counts = Field(description="Its findings by status.")


class HeadCounts(_Strict):
    title: str = Field(description="Title of the head who answers (a district chairman also for his communes' "
                                   "targets the text gives the district).")
    name: str | None = Field(description="Name, when known.")
    sample: bool = Field(description="True when the name is sample data.")
    agency: str = Field(description="Agency id of the body this head leads.")
    agency_name: str = Field(description="Its name.")
    counts: Counts = Field(description="The findings this head answers for, by status.")


class ObligationCounts(_Strict):
    check: str = Field(description="Check id.")
    obligation_id: str = Field(description="Obligation id.")
    clause: str | None = Field(description="Clause label.")
    document: str | None = Field(description="Document symbol.")
    citation: str = Field(description="Document and clause as people cite them, in Vietnamese.")
    duty: str = Field(description="What is checked, in a few Vietnamese words.")
    counts: Counts = Field(description="Its findings over all agencies, by status.")


class Summary(_Strict):
    """Counts of the findings: in all, per agency, per head who answers and per obligation."""

    totals: Counts = Field(description="All findings by status.")
    agencies: list[AgencyCounts] = Field(description="Per agency, in administrative order.")
    heads: list[HeadCounts] = Field(description="Per head who answers.")
    obligations: list[ObligationCounts] = Field(description="Per check of an obligation.")


class EvaluationView(_Strict):
    """Output of `obligations evaluate --format json` and of Evaluation.to_dict()."""

    as_of: IsoDate = Field(description="The date the evaluation is as at.")
    period: str = Field(description="Period of the qualitative duties' attestations (the last full year by default).")
    engine: Literal["durable", "reference"] = Field(description="The rule engine that decided the statuses.")
    sample_data: bool = Field(description="True when the agencies are sample data: not to be sent.")
    agencies: int = Field(description="Number of agencies evaluated: the bodies that exist on the date (a ceased "
                                      "body's successors stand in for it).")
    notices: list[Notice] = Field(default_factory=list, description=(
        "What changed by the date and what the evaluation did about it (documents ended, horizons passed, "
        "provinces merged, bodies succeeded or with no successor); empty when nothing did."))
    unassigned: list[Unassigned] = Field(default_factory=list, description=(
        "Bodies selected that ceased with no successor recorded: never silently dropped."))
    summary: Summary = Field(description="Counts of the findings.")
    findings: list[FindingView] = Field(default_factory=list, description="The findings, by agency in "
                                        "administrative order; left out with `--summary`.")
    # set by the HTTP service (obligations.api), absent from the command line's output:
    catalogue_version: str | None = Field(None, description=(
        "The content hash of the directive files the evaluation used (sha256 of every file)."))
    known_at: str | None = Field(None, description=(
        "The moment (ISO 8601, UTC) of the store's facts the evaluation saw: rows recorded later are left out."))


class FactRecord(_Strict):
    """One fact an agency reports (one row of a CSV or Excel file; Vietnamese column names are also accepted
    there: loại, cơ quan, chỉ tiêu, nhiệm vụ, kỳ, giá trị, ngày, ngày báo cáo, nguồn, ghi chú)."""

    type: Literal[KINDS] | None = Field(None, description=(  # type: ignore[valid-type]
        "value: a metric's figure for a period; event: a duty done on a date (or, with value 'no', reported not "
        "done); attestation: a qualitative duty confirmed (yes) or not (no) for a period. Inferred when left out."))
    agency: str = Field(description="Agency id of the registry (`obligations agencies`).")
    metric: str | None = Field(None, description="value: the metric id (`obligations metrics`).")
    obligation: str | None = Field(None, description="event and attestation: the obligation id, or the document and "
                                                     "clause as people cite them.")
    period: str | int | None = Field(None, description="2014, 2014-H1 (first half; H2 the second), 2014-Q2, 2014-06 or 2013..2015; all but one-off events.")
    value: float | str | bool | None = Field(None, description=(
        "value: for a percent metric the percentage as the texts write it, 78 or '78%' (the directive files' "
        "convention); a ratio between 0 and 1 without a sign (0.78) is read as 78% and the answer's 'notes' say so; "
        "write '0.78%' for a real 0.78%. The findings give the figure in percent (78.0). Yes/no metrics, events "
        "and attestations: yes/no, có/không, true/false, 1/0."))
    date: IsoDate | None = Field(None, description="event: the day the duty was done (YYYY-MM-DD).")
    reported: IsoDate | None = Field(None, description="When it was reported: unknown before that day; a later "
                                                       "report supersedes an earlier one.")
    source: str | None = Field(None, description="Where the figure comes from (the report's number and symbol).")
    note: str | None = Field(None, description="Free text.")


class FactsFile(RootModel[Union[list[FactRecord], "FactsObject"]]):
    """A facts JSON file: a list of facts, or an object with a 'facts' list."""


class FactsObject(_Strict):
    facts: list[FactRecord] = Field(description="The facts, one object each.")


FactsFile.model_rebuild()


def _with_identity(schema: dict, schema_id: str, version: str, title: str, description: str) -> dict:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": schema_id, "title": title,
            "description": description, "version": version, **{k: v for k, v in schema.items()
                                                                 if k not in ("title", "description")}}


def findings_schema() -> dict:
    return _with_identity(EvaluationView.model_json_schema(), FINDINGS_ID, FINDINGS_VERSION,
                          "obligations evaluation: findings as at a date",
                          f"Contract version {FINDINGS_VERSION}. " + (EvaluationView.__doc__ or "").strip())


def facts_schema() -> dict:
    return _with_identity(FactsFile.model_json_schema(), FACTS_ID, FACTS_VERSION,
                          "obligations facts: what agencies report",
                          f"Contract version {FACTS_VERSION}. Input of `obligations evaluate --facts FILE.json` and "
                          "of obligations.facts_from_records(). " + (FactsFile.__doc__ or "").strip())
