"""The library call: catalogue, agencies, facts and an as-of date in; findings out.

    import obligations
    catalogue = obligations.load_catalogue()
    registry, facts = obligations.load_sample(catalogue)   # or load_registries(...), read_facts(...)
    result = obligations.evaluate(catalogue, registry, facts, as_of=date(2015, 1, 15), province="Bắc Giang")
    for finding in result.findings: print(finding.status, finding.explanation)

Data flows one way: checks (from the catalogue) -> instances (bound to agencies as at the date)
-> sessions (engine facts) -> outcomes (the engine) -> findings. The default engine is
durable_rules; ``engine="reference"`` runs the plain-Python evaluator of the same semantics.
Safe to call from several threads: it keeps no state between calls but the engine's rulesets,
registered once under a lock; calls into durable_rules take turns on that lock; the cycle
collector, paused while evaluations run, resumes when the last one ends.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Iterable

from .agencies import Agency, Registry, load_registries
from ..catalogue.load import Catalogue
from ..catalogue.errors import NotFound
from .facts import Fact, read_facts
from .findings import STATUSES, Finding
from .notices import time_notices
from .plan import FactIndex, Planner, checks_of, evaluation_period, succession_reason, why_not
from .succession import borne_from, merged_facts, plan_subjects, standing_in
from ..catalogue.text import fold
from ..i18n import _

ENGINES = ("durable", "reference")


@dataclass
class Context:
    catalogue: Catalogue
    registry: Registry

    def party(self, party, province: str, as_of: dt.date) -> dict:
        """A party of the text (actor and/or title) resolved to the agency of that kind in the province."""
        agency = None
        if party.actor:
            found = self.registry.of_kind(province, party.actor)
            agency = found[0] if len(found) == 1 else None
            if agency is not None and agency.ceased_by(as_of):  # never a body that no longer exists
                bearers = [b for b in self.registry.bearers(agency.id, as_of) if not b.lost]
                agency = bearers[0].agency if len(bearers) == 1 else None
        actor = self.catalogue.actors.get(party.actor) if party.actor else None
        head = agency.head_on(as_of) if agency else None
        return {"actor": party.actor, "title": party.title or (head.title if head else actor.head if actor else None),
                "name": agency.name if agency else (actor.name if actor else party.title),
                "agency_id": agency.id if agency else None,
                "head_name": head.name if head else None}


@dataclass
class Evaluation:
    as_of: dt.date
    period: str
    engine: str
    findings: list[Finding]
    agencies: list[Agency]
    sample_data: bool = False
    facts_used: int = 0
    notices: list[dict] = field(default_factory=list)  # what changed by the date and what was done about it
    unassigned: list[dict] = field(default_factory=list)  # ceased bodies with no successor recorded

    def to_dict(self) -> dict:
        return {"as_of": self.as_of.isoformat(), "period": self.period, "engine": self.engine,
                "sample_data": self.sample_data, "agencies": len(self.agencies),
                "notices": self.notices, "unassigned": self.unassigned,
                "summary": self.summary, "findings": [f.to_dict() for f in self.findings]}

    @cached_property
    def json(self) -> dict:
        """``to_dict()``, built once (thousands of findings for a province): shared, never changed."""
        return self.to_dict()

    @cached_property
    def summary(self) -> dict:
        """Counts by status per agency (with its own head), per head who answers (a district's
        chairman also answers for its communes' 1.a targets) and per obligation."""
        per_agency: dict[str, dict] = {}
        per_head: dict[str, dict] = {}
        per_obligation: dict[str, dict] = {}
        for finding in self.findings:
            a = per_agency.get(finding.agency.id)
            if a is None:
                own = finding.agency_head
                a = per_agency[finding.agency.id] = {
                    "agency": finding.agency.id, "name": finding.agency.name,
                    "head": own["title"], "head_name": own["name"], "head_sample": own["sample"],
                    "counts": Counter()}
            a["counts"][finding.status] += 1
            answering = finding.responsible["agency_id"]  # the same person for duties and consequences
            h = per_head.get(answering)
            if h is None:
                head = finding.head_of(finding.context.registry.agencies[answering])
                h = per_head[answering] = {
                    "title": head["title"], "name": head["name"], "sample": head["sample"], "agency": answering,
                    "agency_name": head["agency_name"], "counts": Counter()}
            h["counts"][finding.status] += 1
            o = per_obligation.get(finding.check.id)
            if o is None:
                o = per_obligation[finding.check.id] = {
                    "check": finding.check.id, "obligation_id": finding.obligation.id,
                    "clause": finding.obligation.clause, "document": finding.document.symbol,
                    "citation": finding.citation, "duty": finding.duty_label, "counts": Counter()}
            o["counts"][finding.status] += 1
        for entry in [*per_agency.values(), *per_head.values(), *per_obligation.values()]:
            entry["counts"] = {s: entry["counts"][s] for s in STATUSES if entry["counts"][s]}
        totals = Counter(f.status for f in self.findings)
        return {"totals": {s: totals[s] for s in STATUSES if totals[s]}, "agencies": list(per_agency.values()),
                "heads": list(per_head.values()), "obligations": list(per_obligation.values())}


# ---------------------------------------------------------------------------------------------


_COMPILED: dict[int, tuple] = {}
_COMPILE_LOCK = threading.Lock()


def _compiled(checks: tuple) -> dict:
    """check id -> (ruleset, code); compiled once per set of checks."""
    from ..rules.compiler import compile_checks

    key = hash(tuple(c.id for c in checks))
    with _COMPILE_LOCK:
        if key not in _COMPILED:
            rulesets = compile_checks(checks)
            placement = {}
            for ruleset in rulesets:
                for code, check_id in ruleset.codes.items():
                    placement[check_id] = (ruleset, code)
            _COMPILED[key] = (rulesets, placement)
        return _COMPILED[key]


def evaluate(catalogue: Catalogue, registry: Registry, facts: list[Fact], as_of: dt.date, *,
             engine: str = "durable", period: str | None = None, province: str | None = None,
             agencies: Iterable[str] | None = None, documents: Iterable[str] | None = None,
             statuses: Iterable[str] | None = None, head: str | None = None,
             verify: bool = False) -> Evaluation:
    """Evaluate every obligation that binds the agencies, as at ``as_of``; see the module doc."""
    if engine not in ENGINES:
        raise ValueError(_("không rõ bộ máy '{engine}': hãy dùng một trong các bộ máy {engines}").format(
            engine=engine, engines=", ".join(ENGINES)))
    period = period or evaluation_period(as_of)
    context = Context(catalogue, registry)
    checks = checks_of(catalogue)
    if documents:
        wanted = {_document_id(catalogue, d) for d in documents}
        checks = tuple(c for c in checks if c.document.id in wanted)
    selected = _select_agencies(registry, province, agencies)
    rulesets, placement = _compiled(checks_of(catalogue))
    if engine == "durable":
        from ..rules import durable_engine as backend
        backend.register(rulesets)
    else:
        from ..rules import reference as backend
    from ..rules.session import build_sessions

    findings: list[Finding] = []
    plan = plan_subjects(registry, selected, as_of)  # once per evaluation: who bears whose duties
    unassigned: list[dict] = []
    with _cycle_collector_paused():
        index = FactIndex.build(facts, as_of, catalogue.metrics)
        planner = Planner(catalogue, registry, checks, index, as_of, period)
        waiting: list[list] = []  # the sessions of each subject not evaluated yet
        for duties in plan.subjects:
            agency = duties.subject
            own = planner.instances(agency) if duties.own or duties.inherited else []
            emitted = own if duties.own else []  # an agency bound in its own right bears it as its own
            groups = [(agency.id, emitted)]
            if duties.inherited:  # only where a body ceased: nothing more per agency at national scale
                own_by_key = {(i.check.id, i.key): i for i in own}
                seen = {(i.check.id, i.key) for i in emitted}  # one duty is borne once
            for before_id, steps in duties.inherited.items():
                before = registry.agencies[before_id]
                facts_known = merged_facts(before, index.of(before.id), index.of(agency.id))
                took_over = steps[-1].record.since  # the periods from then are the subject's to bear
                inherited = []
                for i in planner.instances(standing_in(before, agency.existed.until), facts_known):
                    key = (i.check.id, i.key)
                    if key in seen or not borne_from(i, took_over):
                        continue
                    seen.add(key)
                    if key in own_by_key:  # the successor is bound by the same duty in its own right
                        emitted.append(own_by_key[key])
                    else:
                        inherited.append(replace(i, agency=agency, succession=steps))
                groups.append((f"{agency.id}<{before.id}", inherited))
            waiting.append([session for session_id, instances in groups if instances
                            for session in build_sessions(session_id, instances, placement, as_of)])
            if len(waiting) == _SUBJECTS_PER_CALL:
                findings.extend(_findings(backend, waiting, verify, as_of, context))
                waiting = []
        findings.extend(_findings(backend, waiting, verify, as_of, context))
        for chosen, last in plan.lost:
            ended = last.existed.until + dt.timedelta(days=1)
            instances = [i for i in planner.instances(standing_in(chosen, None), index.of(chosen.id))
                         if borne_from(i, ended)]  # what no one bears: the periods after it ceased
            unassigned.append(_unassigned(chosen, last, instances))
    if statuses:
        wanted_status = set(statuses)
        findings = [f for f in findings if f.status in wanted_status]
    if head:
        wanted_head = fold(head)
        findings = [f for f in findings if wanted_head in fold(" ".join(
            filter(None, [f.responsible["title"], f.responsible["name"]])))]
    sample = any(a.province in registry.samples for a in selected)
    subjects = [d.subject for d in plan.subjects]
    notices = time_notices(catalogue, registry, checks, plan, unassigned, findings, as_of)
    return Evaluation(as_of, period, engine, findings, subjects, sample, len(facts), notices, unassigned)


#: Subjects whose sessions go to the engine in one call: durable_rules asserts the sessions of one
#: ruleset together (creating and deleting its state costs as much as a dozen facts).
_SUBJECTS_PER_CALL = 64
_ORDER = {status: i for i, status in enumerate(STATUSES)}


def _findings(backend, subjects: list[list], verify: bool, as_of: dt.date, context: Context) -> list[Finding]:
    """The findings of each subject's sessions, subject after subject (in administrative order),
    each subject's sorted by status, check and period."""
    answers = iter(backend.evaluate_each([session for sessions in subjects for session in sessions], verify=verify))
    out: list[Finding] = []
    for sessions in subjects:
        mine = [Finding(outcome.status, outcome.instance, session.reported(outcome.fact_ids), as_of, context)
                for session in sessions for outcome in next(answers)]
        mine.sort(key=lambda f: (_ORDER[f.status], f.instance.check.id, f.instance.period or ""))
        out.extend(mine)
    return out


def _unassigned(chosen: Agency, last: Agency, instances: list) -> dict:
    """A body that ceased with no successor recorded, and the duties the texts still gave it."""
    checks = sorted({i.check.id for i in instances})
    return {"agency": {"id": chosen.id, "name": chosen.name, "kind": chosen.kind, "province": chosen.province},
            "ceased": last.existed.until.isoformat() if last.existed.until else None,
            "last_body": {"id": last.id, "name": last.name} if last is not chosen else None,
            "note": last.existed.note, "duties": len(instances), "checks": checks}


_GC_LOCK = threading.Lock()
_GC_CALLS = 0  # evaluations under way that paused the collector
_GC_WAS_ENABLED = False


@contextmanager
def _cycle_collector_paused():
    """An evaluation creates about ten objects per finding and no reference cycles (a test checks
    it): Python's cycle collector would rescan the growing heap again and again, about half of the
    run time at national scale, and find nothing. It is paused during the call and resumed when
    the last concurrent call ends."""
    global _GC_CALLS, _GC_WAS_ENABLED
    with _GC_LOCK:
        if _GC_CALLS == 0:
            _GC_WAS_ENABLED = gc.isenabled()
            gc.disable()
        _GC_CALLS += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_CALLS -= 1
            if _GC_CALLS == 0 and _GC_WAS_ENABLED:
                gc.enable()


def _select_agencies(registry: Registry, province: str | None, agencies: Iterable[str] | None) -> list[Agency]:
    chosen = list(registry)
    if province:
        chosen = registry.in_province(province)
        if not chosen:
            from ..catalogue.errors import did_you_mean
            hint = did_you_mean(province, registry.provinces)
            raise NotFound(_("không có cơ quan nào của tỉnh '{province}' trong danh sách cơ quan").format(
                province=province) + "; " + (hint or _("các tỉnh: {provinces}").format(
                    provinces=", ".join(registry.provinces))))
    if agencies:
        ids = set()
        for query in agencies:
            found = registry.find(query)
            if not found:
                try:
                    registry.get(query)  # raises NotFound with a did-you-mean
                except NotFound as error:
                    raise NotFound(str(error), "--agency") from None
            ids.update(a.id for a in found)
        chosen = [a for a in chosen if a.id in ids]
    return sorted(chosen, key=lambda a: a.administrative_key)


def _document_id(catalogue: Catalogue, query: str) -> str:
    if query in catalogue.documents:
        return query
    found = catalogue.find_documents(query)
    if len(found) == 1:
        return found[0].id
    from ..catalogue.errors import did_you_mean
    hint = did_you_mean(query, [d.symbol or d.id for d in catalogue.encoded_documents()])
    raise NotFound(_("không có đúng một văn bản khớp với '{query}'").format(query=query) + (f"; {hint}" if hint else ""))


def explain_binding(catalogue: Catalogue, registry: Registry, obligation_id: str, agency_id: str,
                    as_of: dt.date) -> list[str]:
    """Why an obligation gives no finding for an agency; empty when it binds it."""
    agency = registry.get(agency_id)
    reasons = why_not(catalogue, catalogue.get_obligation(obligation_id), agency, as_of)
    ceased = succession_reason(registry, agency, as_of)
    return reasons + [ceased] if ceased else reasons


# ---------------------------------------------------------------------------------------------
# The shipped sample data


def sample_dir() -> Path:
    return Path(str(resources.files("obligations") / "sample"))


def load_sample(catalogue: Catalogue) -> tuple[Registry, list[Fact]]:
    """The demo agencies and facts of the five seed provinces (sample data)."""
    folder = sample_dir()
    registry = load_registries([folder / "agencies"], catalogue.actors, catalogue.attributes)
    fact_files = sorted((folder / "facts").glob("*.csv"))
    return registry, read_facts(fact_files, catalogue, registry)
