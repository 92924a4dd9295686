"""Evaluating in tests: both engines on the same facts, which must agree."""

from obligations.evaluation.evaluate import evaluate
from obligations.evaluation.facts import facts_from_records


def run_both(catalogue, registry, records, as_of, **filters):
    """Evaluate with durable_rules and the reference; they must agree; {(check, agency, period): finding}."""
    facts = facts_from_records(records, catalogue, registry)
    results = [evaluate(catalogue, registry, facts, as_of, engine=engine, verify=True, **filters)
               for engine in ("durable", "reference")]
    durable, reference = ({(f.check.id, f.agency.id, f.period): f.status for f in r.findings} for r in results)
    assert durable == reference
    return {(f.check.id, f.agency.id, f.period): f for f in results[0].findings}


def value(agency, metric, period, v):
    """A reported figure, as a facts file gives it."""
    return {"type": "value", "agency": agency, "metric": metric, "period": period, "value": v}
