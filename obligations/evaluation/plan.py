"""From obligations and agencies to the questions the engine must answer, as at a date.

``checks_of`` turns each obligation into checks (static, once per catalogue): one per target; one
for a duty with a fixed deadline and no target (an event); one for a qualitative duty (an
attestation); one per consequence. ``Planner`` binds checks to agencies for an as-of date: an
obligation binds an agency when the actor matches its kind (through the taxonomy), the document's
territory covers it, the document was in force and the agency existed in the period. Each
instance is one (check, agency, period) the engine gives a status to.
"""

from __future__ import annotations

import datetime as dt
import operator
import threading
from dataclasses import dataclass, replace

from .agencies import Agency, Registry
from ..catalogue.load import Catalogue
from .facts import Fact, FactSnapshot
from ..catalogue.model import DeadlineKind, Document, Modality, Obligation, Scope, Target
from ..catalogue.periods import parse_period, period_step, period_text
from ..catalogue.text import fold

FIXED_DUE = {DeadlineKind.by_date, DeadlineKind.before_date, DeadlineKind.end_of_period, DeadlineKind.before_period}

#: Why a question is held back from the ordinary rules; the engine reports the hold as the status.
HOLD_UNDECIDED = 1  # an attribute the binding depends on is not in the registry
HOLD_REVIEW = 2  # an exception of kind 'other' the evaluation cannot apply
HOLD_CONFLICT = 3  # two clauses give the same agency two values for the same metric and period
HOLD_STATUS = {HOLD_UNDECIDED: "undecided", HOLD_REVIEW: "needs_review", HOLD_CONFLICT: "conflict"}


@dataclass(frozen=True)
class Check:
    id: str  # obligation id + "#t0" (target), "#event", "#attest", "#c0" (consequence)
    kind: str  # target | event | attestation | consequence
    obligation: Obligation
    document: Document
    target: Target | None = None
    target_index: int | None = None
    metric: str | None = None  # the metric the rule reads; "share:x" / "mean:x" for population targets
    comparator: str | None = None
    value: float | None = None
    conditions: tuple = ()  # consequence: ((metric, comparator, value), ...)
    any_of: bool = False
    consequence_index: int | None = None
    modality: str = "must"  # the target's own, else the obligation's: a missed strive is not a breach
    if_agency: tuple = ()  # AgencyCondition: only agencies meeting them are bound
    review: bool = False  # an exception of kind 'other' applies: needs a reviewer
    conflict_periods: frozenset = frozenset()  # periods reported once as a conflict between two clauses
    conflict_with: str | None = None  # the other clause's obligation id
    dropped_periods: frozenset = frozenset()  # periods whose conflict the other clause's check reports
    until: dt.date | None = None  # the document's last day in force (an amending text's: the amended one's)


@dataclass
class Population:
    """The figure of a population target for one answerable agency, and what it was computed from."""

    scope: str
    reach: str  # "own": the answerable agency and the bodies under it; "province": every member in the province
    members: list[str]
    reported: list[str]
    meeting: list[str]  # population_share: members whose yes/no value is yes
    value: float | None  # share (percent), pooled ratio or mean; None when no member reported
    joint: bool = False  # the answerable bodies are members themselves and answer for the figure together
    basis: str = "share"  # share | counts (pooled from counts) | mean_of_ratios (no counts known) | mean
    contributions: tuple = ()  # (agency id, value or None, "counts" | "ratio" | "value" | None), worst first
    unknown: tuple = ()  # members whose attribute (if_agency) the registry does not record
    ratio_only: tuple = ()  # pooled from counts: members that reported a ratio but no counts
    facts: tuple = ()  # the reported facts the figure was computed from


def value_of(boolean_or_number) -> float:
    return 1.0 if boolean_or_number is True else 0.0 if boolean_or_number is False else float(boolean_or_number)


def document_ends(catalogue: Catalogue) -> dict[str, dt.date]:
    """Each document's last day in force, where known: its ``in_force_until``; an amending text
    lapses with the text it amends (it has no life of its own), whichever comes first."""
    cached = catalogue.__dict__.get("_document_ends")
    if cached is not None:
        return cached
    ends = {d.id: d.validity.in_force_until for d in catalogue.documents.values()
            if d.validity and d.validity.in_force_until}
    changed = True
    while changed:  # an amendment of an amendment: follow until nothing moves (bounded by the dates)
        changed = False
        for document in catalogue.documents.values():
            end = ends.get(document.id)
            if end is None or not document.validity:
                continue
            for amending in document.validity.amended_by:
                if amending in catalogue.documents and (amending not in ends or ends[amending] > end):
                    ends[amending] = end
                    changed = True
    catalogue.__dict__["_document_ends"] = ends
    return ends


def _compile_checks(catalogue: Catalogue) -> tuple[Check, ...]:
    ends = document_ends(catalogue)
    return tuple(replace(c, until=ends.get(c.document.id)) if c.document.id in ends else c
                 for c in _document_checks(catalogue))


