"""Tables, JSON and CSV for the graph's answers: trace, national uptake (coverage), consistency.

As in ``catalogue/tables.py``: what a legal officer reads is Vietnamese; JSON keys and CSV headers are English.
"""

from __future__ import annotations

import csv
import io

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from .consistency import KIND_VI, KINDS, SEVERITY, SEVERITY_VI, Finding
from .build import EDGE_VI, DependencyGraph, clause_label, short_label
from ..catalogue.model import Document, Obligation
from .trace import Trace, TraceStep
from .uptake import STATUS_VI, Uptake, UptakeLink
from ..catalogue.tables import condition_vi
from ..catalogue.views import deadline_label

BASIS_SHORT = {"stated": "văn bản nêu rõ", "inferred": "suy luận", "recorded": "ghi nhận"}
SUMMARY_LENGTH = 170  # characters of a duty shown in overview tables; `obligations show` has it whole


def _short(text: str, limit: int = SUMMARY_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _actors(graph: DependencyGraph, ids: list[str]) -> str:
    """Actor names in the short form officials write ("UBND" for "Ủy ban nhân dân")."""
    actors = graph.catalogue.actors
    return "; ".join((actors[a].name if a in actors else a).replace("Ủy ban nhân dân", "UBND") for a in ids)


def _deadline(obligation: Obligation) -> str:
    return "—" if obligation.deadline.kind.value == "none" else deadline_label(obligation.deadline)


def _clause_cell(obligation: Obligation) -> Text:
    text = Text(clause_label(obligation))
    if obligation.clause and obligation.clause != obligation.key:
        text.append(f"\n({obligation.key})", style="dim")
    return text


def _document_ref(document: Document) -> dict:
    return {"id": document.id, "label": short_label(document), "citation": document.citation(),
            "province": document.province, "level": document.level.value}


def _table(*columns: tuple[str, int]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, expand=True, pad_edge=False)
    for name, ratio in columns:
        if name in ("Khoản", "Điều khoản"):  # "Điều 19 khoản 1 điểm a", r.thu-dien-tu-noi-bo: one line each
            table.add_column(name, width=22, overflow="fold")
        else:
            table.add_column(name, ratio=ratio, overflow="fold")
    return table


# ---- trace ------------------------------------------------------------------------------------


def trace_table(graph: DependencyGraph, result: Trace) -> Group:
    ob, document = result.obligation, result.document
    parts: list = [
        Text(f"{short_label(document)} {clause_label(ob)}", style="bold") + Text(f"  ({ob.id})", style="dim"),
        Text(document.citation()),
        Text(f"Chủ thể: {_actors(graph, ob.actors)}"),
        Text(f"Nghĩa vụ: {_short(ob.action.vi, 400)}"),
        Text(""),
    ]
    parts.append(Text("Thực hiện nghĩa vụ cấp trên:", style="bold"))
    if result.up:
        table = _table(("Văn bản", 3), ("Khoản", 2), ("Nghĩa vụ", 8), ("Liên kết", 3))
        for step in result.up:
            table.add_row(short_label(step.document), _clause_cell(step.obligation),
                          _short(step.obligation.action.vi), _link_cell(graph, step))
        parts.append(table)
    else:
        parts.append(Text("  không (nghĩa vụ này không thực hiện nghĩa vụ nào khác đã mã hóa)", style="italic"))
    parts += [Text(""), Text("Được thực hiện bởi:", style="bold")]
    if not result.down:
        parts.append(Text("  chưa có nghĩa vụ nào thực hiện nghĩa vụ này", style="italic"))
    for province, steps in result.by_province().items():
        documents = sorted({short_label(s.document) for s in steps})
        parts.append(Text(f"{('Tỉnh ' + province) if province else 'Trung ương'} — {', '.join(documents)} "
                          f"({len(steps)} nghĩa vụ)", style="bold"))
        table = _table(("Khoản", 2), ("Chủ thể", 3), ("Nghĩa vụ", 7), ("Thời hạn", 3), ("Liên kết", 2))
        for step in steps:
            clause = _clause_cell(step.obligation)
            if len(documents) > 1:
                clause = Text(short_label(step.document) + "\n") + clause
            table.add_row(clause, _actors(graph, step.obligation.actors), _short(step.obligation.action.vi),
                          _deadline(step.obligation), _link_cell(graph, step))
        parts.append(table)
    if result.provinces_without:
        parts.append(Text(f"Tỉnh có văn bản thực hiện {short_label(document)} nhưng chưa có nghĩa vụ nào thực hiện "
                          f"khoản này: {', '.join(result.provinces_without)}", style="bold"))
    elif document.level.value == "national" and not result.binds_provinces:
        parts.append(Text("Nghĩa vụ này không giao cho địa phương.", style="italic"))
    parts.append(Text("Liên kết: 'văn bản nêu rõ' khi văn bản ghi rõ; 'suy luận' khi là cách đọc của người mã hóa "
                      "(xem ghi chú bằng obligations show <mã>).", style="dim"))
    return Group(*parts)


def _link_cell(graph: DependencyGraph, step: TraceStep) -> Text:
    text = Text(BASIS_SHORT.get(step.basis, step.basis))
    if step.depth > 1:
        via = graph.catalogue.obligations[step.via]
        text.append(f"\nqua {short_label(graph.catalogue.document_of(via))} {clause_label(via)}", style="dim")
    return text


def _step_data(graph: DependencyGraph, step: TraceStep) -> dict:
    ob = step.obligation
    return {"id": ob.id, "document": _document_ref(step.document), "clause": ob.clause, "key": ob.key,
            "action": ob.action.vi, "actors": ob.actors, "deadline": _deadline(ob),
            "due": ob.deadline.due.isoformat() if ob.deadline.due else None,
            "depth": step.depth, "via": step.via, "basis": step.basis, "note": step.note or None}


def trace_data(graph: DependencyGraph, result: Trace) -> dict:
    return {
        "obligation": {"id": result.obligation.id, "document": _document_ref(result.document),
                       "clause": result.obligation.clause, "action": result.obligation.action.vi,
                       "actors": result.obligation.actors},
        "implements": [_step_data(graph, s) for s in result.up],
        "implemented_by": [_step_data(graph, s) for s in result.down],
        "binds_provinces": result.binds_provinces,
        "provinces_without": result.provinces_without,
    }


def trace_csv(graph: DependencyGraph, result: Trace) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["direction", "depth", "id", "document", "province", "clause", "basis", "via", "action"])
    for direction, steps in (("implements", result.up), ("implemented_by", result.down)):
        for s in steps:
            writer.writerow([direction, s.depth, s.obligation.id, short_label(s.document), s.document.province or "",
                             clause_label(s.obligation), s.basis, s.via, s.obligation.action.vi])
    return out.getvalue()


