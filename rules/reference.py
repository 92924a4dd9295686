"""The plain-Python reference evaluator: the same semantics as the compiled rules, by hand.

It is the test oracle for the durable_rules engine (property-based tests require identical
outcomes) and an alternative engine for bulk runs (about a hundred times faster).
"""

from __future__ import annotations

import operator

from .compiler import HOLDS, OPERATOR, missed_status, scaled
from .session import Outcome, Session, check_outcomes

_OPS = {"$gte": operator.ge, "$lte": operator.le, "$gt": operator.gt, "$lt": operator.lt, "$eq": operator.eq}


def evaluate(sessions: list[Session], verify: bool = False) -> list[Outcome]:
    return [outcome for outcomes in evaluate_each(sessions, verify) for outcome in outcomes]


def evaluate_each(sessions: list[Session], verify: bool = False) -> list[list[Outcome]]:
    """One list of outcomes per session, as ``durable_engine.evaluate_each``."""
    out: list[list[Outcome]] = []
    for session in sessions:
        outcomes = list(_session(session))
        check_outcomes(session, outcomes, "reference")
        out.append(outcomes)
    return out


def _session(session: Session):
    index: dict[tuple, dict] = {}
    for fact in session.facts:
        index[(fact["t"], fact.get("metric") or fact.get("o"), fact["k"])] = fact
    for question, instance in zip(session.questions, session.instances):
        check = instance.check
        late = question["today"] > question["due"]
        if question["hold"] and check.kind != "consequence":
            yield Outcome(instance, HOLDS[question["hold"]], (), "reference")
            continue
        if check.kind == "target":
            fact = index.get(("m", check.metric, question["k"]))
            if fact is None:
                status = "no_data" if late else "pending"
            elif _OPS[OPERATOR[check.comparator]](fact["v"], scaled(check.value)):
                status = "met"
            else:
                status = missed_status(check) if late else "pending"
        elif check.kind == "event":
            fact = index.get(("e", check.obligation.id, question["k"]))
            if fact is None:
                status = "no_data" if late else "pending"
            elif fact["done"]:
                status = "met" if fact["d"] <= question["due"] else "met_late"
            else:
                status = missed_status(check) if late else "pending"
        elif check.kind == "attestation":
            fact = index.get(("a", check.obligation.id, question["k"]))
            status = "attested" if fact is not None and fact["v"] == 1 else "not_attested"
        else:
            found = [index.get(("m", metric, question[f"k{i}"])) for i, (metric, _, _) in enumerate(check.conditions)]
            hits = [f is not None and _OPS[OPERATOR[comparator]](f["v"], scaled(value))
                    for f, (_, comparator, value) in zip(found, check.conditions)]
            if (any(hits) if check.any_of else all(hits)):
                used = [f for f, hit in zip(found, hits) if hit]
                yield Outcome(instance, "triggered", tuple(sorted(f["id"] for f in used)), "reference")
            continue
        yield Outcome(instance, status, (fact["id"],) if fact is not None else (), "reference")
