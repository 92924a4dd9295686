"""Findings for people (a table grouped by agency, with the head) and for systems (JSON, CSV)."""

from __future__ import annotations

import csv
import io
from collections import Counter

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from .findings import STATUS_VI, STATUSES, Finding, format_value
from ..i18n import N_, _
from ..catalogue.periods import format_date_vi

#: Shown one line per agency in the table unless asked for: they are many and need no action now.
SUMMARISED = ("attested", "not_attested")

_STYLE = {"unmet": "bold red", "no_data": "bold magenta", "met_late": "yellow", "pending": "cyan",
          "met": "green", "attested": "green", "not_attested": "dim", "triggered": "bold red",
          "strive_missed": "red", "undecided": "bold yellow", "needs_review": "bold yellow", "conflict": "bold yellow"}


def head_label(responsible: dict) -> str:
    name = responsible.get("name")
    if not name:
        return responsible["title"]
    return f"{responsible['title']}: {name}" + (" (tên mẫu)" if responsible.get("sample") else "")


def _target_cell(f: Finding) -> str:
    """What is asked, and for a population figure, over whom: "... ≥ 60% (tỷ lệ cơ quan, toàn tỉnh)"."""
    population = f.instance.population
    if f.kind != "target" or population is None:
        return f.duty_label
    scope = " (tỷ lệ cơ quan" if population.scope == "population_share" else {
        "counts": " (tính gộp", "mean_of_ratios": " (bình quân tỷ lệ"}.get(population.basis, " (bình quân")
    return f.duty_label + scope + (", toàn tỉnh, cùng chịu trách nhiệm)" if population.joint
                                   else ", toàn tỉnh)" if population.reach == "province" else ")")


def _actual_cell(f: Finding) -> str:
    if f.kind == "target":
        population = f.instance.population
        if population is not None:
            if not population.members:
                return "danh mục chưa có cơ quan thuộc diện"
            if population.value is None:
                return f"0/{len(population.members)} báo cáo"
            if population.scope == "population_share":
                return f"{format_value(population.value, 'percent')} ({len(population.meeting)}/{len(population.members)})"
            value, members = format_value(population.value, f.metric.unit), len(population.members)
            if population.basis == "counts":
                pooled = len(population.reported) - len(population.ratio_only)
                return f"{value} (tính gộp từ số liệu của {pooled}/{members} cơ quan)"
            return f"{value} (bình quân {len(population.reported)}/{members})"
        return format_value(f.used[0].value, f.metric.unit if f.metric else None) if f.used else "—"
    if f.kind == "event":
        if not f.used:
            return "—"
        fact = f.used[0]
        return f"xong {format_date_vi(fact.date)}" if fact.done and fact.date else "báo cáo chưa làm"
    if f.kind == "consequence":
        return "; ".join(format_value(x.value, "percent") for x in f.used)
    return "có" if f.status == "attested" else "—"


def _due_cell(f: Finding) -> str:
    if f.due is None:
        return "—"
    text = format_date_vi(f.due)
    if f.status == "pending":
        text += f" (còn {f.days_left} ngày)"
    return text