def _document_checks(catalogue: Catalogue) -> tuple[Check, ...]:
    out: list[Check] = []
    for obligation in catalogue.obligations.values():
        if not obligation.is_duty:
            continue  # a right or a definition is not a duty
        document = catalogue.documents[obligation.document_id]
        review = (any(e.needs_review for e in document.exceptions)
                  or any(e.needs_review for e in obligation.exceptions))
        for index, target in enumerate(obligation.targets):
            metric = target.metric
            if target.scope == Scope.population_share:
                metric = f"share:{metric}"
            elif target.scope == Scope.aggregate:
                metric = f"mean:{metric}"
            # A target's own conditions limit who is bound (each agency) or who is counted (populations).
            own = tuple(target.if_agency) if target.scope == Scope.each_agency else ()
            out.append(Check(f"{obligation.id}#t{index}", "target", obligation, document, target, index,
                             metric, target.comparator.value, value_of(target.value),
                             modality=(target.modality or obligation.modality).value,
                             if_agency=tuple(obligation.if_agency) + own,
                             review=review or any(e.needs_review for e in target.exceptions)))
        if not obligation.targets or _own_event(obligation):
            deadline = obligation.deadline
            kind = ("event" if deadline.kind in FIXED_DUE or deadline.kind == DeadlineKind.once
                    or deadline._cycle()[0] is not None else "attestation")
            suffix = "#event" if kind == "event" else "#attest"
            out.append(Check(f"{obligation.id}{suffix}", kind, obligation, document,
                             modality=obligation.modality.value, if_agency=tuple(obligation.if_agency),
                             review=review))
        for index, consequence in enumerate(obligation.consequences):
            conditions = consequence.when.all or consequence.when.any
            out.append(Check(
                f"{obligation.id}#c{index}", "consequence", obligation, document,
                conditions=tuple((c.metric, c.comparator.value, value_of(c.value)) for c in conditions),
                any_of=bool(consequence.when.any), consequence_index=index,
                if_agency=tuple(obligation.if_agency)))
    return tuple(_mark_conflicts(out))


def _own_event(obligation: Obligation) -> bool:
    """Whether a duty with targets has a deadline of its own besides theirs: one act, once or by a
    date no target shares (Khánh Hòa 2.g: the roadmap is drawn up once; its 70% is due by 2015), so
    that act is checked as well as the figures."""
    deadline = obligation.deadline
    if deadline.kind == DeadlineKind.once:
        return True
    if deadline.kind in (DeadlineKind.by_date, DeadlineKind.before_date) and deadline.date is not None:
        return all(target.due != deadline.date for target in obligation.targets)
    return False


def _target_period(target: Target) -> str | None:
    if target.period:
        return target.period
    return str(target.due.year) if target.due else None


def _mark_conflicts(checks: list[Check]) -> list[Check]:
    """A conflict between two clauses is reported once: on the check that marks it ("undecided"),
    the other check's instances of that period yield nothing; where one clause prevails, only it
    is evaluated for that period."""
    by_id = {c.id: c for c in checks}
    for check in [c for c in checks if c.target is not None and c.target.conflicts_with]:
        period = _target_period(check.target)
        for conflict in check.target.conflicts_with:
            other = _other_target_check(by_id, conflict, check.target.metric, period)
            if other is None or period is None:
                continue
            mine = by_id[check.id]
            if conflict.prevails == "undecided":
                by_id[check.id] = replace(mine, conflict_periods=mine.conflict_periods | {period},
                                          conflict_with=conflict.obligation)
                by_id[other.id] = replace(other, dropped_periods=other.dropped_periods | {period})
            elif conflict.prevails == "this":
                by_id[other.id] = replace(other, dropped_periods=other.dropped_periods | {period})
            else:
                by_id[check.id] = replace(mine, dropped_periods=mine.dropped_periods | {period})
    return [by_id[c.id] for c in checks]


def _other_target_check(by_id: dict, conflict, metric: str, period: str | None) -> Check | None:
    candidates = [c for c in by_id.values() if c.obligation.id == conflict.obligation and c.target is not None]
    if conflict.target is not None:
        candidates = [c for c in candidates if c.target_index == conflict.target]
    else:
        candidates = [c for c in candidates if c.target.metric == metric]
        same_period = [c for c in candidates if _target_period(c.target) == period]
        candidates = same_period or candidates
    return candidates[0] if candidates else None


def checks_of(catalogue: Catalogue) -> tuple[Check, ...]:
    """The checks of every obligation, computed once per catalogue (kept on it)."""
    cached = catalogue.__dict__.get("_checks")
    if cached is None:
        cached = catalogue.__dict__["_checks"] = _compile_checks(catalogue)
    return cached


def evaluation_period(as_of: dt.date) -> str:
    """The last calendar year that has ended by the as-of date: 2014 for 15/01/2015."""
    return str(as_of.year if (as_of.month, as_of.day) == (12, 31) else as_of.year - 1)


# ---------------------------------------------------------------------------------------------
# Binding


def in_force(document: Document, first: dt.date, last: dt.date, until: dt.date | None = None) -> bool:
    """Whether the document was in force on a day of [first, last]; ``until`` is its last day when
    known from elsewhere (an amending text's end is the amended text's)."""
    start = document.date.earliest if document.date else None
    if document.validity and document.validity.in_force_from:
        start = document.validity.in_force_from
    own = document.validity.in_force_until if document.validity else None
    until = min(d for d in (own, until) if d) if (own or until) else None
    return (start is None or start <= last) and (until is None or first <= until)


