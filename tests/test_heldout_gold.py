"""The hand-written gold of the drafter's held-out texts (tests/drafting/heldout*/) is sound: every
quote is the text's own words, every bound body is a taxonomy id or (second set) declared under
`new_actors`, and the second to fifteenth sets' files load with the measure's reader and use only the catalogue's
modalities and deadline kinds. A gold file that fails here would silently score the drafter wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from obligations.catalogue.model import DeadlineKind
from obligations.catalogue.text import fold
from obligations.drafting.measure import read_gold, without_header

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "drafting" / "heldout"
HELDOUT2 = ROOT / "tests" / "drafting" / "heldout2"
HELDOUT3 = ROOT / "tests" / "drafting" / "heldout3"
HELDOUT4 = ROOT / "tests" / "drafting" / "heldout4"
HELDOUT5 = ROOT / "tests" / "drafting" / "heldout5"
HELDOUT6 = ROOT / "tests" / "drafting" / "heldout6"
HELDOUT7 = ROOT / "tests" / "drafting" / "heldout7"
HELDOUT8 = ROOT / "tests" / "drafting" / "heldout8"
HELDOUT9 = ROOT / "tests" / "drafting" / "heldout9"
HELDOUT10 = ROOT / "tests" / "drafting" / "heldout10"
HELDOUT11 = ROOT / "tests" / "drafting" / "heldout11"
HELDOUT12 = ROOT / "tests" / "drafting" / "heldout12"
HELDOUT13 = ROOT / "tests" / "drafting" / "heldout13"
HELDOUT14 = ROOT / "tests" / "drafting" / "heldout14"
HELDOUT15 = ROOT / "tests" / "drafting" / "heldout15"
HELDOUT16 = ROOT / "tests" / "drafting" / "heldout16"
HELDOUT17 = ROOT / "tests" / "drafting" / "heldout17"
HELDOUT18 = ROOT / "tests" / "drafting" / "heldout18"
HELDOUT19 = ROOT / "tests" / "drafting" / "heldout19"
HELDOUT20 = ROOT / "tests" / "drafting" / "heldout20"
HELDOUT21 = ROOT / "tests" / "drafting" / "heldout21"
HELDOUT22 = ROOT / "tests" / "drafting" / "heldout22"
HELDOUT23 = ROOT / "tests" / "drafting" / "heldout23"
HELDOUT24 = ROOT / "tests" / "drafting" / "heldout24"
HELDOUT25 = ROOT / "tests" / "drafting" / "heldout25"
HELDOUT26 = ROOT / "tests" / "drafting" / "heldout26"
HELDOUT27 = ROOT / "tests" / "drafting" / "heldout27"
HELDOUT28 = ROOT / "tests" / "drafting" / "heldout28"
HELDOUT29 = ROOT / "tests" / "drafting" / "heldout29"
HELDOUT30 = ROOT / "tests" / "drafting" / "heldout30"
HELDOUT31 = ROOT / "tests" / "drafting" / "heldout31"
HELDOUT32 = ROOT / "tests" / "drafting" / "heldout32"
HELDOUT33 = ROOT / "tests" / "drafting" / "heldout33"
HELDOUT34 = ROOT / "tests" / "drafting" / "heldout34"
HELDOUT35 = ROOT / "tests" / "drafting" / "heldout35"
HELDOUT36 = ROOT / "tests" / "drafting" / "heldout36"
HELDOUT37 = ROOT / "tests" / "drafting" / "heldout37"
HELDOUT38 = ROOT / "tests" / "drafting" / "heldout38"
HELDOUT39 = ROOT / "tests" / "drafting" / "heldout39"
HELDOUT40 = ROOT / "tests" / "drafting" / "heldout40"
HELDOUT41 = ROOT / "tests" / "drafting" / "heldout41"
HELDOUT42 = ROOT / "tests" / "drafting" / "heldout42"
HELDOUT43 = ROOT / "tests" / "drafting" / "heldout43"
HELDOUT44 = ROOT / "tests" / "drafting" / "heldout44"
HELDOUT45 = ROOT / "tests" / "drafting" / "heldout45"
HELDOUT46 = ROOT / "tests" / "drafting" / "heldout46"
HELDOUT47 = ROOT / "tests" / "drafting" / "heldout47"
HELDOUT48 = ROOT / "tests" / "drafting" / "heldout48"
HELDOUT49 = ROOT / "tests" / "drafting" / "heldout49"
HELDOUT50 = ROOT / "tests" / "drafting" / "heldout50"
HELDOUT51 = ROOT / "tests" / "drafting" / "heldout51"
HELDOUT52 = ROOT / "tests" / "drafting" / "heldout52"
HELDOUT53 = ROOT / "tests" / "drafting" / "heldout53"
HELDOUT54 = ROOT / "tests" / "drafting" / "heldout54"
HELDOUT55 = ROOT / "tests" / "drafting" / "heldout55"
HELDOUT56 = ROOT / "tests" / "drafting" / "heldout56"
HELDOUT57 = ROOT / "tests" / "drafting" / "heldout57"
HELDOUT58 = ROOT / "tests" / "drafting" / "heldout58"
HELDOUT59 = ROOT / "tests" / "drafting" / "heldout59"
HELDOUT60 = ROOT / "tests" / "drafting" / "heldout60"
HELDOUT61 = ROOT / "tests" / "drafting" / "heldout61"
HELDOUT62 = ROOT / "tests" / "drafting" / "heldout62"
HELDOUT63 = ROOT / "tests" / "drafting" / "heldout63"
HELDOUT64 = ROOT / "tests" / "drafting" / "heldout64"
HELDOUT65 = ROOT / "tests" / "drafting" / "heldout65"
HELDOUT66 = ROOT / "tests" / "drafting" / "heldout66"
HELDOUT67 = ROOT / "tests" / "drafting" / "heldout67"
HELDOUT68 = ROOT / "tests" / "drafting" / "heldout68"
HELDOUT69 = ROOT / "tests" / "drafting" / "heldout69"
HELDOUT70 = ROOT / "tests" / "drafting" / "heldout70"
HELDOUT71 = ROOT / "tests" / "drafting" / "heldout71"
HELDOUT72 = ROOT / "tests" / "drafting" / "heldout72"
HELDOUT73 = ROOT / "tests" / "drafting" / "heldout73"
NAMES = {actor["id"]: actor["name"] for actor in
         yaml.safe_load((ROOT / "directives" / "catalogue" / "actors.yaml").read_text(encoding="utf-8"))["actors"]}
TAXONOMY = set(NAMES)

MODALITIES = {"must", "strive", "must_not", "may"}
# half_year ("định kỳ 6 tháng") entered the model in the fourth round; the rest were the model's own.
EVERY = {"year", "half_year", "quarter", "month", "unspecified"}
COMPARATORS = {"at_least", "at_most", "equal"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _golds(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gold.yaml"))


def _text_of(gold: Path) -> Path:
    return gold.with_name(gold.name.removesuffix(".gold.yaml") + ".txt")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _bodies(duty: dict) -> list[str]:
    return list(duty.get("actors") or []) + list(duty.get("support") or [])


@pytest.mark.parametrize("gold", _golds(HELDOUT) + _golds(HELDOUT2) + _golds(HELDOUT3) + _golds(HELDOUT4) + _golds(HELDOUT5) + _golds(HELDOUT6) + _golds(HELDOUT7) + _golds(HELDOUT8) + _golds(HELDOUT9) + _golds(HELDOUT10) + _golds(HELDOUT11) + _golds(HELDOUT12) + _golds(HELDOUT13) + _golds(HELDOUT14) + _golds(HELDOUT15) + _golds(HELDOUT16) + _golds(HELDOUT17) + _golds(HELDOUT18) + _golds(HELDOUT19) + _golds(HELDOUT20) + _golds(HELDOUT21) + _golds(HELDOUT22) + _golds(HELDOUT23) + _golds(HELDOUT24) + _golds(HELDOUT25) + _golds(HELDOUT26) + _golds(HELDOUT27) + _golds(HELDOUT28) + _golds(HELDOUT29) + _golds(HELDOUT30) + _golds(HELDOUT31) + _golds(HELDOUT32) + _golds(HELDOUT33) + _golds(HELDOUT34) + _golds(HELDOUT35) + _golds(HELDOUT36) + _golds(HELDOUT37) + _golds(HELDOUT38) + _golds(HELDOUT39) + _golds(HELDOUT40) + _golds(HELDOUT41) + _golds(HELDOUT42) + _golds(HELDOUT43) + _golds(HELDOUT44) + _golds(HELDOUT45) + _golds(HELDOUT46) + _golds(HELDOUT47) + _golds(HELDOUT48) + _golds(HELDOUT49) + _golds(HELDOUT50) + _golds(HELDOUT51) + _golds(HELDOUT52) + _golds(HELDOUT53) + _golds(HELDOUT54) + _golds(HELDOUT55) + _golds(HELDOUT56) + _golds(HELDOUT57) + _golds(HELDOUT58) + _golds(HELDOUT59) + _golds(HELDOUT60) + _golds(HELDOUT61) + _golds(HELDOUT62) + _golds(HELDOUT63) + _golds(HELDOUT64) + _golds(HELDOUT65) + _golds(HELDOUT66) + _golds(HELDOUT67) + _golds(HELDOUT68) + _golds(HELDOUT69) + _golds(HELDOUT70) + _golds(HELDOUT71) + _golds(HELDOUT72) + _golds(HELDOUT73), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_quote_is_the_texts_own_words(gold):
    text = _flat(without_header(_text_of(gold).read_text(encoding="utf-8")))
    duties = yaml.safe_load(gold.read_text(encoding="utf-8"))["duties"]
    missing = [duty["quote"] for duty in duties if _flat(duty["quote"]) not in text]
    assert not missing, f"{gold.name}: quotes not found verbatim in {_text_of(gold).name}: {missing}"


@pytest.mark.parametrize("gold", _golds(HELDOUT) + _golds(HELDOUT2) + _golds(HELDOUT3) + _golds(HELDOUT4) + _golds(HELDOUT5) + _golds(HELDOUT6) + _golds(HELDOUT7) + _golds(HELDOUT8) + _golds(HELDOUT9) + _golds(HELDOUT10) + _golds(HELDOUT11) + _golds(HELDOUT12) + _golds(HELDOUT13) + _golds(HELDOUT14) + _golds(HELDOUT15) + _golds(HELDOUT16) + _golds(HELDOUT17) + _golds(HELDOUT18) + _golds(HELDOUT19) + _golds(HELDOUT20) + _golds(HELDOUT21) + _golds(HELDOUT22) + _golds(HELDOUT23) + _golds(HELDOUT24) + _golds(HELDOUT25) + _golds(HELDOUT26) + _golds(HELDOUT27) + _golds(HELDOUT28) + _golds(HELDOUT29) + _golds(HELDOUT30) + _golds(HELDOUT31) + _golds(HELDOUT32) + _golds(HELDOUT33) + _golds(HELDOUT34) + _golds(HELDOUT35) + _golds(HELDOUT36) + _golds(HELDOUT37) + _golds(HELDOUT38) + _golds(HELDOUT39) + _golds(HELDOUT40) + _golds(HELDOUT41) + _golds(HELDOUT42) + _golds(HELDOUT43) + _golds(HELDOUT44) + _golds(HELDOUT45) + _golds(HELDOUT46) + _golds(HELDOUT47) + _golds(HELDOUT48) + _golds(HELDOUT49) + _golds(HELDOUT50) + _golds(HELDOUT51) + _golds(HELDOUT52) + _golds(HELDOUT53) + _golds(HELDOUT54) + _golds(HELDOUT55) + _golds(HELDOUT56) + _golds(HELDOUT57) + _golds(HELDOUT58) + _golds(HELDOUT59) + _golds(HELDOUT60) + _golds(HELDOUT61) + _golds(HELDOUT62) + _golds(HELDOUT63) + _golds(HELDOUT64) + _golds(HELDOUT65) + _golds(HELDOUT66) + _golds(HELDOUT67) + _golds(HELDOUT68) + _golds(HELDOUT69) + _golds(HELDOUT70) + _golds(HELDOUT71) + _golds(HELDOUT72) + _golds(HELDOUT73), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_periods_are_written_as_text(gold):
    """A period is text ("2025", "2025-08"): YAML reads an unquoted year as a number, which the measure would never
    match with the drafted "2025" (set 25 had six deadlines and two targets so, each counted as misread)."""
    duties = yaml.safe_load(gold.read_text(encoding="utf-8"))["duties"]
    numbers = [(number, holder.get("period")) for number, duty in enumerate(duties, start=1)
               for holder in [duty.get("deadline") or {}] + list(duty.get("targets") or [])
               if holder.get("period") is not None and not isinstance(holder.get("period"), str)]
    assert not numbers, f"{gold.name}: periods written as numbers (duty, period), quote them: {numbers}"


def test_first_set_binds_only_taxonomy_bodies():
    unknown = {(gold.name, body) for gold in _golds(HELDOUT)
               for duty in yaml.safe_load(gold.read_text(encoding="utf-8"))["duties"]
               for body in _bodies(duty) if body not in TAXONOMY}
    assert not unknown


#: what each set's annotation gave it: texts, at most so many news reports, duties, dated duties, targets,
#: prohibitions, duties binding a body other than the issuer. Set 2's second round added duties whose bodies
#: the text names, prohibitions among them, so the actor and modality scores do not rest on the issuer bound by
#: inference; set 3's 65 bodies other than the issuer are 58 named by the text; set 4 has 4 news reports. Set 5 is
#: three annotators' parts: A (provinces A to K, at most 2 news reports), B (L to Y, at most 2), C (texts with targets).
#: Set 6 is three annotators' parts too: A (provinces A to K), B (L to Y), C (texts with targets); set 7 two
#: (A to K, L to Y, each asked for 20 targets or more). Set 8 is three parts again: A (A to K), B (L to Y), C
#: (texts with many targets), each with at most 2 news reports; the row is the three parts' sum. Set 9 is
#: three parts again (A to K, L to Y, many targets), its row the parts' sum. Set 10 is three parts again, its row the
#: parts' sum. Set 11 is three parts again (A to K, L to Y, many targets), its row the parts' sum. Set 12 is three parts again
#: (A to K, L to Y, many targets, at most 3 news reports each), its row the parts' sum. Set 13 is three parts again
#: (A to K, L to Y, many targets, at most 3 news reports each), its row the parts' sum. Set 14 is three parts
#: again (A to K, L to Y, many targets, at most 3 news reports each), its row the parts' sum. Set 15 is three parts
#: again (A to K, L to Y, many targets, at most 3 news reports each), its row the parts' sum. Set 16 is three parts
#: again (A to K, L to Y, many targets, at most 3 news reports each), its row the parts' sum. Set 17 is three parts
#: again (A to K, L to Y, many targets, at most 3 news reports each), its row the parts' sum; so is set 18.
#: Set 18 is annotated in parts (A to K, L to Y, at most 3 news reports each), its row the parts' sum.
FLOORS = {
    HELDOUT2: (22, 5, 107, 64, 35, 8, 74),
    HELDOUT3: (16, 4, 73, 30, 6, 6, 65),
    HELDOUT4: (14, 4, 86, 52, 57, 7, 55),  # dated 53 -> 52: a state kept with no end is none (R3, 3/12/2026)
    HELDOUT5: (28, 6, 139, 92, 94, 11, 86),  # dated 94 -> 92: a storm watch, a state kept with no end is none (R3, 3/12/2026)
    HELDOUT6: (27, 6, 128, 69, 94, 9, 70),  # dated 72 -> 69 (R3, 3/12/2026)
    HELDOUT7: (17, 4, 66, 58, 45, 5, 32),  # dated 59 -> 58 (R3, 3/12/2026)
    HELDOUT8: (24, 6, 141, 103, 103, 8, 62),  # dated 104 -> 103 (R3, 3/12/2026)
    HELDOUT9: (27, 6, 147, 111, 99, 7, 89),  # dated 113 -> 111: a watch, a state kept with no end is none (R3, 3/12/2026)
    HELDOUT10: (26, 6, 177, 129, 112, 10, 115),
    HELDOUT11: (21, 6, 99, 67, 48, 4, 57),
    HELDOUT12: (23, 9, 129, 87, 75, 9, 77),
    HELDOUT13: (24, 9, 157, 114, 88, 4, 114),
    HELDOUT14: (26, 9, 165, 131, 120, 4, 120),
    HELDOUT15: (21, 9, 142, 117, 158, 9, 121),
    HELDOUT16: (25, 9, 210, 170, 189, 10, 184),  # parts A (8, 3, 60, 44, 52, 7, 60), B (8, 3, 50, 34, 14, 3, 44), C (9, 3, 100, 92, 123, 0, 80)
    HELDOUT17: (25, 9, 137, 98, 81, 5, 115),  # parts A (10, 3, 54, 28, 18, 3, 47), B (8, 3, 35, 27, 9, 2, 28), C (7, 3, 48, 43, 54, 0, 40)
    HELDOUT18: (28, 9, 124, 80, 73, 8, 114),  # parts A (10, 3, 42, 14, 5, 5, 42), B (11, 3, 46, 33, 19, 3, 42), C (7, 3, 36, 33, 49, 0, 30)
    HELDOUT19: (31, 9, 162, 117, 95, 7, 139),  # parts A (12, 3, 50, 35, 26, 3, 42), B (10, 3, 52, 32, 15, 4, 37), C (9, 3, 60, 50, 54, 0, 60)
    HELDOUT20: (26, 9, 131, 94, 67, 6, 121),  # parts A (11, 3, 49, 33, 15, 4, 41), B (7, 3, 41, 24, 12, 2, 40), C (8, 3, 41, 37, 40, 0, 40)
    HELDOUT21: (21, 9, 105, 55, 25, 12, 100),  # parts A (8, 3, 52, 22, 1, 9, 52), B (7, 3, 36, 18, 7, 3, 36), C (6, 3, 17, 15, 17, 0, 12)
    HELDOUT22: (18, 9, 109, 77, 25, 1, 92),  # parts A (7, 3, 41, 33, 8, 1, 35), B (5, 3, 30, 17, 0, 0, 30), C (6, 3, 38, 27, 17, 0, 27)
    HELDOUT23: (24, 9, 119, 88, 62, 6, 114),  # parts A (7, 3, 43, 29, 8, 4, 41), B (8, 3, 29, 17, 4, 1, 26), C (9, 3, 47, 42, 50, 1, 47)
    HELDOUT24: (29, 9, 132, 85, 43, 6, 109),  # parts A (9, 3, 34, 23, 8, 1, 31), B (7, 3, 32, 23, 0, 0, 30), C (5, 3, 31, 28, 32, 0, 13), D (8, 0, 35, 11, 3, 5, 35)
    HELDOUT25: (33, 12, 153, 93, 31, 5, 136),  # parts A (3, 3, 18, 7, 0, 2, 18), B (5, 2, 17, 13, 0, 2, 17), C (5, 3, 19, 16, 13, 0, 8), D (5, 2, 20, 12, 2, 1, 20), E (8, 1, 45, 23, 5, 0, 45), F (7, 1, 34, 22, 11, 0, 28)
    HELDOUT26: (42, 8, 199, 120, 59, 5, 191),  # parts A (4, 0, 17, 10, 0, 1, 17), B (10, 2, 25, 15, 0, 1, 25), C (7, 2, 45, 19, 2, 3, 45), D (8, 0, 41, 22, 2, 0, 41), E (6, 2, 43, 38, 49, 0, 42), F (7, 2, 28, 16, 6, 0, 21)
    HELDOUT27: (47, 12, 181, 103, 23, 9, 168),  # parts A (6, 2, 26, 15, 4, 1, 26), B (8, 2, 39, 26, 1, 1, 38), C (10, 2, 46, 14, 0, 4, 46), D (10, 2, 29, 15, 4, 3, 25), E (6, 2, 23, 22, 14, 0, 15), F (7, 1, 18, 11, 0, 0, 18)
    HELDOUT28: (38, 12, 156, 98, 32, 8, 147),  # parts A (8, 2, 37, 20, 6, 3, 30), B (6, 2, 29, 21, 25, 1, 29), C (7, 2, 27, 12, 0, 4, 25), D (6, 2, 23, 18, 0, 0, 23), E (4, 2, 15, 11, 1, 0, 15), F (7, 2, 25, 16, 0, 0, 25)
    HELDOUT29: (43, 12, 163, 93, 18, 12, 163),  # parts A (9, 2, 31, 23, 1, 0, 31), B (8, 2, 27, 13, 0, 1, 27), C (8, 2, 25, 14, 0, 3, 25), D (8, 2, 37, 18, 0, 7, 37), E (4, 2, 17, 6, 0, 1, 17), F (6, 2, 26, 19, 17, 0, 26)
    HELDOUT30: (27, 6, 92, 58, 15, 4, 92),  # parts A (9, 2, 25, 15, 0, 2, 25), B (4, 2, 15, 5, 0, 0, 15), C (5, 2, 27, 22, 15, 0, 27), D (9, 0, 25, 16, 0, 2, 25)
    HELDOUT31: (26, 6, 79, 54, 1, 2, 79),  # parts A (9, 2, 28, 19, 1, 1, 28), B (8, 2, 21, 13, 0, 0, 21), D (9, 2, 30, 22, 0, 1, 30); part C's annotation did not land
    HELDOUT32: (28, 6, 142, 95, 31, 9, 139),  # parts A (9, 2, 45, 33, 10, 0, 45), B (10, 2, 59, 40, 10, 3, 58), C (9, 2, 38, 22, 11, 6, 36)
    HELDOUT33: (32, 6, 151, 80, 29, 3, 145),  # parts A (8, 2, 29, 13, 3, 0, 29), B (7, 2, 54, 16, 1, 1, 54), C (9, 2, 35, 22, 5, 2, 32), D (8, 0, 33, 29, 20, 0, 30)
    HELDOUT34: (34, 8, 139, 94, 50, 5, 118),  # parts A (10, 2, 31, 24, 6, 0, 30), B (8, 2, 50, 28, 25, 4, 30), C (9, 2, 26, 19, 2, 0, 26), D (7, 2, 32, 23, 17, 1, 32)
    HELDOUT35: (32, 8, 128, 69, 49, 4, 101),  # parts A (7, 2, 29, 13, 0, 0, 29), B (6, 2, 31, 12, 6, 4, 21), C (9, 2, 39, 28, 43, 0, 24), D (10, 2, 29, 16, 0, 0, 27)
    HELDOUT36: (28, 8, 109, 77, 46, 7, 75),  # parts A (7, 2, 26, 18, 5, 0, 21), B (6, 2, 28, 15, 2, 6, 25), C (9, 2, 30, 20, 11, 1, 24), D (6, 2, 25, 24, 28, 0, 5)
    HELDOUT37: (29, 8, 147, 71, 38, 8, 120),  # parts A (7, 2, 36, 10, 4, 1, 30), B (7, 2, 25, 14, 3, 4, 22), C (7, 2, 45, 20, 11, 0, 34), D (8, 2, 41, 27, 20, 3, 34)
    HELDOUT38: (31, 7, 121, 71, 39, 3, 86),  # parts A (8, 2, 29, 19, 4, 1, 28), B (9, 2, 25, 15, 0, 1, 25), C (8, 2, 36, 20, 17, 1, 20), D (6, 1, 31, 17, 18, 0, 13)
    HELDOUT39: (26, 8, 108, 49, 35, 5, 97),  # parts A (6, 2, 29, 7, 0, 4, 29), B (6, 2, 19, 6, 2, 0, 19), C (8, 2, 34, 12, 4, 1, 32), D (6, 2, 26, 24, 29, 0, 17)
    HELDOUT40: (28, 10, 114, 55, 35, 1, 98),  # parts A (7, 2, 24, 13, 7, 1, 15), B (8, 2, 29, 10, 2, 0, 28), C (7, 2, 36, 13, 5, 0, 36), D (2, 2, 12, 11, 9, 0, 6), E (4, 2, 13, 8, 12, 0, 13)
    HELDOUT41: (35, 10, 140, 96, 58, 0, 107),  # parts A (5, 2, 14, 6, 1, 0, 13), B (7, 2, 27, 19, 4, 0, 23), C (8, 2, 25, 15, 11, 0, 21), D (7, 2, 39, 37, 37, 0, 22), E (8, 2, 35, 19, 5, 0, 28)
    HELDOUT42: (36, 10, 145, 97, 81, 0, 116),  # parts A (8, 2, 22, 17, 0, 0, 22), B (7, 2, 18, 6, 0, 0, 16), C (7, 2, 31, 15, 2, 0, 31), D (7, 2, 26, 20, 26, 0, 25), E (7, 2, 48, 39, 53, 0, 22)
    HELDOUT43: (37, 14, 158, 96, 28, 0, 122),  # parts A (4, 2, 18, 12, 1, 0, 18), B (8, 2, 34, 26, 3, 0, 30), C (6, 2, 24, 13, 6, 0, 11), D (4, 2, 25, 14, 14, 0, 11), E (8, 3, 25, 13, 2, 0, 24), F (7, 3, 32, 18, 2, 0, 28)
    HELDOUT44: (31, 15, 125, 88, 56, 0, 80),  # parts A (5, 3, 23, 16, 4, 0, 20), B (7, 3, 27, 19, 15, 0, 16), C (8, 3, 31, 24, 20, 0, 17), D (6, 3, 32, 23, 17, 0, 20), E (5, 3, 12, 6, 0, 0, 7)
    HELDOUT45: (29, 12, 135, 67, 32, 2, 109),  # parts A (7, 3, 24, 10, 0, 1, 22), B (8, 3, 37, 18, 5, 1, 31), C (7, 3, 31, 13, 7, 0, 24), D (7, 3, 43, 26, 20, 0, 32)
    HELDOUT46: (30, 11, 133, 72, 44, 0, 111),  # parts A (7, 3, 41, 19, 1, 0, 39), B (8, 3, 25, 17, 13, 0, 18), C (8, 2, 29, 5, 0, 0, 29), D (7, 3, 38, 31, 30, 0, 25)
    HELDOUT47: (28, 11, 117, 80, 77, 5, 82),  # parts A (7, 3, 33, 18, 3, 5, 33), B (8, 2, 30, 27, 34, 0, 19), C (8, 3, 35, 24, 17, 0, 20), D (5, 3, 19, 11, 23, 0, 10)
    HELDOUT48: (40, 17, 149, 92, 73, 0, 114),  # parts A (6, 3, 21, 6, 2, 0, 19), B (7, 3, 32, 22, 22, 0, 13), C (7, 3, 27, 19, 6, 0, 27), D (4, 3, 13, 10, 23, 0, 10), E (8, 2, 31, 19, 7, 0, 24), F (8, 3, 25, 16, 13, 0, 21)
    HELDOUT49: (31, 15, 134, 56, 37, 10, 108),  # parts A (5, 3, 20, 13, 4, 0, 20), B (7, 3, 33, 3, 0, 5, 33), C (7, 3, 25, 16, 11, 1, 14), D (5, 3, 25, 21, 17, 0, 11), E (7, 3, 31, 3, 5, 4, 30)
    HELDOUT50: (41, 26, 170, 95, 50, 0, 125),  # parts A (7, 6, 30, 8, 4, 0, 30), B (7, 3, 25, 15, 7, 0, 21), C (8, 3, 29, 15, 0, 0, 27), D (5, 5, 26, 24, 23, 0, 17), E (7, 6, 25, 7, 1, 0, 25), F (7, 3, 35, 26, 15, 0, 5)
    HELDOUT51: (28, 12, 103, 61, 15, 5, 101),  # parts A (4, 4, 23, 6, 0, 3, 23), B (8, 2, 28, 12, 0, 1, 28), C (6, 2, 14, 11, 2, 0, 14), D (3, 2, 14, 11, 11, 0, 13), E (7, 2, 24, 21, 2, 1, 23)
    HELDOUT52: (37, 11, 107, 77, 15, 2, 106),  # parts A (6, 2, 10, 9, 2, 0, 9), B (8, 2, 26, 22, 0, 1, 26), C (8, 2, 23, 15, 10, 0, 23), D (3, 2, 8, 7, 0, 0, 8), E (7, 1, 28, 15, 0, 1, 28), F (5, 2, 12, 9, 3, 0, 12)
    HELDOUT53: (34, 10, 128, 71, 40, 4, 111),  # parts A (8, 2, 36, 8, 0, 4, 36), B (8, 2, 30, 24, 16, 0, 20), C (5, 2, 17, 13, 4, 0, 17), D (6, 2, 19, 13, 17, 0, 12), E (7, 2, 26, 13, 3, 0, 26)
    HELDOUT54: (43, 14, 153, 103, 72, 2, 116),  # parts A (5, 2, 9, 4, 1, 1, 8), B (7, 2, 30, 19, 4, 0, 29), C (8, 2, 39, 20, 19, 0, 33), D (5, 2, 14, 12, 1, 0, 7), E (4, 2, 10, 7, 2, 0, 10), F (7, 2, 31, 27, 36, 0, 10), G (7, 2, 20, 14, 9, 1, 19)
    HELDOUT55: (37, 12, 132, 77, 42, 1, 115),  # parts A (7, 2, 22, 15, 3, 0, 17), B (4, 2, 15, 10, 5, 1, 11), C (8, 2, 21, 10, 0, 0, 21), D (7, 2, 29, 21, 34, 0, 21), E (4, 2, 22, 9, 0, 0, 22), F (7, 2, 23, 12, 0, 0, 23)
    HELDOUT56: (31, 11, 132, 83, 41, 4, 114),  # parts A (2, 2, 10, 4, 0, 0, 10), B (8, 2, 25, 13, 3, 2, 20), C (6, 2, 14, 10, 0, 0, 11), D (5, 2, 33, 28, 38, 0, 23), E (3, 2, 15, 10, 0, 0, 15), F (7, 1, 35, 18, 0, 2, 35)
    HELDOUT57: (40, 14, 154, 71, 28, 11, 124),  # parts A (5, 2, 24, 13, 0, 3, 24), B (7, 2, 30, 18, 3, 0, 14), C (5, 2, 14, 9, 2, 0, 11), D (4, 2, 17, 14, 16, 0, 15), E (8, 2, 26, 4, 2, 4, 26), F (5, 2, 23, 10, 5, 1, 17), G (6, 2, 20, 3, 0, 3, 17)
    HELDOUT58: (30, 12, 109, 51, 34, 3, 98),  # parts A (2, 2, 11, 4, 0, 1, 11), B (5, 2, 25, 8, 5, 0, 17), C (4, 2, 17, 3, 0, 0, 17), D (5, 2, 8, 7, 6, 0, 5), E (7, 2, 25, 18, 22, 2, 25), F (7, 2, 23, 11, 1, 0, 23)
    HELDOUT59: (43, 14, 159, 66, 14, 0, 141),  # parts A (6, 2, 21, 9, 6, 0, 9), B (6, 2, 20, 6, 0, 0, 20), C (7, 2, 21, 8, 0, 0, 20), D (6, 2, 25, 17, 6, 0, 20), E (5, 2, 19, 6, 2, 0, 19), F (6, 2, 17, 4, 0, 0, 17), G (7, 2, 36, 16, 0, 0, 36)
    HELDOUT60: (46, 12, 176, 120, 61, 1, 141),  # parts A (8, 2, 34, 19, 15, 0, 19), B (7, 2, 25, 12, 0, 0, 25), C (5, 2, 14, 10, 3, 0, 12), D (6, 2, 31, 28, 21, 0, 25), E (8, 0, 29, 21, 7, 0, 22), F (8, 2, 27, 16, 15, 1, 22), G (4, 2, 16, 14, 0, 0, 16)
    HELDOUT61: (45, 14, 196, 126, 62, 4, 152),  # parts A (7, 2, 37, 21, 5, 1, 37), B (5, 2, 26, 20, 2, 0, 13), C (5, 2, 18, 4, 0, 3, 18), D (8, 2, 21, 18, 21, 0, 14), E (8, 2, 40, 35, 5, 0, 40), F (4, 2, 20, 4, 3, 0, 20), G (8, 2, 34, 24, 26, 0, 10)
    HELDOUT62: (38, 14, 137, 72, 19, 6, 130),  # parts A (3, 2, 16, 9, 0, 1, 16), B (5, 2, 14, 7, 0, 0, 13), C (5, 2, 19, 11, 0, 2, 19), D (7, 2, 32, 24, 14, 0, 28), E (4, 2, 11, 6, 3, 0, 9), F (6, 2, 24, 10, 1, 1, 24), G (8, 2, 21, 5, 1, 2, 21)
    HELDOUT63: (52, 14, 201, 119, 50, 4, 183),  # parts A (8, 2, 22, 9, 1, 3, 22), B (8, 2, 44, 28, 12, 0, 44), C (8, 2, 35, 19, 1, 0, 35), D (8, 2, 37, 31, 20, 0, 22), E (8, 2, 25, 8, 5, 1, 22), F (8, 2, 25, 14, 7, 0, 25), G (4, 2, 13, 10, 4, 0, 13)
    HELDOUT64: (48, 13, 206, 104, 53, 4, 170),  # parts A (8, 1, 40, 22, 11, 0, 24), B (8, 2, 31, 8, 3, 1, 25), C (5, 2, 18, 10, 0, 0, 16), D (7, 2, 39, 38, 35, 0, 33), E (7, 2, 28, 14, 2, 0, 23), F (8, 2, 28, 6, 1, 0, 28), G (5, 2, 22, 6, 1, 3, 21)
    HELDOUT65: (41, 13, 165, 85, 23, 7, 138),  # parts A (4, 2, 11, 5, 0, 1, 11), B (8, 1, 33, 11, 3, 1, 25), C (3, 2, 12, 2, 0, 3, 12), D (7, 2, 26, 19, 18, 0, 15), E (5, 2, 25, 4, 0, 0, 25), F (7, 2, 40, 31, 2, 1, 32), G (7, 2, 18, 13, 0, 1, 18)
    HELDOUT66: (41, 12, 154, 80, 17, 2, 148),  # parts A (5, 2, 21, 6, 0, 0, 21), B (6, 2, 26, 10, 0, 2, 23), C (3, 1, 16, 8, 0, 0, 16), D (5, 2, 18, 15, 14, 0, 17), E (11, 2, 25, 16, 0, 0, 25), F (7, 2, 27, 12, 0, 0, 25), G (4, 1, 21, 13, 3, 0, 21)
    HELDOUT67: (46, 13, 198, 84, 4, 7, 152),  # parts A (6, 2, 27, 4, 0, 3, 27), B (6, 2, 23, 12, 0, 0, 20), C (6, 2, 31, 15, 0, 0, 24), D (8, 2, 29, 25, 4, 0, 12), E (6, 1, 27, 3, 0, 0, 9), F (7, 2, 28, 9, 0, 1, 27), G (7, 2, 33, 16, 0, 3, 33)
    HELDOUT68: (51, 16, 222, 106, 25, 19, 192),  # parts A (2, 2, 9, 2, 0, 5, 9), B (5, 2, 19, 10, 0, 1, 19), C (6, 2, 24, 8, 0, 4, 24), D (9, 2, 36, 21, 12, 1, 21), E (5, 2, 20, 13, 0, 2, 17), F (9, 2, 51, 24, 7, 2, 43), G (6, 2, 34, 12, 0, 2, 34), H (9, 2, 29, 16, 6, 2, 25)
    HELDOUT69: (58, 16, 229, 134, 26, 5, 193),  # parts A (9, 2, 36, 12, 0, 0, 36), B (9, 2, 35, 14, 1, 2, 30), C (6, 2, 26, 16, 0, 0, 23), D (9, 2, 39, 34, 20, 0, 28), E (8, 2, 26, 19, 5, 0, 13), F (8, 2, 30, 15, 0, 2, 30), G (6, 2, 22, 17, 0, 0, 18), H (3, 2, 15, 7, 0, 1, 15)
    HELDOUT70: (51, 16, 227, 125, 37, 10, 182),  # parts A (6, 2, 29, 9, 0, 0, 29), B (8, 2, 48, 31, 12, 0, 48), C (6, 2, 27, 6, 1, 7, 24), D (9, 2, 38, 29, 22, 0, 13), E (5, 2, 17, 10, 0, 2, 16), F (8, 2, 25, 15, 1, 1, 25), G (5, 2, 23, 16, 1, 0, 7), H (4, 2, 20, 9, 0, 0, 20)
    HELDOUT71: (43, 16, 173, 99, 30, 16, 158),  # parts A (5, 2, 10, 6, 0, 0, 8), B (6, 2, 24, 16, 4, 1, 24), C (6, 2, 22, 7, 0, 1, 22), D (8, 2, 38, 29, 25, 0, 26), E (4, 2, 14, 11, 0, 1, 14), F (4, 2, 15, 10, 0, 0, 15), G (5, 2, 27, 4, 1, 13, 26), H (5, 2, 23, 16, 0, 0, 23)
    HELDOUT72: (35, 12, 124, 80, 13, 2, 107),  # parts A (8, 2, 21, 16, 0, 0, 21), B (9, 2, 27, 18, 0, 0, 24), C (4, 2, 19, 7, 0, 0, 16), D (8, 2, 32, 24, 13, 0, 21), E (3, 2, 13, 6, 0, 1, 13), F (3, 2, 12, 9, 0, 1, 12)
    HELDOUT73: (32, 8, 117, 89, 37, 0, 89),  # parts A (8, 2, 31, 19, 2, 0, 31), B (9, 2, 23, 18, 0, 0, 19), C (8, 2, 28, 22, 0, 0, 23), D (7, 2, 35, 30, 35, 0, 16)
}


@pytest.mark.parametrize("folder", list(FLOORS), ids=lambda folder: folder.name)
def test_each_set_is_large_enough_to_measure(folder):
    """A set keeps what its annotation gave it: a file dropped or a duty lost by an edit fails here."""
    texts, news, count, dated, targets, bans, bound = FLOORS[folder]
    golds = _golds(folder)
    duties = [duty for gold in golds for duty in read_gold(gold)]
    assert len(golds) >= texts, [gold.name for gold in golds]
    assert sum(1 for gold in golds if ".news." in gold.name) <= news
    assert len(duties) >= count
    assert sum(1 for duty in duties if duty.deadline.kind.value != "none") >= dated
    assert sum(len(duty.targets) for duty in duties) >= targets
    assert sum(1 for duty in duties if duty.modality.value == "must_not") >= bans
    assert sum(1 for duty in duties if duty.actors != ["ubnd-tinh"]) >= bound


@pytest.mark.parametrize("gold", _golds(HELDOUT2) + _golds(HELDOUT3) + _golds(HELDOUT4) + _golds(HELDOUT5) + _golds(HELDOUT6) + _golds(HELDOUT7) + _golds(HELDOUT8) + _golds(HELDOUT9) + _golds(HELDOUT10) + _golds(HELDOUT11) + _golds(HELDOUT12) + _golds(HELDOUT13) + _golds(HELDOUT14) + _golds(HELDOUT15) + _golds(HELDOUT16) + _golds(HELDOUT17) + _golds(HELDOUT18) + _golds(HELDOUT19) + _golds(HELDOUT20) + _golds(HELDOUT21) + _golds(HELDOUT22) + _golds(HELDOUT23) + _golds(HELDOUT24) + _golds(HELDOUT25) + _golds(HELDOUT26) + _golds(HELDOUT27) + _golds(HELDOUT28) + _golds(HELDOUT29) + _golds(HELDOUT30) + _golds(HELDOUT31) + _golds(HELDOUT32) + _golds(HELDOUT33) + _golds(HELDOUT34) + _golds(HELDOUT35) + _golds(HELDOUT36) + _golds(HELDOUT37) + _golds(HELDOUT38) + _golds(HELDOUT39) + _golds(HELDOUT40) + _golds(HELDOUT41) + _golds(HELDOUT42) + _golds(HELDOUT43) + _golds(HELDOUT44) + _golds(HELDOUT45) + _golds(HELDOUT46) + _golds(HELDOUT47) + _golds(HELDOUT48) + _golds(HELDOUT49) + _golds(HELDOUT50) + _golds(HELDOUT51) + _golds(HELDOUT52) + _golds(HELDOUT53) + _golds(HELDOUT54) + _golds(HELDOUT55) + _golds(HELDOUT56) + _golds(HELDOUT57) + _golds(HELDOUT58) + _golds(HELDOUT59) + _golds(HELDOUT60) + _golds(HELDOUT61) + _golds(HELDOUT62) + _golds(HELDOUT63) + _golds(HELDOUT64) + _golds(HELDOUT65) + _golds(HELDOUT66) + _golds(HELDOUT67) + _golds(HELDOUT68) + _golds(HELDOUT69) + _golds(HELDOUT70) + _golds(HELDOUT71) + _golds(HELDOUT72) + _golds(HELDOUT73), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_second_to_fifteenth_sets_gold_is_well_formed(gold):
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    assert set(data) <= {"document", "duties", "new_actors"}, set(data)
    assert set(data["document"]) == {"symbol", "kind", "date", "issuer"}
    new_actors = data.get("new_actors") or {}
    assert all(ID.match(body) for body in new_actors), list(new_actors)
    # a body declared here may since have entered the taxonomy under the same id (the drafter's fourth
    # round added the provincial sở by the same naming convention): then both must name the same body
    for body in set(new_actors) & TAXONOMY:
        assert fold(NAMES[body]).removesuffix(" tinh") in fold(new_actors[body]) or \
            fold(new_actors[body]).removesuffix(" tinh") in fold(NAMES[body]), (body, new_actors[body], NAMES[body])
    used = set()
    for number, duty in enumerate(data["duties"], start=1):
        where = f"{gold.name} duty {number}"
        assert set(duty) <= {"quote", "actors", "support", "modality", "deadline", "targets", "notes"}, where
        assert len(duty["quote"].split()) >= 8, where
        assert duty["actors"], where
        assert all(isinstance(target.get("value"), (int, float)) for target in duty.get("targets") or []), where
        unknown = [body for body in _bodies(duty) if body not in TAXONOMY and body not in new_actors]
        assert not unknown, f"{where}: bodies neither in actors.yaml nor under new_actors: {unknown}"
        used.update(_bodies(duty))
        assert duty["modality"] in MODALITIES, where
        deadline = duty["deadline"]
        assert deadline["kind"] in {kind.value for kind in DeadlineKind}, where
        needs = {"by_date": "date", "before_date": "date", "end_of_period": "period", "before_period": "period",
                 "from_period": "period", "recurring": "every", "from_date": "date"}.get(deadline["kind"])
        if needs:
            assert deadline.get(needs) is not None, where
        if deadline["kind"] == "recurring":
            assert deadline["every"] in EVERY, where
        if deadline["kind"] == "relative":
            assert deadline.get("anchor") and deadline.get("rule"), where
        for target in duty["targets"]:
            assert target["comparator"] in COMPARATORS and isinstance(target["value"], (int, float)), where
    assert set(new_actors) <= used, f"{gold.name}: new_actors nobody is bound by: {set(new_actors) - used}"
    assert len(read_gold(gold)) == len(data["duties"])


#: the independent second annotations (sets 14 to 16, 25 to 73), each made blind to the first
SECONDS = [HELDOUT14 / "second", HELDOUT15 / "second", HELDOUT16 / "second", HELDOUT25 / "second", HELDOUT26 / "second", HELDOUT27 / "second", HELDOUT28 / "second", HELDOUT29 / "second", HELDOUT30 / "second", HELDOUT31 / "second", HELDOUT32 / "second", HELDOUT33 / "second", HELDOUT34 / "second", HELDOUT35 / "second", HELDOUT36 / "second", HELDOUT37 / "second", HELDOUT38 / "second", HELDOUT39 / "second", HELDOUT40 / "second", HELDOUT41 / "second", HELDOUT42 / "second", HELDOUT43 / "second", HELDOUT44 / "second", HELDOUT45 / "second", HELDOUT46 / "second", HELDOUT47 / "second", HELDOUT48 / "second", HELDOUT49 / "second", HELDOUT50 / "second", HELDOUT51 / "second", HELDOUT52 / "second", HELDOUT53 / "second", HELDOUT54 / "second", HELDOUT55 / "second", HELDOUT56 / "second", HELDOUT57 / "second", HELDOUT58 / "second", HELDOUT59 / "second", HELDOUT60 / "second", HELDOUT61 / "second", HELDOUT62 / "second", HELDOUT63 / "second", HELDOUT64 / "second", HELDOUT65 / "second", HELDOUT66 / "second", HELDOUT67 / "second", HELDOUT68 / "second", HELDOUT69 / "second", HELDOUT70 / "second", HELDOUT71 / "second", HELDOUT72 / "second", HELDOUT73 / "second"]


@pytest.mark.parametrize("gold", [gold for second in SECONDS for gold in _golds(second)],
                         ids=lambda path: f"{path.parent.parent.name}/second/{path.name}")
def test_a_second_annotation_is_sound(gold):
    """An independent second annotation (made blind to the first, for scripts/measure-agreement) is held to the
    same rules: a text of its set, quotes verbatim and of eight words or more, known or declared bodies,
    the catalogue's modalities and deadline kinds."""
    folder = gold.parent.parent
    text = folder / (gold.name.removesuffix(".gold.yaml") + ".txt")
    assert text.exists(), f"{gold.name}: no such text in {folder}"
    flat = _flat(without_header(text.read_text(encoding="utf-8")))
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    # a name with a comma left unquoted in the flow mapping splits into a stray key (sets 37, 50, 51, 55, 56, 60)
    assert set(data.get("document") or {}) <= {"symbol", "kind", "date", "issuer"}, f"{gold.name}: {data['document']}"
    declared = set(data.get("new_actors") or {})
    for number, duty in enumerate(data["duties"], start=1):
        where = f"{gold.name} duty {number}"
        assert _flat(duty["quote"]) in flat, where
        assert len(duty["quote"].split()) >= 8, where
        assert not [body for body in _bodies(duty) if body not in TAXONOMY and body not in declared], where
        assert duty["modality"] in MODALITIES, where
        assert duty["deadline"]["kind"] in {kind.value for kind in DeadlineKind}, where
        # a figure is a YAML number ("0.1", not the text's "0,1%"): the measure compares numbers
        assert all(isinstance(target.get("value"), (int, float)) for target in duty.get("targets") or []), where
    assert read_gold(gold)


