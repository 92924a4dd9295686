"""How far a draft agrees with a reviewed encoding of the same text.

A reviewed obligation is *found* when the drafted obligation that shares most with its own quotes covers
at least ``THRESHOLD`` of one of them (a quote that several obligations share is the heading above them,
quoted for context, and left out when the obligation has others): the share of that quote's character
4-grams (accents, case, spaces and punctuation removed, so that "cơ quanhành chính" and "cơ quan hành
chính" agree) present in the draft's.
For the obligations found, the draft reads right:

- the actors when it names the same bodies (a class, or the full list of its kinds);
- the modality when it is the same;
- the deadline when kind and date, period or recurrence are the same (``none`` = ``none`` counts);
- a target when a drafted target of the matched obligation has the same value, comparator and period; a
  target that names no period of its own is closed by its duty's period when the duty is due at a period's end
  (reading R6: the year that closes the duty closes its figures; some gold files write that year on the duty
  only, the drafter on each target), on both sides.

A misread actor, modality or deadline is *silent* when the draft puts no ``review:`` mark on that reading: the
officer who confirms the marked guesses would let it through. Which mark is about what is read from where it
stands and how it opens (:func:`marked`); the draft is read in Vietnamese, the language the marks are written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import yaml

from ..catalogue.text import fold

THRESHOLD = 0.6


@dataclass
class Score:
    reviewed: int = 0
    drafted: int = 0
    found: int = 0
    actors: int = 0
    modalities: int = 0
    deadlines: int = 0
    dated: int = 0  # reviewed deadlines other than none, among the found
    dated_right: int = 0
    targets: int = 0  # reviewed targets of the found obligations
    targets_right: int = 0
    silent: dict[str, int] = field(default_factory=lambda: {"actors": 0, "modality": 0, "deadline": 0})  # misread, unmarked
    missed: list[str] = field(default_factory=list)
    misread: list[str] = field(default_factory=list)  # "key: what: reviewed ≠ drafted", for the reader

    def add(self, other: Score) -> None:
        for name in ("reviewed", "drafted", "found", "actors", "modalities", "deadlines", "dated", "dated_right",
                     "targets", "targets_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for what in self.silent:
            self.silent[what] += other.silent[what]
        self.missed += other.missed
        self.misread += other.misread

    @property
    def misreads(self) -> int:
        """The found duties' misread actors, modalities and deadlines."""
        return 3 * self.found - self.actors - self.modalities - self.deadlines


#: how the duty-level marks that are not about who is bound open (the rest name or question the actors)
_NOT_ABOUT_ACTORS = ("viết action.en", "điều kiện phát sinh", "hai mục ngắn", "câu bị ngắt", "mục ngắn",
                     "chịu trách nhiệm trước", "tính chất", "thời hạn")


def marked(drafted: dict, what: str) -> bool:
    """Whether the draft asks the officer to confirm this reading of a drafted duty: ``deadline`` (a mark on its
    deadline, or the duty's own mark on its time), ``modality`` (a mark on its 'tính chất'), ``actors`` (any other
    duty-level mark: who is bound, inferred from a heading or the issuer, a body not in the taxonomy)."""
    own = [mark for mark in drafted.get("review") or [] if isinstance(mark, str)]
    if what == "deadline":
        return bool((drafted.get("deadline") or {}).get("review")) or any(m.startswith("thời hạn") for m in own)
    if what == "modality":
        return any("tính chất" in m for m in own)
    return any(not m.startswith(_NOT_ABOUT_ACTORS) for m in own)


def grams(text: str) -> set[str]:
    compact = re.sub(r"[^0-9a-z]+", "", fold(text))
    return {compact[i:i + 4] for i in range(max(1, len(compact) - 3))}


def _quote(obligation) -> str:
    quotes = [q.text if hasattr(q, "text") else (q.get("text") if isinstance(q, dict) else q)
              for q in (obligation.quotes if hasattr(obligation, "quotes") else obligation.get("quotes", []))]
    return " ".join(q for q in quotes if q)


def _deadline_key(deadline) -> tuple:
    if deadline is None:
        return ("none",)
    get = (lambda k: getattr(deadline, k, None)) if not isinstance(deadline, dict) else deadline.get
    kind = get("kind")
    kind = getattr(kind, "value", kind)
    date = get("date")
    return (kind, str(date) if date else None, get("period"), get("every"))


