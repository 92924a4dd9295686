"""The reporting template: an agency's .xlsx for a period, filled as a clerk would and read back as facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from obligations.catalogue.load import load_catalogue
from obligations.cli import main
from obligations.evaluation.agencies import load_registries
from obligations.evaluation.evaluate import evaluate, sample_dir
from obligations.evaluation.facts import FactError, read_facts

AGENCY = "bg-so-tu-phap"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([sample_dir() / "agencies"], catalogue.actors)


def run(*args):
    return CliRunner().invoke(main, list(args), env={"LANG": "C.UTF-8", "LC_ALL": ""})


def _template(tmp_path: Path) -> Path:
    result = run("template", "--agency", AGENCY, "--period", "2014", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Đã ghi 1 mẫu báo cáo" in result.output
    return tmp_path / f"{AGENCY}-2014.xlsx"


def _rows(sheet) -> tuple[dict[str, int], list]:
    header = {cell.value: cell.column for cell in sheet[1]}
    return header, list(sheet.iter_rows(min_row=2))


def _fill(path: Path, answers: dict[str, tuple]) -> None:
    """Fill the value (and date) of the rows whose metric or obligation is named, as a clerk would."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header, rows = _rows(sheet)
    for row in rows:
        key = row[header["Chỉ tiêu"] - 1].value or row[header["Nhiệm vụ"] - 1].value
        if key in answers:
            value, date = answers[key]
            row[header["Giá trị"] - 1].value = value
            if date:
                row[header["Ngày"] - 1].value = date
            row[header["Ngày báo cáo"] - 1].value = dt.datetime(2015, 1, 10)
    book.save(path)


def test_the_template_says_what_to_report_with_units_and_validation(tmp_path):
    path = _template(tmp_path)
    book = load_workbook(path)
    sheet, guide = book.worksheets
    assert sheet.title == "Số liệu" and guide.title == "Hướng dẫn"
    header, rows = _rows(sheet)
    assert list(header)[:6] == ["Loại", "Cơ quan", "Tên cơ quan", "Kỳ", "Chỉ tiêu", "Nhiệm vụ"]
    cells = {(r[header["Chỉ tiêu"] - 1].value or r[header["Nhiệm vụ"] - 1].value): r for r in rows}
    ratio = cells["ty-le-vbdt-hoan-toan"]
    assert ratio[header["Cơ quan"] - 1].value == AGENCY
    assert ratio[header["Tên cơ quan"] - 1].value == "Sở Tư pháp tỉnh Bắc Giang"
    assert ratio[header["Kỳ"] - 1].value == "2014"
    assert ratio[header["Mức phải đạt"] - 1].value == "≥ 80%" and ratio[header["Đơn vị tính"] - 1].value == "%"
    assert ratio[header["Căn cứ"] - 1].value == "Chỉ thị (chưa rõ số), điểm a mục 1"
    assert ratio[header["Giá trị"] - 1].number_format == "0.00%"
    kinds = {r[0].value for r in rows}
    assert kinds == {"giá trị", "sự kiện", "xác nhận"}
    # every cell to fill is validated: a percentage 0-1, có/không, a date
    validations = {dv.type: dv for dv in sheet.data_validations.dataValidation}
    value_cell = ratio[header["Giá trị"] - 1].coordinate
    assert value_cell in validations["decimal"].sqref
    assert (validations["decimal"].formula1, validations["decimal"].formula2) == ("0", "1")
    assert '"có,không"' in {dv.formula1 for dv in sheet.data_validations.dataValidation if dv.type == "list"}
    assert ratio[header["Ngày"] - 1].coordinate in validations["date"].sqref
    # the guide defines every metric of the sheet
    guide_text = "\n".join(str(c.value) for row in guide.iter_rows() for c in row if c.value)
    assert "Kỳ báo cáo" in guide_text and "(ty-le-vbdt-hoan-toan)" in guide_text


