"""The one module that talks to durable_rules (2.0.28, unmaintained since 2020).

We drive durable_rules' core (the ``durable_rules_engine`` extension: the Rete network, in C)
through a host of our own, with the same calls its Python ``durable.engine.Host`` makes, minus what
we do not need: that host wraps every fired rule in Closure/Promise objects, serialises the whole
state to JSON and back once per action and starts timer threads that never stop; here one fired
rule costs one small JSON read (through orjson: with the standard library's json, reading and writing
took about half the time of a national run). Actions only collect: the host reads each fired rule and
the facts it matched, completes the action and asks for the next, until none is left.

durable_rules' sharp edges (measured in shared/docs/durable-rules.md) and how each is handled:

- global ruleset registry: our host holds its own rulesets, created from JSON; they cannot be
  removed, so they are named by content hash and registered once per process;
- timer threads: none are started; every call here is synchronous;
- sids hashed to 32 bits, at most 1024 live sids: one sid only (the default, "0"), reused for
  every session and deleted in ``finally``; sessions never overlap (a lock);
- facts de-duplicated by content: every fact carries a unique ``id`` (the core answers
  "observed" otherwise, which is an error here);
- facts matching no rule are refused ("not handled"): sink rules (compiler.SINK_RULES);
- deleting a state whose actions are still queued crashes the process: every queued action is
  taken before the state is deleted, on error paths too;
- more than 64 rules per fact, 512 rules on one condition: limited by the compiler;
- numbers the JSON parser rejects (1e-05), mixed types, dates: scaled integers and day numbers;
- actions raising exceptions: no Python action runs inside the engine;
- absence (``$not``) fires when its trigger arrives: questions are asserted after the data;
- conservation: every question must get exactly one answer (session.check_outcomes), and the
  engine must hold every fact asserted (checked when ``verify`` is on).

Thread safety: durable_rules has no locks; every call into it holds ``_LOCK``, so the engine may be
used from several threads (they take turns); the plain-Python reference evaluator runs in parallel.
"""

from __future__ import annotations

import json
import threading

import durable_rules_engine as _core
import orjson

from obligations.i18n import _

from .compiler import HELD, HOLDS, CompiledRuleset
from .errors import EngineError
from .session import Outcome, Session, check_outcomes

_LOCK = threading.RLock()
_SID = "0"  # the core's default sid: facts are asserted without one
_NOT_HANDLED, _OBSERVED = 1, 2  # the core's answers to an assert (0 is success)


class _Host:
    """durable_rules' core, with our rulesets and a loop that collects what fired."""

    def __init__(self):
        self.handles: dict[str, int] = {}

    def register(self, ruleset: CompiledRuleset) -> None:
        if ruleset.name not in self.handles:
            self.handles[ruleset.name] = _core.create_ruleset(ruleset.name, json.dumps(ruleset.rules))

    def run(self, name: str, batch: list[dict]) -> list[tuple[str, dict]]:
        """Assert the batch into the sid; return (rule, matched facts) for every rule that fired."""
        handle = self.handles[name]
        try:
            code, _state = _core.assert_facts(handle, orjson.dumps(batch).decode())
        finally:
            fired = self._take_actions(handle)
        if code == _NOT_HANDLED:
            raise EngineError(_("có số liệu không khớp với quy tắc nào (durable_rules không nhận số liệu như vậy)"))
        if code == _OBSERVED:
            raise EngineError(_("có số liệu được đưa vào hai lần (durable_rules gộp các số liệu trùng nội dung)"))
        return fired

    @staticmethod
    def _take_actions(handle: int) -> list[tuple[str, dict]]:
        """Take every action the core has queued, also after a refused assert: deleting a state
        whose actions are still queued crashes the process (segmentation fault)."""
        fired: list[tuple[str, dict]] = []
        started = _core.start_action(handle)
        state = started[2] if started else None
        message = started[1] if started else None
        while message:
            fired.extend(orjson.loads(message).items())
            message = _core.complete_and_start_action(handle, state)
        return fired

    def stored(self, name: str) -> list[dict]:
        return orjson.loads(_core.get_facts(self.handles[name], _SID))

    def delete(self, name: str) -> None:
        _core.delete_state(self.handles[name], _SID)


_HOST = _Host()


def register(rulesets: list[CompiledRuleset]) -> None:
    """Register rulesets once per process (they are named by their content)."""
    with _LOCK:
        for ruleset in rulesets:
            _HOST.register(ruleset)


def evaluate(sessions: list[Session], verify: bool = False) -> list[Outcome]:
    """Assert each session's facts then questions, collect the rules that fired, check conservation."""
    out: list[Outcome] = []
    with _LOCK:
        for session in sessions:
            out.extend(_run(session, verify))
    return out


def _run(session: Session, verify: bool) -> list[Outcome]:
    name = session.ruleset.name
    if name not in _HOST.handles:
        raise EngineError(_("bộ quy tắc {name} chưa được đăng ký: hãy gọi register() với các bộ quy tắc đã biên dịch "
                            "trước").format(name=name))
    batch = session.facts + session.questions  # data first: absence is decided when the question arrives
    try:
        fired = _HOST.run(name, batch)
        if verify:
            stored = _HOST.stored(name)
            if len(stored) != len(batch):
                raise EngineError(_("durable_rules chỉ giữ {stored} trên {asserted} số liệu đã đưa vào của {agency}: "
                                    "có số liệu bị mất").format(stored=len(stored), asserted=len(batch),
                                                               agency=session.agency_id))
    except EngineError as error:
        raise EngineError(_("durable_rules, số liệu của {agency}: {error}").format(agency=session.agency_id,
                                                                                error=error)) from None
    except MemoryError:
        raise EngineError(_("durable_rules đã hết chỗ cho phiên xử lý (tối đa 1024 sid cùng lúc)")) from None
    except Exception as error:  # noqa: BLE001 - the C core reports errors as bare exceptions with a code
        raise EngineError(_("durable_rules gặp lỗi khi xử lý số liệu của {agency}: {error}").format(
            agency=session.agency_id, error=error)) from None
    finally:
        try:
            _HOST.delete(name)
        except Exception:  # noqa: BLE001 - nothing stored under the sid
            pass
    outcomes = _outcomes(session, fired)
    check_outcomes(session, outcomes, "durable_rules")
    return outcomes


def _outcomes(session: Session, fired: list[tuple[str, dict]]) -> list[Outcome]:
    by_question = {q["id"]: i for i, q in enumerate(session.questions)}
    out: dict[int, Outcome] = {}
    extra: list[Outcome] = []
    for rule, frame in fired:
        code_status = session.ruleset.statuses.get(rule)
        if code_status is None:
            raise EngineError(f"durable_rules fired an unknown rule '{rule}'")
        index = by_question.get((frame.get("q") or {}).get("id"))
        if index is None:
            raise EngineError(f"rule '{rule}' fired without its question")
        instance = session.instances[index]
        fact_ids = {v["id"] for k, v in frame.items() if k != "q" and isinstance(v, dict) and "id" in v}
        if index in out and instance.check.kind == "consequence":
            # 'any' conditions: one rule per condition may fire; one finding naming every hit
            fact_ids |= set(out[index].fact_ids)
        elif index in out:
            extra.append(out[index])  # two answers to one question: check_outcomes reports it
        status = code_status[1]
        if status == HELD:
            status = HOLDS[session.questions[index]["hold"]]
        out[index] = Outcome(instance, status, tuple(sorted(fact_ids)), rule)
    return list(out.values()) + extra