def _value(value) -> object:
    if isinstance(value, bool):
        return value
    return float(value) if value is not None else None


def same_actors(one, other, actors: dict | None) -> bool:
    """The same bodies: a class and the full list of its kinds are the same (so, ban-nganh-tinh and
    van-phong-ubnd-tinh are so-ban-nganh-tinh)."""
    return _classes(set(one), actors) == _classes(set(other), actors)


def _classes(ids: set[str], actors: dict | None) -> set[str]:
    if not actors:
        return ids
    changed = True
    while changed:
        changed = False
        for parent in {p for a in ids if a in actors for p in actors[a].is_a}:
            kinds = {a for a, actor in actors.items() if parent in actor.is_a}
            if kinds and kinds <= ids:
                ids = (ids - kinds) | {parent}
                changed = True
    return ids


def score(reviewed: list, drafted: list[dict], actors: dict | None = None) -> Score:
    """Compare the reviewed obligations (model objects) with the drafted ones (dicts); ``actors``: the
    taxonomy, to read a class and the full list of its kinds as the same bodies."""
    result = Score(reviewed=len(reviewed), drafted=len(drafted))
    drafted_grams = [(d, grams(_quote(d))) for d in drafted]
    # a quote several reviewed obligations share is their heading, quoted for context: not the duty's words
    uses: dict[str, int] = {}
    for ob in reviewed:
        for quote in ob.quotes:
            uses[quote.text] = uses.get(quote.text, 0) + 1
    for ob in reviewed:
        own = [q for q in ob.quotes if uses[q.text] == 1] or list(ob.quotes)
        passages = [grams(q.text) for q in own] or [grams(ob.action.vi)]
        everything = set().union(*passages)
        best, best_share, best_overlap = None, 0.0, 0
        for draft, theirs in drafted_grams:  # the draft that shares most with the quotes, then its best-covered one
            overlap = len(everything & theirs)
            if overlap > best_overlap:
                best, best_overlap = draft, overlap
                best_share = max(len(mine & theirs) / len(mine) if mine else 0.0 for mine in passages)
        if best is None or best_share < THRESHOLD:
            result.missed.append(ob.key)
            continue
        result.found += 1
        actors_right = same_actors(ob.actors, best["actors"], actors)
        result.actors += actors_right
        if not actors_right:
            result.misread.append(f"{ob.key}: actors {sorted(ob.actors)} ≠ {sorted(best['actors'])}"
                                  + _unmarked(result, best, "actors"))
        result.modalities += ob.modality.value == best["modality"]
        if ob.modality.value != best["modality"]:
            result.misread.append(f"{ob.key}: modality {ob.modality.value} ≠ {best['modality']}"
                                  + _unmarked(result, best, "modality"))
        right = _deadline_key(ob.deadline) == _deadline_key(best.get("deadline"))
        result.deadlines += right
        if not right:
            result.misread.append(f"{ob.key}: deadline {_deadline_key(ob.deadline)} ≠ "
                                  f"{_deadline_key(best.get('deadline'))}" + _unmarked(result, best, "deadline"))
        if ob.deadline.kind.value != "none":
            result.dated += 1
            result.dated_right += right
        closing = ob.deadline.period if ob.deadline.kind.value == "end_of_period" else None
        drafted_deadline = best.get("deadline") or {}
        drafted_closing = drafted_deadline.get("period") if drafted_deadline.get("kind") == "end_of_period" else None
        for target in ob.targets:
            result.targets += 1
            period = target.period or (target.deadline.period if target.deadline else None) or closing
            wanted = _requirement(target.value, _comparator(target.comparator.value))
            target_right = any(
                _requirement(t.get("value"), t.get("comparator")) == wanted and _period_of(t, drafted_closing) == period
                for t in best.get("targets", []))
            result.targets_right += target_right
            if not target_right:
                drafted = [(t.get("value"), t.get("comparator"), _period_of(t, drafted_closing))
                           for t in best.get("targets", [])]
                result.misread.append(f"{ob.key}: target {(target.value, target.comparator.value, period)} not in "
                                      f"{drafted}")
    return result


