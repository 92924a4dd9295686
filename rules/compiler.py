"""Compile checks into durable_rules rulesets, as data (plain JSON, no decorators, no globals).

Facts, as the engine sees them (built by ``session.py``):

- ``{"t": "m", "metric": M, "k": "M|2014", "v": 78000}``: a metric value (scaled integer, see session);
- ``{"t": "e", "o": OBLIGATION, "k": "OBLIGATION|2014", "d": DAY, "done": 1}``: an event;
- ``{"t": "a", "o": OBLIGATION, "k": "OBLIGATION|2014", "v": 1}``: an attestation;
- ``{"t": "chk", "c": "k17", "k": KEY, "due": DAY, "today": DAY, "hold": 0}``: one question, asserted
  after the data so that absence (``$not``) is decided when every fact is in. A question the
  evaluation holds back is asserted with ``"t": "held"`` and ``hold`` saying why: 1 the binding
  cannot be decided (an agency attribute is unknown), 2 an exception needs a reviewer, 3 two clauses
  conflict; one rule per check takes it, and its status is the hold's (``HOLDS``).

A missed target or duty of a strive (phấn đấu) check is ``strive_missed``, not ``unmet``.

Each check compiles into rules that are mutually exclusive and together cover every case, so each
question gets exactly one status (consequences: one rule per condition set, zero or one finding).
Every rule's conditions start with a constant that only its own check's facts carry (the check code
on ``chk``, the metric or the obligation on data facts): few rules can match any one fact, which
keeps under the engine's 64-rules-per-fact limit; rulesets are split so none exceeds MAX_RULES.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from obligations.catalogue.errors import ObligationsError
from obligations.i18n import _

#: durable_rules freezes with 512+ rules branching from one shared condition; stay well below.
MAX_RULES = 240
#: durable_rules fails (error 303, or worse) when more than 64 rules match one fact.
MAX_RULES_PER_FACT = 48

SCALE = 1000  # values are compared as integers: 78.125% -> 78125 (the engine's JSON parser
#               rejects exponents such as 1e-05, and mixed types compare as strings)

_NEGATION = {"$gte": "$lt", "$lte": "$gt", "$gt": "$lte", "$lt": "$gte", "$eq": "$neq"}
#: hold value -> status (see plan.HOLD_*); the rule that takes held questions answers HELD
HOLDS = {1: "undecided", 2: "needs_review", 3: "conflict"}
HELD = "held"


def missed_status(check) -> str:
    """A breached must is ``unmet``; a missed strive target is reported as such."""
    return "strive_missed" if getattr(check, "modality", "must") == "strive" else "unmet"

OPERATOR = {"at_least": "$gte", "at_most": "$lte", "above": "$gt", "below": "$lt", "equals": "$eq"}


class CompileError(ObligationsError):
    """The checks cannot be compiled into rulesets the engine evaluates safely."""


def scaled(value: float) -> int:
    number = round(float(value) * SCALE)
    if abs(number) >= 10 ** 15:
        raise CompileError(_("giá trị {value} quá lớn để bộ máy quy tắc xử lý (tối đa 1e12)").format(value=value))
    return number


@dataclass(frozen=True)
class CompiledRuleset:
    name: str  # content hash: a ruleset cannot be changed or removed once registered
    rules: dict  # rule name -> definition, with "run" = the action name (= rule name)
    codes: dict  # check code ("k17") -> check id
    statuses: dict  # rule name -> (check code, status)


def _condition(operator: str, value: int) -> dict:
    """``v <operator> value`` in the engine's JSON."""
    return {"v": value} if operator == "$eq" else {operator: {"v": value}}