def findings_table(findings: list[Finding], show: set[str] | None = None) -> Group:
    """One section per agency, headed by the agency and its head; the rows by status, most urgent first."""
    parts: list = []
    by_agency: dict[str, list[Finding]] = {}
    for finding in findings:
        by_agency.setdefault(finding.agency.id, []).append(finding)
    for rows in by_agency.values():
        agency = rows[0].agency
        head = rows[0].agency_head
        counts = Counter(f.status for f in rows)
        summary = ", ".join(f"{counts[s]} {_status(s).lower()}" for s in STATUSES if counts[s])
        title = Text()
        title.append(agency.name, style="bold")
        title.append(f" — {head_label(head)}\n")
        title.append(summary, style="dim")
        shown = [f for f in rows if (show is not None and f.status in show) or
                 (show is None and f.status not in SUMMARISED)]
        table = Table(box=box.SIMPLE_HEAD, show_lines=False, title=title, title_justify="left", expand=False)
        for header, width in ((N_("Trạng thái"), 16), (N_("Văn bản, điều khoản"), 26), (N_("Chỉ tiêu / nhiệm vụ"), 48),
                              (N_("Kỳ"), 7), (N_("Số liệu"), 16), (N_("Hạn"), 22)):
            table.add_column(_(header), max_width=width, overflow="fold")
        for f in shown:
            table.add_row(Text(_status(f.status), style=_STYLE[f.status]),
                          f.citation,
                          _target_cell(f) + _answerer_note(f, head) + _inherited_note(f), f.period or "",
                          _actual_cell(f), _due_cell(f))
        if shown:
            parts.append(table)
        else:
            parts.append(Text.assemble(title, "\n"))
    return Group(*parts)


def _inherited_note(f: Finding) -> str:
    """Where the text bound a body that has since ceased: whose duty this row was."""
    steps = f.instance.succession
    if not steps:
        return ""
    before = steps[0].before
    former = f", tỉnh {before.province} cũ" if before.province != f.agency.province else ""
    return f"\n(kế thừa chức năng của {before.name}{former})"


def _answerer_note(f: Finding, head: dict) -> str:
    """Where another body answers for this row (a commune's 1.a target: its district), say who."""
    responsible = f.responsible
    if f.kind == "consequence" or responsible["agency_id"] == head["agency_id"]:
        return ""
    return f"\n(chịu trách nhiệm: {head_label(responsible)})"


def _counts_table(title: str, statuses: list[str], rows, *leading: tuple[str, int]) -> Table:
    """The leading columns (at least ``width`` wide), then one count column per status that occurs."""
    table = Table(title=_(title), box=box.SIMPLE_HEAD, title_justify="left")
    for header, width in leading:
        table.add_column(_(header), min_width=width, overflow="fold")
    for status in statuses:
        table.add_column(_status(status), justify="right", max_width=10, overflow="fold")
    for cells, counts in rows:
        table.add_row(*cells, *[str(counts.get(s, "")) for s in statuses])
    return table


def totals_line(totals: dict) -> str:
    return _("Tổng: {counts}").format(counts=", ".join(f"{n} {_status(s).lower()}" for s, n in totals.items()))


#: the statuses as tables show them (the findings JSON keeps STATUS_VI, in Vietnamese, as its contract)
_STATUS_SHOWN = {"met": N_("Đạt"), "met_late": N_("Hoàn thành chậm"), "unmet": N_("Chưa đạt"),
                 "pending": N_("Chưa đến hạn"), "no_data": N_("Chưa báo cáo"),
                 "attested": N_("Có xác nhận thực hiện"), "not_attested": N_("Chưa xác nhận thực hiện"),
                 "triggered": N_("Phải chịu trách nhiệm")}


def _status(status: str) -> str:
    return _(_STATUS_SHOWN.get(status, STATUS_VI[status]))


def summary_tables(summary: dict) -> Group:
    statuses = [s for s in STATUSES if summary["totals"].get(s)]

    def who(entry: dict) -> str:
        return entry["head"] + (f": {entry['head_name']}" if entry["head_name"] else "") + (
            " (tên mẫu)" if entry.get("head_sample") and entry["head_name"] else "")

    return Group(
        _counts_table(N_("Theo cơ quan và người đứng đầu"), statuses,
                      (((f"{e['name']}\n— {who(e)}",), e["counts"]) for e in summary["agencies"]),
                      (N_("Cơ quan — người đứng đầu"), 30)),
        _counts_table(N_("Theo người chịu trách nhiệm (kể cả chỉ tiêu của cơ quan cấp dưới mà văn bản giao cho họ)"),
                      statuses, (((head_label(e),), e["counts"]) for e in summary["heads"]),
                      (N_("Người chịu trách nhiệm"), 36)),
        _counts_table(N_("Theo nghĩa vụ: số cơ quan mỗi trạng thái"), statuses,
                      (((f"{e['citation']}\n— {e['duty']}",), e["counts"]) for e in summary["obligations"]),
                      (N_("Văn bản, điều khoản — chỉ tiêu / nhiệm vụ"), 30)))


