"""From obligations and agencies to the questions the engine must answer, as at a date.

``checks_of`` turns each obligation into checks (static, once per catalogue): one per target; one
for a duty with a fixed deadline and no target (an event); one for a qualitative duty (an
attestation); one per consequence. ``instances_for`` binds checks to agencies for an as-of date: an
obligation binds an agency when the actor matches its kind (through the taxonomy), the document's
territory covers it, the document was in force and the agency existed in the period. Each
instance is one (check, agency, period) the engine gives a status to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .agencies import Agency, Registry
from .catalogue import Catalogue
from .facts import Fact
from .model import DeadlineKind, Document, Modality, Obligation, Scope, Target
from .periods import parse_period
from .text import fold

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
    members: list[str]
    reported: list[str]
    meeting: list[str]  # population_share: members whose yes/no value is yes
    value: float | None  # share (percent) or mean; None when no member reported


@dataclass
class Instance:
    check: Check
    agency: Agency
    key: str
    period: str | None
    due: dt.date | None
    keys: tuple = ()  # consequence: one key per condition
    population: Population | None = None
    facts: list[Fact] = field(default_factory=list)  # the facts this instance may read


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


def matches(catalogue: Catalogue, actors: list[str], agency: Agency) -> bool:
    cache = catalogue.__dict__.setdefault("_match_cache", {})
    key = (tuple(actors), agency.kind)
    found = cache.get(key)
    if found is None:
        found = cache[key] = bool(set(actors) & set(_ancestors(catalogue, agency.kind)))
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
    if not matches(catalogue, actors, agency):
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


@dataclass
class FactIndex:
    """The facts known as at the date, the latest report of each key kept."""

    values: dict[tuple[str, str, str], Fact]  # (agency, metric, period)
    events: dict[tuple[str, str, str], Fact]  # (agency, obligation, period or "")
    attestations: dict[tuple[str, str, str], Fact]
    by_agency: dict[str, list[Fact]]
    value_periods: dict[tuple[str, str], set[str]]  # (agency, metric) -> periods reported

    @classmethod
    def build(cls, facts: list[Fact], as_of: dt.date) -> FactIndex:
        latest: dict[tuple, Fact] = {}
        for fact in facts:
            if not fact.known_on(as_of):
                continue
            key = fact.key
            other = latest.get(key)
            if other is None or (fact.reported or dt.date.min) >= (other.reported or dt.date.min):
                latest[key] = fact
        values, events, attestations, by_agency, periods = {}, {}, {}, {}, {}
        for (kind, agency, what, period), fact in latest.items():
            if kind == "value":
                values[(agency, what, period)] = fact
                periods.setdefault((agency, what), set()).add(period)
            elif kind == "event":
                events[(agency, what, period or "")] = fact
            else:
                attestations[(agency, what, period)] = fact
            by_agency.setdefault(agency, []).append(fact)
        return cls(values, events, attestations, by_agency, periods)


def instances_for(catalogue: Catalogue, registry: Registry, agency: Agency, checks, facts: FactIndex,
                  as_of: dt.date, period: str) -> list[Instance]:
    out: list[Instance] = []
    for check in checks:
        issued = check.document.date.earliest if check.document.date else None
        if not covers(check.document, agency) or (issued and issued > as_of):
            continue  # another province's text, or one not yet issued at the date
        if check.kind == "target":
            out.extend(_target_instances(catalogue, registry, agency, check, facts, as_of))
        elif check.kind == "event":
            out.extend(_event_instances(catalogue, agency, check, facts, as_of))
        elif check.kind == "attestation":
            first, last = parse_period(period).start, parse_period(period).end
            if (matches(catalogue, check.obligation.actors, agency) and in_force(check.document, first, last)
                    and agency.existed_between(first, last)):
                key = f"{check.obligation.id}|{period}"
                found = facts.attestations.get((agency.id, check.obligation.id, period))
                out.append(Instance(check, agency, key, period, None, facts=[found] if found else []))
        else:
            out.extend(_consequence_instances(catalogue, agency, check, facts, as_of))
    return out


def _target_periods(target: Target, as_of: dt.date) -> list[tuple[str | None, dt.date | None]]:
    deadline = target.deadline
    if deadline is not None and deadline._cycle()[0] is not None:
        step = deadline._cycle()[0]
        dues = deadline.occurrences(dt.date.min.replace(year=1900), as_of)
        upcoming = deadline.next_occurrence(as_of + dt.timedelta(days=1))
        if upcoming:
            dues.append(upcoming)
        return [(_period_text(step, due), due) for due in dues]
    period = target.period
    due = target.due
    if period is None and due is not None:
        period = str(due.year)
    return [(period, due)]


def _period_text(step: str, day: dt.date) -> str:
    if step == "year":
        return f"{day.year}"
    if step == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def _target_instances(catalogue, registry, agency, check, facts, as_of):
    target = check.target
    population_scope = target.scope != Scope.each_agency
    actors = (target.answerable or check.obligation.actors) if population_scope else (
        target.applies_to or check.obligation.actors)
    if not matches(catalogue, actors, agency):
        return []
    cache = catalogue.__dict__.setdefault("_periods_cache", {})  # targets live as long as their catalogue
    periods = cache.get((check.id, as_of))
    if periods is None:
        periods = cache[(check.id, as_of)] = _target_periods(target, as_of)
    out = []
    for period, due in periods:
        first, last = (parse_period(period).start, parse_period(period).end) if period else (
            check.document.date.earliest if check.document.date else dt.date.min, due or as_of)
        if not (in_force(check.document, first, last) and agency.existed_between(first, last)):
            continue
        key = f"{check.metric}|{period or ''}"
        if population_scope:
            population = _population(catalogue, registry, agency, check, facts, period, first, last)
            out.append(Instance(check, agency, key, period, due, population=population,
                                facts=[facts.values[(m, target.metric, period)] for m in population.reported]))
        else:
            found = facts.values.get((agency.id, target.metric, period))
            out.append(Instance(check, agency, key, period, due, facts=[found] if found else []))
    return out


def _population(catalogue, registry, agency, check, facts, period, first, last) -> Population:
    """Who the answerable agency answers for: a named body (Sở TT&TT, Văn phòng UBND tỉnh) for the
    province-wide figure; a class of bodies (each UBND cấp huyện) each for its own part: itself and
    the bodies under it that belong to the population (a district's communes)."""
    target = check.target
    answerable_named = any(catalogue.actors[a].kind == "agency" and a in _ancestors(catalogue, agency.kind)
                           for a in (target.answerable or check.obligation.actors) if a in catalogue.actors)
    if answerable_named:
        candidates = registry.in_province(agency.province)
    else:
        candidates = [agency] + registry.descendants(agency.id)
    members = [a.id for a in candidates
               if matches(catalogue, target.population, a) and a.existed_between(first, last)]
    reported = [m for m in members if (m, target.metric, period) in facts.values]
    values = [facts.values[(m, target.metric, period)].value for m in reported]
    meeting: list[str] = []
    value = None
    if target.scope == Scope.population_share:
        meeting = [m for m, v in zip(reported, values) if v >= 1]
        # members with nothing reported count as not meeting; with no report at all there is no figure
        value = round(100 * len(meeting) / len(members), 6) if reported else None
    elif values:
        value = round(sum(values) / len(values), 6)
    return Population(target.scope.value, members, reported, meeting, value)


def _event_instances(catalogue, agency, check, facts, as_of):
    obligation = check.obligation
    if not matches(catalogue, obligation.actors, agency):
        return []
    deadline = obligation.deadline
    start = check.document.date.earliest if check.document.date else dt.date(1900, 1, 1)
    step = deadline._cycle()[0]
    if step is None:
        due = deadline.due
        if not (in_force(check.document, start, due) and agency.existed_between(start, due)):
            return []
        found = facts.events.get((agency.id, obligation.id, ""))
        return [Instance(check, agency, f"{obligation.id}|", None, due, facts=[found] if found else [])]
    dues = deadline.occurrences(start, as_of)
    upcoming = deadline.next_occurrence(as_of + dt.timedelta(days=1))
    if upcoming:
        dues.append(upcoming)
    out = []
    for due in dues:
        period = _period_text(step, due)
        first, last = parse_period(period).start, parse_period(period).end
        if not (in_force(check.document, first, last) and agency.existed_between(first, last)):
            continue
        found = facts.events.get((agency.id, obligation.id, period))
        out.append(Instance(check, agency, f"{obligation.id}|{period}", period, due, facts=[found] if found else []))
    return out


def _consequence_instances(catalogue, agency, check, facts, as_of):
    if not matches(catalogue, check.obligation.actors, agency):
        return []
    periods: set[str] = set()
    for metric, _, _ in check.conditions:
        periods |= facts.value_periods.get((agency.id, metric), set())
    out = []
    for period in sorted(periods):
        first, last = parse_period(period).start, parse_period(period).end
        if not (in_force(check.document, first, last) and agency.existed_between(first, last)):
            continue
        found = [facts.values[(agency.id, m, period)] for m, _, _ in check.conditions
                 if (agency.id, m, period) in facts.values]
        out.append(Instance(check, agency, "", period, None,
                            keys=tuple(f"{m}|{period}" for m, _, _ in check.conditions), facts=found))
    return out
