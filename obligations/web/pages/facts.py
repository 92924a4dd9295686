"""Số liệu: for an agency and a period, the Excel template of exactly what it must report, the filled
file uploaded back (every row's problem shown before anything is stored), the confirmation that
stores it (one transaction, the API's ``store_facts``), and the history of revisions of a figure.

An upload that reads cleanly waits, until it is confirmed, in ``<data dir>/uploads/`` under a random
name kept in the session (one per session; a new upload replaces it; one left unconfirmed for a day
is removed at a later upload); the confirmation reads the
same bytes again and stores them with that name as the Idempotency-Key, so a double click stores once.
A reporter sees and uploads only its own agency's figures (``Service.require_agency`` and the
API's ``check_scope``).
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from ...api.flows import MAX_UPLOAD, check_scope, read_upload, reporting_template, store_facts
from ...api.problems import Problem
from ...api.service import Service
from ...catalogue.periods import parse_period
from ...evaluation.findings import format_value
from ...evaluation.template import COLUMNS
from ...i18n import _
from ...store import Principal
from ..render import page
from ..session import checked_form, viewer

router = APIRouter()

#: the files the reader takes (the template is .xlsx; the command line's CSV and JSON too)
ACCEPTED = (".xlsx", ".csv", ".json")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: a fact's field -> the template's column that holds it, as the clerk sees it in Excel
COLUMN_VI = {field: header for header, _width, field in COLUMNS if field}


def _period(value: str) -> str:
    value = value.strip()
    try:
        parse_period(value)
    except ValueError as error:
        raise Problem(422, "bad-request", _("Kỳ báo cáo: {error}").format(error=error)) from None
    return value


def _default_period() -> str:
    return str(dt.date.today().year - 1)  # the last full year: what agencies report in January


def _agencies(svc: Service, principal: Principal) -> list:
    return svc.scoped_agencies(principal, svc.registry(), None)


def _chosen(svc: Service, principal: Principal, agency: str):
    """The agency asked for, once the principal may see it (a reporter: its own only)."""
    registry = svc.registry()
    if not agency:
        agency = principal.agency or ""
    if not agency:
        return None
    found = svc.agency(registry, agency)
    svc.require_agency(principal, found)
    return found


#: an upload not confirmed within this many seconds is removed at the next upload (a session ended midway)
PENDING_SECONDS = 24 * 3600


def _pending_folder(svc: Service) -> Path:
    folder = Path(svc.settings.data_dir) / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _forget_stale(folder: Path) -> None:
    limit = time.time() - PENDING_SECONDS
    for path in folder.iterdir():
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except FileNotFoundError:  # another worker removed it a moment ago
            continue


def _pending(request: Request, svc: Service) -> dict | None:
    """The upload waiting for confirmation in this session: {key, name, agency, period}."""
    held = request.session.get("upload")
    if not held or not (_pending_folder(svc) / held["key"]).is_file():
        return None
    return held


def _fact_row(svc: Service, r) -> dict:
    """A stored row as the pages show it: the metric's name or the duty's words, the value in its unit
    (78%, có/không for an attestation)."""
    metric = svc.catalogue.metrics.get(r.metric) if r.metric else None
    duty = svc.catalogue.obligations.get(r.obligation) if r.obligation else None
    unit = metric.unit if metric is not None else "boolean"
    return {"kind": r.kind, "subject": r.metric or r.obligation, "period": r.period,
            "what": metric.name if metric is not None else (duty.action.vi if duty is not None else r.obligation),
            "value": format_value(r.value, unit) if r.value is not None else None, "date": r.date,
            "done": r.done, "reported": r.reported, "source": r.source, "withdrawn": r.withdrawn,
            "recorded_at": r.recorded_at, "recorded_by": r.recorded_by, "origin": r.origin}


def _context(request: Request, svc: Service, principal: Principal, agency, period: str) -> dict:
    """What the page shows: the agencies to choose from, the chosen one's stored figures for the
    period (the latest row of each, its revisions counted) and the upload waiting, if any."""
    stored = []
    if agency is not None:
        _total, rows = svc.store.list_facts(agencies_in=[agency.id], period=period or None, limit=10_000)
        latest: dict[tuple, list] = {}
        for r in rows:
            latest.setdefault((r.kind, r.metric or r.obligation, r.period), []).append(r)
        for revisions in latest.values():
            stored.append({**_fact_row(svc, revisions[-1]), "revisions": len(revisions)})
    return {"page_title": _("Số liệu"), "agencies": _agencies(svc, principal), "agency": agency, "period": period,
            "stored": stored, "pending": _pending(request, svc), "accepted": ", ".join(ACCEPTED),
            "max_mb": MAX_UPLOAD // (1024 * 1024), "message": request.session.pop("flash", None)}


@router.get("/facts")
async def facts_page(request: Request, agency: str = "", period: str = "", principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    chosen = _chosen(svc, principal, agency)
    period = _period(period) if period else _default_period()
    return page(request, "facts.html", _context(request, svc, principal, chosen, period))


@router.get("/facts/template.xlsx")
async def template(request: Request, agency: str, period: str, principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    name, content = await run_in_threadpool(reporting_template, svc, principal, agency, _period(period))
    return Response(content, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/facts/upload")
async def upload(request: Request, form: FormData = Depends(checked_form), principal: Principal = Depends(viewer)):
    """Read the file and show every row's problem, or what would be stored; nothing is stored yet."""
    svc = request.app.state.service
    Service.require(principal, "reporter", "admin")
    chosen = _chosen(svc, principal, str(form.get("agency", "")))
    period = _period(str(form.get("period", ""))) if form.get("period") else _default_period()
    file = form.get("file")
    context = _context(request, svc, principal, chosen, period)
    if not isinstance(file, UploadFile) or not file.filename:
        return page(request, "facts.html", {**context, "problem": _("Chưa chọn tệp: chọn tệp mẫu báo cáo đã điền "
                                                                    "({accepted}) rồi tải lên.").format(
                                                                        accepted=context["accepted"])})
    name = Path(file.filename).name
    if not name.lower().endswith(ACCEPTED):
        await svc.audit(request, principal, "rejected:upload-type", 415, {"file": name, "face": "web"})
        return page(request, "facts.html", {**context, "problem": _(
            "{name}: không đọc được loại tệp này; hãy tải lên tệp mẫu báo cáo Excel (.xlsx), hoặc tệp .csv, .json "
            "cùng các cột").format(name=name)})
    content = await file.read(MAX_UPLOAD + 1)
    registry = svc.registry()
    try:
        facts = await run_in_threadpool(read_upload, name, content, svc, registry)
        check_scope(principal, facts, registry)
    except Problem as problem:
        kind = "refused" if problem.status in (401, 403) else "rejected"  # as the API logs its refusals
        await svc.audit(request, principal, f"{kind}:{problem.code}", problem.status,
                        {"file": name, "problems": len(problem.errors or []), "face": "web"})
        errors = [{**e, "field": COLUMN_VI.get(e.get("field"), e.get("field"))} for e in problem.errors or []]
        summary = _("{count} vấn đề: chưa lưu gì. Sửa các dòng dưới đây trong tệp rồi tải lên lại.").format(
            count=len(errors)) if errors else problem.detail
        return page(request, "facts.html", {**context, "problem": summary, "errors": errors, "file_name": name})
    if not facts:
        return page(request, "facts.html", {**context, "problem": _(
            "{name}: không có dòng nào đã điền (giá trị, ngày hoặc có/không): chưa lưu gì").format(name=name),
            "file_name": name})
    held = _pending(request, svc)
    if held:
        (_pending_folder(svc) / held["key"]).unlink(missing_ok=True)
    key = secrets.token_urlsafe(18)
    _forget_stale(_pending_folder(svc))
    (_pending_folder(svc) / key).write_bytes(content)
    request.session["upload"] = {"key": key, "name": name, "agency": chosen.id if chosen else "", "period": period}
    preview = [{"kind": f.kind, "agency": f.agency, "subject": f.metric or f.obligation, "period": f.period,
                "value": f.value, "date": f.date, "reported": f.reported, "source": f.source, "origin": f.origin}
               for f in facts]
    context["pending"] = request.session["upload"]
    return page(request, "facts.html", {**context, "preview": preview, "file_name": name})


