"""The catalogue: directive files read into the obligation model and checked (YAML, cross-file checks,
source quotes, clause coverage), with the questions asked of it (query) and its public JSON views.

Everything else in the package is built on this room; it imports from no other room.
"""

from .errors import CatalogueError, NotFound, ObligationsError, Problem
from .load import Catalogue, default_root, load_catalogue, validate
from .model import Actor, Deadline, Document, Metric, Obligation, Target
from .query import Match, Query, run_query
from .version import catalogue_version
from .views import ObligationView, contract_schema, obligation_view, to_jsonable

__all__ = [
    "Actor", "Catalogue", "CatalogueError", "Deadline", "Document", "Match", "catalogue_version", "Metric", "NotFound", "Obligation",
    "ObligationView", "ObligationsError", "Problem", "Query", "Target", "contract_schema", "default_root",
    "load_catalogue", "obligation_view", "run_query", "to_jsonable", "validate",
]
