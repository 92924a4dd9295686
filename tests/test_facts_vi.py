"""The facts readers, the agency registries and the rule engine tell staff what is wrong in Vietnamese
by default (the English wording, their translation, is asserted in test_facts.py and test_bad_input.py):
each message keeps its place (file, row, field) and its fix, and the typed names (column names, ids,
YAML keys, commands) stay as they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from obligations import i18n
from obligations.cli import main
from obligations.evaluation.agencies import RegistryError, load_registries
from obligations.evaluation.evaluate import evaluate, sample_dir
from obligations.evaluation.facts import FactError, read_facts
from obligations.rules.compiler import CompileError, scaled

SAMPLE = sample_dir()
NGHE_AN = SAMPLE / "agencies" / "nghe-an.yaml"
HEADER = "type,agency,metric,obligation,period,value,date,reported,source,note\n"
ROW = "value,kh-so-noi-vu,ty-le-vbdt-hoan-toan-noi-bo,,2014,0.66,,2015-01-12,Báo cáo 02/BC-STTTT,\n"
EVENT = "event,bg-so-tt-tt,,{obligation},,{value},{date},{reported},,\n"


@pytest.fixture(autouse=True)
def in_vietnamese():
    """The default language, whatever the machine's locale."""
    with i18n.use("vi"):
        yield


@pytest.fixture(scope="module")
def inputs(catalogue):
    return catalogue, load_registries([SAMPLE / "agencies"], catalogue.actors)


def problems_of(inputs, path: Path) -> list:
    with pytest.raises(FactError) as refused:
        read_facts([path], *inputs)
    assert str(refused.value).startswith(f"{len(refused.value.problems)} lỗi trong số liệu:\n")
    return refused.value.problems


def one(problems, field: str | None = None):
    found = [p for p in problems if field is None or p.field == field]
    assert len(found) == 1, "\n".join(map(str, problems))
    return found[0]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- files ---------------------------------------------------------------------------------------


def test_a_file_that_is_not_there_or_of_another_type(inputs, tmp_path):
    problem = one(problems_of(inputs, tmp_path / "thieu.csv"))
    assert (problem.message, problem.hint) == ("không có tệp này", "hãy chỉ ra một tệp số liệu .json, .csv hoặc .xlsx")
    problem = one(problems_of(inputs, write(tmp_path, "bao-cao.docx", "x")))
    assert problem.message == "không đọc được loại tệp '.docx'"
    assert problem.hint == "số liệu chỉ đọc được từ tệp .json, .csv hoặc .xlsx"


def test_a_csv_not_saved_as_utf8(inputs, tmp_path):
    path = tmp_path / "cp1258.csv"
    path.write_bytes((HEADER + ROW).encode("utf-8").replace("Báo".encode("utf-8"), b"B\xe1o"))  # Latin-1, as old Excel saves
    problem = one(problems_of(inputs, path))
    assert problem.message.startswith("không phải văn bản mã UTF-8 (") and " tại byte " in problem.message
    assert problem.hint == "hãy lưu lại tệp với mã UTF-8 (trong Excel: Save As, chọn 'CSV UTF-8 (Comma delimited)')"


def test_empty_files_say_what_to_add(inputs, tmp_path):
    assert one(problems_of(inputs, write(tmp_path, "rong.csv", "\n\n"))).message == "tệp không có dòng nào"
    problem = one(problems_of(inputs, write(tmp_path, "tieu-de.csv", HEADER)))
    assert (problem.message, problem.hint) == ("không có số liệu nào: chỉ có dòng tiêu đề",
                                               "hãy thêm mỗi số liệu một dòng dưới dòng tiêu đề, hoặc bỏ tệp này ra")
    problem = one(problems_of(inputs, write(tmp_path, "rong.json", '{"facts": []}')))
    assert (problem.line, problem.message) == (1, "không có số liệu nào: danh sách trống")
    problem = one(problems_of(inputs, write(tmp_path, "chuoi.json", '"facts"')))
    assert problem.message == "cần một danh sách số liệu, hoặc một đối tượng có danh sách 'facts'"


def test_a_damaged_workbook(inputs, tmp_path):
    problem = one(problems_of(inputs, write(tmp_path, "hong.xlsx", "không phải tệp Excel")))
    assert problem.message.startswith("không đọc được tệp Excel (")
    assert problem.hint == "hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx"


# --- rows and columns ----------------------------------------------------------------------------