@pytest.mark.parametrize("second", SECONDS, ids=lambda folder: folder.parent.name)
def test_a_second_annotation_covers_every_text_of_its_set(second):
    assert sorted(gold.name for gold in _golds(second)) == sorted(gold.name for gold in _golds(second.parent))


#: the fields a target or a deadline may hold. An author may write one of them null (`period: null`, a figure
#: closed by a day or running across years: 197 targets in 28 sets); any other key read as null is a stray
TARGET_FIELDS = {"value", "comparator", "unit", "period", "metric", "note"}
DEADLINE_FIELDS = {"kind", "date", "period", "every", "note", "phrase", "anchor", "rule", "from", "until"}
#: every gold file, the first readings' and the second readings'
EVERY_GOLD = sorted((ROOT / "tests" / "drafting").glob("heldout*/*.gold.yaml")) + \
    sorted((ROOT / "tests" / "drafting").glob("heldout*/second/*.gold.yaml"))


@pytest.mark.parametrize("gold", EVERY_GOLD, ids=lambda path: path.relative_to(ROOT / "tests" / "drafting").as_posix())
def test_no_target_or_deadline_is_cut_at_a_comma(gold):
    """A metric, unit, note or phrase with an unquoted comma in a flow mapping ('{..., metric: 3 sao, 4 sao}') is cut
    there by YAML: the rest becomes a stray key read as null ('4 sao': None), and the file no longer says what its
    author wrote (set 73 had seven in targets, sets 34 and 63 one each in a second reading's deadline)."""
    name = gold.relative_to(ROOT / "tests" / "drafting").as_posix()
    duties = yaml.safe_load(gold.read_text(encoding="utf-8"))["duties"]
    stray = [f"duty {number} {where} key {key!r}"
             for number, duty in enumerate(duties, start=1)
             for where, mapping, fields in [("deadline", duty.get("deadline"), DEADLINE_FIELDS)]
             + [("target", target, TARGET_FIELDS) for target in duty.get("targets") or []]
             if isinstance(mapping, dict)
             for key, value in mapping.items() if value is None and key not in fields]
    assert not stray, (f"{name}: null keys, a value cut at an unquoted comma: {stray}; quote the value that holds the "
                       f"comma whole (double quotes), so the stray key's words rejoin it")