def covers(document: Document, agency: Agency) -> bool:
    if document.level == "national" or not document.province:
        return True
    return fold(document.province) == fold(agency.province)


def matches(catalogue: Catalogue, actors: list[str], kind: str) -> bool:
    """Whether an obligation addressed to ``actors`` binds agencies of this kind (through the taxonomy)."""
    cache = catalogue.__dict__.setdefault("_match_cache", {})
    key = (tuple(actors), kind)
    found = cache.get(key)
    if found is None:
        found = cache[key] = bool(set(actors) & set(_ancestors(catalogue, kind)))
    return found


def issuer_actor(document: Document) -> str | None:
    """The actor that issued the document: a class it names never binds it (its own directive
    does not put the provincial People's Committee under itself)."""
    if document.issuer.actor:
        return document.issuer.actor
    return "ubnd-tinh" if document.level == "provincial" else None


def binds(catalogue: Catalogue, document: Document, actors: list[str], kind: str,
          obligation: Obligation | None = None) -> bool:
    """``matches``, except that a class never binds the document's issuer, nor the body the
    obligation's actors support or deal with (its ``lead``, its ``counterparts``): Sở TT&TT does
    not support itself, nor take an account over from itself. Naming the body does bind it."""
    if not matches(catalogue, actors, kind):
        return False
    return not _excluded(catalogue, document, actors, kind, obligation)


def _excluded(catalogue: Catalogue, document: Document, actors: list[str], kind: str,
              obligation: Obligation | None) -> str | None:
    """The body a class would otherwise bind against the text (the issuer, the lead, the
    counterpart), or None."""
    others = [issuer_actor(document)]
    if obligation is not None:
        others += obligation.lead + obligation.counterparts
    ancestors = _ancestors(catalogue, kind)
    return next((other for other in others if other and other not in actors and other in ancestors), None)


def conditions_hold(agency: Agency, conditions, day: dt.date) -> bool | None:
    """Whether the agency meets every condition on that day; None when the registry does not
    record an attribute they need (and none is known to fail)."""
    unknown = False
    for condition in conditions:
        value = agency.attribute_on(condition.attribute, day)
        if value is None:
            unknown = True
        elif value != condition.value:
            return False
    return None if unknown else True


def end_of_duty(document: Document, deadline, until: dt.date | None = None) -> dt.date | None:
    """The last day a duty holding over time runs: its own 'until', the document's horizon, the
    document's end in force (``until``, or its validity's), whichever comes first."""
    ends = [d for d in (until, document.validity.in_force_until if document.validity else None) if d]
    if deadline is not None and deadline.until:
        ends.append(parse_period(deadline.until).end)
    if document.horizon is not None:
        ends.append(document.horizon.last_day)
    return min(ends) if ends else None


# QĐ 28 Điều 3 khoản 4-5: Bên gửi / Bên nhận are parts a body plays for one document, not bodies.
ROLE_REASON_VI = ("nghĩa vụ giao cho Bên gửi / Bên nhận: đây là vai trò của cơ quan trong từng lần gửi, nhận một "
                  "văn bản (Điều 3 khoản 4-5 Quyết định 28/2018/QĐ-TTg), không phải một cơ quan; chương trình "
                  "không đánh giá riêng cho từng cơ quan, mà qua các nghĩa vụ và chỉ tiêu của chính cơ quan đó")


def role_only(catalogue: Catalogue, actors: list[str]) -> bool:
    """Whether every actor named is a role (Bên gửi, Bên nhận) rather than a body or a class."""
    return bool(actors) and all(a in catalogue.actors and catalogue.actors[a].kind == "role" for a in actors)


def _ancestors(catalogue: Catalogue, kind: str) -> list[str]:
    cache = catalogue.__dict__.setdefault("_ancestor_cache", {})
    if kind not in cache:
        cache[kind] = catalogue.ancestors(kind)
    return cache[kind]