def test_the_decimal_comma_row_in_vietnamese(inputs, tmp_path):
    problem = one(problems_of(inputs, write(tmp_path, "phay.csv", HEADER + ROW.replace("0.66", "0,72"))))
    assert problem.line == 2
    assert problem.message == "dòng 2 có 11 ô nhưng tiêu đề có 10 cột"
    assert problem.hint == ("nguyên nhân có thể: dấu phẩy thập phân không đặt trong ngoặc kép (viết 72.5 hoặc "
                            "\"72,5\") hoặc dấu ',' trong một đoạn chữ đã tách một ô thành hai; chưa đọc dòng này")


def test_unknown_and_doubled_columns(inputs, tmp_path):
    problem = one(problems_of(inputs, write(tmp_path, "cot.csv", HEADER.replace("note", "ghi chu them") + ROW)))
    assert (problem.line, problem.message) == (1, "không rõ cột: 'ghi chu them'")
    assert problem.hint.startswith("các cột: type, agency, metric")
    problem = one(problems_of(inputs, write(tmp_path, "hai.csv", HEADER.replace("note", "value") + ROW)))
    assert (problem.field, problem.message) == ("value", "hai cột cùng là 'value': cột 6 và 10 ('value', 'value')")
    assert problem.hint == "hãy giữ lại một cột: không thể đoán cột nào đúng"


def test_a_cell_too_long(inputs, tmp_path):
    problem = one(problems_of(inputs, write(tmp_path, "o.csv", HEADER + ROW.replace("Báo cáo", "x" * 20_000))))
    assert problem.message == "dòng 2: có ô dài 19 KB, vượt mức 16 KB cho phép của một ô"
    assert problem.hint == "mỗi ô chỉ ghi một con số hoặc một đoạn chữ ngắn"


def test_an_unknown_json_field_keeps_its_name(inputs, tmp_path):
    record = {"type": "value", "agency": "kh-so-noi-vu", "metric": "ty-le-vbdt-hoan-toan-noi-bo",
              "period": "2014", "value": 0.66, "vaule": 1}
    problem = one(problems_of(inputs, write(tmp_path, "f.json", json.dumps([record]))))
    assert (problem.field, problem.message) == ("vaule", "không rõ trường này")
    assert problem.hint == "ý bạn là 'value'?"


# --- one fact ------------------------------------------------------------------------------------


def test_unknown_agency_metric_and_type(inputs, tmp_path):
    text = (HEADER + ROW.replace("kh-so-noi-vu", "kh-so-noi-vuu")
            + ROW.replace("ty-le-vbdt-hoan-toan-noi-bo", "ty-le-khong-co")
            + ROW.replace("value,", "so-lieu,", 1))
    problems = problems_of(inputs, write(tmp_path, "ma.csv", text))
    agency = one(problems, "agency")
    assert (agency.line, agency.message) == (2, "không có cơ quan 'kh-so-noi-vuu'")
    assert agency.hint.startswith("ý bạn là 'kh-so-noi-vu'")
    metric = one(problems, "metric")
    assert (metric.line, metric.message) == (3, "không có chỉ tiêu 'ty-le-khong-co'")
    kind = one(problems, "type")
    assert (kind.line, kind.message) == (4, "không rõ loại 'so-lieu': cần value, event, attestation hoặc trigger")


def test_missing_fields_say_what_is_missing(inputs, tmp_path):
    text = HEADER + ROW.replace("kh-so-noi-vu", "") + ROW.replace(",2014,", ",,")
    problems = problems_of(inputs, write(tmp_path, "thieu.csv", text))
    agency = one(problems, "agency")
    assert (agency.message, agency.hint) == ("thiếu mã cơ quan trong danh sách cơ quan",
                                             "xem mã các cơ quan bằng lệnh 'obligations agencies'")
    assert one(problems, "period").message == "thiếu kỳ của số liệu (2014, 2014-H1, 2014-Q2, 2014-06)"


def test_values_on_both_sides_of_their_range(inputs, tmp_path):
    rows = {"180": ("180 nằm ngoài khoảng 0%-100%", "phần trăm viết như văn bản viết: 78 hoặc 78% là 78%"),
            "101%": ("101% nằm ngoài khoảng 0%-100%", "phần trăm viết như văn bản viết: 78 hoặc 78% là 78%"),
            "bảy mươi": ("'bảy mươi' không phải là số", "hãy viết 78 hoặc 78% (dấu phẩy thập phân cũng được chấp nhận)")}
    text = HEADER + "".join(ROW.replace("0.66", value) for value in rows) + ROW.replace("0.66", "1")
    problems = problems_of(inputs, write(tmp_path, "gia-tri.csv", text))
    assert [(p.line, p.field, p.message, p.hint) for p in problems] == [
        (line, "value", message, hint) for line, (message, hint) in enumerate(rows.values(), start=2)]


