"""Who bears a duty on the date evaluated, when the body the text bound has since ceased.

Structures change (Sở Thông tin và Truyền thông merged into Sở Khoa học và Công nghệ from 01/03/2025;
the district level ended on 01/07/2025; Bắc Giang merged into Bắc Ninh from 01/07/2025). A body that
no longer exists on the as-of date is never a finding's subject: what its texts ask of it for the
periods from the day its successor took over (and a one-off duty with no date, still owed) is borne by
the successors its registry records (``successors``, transitively); each such finding says whose
functions it inherited. The periods that ended before are the former body's history, seen as at an
earlier date (the notices say so). A body that ceased with no successor recorded bears nothing and
is listed as ``unassigned``, never dropped silently.

Worked out once per evaluation (not per fact): the pairs (subject, body whose duties it bears).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .agencies import Agency, Existence, Registry, Step
from ..catalogue.periods import parse_period


@dataclass
class Duties:
    """One subject of the evaluation and the bodies whose duties it bears (itself included)."""

    subject: Agency
    own: bool = False
    inherited: dict[str, tuple[Step, ...]] = field(default_factory=dict)  # ceased body id -> chain to subject


@dataclass
class Plan:
    subjects: list[Duties]
    lost: list[tuple[Agency, Agency]]  # (body selected, body at which its chain ends with no successor)
    ceased: list[tuple[Agency, list]]  # (body selected or inherited from that has ceased, its bearers)


def plan_subjects(registry: Registry, selected: list[Agency], as_of: dt.date) -> Plan:
    """The subjects of an evaluation of ``selected`` as at ``as_of``: each body that exists on the date,
    with the ceased bodies whose duties it bears; a ceased body selected is represented by its
    successors (even in another province's registry)."""
    by_id: dict[str, Duties] = {}
    lost: list[tuple[Agency, Agency]] = []
    ceased: dict[str, tuple[Agency, list]] = {}

    def duties(agency: Agency) -> Duties:
        found = by_id.get(agency.id)
        if found is None:
            found = by_id[agency.id] = Duties(agency)
        return found

    for agency in selected:
        if agency.existed.since is not None and agency.existed.since > as_of:
            continue  # not yet created at the date
        if not agency.ceased_by(as_of):
            duties(agency).own = True
            for before in registry.predecessors(agency.id):
                if not before.ceased_by(as_of):
                    continue
                for bearer in registry.bearers(before.id, as_of):
                    if not bearer.lost and bearer.agency.id == agency.id:
                        duties(agency).inherited[before.id] = bearer.steps
                        ceased.setdefault(before.id, (before, registry.bearers(before.id, as_of)))
            continue
        bearers = registry.bearers(agency.id, as_of)
        ceased.setdefault(agency.id, (agency, bearers))
        for bearer in bearers:
            if bearer.lost:
                lost.append((agency, bearer.agency))
            else:
                duties(bearer.agency).inherited[agency.id] = bearer.steps
    subjects = sorted(by_id.values(), key=lambda d: d.subject.administrative_key)
    return Plan(subjects, lost, list(ceased.values()))


def standing_in(before: Agency, until: dt.date | None) -> Agency:
    """The ceased body as if it lasted until ``until`` (the end of the subject that bears its duties):
    its duties of later periods are then bound as the text bound them (by its kind, in its province)."""
    existed = Existence.model_construct(since=before.existed.since, until=until,
                                        note=before.existed.note)
    return before.model_copy(update={"existed": existed})


def merged_facts(before: Agency, own: dict, successor: dict) -> dict:
    """The reports that answer a ceased body's duties: its own, and its successor's for the periods
    that end after it ceased (the successor reports them) or that it never reported."""
    until = before.existed.until
    out = dict(own)
    for key, fact in successor.items():
        if key not in out or (key[2] and until is not None and _ends_after(key[2], until)):
            out[key] = fact
    return out


def _ends_after(period: str, day: dt.date) -> bool:
    try:
        return parse_period(period).end > day
    except ValueError:
        return False


def borne_from(instance, day: dt.date) -> bool:
    """Whether a successor that took over on ``day`` bears this duty: its period ends on or after that
    day; a one-off duty, when it falls due on or after it or has no date (still owed)."""
    if instance.period:
        return _ends_after(instance.period, day - dt.timedelta(days=1))
    return instance.due is None or instance.due >= day
