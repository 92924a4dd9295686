"""obligations: Vietnamese directives on electronic documents, encoded as checkable obligations.

The library offers everything the command line does::

    import obligations
    catalogue = obligations.load_catalogue()            # the shipped directives, checked
    found = obligations.query(catalogue, actor="so noi vu", document="12/CT-UBND")
    data = obligations.to_json(catalogue, found)         # the public JSON contract
    problems = obligations.validate()                    # every problem, without raising
"""

from __future__ import annotations

from .catalogue import Catalogue, default_root, load_catalogue, validate
from .errors import CatalogueError, NotFound, ObligationsError, Problem
from .model import Actor, Deadline, Document, Metric, Obligation, Target
from .query import Match, Query, run_query
from .views import ObligationView, contract_schema, obligation_view, to_jsonable

__all__ = [
    "Actor", "Catalogue", "CatalogueError", "Deadline", "Document", "Match", "Metric", "NotFound",
    "Obligation", "ObligationView", "ObligationsError", "Problem", "Query", "Target", "contract_schema",
    "default_root", "load_catalogue", "obligation_view", "query", "run_query", "to_json", "to_jsonable",
    "validate",
]


def query(catalogue: Catalogue, **filters) -> list[Obligation]:
    """Obligations matching the filters of ``Query`` (document, actor, province, level, due_before,
    due_after, metric, modality, text, direct_only)."""
    return [match.obligation for match in run_query(catalogue, Query(**filters))]


def to_json(catalogue: Catalogue, found: list[Obligation]) -> list[dict]:
    """The public JSON contract (see ``contract_schema()``) for these obligations."""
    return to_jsonable([obligation_view(catalogue, obligation) for obligation in found])