def why_not(catalogue: Catalogue, obligation: Obligation, agency: Agency, as_of: dt.date) -> list[str]:
    """Why an obligation gives no finding for an agency (empty when it binds it), in Vietnamese."""
    document = catalogue.documents[obligation.document_id]
    reasons = []
    if not obligation.is_duty:
        reasons.append("điều khoản cho phép, không phải nghĩa vụ" if obligation.modality == Modality.may
                       else "điều khoản định nghĩa, không phải nghĩa vụ")
    actors = sorted({a for t in obligation.targets for a in (t.applies_to or t.answerable)} | set(obligation.actors))
    if not matches(catalogue, actors, agency.kind) and role_only(catalogue, actors):
        reasons.append(ROLE_REASON_VI)
    elif not matches(catalogue, actors, agency.kind):
        reasons.append(f"nghĩa vụ giao cho {', '.join(catalogue.actors[a].name for a in actors if a in catalogue.actors)}; "
                       f"{agency.name} thuộc loại '{catalogue.actors[agency.kind].name}'")
    elif (other := _excluded(catalogue, document, actors, agency.kind, obligation)) == issuer_actor(document):
        reasons.append(f"{agency.name} là cơ quan ban hành văn bản: quy định chung cho các cơ quan không "
                       "giao nghĩa vụ cho chính cơ quan ban hành")
    elif other in obligation.lead:
        reasons.append(f"{agency.name} là cơ quan chủ trì: nghĩa vụ phối hợp với {agency.name} không "
                       "giao cho chính cơ quan này")
    elif other:
        reasons.append(f"nghĩa vụ thực hiện với {agency.name} (bên kia của nghĩa vụ): không giao cho "
                       "chính cơ quan này")
    if obligation.if_agency:
        held = conditions_hold(agency, obligation.if_agency, as_of)
        wanted = "; ".join(_attribute_name(catalogue, c.attribute, c.value) for c in obligation.if_agency)
        if held is False:
            reasons.append(f"nghĩa vụ chỉ giao cho cơ quan {wanted}; danh mục ghi {agency.name} không thuộc diện này")
        elif held is None:
            reasons.append(f"nghĩa vụ chỉ giao cho cơ quan {wanted}; danh mục chưa ghi thông tin này của "
                           f"{agency.name}: chưa xác định được (cần bổ sung)")
    if obligation.trigger is not None:
        reasons.append(f"nghĩa vụ chỉ phát sinh “{obligation.trigger.quote.text}”: chỉ có kết quả khi cơ quan "
                       "báo cáo sự việc phát sinh (dữ kiện loại trigger)")
    end = end_of_duty(document, obligation.deadline)
    if end and end < as_of and obligation.deadline.kind in (DeadlineKind.recurring, DeadlineKind.continuing,
                                                             DeadlineKind.from_period, DeadlineKind.from_date):
        reasons.append(f"nghĩa vụ chỉ kéo dài đến ngày {end:%d/%m/%Y} (thời hạn của nghĩa vụ hoặc của văn bản)")
    if not covers(document, agency):
        reasons.append(f"văn bản của tỉnh {document.province}, {agency.name} thuộc tỉnh {agency.province}")
    start = document.date.earliest if document.date else None
    if start and start > as_of:
        reasons.append(f"văn bản ban hành sau ngày {as_of:%d/%m/%Y}")
    if not agency.existed_between(start or dt.date.min, as_of):
        reasons.append(f"{agency.name} không tồn tại trong thời gian văn bản có hiệu lực đến ngày {as_of:%d/%m/%Y}")
    ended = document_ends(catalogue).get(document.id)
    if ended and ended < as_of:
        reasons.append(f"văn bản hết hiệu lực từ sau ngày {ended:%d/%m/%Y}: không có kết quả cho các kỳ sau ngày đó")
    return reasons


def succession_reason(registry: Registry, agency: Agency, as_of: dt.date) -> str | None:
    """Why a body that had ceased by the date is no finding's subject, and who bears its duties."""
    if not agency.ceased_by(as_of):
        return None
    bearers = registry.bearers(agency.id, as_of)
    found = [b.agency for b in bearers if not b.lost]
    ended = f"{agency.name} không còn từ sau ngày {agency.existed.until:%d/%m/%Y}"
    if not found:
        return f"{ended}; danh sách cơ quan không ghi cơ quan kế thừa: nghĩa vụ không giao cho cơ quan nào"
    return (f"{ended}: nghĩa vụ do {', '.join(f'{b.name} ({b.id})' for b in found)} kế thừa; xem kết quả bằng "
            f"--agency {found[0].id}")


def _attribute_name(catalogue: Catalogue, attribute: str, value: bool = True) -> str:
    found = catalogue.attributes.get(attribute)
    return _lower(found.label(value)) if found else f"{attribute} = {value}"


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------------------------------------
# Instances

_MIN_DAY = dt.date.min


@dataclass
class FactIndex:
    """The facts known as at the date, per agency: the latest report of each (kind, metric or
    obligation, period); the period is "" for a one-off event. Ratios are derived from the
    counts they are defined over (``ratio_of``), and complements from their base metric, where the
    agency reported those: counts win over a reported ratio, and the derived fact says so."""

    by_agency: dict[str, dict[tuple[str, str, str], Fact]]

    @classmethod
    def build(cls, facts: list[Fact], as_of: dt.date, metrics: dict | None = None) -> FactIndex:
        """The index of these facts as at the date. A ``FactSnapshot`` (the store's) is indexed agency
        by agency when asked, and an agency's index is kept while its facts stay the same: a
        service evaluating one agency after another would otherwise index the whole province's
        facts again each time a fact arrives. An index is never changed once built."""
        if isinstance(facts, FactSnapshot):
            return _SnapshotIndex(facts, as_of, metrics)
        return cls._build(facts, as_of, metrics)

    @classmethod
    def _build(cls, facts: list[Fact], as_of: dt.date, metrics: dict | None = None) -> FactIndex:
        by_agency: dict[str, dict] = {}
        keys: dict[tuple, tuple] = {}  # one key tuple shared by every agency (memory at scale)
        counted: set[str] = set()  # metrics that other metrics are derived from
        if metrics:
            for metric in metrics.values():
                if metric.ratio_of:
                    counted.update((metric.ratio_of.numerator, metric.ratio_of.denominator))
                if metric.complement_of:
                    counted.add(metric.complement_of)
        to_derive: set[str] = set()
        for fact in facts:
            if not fact.known_on(as_of):
                continue
            key = (fact.kind, fact.metric or fact.obligation, fact.period or "")
            key = keys.setdefault(key, key)
            mine = by_agency.get(fact.agency)
            if mine is None:
                mine = by_agency[fact.agency] = {}
            other = mine.get(key)
            if other is None or (fact.reported or _MIN_DAY) >= (other.reported or _MIN_DAY):
                mine[key] = fact
            if fact.metric in counted:
                to_derive.add(fact.agency)
        index = cls(by_agency)
        if to_derive:
            derived = [m for m in metrics.values() if m.ratio_of] + [m for m in metrics.values() if m.complement_of]
            for agency in to_derive:
                _derive(by_agency[agency], derived, keys)
        return index

    def of(self, agency_id: str) -> dict[tuple[str, str, str], Fact]:
        return self.by_agency.get(agency_id, _NO_FACTS)


