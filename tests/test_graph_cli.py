"""The graph's commands as a legal officer meets them: trace, coverage, graph check / export / render."""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path

import pytest
from cli_helpers import run

import obligations.cli as cli
from obligations.catalogue.load import default_root

TRIPWIRES = Path(__file__).parent / "fixtures" / "graph" / "tripwires"


@pytest.fixture(autouse=True)
def _shipped_catalogue_loaded_once(monkeypatch, catalogue):
    """Each command loads the shipped directives; here they are loaded once per session (fast suite)."""
    real_load, real_check = cli.load_catalogue, cli.check

    def shipped(root) -> bool:
        return Path(root).resolve() == default_root().resolve()

    monkeypatch.setattr(cli, "load_catalogue", lambda root=None: catalogue if shipped(root) else real_load(root))
    monkeypatch.setattr(cli, "check", lambda root=None, only=None: (catalogue, list(catalogue.notes))
                        if shipped(root) and not only else real_check(root, only))


def test_help_lists_the_graph_commands():
    assert all(c in run("--help").output for c in ("trace", "coverage", "graph"))
    graph_help = run("graph", "--help").output
    assert all(c in graph_help for c in ("check", "export", "render"))


def test_coverage_of_nghe_an_against_qd28_reads_as_a_legal_officer_wants():
    result = run("coverage", "--province", "Nghệ An", "--national", "QĐ 28/2018")
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("Tỉnh Nghệ An — Quyết định 28/2018/QĐ-TTg ngày 12/07/2018 của Thủ tướng Chính phủ")
    assert "Văn bản của tỉnh: Công văn 8705/UBND-CN ngày 06/12/2019" in out and "thực hiện (văn bản nêu rõ)" in out
    assert "Đã tiếp nhận 8 trên 45 nghĩa vụ giao cho địa phương; chưa tiếp nhận 37." in out
    assert out.index("Đã tiếp nhận (8):") < out.index("Chưa tiếp nhận (37):")
    uncovered = " ".join(out[out.index("Chưa tiếp nhận (37):"):].split())
    # clauses as people cite them, smallest unit first
    assert "khoản 2 Điều 21" in uncovered and "điểm b khoản 1 Điều 19" in uncovered
    assert "CV 8705/UBND-CN gạch đầu dòng 1 mục 2" in " ".join(out.split()) and "[suy luận]" in out


def test_coverage_shows_which_group_each_qd28_milestone_binds():
    """QĐ 28 Điều 21 splits the bodies: "đáp ứng yêu cầu" (by 31/12/2018), "còn lại" (by 30/6/2019),
    "chưa hoàn thành" (21.2): the uptake table says which group each milestone binds, in Vietnamese
    (never "không đã hoàn thành"), and the JSON carries the condition."""
    out = " ".join(run("coverage", "--province", "Nghệ An", "--national", "QĐ 28/2018").output.split())
    assert "chỉ áp dụng cho cơ quan đáp ứng yêu cầu về gửi, nhận văn bản điện tử" in out
    assert "chỉ áp dụng cho cơ quan thuộc nhóm còn lại" in out and "“Đối với các bộ, ngành, địa phương còn lại”" in out
    assert "chỉ áp dụng cho cơ quan chưa hoàn thành kết nối, liên thông văn bản điện tử nội bộ" in out
    assert "không đã" not in out and "không đáp ứng" not in out
    data = json.loads(run("coverage", "--province", "Nghệ An", "--national", "QĐ 28/2018", "--format", "json").output)
    row = next(r for r in data[0]["rows"] if r["key"] == "21.2")
    assert row["conditions"] == [{"attribute": "hoan-thanh-lien-thong-vbdt-noi-bo", "value": False,
                                  "text_vi": row["conditions"][0]["text_vi"]}]
    assert row["conditions"][0]["text_vi"].startswith("cơ quan chưa hoàn thành")
    show = " ".join(run("show", "ttg/28-2018-qd-ttg/21.2").output.split())
    assert "Điều kiện cơ quan chưa hoàn thành kết nối" in show and "không đã" not in show


def test_coverage_json_and_csv():
    data = json.loads(run("coverage", "--format", "json").output)
    assert {(d["province"], d["national_document"]["label"]) for d in data} >= {  # a directive added later adds its own
        ("Bắc Giang", "CT 15/CT-TTg"), ("Bắc Giang", "CV 1950/TTg-KGVX"), ("Hậu Giang", "QĐ 28/2018/QĐ-TTg"),
        ("Khánh Hòa", "CT 15/CT-TTg"), ("Nghệ An", "QĐ 28/2018/QĐ-TTg"), ("Quảng Ngãi", "CT 15/CT-TTg")}
    nghe_an = next(d for d in data if d["province"] == "Nghệ An")
    assert nghe_an["covered"] == 8 and nghe_an["addressed"] == 45
    row = next(r for r in nghe_an["rows"] if r["key"] == "19.2")
    assert row["status"] == "covered" and row["implemented_by"][0]["basis"] == "inferred"
    rows = list(csv.DictReader(io.StringIO(run("coverage", "--province", "quang ngai", "--format", "csv").output.lstrip("\ufeff"))))
    assert len(rows) == 8 and {r["status"] for r in rows} == {"covered"}


