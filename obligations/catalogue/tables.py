"""Human-readable and tabular renderings: rich tables for the terminal, CSV rows, JSON text.

Labels a legal officer reads are Vietnamese; CSV headers and JSON keys are English (systems read them).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .load import Catalogue
from .errors import Problem
from ..i18n import N_, _
from .citations import clause_label
from .model import COMPARATOR_SIGN, MODALITY_VI, ROLE_VI, Metric, Obligation
from .periods import parse_period
from .query import Match
from .views import (
    deadline_label,
    document_summary,
    modality_vi,
    obligation_view,
    provenance_vi,
    target_label,
    to_jsonable,
)


def console(file=None) -> Console:
    """A console that keeps Vietnamese intact and wraps to a readable width when piped."""
    stream = file or sys.stdout
    width = None if stream.isatty() else int(os.environ.get("COLUMNS", 120))
    return Console(file=stream, width=width, highlight=False, soft_wrap=False, markup=False, emoji=False)


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _actors(catalogue: Catalogue, ids: list[str]) -> str:
    return "; ".join(catalogue.actors[a].name if a in catalogue.actors else a for a in ids)


# ---- obligations -----------------------------------------------------------------------------


def matches_table(catalogue: Catalogue, matches: list[Match], actor_label: str | None = None) -> Group:
    """One section per document, rows in clause order; with an actor filter, the duties addressed to
    the actor by name come first, then those it bears as a member of a class the text addresses."""
    parts: list = []
    by_document: dict[str, list[Match]] = {}
    for match in matches:
        by_document.setdefault(match.obligation.document_id, []).append(match)
    for document_id, rows in by_document.items():
        document = catalogue.documents[document_id]
        title = Text(document.citation(), style="bold")
        if document.provenance.kind.value != "official_text":
            title.append(f"  [{provenance_vi(document)}]", style="italic")
        parts.append(title)
        groups: dict[tuple, list[Match]] = {}
        for match in rows:
            groups.setdefault((not match.direct, tuple(match.bound_as)), []).append(match)
        for (indirect, bound_as), group in sorted(groups.items()):
            if actor_label and bound_as:
                heading = (f"Giao cho {_actors(catalogue, list(bound_as))} ({actor_label} thuộc nhóm này):"
                           if indirect else f"Giao trực tiếp cho {actor_label}:")
                parts.append(Text(heading, style="italic"))
            parts.append(_obligations_table(catalogue, [m.obligation for m in group]))
        parts += [Text(f"  {len(rows)} nghĩa vụ · xem chi tiết: obligations show "
                       f"\"{document.symbol or document_id} <khoản>\"",
                       style="dim"), Text("")]
    if not matches:
        parts.append(Text(_("Không có nghĩa vụ nào khớp với điều kiện lọc.")))
    return Group(*parts)


def _obligations_table(catalogue: Catalogue, obligations: list[Obligation]) -> Table:
    with_targets = any(ob.targets for ob in obligations)
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, expand=True, pad_edge=False)
    keys = [len(ob.key) + 2 for ob in obligations if not ob.clause]  # a key is typed: never cut
    if keys:
        table.add_column(_("Khoản"), width=max(max(keys), 14))
    else:
        table.add_column(_("Khoản"), ratio=2)
    table.add_column(_("Chủ thể"), ratio=3)
    table.add_column(_("Nghĩa vụ"), ratio=8)
    table.add_column(_("Thời hạn"), ratio=3)
    if with_targets:
        table.add_column(_("Chỉ tiêu"), ratio=3)
    for ob in obligations:
        duty = Text(ob.action.vi)
        if ob.modality.value != "must":
            duty = Text(f"[{modality_vi(ob)}] ", style="italic") + duty
        deadline = "—" if ob.deadline.kind.value == "none" else deadline_label(ob.deadline)
        cells = [_clause_cell(ob), _actors(catalogue, ob.actors), duty, deadline]
        if with_targets:
            cells.append("\n".join(target_label(catalogue, t) for t in ob.targets))
        table.add_row(*cells)
    return table


def _clause_cell(ob: Obligation) -> Text:
    """The clause as the text numbers it; a text whose clauses are unknown says so, with the key that
    names the duty in a citation ("Chỉ thị 15 r.chu-ky-so"), since no clause number is invented."""
    if ob.clause:
        return Text(ob.clause)
    return Text("không rõ số\n", style="italic") + Text(f"({ob.key})", style="dim")


CSV_FIELDS = ["id", "document_id", "document_symbol", "issuer", "province", "document_date", "clause",
              "actors", "responsible", "modality", "action_vi", "action_en", "deadline_kind",
              "deadline_due", "deadline", "targets", "implements", "quote"]


def matches_csv(catalogue: Catalogue, matches: list[Match]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for match in matches:
        ob = match.obligation
        document = catalogue.document_of(ob)
        writer.writerow({
            "id": ob.id, "document_id": document.id, "document_symbol": document.symbol or "",
            "issuer": document.issuer.name, "province": document.province or "",
            "document_date": document.date.label() if document.date else "",
            "clause": ob.clause or "", "actors": _actors(catalogue, ob.actors),
            "responsible": ob.responsible.title, "modality": ob.modality.value,
            "action_vi": ob.action.vi, "action_en": ob.action.en, "deadline_kind": ob.deadline.kind.value,
            "deadline_due": ob.deadline.due.isoformat() if ob.deadline.due else "",
            "deadline": deadline_label(ob.deadline),
            "targets": " | ".join(f"{t.metric} {target_label(catalogue, t)}" for t in ob.targets),
            "implements": " ".join(link.obligation for link in ob.implements),
            "quote": ob.quotes[0].text if ob.quotes else "",
        })
    return out.getvalue()


def matches_json(catalogue: Catalogue, matches: list[Match]) -> str:
    return dumps(to_jsonable([obligation_view(catalogue, m.obligation) for m in matches]))


def obligation_detail(catalogue: Catalogue, ob: Obligation) -> Group:
    """Everything about one obligation, laid out for reading."""
    document = catalogue.document_of(ob)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()

    def row(label: str, value) -> None:
        if value:
            grid.add_row(label, value)

    row(_("Mã"), ob.id)
    row(_("Văn bản"), document.citation())
    row(_("Trích yếu"), document.title)
    row(_("Nguồn"), provenance_vi(document) + (f" ({document.provenance.source})" if document.provenance.source else ""))
    unnumbered = "không đánh số" if document.provenance.kind.value in ("official_text", "news_report") \
        else "không rõ số điều khoản (văn bản tái dựng từ nguồn thứ cấp)"
    label = clause_label(ob)
    row(_("Điều khoản"), label or unnumbered)
    if ob.clause_kind.value != "duty":
        row("Loại điều khoản", {"right": "quyền (không phải nghĩa vụ)", "definition": "định nghĩa (không phải nghĩa vụ)"}[
            ob.clause_kind.value])
    row(_("Chủ thể"), _actors(catalogue, ob.actors) + (f" ({ROLE_VI[ob.role.value]})" if ob.role else ""))
    if ob.actors and all(catalogue.actors[a].kind == "role" for a in ob.actors if a in catalogue.actors):
        row("Đánh giá", "chủ thể là vai trò trong từng lần gửi, nhận văn bản (Bên gửi / Bên nhận), không phải cơ "
            "quan: chương trình không đánh giá riêng nghĩa vụ này cho từng cơ quan; việc thực hiện được theo dõi "
            "qua các nghĩa vụ, chỉ tiêu của chính cơ quan")
    if ob.actors_inferred:
        inferred = ob.actors_inferred
        row("Chủ thể do suy ra", f"điều khoản này không nêu chủ thể; người mã hóa xác định theo {inferred.clause}: "
            f"{inferred.reason}")
    row("Cơ quan chủ trì", _actors(catalogue, ob.lead)
        + (" (không phải phối hợp với chính mình)" if ob.lead else ""))
    row("Bên kia của nghĩa vụ", _actors(catalogue, ob.counterparts)
        + (" (không thuộc diện phải thực hiện)" if ob.counterparts else ""))
    for condition in ob.if_agency:
        row("Điều kiện", condition_vi(catalogue, condition))
    if ob.trigger:
        row("Phát sinh khi", f"“{ob.trigger.quote.text}”" + (f": {ob.trigger.event}" if ob.trigger.event else ""))
    row(_("Người chịu trách nhiệm"), ob.responsible.title
        + (" (theo văn bản)" if ob.responsible.source == "text" else " (người đứng đầu cơ quan)"))
    row(_("Phối hợp"), _actors(catalogue, ob.cooperating))
    if ob.accountable_to:
        party = ob.accountable_to
        row(_("Chịu trách nhiệm trước"), party.title or _actors(catalogue, [party.actor]))
    row(_("Cơ quan theo dõi"), _actors(catalogue, [ob.monitored_by]) if ob.monitored_by else None)
    row(_("Tính chất"), modality_vi(ob))
    if document.horizon:
        row("Thời hạn của văn bản", f"đến hết {parse_period(document.horizon.until).label_vi()}"
            + (f" — “{document.horizon.phrase}”" if document.horizon.phrase else f" ({document.horizon.note})"))
    row(_("Nghĩa vụ"), Text(ob.action.vi) + Text(f"\n[tiếng Anh, của người mã hóa] {ob.action.en}", style="italic"))
    for index, quote in enumerate(ob.quotes):
        source = f"\n[{quote.source}]" if quote.source else ""
        row(_("Trích dẫn") if index == 0 else "", Text(f"“{quote.text}”{source}"))
    deadline = deadline_label(ob.deadline)
    if ob.deadline.phrase:
        deadline += f" — “{ob.deadline.phrase}”"
    if ob.deadline.note:
        deadline += f"\n{ob.deadline.note}"
    row(_("Thời hạn"), deadline)
    parts: list = [grid]

    if ob.targets:
        targets = Table(title=_("Chỉ tiêu"), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
        for name in (N_("Chỉ số"), N_("Mức"), N_("Áp dụng cho"), N_("Phạm vi"), N_("Căn cứ trong văn bản")):
            targets.add_column(_(name))
        for target in ob.targets:
            metric = catalogue.metrics.get(target.metric)
            scope = {"each_agency": "từng cơ quan", "population_share": "tỷ lệ số cơ quan",
                     "aggregate": "tổng thể"}[target.scope.value]
            if target.population:
                scope += f" trong: {_actors(catalogue, target.population)}"
            if target.answerable:
                scope += f"\nchịu trách nhiệm: {_actors(catalogue, target.answerable)}"
            for condition in target.if_agency:
                scope += f"\nchỉ tính: {condition_vi(catalogue, condition)}"
            level = target_label(catalogue, target)
            if target.modality and target.modality != ob.modality:
                level += f" [{MODALITY_VI[target.modality.value]}]"
            if target.cite_as:
                level += f"\n{target.cite_as}"
            for conflict in target.conflicts_with:
                level += f"\nmâu thuẫn với {conflict.obligation}: {conflict.note}"
            targets.add_row(metric.name if metric else target.metric, level,
                            _actors(catalogue, target.applies_to or ob.actors), scope,
                            f"“{target.phrase}”" if target.phrase else (target.note or ""))
        parts.append(targets)

    extra = Table.grid(padding=(0, 2))
    extra.add_column(style="bold", no_wrap=True)
    extra.add_column()
    for exception in [*document.exceptions, *ob.exceptions, *(e for t in ob.targets for e in t.exceptions)]:
        text = {"secret_excluded": "không tính văn bản mật", "paper_copy_allowed": "được gửi kèm bản giấy",
                "not_technically_ready": "chưa đáp ứng điều kiện kỹ thuật",
                "other": "ngoại lệ khác (chương trình không tự áp dụng: cần người rà soát)"}[exception.kind.value]
        if exception.clause:
            text += f" ({exception.clause})"
        if exception.quote:
            text += f": “{exception.quote.text}”"
        if exception.items:
            text += "\n" + "\n".join(f"- {item}" for item in exception.items)
        extra.add_row(_("Ngoại lệ"), text)
    for consequence in ob.consequences:
        joiner = " và " if consequence.when.all else " hoặc "
        conditions = joiner.join(
            f"{catalogue.metrics[c.metric].name if c.metric in catalogue.metrics else c.metric} "
            f"{COMPARATOR_SIGN[c.comparator.value]} {c.value:g}%"
            for c in consequence.when.all + consequence.when.any)
        measured = ""
        if consequence.measured_over:
            measured += f"; số liệu tính theo {dict(month='tháng', quarter='quý', half_year='6 tháng', year='năm')[consequence.measured_over.value]}"
        start = consequence.start or (document.date.earliest if document.date else None)
        if start:
            measured += f"; chỉ xét các kỳ bắt đầu từ ngày {start:%d/%m/%Y}"
        extra.add_row(_("Hệ quả"), f"Khi {conditions}: {consequence.effect.vi}{measured}")
    for link in ob.implements:
        target = catalogue.obligations.get(link.obligation)
        label = link.obligation
        if target:
            target_doc = catalogue.document_of(target)
            clause = target.clause or "(không rõ điều khoản, tái dựng)"
            label = f"{target_doc.symbol or target_doc.id} {clause}: {target.action.vi}"
        basis = "văn bản nêu rõ" if link.basis.value == "stated" else "suy luận của người mã hóa"
        extra.add_row(_("Thực hiện"), f"{label} [{basis}]" + (f"\n{link.note}" if link.note else ""))
    for child in catalogue.implemented_by(ob.id):
        child_doc = catalogue.document_of(child)
        extra.add_row(_("Được thực hiện bởi"), f"{child_doc.citation()}, {child.clause or child.key} ({child.id})")
    for index, note in enumerate(ob.notes):  # the encoder's notes for a reviewer, written in English
        extra.add_row(_("Ghi chú của người mã hóa\n(tiếng Anh)") if index == 0 else "", note)
    parts.append(extra)
    return Group(*parts)


# ---- documents, actors, metrics ----------------------------------------------------------------


_PROVENANCE_SHORT = {"official_text": "chính thức", "news_report": "bản tin báo chí",
                     "reconstructed": "tái dựng", "secondary_summary": "nguồn thứ cấp",
                     "reference_only": "chỉ dẫn chiếu"}
_VALIDITY_VI = {"in_force": "còn hiệu lực", "expired": "hết hiệu lực", "replaced": "đã bị thay thế",
                "repealed": "đã bị bãi bỏ", "unknown": "chưa rõ"}


def _short_date(document) -> str:
    date = document.date
    if date is None:
        return "chưa rõ"
    label = date.label().replace(" đến ", "\nđến ")  # a span on two lines: the column stays narrow
    if date.exact:
        return label
    return label.replace("chưa rõ ngày, ", "") + "\n(chưa rõ ngày)"


def condition_vi(catalogue: Catalogue, condition) -> str:
    """``cơ quan chưa hoàn thành ... — “Các bộ, ngành, địa phương chưa hoàn thành ...”``: the
    attribute worded for its value, and the text's words."""
    attribute = catalogue.attributes.get(condition.attribute)
    name = attribute.label(condition.value) if attribute else f"{condition.attribute} = {condition.value}"
    text = "cơ quan " + name[:1].lower() + name[1:]
    return text + (f" — “{condition.quote.text}”" if condition.quote else "")


