"""The rule layer: compiles obligations into durable_rules rulesets and evaluates agency facts.

Installed as ``obligations.rules`` (never as a top-level ``rules``, an import name already taken on
PyPI). The engine arrives with the rule-engine issue; until then this package only reserves its place
in the design card's layout.
"""