_NO_FACTS: dict = {}


class _SnapshotIndex(FactIndex):
    """The index of a ``FactSnapshot``, made agency by agency when asked; an agency's part is kept
    (in ``_KEPT``) for every later snapshot that shares the agency's group of facts."""

    def __init__(self, snapshot: FactSnapshot, as_of: dt.date, metrics: dict | None) -> None:
        super().__init__({})
        self.snapshot, self.as_of, self.metrics = snapshot, as_of, metrics

    def of(self, agency_id: str) -> dict[tuple[str, str, str], Fact]:
        mine = self.by_agency.get(agency_id)
        if mine is None:
            group = self.snapshot.by_agency.get(agency_id)
            mine = _NO_FACTS if not group else _agency_index(agency_id, group, self.as_of, self.metrics)
            self.by_agency[agency_id] = mine
        return mine


_KEPT: dict[tuple, tuple] = {}  # (id of a group, date, id of metrics) -> (group, metrics, its index)
_KEPT_LOCK = threading.Lock()
_KEEP = 8192  # agencies x dates; the oldest go first


def _agency_index(agency_id: str, group: tuple, as_of: dt.date, metrics: dict | None) -> dict:
    key = (id(group), as_of, id(metrics))
    with _KEPT_LOCK:
        kept = _KEPT.get(key)
    if kept is not None and kept[0] is group and kept[1] is metrics:
        return kept[2]
    mine = FactIndex._build(group, as_of, metrics).by_agency.get(agency_id, _NO_FACTS)
    with _KEPT_LOCK:
        _KEPT[key] = (group, metrics, mine)  # the group is held, so its id is not reused meanwhile
        while len(_KEPT) > _KEEP:
            del _KEPT[next(iter(_KEPT))]
    return mine


def _derive(mine: dict, derived_metrics: list, keys: dict) -> None:
    """Add the agency's derived values: ratios from counts first, then complements."""
    for metric in derived_metrics:
        if metric.ratio_of:
            numerator, denominator = metric.ratio_of.numerator, metric.ratio_of.denominator
            for kind, what, period in [k for k in mine if k[0] == "value" and k[1] == denominator]:
                top, bottom = mine.get(("value", numerator, period)), mine[(kind, what, period)]
                if top is None or not bottom.value:
                    continue
                value = round(100 * top.value / bottom.value, 6)
                if value > 100:
                    continue  # counts that contradict each other: the reported ratio, if any, stands
                key = keys.setdefault(("value", metric.id, period), ("value", metric.id, period))
                mine[key] = Fact("value", top.agency, period, metric.id, value=value,
                                 reported=max(top.reported or _MIN_DAY, bottom.reported or _MIN_DAY)
                                 if top.reported or bottom.reported else None,
                                 source=f"tính từ số liệu: {top.value:g}/{bottom.value:g}",
                                 origin=f"{top.origin}; {bottom.origin}", derived="counts")
        else:
            for kind, what, period in [k for k in mine if k[0] == "value" and k[1] == metric.complement_of]:
                key = ("value", metric.id, period)
                if key in mine and mine[key].derived is None:
                    continue  # reported directly: it stands
                base = mine[(kind, what, period)]
                key = keys.setdefault(key, key)
                mine[key] = Fact("value", base.agency, period, metric.id, value=round(100 - base.value, 6),
                                 reported=base.reported, source=f"100 − {base.metric} ({base.value:g})",
                                 origin=base.origin, derived="complement")


@dataclass(slots=True)
class Instance:
    check: Check
    agency: Agency
    key: str
    period: str | None
    due: dt.date | None
    keys: tuple = ()  # consequence: one key per condition
    population: Population | None = None
    facts: tuple | list = ()  # the facts this instance may read
    hold: int = 0  # HOLD_*: reported as undecided / needs review / conflict instead of evaluated
    trigger: Fact | None = None  # the reported trigger that made a conditional duty bind
    succession: tuple = ()  # agencies.Step chain: the duty was the first step's body's, borne by this agency


