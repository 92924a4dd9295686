"""What one agency's evaluation asks of the engine: its facts and its questions, as engine facts.

Both evaluators (durable_rules and the plain-Python reference) take the same sessions and must
return the same outcomes: for each question (instance) its status and the facts it matched.
Numbers are scaled integers (``compiler.scaled``), days are ordinal day numbers, every fact has a
unique ``id`` (the engine de-duplicates facts by content otherwise).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from .compiler import CompiledRuleset, scaled

#: A due date the text does not give: never passes.
NO_DUE = dt.date(9999, 12, 31).toordinal()


@dataclass
class Session:
    """The facts and questions of one agency for one ruleset."""

    agency_id: str
    ruleset: CompiledRuleset
    facts: list[dict] = field(default_factory=list)  # facts[i] has the id f"f{i}"
    sources: list[tuple] = field(default_factory=list)  # facts[i] stands for the reported facts sources[i]
    questions: list[dict] = field(default_factory=list)  # questions[i] has the id f"q{i}"
    instances: list = field(default_factory=list)  # questions[i] asks about instances[i]

    def reported(self, fact_ids) -> tuple:
        """The reported facts (facts.Fact) behind engine facts, in order, each once."""
        out: dict[int, object] = {}
        for fact_id in fact_ids:
            for fact in self.sources[int(fact_id[1:])]:
                out.setdefault(id(fact), fact)
        return tuple(out.values())


class Outcome(NamedTuple):  # a tuple: one is made per finding, and a frozen dataclass costs twice as much
    instance: object  # plan.Instance
    status: str
    fact_ids: tuple[str, ...]  # the data facts the deciding rule matched
    rule: str


def build_sessions(agency_id: str, instances: list, placement: dict[str, tuple[CompiledRuleset, str]],
                   as_of: dt.date) -> list[Session]:
    """Route each instance to the ruleset holding its check; add the facts it may read."""
    today = as_of.toordinal()
    sessions: dict[str, Session] = {}
    seen: dict[str, set] = {}
    for instance in instances:
        ruleset, code = placement[instance.check.id]
        session = sessions.get(ruleset.name)
        if session is None:
            session = sessions[ruleset.name] = Session(agency_id, ruleset)
            seen[ruleset.name] = set()
        if instance.facts and not instance.hold:
            known = seen[ruleset.name]
            for fact, sources in _data_facts(instance):
                signature = (fact["t"], fact.get("metric") or fact.get("o"), fact["k"])
                if signature in known:
                    continue
                known.add(signature)
                fact["id"] = f"f{len(session.facts)}"
                session.facts.append(fact)
                session.sources.append(sources)
        question = {"t": "held" if instance.hold else "chk", "c": code, "id": f"q{len(session.questions)}",
                    "today": today, "due": instance.due.toordinal() if instance.due else NO_DUE,
                    "hold": instance.hold}
        if instance.keys:
            question.update({f"k{i}": key for i, key in enumerate(instance.keys)})
        else:
            question["k"] = instance.key
        session.questions.append(question)
        session.instances.append(instance)
    return list(sessions.values())


def _data_facts(instance) -> list[tuple[dict, tuple]]:
    """The engine facts of an instance, each with the reported facts it stands for."""
    check = instance.check
    if check.kind == "target":
        if instance.population is not None:
            if instance.population.value is None:
                return []
            return [({"t": "m", "metric": check.metric, "k": instance.key, "v": scaled(instance.population.value)},
                     tuple(instance.facts))]
        return [({"t": "m", "metric": check.metric, "k": instance.key, "v": scaled(f.value)}, (f,))
                for f in instance.facts]
    if check.kind == "consequence":
        return [({"t": "m", "metric": f.metric, "k": f"{f.metric}|{f.period}", "v": scaled(f.value)}, (f,))
                for f in instance.facts]
    oid = check.obligation.id
    if check.kind == "event":
        return [({"t": "e", "o": oid, "k": instance.key, "d": f.date.toordinal() if f.date else 0,
                  "done": 1 if f.done else 0}, (f,)) for f in instance.facts]
    return [({"t": "a", "o": oid, "k": instance.key, "v": int(f.value)}, (f,)) for f in instance.facts]


def check_outcomes(session: Session, outcomes: list[Outcome], engine: str) -> None:
    """Conservation: every question answered exactly once (consequences: at most once)."""
    from .errors import EngineError

    counts = Counter(id(outcome.instance) for outcome in outcomes)
    for instance in session.instances:
        n = counts.get(id(instance), 0)
        allowed = (0, 1) if instance.check.kind == "consequence" else (1,)
        if n not in allowed:
            raise EngineError(
                f"{engine}: the question {instance.check.id} for {session.agency_id} "
                f"({instance.period or 'no period'}) got {n} answers instead of {allowed[-1]}; "
                "a fact was lost or a rule overlaps: this is a bug, please report it")
