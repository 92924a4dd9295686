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
from dataclasses import dataclass

from .agencies import Agency, Registry
from ..catalogue.load import Catalogue
from .facts import Fact
from ..catalogue.model import DeadlineKind, Document, Modality, Obligation, Scope, Target
from ..catalogue.periods import parse_period
from ..catalogue.text import fold

FIXED_DUE = {DeadlineKind.by_date, DeadlineKind.before_date, DeadlineKind.end_of_period, DeadlineKind.before_period}


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


@dataclass
class Population:
    """The figure of a population target for one answerable agency, and what it was computed from."""

    scope: str
    reach: str  # "own": the answerable agency and the bodies under it; "province": every member in the province
    members: list[str]
    reported: list[str]
    meeting: list[str]  # population_share: members whose yes/no value is yes
    value: float | None  # share (percent) or mean; None when no member reported
    joint: bool = False  # the answerable bodies are members themselves and answer for the figure together


def value_of(boolean_or_number) -> float:
    return 1.0 if boolean_or_number is True else 0.0 if boolean_or_number is False else float(boolean_or_number)


def _compile_checks(catalogue: Catalogue) -> tuple[Check, ...]:
    out: list[Check] = []
    for obligation in catalogue.obligations.values():
        if obligation.modality == Modality.may:
            continue  # a permission is not a duty
        document = catalogue.documents[obligation.document_id]
        for index, target in enumerate(obligation.targets):
            metric = target.metric
            if target.scope == Scope.population_share:
                metric = f"share:{metric}"
            elif target.scope == Scope.aggregate:
                metric = f"mean:{metric}"
            out.append(Check(f"{obligation.id}#t{index}", "target", obligation, document, target, index,
                             metric, target.comparator.value, value_of(target.value)))
        if not obligation.targets:
            deadline = obligation.deadline
            if deadline.kind in FIXED_DUE or deadline._cycle()[0] is not None:
                out.append(Check(f"{obligation.id}#event", "event", obligation, document))
            else:
                out.append(Check(f"{obligation.id}#attest", "attestation", obligation, document))
        for index, consequence in enumerate(obligation.consequences):
            conditions = consequence.when.all or consequence.when.any
            out.append(Check(
                f"{obligation.id}#c{index}", "consequence", obligation, document,
                conditions=tuple((c.metric, c.comparator.value, value_of(c.value)) for c in conditions),
                any_of=bool(consequence.when.any), consequence_index=index))
    return tuple(out)


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


def in_force(document: Document, first: dt.date, last: dt.date) -> bool:
    start = document.date.earliest if document.date else None
    if document.validity and document.validity.in_force_from:
        start = document.validity.in_force_from
    until = document.validity.in_force_until if document.validity else None
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


def _ancestors(catalogue: Catalogue, kind: str) -> list[str]:
    cache = catalogue.__dict__.setdefault("_ancestor_cache", {})
    if kind not in cache:
        cache[kind] = catalogue.ancestors(kind)
    return cache[kind]


def why_not(catalogue: Catalogue, obligation: Obligation, agency: Agency, as_of: dt.date) -> list[str]:
    """Why an obligation gives no finding for an agency (empty when it binds it), in Vietnamese."""
    document = catalogue.documents[obligation.document_id]
    reasons = []
    if obligation.modality == Modality.may:
        reasons.append("điều khoản cho phép, không phải nghĩa vụ")
    actors = sorted({a for t in obligation.targets for a in (t.applies_to or t.answerable)} | set(obligation.actors))
    if not matches(catalogue, actors, agency.kind):
        reasons.append(f"nghĩa vụ giao cho {', '.join(catalogue.actors[a].name for a in actors if a in catalogue.actors)}; "
                       f"{agency.name} thuộc loại '{catalogue.actors[agency.kind].name}'")
    if not covers(document, agency):
        reasons.append(f"văn bản của tỉnh {document.province}, {agency.name} thuộc tỉnh {agency.province}")
    start = document.date.earliest if document.date else None
    if start and start > as_of:
        reasons.append(f"văn bản ban hành sau ngày {as_of:%d/%m/%Y}")
    if not agency.existed_between(start or dt.date.min, as_of):
        reasons.append(f"{agency.name} không tồn tại trong thời gian văn bản có hiệu lực đến ngày {as_of:%d/%m/%Y}")
    return reasons


