"""Half-year periods (2024-H1, 2024-H2) and duties every half-year ("định kỳ 6 tháng"), evaluated on both
sides of 30/6 and 31/12 by both engines.

No shipped directive asks for a half-yearly report, so the duty is encoded in a test letter
(tests/fixtures/half-year/: its text, its encoding and its cases) placed in a copy of the directives.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from cli_helpers import run
from engine_helpers import run_both
from obligations.catalogue.load import load_catalogue
from obligations.catalogue.model import Deadline
from obligations.catalogue.periods import given_period, parse_period
from obligations.evaluation.agencies import load_registries
from obligations.evaluation.evaluate import sample_dir
from obligations.evaluation.facts import FactError, facts_from_records
from obligations.i18n import use

FIXTURE = Path(__file__).parent / "fixtures" / "half-year"
DOC = "ubnd-hau-giang/9901-ubnd-ttth-2024"
EVERY_HALF, FIRST_HALF = f"{DOC}/1", f"{DOC}/2"
CHECK, CHECK_FIRST = f"{EVERY_HALF}#event", f"{FIRST_HALF}#event"  # the findings' check ids
D = dt.date


@pytest.fixture
def root(scratch: Path) -> Path:
    (scratch / "hau-giang").mkdir()
    for name in ("9901-ubnd-ttth-2024.yaml", "9901-ubnd-ttth-2024.cases.yaml"):
        shutil.copy(FIXTURE / name, scratch / "hau-giang" / name)
    shutil.copy(FIXTURE / "bao-cao-6-thang.txt", scratch / "sources" / "test-hau-giang-9901-ubnd-ttth-2024.txt")
    return scratch


@pytest.fixture
def cat(root):
    return load_catalogue(root)


@pytest.fixture
def registry(cat):
    return load_registries([sample_dir() / "agencies" / name for name in ("hau-giang.yaml", "can-tho.yaml")], cat.actors)


def event(agency, obligation, period, day):
    return {"type": "event", "agency": agency, "obligation": obligation, "period": period, "date": day}


def test_half_years_have_their_days_and_labels():
    first, second = parse_period("2024-H1"), parse_period("2024-H2")
    assert (first.start, first.end, second.start, second.end) == (D(2024, 1, 1), D(2024, 6, 30), D(2024, 7, 1), D(2024, 12, 31))
    assert (first.label_vi(), second.label_vi()) == ("6 tháng đầu năm 2024", "6 tháng cuối năm 2024")
    with use("en"):
        assert (first.label(), second.label()) == ("the first half of 2024", "the second half of 2024")
        assert first.label_vi() == "6 tháng đầu năm 2024"


@pytest.mark.parametrize("text", ["2024-H3", "2024-H0", "2024-h1", "2024-H"])
def test_a_half_year_that_is_not_one_gets_the_list_of_forms(text):
    with use("vi"), pytest.raises(ValueError) as error:
        given_period(text)
    assert f"'{text}' không phải là một kỳ" in str(error.value) and "2014-H1" in str(error.value)


def test_every_half_year_falls_due_on_30_june_and_31_december():
    deadline = Deadline.model_validate({"kind": "recurring", "every": "half_year", "phrase": "định kỳ 6 tháng",
                                        "from": "2024-H2", "until": "2025"})
    assert deadline.occurrences(D(2024, 1, 1), D(2026, 12, 31)) == [D(2024, 12, 31), D(2025, 6, 30), D(2025, 12, 31)]
    assert deadline.next_occurrence(D(2025, 7, 1)) == D(2025, 12, 31)
    from_half = Deadline.model_validate({"kind": "from_period", "period": "2025-H1", "phrase": "từ 6 tháng đầu năm 2025"})
    assert from_half.occurrences(D(2025, 1, 1), D(2025, 12, 31)) == [D(2025, 6, 30), D(2025, 12, 31)]


def test_around_30_june(cat, registry):
    before = run_both(cat, registry, [], D(2024, 6, 30), province="Hậu Giang")
    assert before[(CHECK, "hg-so-tu-phap", "2024-H1")].status == "pending"
    assert before[(CHECK_FIRST, "hg-so-tt-tt", None)].status == "pending"
    assert before[(CHECK, "hg-so-tu-phap", "2024-H2")].status == "pending"
    facts = [event("hg-so-tu-phap", EVERY_HALF, "2024-H1", "2024-06-25")]
    after = run_both(cat, registry, facts, D(2024, 7, 1), province="Hậu Giang")
    assert after[(CHECK, "hg-so-tu-phap", "2024-H1")].status == "met"
    assert after[(CHECK, "hg-so-tai-chinh", "2024-H1")].status == "no_data"
    assert after[(CHECK, "hg-so-tu-phap", "2024-H2")].status == "pending"
    assert after[(CHECK_FIRST, "hg-so-tt-tt", None)].status == "no_data"
    assert "6 tháng đầu năm 2024" in after[(CHECK, "hg-so-tai-chinh", "2024-H1")].explanation


def test_around_31_december_a_yearly_report_does_not_answer_the_second_half(cat, registry):
    facts = [event("hg-so-tu-phap", EVERY_HALF, "2024-H1", "2024-06-25"),
             event("hg-so-tu-phap", EVERY_HALF, "2024", "2024-12-20"),
             event("hg-so-tai-chinh", EVERY_HALF, "2024-H2", "2024-12-28")]
    before = run_both(cat, registry, facts, D(2024, 12, 31), province="Hậu Giang")
    assert before[(CHECK, "hg-so-tu-phap", "2024-H2")].status == "pending"
    after = run_both(cat, registry, facts, D(2025, 1, 1), province="Hậu Giang")
    assert after[(CHECK, "hg-so-tu-phap", "2024-H1")].status == "met"
    assert after[(CHECK, "hg-so-tu-phap", "2024-H2")].status == "no_data"
    assert after[(CHECK, "hg-so-tai-chinh", "2024-H2")].status == "met"
    assert after[(CHECK, "hg-so-tu-phap", "2025-H1")].status == "pending"
    assert not [k for k in after if k[0] == CHECK and k[2] == "2024"]  # no yearly instance to answer


def test_a_fact_with_a_bad_half_year_is_refused_with_one_clear_message(cat, registry):
    with use("vi"), pytest.raises(FactError) as error:
        facts_from_records([event("hg-so-tu-phap", EVERY_HALF, "2024-H3", "2024-06-25")], cat, registry)
    message = str(error.value)
    assert "period" in message and "'2024-H3' không phải là một kỳ" in message and "2014-H1" in message


def test_a_directive_with_a_bad_half_year_names_the_file_and_line(root):
    path = root / "hau-giang" / "9901-ubnd-ttth-2024.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('period: "2024-H1"', 'period: "2024-H3"'), encoding="utf-8")
    result = run("--directives", str(root), "validate", str(path))
    assert result.exit_code != 0
    assert "9901-ubnd-ttth-2024.yaml:" in result.output and "2024-H3" in result.output and "2014-H1" in result.output


@pytest.mark.parametrize("engine", ["durable", "reference"])
def test_the_cases_of_the_half_yearly_letter_pass(root, engine):
    result = run("--directives", str(root), "test", "--engine", engine, str(root / "hau-giang" / "9901-ubnd-ttth-2024.cases.yaml"))
    assert result.exit_code == 0, result.output
    assert "3 ca đạt" in result.output


def test_the_json_contract_carries_the_half_year(cat, registry):
    found = run_both(cat, registry, [], D(2024, 7, 1), province="Hậu Giang")
    finding = found[(CHECK, "hg-so-tu-phap", "2024-H1")]
    data = json.loads(json.dumps(finding.to_dict(), default=str))
    assert data["period"] == "2024-H1"


def test_the_catalogue_says_half_years_in_words(cat):
    from obligations.catalogue.views import deadline_label

    assert deadline_label(cat.obligations[EVERY_HALF].deadline) == "định kỳ 6 tháng"
    assert deadline_label(cat.obligations[FIRST_HALF].deadline) == "đến hết 6 tháng đầu năm 2024 (30/06/2024)"