CSV_FIELDS = ["agency_id", "agency", "province", "responsible_title", "responsible_name", "status", "kind",
              "obligation_id", "document", "clause", "period", "metric", "comparator", "target", "actual",
              "deadline", "days_left", "accountable_to", "explanation", "citation", "duty", "succeeded_from"]


def findings_csv(findings: list[Finding]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for f in findings:
        data = f.to_dict()
        target = data["target"] or {}
        actual = data["actual"] or {}
        writer.writerow({
            "agency_id": f.agency.id, "agency": f.agency.name, "province": f.agency.province,
            "responsible_title": data["responsible"]["title"], "responsible_name": data["responsible"]["name"] or "",
            "status": f.status, "kind": f.kind, "obligation_id": f.obligation.id,
            "document": f.document.symbol or "", "clause": f.clause_label or "", "period": f.period or "",
            "metric": target.get("metric", ""), "comparator": target.get("comparator", ""),
            "target": target.get("value", ""), "actual": actual.get("value", actual.get("date", "")) if actual else "",
            "deadline": f.due.isoformat() if f.due else "", "days_left": "" if f.days_left is None else f.days_left,
            "accountable_to": (data["accountable_to"] or {}).get("name", "") if data["accountable_to"] else "",
            "explanation": data["explanation"], "citation": f.citation, "duty": f.duty_label,
            "succeeded_from": data["succeeded_from"]["agency"]["id"] if data.get("succeeded_from") else ""})
    return out.getvalue()


# ---- history: met share per year ------------------------------------------------------------------


def _share_cell(cell: dict | None) -> str:
    if not cell:
        return "—"
    share = f"{cell['share']:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{share}% ({cell['met']}/{cell['assessed']})"


def history_tables(data: dict) -> Group:
    """Per agency, then per duty: the share met each year (met/assessed)."""
    years = [str(y["year"]) for y in data["years"]]

    def table(title: str, header: str, rows, label) -> Table:
        out = Table(title=_(title), box=box.SIMPLE_HEAD, title_justify="left")
        out.add_column(_(header), min_width=30, overflow="fold")
        for year in years:
            out.add_column(year, justify="right", overflow="fold")
        for row in rows:
            out.add_row(label(row), *[_share_cell(row["years"].get(year)) for year in years])
        return out

    return Group(
        table(N_("Tỷ lệ nghĩa vụ đạt theo năm, theo cơ quan (đạt/đã đánh giá)"), N_("Cơ quan"), data["agencies"],
              lambda r: r["name"]),
        table(N_("Tỷ lệ cơ quan đạt theo năm, theo nghĩa vụ (đạt/đã đánh giá)"),
              N_("Văn bản, điều khoản — chỉ tiêu / nhiệm vụ"), data["obligations"],
              lambda r: f"{r['citation']}\n— {r['duty']}"))


HISTORY_FIELDS = ["scope", "id", "name", "year", "met", "assessed", "share"]


def history_csv(data: dict) -> str:
    """One row per agency or duty and year: scope (agency | obligation), id, name, year, met, assessed, share."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HISTORY_FIELDS, lineterminator="\n")
    writer.writeheader()
    for scope, key, name, rows in (("agency", "agency", lambda r: r["name"], data["agencies"]),
                                   ("obligation", "check", lambda r: f"{r['citation']} — {r['duty']}",
                                    data["obligations"])):
        for row in rows:
            for year, cell in sorted(row["years"].items()):
                writer.writerow({"scope": scope, "id": row[key], "name": name(row), "year": year, "met": cell["met"],
                                 "assessed": cell["assessed"], "share": cell["share"]})
    return out.getvalue()