def documents_table(catalogue: Catalogue, documents, width: int | None = None) -> Table:
    """Symbols, kinds and ids are never cut (the id stands under the symbol). On a screen narrower than
    ``NARROW`` the id is broken after its "/" and the source stands under the kind, so that the issuer and
    the validity keep room to be read."""
    narrow = width is not None and width < NARROW
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=True, collapse_padding=narrow, pad_edge=not narrow)
    table.add_column(_("Số, ký hiệu / mã"), no_wrap=True)
    table.add_column(_("Loại") + (" / " + _("Nguồn") if narrow else ""), no_wrap=not narrow, min_width=10,
                     max_width=11 if narrow else None)
    table.add_column(_("Cơ quan ban hành"), ratio=3, min_width=12)
    table.add_column(_("Ngày"), no_wrap=True)
    if not narrow:
        table.add_column(_("Nguồn"), min_width=10)  # "bản tin báo chí" on two lines when the screen is narrower
    table.add_column(_("Hiệu lực"), ratio=2, min_width=8)
    table.add_column(_("Số NV"), justify="right", no_wrap=True)
    for document in documents:
        validity = document.validity
        status = ""
        if validity:
            status = _VALIDITY_VI[validity.status.value]
            if validity.replaced_by:
                replacement = catalogue.documents.get(validity.replaced_by)
                status += f" → {replacement.symbol if replacement and replacement.symbol else validity.replaced_by}"
        code = document.id.replace("/", "/\n", 1) if narrow else document.id
        symbol = Text(document.symbol or "(chưa rõ số)", style="bold") + Text(f"\n{code}", style="dim")
        issuer = document.issuer.name.replace("Ủy ban nhân dân", "UBND")  # the usual short form
        source = _PROVENANCE_SHORT[document.provenance.kind.value]
        row = [symbol, f"{document.kind_vi}\n({source})" if narrow else document.kind_vi, issuer, _short_date(document)]
        row += [] if narrow else [source]
        table.add_row(*row, status, str(catalogue.obligation_count(document.id)))
    table.caption = _("Số NV: số nghĩa vụ đã mã hóa. Nguồn: văn bản chính thức, bản tin báo chí về văn bản, "
                      "tái dựng từ nguồn thứ cấp, tóm tắt từ nguồn thứ cấp, hoặc chỉ được dẫn chiếu.")
    if narrow:
        table.caption += _(" Màn hình hẹp: mã văn bản xuống dòng sau dấu \"/\" (gõ liền hai dòng).")
    table.caption_justify = "left"
    return table