@router.post("/facts/confirm")
async def confirm(request: Request, form: FormData = Depends(checked_form), principal: Principal = Depends(viewer)):
    """Store the upload checked a moment ago, all its rows in one transaction (as the API does)."""
    svc = request.app.state.service
    Service.require(principal, "reporter", "admin")
    held = _pending(request, svc)
    if held is None or form.get("key") != held["key"]:
        raise Problem(409, "conflict", _("không còn tệp nào chờ xác nhận (đã lưu, hoặc phiên đã đổi): tải tệp lên lại"))
    path = _pending_folder(svc) / held["key"]
    registry = svc.registry()
    facts = await run_in_threadpool(read_upload, held["name"], path.read_bytes(), svc, registry)
    record, created = await store_facts(request, svc, principal, facts, registry, held["name"], f"web-{held['key']}")
    path.unlink(missing_ok=True)
    request.session.pop("upload", None)
    request.session["flash"] = _("Đã lưu {rows} dòng số liệu từ {name} (lần nhập số {id}).").format(
        rows=record.rows, name=held["name"], id=record.id)
    target = "/facts" + (f"?agency={held['agency']}&period={held['period']}" if held["agency"] else "")
    return RedirectResponse(target, status_code=303)


@router.post("/facts/discard")
async def discard(request: Request, form: FormData = Depends(checked_form), principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    held = _pending(request, svc)
    if held:
        (_pending_folder(svc) / held["key"]).unlink(missing_ok=True)
    request.session.pop("upload", None)
    request.session["flash"] = _("Đã bỏ tệp đang chờ; chưa lưu gì.")
    return RedirectResponse("/facts", status_code=303)


@router.get("/facts/history")
async def history(request: Request, agency: str, subject: str, period: str = "",
                  principal: Principal = Depends(viewer)):
    """Every row recorded for one figure, oldest first: revisions and withdrawals (the API's history)."""
    svc = request.app.state.service
    chosen = _chosen(svc, principal, agency)
    rows = svc.store.fact_history(chosen.id, subject, period or None)
    if not rows:
        raise Problem(404, "not-found", _("chưa lưu gì cho {agency} {subject} {period}").format(
            agency=chosen.name, subject=subject, period=period).strip())
    facts = [_fact_row(svc, r) for r in rows]
    return page(request, "fact_history.html", {
        "page_title": _("Lịch sử số liệu"), "agency": chosen, "subject": subject, "what": facts[-1]["what"],
        "period": period, "rows": facts})