# ---------------------------------------------------------------------------------------------
# Instances

_MIN_DAY = dt.date.min


@dataclass
class FactIndex:
    """The facts known as at the date, per agency: the latest report of each (kind, metric or
    obligation, period); the period is "" for a one-off event."""

    by_agency: dict[str, dict[tuple[str, str, str], Fact]]

    @classmethod
    def build(cls, facts: list[Fact], as_of: dt.date) -> FactIndex:
        by_agency: dict[str, dict] = {}
        keys: dict[tuple, tuple] = {}  # one key tuple shared by every agency (memory at scale)
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
        return cls(by_agency)

    def of(self, agency_id: str) -> dict[tuple[str, str, str], Fact]:
        return self.by_agency.get(agency_id, _NO_FACTS)


_NO_FACTS: dict = {}


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


@dataclass(frozen=True, slots=True)
class Slot:
    """A question a check asks of every agency of one kind in one province as at the date; an
    agency gets it when it existed in [first, last]. Population targets and consequences depend
    on the agency's own subordinates or facts: their slots are completed per agency."""

    check: Check
    kind: str  # fixed | population | consequence
    key: str = ""
    period: str | None = None
    due: dt.date | None = None
    first: dt.date = _MIN_DAY
    last: dt.date = dt.date.max
    lookup: tuple = ()  # fixed: the FactIndex key of the fact it reads


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

    def instances(self, agency: Agency) -> list[Instance]:
        """The questions the engine must answer for the agency, each with the facts it may read."""
        mine = self.facts.of(agency.id)
        out: list[Instance] = []
        for slot in self._template(agency):
            if not agency.existed_between(slot.first, slot.last):
                continue
            if slot.kind == "fixed":
                found = mine.get(slot.lookup)
                out.append(Instance(slot.check, agency, slot.key, slot.period, slot.due,
                                    facts=(found,) if found is not None else ()))
            elif slot.kind == "population":
                population = _population(self, agency, slot)
                lookup = ("value", slot.check.target.metric, slot.period or "")
                out.append(Instance(slot.check, agency, slot.key, slot.period, slot.due, population=population,
                                    facts=tuple(self.facts.of(m)[lookup] for m in population.reported)))
            else:
                out.extend(_consequence_instances(slot.check, agency, mine))
        return out

    def _template(self, agency: Agency) -> list[Slot]:
        province = fold(agency.province)
        slots = self._templates.get((province, agency.kind))
        if slots is None:
            slots = self._templates[(province, agency.kind)] = [
                slot for check in self._checks.get("", []) + self._checks.get(province, [])
                for slot in self._slots(check, agency.kind)]
        return slots

    def _slots(self, check: Check, kind: str) -> list[Slot]:
        document = check.document
        issued = document.date.earliest if document.date else None
        if issued and issued > self.as_of:
            return []  # not yet issued at the date
        if check.kind == "target":
            return _target_slots(self.catalogue, check, kind, self.as_of)
        obligation = check.obligation
        if not matches(self.catalogue, obligation.actors, kind):
            return []
        if check.kind == "event":
            return _event_slots(check, self.as_of)
        if check.kind == "attestation":
            span = parse_period(self.period)
            if not in_force(document, span.start, span.end):
                return []
            return [Slot(check, "fixed", f"{obligation.id}|{self.period}", self.period, None, span.start, span.end,
                         ("attestation", obligation.id, self.period))]
        return [Slot(check, "consequence")]


def _target_periods(target: Target, as_of: dt.date) -> list[tuple[str | None, dt.date | None]]:
    deadline = target.deadline
    if deadline is not None and deadline._cycle()[0] is not None:
        step = deadline._cycle()[0]
        return [(_period_text(step, due), due) for due in _dues(deadline, dt.date(1900, 1, 1), as_of)]
    period = target.period
    due = target.due
    if period is None and due is not None:
        period = str(due.year)
    return [(period, due)]


