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
  every batch and deleted in ``finally``; batches never overlap (a lock);
- a fact is known by the 32-bit FNV-1a hash of its ``id`` (two ids of one hash: the second fact
  is dropped and the core answers "observed"): in a batch, ids are the facts' positions written in
  decimal, whose hashes are all distinct below ``DISTINCT_IDS`` (checked by a test); "observed" is
  an error here all the same (after one, the state is corrupt: deleting it crashed the process);
- a state costs about as much to create and delete as a dozen facts cost to assert: several
  agencies' sessions of one ruleset share one batch (up to ``MAX_BATCH`` facts), each session's
  keys prefixed with its place in the batch so that no rule joins facts of two sessions;
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
    """Every session's outcomes, in the order of the sessions (see ``evaluate_each``)."""
    return [outcome for outcomes in evaluate_each(sessions, verify) for outcome in outcomes]


def evaluate_each(sessions: list[Session], verify: bool = False) -> list[list[Outcome]]:
    """Assert the sessions' facts then questions, collect the rules that fired, check conservation;
    one list of outcomes per session. Sessions of one ruleset are asserted together, in batches."""
    answers: list[list[Outcome]] = [[] for _session in sessions]
    by_ruleset: dict[str, list[int]] = {}
    for i, session in enumerate(sessions):
        by_ruleset.setdefault(session.ruleset.name, []).append(i)
    with _LOCK:
        for name, members in by_ruleset.items():
            if name not in _HOST.handles:
                raise EngineError(_("bộ quy tắc {name} chưa được đăng ký: hãy gọi register() với các bộ quy tắc "
                                    "đã biên dịch trước").format(name=name))
            for batch in _batches(members, sessions):
                group = [sessions[i] for i in batch]
                try:
                    found = _run(name, group, verify)
                except EngineError:
                    if len(group) == 1:
                        raise
                    found = [_run(name, [session], verify)[0] for session in group]  # names the agency at fault
                for i, outcomes in zip(batch, found):
                    answers[i] = outcomes
    return answers


#: Facts (data and questions) per batch: far fewer than the decimal ids of distinct hashes.
MAX_BATCH = 2000
#: The decimal ids "0" to "797185" have distinct FNV-1a hashes (tests/test_differential.py).
DISTINCT_IDS = 797_186


def _batches(members: list[int], sessions: list[Session]):
    """Consecutive sessions, up to MAX_BATCH facts in all (a larger session goes alone)."""
    batch: list[int] = []
    size = 0
    for i in members:
        items = len(sessions[i].facts) + len(sessions[i].questions)
        if batch and size + items > MAX_BATCH:
            yield batch
            batch, size = [], 0
        batch.append(i)
        size += items
    if batch:
        yield batch


def _keyed(item: dict, place: int, number: int) -> dict:
    """An engine fact of the session at ``place`` in the batch: its id is its number in the batch,
    its keys are prefixed with the place (the rules join on keys, so never across sessions)."""
    out = {**item, "id": str(number)}
    if "k" in item:
        out["k"] = f"{place}|{item['k']}"
    else:  # a consequence's question: one key per condition, k0, k1, ...
        i = 0
        while (name := f"k{i}") in item:
            out[name] = f"{place}|{item[name]}"
            i += 1
    return out


def _run(name: str, group: list[Session], verify: bool) -> list[list[Outcome]]:
    batch: list[dict] = []
    owner: list[tuple[int, str | int]] = []  # batch id -> (place of the session, its fact id or question index)
    # data first, then questions: absence is decided when the question arrives
    for place, session in enumerate(group):
        for item in session.facts:
            owner.append((place, item["id"]))
            batch.append(_keyed(item, place, len(batch)))
    for place, session in enumerate(group):
        for index, item in enumerate(session.questions):
            owner.append((place, index))
            batch.append(_keyed(item, place, len(batch)))
    if len(batch) > DISTINCT_IDS:
        raise EngineError(_("một phiên có {count} số liệu, nhiều hơn số durable_rules phân biệt được ({limit}): hãy chia "
                            "số liệu của cơ quan theo kỳ").format(count=len(batch), limit=DISTINCT_IDS))
    agencies = ", ".join(session.agency_id for session in group)
    try:
        fired = _HOST.run(name, batch)
        if verify:
            stored = _HOST.stored(name)
            if len(stored) != len(batch):
                raise EngineError(_("durable_rules chỉ giữ {stored} trên {asserted} số liệu đã đưa vào của {agency}: "
                                    "có số liệu bị mất").format(stored=len(stored), asserted=len(batch),
                                                               agency=agencies))
    except EngineError as error:
        raise EngineError(_("durable_rules, số liệu của {agency}: {error}").format(agency=agencies,
                                                                                error=error)) from None
    except MemoryError:
        raise EngineError(_("durable_rules đã hết chỗ cho phiên xử lý (tối đa 1024 sid cùng lúc)")) from None
    except Exception as error:  # noqa: BLE001 - the C core reports errors as bare exceptions with a code
        raise EngineError(_("durable_rules gặp lỗi khi xử lý số liệu của {agency}: {error}").format(
            agency=agencies, error=error)) from None
    finally:
        try:
            _HOST.delete(name)
        except Exception:  # noqa: BLE001 - nothing stored under the sid
            pass
    return _outcomes(group, owner, fired)


def _outcomes(group: list[Session], owner: list, fired: list[tuple[str, dict]]) -> list[list[Outcome]]:
    """The rules that fired -> each session's outcomes, one per question, in the questions' order;
    conservation is checked (every question answered exactly once, consequences at most once)."""
    statuses = group[0].ruleset.statuses
    answered: list[dict[int, Outcome]] = [{} for _session in group]
    extra: list[list[Outcome]] = [[] for _session in group]
    for rule, frame in fired:
        code_status = statuses.get(rule)
        if code_status is None:
            raise EngineError(f"durable_rules fired an unknown rule '{rule}'")
        question = frame.get("q")
        if not isinstance(question, dict) or "id" not in question:
            raise EngineError(f"rule '{rule}' fired without its question")
        place, index = owner[int(question["id"])]
        session, out = group[place], answered[place]
        instance = session.instances[index]
        fact_ids = {owner[int(v["id"])][1] for k, v in frame.items() if k != "q" and isinstance(v, dict) and "id" in v}
        if index in out and instance.check.kind == "consequence":
            # 'any' conditions: one rule per condition may fire; one finding naming every hit
            fact_ids.update(out[index].fact_ids)
        elif index in out:
            extra[place].append(out[index])  # two answers to one question: check_outcomes reports it
        status = code_status[1]
        if status == HELD:
            status = HOLDS[session.questions[index]["hold"]]
        out[index] = Outcome(instance, status, tuple(sorted(fact_ids)), rule)
    result = []
    for session, out, more in zip(group, answered, extra):
        outcomes = [out[index] for index in sorted(out)] + more
        if more or len(out) != len(session.questions):  # else each question has its one answer
            check_outcomes(session, outcomes, "durable_rules")
        result.append(outcomes)
    return result