def test_a_filled_template_round_trips_through_evaluate(tmp_path, catalogue, registry):
    path = _template(tmp_path)
    _fill(path, {
        "ty-le-vbdt-hoan-toan": (0.78, None),                    # 78% against "phấn đấu" ≥ 80%: strive missed
        "ty-le-dvc-muc-3": (0.35, None),                         # 35% against ≥ 30%: met
        "ubnd-bac-giang/ct-so-chua-ro-vbdt/1.c.g3": ("có", dt.datetime(2014, 11, 3)),  # confirmed for 2014
        "ubnd-bac-giang/ct-so-chua-ro-vbdt/2.a": ("có", None),  # attested
        "ubnd-bac-giang/ct-so-chua-ro-vbdt/2.b": ("không", None),  # not attested
    })
    facts = read_facts([path], catalogue, registry)
    assert len(facts) == 5  # the rows left blank are reports not made
    assert {f.origin.split(":")[0] for f in facts} == {f"{path.name}[Số liệu]"}

    def statuses(as_of):
        result = evaluate(catalogue, registry, facts, as_of, agencies=[AGENCY], engine="reference")
        return {(f.check.id.removeprefix("ubnd-bac-giang/ct-so-chua-ro-vbdt/"), f.period): f.status
                for f in result.findings}

    after = statuses(dt.date(2015, 1, 15))
    assert after[("1.a#t0", "2014")] == "strive_missed"  # "Phấn đấu năm 2014": a target to strive for
    assert after[("1.dd.g2#t1", "2014")] == "met"
    assert after[("1.c.g3#attest", "2014")] == "attested"  # "Từng bước liên thông": a continuing duty, confirmed
    assert after[("2.a#attest", "2014")] == "attested" and after[("2.b#attest", "2014")] == "not_attested"
    assert after[("1.dd.g1#attest", "2014")] == "not_attested"  # left blank: not confirmed
    assert after[("1.dd.g2#t0", "2014")] == "no_data"  # left blank: not reported
    # as at a day before the deadline (31/12/2014) the ratio target is still pending: the reports
    # dated 10/01/2015 are not yet known
    before = statuses(dt.date(2014, 12, 30))
    assert before[("1.a#t0", "2014")] == "pending" and before[("2.a#attest", "2013")] == "not_attested"


def test_a_wrong_figure_in_the_template_is_named_by_sheet_and_row(tmp_path, catalogue, registry):
    path = _template(tmp_path)
    _fill(path, {"ty-le-vbdt-hoan-toan": (80, None)})  # typed past Excel's validation, e.g. pasted
    with pytest.raises(FactError) as raised:
        read_facts([path], catalogue, registry)
    (problem,) = raised.value.problems
    header, rows = _rows(load_workbook(path).worksheets[0])
    line = next(r[0].row for r in rows if r[header["Chỉ tiêu"] - 1].value == "ty-le-vbdt-hoan-toan")
    # 80 typed into a cell formatted as a percentage shows as 8000%: read as Excel shows it, and refused.
    assert problem.line == line and problem.field == "value" and problem.message.startswith("8000% ")


def test_a_workbook_for_the_province_and_kept_files(tmp_path):
    result = run("template", "--province", "Bắc Giang", "--period", "2014", "--workbook", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    path = tmp_path / "mau-bao-cao-bac-giang-2014.xlsx"
    sheet = load_workbook(path, read_only=True).worksheets[0]
    agencies = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert agencies[0] == "bg-ubnd-tinh" and "bg-so-tu-phap" in agencies and len(set(agencies)) > 40
    again = run("template", "--province", "Bắc Giang", "--period", "2014", "--workbook", "--out", str(tmp_path))
    assert again.exit_code == 2 and "--overwrite" in again.output


@pytest.mark.parametrize("args,message", [
    (["--period", "2014-13"], "'2014-13' không phải là một kỳ"),
    (["--period", "2014", "--agency", "bg-so-tu-phapp"], "ý bạn là 'bg-so-tu-phap'"),
])
def test_bad_input_is_one_clear_message(tmp_path, args, message):
    result = run("template", "--out", str(tmp_path), *args)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    assert not list(tmp_path.iterdir())