def _rules_for(code: str, check) -> dict[str, tuple[dict, str]]:
    """Rule name -> (definition without 'run', status)."""
    late = [{"$gt": {"today": {"$m": "due"}}}]
    in_time = [{"$lte": {"today": {"$m": "due"}}}]

    def chk(extra=()):
        return {"q": {"$and": [{"t": "chk"}, {"c": code}, *extra]}}

    rules: dict[str, tuple[dict, str]] = {}
    missed = missed_status(check)
    if check.kind != "consequence":
        # A held question is asserted as "held", not "chk": one rule per check takes it (a rule costs
        # the engine memory, a condition on every rule costs time); its hold names the status.
        rules[f"{code}.held"] = ({"all": [{"q": {"$and": [{"t": "held"}, {"c": code}]}}]}, HELD)
    if check.kind == "target":
        op = OPERATOR[check.comparator]
        value = scaled(check.value)
        data = lambda cond: {"f": {"$and": [{"t": "m"}, {"metric": check.metric}, {"k": {"q": "k"}}, cond]}}  # noqa: E731
        absent = {"f$not": {"$and": [{"t": "m"}, {"metric": check.metric}, {"k": {"q": "k"}}]}}
        rules[f"{code}.met"] = ({"all": [chk(), data(_condition(op, value))]}, "met")
        rules[f"{code}.unmet"] = ({"all": [chk(late), data(_condition(_NEGATION[op], value))]}, missed)
        rules[f"{code}.below"] = ({"all": [chk(in_time), data(_condition(_NEGATION[op], value))]}, "pending")
        rules[f"{code}.gap"] = ({"all": [chk(late), absent]}, "no_data")
        rules[f"{code}.wait"] = ({"all": [chk(in_time), absent]}, "pending")
    elif check.kind == "event":
        oid = check.obligation.id
        data = lambda extra: {"f": {"$and": [{"t": "e"}, {"o": oid}, {"k": {"q": "k"}}, *extra]}}  # noqa: E731
        absent = {"f$not": {"$and": [{"t": "e"}, {"o": oid}, {"k": {"q": "k"}}]}}
        rules[f"{code}.met"] = ({"all": [chk(), data([{"done": 1}, {"$lte": {"d": {"q": "due"}}}])]}, "met")
        rules[f"{code}.late"] = ({"all": [chk(), data([{"done": 1}, {"$gt": {"d": {"q": "due"}}}])]}, "met_late")
        rules[f"{code}.unmet"] = ({"all": [chk(late), data([{"done": 0}])]}, missed)
        rules[f"{code}.undone"] = ({"all": [chk(in_time), data([{"done": 0}])]}, "pending")
        rules[f"{code}.gap"] = ({"all": [chk(late), absent]}, "no_data")
        rules[f"{code}.wait"] = ({"all": [chk(in_time), absent]}, "pending")
    elif check.kind == "attestation":
        oid = check.obligation.id
        data = lambda v: {"f": {"$and": [{"t": "a"}, {"o": oid}, {"k": {"q": "k"}}, {"v": v}]}}  # noqa: E731
        absent = {"f$not": {"$and": [{"t": "a"}, {"o": oid}, {"k": {"q": "k"}}]}}
        rules[f"{code}.yes"] = ({"all": [chk(), data(1)]}, "attested")
        rules[f"{code}.no"] = ({"all": [chk(), data(0)]}, "not_attested")
        rules[f"{code}.none"] = ({"all": [chk(), absent]}, "not_attested")
    elif check.kind == "consequence":
        parts = [
            {f"f{i}": {"$and": [{"t": "m"}, {"metric": metric}, {"k": {"q": f"k{i}"}},
                                _condition(OPERATOR[comparator], scaled(value))]}}
            for i, (metric, comparator, value) in enumerate(check.conditions)]
        if check.any_of:
            for i, part in enumerate(parts):
                rules[f"{code}.when{i}"] = ({"all": [chk(), part]}, "triggered")
        else:
            rules[f"{code}.when"] = ({"all": [chk(), *parts]}, "triggered")
    else:
        raise CompileError(_("không rõ loại phép kiểm tra '{kind}' ({check})").format(kind=check.kind, check=check.id))
    return rules


def _discriminators(check) -> list[str]:
    """The constants a data fact carries that let it match this check's rules."""
    if check.kind == "target":
        return [f"m:{check.metric}"]
    if check.kind in ("event", "attestation"):
        return [f"o:{check.obligation.id}"]
    return [f"m:{metric}" for metric, *_rest in check.conditions]


#: Facts of these kinds must match some rule, or the engine refuses them (MessageNotHandled):
#: one rule per kind that joins with a fact that never comes, so it never fires.
SINK_RULES = {f"sink.{kind}": {"all": [{"x": {"t": kind}}, {"y": {"t": "never"}}]}
              for kind in ("m", "e", "a", "chk", "held")}


def compile_checks(checks) -> list[CompiledRuleset]:
    """Group checks by document into rulesets, split to respect the engine's limits."""
    by_document: dict[str, list] = {}
    for check in checks:
        by_document.setdefault(check.document.id, []).append(check)
    out: list[CompiledRuleset] = []
    for document_id in sorted(by_document):
        out.extend(_pack(by_document[document_id]))
    return out


def _pack(checks) -> list[CompiledRuleset]:
    groups: list[tuple[dict, dict, dict, dict]] = []  # rules, codes, statuses, per-discriminator counts
    current = None
    for number, check in enumerate(checks):
        code = f"k{number}"
        rules = _rules_for(code, check)
        weight = {d: len(rules) for d in _discriminators(check)}
        if len(rules) + len(SINK_RULES) > MAX_RULES or any(w > MAX_RULES_PER_FACT for w in weight.values()):
            raise CompileError(_("{check}: {count} quy tắc cho một phép kiểm tra, vượt giới hạn của bộ máy quy tắc").format(
                check=check.id, count=len(rules)))
        if current is None or (len(current[0]) + len(rules) + len(SINK_RULES) > MAX_RULES
                               or any(current[3].get(d, 0) + w > MAX_RULES_PER_FACT for d, w in weight.items())):
            current = ({}, {}, {}, {})
            groups.append(current)
        for name, (definition, status) in rules.items():
            current[0][name] = definition
            current[2][name] = (code, status)
        current[1][code] = check.id
        for d, w in weight.items():
            current[3][d] = current[3].get(d, 0) + w
    out = []
    for rules, codes, statuses, _weights in groups:
        rules = {**rules, **SINK_RULES}
        digest = hashlib.sha1(json.dumps(rules, sort_keys=True).encode()).hexdigest()[:16]
        out.append(CompiledRuleset(f"obligations-{digest}", rules, codes, statuses))
    return out