def test_trace_table():
    result = run("trace", "ttg/28-2018-qd-ttg/19.2")
    assert result.exit_code == 0
    out = result.output
    assert "QĐ 28/2018/QĐ-TTg khoản 2 Điều 19" in out
    assert "Tỉnh Hậu Giang — KH 44/KH-UBND (16 nghĩa vụ)" in out
    assert "Tỉnh Nghệ An — CV 8705/UBND-CN (1 nghĩa vụ)" in out
    data = json.loads(run("trace", "QD 28/2018 19.2", "--format", "json").output)
    assert {s["document"]["province"] for s in data["implemented_by"]} == {"Hậu Giang", "Nghệ An"}
    rows = list(csv.DictReader(io.StringIO(run("trace", "12/CT-UBND 2.g", "--format", "csv").output.lstrip("\ufeff"))))
    assert [(r["direction"], r["id"]) for r in rows] == [("implements", "ttg/15-ct-ttg-2012/r.ty-le-60-2015")]


def test_graph_check_on_the_shipped_data():
    result = run("graph", "check")
    assert result.exit_code == 0  # warnings and notes; no errors
    out = result.output
    assert "Chỉ tiêu thấp hơn chỉ tiêu được thực hiện — cảnh báo (1)" in out
    assert "Thời hạn muộn hơn thời hạn được thực hiện — cảnh báo (2)" in out
    assert "Căn cứ đã bị thay thế hoặc hết hiệu lực — lưu ý (4)" in out
    assert "Chủ thể không thuộc" not in out.split("Tổng:")[0]
    assert run("graph", "check", "--strict").exit_code == 1
    data = json.loads(run("graph", "check", "--format", "json").output)
    assert len(data) == 7 and {d["severity"] for d in data} == {"warning", "note"}


def test_graph_check_on_the_tripwire_fixture_fails_on_the_cycle():
    result = run("--directives", str(TRIPWIRES), "graph", "check", "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.output.lstrip("\ufeff"))))
    assert sorted(r["kind"] for r in rows) == sorted(["weaker_target", "later_deadline", "later_deadline",
                                                      "actor_not_allowed", "cycle", "stale_basis"])


@pytest.mark.parametrize("args,message", [
    (("trace", "ttg/28-2018-qd-ttg/19.9"), "ý bạn là 'ttg/28-2018-qd-ttg/19.5'"),
    (("trace", "nothing-like-it"), "không có nghĩa vụ 'nothing-like-it'"),
    (("coverage", "--province", "Nghe Ann"), "ý bạn là 'Nghệ An'?"),
    (("coverage", "--national", "QD 29/2018"), "không có văn bản trung ương đã mã hóa 'QD 29/2018'"),
    (("graph", "render", "--document", "9999/XYZ"), "không có văn bản đã mã hóa '9999/XYZ'"),
    (("graph", "export", "--format", "mermaid", "-d", "9999/XYZ"), "không có văn bản đã mã hóa"),
])
def test_bad_input_gets_one_clear_message(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output and result.output.startswith("lỗi: ")
    assert len(result.output.strip().splitlines()) == 1


def test_render_writes_svg_and_png(tmp_path):
    result = run("graph", "render", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    svg, png = tmp_path / "graph.svg", tmp_path / "graph.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = html.unescape(svg.read_text(encoding="utf-8"))  # dot writes "-" as &#45;
    for label in ("QĐ 28/2018/QĐ-TTg", "Tỉnh Nghệ An", "tiếp nhận 8/45 nghĩa vụ", "Chú giải", "DejaVu Sans"):
        assert label in text
    one = tmp_path / "na.svg"
    assert run("graph", "render", "-d", "8705/UBND-CN", "-o", str(one)).exit_code == 0 and one.is_file()


def test_render_says_how_to_get_graphviz(monkeypatch, tmp_path):
    monkeypatch.setattr("obligations.graph.picture.shutil.which", lambda name: None)
    result = run("graph", "render", "--out", str(tmp_path))
    assert result.exit_code == 2 and "scripts/system-packages" in result.output
    # The DOT export is text and needs no Graphviz.
    assert run("graph", "export", "--format", "dot").output.startswith("digraph obligations {")


def test_render_and_export_problems_are_told_in_vietnamese_and_in_english_on_request(monkeypatch, tmp_path,
                                                                                        catalogue):
    from obligations.catalogue.errors import ObligationsError
    from obligations.graph import build_graph, export_graph
    from obligations.i18n import use

    text = tmp_path / "graph.txt"
    result = run("graph", "render", "-o", str(text))
    assert result.exit_code == 2 and result.output.strip() == \
        f"lỗi: không vẽ được '{text}': dùng tên tệp đuôi .svg, .png hoặc .pdf"
    result = run("--lang", "en", "graph", "render", "-o", str(text))
    assert result.output.strip() == f"error: cannot draw '{text}': use a .svg, .png or .pdf file name"
    assert not text.exists()
    with use("vi"), pytest.raises(ObligationsError, match="không có định dạng xuất 'gexf': dùng một trong json, "
                                                          "graphml, dot, mermaid"):
        export_graph(build_graph(catalogue), "gexf")
    monkeypatch.setattr("obligations.graph.picture.shutil.which", lambda name: None)
    result = run("graph", "render", "--out", str(tmp_path))
    assert result.exit_code == 2 and result.output.startswith("lỗi: Chưa cài chương trình 'dot' của Graphviz")
    assert "'obligations graph export --format dot' ghi văn bản DOT" in result.output
    result = run("--lang", "en", "graph", "render", "--out", str(tmp_path))
    assert result.output.startswith("error: Graphviz's 'dot' is not installed")
    assert not list(tmp_path.iterdir())