@dataclass(frozen=True, slots=True)
class Slot:
    """A question a check asks of every agency of one kind in one province as at the date; an
    agency gets it when it existed in [first, last] (and meets the check's conditions). Population
    targets, triggered duties and consequences depend on the agency's own subordinates or facts:
    their slots are completed per agency."""

    check: Check
    kind: str  # fixed | population | consequence | trigger
    key: str = ""
    period: str | None = None
    due: dt.date | None = None
    first: dt.date = _MIN_DAY
    last: dt.date = dt.date.max
    lookup: tuple = ()  # fixed: the FactIndex key of the fact it reads
    hold: int = 0


class Planner:
    """Binds checks to agencies as at a date (see the module doc). What depends only on the
    province and the kind of agency (which checks bind, their periods and due dates, whether the
    text was in force) is worked out once per (province, kind) and shared by its agencies."""

    def __init__(self, catalogue: Catalogue, registry: Registry, checks, facts: FactIndex,
                 as_of: dt.date, period: str):
        self.catalogue, self.registry, self.facts = catalogue, registry, facts
        self.as_of, self.period = as_of, period
        self._checks: dict[str, list[Check]] = {}  # province ("" for national texts) -> checks
        for check in checks:
            document = check.document
            province = fold(document.province) if document.level != "national" and document.province else ""
            self._checks.setdefault(province, []).append(check)
        self._templates: dict[tuple[str, str], list[Slot]] = {}
        self._populations: dict[tuple, Population] = {}  # province-wide figures, shared by their answerers

    def instances(self, agency: Agency, facts: dict | None = None) -> list[Instance]:
        """The questions the engine must answer for the agency, each with the facts it may read
        (its own reports, or ``facts`` where a successor's reports stand in for a ceased body's)."""
        mine = self.facts.of(agency.id) if facts is None else facts
        out: list[Instance] = []
        for slot in self._template(agency):
            if not agency.existed_between(slot.first, slot.last):
                continue
            hold = slot.hold
            if slot.check.if_agency:
                held = conditions_hold(agency, slot.check.if_agency, min(slot.last, self.as_of))
                if held is False:
                    continue
                if held is None and not hold:
                    hold = HOLD_UNDECIDED
            if slot.kind == "fixed":
                found = mine.get(slot.lookup)
                out.append(Instance(slot.check, agency, slot.key, slot.period, slot.due,
                                    facts=(found,) if found is not None else (), hold=hold))
            elif slot.kind == "population":
                population = _population(self, agency, slot)
                out.append(Instance(slot.check, agency, slot.key, slot.period, slot.due, population=population,
                                    facts=population.facts, hold=hold))
            elif slot.kind == "trigger":
                out.extend(_triggered_instances(self, slot, agency, mine, hold))
            else:
                out.extend(_consequence_instances(slot.check, agency, mine))
        return out

    def _template(self, agency: Agency) -> list[Slot]:
        province = fold(agency.province)
        slots = self._templates.get((province, agency.kind))
        if slots is None:
            slots = self._templates[(province, agency.kind)] = [
                slot for check in self._checks.get("", []) + self._checks.get(province, [])
                for slot in self._slots(check, agency.kind)
                if slot.period is None or slot.period not in check.dropped_periods]
        return slots

    def _slots(self, check: Check, kind: str) -> list[Slot]:
        document = check.document
        issued = document.date.earliest if document.date else None
        if issued and issued > self.as_of:
            return []  # not yet issued at the date
        if check.kind == "target":
            slots = _target_slots(self.catalogue, check, kind, self.as_of)
        else:
            obligation = check.obligation
            if not binds(self.catalogue, document, obligation.actors, kind, obligation):
                return []
            if obligation.trigger is not None and check.kind in ("event", "attestation"):
                slots = [Slot(check, "trigger")]
            elif check.kind == "event":
                slots = _event_slots(check, self.as_of)
            elif check.kind == "attestation":
                slots = _attestation_slots(check, self.period)
            else:
                return [Slot(check, "consequence")]
        if check.review:
            return [replace(slot, hold=HOLD_REVIEW) for slot in slots]
        return [replace(slot, hold=HOLD_CONFLICT) if slot.period in check.conflict_periods else slot
                for slot in slots]


def _attestation_slots(check: Check, period: str) -> list[Slot]:
    """A duty with no date of its own is attested for the period evaluated, within its span: not
    before a start date ("áp dụng chính thức kể từ ngày"), not after its 'until' or the document's
    horizon."""
    obligation, document = check.obligation, check.document
    span = parse_period(period)
    if not in_force(document, span.start, span.end, check.until):
        return []
    deadline = obligation.deadline
    end = end_of_duty(document, deadline, check.until)
    if end and span.start > end:
        return []
    if deadline.kind == DeadlineKind.from_date and span.end < deadline.date:
        return []
    return [Slot(check, "fixed", f"{obligation.id}|{period}", period, None, span.start, span.end,
                 ("attestation", obligation.id, period))]