#: the width under which the documents' table breaks ids and stacks the source under the kind
NARROW = 110


def documents_json(catalogue: Catalogue, documents) -> str:
    return dumps(to_jsonable([document_summary(catalogue, d) for d in documents]))


def documents_csv(catalogue: Catalogue, documents) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "symbol", "kind", "issuer", "province", "level", "date", "provenance",
                     "validity", "replaced_by", "obligations"])
    for d in documents:
        writer.writerow([d.id, d.symbol or "", d.kind.value, d.issuer.name, d.province or "", d.level.value,
                         d.date.exact.isoformat() if d.date and d.date.exact else "", d.provenance.kind.value,
                         d.validity.status.value if d.validity else "",
                         d.validity.replaced_by or "" if d.validity else "", catalogue.obligation_count(d.id)])
    return out.getvalue()


def actors_table(catalogue: Catalogue) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column(_("Mã"), no_wrap=True)  # typed in --actor and in registries: never cut
    for name in (N_("Tên"), N_("Cấp"), N_("Người đứng đầu"), N_("Thuộc nhóm"), N_("Tên gọi khác")):
        table.add_column(_(name))
    for actor in catalogue.actors.values():
        table.add_row(actor.id, actor.name, actor.level.value, actor.head, ", ".join(actor.is_a),
                      ", ".join(actor.aliases))
    return table