def _unmarked(result: Score, drafted: dict, what: str) -> str:
    """Count a misread reading the draft does not mark as silent; the words the detail line ends with."""
    if marked(drafted, what):
        return ""
    result.silent[what] += 1
    return " (silent: no review mark)"


def _requirement(value, comparator: str | None) -> tuple:
    """A target's value and comparator as the requirement they state: "100% các cơ quan ... sử dụng" is written
    either as each body's yes (value true, equals: the seeds) or as a share of them at 100% (at_least 100: R4 and
    the held-out gold); both ask every body to do it, so they are one requirement."""
    if value is True and comparator == "equals":
        return 100.0, "at_least"
    return _value(value), comparator


def _period_of(target: dict, closing: str | None) -> str | None:
    """A drafted target's period: its own, its own deadline's, else the year that closes its duty."""
    return target.get("period") or (target.get("deadline") or {}).get("period") or closing


def _comparator(code: str) -> str:
    """The catalogue's comparator for a gold file's: the held-out sets write a share to hold as 'equal', the
    catalogue (model.Comparator) as 'equals'."""
    return "equals" if code == "equal" else code


def _code(text: str) -> SimpleNamespace:
    return SimpleNamespace(value=text)


def read_gold(path: Path) -> list[SimpleNamespace]:
    """The duties of a hand-written gold file (tests/drafting/heldout/*.gold.yaml) shaped like the
    catalogue's obligations for :func:`score`: quotes, actors, modality, deadline, targets."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    duties = []
    for number, duty in enumerate(data.get("duties") or [], start=1):
        deadline = dict(duty.get("deadline") or {"kind": "none"})
        if deadline.get("date") is not None:
            deadline["date"] = str(deadline["date"])
        duties.append(SimpleNamespace(
            key=f"{path.name.removesuffix('.gold.yaml')}#{number}",
            quotes=[SimpleNamespace(text=" ".join(duty["quote"].split()))],
            action=SimpleNamespace(vi=duty["quote"]),
            actors=list(duty["actors"]),
            modality=_code(duty["modality"]),
            deadline=SimpleNamespace(kind=_code(deadline["kind"]), date=deadline.get("date"),
                                     period=deadline.get("period"), every=deadline.get("every")),
            targets=[SimpleNamespace(value=t["value"], comparator=_code(t["comparator"]), period=t.get("period"),
                                     deadline=None) for t in duty.get("targets") or []]))
    return duties


def gold_as_draft(path: Path) -> list[dict]:
    """A gold file's duties shaped like drafted obligations, so that :func:`score` can compare two people's
    annotations of the same text (how far the readings themselves agree)."""
    duties = []
    for duty in yaml.safe_load(path.read_text(encoding="utf-8")).get("duties") or []:
        deadline = dict(duty.get("deadline") or {"kind": "none"})
        if deadline.get("date") is not None:
            deadline["date"] = str(deadline["date"])
        duties.append({"quotes": [" ".join(duty["quote"].split())], "actors": list(duty["actors"]),
                       "modality": duty["modality"], "deadline": deadline,
                       "targets": [{"value": t["value"], "comparator": _comparator(t["comparator"]),
                                    **({"period": str(t["period"])} if t.get("period") else {})}
                                   for t in duty.get("targets") or []]})
    return duties


def without_header(text: str) -> str:
    """A held-out text without its leading '#' lines (its source, read before the text)."""
    return "\n".join(text.splitlines()[len(_leading_header(text)):]) + "\n"


#: a held-out header's "# draft --issuer ID: why" — the issuer an officer drafting the text gives, where the text
#: names no body and the page is a body's own (a ward's page on its city's portal): the second way it is measured
_GIVEN_ISSUER = re.compile(r"^#\s*draft\s+--issuer\s+([a-z0-9-]+)\s*:", re.MULTILINE)


def given_issuer(text: str) -> str | None:
    """The issuer a held-out text's header says an officer would give with ``draft --issuer``, else None."""
    found = _GIVEN_ISSUER.search("\n".join(_leading_header(text)))
    return found.group(1) if found else None


def _leading_header(text: str) -> list[str]:
    """A held-out text's leading '#' lines: where it was read, what it is, what an officer gives the drafter."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"