def test_dates_and_yes_no(inputs, tmp_path):
    obligation = "ubnd-bac-giang/ct-so-chua-ro-vbdt/3.dd-2"
    text = (HEADER + EVENT.format(obligation=obligation, value="có", date="31/02/2014", reported="")
            + EVENT.format(obligation=obligation, value="chắc chắn", date="10/05/2014", reported="")
            + EVENT.format(obligation=obligation, value="có", date="10/05/2014", reported="2014-05-09"))
    problems = problems_of(inputs, write(tmp_path, "ngay.csv", text))
    by_line = {p.line: p for p in problems}
    assert by_line[2].field == "date" and by_line[2].message == "'31/02/2014' không phải là ngày"
    assert by_line[2].hint == "hãy viết theo dạng YYYY-MM-DD (2014-05-10) hoặc DD/MM/YYYY (10/05/2014)"
    assert by_line[3].message == "'chắc chắn' không phải là có hoặc không"
    assert by_line[3].hint == "hãy viết yes/no, có/không, true/false hoặc 1/0"
    assert by_line[4].message == "báo cáo ngày 09/05/2014, trước ngày thực hiện (10/05/2014)"


def test_a_report_before_its_period_and_a_duty_of_another_province(inputs, tmp_path):
    problem = one(problems_of(inputs, write(tmp_path, "som.csv", HEADER + ROW.replace("2015-01-12", "2013-06-01"))))
    assert problem.message == "báo cáo ngày 01/06/2013, trước khi kỳ 2014 bắt đầu"
    assert problem.hint == "hãy kiểm tra năm của ngày báo cáo hoặc của kỳ"
    record = {"type": "attestation", "agency": "kh-so-noi-vu", "obligation": "ubnd-bac-giang/ct-so-chua-ro-vbdt/2.a",
              "period": "2014", "value": "yes"}
    problem = one(problems_of(inputs, write(tmp_path, "tinh.json", json.dumps([record]))))
    assert problem.message == ("'ubnd-bac-giang/ct-so-chua-ro-vbdt/2.a' là nhiệm vụ trong văn bản của tỉnh Bắc Giang, "
                               "nhưng kh-so-noi-vu là cơ quan của tỉnh Khánh Hòa")


def test_two_values_for_one_key(inputs, tmp_path):
    problem = one(problems_of(inputs, write(tmp_path, "trung.csv", HEADER + ROW + ROW.replace("0.66", "0.7"))))
    assert problem.line == 3
    assert problem.message == ("kh-so-noi-vu ty-le-vbdt-hoan-toan-noi-bo 2014: ở đây là 70 nhưng ở trung.csv:2 là 66")
    assert problem.hint.startswith("hãy giữ lại một giá trị, hoặc ghi ngày báo cáo ('reported') khác nhau")


# --- registries ----------------------------------------------------------------------------------


def registry_problems(catalogue, tmp_path, old, new):
    text = NGHE_AN.read_text(encoding="utf-8")
    assert old in text
    path = write(tmp_path, "registry.yaml", text.replace(old, new, 1))
    with pytest.raises(RegistryError) as refused:
        load_registries([path], catalogue.actors)
    assert str(refused.value).startswith("lỗi trong danh sách cơ quan:\n")
    return refused.value.problems