def _target_periods(target: Target, document: Document, as_of: dt.date,
                    until: dt.date | None = None) -> list[tuple[str | None, dt.date | None]]:
    deadline = target.deadline
    if deadline is not None and deadline._cycle()[0] is not None:
        step = deadline._cycle()[0]
        return [(period_text(step, due), due)
                for due in _dues(deadline, dt.date(1900, 1, 1), as_of, end_of_duty(document, deadline, until))]
    period = target.period
    due = target.due
    if period is None and due is not None:
        period = str(due.year)
    return [(period, due)]


def _dues(deadline, start: dt.date, as_of: dt.date, end: dt.date | None = None) -> list[dt.date]:
    """A recurring duty's due dates from ``start`` up to the date, and the next one (pending);
    none after ``end`` (the duty's 'until' or the document's horizon)."""
    dues = deadline.occurrences(start, as_of)
    upcoming = deadline.next_occurrence(as_of + dt.timedelta(days=1))
    dues = dues + [upcoming] if upcoming else dues
    if end is not None:
        dues = [due for due in dues if due <= end]
    return dues


def _target_slots(catalogue: Catalogue, check: Check, kind: str, as_of: dt.date) -> list[Slot]:
    target = check.target
    population_scope = target.scope != Scope.each_agency
    actors = (target.answerable or check.obligation.actors) if population_scope else (
        target.applies_to or check.obligation.actors)
    document = check.document
    if not binds(catalogue, document, actors, kind, check.obligation):
        return []
    out = []
    for period, due in _target_periods(target, document, as_of, check.until):
        if period:
            span = parse_period(period)
            first, last = span.start, span.end
        else:
            first, last = (document.date.earliest if document.date else _MIN_DAY), due or as_of
        if not in_force(document, first, last, check.until):
            continue
        key = f"{check.metric}|{period or ''}"
        if population_scope:
            out.append(Slot(check, "population", key, period, due, first, last))
        else:
            out.append(Slot(check, "fixed", key, period, due, first, last, ("value", target.metric, period or "")))
    return out


def _population(planner: Planner, agency: Agency, slot: Slot) -> Population:
    """Who the answerable agency answers for. A named body (Sở TT&TT, Văn phòng UBND tỉnh): the
    province-wide figure. A share whose answerable bodies are members themselves (the text naming
    no one body): the province-wide share, answered for jointly, since no body is a share of
    itself. Otherwise each answerable body (each UBND cấp huyện for 30% of its communes) for its
    own part: itself and the bodies under it that are members."""
    catalogue, check = planner.catalogue, slot.check
    target = check.target
    named = any(catalogue.actors[a].kind == "agency" and a in _ancestors(catalogue, agency.kind)
                for a in (target.answerable or check.obligation.actors) if a in catalogue.actors)
    joint = (not named and target.scope == Scope.population_share
             and matches(catalogue, target.population, agency.kind))
    if not (named or joint):
        return _figure(planner, [agency] + planner.registry.descendants(agency.id), slot, "own", False)
    key = (fold(agency.province), check.id, slot.period, joint)
    found = planner._populations.get(key)
    if found is None:
        found = planner._populations[key] = _figure(
            planner, planner.registry.in_province(agency.province), slot, "province", joint)
    return found


def _figure(planner: Planner, candidates: list[Agency], slot: Slot, reach: str, joint: bool) -> Population:
    """The figure of a population: the share meeting a yes/no metric, or one figure for all of
    them. A ratio defined over counts is pooled: the numerators summed over the members divided by
    the denominators summed, never a mean of their percentages; where no member reported counts,
    the mean of the reported ratios stands in, and the finding says so."""
    catalogue, check = planner.catalogue, slot.check
    target = check.target
    day = min(slot.last, planner.as_of)
    members, unknown = [], []
    for a in candidates:
        if not (matches(catalogue, target.population, a.kind) and a.existed_between(slot.first, slot.last)):
            continue
        if target.if_agency:
            held = conditions_hold(a, target.if_agency, day)
            if held is False:
                continue
            if held is None:
                unknown.append(a.id)
                continue
        members.append(a.id)
    period = slot.period or ""
    lookup = ("value", target.metric, period)
    found = {m: planner.facts.of(m)[lookup] for m in members if lookup in planner.facts.of(m)}
    values = {m: fact.value for m, fact in found.items()}
    meeting: list[str] = []
    value, basis, ratio_only = None, "share", ()
    used: list[Fact] = list(found.values())
    if target.scope == Scope.population_share:
        meeting = [m for m, v in values.items() if v >= 1]
        # members with nothing reported count as not meeting; with no report at all there is no figure
        value = round(100 * len(meeting) / len(members), 6) if found else None
    else:
        metric = catalogue.metrics.get(target.metric)
        ratio = metric.ratio_of if metric else None
        flip = False  # a complement (paper in any form) pools its base metric's counts: 100 − pooled base
        if metric and metric.complement_of and metric.complement_of in catalogue.metrics:
            ratio, flip = catalogue.metrics[metric.complement_of].ratio_of, True
        counts = {}
        if ratio:
            for m in members:
                mine = planner.facts.of(m)
                top, bottom = mine.get(("value", ratio.numerator, period)), mine.get(("value", ratio.denominator, period))
                if top is not None and bottom is not None and bottom.value and top.value <= bottom.value:
                    counts[m] = (top, bottom)
        if counts:
            value = round(100 * sum(t.value for t, _ in counts.values()) / sum(b.value for _, b in counts.values()), 6)
            value = round(100 - value, 6) if flip else value
            basis = "counts"
            ratio_only = tuple(m for m in found if m not in counts)
            used = [f for pair in counts.values() for f in pair]
        elif values:
            value = round(sum(values.values()) / len(values), 6)
            basis = "mean_of_ratios" if ratio else "mean"
    contributions = _contributions(check, members, found)
    reported = list(found) if basis != "counts" else [m for m in members if m in found or m in ratio_only]
    return Population(target.scope.value, reach, members, reported, meeting, value, joint, basis,
                      contributions, tuple(unknown), ratio_only, tuple(used))