# ---- national uptake (coverage) ------------------------------------------------------------------


def uptake_table(graph: DependencyGraph, results: list[Uptake]) -> Group:
    parts: list = []
    for result in results:
        parts.append(Text(f"Tỉnh {result.province} — {result.national.citation()}", style="bold"))
        if result.documents:
            for tie in result.documents:
                relations = "; ".join(f"{EDGE_VI[t]} ({BASIS_SHORT[b]})" for t, b in tie.relations) \
                    or "không ghi quan hệ văn bản; chỉ liên kết từng nghĩa vụ"
                parts.append(Text(f"Văn bản của tỉnh: {tie.document.citation()} — {relations}"))
        else:
            parts.append(Text("Văn bản của tỉnh: không có văn bản nào của tỉnh căn cứ hoặc thực hiện văn bản này.",
                              style="italic"))
        total, covered = len(result.rows), len(result.covered)
        parts.append(Text(f"Đã tiếp nhận {covered} trên {total} nghĩa vụ giao cho địa phương; "
                          f"chưa tiếp nhận {total - covered}.", style="bold"))
        if result.covered:
            parts.append(Text(f"Đã tiếp nhận ({covered}):", style="bold"))
            table = _table(("Điều khoản", 2), ("Nghĩa vụ trung ương", 6), ("Tiếp nhận bởi: văn bản, khoản của tỉnh", 7))
            for row in result.covered:
                table.add_row(_clause_cell(row.national), _national_duty(graph, row.national),
                              Text("\n").join(_uptake_link(link) for link in row.links))
            parts.append(table)
        if result.uncovered:
            parts.append(Text(f"Chưa tiếp nhận ({total - covered}):", style="bold"))
            table = _table(("Điều khoản", 2), ("Nghĩa vụ trung ương", 7), ("Chủ thể", 3), ("Thời hạn", 3))
            for row in result.uncovered:
                table.add_row(_clause_cell(row.national), _national_duty(graph, row.national),
                              _actors(graph, row.national.actors), _deadline(row.national))
            parts.append(table)
        parts += [Text("  [suy luận]: liên kết là cách đọc của người mã hóa; [văn bản nêu rõ]: văn bản ghi rõ. "
                       f"Xem đầy đủ: obligations show {result.national.id}/<khoản>; theo từng tỉnh: "
                       f"obligations trace {result.national.id}/<khoản>", style="dim"), Text("")]
    if not results:
        parts.append(Text("Không có văn bản trung ương nào để đối chiếu."))
    return Group(*parts)


