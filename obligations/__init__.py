"""obligations: Vietnamese directives on electronic documents, encoded as checkable obligations.

The package is built in rooms, one per stage of the flow (each room imports only from rooms below it)::

    directives/ (YAML) -> catalogue -> graph       -> letters -> faces (cli)
                                    -> evaluation (rules)

The library offers everything the command line does::

    import obligations
    catalogue = obligations.load_catalogue()            # the shipped directives, checked
    found = obligations.query(catalogue, actor="so noi vu", document="12/CT-UBND")
    data = obligations.to_json(catalogue, found)         # the public JSON contract
    problems = obligations.validate()                    # every problem, without raising

The dependency graph (documents, obligations and what ties them)::

    graph = obligations.build_graph(catalogue)
    obligations.trace(graph, "ttg/28-2018-qd-ttg/19.2")          # up and down, by province
    obligations.uptake(graph, province="Nghệ An", national="QĐ 28/2018")   # taken up or not
    obligations.check_graph(graph)                               # consistency findings

Agency facts evaluated as at a date (durable_rules by default; safe from several threads)::

    registry = obligations.load_registries(["my-province.yaml"], catalogue.actors, catalogue.attributes)
    facts = obligations.read_facts(["reports.xlsx"], catalogue, registry)   # or facts_from_records
    result = obligations.evaluate(catalogue, registry, facts, date(2015, 1, 15), province="Bắc Giang")
    result.findings[0].explanation, result.summary, result.to_dict()   # JSON: findings_schema()
    result.notices, result.unassigned          # what changed by the date; bodies ceased with no successor
    obligations.evaluate_history(catalogue, registry, facts, range(2014, 2017), province="Khánh Hòa").to_dict()
"""

from __future__ import annotations

from .catalogue import (Actor, Catalogue, CatalogueError, Deadline, Document, Match, Metric, NotFound,
                        Obligation, ObligationView, ObligationsError, Problem, Query, Target, contract_schema,
                        default_root, load_catalogue, obligation_view, run_query, to_jsonable, validate)
from .graph import (DependencyGraph, Finding, Trace, Uptake, build_graph, check_graph, export_graph, trace,
                    uptake)
from .evaluation import (Agency, Evaluation, Fact, FactError, History, Registry, RegistryError, evaluate,
                         evaluate_history, explain_binding, facts_from_records, findings_schema, load_registries, load_sample,
                         read_facts)

__all__ = [
    "Actor", "Catalogue", "CatalogueError", "Deadline", "Document", "Match", "Metric", "NotFound",
    "Obligation", "ObligationView", "ObligationsError", "Problem", "Query", "Target", "contract_schema",
    "default_root", "load_catalogue", "obligation_view", "query", "run_query", "to_json", "to_jsonable",
    "validate",
    # the dependency graph (issue 3)
    "DependencyGraph", "Finding", "Trace", "Uptake", "build_graph", "check_graph", "export_graph", "trace",
    "uptake",
    # agency facts and the rule engine (issue 4)
    "Agency", "Evaluation", "Fact", "FactError", "Registry", "RegistryError", "evaluate", "explain_binding",
    "facts_from_records", "findings_schema", "load_registries", "load_sample", "read_facts",
    # time: a trend over years (issue 13)
    "History", "evaluate_history",
]


def query(catalogue: Catalogue, **filters) -> list[Obligation]:
    """Obligations matching the filters of ``Query`` (document, actor, province, level, due_before,
    due_after, metric, modality, text, direct_only)."""
    return [match.obligation for match in run_query(catalogue, Query(**filters))]


def to_json(catalogue: Catalogue, found: list[Obligation]) -> list[dict]:
    """The public JSON contract (see ``contract_schema()``) for these obligations."""
    return to_jsonable([obligation_view(catalogue, obligation) for obligation in found])
