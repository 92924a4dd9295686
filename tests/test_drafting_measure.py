"""The drafter's measurement (obligations/drafting/measure.py, scripts/measure_drafter.py): what it counts as the
same requirement, and the issuer a held-out text's header gives for the second way a set is measured."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from obligations.drafting import draft_text
from obligations.drafting.measure import given_issuer, read_gold, score, without_header

ROOT = Path(__file__).resolve().parent.parent


def _gold(tmp_path, targets: str) -> list:
    gold = tmp_path / "x.gold.yaml"
    gold.write_text(textwrap.dedent(f"""\
        duties:
          - quote: 100% các cơ quan, đơn vị sử dụng văn bản điện tử trong trao đổi công việc
            actors: [so-ban-nganh-tinh]
            modality: must
            deadline: {{kind: end_of_period, period: '2026'}}
            targets: [{targets}]
        """), encoding="utf-8")
    return read_gold(gold)


def _drafted(value, comparator: str) -> list[dict]:
    return [{"quotes": ["100% các cơ quan, đơn vị sử dụng văn bản điện tử trong trao đổi công việc"],
             "actors": ["so-ban-nganh-tinh"], "modality": "must", "deadline": {"kind": "end_of_period", "period": "2026"},
             "targets": [{"value": value, "comparator": comparator}]}]


def test_every_body_doing_it_and_a_share_of_100_percent_are_one_requirement(catalogue, tmp_path):
    """"100% các cơ quan ... sử dụng": the seeds write each body's yes (true, equals), R4 and the held-out gold a
    share at 100% (at_least 100); the measure counts either against the other, and nothing less than all."""
    share = _gold(tmp_path, "{value: 100, comparator: at_least}")
    assert score(share, _drafted(True, "equals"), catalogue.actors).targets_right == 1
    assert score(share, _drafted(100, "at_least"), catalogue.actors).targets_right == 1
    assert score(share, _drafted(90, "at_least"), catalogue.actors).targets_right == 0
    assert score(share, _drafted(False, "equals"), catalogue.actors).targets_right == 0
    assert score(share, _drafted(100, "at_most"), catalogue.actors).targets_right == 0


def test_a_held_out_header_gives_the_issuer_an_officer_would_and_the_script_prints_both_readings():
    """Set 15's ward and commune pages name no body; their header says what an officer drafting them gives
    (draft --issuer ubnd-xa). The text proper is unchanged, and the script prints the set both ways."""
    page = ROOT / "tests" / "drafting" / "heldout15" / "gia-lai-pleiku-phuong-chi-lang-chi-tieu-2025.txt"
    text = page.read_text(encoding="utf-8")
    assert given_issuer(text) == "ubnd-xa"
    assert "--issuer" not in without_header(text)
    assert given_issuer("# Source: https://example.gov.vn/x\n\nI. MỤC TIÊU\n# draft --issuer ubnd-xa: no\n") is None
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "measure_drafter.py")], capture_output=True,
                          text=True, timeout=600, env=dict(os.environ, OBLIGATIONS_SHARED_DIR="/nonexistent"))
    assert done.returncode == 0, done.stderr
    section = done.stdout[done.stdout.index("HELD-OUT 15"):]
    plain = next(line for line in section.splitlines() if line.startswith("| all "))
    given = next(line for line in section.splitlines() if line.startswith("| all, with the issuer"))
    assert "for 4 texts" in given
    actors = lambda line: int(line.split("|")[5].strip().rstrip("%"))  # noqa: E731
    assert actors(given) > actors(plain)
    assert plain.split("|")[2] == given.split("|")[2]  # the same 142 reviewed duties


def test_the_issuer_given_binds_only_what_the_page_leaves_unbound(catalogue):
    page = ROOT / "tests" / "drafting" / "heldout15" / "gia-lai-pleiku-phuong-chi-lang-chi-tieu-2025.txt"
    text = without_header(page.read_text(encoding="utf-8"))
    plain, given = draft_text(text, catalogue), draft_text(text, catalogue, issuer="ubnd-xa")
    assert [d["quotes"] for d in plain["obligations"]] == [d["quotes"] for d in given["obligations"]]
    assert all(d["actors"] == ["ubnd-xa"] for d in given["obligations"] if d["actors"] != ["chu-the-chua-ro"])
