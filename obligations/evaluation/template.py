"""The spreadsheet an agency fills for a period: what it must report, read back as facts.

``reporting_rows`` asks the planner (the same binding as ``evaluate``) which questions the engine
will ask of each agency for a period: the metrics of its targets (for a population target, each
member body reports its own figure), the duties to be done by a date (events) and the qualitative
duties to confirm (attestations). ``write_workbook`` lays them out for Excel with openpyxl: the
first sheet is the facts table that ``read_facts`` reads (Vietnamese headers, the agency and period
filled in, the columns to fill validated: a percentage between 0% and 100%, a whole number, có/không,
a date), the second says how to fill it and defines every metric. Reading the filled file back
is ``read_facts``: the descriptive columns are ignored, and a row left blank is a report not made.
The workbook is a Vietnamese form, as the letters are: its words are not translated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..catalogue.load import Catalogue
from ..catalogue.model import COMPARATOR_SIGN
from ..catalogue.periods import parse_period
from .agencies import Agency, Registry
from .findings import format_value

#: type of fact -> the word the sheet shows (read back by facts.py, which accepts both)
KIND_VI = {"value": "giá trị", "event": "sự kiện", "attestation": "xác nhận"}
UNIT_VI = {"percent": "%", "boolean": "có/không", "count": "số lượng"}


@dataclass(frozen=True)
class ReportRow:
    """One thing an agency reports for the period."""

    kind: str  # value | event | attestation
    agency: Agency
    period: str | None
    metric: str | None  # value rows
    obligation: str  # the duty it answers (for value rows, the duty whose target reads the metric)
    what: str  # in Vietnamese: the metric's name or the duty
    basis: str  # the text and clause, as people cite them
    target: str  # the level to reach, "" for duties
    due: dt.date | None
    unit: str | None  # percent | boolean | count; None for duties

    @property
    def key(self) -> tuple:
        return (self.kind, self.agency.id, self.metric or self.obligation, self.period)


def reporting_rows(catalogue: Catalogue, registry: Registry, period: str, *, province: str | None = None,
                   agencies: Iterable[str] | None = None) -> dict[str, list[ReportRow]]:
    """Agency id -> the rows it must report for ``period`` (a year, quarter, month or range), in
    administrative order; agencies with nothing to report are left out. Raises NotFound for an
    unknown province or agency, ValueError for a period that is not one."""
    from .evaluate import evaluate

    wanted = parse_period(period)
    as_of = wanted.end
    result = evaluate(catalogue, registry, [], as_of, engine="reference", period=period if ".." not in period
                      and "-" not in period else None, province=province, agencies=agencies)
    chosen = {agency.id for agency in result.agencies}
    rows: dict[str, dict[tuple, ReportRow]] = {agency.id: {} for agency in result.agencies}

    def add(row: ReportRow) -> None:
        if row.agency.id in rows:
            rows[row.agency.id].setdefault(row.key, row)

    for finding in result.findings:
        instance = finding.instance
        if not _within(instance.period, instance.due, wanted):
            continue
        check, agency = finding.check, finding.agency
        basis = finding.citation
        if check.kind == "target":
            target = check.target
            metric = catalogue.metrics.get(target.metric)
            level = _target_level(target, metric)
            reporters = [agency]
            if instance.population is not None:  # each member body reports its own figure
                reporters = [registry.agencies[m] for m in instance.population.members if m in chosen]
                level = f"dùng để tính: {finding.duty_label}"
            for reporter in reporters:
                add(ReportRow("value", reporter, instance.period, target.metric, finding.obligation.id,
                              metric.name if metric else target.metric, basis, level, instance.due,
                              metric.unit if metric else None))
        elif check.kind == "consequence":
            for metric_id, _comparator, _value in check.conditions:
                metric = catalogue.metrics.get(metric_id)
                add(ReportRow("value", agency, instance.period, metric_id, finding.obligation.id,
                              metric.name if metric else metric_id, basis, "", instance.due,
                              metric.unit if metric else None))
        else:
            add(ReportRow(check.kind, agency, instance.period, None, finding.obligation.id,
                          finding.obligation.action.vi, basis, "", instance.due, None))
    order = sorted(result.agencies, key=lambda a: a.administrative_key)
    return {a.id: sorted(rows[a.id].values(), key=_row_order) for a in order if rows[a.id]}


def _within(period: str | None, due: dt.date | None, wanted) -> bool:
    """An instance about the period asked for: its period overlaps it, or (a one-off duty) it falls due in it."""
    if period:
        mine = parse_period(period)
        return mine.start <= wanted.end and wanted.start <= mine.end
    return due is not None and wanted.start <= due <= wanted.end


def _target_level(target, metric) -> str:
    unit = metric.unit if metric else None
    if unit == "boolean":
        return "có" if target.value else "không"
    return f"{COMPARATOR_SIGN[target.comparator.value]} {format_value(float(target.value), unit)}"


def _row_order(row: ReportRow) -> tuple:
    return ({"value": 0, "event": 1, "attestation": 2}[row.kind], row.basis, row.metric or "", row.period or "")


# ---------------------------------------------------------------------------------------------
# The workbook

#: (header, width, the Fact field it fills or None for a column that only describes)
COLUMNS = [
    ("Loại", 10, "type"), ("Cơ quan", 22, "agency"), ("Tên cơ quan", 30, None), ("Kỳ", 10, "period"),
    ("Chỉ tiêu", 28, "metric"), ("Nhiệm vụ", 34, "obligation"), ("Nội dung phải báo cáo", 50, None),
    ("Căn cứ", 26, None), ("Mức phải đạt", 16, None), ("Hạn", 12, None), ("Đơn vị tính", 10, None),
    ("Giá trị", 12, "value"), ("Ngày", 13, "date"), ("Ngày báo cáo", 13, "reported"), ("Nguồn", 28, "source"),
    ("Ghi chú", 28, "note"),
]
#: the headers of the columns that only describe; facts.py ignores them (folded, as it reads headers)
DESCRIPTIVE = tuple(header for header, _width, field in COLUMNS if field is None)


def write_workbook(path: Path, rows: list[ReportRow], catalogue: Catalogue, period: str, title: str,
                   sample: bool = False) -> Path:
    """One workbook: the facts sheet (all the rows given) and the instructions sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet.append([header for header, _width, _field in COLUMNS])
    column = {field or header: index + 1 for index, (header, _width, field) in enumerate(COLUMNS)}
    fill_in = PatternFill("solid", fgColor="FFF2CC")  # the cells the clerk fills
    given = PatternFill("solid", fgColor="EDEDED")
    for index, (header, width, field) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"

    def validation(kind: str, **options) -> DataValidation:
        check = DataValidation(type=kind, allow_blank=True, showErrorMessage=True, showInputMessage=True,
                               errorTitle="Giá trị không hợp lệ", **options)
        sheet.add_data_validation(check)
        return check

    percent = validation("decimal", operator="between", formula1="0", formula2="1",
                         error="Nhập tỷ lệ phần trăm từ 0% đến 100%, ví dụ 78%.",
                         promptTitle="Tỷ lệ (%)", prompt="Nhập tỷ lệ phần trăm, ví dụ 78%.")
    count = validation("whole", operator="greaterThanOrEqual", formula1="0",
                       error="Nhập một số nguyên, từ 0 trở lên.", promptTitle="Số lượng", prompt="Số nguyên, từ 0.")
    yes_no = validation("list", formula1='"có,không"', error="Chọn có hoặc không.",
                        promptTitle="Có/không", prompt="Chọn có hoặc không.")
    done = validation("list", formula1='"có,không"', error="Chọn có (đã thực hiện) hoặc không (chưa thực hiện).",
                      promptTitle="Đã thực hiện?", prompt="có: đã thực hiện (ghi ngày ở cột Ngày); không: chưa.")
    dates = validation("date", operator="between", formula1="DATE(2000,1,1)", formula2="DATE(2100,12,31)",
                       error="Nhập ngày, ví dụ 10/05/2014.", promptTitle="Ngày", prompt="Ngày, dạng dd/mm/yyyy.")
    for number, row in enumerate(rows, start=2):
        values = {"type": KIND_VI[row.kind], "agency": row.agency.id, "Tên cơ quan": row.agency.name,
                  "period": row.period or "", "metric": row.metric or "",
                  "obligation": "" if row.kind == "value" else row.obligation, "Nội dung phải báo cáo": row.what,
                  "Căn cứ": row.basis, "Mức phải đạt": row.target, "Hạn": row.due,
                  "Đơn vị tính": UNIT_VI.get(row.unit, "") if row.kind == "value" else
                  "có/không" + (", ngày" if row.kind == "event" else "")}
        for name, value in values.items():
            cell = sheet.cell(row=number, column=column[name], value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.fill = given
        sheet.cell(row=number, column=column["Hạn"]).number_format = "DD/MM/YYYY"
        value_cell = sheet.cell(row=number, column=column["value"])
        for name in ("value", "date", "reported", "source", "note"):
            sheet.cell(row=number, column=column[name]).fill = fill_in
        if row.kind == "value" and row.unit == "percent":
            value_cell.number_format = "0.00%"
            percent.add(value_cell.coordinate)
        elif row.kind == "value" and row.unit == "count":
            count.add(value_cell.coordinate)
        elif row.kind == "event":
            done.add(value_cell.coordinate)
        else:
            yes_no.add(value_cell.coordinate)
        for name in ("date", "reported"):
            date_cell = sheet.cell(row=number, column=column[name])
            date_cell.number_format = "DD/MM/YYYY"
            dates.add(date_cell.coordinate)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(len(rows) + 1, 2)}"
    _instructions(book.create_sheet("Hướng dẫn"), rows, catalogue, period, title, sample)
    book.properties.title = title
    book.properties.language = "vi-VN"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _instructions(sheet, rows: list[ReportRow], catalogue: Catalogue, period: str, title: str, sample: bool) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 16
    sheet.column_dimensions["C"].width = 90
    lines = [
        (title, "", ""),
        ("Kỳ báo cáo", period, ""),
        ("Cách điền", "", "Mỗi dòng của trang 'Số liệu' là một nội dung phải báo cáo; chỉ điền các ô màu vàng. "
                          "Không sửa các cột Loại, Cơ quan, Kỳ, Chỉ tiêu, Nhiệm vụ: chúng cho biết số liệu thuộc "
                          "nhiệm vụ nào."),
        ("Giá trị", "", "Chỉ tiêu tính bằng %: nhập tỷ lệ phần trăm (78%). Có/không: chọn trong danh sách. "
                        "Sự kiện (nhiệm vụ có thời hạn): 'có' và ngày hoàn thành ở cột Ngày, hoặc 'không' nếu chưa "
                        "thực hiện. Xác nhận (nhiệm vụ thường xuyên): 'có' nếu đã thực hiện trong kỳ, 'không' nếu chưa."),
        ("Ngày báo cáo, Nguồn", "", "Ngày báo cáo: ngày số liệu được báo cáo (báo cáo sau thay thế báo cáo trước). "
                                    "Nguồn: số, ký hiệu văn bản báo cáo."),
        ("Dòng để trống", "", "Dòng không điền giá trị và ngày được coi là chưa báo cáo."),
        ("Nộp lại", "", "Gửi lại tệp này; cơ quan theo dõi đọc bằng: obligations evaluate --facts TỆP.xlsx"),
    ]
    if sample:
        lines.append(("Dữ liệu mẫu", "", "Danh sách cơ quan là dữ liệu mẫu, không dùng để gửi."))
    lines += [("", "", ""), ("Chỉ tiêu", "Đơn vị tính", "Cách tính")]
    for metric_id in dict.fromkeys(row.metric for row in rows if row.metric):
        metric = catalogue.metrics.get(metric_id)
        if metric:
            lines.append((f"{metric.name}\n({metric.id})", UNIT_VI[metric.unit], metric.definition))
    for line in lines:
        sheet.append(list(line))
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, size=13)
    for row in sheet.iter_rows(min_col=1, max_col=1):
        row[0].font = Font(bold=True)
