"""The drafter's measurement (obligations/drafting/measure.py, scripts/measure_drafter.py): what it counts as the
same requirement, and the issuer a held-out text's header gives for the second way a set is measured."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from obligations.drafting import draft_text
from obligations.drafting.measure import given_issuer, marked, read_gold, score, without_header
from obligations.i18n import use

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
    (draft --issuer ubnd-xa). The text proper is unchanged, and the script prints a set both ways: set 20, whose four
    headed pages still gain from the issuer given (set 15's ward page reads its own level since round 64 (b), set 17's
    commune page bringing its commune to a standard since round 86 (a): one actor left, below a printed point)."""
    page = ROOT / "tests" / "drafting" / "heldout15" / "gia-lai-pleiku-phuong-chi-lang-chi-tieu-2025.txt"
    text = page.read_text(encoding="utf-8")
    assert given_issuer(text) == "ubnd-xa"
    assert "--issuer" not in without_header(text)
    assert given_issuer("# Source: https://example.gov.vn/x\n\nI. MỤC TIÊU\n# draft --issuer ubnd-xa: no\n") is None
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "measure_drafter.py")], capture_output=True,
                          text=True, timeout=1800, env=dict(os.environ, OBLIGATIONS_SHARED_DIR="/nonexistent"))
    assert done.returncode == 0, done.stderr
    section = done.stdout[done.stdout.index("HELD-OUT 20 "):]
    plain = next(line for line in section.splitlines() if line.startswith("| all "))
    given = next(line for line in section.splitlines() if line.startswith("| all, with the issuer"))
    assert "for 4 texts" in given
    actors = lambda line: int(line.split("|")[5].strip().rstrip("%"))  # noqa: E731
    assert actors(given) > actors(plain)
    assert plain.split("|")[2] == given.split("|")[2]  # the same reviewed duties


def test_the_issuer_given_binds_only_what_the_page_leaves_unbound(catalogue):
    page = ROOT / "tests" / "drafting" / "heldout15" / "gia-lai-pleiku-phuong-chi-lang-chi-tieu-2025.txt"
    text = without_header(page.read_text(encoding="utf-8"))
    plain, given = draft_text(text, catalogue), draft_text(text, catalogue, issuer="ubnd-xa")
    assert [d["quotes"] for d in plain["obligations"]] == [d["quotes"] for d in given["obligations"]]
    assert all(d["actors"] == ["ubnd-xa"] for d in given["obligations"] if d["actors"] != ["chu-the-chua-ro"])


def _duty(**changes) -> dict:
    duty = _drafted(100, "at_least")[0]
    return {**duty, **changes}


def test_a_misread_the_draft_does_not_mark_for_review_is_counted_silent(catalogue, tmp_path):
    """The officer confirms the marked guesses: a wrong reading with no mark on it would pass unseen. Each axis is
    silent only when its own reading is unmarked: the deadline's mark, the modality's, the duty's marks on who."""
    gold = _gold(tmp_path, "{value: 100, comparator: at_least}")
    action = "viết action.en (tiếng Anh) và rút gọn action.vi nếu cần"
    unmarked = _duty(actors=["ubnd-tinh"], modality="strive", deadline={"kind": "none"}, review=[action])
    result = score(gold, [unmarked], catalogue.actors)
    assert result.silent == {"actors": 1, "modality": 1, "deadline": 1} and result.misreads == 3
    assert all(line.endswith("(silent: no review mark)") for line in result.misread if "target" not in line)
    marked = _duty(actors=["ubnd-tinh"], modality="strive",
                   deadline={"kind": "none", "review": ["văn bản không nêu thời hạn: xác nhận"]},
                   review=[action, "câu không nêu chủ thể: lấy cơ quan ban hành: xác nhận",
                           "tính chất 'phấn đấu' lấy từ tiêu đề: suy luận, xác nhận"])
    result = score(gold, [marked], catalogue.actors)
    assert result.silent == {"actors": 0, "modality": 0, "deadline": 0} and result.misreads == 3
    timed = _duty(deadline={"kind": "once"}, review=[action, "thời hạn \"ngay\" đọc từ đầu câu: xác nhận"])
    result = score(gold, [timed], catalogue.actors)
    assert result.silent == {"actors": 0, "modality": 0, "deadline": 0} and result.misreads == 1
    right = score(gold, [_duty(review=[action])], catalogue.actors)  # nothing misread, nothing silent
    assert right.misreads == 0 and right.silent == {"actors": 0, "modality": 0, "deadline": 0}


def test_the_marks_of_a_real_draft_are_told_apart(catalogue):
    """On a held-out text of set 19 (a commune's plan), a duty whose actor comes from its heading carries a mark on
    who, not on its time; the measure reads them so."""
    page = ROOT / "tests" / "drafting" / "heldout19" / "ba-ria-vung-tau-chau-duc-hdnd-nhiem-vu-2020.news.txt"
    with use("vi"):  # the marks as the measure reads them
        draft = draft_text(without_header(page.read_text(encoding="utf-8")), catalogue)
    inferred = [d for d in draft["obligations"] if any(m.startswith("câu không nêu chủ thể") for m in d["review"])]
    assert inferred and all(marked(d, "actors") for d in inferred)
    dated_by_heading = [d for d in draft["obligations"] if d["deadline"].get("review")]
    assert dated_by_heading and all(marked(d, "deadline") for d in dated_by_heading)
    undated = [d for d in draft["obligations"] if d["deadline"]["kind"] == "none" and not d["deadline"].get("review")
               and not any(m.startswith("thời hạn") for m in d["review"])]
    assert all(not marked(d, "deadline") for d in undated)