@pytest.mark.parametrize("old, new, field, message, hint", [
    ("    kind: van-phong-ubnd-tinh\n    parent: na-ubnd-tinh", "    kind: van-phong-ubnd-tinh\n    parent: "
     "na-van-phong-ubnd-tinh", "agencies[1].parent", "'na-van-phong-ubnd-tinh' là cơ quan cấp trên của chính nó",
     "hãy ghi cơ quan cấp trên trực tiếp, ví dụ huyện của một xã, hoặc để trống"),
    ("    kind: ubnd-tinh\n", "    kind: ubnd-tinh\n    parent: na-van-phong-ubnd-tinh\n", "agencies[0].parent",
     "cơ quan cấp trên tạo thành vòng lặp: na-ubnd-tinh → na-van-phong-ubnd-tinh → na-ubnd-tinh",
     "cơ quan cấp trên của mỗi cơ quan là cơ quan ở trên nó: hãy bỏ một mắt xích"),
    ("    kind: ubnd-tinh\n", "    kind: ubnd-tinh\n    existed: {from: 2020-01-01, until: 2010-01-01}\n",
     "agencies[0].existed", "'until' (2010-01-01) trước 'from' (2020-01-01)", None),
    ("      - {title: Chủ tịch UBND tỉnh Nghệ An}", "      - {title: Chủ tịch, from: 2020-01-01, until: 2019-01-01}",
     "agencies[0].heads[0]", "nhiệm kỳ kết thúc (2019-01-01) trước khi bắt đầu (2020-01-01)", None),
    ("      - {title: Chủ tịch UBND tỉnh Nghệ An}", "      - {title: Chủ tịch, name: A, from: 2015-01-01}\n"
     "      - {title: Chủ tịch, name: B, from: 2016-01-01, until: 2020-01-01}", "agencies[0].heads[1]",
     "hai người đứng đầu cùng đương nhiệm trong một ngày: Chủ tịch B và heads[0]",
     "hãy kiểm tra ngày: nhiệm kỳ trước kết thúc ('until') một ngày trước khi nhiệm kỳ sau bắt đầu ('from')"),
    ("  - id: na-van-phong-ubnd-tinh", "  - id: na-ubnd-tinh", "agencies[1].id",
     "mã cơ quan 'na-ubnd-tinh' xuất hiện hai lần (lần đầu ở dòng 29)",
     "mã cơ quan không được trùng: hãy đổi mã một cơ quan, hoặc gộp hai mục làm một"),
    ("    kind: ubnd-tinh\n", "    kind: ubnd-tinhh\n", "agencies[0].kind",
     "không rõ loại cơ quan 'ubnd-tinhh': cần mã một chủ thể trong directives/catalogue/actors.yaml", None),
])
def test_registry_problems_in_vietnamese(catalogue, tmp_path, old, new, field, message, hint):
    problems = registry_problems(catalogue, tmp_path, old, new)
    found = [p for p in problems if p.field == field and p.message == message]
    assert found and found[0].line, "\n".join(map(str, problems))
    if hint:
        assert found[0].hint == hint


def test_registry_paths_and_ids_across_files(catalogue, tmp_path):
    with pytest.raises(RegistryError) as refused:
        load_registries([tmp_path / "khong-co.yaml", tmp_path], catalogue.actors)
    assert [(p.message, p.hint) for p in refused.value.problems] == [
        ("thư mục này không có tệp danh sách cơ quan (*.yaml)", None),
        ("không có tệp hoặc thư mục này", "hãy chỉ ra một tệp danh sách cơ quan (.yaml) hoặc thư mục chứa các tệp đó")]
    write(tmp_path, "a.yaml", NGHE_AN.read_text(encoding="utf-8"))
    write(tmp_path, "b.yaml", NGHE_AN.read_text(encoding="utf-8"))
    with pytest.raises(RegistryError) as refused:
        load_registries([tmp_path], catalogue.actors)
    first = refused.value.problems[0]
    assert first.file.endswith("b.yaml") and first.message.startswith("mã cơ quan 'na-")
    assert " đã được khai báo ở " in first.message and "a.yaml:" in first.message
    assert first.hint == "mã cơ quan không được trùng trong mọi danh sách: hãy thêm tên tỉnh vào đầu mã"


# --- the rule engine and the command line ------------------------------------------------------------


def test_engine_errors_in_vietnamese(inputs):
    with pytest.raises(CompileError, match=r"^giá trị 1e\+16 quá lớn để bộ máy quy tắc xử lý \(tối đa 1e12\)$"):
        scaled(1e16)
    import datetime as dt
    with pytest.raises(ValueError, match="^không rõ bộ máy 'drools': hãy dùng một trong các bộ máy durable, reference$"):
        evaluate(*inputs, [], dt.date(2015, 1, 15), engine="drools")


def test_the_command_line_reads_the_problem_in_vietnamese_and_english(tmp_path):
    path = write(tmp_path, "phay.csv", HEADER + ROW.replace("0.66", "0,72"))
    args = ["evaluate", "--facts", str(path), "--agencies", str(SAMPLE / "agencies"), "--as-of", "2015-01-15"]
    env = {"LANG": "C.UTF-8", "LC_ALL": "", "COLUMNS": "200"}
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "phay.csv:2: dòng 2 có 11 ô nhưng tiêu đề có 10 cột (nguyên nhân có thể: dấu phẩy thập phân" in result.output
    english = CliRunner().invoke(main, ["--lang", "en", *args], env=env)
    assert "phay.csv:2: row 2 has 11 cells but the header has 10 columns (likely cause: an unquoted decimal comma" \
        in english.output