def _national_duty(graph: DependencyGraph, obligation: Obligation) -> Text:
    """The national duty, and the group it binds where the text splits the bodies (QĐ 28 Điều 21:
    "đáp ứng yêu cầu" by 31/12/2018, "còn lại" by 30/6/2019, "chưa hoàn thành")."""
    text = Text(_short(obligation.action.vi))
    for condition in obligation.if_agency:
        text.append(f"\nchỉ áp dụng cho {condition_vi(graph.catalogue, condition)}", style="italic")
    return text


def _uptake_link(link: UptakeLink) -> Text:
    text = Text(f"{short_label(link.document)} {clause_label(link.obligation)}: ", style="bold")
    text.append(_short(link.obligation.action.vi, 110))
    text.append(f" [{BASIS_SHORT.get(link.basis, link.basis)}"
                + (f", qua {clause_label(link.via)}" if link.via is not None else "") + "]", style="italic")
    return text


def uptake_data(graph: DependencyGraph, results: list[Uptake]) -> list[dict]:
    return [{
        "province": r.province,
        "national_document": _document_ref(r.national),
        "provincial_documents": [{**_document_ref(t.document),
                                  "relations": [{"type": ty, "basis": b} for ty, b in t.relations]}
                                 for t in r.documents],
        "addressed": len(r.rows), "covered": len(r.covered), "uncovered": len(r.uncovered),
        "rows": [{"obligation": row.national.id, "clause": row.national.clause, "key": row.national.key,
                  "action": row.national.action.vi, "actors": row.national.actors, "status": row.status,
                  "conditions": [{"attribute": c.attribute, "value": c.value,
                                  "text_vi": condition_vi(graph.catalogue, c)} for c in row.national.if_agency],
                  "status_vi": STATUS_VI[row.status],
                  "implemented_by": [{"obligation": link.obligation.id, "document": link.document.id,
                                      "clause": link.obligation.clause, "basis": link.basis,
                                      "note": link.note or None, "via": link.via.id if link.via else None}
                                     for link in row.links]}
                 for row in r.rows],
    } for r in results]


def uptake_csv(graph: DependencyGraph, results: list[Uptake]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["province", "national_document", "national_obligation", "clause", "status",
                     "implemented_by", "basis"])
    for r in results:
        for row in r.rows:
            writer.writerow([r.province, r.national.symbol or r.national.id, row.national.id,
                             clause_label(row.national), row.status,
                             " ".join(link.obligation.id for link in row.links),
                             " ".join(link.basis for link in row.links)])
    return out.getvalue()


# ---- consistency ----------------------------------------------------------------------------------


def findings_table(graph: DependencyGraph, findings: list[Finding]) -> Group:
    parts: list = []
    for kind in KINDS:
        found = [f for f in findings if f.kind == kind]
        if not found:
            continue
        parts.append(Text(f"{KIND_VI[kind]} — {SEVERITY_VI[SEVERITY[kind]]} ({len(found)})", style="bold"))
        for finding in found:
            line = Text("  • ") + Text(finding.message)
            note = finding.details.get("note")
            if note:
                line.append(f"\n    {note}", style="dim")
            parts.append(line)
        parts.append(Text(""))
    if findings:
        counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "note")}
        parts.append(Text("Tổng: " + ", ".join(f"{n} {SEVERITY_VI[s]}" for s, n in counts.items() if n), style="bold"))
    else:
        parts.append(Text("Không phát hiện vấn đề nào.", style="bold"))
    parts.append(Text("Đã kiểm tra: " + "; ".join(KIND_VI[k].lower() for k in KINDS) + ".", style="dim"))
    return Group(*parts)


def findings_data(findings: list[Finding]) -> list[dict]:
    return [f.to_dict() for f in findings]


def findings_csv(findings: list[Finding]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kind", "severity", "subject", "related", "basis", "message", "details"])
    for f in findings:
        writer.writerow([f.kind, f.severity, f.subject, f.related, f.basis, f.message,
                         "; ".join(f"{k}={v}" for k, v in f.details.items() if v)])
    return out.getvalue()

