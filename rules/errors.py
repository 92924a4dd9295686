"""Errors of the rule layer."""

from obligations.catalogue.errors import ObligationsError


class EngineError(ObligationsError):
    """The engine lost, duplicated or refused something: never a silent gap in the findings."""
