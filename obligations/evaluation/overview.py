"""The monitor's overview of an evaluation: counts by status, the share met per agency, per duty and
per year, the unmet duties with the heads who answer, and the reporting gaps. Derived from one
evaluation's findings only (no rule of its own); read by the web page ``Tổng quan`` and written to
Excel by ``overview_workbook``.

The share met counts the findings that are decided: met (on time or late) and attested against
unmet, missed "strive" targets, figures not reported after the deadline (a missing report is not
taken as done, as the findings' sentences say) and duties not attested. Not yet due, undecided,
needing review, in conflict and consequences triggered are left out: nothing can be said yet.

The trend over the years groups the same findings by the year of their period (a recurring duty has
one finding per period up to the date; a one-off duty counts in the year of its deadline): how each
year's duties stand as at the date.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field

from .evaluate import Evaluation
from .findings import STATUS_VI, STATUSES, Finding

MET = ("met", "met_late", "attested")
NOT_MET = ("unmet", "strive_missed", "no_data", "not_attested")
#: the findings listed as unmet duties, with the heads who answer
UNMET = ("unmet", "strive_missed")
#: the reporting gaps: figures due and not reported
GAPS = ("no_data",)


def met_share(counts: dict[str, int]) -> float | None:
    """Met over decided (see the module's note); None when nothing is decided yet."""
    met = sum(counts.get(s, 0) for s in MET)
    decided = met + sum(counts.get(s, 0) for s in NOT_MET)
    return met / decided if decided else None


@dataclass
class Row:
    """One agency, duty or year: its counts by status and its share met."""

    key: str
    label: str
    counts: dict[str, int]
    extra: dict = field(default_factory=dict)

    @property
    def share(self) -> float | None:
        return met_share(self.counts)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Overview:
    as_of: object
    totals: dict[str, int]
    agencies: list[Row]
    duties: list[Row]
    years: list[int]
    by_year: list[Row]  # the province (or scope) per year
    duty_years: dict[str, dict[int, float | None]]  # duty (check id) -> year -> share met
    unmet: list[Finding]
    gaps: list[Row]  # agencies with figures due and not reported: counts and the duties concerned
    sample_data: bool = False

    @property
    def share(self) -> float | None:
        return met_share(self.totals)

    @property
    def statuses(self) -> list[str]:
        """The statuses that occur, in the library's order."""
        return [s for s in STATUSES if self.totals.get(s)]


def _year(finding: Finding) -> int | None:
    period = finding.period
    if period and period[:4].isdigit():
        return int(period[:4])
    return finding.due.year if finding.due else None


def overview(evaluation: Evaluation) -> Overview:
    summary = evaluation.summary
    agencies = [Row(a["agency"], a["name"], a["counts"], {"head": a["head"], "head_name": a["head_name"],
                                                           "head_sample": a["head_sample"]})
                for a in summary["agencies"]]
    duties = [Row(o["check"], o["duty"], o["counts"], {"obligation_id": o["obligation_id"], "citation": o["citation"],
                                                       "document": o["document"], "clause": o["clause"]})
              for o in summary["obligations"]]
    per_year: dict[int, Counter] = {}
    per_duty_year: dict[str, dict[int, Counter]] = {}
    gaps: dict[str, Row] = {}
    for finding in evaluation.findings:
        year = _year(finding)
        if year is not None:
            per_year.setdefault(year, Counter())[finding.status] += 1
            per_duty_year.setdefault(finding.check.id, {}).setdefault(year, Counter())[finding.status] += 1
        if finding.status in GAPS:
            row = gaps.get(finding.agency.id)
            if row is None:
                row = gaps[finding.agency.id] = Row(finding.agency.id, finding.agency.name, Counter(),
                                                    {"duties": []})
            row.counts[finding.status] += 1
            row.extra["duties"].append(finding)
    years = sorted(per_year)
    unmet = sorted((f for f in evaluation.findings if f.status in UNMET),
                   key=lambda f: (f.agency.name, f.due or evaluation.as_of, f.check.id))
    return Overview(
        as_of=evaluation.as_of, totals=summary["totals"], agencies=agencies,
        duties=[d for d in duties], years=years,
        by_year=[Row(str(y), str(y), dict(per_year[y])) for y in years],
        duty_years={check: {y: met_share(c) for y, c in by.items()} for check, by in per_duty_year.items()},
        unmet=unmet, gaps=sorted(gaps.values(), key=lambda r: (-r.total, r.label)),
        sample_data=evaluation.sample_data)


def overview_workbook(view: Overview, title: str) -> bytes:
    """The overview as an Excel workbook (openpyxl): the totals, the agencies, the duties with their
    share per year, the unmet duties with who answers, and the reporting gaps. Vietnamese headers;
    shares as Excel percentages, dates as Excel dates (shown dd/mm/yyyy)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    bold = Font(bold=True)

    def sheet(name: str, headers: list[str], rows: list[list], widths: list[int]):
        ws = book.create_sheet(name)
        ws.append(headers)
        for cell in ws[1]:
            cell.font = bold
        for row in rows:
            ws.append(row)
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        return ws

    def percent_column(ws, column: int) -> None:
        for (cell,) in ws.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = "0.0%"

    statuses = view.statuses
    first = book.active
    first.title = "Tổng hợp"
    first.append([title])
    first["A1"].font = Font(bold=True, size=13)
    first.append(["Tính đến ngày", view.as_of])
    first["B2"].number_format = "DD/MM/YYYY"
    if view.sample_data:
        first.append(["Dữ liệu minh họa (sample data): không phải số liệu thật của cơ quan"])
    first.append([])
    first.append(["Trạng thái", "Số phát hiện"])
    for status in statuses:
        first.append([STATUS_VI[status], view.totals[status]])
    first.append(["Tỷ lệ đạt", view.share])
    first.cell(first.max_row, 2).number_format = "0.0%"
    first.column_dimensions["A"].width = 40

    ws = sheet("Theo cơ quan", ["Mã cơ quan", "Cơ quan", "Thủ trưởng", "Họ tên", "Tỷ lệ đạt"]
               + [STATUS_VI[s] for s in statuses],
               [[r.key, r.label, r.extra["head"], r.extra["head_name"] or "", r.share]
                + [r.counts.get(s, 0) for s in statuses] for r in view.agencies],
               [22, 45, 35, 25, 10] + [12] * len(statuses))
    percent_column(ws, 5)
    ws = sheet("Theo nghĩa vụ", ["Văn bản, điều khoản", "Nghĩa vụ, chỉ tiêu", "Tỷ lệ đạt"]
               + [f"Tỷ lệ đạt {y}" for y in view.years] + [STATUS_VI[s] for s in statuses],
               [[r.extra["citation"], r.label, r.share] + [view.duty_years.get(r.key, {}).get(y) for y in view.years]
                + [r.counts.get(s, 0) for s in statuses] for r in view.duties],
               [45, 60, 10] + [12] * (len(view.years) + len(statuses)))
    for column in range(3, 4 + len(view.years)):
        percent_column(ws, column)
    sheet("Chưa đạt", ["Cơ quan", "Văn bản, điều khoản", "Nghĩa vụ, chỉ tiêu", "Kỳ", "Hạn", "Người chịu trách nhiệm",
                       "Họ tên", "Giải trình"],
          [[f.agency.name, f.citation, f.duty_label, f.period or "", f.due, f.responsible["title"],
            f.responsible["name"] or "", f.explanation] for f in view.unmet],
          [40, 45, 50, 8, 12, 35, 25, 80])
    for (cell,) in book["Chưa đạt"].iter_rows(min_row=2, min_col=5, max_col=5):
        cell.number_format = "DD/MM/YYYY"
    sheet("Thiếu báo cáo", ["Cơ quan", "Số chỉ tiêu chưa báo cáo", "Văn bản, điều khoản", "Chỉ tiêu", "Kỳ"],
          [[r.label, r.total, f.citation, f.duty_label, f.period or ""] for r in view.gaps for f in r.extra["duties"]],
          [40, 12, 45, 60, 8])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