def _dues(deadline, start: dt.date, as_of: dt.date) -> list[dt.date]:
    """A recurring duty's due dates from ``start`` up to the date, and the next one (pending)."""
    dues = deadline.occurrences(start, as_of)
    upcoming = deadline.next_occurrence(as_of + dt.timedelta(days=1))
    return dues + [upcoming] if upcoming else dues


def _period_text(step: str, day: dt.date) -> str:
    if step == "year":
        return f"{day.year}"
    if step == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def _target_slots(catalogue: Catalogue, check: Check, kind: str, as_of: dt.date) -> list[Slot]:
    target = check.target
    population_scope = target.scope != Scope.each_agency
    actors = (target.answerable or check.obligation.actors) if population_scope else (
        target.applies_to or check.obligation.actors)
    if not matches(catalogue, actors, kind):
        return []
    document = check.document
    out = []
    for period, due in _target_periods(target, as_of):
        if period:
            span = parse_period(period)
            first, last = span.start, span.end
        else:
            first, last = (document.date.earliest if document.date else _MIN_DAY), due or as_of
        if not in_force(document, first, last):
            continue
        key = f"{check.metric}|{period or ''}"
        if population_scope:
            out.append(Slot(check, "population", key, period, due, first, last))
        else:
            out.append(Slot(check, "fixed", key, period, due, first, last, ("value", target.metric, period or "")))
    return out


def _population(planner: Planner, agency: Agency, slot: Slot) -> Population:
    """Who the answerable agency answers for. A named body (Sở TT&TT, Văn phòng UBND tỉnh): the
    province-wide figure. A share whose answerable bodies are members themselves (Bắc Giang 1.c:
    60% of the sở's and districts' one-stop desks, the text naming no one body): the province-wide
    share, answered for jointly, since no body is a share of itself. Otherwise each answerable body
    (each UBND cấp huyện for 30% of its communes; each sở and district for a roadmap's mean) for its
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
    target = slot.check.target
    members = [a.id for a in candidates
               if matches(planner.catalogue, target.population, a.kind) and a.existed_between(slot.first, slot.last)]
    lookup = ("value", target.metric, slot.period or "")
    values = {m: planner.facts.of(m)[lookup].value for m in members if lookup in planner.facts.of(m)}
    reported = list(values)
    meeting: list[str] = []
    value = None
    if target.scope == Scope.population_share:
        meeting = [m for m, v in values.items() if v >= 1]
        # members with nothing reported count as not meeting; with no report at all there is no figure
        value = round(100 * len(meeting) / len(members), 6) if reported else None
    elif values:
        value = round(sum(values.values()) / len(values), 6)
    return Population(target.scope.value, reach, members, reported, meeting, value, joint)


def _event_slots(check: Check, as_of: dt.date) -> list[Slot]:
    obligation, document = check.obligation, check.document
    deadline = obligation.deadline
    start = document.date.earliest if document.date else dt.date(1900, 1, 1)
    step = deadline._cycle()[0]
    if step is None:
        due = deadline.due
        if not in_force(document, start, due):
            return []
        return [Slot(check, "fixed", f"{obligation.id}|", None, due, start, due, ("event", obligation.id, ""))]
    out = []
    for due in _dues(deadline, start, as_of):
        period = _period_text(step, due)
        span = parse_period(period)
        if in_force(document, span.start, span.end):
            out.append(Slot(check, "fixed", f"{obligation.id}|{period}", period, due, span.start, span.end,
                            ("event", obligation.id, period)))
    return out


def _consequence_instances(check: Check, agency: Agency, mine: dict) -> list[Instance]:
    """One instance per period in which the agency reported a figure the consequence reads."""
    metrics = {metric for metric, _, _ in check.conditions}
    periods = sorted({period for kind, what, period in mine if kind == "value" and what in metrics})
    out = []
    for period in periods:
        span = parse_period(period)
        if not (in_force(check.document, span.start, span.end) and agency.existed_between(span.start, span.end)):
            continue
        found = tuple(mine[("value", m, period)] for m, _, _ in check.conditions if ("value", m, period) in mine)
        out.append(Instance(check, agency, "", period, None,
                            keys=tuple(f"{m}|{period}" for m, _, _ in check.conditions), facts=found))
    return out