def metrics_table(catalogue: Catalogue, metrics: list[Metric]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=True)
    table.add_column(_("Mã"), no_wrap=True)  # typed in --metric and in facts files: never cut
    for name, ratio in ((N_("Tên"), 4), (N_("Đơn vị"), 1), (N_("Chiều tốt"), 2), (N_("Trừ văn bản mật"), 2),
                        (N_("Cách tính"), 6)):
        table.add_column(_(name), ratio=ratio)
    for metric in metrics:
        table.add_row(metric.id, metric.name, {"percent": "%", "boolean": "có/không", "count": "số lượng"}[metric.unit],
                      wanted_direction_vi(catalogue, metric.id),
                      "có" if metric.excludes_secret else "không", metric.definition)
    return table


_DIRECTION_VI = {"at_least": "tăng (≥)", "above": "tăng (>)", "at_most": "giảm (≤)", "below": "giảm (<)",
                 "equals": "bằng (=)"}


def wanted_direction_vi(catalogue: Catalogue, metric_id: str) -> str:
    """Which way the texts want a metric to go, from the comparators of the targets set on it (a
    metric has no direction of its own: Hậu Giang row 3 caps paper at 40% with ≤)."""
    comparators = sorted({t.comparator.value for ob in catalogue.obligations.values() for t in ob.targets
                          if t.metric == metric_id}, key=list(_DIRECTION_VI).index)
    if not comparators:
        return "— (chưa có chỉ tiêu)"
    return "; ".join(_DIRECTION_VI[c] for c in comparators)


def problems_text(problems: list[Problem]) -> str:
    errors = [p for p in problems if p.severity == "error"]
    notes = [p for p in problems if p.severity == "note"]
    lines = [_("lỗi: {problem}").format(problem=p) for p in errors] + [
        _("ghi chú: {problem}").format(problem=p) for p in notes]
    return "\n".join(lines)


def rows_csv(rows: list[dict]) -> str:
    """Flat CSV of catalogue entries; lists are joined with '; ', nested values written as JSON."""
    out = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list)
                         else json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v
                         for k, v in row.items()})
    return out.getvalue()
