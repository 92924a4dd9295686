"""The demo evaluation through the command line, as a monitoring officer runs it."""

from __future__ import annotations

import csv
import io
import json

from cli_helpers import run as invoke

from obligations.evaluation.schema import EvaluationView


def test_bac_giang_demo_lists_agencies_below_their_2014_targets_with_heads():
    result = invoke("evaluate", "--province", "Bắc Giang", "--as-of", "2015-01-15", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    EvaluationView.model_validate(data)  # the public contract
    assert data["sample_data"] is True
    below = [f for f in data["findings"] if f["status"] == "strive_missed" and f["period"] == "2014"
             and f["obligation_id"] == "ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a"]
    assert len(below) >= 2
    for finding in below:
        assert finding["actual"]["value"] < finding["target"]["value"]
        assert finding["responsible"]["title"]
        assert finding["explanation"].startswith("Theo điểm a mục 1")
    # 1.b's "30% UBND cấp xã" is one provincial share, answered for by Sở TT&TT (3.e), not by each district
    communes = [f for f in data["findings"] if f["obligation_id"] == "ubnd-bac-giang/ct-so-chua-ro-vbdt/1.b"
                and f["period"] == "2014" and f["actual"] and "population" in f["actual"]]
    assert [f["agency"]["id"] for f in communes] == ["bg-so-tt-tt"]
    assert communes[0]["actual"]["population"]["reach"] == "province"
    # no agency with nothing reported is shown as meeting anything
    for finding in data["findings"]:
        if finding["status"] in ("met", "met_late", "attested"):
            assert finding["actual"] and (finding["actual"].get("facts") or finding["actual"].get("population"))


def test_a_share_with_no_member_in_the_registry_says_so():
    """A district whose communes are not in the registry has no share, and the reader is told why."""
    result = invoke("evaluate", "--as-of", "2015-01-15", "--format", "json")
    data = json.loads(result.output)
    empty = [f for f in data["findings"] if (f["actual"] or {}).get("population", {}).get("members") == 0]
    assert empty and all(f["status"] in ("no_data", "pending") and "cần bổ sung vào danh mục" in f["explanation"]
                         for f in empty)


def test_table_and_csv():
    table = invoke("evaluate", "--province", "Bắc Giang", "--as-of", "2015-01-15", "--status", "strive_missed")
    assert table.exit_code == 0 and "chưa đạt mục tiêu phấn đấu" in " ".join(table.output.lower().split()) \
        and "Dữ liệu mẫu" in table.output
    output = invoke("evaluate", "--province", "Bắc Giang", "--as-of", "2015-01-15", "--format", "csv").output
    assert output.splitlines()[0].startswith("\ufeffagency_id,agency,province,responsible_title")
    rows = list(csv.DictReader(io.StringIO(output.removeprefix("\ufeff"))))
    row = next(r for r in rows if r["status"] == "strive_missed" and r["obligation_id"].endswith("/1.a"))
    assert row["citation"] == "Chỉ thị (chưa rõ số), điểm a mục 1" and "≥" in row["duty"]
    # the clause column is the label people write, never the raw key ("1.a")
    assert row["clause"] == "điểm a mục 1"
    # past 1950/TTg-KGVX's horizon: the notice goes to stderr, the CSV on stdout stays a table
    national = invoke("evaluate", "--province", "Nghệ An", "--as-of", "2020-04-15", "--format", "csv").stdout
    clauses = {r["clause"] for r in csv.DictReader(io.StringIO(national))}
    assert "gạch đầu dòng 3 mục 1" in clauses and not clauses & {"1.a", "21.2", "2.dd", "1, gạch đầu dòng 3"}


def test_summary_counts_per_agency_head_and_obligation():
    result = invoke("evaluate", "--province", "Nghệ An", "--as-of", "2020-04-15", "--summary", "--format", "json")
    summary = json.loads(result.output)["summary"]
    assert summary["agencies"] and summary["obligations"]
    for part in ("agencies", "heads"):
        assert sum(summary["totals"].values()) == sum(sum(a["counts"].values()) for a in summary[part])
    # a leader whose unit crossed Nghệ An's thresholds in 2020-Q1, the first quarter measured wholly
    # after the letter of 06/12/2019, is one person in the per-head counts
    que_phong = [h for h in summary["heads"] if h["agency"] == "na-huyen-que-phong"]
    assert len(que_phong) == 1 and que_phong[0]["counts"].get("triggered") == 1
    assert que_phong[0]["title"] == "Chủ tịch UBND huyện Quế Phong"
    consequence = next(o for o in summary["obligations"] if o["check"].endswith("#c0"))
    assert consequence["citation"] == "Công văn 8705/UBND-CN, gạch đầu dòng 3 mục 1"
    assert consequence["duty"].startswith("Hệ quả: ")
    table = invoke("evaluate", "--province", "Nghệ An", "--as-of", "2020-04-15", "--summary").output
    assert "#t0" not in table and "#c0" not in table and "Hệ quả:" in " ".join(table.split())


def test_a_district_chairman_answers_for_the_communes_level_targets():
    """Bắc Giang 1.a: communes' 75% is answered for by UBND cấp huyện; the commune's section is headed
    by its own chairman, the row names the district's, and the per-head summary counts it there."""
    data = json.loads(invoke("evaluate", "--province", "Bắc Giang", "--as-of", "2015-01-15", "--format", "json").output)
    commune_rows = [f for f in data["findings"] if f["agency"]["id"].startswith("bg-xa-bao-dai")
                    and f["obligation_id"].endswith("/1.a")]
    assert commune_rows and {f["responsible"]["agency_id"] for f in commune_rows} == {"bg-huyen-luc-nam"}
    own = {f["responsible"]["agency_id"] for f in data["findings"] if f["agency"]["id"] == "bg-huyen-luc-nam"}
    head = next(h for h in data["summary"]["heads"] if h["agency"] == "bg-huyen-luc-nam")
    mine = sum(1 for f in data["findings"] if f["responsible"]["agency_id"] == "bg-huyen-luc-nam")
    assert sum(head["counts"].values()) == mine > sum(1 for f in data["findings"] if f["agency"]["id"] == "bg-huyen-luc-nam")
    assert own == {"bg-huyen-luc-nam"}
    table = invoke("evaluate", "--province", "Bắc Giang", "--as-of", "2015-01-15", "--agency", "bg-xa-bao-dai",
                   "--status", "strive_missed").output
    assert "Ủy ban nhân dân xã Bảo Đài — Chủ tịch UBND xã Bảo Đài" in " ".join(table.split())
    assert "chịu trách nhiệm: Chủ tịch UBND huyện Lục Nam" in " ".join(table.split())


def test_bad_input_gets_one_clear_message():
    result = invoke("evaluate", "--status", "unmett")
    assert result.exit_code == 2 and "trạng thái 'unmett' không có" in result.output and "Traceback" not in result.output
    result = invoke("evaluate", "--province", "Bac Giangg", "--as-of", "2015-01-15")
    assert result.exit_code == 2 and "ý bạn là" in result.output


def test_why_not():
    result = invoke("evaluate", "--as-of", "2015-01-15", "--agency", "bg-so-tu-phap",
                    "--why-not", "ubnd-quang-ngai/1486-qd-ubnd-2013/2.3")
    assert result.exit_code == 0 and "Quảng Ngãi" in result.output


def test_schema_and_agencies():
    schema = json.loads(invoke("schema", "--findings").output)
    assert "FindingView" in json.dumps(schema)
    agencies = invoke("agencies", "--province", "Khánh Hòa", "--format", "json")
    rows = json.loads(agencies.output)
    assert any(r["kind"] == "so-thong-tin-va-truyen-thong" for r in rows)


def test_agencies_say_who_took_over():
    """A body the 2025 reorganisation merged says who bears its duties since, from the registry's
    successors (issue 13), in every format; a body that goes on has none."""
    rows = {r["id"]: r for r in json.loads(invoke("agencies", "--province", "Khánh Hòa", "--format", "json").output)}
    assert rows["kh-so-kh-dt"]["existed_until"] == "2025-02-28"
    assert rows["kh-so-kh-dt"]["successors"] == [
        {"agency": "kh-so-tai-chinh", "from": "2025-03-01", "change": "merged", "functions": None}]
    assert rows["kh-so-tai-chinh"]["successors"] == []
    csv_out = invoke("agencies", "--province", "Khánh Hòa", "--format", "csv").output
    assert "kh-so-tai-chinh 2025-03-01 merged" in csv_out
    table = invoke("agencies", "--province", "Khánh Hòa", "--as-of", "2026-01-01").output
    assert "→" in table and "hợp nhất" in " ".join(table.split())
