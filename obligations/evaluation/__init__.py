"""Evaluation: agency registries and reported facts checked against the catalogue as at a date, by the
rule layer (``obligations.rules``, durable_rules), into findings with who answers and why.

What decides a status (met, unmet, no data ...) is ``plan.py`` (what is asked of whom, when) and
``obligations.rules`` (the comparison); ``findings.py`` explains each one, ``schema.py`` is its JSON
contract, ``tables.py`` its table and CSV.
"""

from .agencies import Agency, Registry, RegistryError, load_registries
from .evaluate import Evaluation, evaluate, explain_binding, load_sample
from .facts import Fact, FactError, facts_from_records, read_facts
from .history import History, evaluate_history
from .schema import findings_schema

__all__ = ["Agency", "Evaluation", "Fact", "FactError", "Registry", "RegistryError", "evaluate", "evaluate_history",
           "explain_binding", "facts_from_records", "History", "findings_schema", "load_registries", "load_sample", "read_facts"]
