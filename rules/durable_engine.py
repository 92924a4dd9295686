"""The one module that talks to durable_rules (2.0.28, unmaintained since 2020).

Its sharp edges, and how each is handled here (see docs measured in shared/docs/durable-rules.md):

- global ruleset registry: rulesets go to a private Host of ours as JSON (``set_rulesets``), never
  through ``durable.lang``'s process-wide decorators; they cannot be removed, so they are named by
  content hash and registered once per process;
- timer threads: our Host starts none (``_run`` is a no-op); every call here is synchronous;
- sids hashed to 32 bits, at most 1024 live sids: one sid only, "1", reused for every session and
  deleted in ``finally``; sessions never overlap (a lock), so no two states can collide;
- facts de-duplicated by content: every fact carries a unique ``id``;
- facts matching no rule are refused: sink rules (compiler.SINK_RULES) accept every kind;
- more than 64 rules per fact, 512 rules on one condition: limited by the compiler;
- numbers the JSON parser rejects (1e-05), mixed types, dates: scaled integers and day numbers;
- exceptions in actions are swallowed into the state: actions only append; the state is checked;
- absence (``$not``) fires when its trigger arrives: questions are asserted after the data;
- conservation: every question must get exactly one answer (session.check_outcomes), and the
  engine must hold every fact asserted (checked when ``verify`` is on).

Thread safety: durable_rules has no locks; every call into it holds ``_LOCK``, so the engine may be
used from several threads (they take turns); the plain-Python reference evaluator runs in parallel.
"""

from __future__ import annotations

import threading

from durable.engine import Host, MessageNotHandledException, MessageObservedException

from .compiler import CompiledRuleset
from .errors import EngineError
from .session import Outcome, Session, check_outcomes

_LOCK = threading.RLock()
_SID = "1"


class _Host(Host):
    """A Host with no timer threads whose actions only collect what fired."""

    def __init__(self):
        self.fired: list[tuple[str, dict]] = []
        self.action_errors: list[str] = []
        super().__init__()

    def _run(self):  # the base class starts two timer threads that never stop; we need none
        pass

    def get_action(self, name):
        fired, errors = self.fired, self.action_errors

        def collect(c):
            try:
                fired.append((name, c._m))
            except Exception as error:  # noqa: BLE001 - recorded, then raised by the caller
                errors.append(f"{name}: {error}")

        return collect


_HOST: _Host | None = None
_REGISTERED: set[str] = set()


def _host() -> _Host:
    global _HOST
    if _HOST is None:
        _HOST = _Host()
    return _HOST


def register(rulesets: list[CompiledRuleset]) -> None:
    """Register rulesets once per process (they are named by their content)."""
    with _LOCK:
        host = _host()
        new = {r.name: {name: {**rule, "run": name} for name, rule in r.rules.items()}
               for r in rulesets if r.name not in _REGISTERED}
        if new:
            host.set_rulesets(new)
            _REGISTERED.update(new)


def evaluate(sessions: list[Session], verify: bool = False) -> list[Outcome]:
    """Assert each session's facts then questions, collect the rules that fired, check conservation."""
    out: list[Outcome] = []
    with _LOCK:
        host = _host()
        for session in sessions:
            out.extend(_run(host, session, verify))
    return out


def _run(host: _Host, session: Session, verify: bool) -> list[Outcome]:
    name = session.ruleset.name
    host.fired.clear()
    host.action_errors.clear()
    batch = [{**fact, "sid": _SID} for fact in session.facts] + [{**q, "sid": _SID} for q in session.questions]
    try:
        state = host.assert_facts(name, batch)
        if verify:
            stored = host.get_facts(name, _SID)
            if len(stored) != len(batch):
                raise EngineError(f"durable_rules holds {len(stored)} facts of {len(batch)} asserted for "
                                  f"{session.agency_id}: a fact was lost")
    except (MessageNotHandledException, MessageObservedException) as error:
        raise EngineError(f"durable_rules refused a fact of {session.agency_id}: {error}") from None
    except MemoryError:
        raise EngineError("durable_rules ran out of session slots (1024 live sids)") from None
    except EngineError:
        raise
    except Exception as error:  # noqa: BLE001 - the C core reports errors as bare exceptions with a code
        raise EngineError(f"durable_rules failed on the facts of {session.agency_id}: {error}") from None
    finally:
        try:
            host.delete_state(name, _SID)
        except Exception:  # noqa: BLE001 - nothing stored under the sid
            pass
    if host.action_errors or (isinstance(state, dict) and "exception" in state):
        raise EngineError(f"an action failed for {session.agency_id}: "
                          f"{host.action_errors or state.get('exception')}")
    outcomes = _outcomes(session, list(host.fired))
    check_outcomes(session, outcomes, "durable_rules")
    return outcomes


def _outcomes(session: Session, fired: list[tuple[str, dict]]) -> list[Outcome]:
    by_question = {q["id"]: i for i, q in enumerate(session.questions)}
    out: dict[int, Outcome] = {}
    extra: list[Outcome] = []
    for rule, message in fired:
        code_status = session.ruleset.statuses.get(rule)
        if code_status is None:
            raise EngineError(f"durable_rules fired an unknown rule '{rule}'")
        index = by_question.get((message.get("q") or {}).get("id"))
        if index is None:
            raise EngineError(f"rule '{rule}' fired without its question")
        instance = session.instances[index]
        fact_ids = {v["id"] for k, v in message.items() if k != "q" and isinstance(v, dict) and "id" in v}
        if index in out and instance.check.kind == "consequence":
            # 'any' conditions: one rule per condition may fire; one finding naming every hit
            fact_ids |= set(out[index].fact_ids)
        elif index in out:
            extra.append(out[index])  # two answers to one question: check_outcomes reports it
        out[index] = Outcome(instance, code_status[1], tuple(sorted(fact_ids)), rule)
    return list(out.values()) + extra
