"""The rule layer: compiles obligations into durable_rules rulesets and evaluates agency facts.

Installed as ``obligations.rules`` (never as a top-level ``rules``, an import name already taken on
PyPI). What decides a status (met, unmet, met late, pending, no data ...): ``compiler.py`` writes it as
rules, ``reference.py`` says the same in plain Python (the test oracle); ``durable_engine.py`` is the
only module that imports durable_rules; ``session.py`` turns one agency's facts and questions into
engine facts. The evaluation room (``obligations.evaluation``) calls this layer; it calls no room but
the catalogue.
"""