_MEETS = {"at_least": operator.ge, "at_most": operator.le, "above": operator.gt, "below": operator.lt,
          "equals": operator.eq}


def _contributions(check: Check, members: list[str], found: dict) -> tuple:
    """Each member's own value, those that fall short of the target first (worst first), then the
    others, then those that reported nothing."""
    target = check.target
    if target.scope == Scope.population_share:
        rows = [(m, found[m].value if m in found else None,
                 "value" if m in found else None) for m in members]
        return tuple(sorted(rows, key=lambda r: (r[1] is None, r[1] or 0, r[0])))
    lower_is_worse = check.comparator in ("at_least", "above", "equals")
    test = _MEETS[check.comparator]
    rows = []
    for m in members:
        fact = found.get(m)
        if fact is None:
            rows.append((2, 0, m, None, None))
            continue
        short = 0 if not test(fact.value, check.value) else 1
        rows.append((short, fact.value if lower_is_worse else -fact.value, m, fact.value,
                     "counts" if fact.derived == "counts" else "ratio"))
    return tuple((m, value, basis) for _, _, m, value, basis in sorted(rows))


def _event_slots(check: Check, as_of: dt.date) -> list[Slot]:
    obligation, document = check.obligation, check.document
    deadline = obligation.deadline
    start = document.date.earliest if document.date else dt.date(1900, 1, 1)
    step = deadline._cycle()[0]
    if step is None:
        due = deadline.due  # None for a one-off duty with no date: done, or not yet done
        if not in_force(document, start, due or as_of, check.until):
            return []
        return [Slot(check, "fixed", f"{obligation.id}|", None, due, start, due or dt.date.max,
                     ("event", obligation.id, ""))]
    out = []
    for due in _dues(deadline, start, as_of, end_of_duty(document, deadline, check.until)):
        period = period_text(step, due)
        span = parse_period(period)
        if in_force(document, span.start, span.end, check.until):
            out.append(Slot(check, "fixed", f"{obligation.id}|{period}", period, due, span.start, span.end,
                            ("event", obligation.id, period)))
    return out


def _triggered_instances(planner: Planner, slot: Slot, agency: Agency, mine: dict, hold: int) -> list[Instance]:
    """A conditional duty ("khi có thay đổi") binds for each period its trigger was reported in,
    within the document's life and the duty's span; without a trigger, nothing."""
    check = slot.check
    obligation, document = check.obligation, check.document
    end = end_of_duty(document, obligation.deadline, check.until)
    out = []
    for key in [k for k in mine if k[0] == "trigger" and k[1] == obligation.id]:
        period = key[2]
        span = parse_period(period)
        if span.start > planner.as_of or not in_force(document, span.start, span.end, check.until):
            continue
        if (end and span.start > end) or not agency.existed_between(span.start, span.end):
            continue
        trigger = mine[key]
        kind = "event" if check.kind == "event" else "attestation"
        due = obligation.deadline.due if kind == "event" else None
        found = mine.get((kind, obligation.id, period))
        out.append(Instance(check, agency, f"{obligation.id}|{period}", period, due,
                            facts=(found,) if found is not None else (), hold=hold, trigger=trigger))
    return out


def _consequence_instances(check: Check, agency: Agency, mine: dict) -> list[Instance]:
    """One instance per period in which the agency reported a figure the consequence reads; only
    periods of the length the rule measures over, beginning on or after its start (by default the
    document's date): figures of a period that began before the rule cannot fire it."""
    consequence = check.obligation.consequences[check.consequence_index]
    document = check.document
    start = consequence.start or (document.date.earliest if document.date else None)
    metrics = {metric for metric, _, _ in check.conditions}
    periods = sorted({period for kind, what, period in mine if kind == "value" and what in metrics})
    out = []
    for period in periods:
        span = parse_period(period)
        if consequence.measured_over and period_step(period) != consequence.measured_over.value:
            continue
        if start and span.start < start:
            continue
        if not (in_force(document, span.start, span.end, check.until) and agency.existed_between(span.start, span.end)):
            continue
        found = tuple(mine[("value", m, period)] for m, _, _ in check.conditions if ("value", m, period) in mine)
        out.append(Instance(check, agency, "", period, None,
                            keys=tuple(f"{m}|{period}" for m, _, _ in check.conditions), facts=found))
    return out
