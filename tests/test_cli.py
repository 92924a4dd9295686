"""The command line, as a new user meets it."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_helpers import run

from obligations.catalogue.views import ObligationView


def test_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("validate", "documents", "query", "list", "show", "actors", "metrics", "schema", "new", "test"):
        assert command in result.output
    for command in ("validate", "documents", "query", "list", "show", "actors", "metrics", "schema", "new", "test"):
        assert run(command, "--help").exit_code == 0


def test_validate_ok(catalogue):
    result = run("validate")
    assert result.exit_code == 0 and (f"Hợp lệ: {len(catalogue.encoded_documents())} văn bản, "
                                      f"{len(catalogue.obligations)} nghĩa vụ") in result.output
    # Without ../shared beside the project, national quotes are not checked, and it says so.
    assert "đã đối chiếu mọi trích dẫn" in result.output


def test_documents_table_and_json(catalogue):
    result = run("documents")
    assert result.exit_code == 0
    for symbol in ("12/CT-UBND", "28/2018/QĐ-TTg", "1486/QĐ-UBND", "8705/UBND-CN", "44/KH-UBND", "15/CT-TTg",
                   "(chưa rõ số)", "tái dựng"):
        assert symbol in result.output
    data = json.loads(run("documents", "--format", "json").output)
    assert len(data) == len(catalogue.encoded_documents()) and all(d["obligations"] > 0 for d in data)
    everything = json.loads(run("documents", "--all", "--format", "json").output)
    assert len(everything) > len(data)


@pytest.mark.parametrize("columns", [80, 120])
def test_documents_table_keeps_every_column_on_a_narrow_screen(catalogue, columns):
    """A log or a terminal of 80 columns: the issuer, validity and duty count stay readable (the id is broken
    after its "/" there, and said so); from 110 columns on, the id stands whole under the symbol."""
    from click.testing import CliRunner

    from obligations.cli import main

    out = CliRunner().invoke(main, ["documents"], env={"COLUMNS": str(columns)}).output
    assert max(len(line) for line in out.splitlines()) <= columns
    words = out.split()
    for header in ("Cơ", "hành", "Hiệu", "NV"):
        assert header in words  # no column dropped
    assert "…" not in out  # and no word cut short
    for document in catalogue.encoded_documents():
        folder, name = document.id.split("/", 1)
        if columns < 110:
            assert f"{folder}/" in words and name in words
        else:
            assert document.id in words
        assert str(catalogue.obligation_count(document.id)) in words
    assert ("Màn hình hẹp" in out) == (columns < 110)


def test_query_table_for_a_legal_officer():
    result = run("query", "--actor", "so tt&tt", "--document", "12/CT-UBND")
    assert result.exit_code == 0
    out = result.output
    assert "Chỉ thị 12/CT-UBND ngày 31/07/2013 của Ủy ban nhân dân tỉnh Khánh Hòa" in out
    assert "Giao trực tiếp cho Sở Thông tin và Truyền thông:" in out
    assert "Xây dựng lộ trình thực hiện bắt buộc" in out and "≥ 70% (năm 2015)" in out
    assert out.index("Giao trực tiếp") < out.index("thuộc nhóm này")


def test_query_json_matches_the_schema_fields():
    data = json.loads(run("query", "--document", "8705/UBND-CN", "--format", "json").output)
    assert len(data) == 14
    for item in data:
        ObligationView.model_validate(item)  # the JSON reads back into the contract's model


def test_query_csv(catalogue):
    text = run("list", "--province", "Hậu Giang", "--format", "csv").output
    assert text.startswith("\ufeff")  # UTF-8 with a byte-order mark, for Excel
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    of_the_province = [d for d in catalogue.encoded_documents() if d.province == "Hậu Giang"]
    assert len(rows) == sum(catalogue.obligation_count(d.id) for d in of_the_province)
    assert sum(row["document_symbol"] == "44/KH-UBND" for row in rows) == 18
    assert any("60%" in row["targets"] for row in rows)


def test_show_bac_giang_1a_shows_the_six_targets():
    result = run("show", "ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a")
    assert result.exit_code == 0
    out = result.output
    for label in ("≥ 80% (đến hết năm", "≥ 85% (đến hết năm", "≥ 75% (đến hết năm", "≥ 90% (đến hết năm"):
        assert label in out
    # each target is due on its own date: three figures for 2014, three for the end of 2015
    assert out.count("(31/12/2014))") == 3 and out.count("(31/12/2015))") == 3
    assert out.count("≥ 90% (đến hết năm") == 2
    assert "Chỉ thị (chưa rõ số)" in out and "từ 15/11/2013" in out
    assert "15/CT-TTg" in out  # what it implements


def test_show_keeps_brackets_in_text():
    result = run("show", "ubnd-khanh-hoa/12-ct-ubnd-2013/1.dd")
    assert "[email protected]" in result.output


def test_show_national_clause_lists_who_implements_it():
    result = run("show", "ttg/28-2018-qd-ttg/19.1.a")
    assert "Được thực hiện bởi" in result.output and "8705/UBND-CN" in result.output


def test_show_json():
    data = json.loads(run("show", "ubnd-khanh-hoa/12-ct-ubnd-2013/2.g", "--format", "json").output)
    assert data["targets"][0]["label"] == "≥ 70% (năm 2015)"


@pytest.mark.parametrize("args,message", [
    (["show", "ubnd-khanh-hoa/12-ct-ubnd-2013/9.z"], "không có nghĩa vụ"),
    (["query", "--actor", "Sở Nội vự x"], "ý bạn là"),
    (["query", "--due-before", "31-12-2014"], "không phải là ngày"),
    (["query", "--document", "12/CT-XYZ"], "không có văn bản nào khớp"),
])
def test_bad_input_is_one_clear_line(args, message):
    result = run(*args)
    assert result.exit_code == 2 and message in result.output


def test_dates_in_vietnamese_order_are_accepted():
    iso = run("query", "--province", "Quảng Ngãi", "--due-before", "2014-03-31", "--format", "csv").output
    vietnamese = run("query", "--province", "Quảng Ngãi", "--due-before", "31/03/2014", "--format", "csv").output
    assert iso == vietnamese and "2.1.b" in iso


def test_metrics_and_actors():
    result = run("metrics")
    assert result.exit_code == 0 and "ty-le-vbdt-hoan-toan" in result.output
    # the way a metric should go comes from its targets' comparators, not a "giảm" default:
    # paper (Hậu Giang row 3, ≤ 40%) goes down, fully electronic documents go up
    for metric, wanted in (("ty-le-van-ban-giay", "giảm (≤)"), ("ty-le-vbdt-hoan-toan", "tăng (≥)")):
        shown = " ".join(run("metrics", metric).output.split())
        assert wanted in shown, metric
    assert "giảm" not in " ".join(run("metrics", "ty-le-vbdt-hoan-toan").output.split()).split("ty-le-vbdt-hoan-toan ")[1][:40]
    metrics = json.loads(run("metrics", "--format", "json").output)
    assert any(m["id"] == "su-dung-phan-mem-qlvb" and m["unit"] == "boolean" for m in metrics)
    actors = json.loads(run("actors", "--format", "json").output)
    assert any(a["id"] == "so-noi-vu" and "SNV" in a["aliases"] for a in actors)
    assert "so-noi-vu" in run("actors", "--format", "csv").output


def test_schema_is_json_schema():
    schema = json.loads(run("schema").output)
    assert schema["type"] == "array"
    item = schema["$defs"]["ObligationView"]
    assert {"id", "document", "clause", "actor", "responsible", "action", "quote", "deadline", "targets",
            "implements"} <= set(item["required"])
