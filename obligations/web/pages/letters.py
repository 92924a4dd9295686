"""Thư: the letters an evaluation gives (whom each goes to, the head who answers, the findings it
cites), each previewed in the page (the HTML letter), generated and downloaded (docx, pdf, a zip),
issued into the register with its number; and the register with its follow-up: the reply due,
replies received (recorded by the clerk), overdue replies highlighted.

The same calls as the API's /letters routes (``obligations.api.flows``): the letters are composed
from the evaluation again at each step, from the parameters the form carries, so what is issued is
what was previewed on the store's facts of that moment.
"""

from __future__ import annotations

import datetime as dt
import re

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from ... import letters as lib
from ...api.flows import (MEDIA, chosen_letters, compose_letters, issue_letters, letters_download, record_reply,
                          register, render_letter)
from ...api.problems import Problem
from ...api.routes.letters import GenerateIn, IssueIn, LettersIn, listing
from ...api.service import Service
from ...i18n import N_, _
from ...store import Principal
from ..render import page
from ..session import checked_form, viewer
from ..forms import day

router = APIRouter()

#: the kinds of letter, as the register and the form name them
KIND_LABELS = {"reminder": N_("Công văn đôn đốc"), "escalation": N_("Báo cáo đề nghị xử lý"),
               "summary": N_("Báo cáo tổng hợp")}
PAGE = 50


def _params(values, principal: Principal) -> dict:
    """The evaluation and letters' options from a query string or a form: as_of, letter_date, kinds."""
    as_of = day(values.get("as_of"), _("Đánh giá tại ngày")) or dt.date.today()
    letter_date = day(values.get("letter_date"), _("Ngày văn bản"))
    kinds = [k for k in values.getlist("kinds") if k in lib.KINDS] or ["reminder"]
    return {"as_of": as_of, "letter_date": letter_date, "kinds": kinds,
            "province": principal.province}


def _body(model, values: dict):
    try:
        return model(**values)
    except ValidationError as error:
        raise Problem(422, "bad-request", "; ".join(str(e["msg"]) for e in error.errors())) from None


def _next_number(svc: Service, province: str | None) -> int:
    """One after the highest plain number of the province's register (1 for an empty register)."""
    numbers = [int(m.group()) for r in svc.store.letters(province, 10_000, 0)
               if (m := re.match(r"\d+", r.number))]
    return max(numbers, default=0) + 1


@router.get("/letters")
async def letters_page(request: Request, principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    if principal.role != "admin":  # readers see the register; composing and issuing is the administrator's
        return RedirectResponse("/letters/register", status_code=303)
    params = _params(request.query_params, principal)
    context = {"page_title": _("Thư"), "params": params, "kinds": KIND_LABELS, "letters": None,
               "message": request.session.pop("flash", None)}
    if "as_of" in request.query_params:
        body = _body(LettersIn, params)
        data, made = await run_in_threadpool(compose_letters, svc, principal, body)
        context["letters"] = listing(made, data, body.statuses)
        context["heads"] = {m.recipient.get("agency_id"): m.recipient for m in made}
        context["sample"] = bool(data.get("sample_data"))
        context["next_number"] = _next_number(svc, principal.province)
        context["query"] = request.url.query
    return page(request, "letters.html", context)


@router.get("/letters/preview")
async def preview(request: Request, index: int = 0, principal: Principal = Depends(viewer)):
    """One letter as its HTML page: shown in the Thư page's frame (same origin), or opened alone."""
    svc = request.app.state.service
    body = _body(LettersIn, _params(request.query_params, principal))
    _data, made = await run_in_threadpool(compose_letters, svc, principal, body)
    (_index, letter), = chosen_letters(made, [index])
    html = await run_in_threadpool(render_letter, letter, "html")
    return HTMLResponse(html.decode("utf-8"))


def _only(form: FormData) -> list[int]:
    chosen = []
    for value in form.getlist("only"):
        if not str(value).isdigit():
            raise Problem(422, "bad-request", _("số thứ tự công văn '{value}' không phải số").format(value=str(value)[:20]))
        chosen.append(int(value))
    if not chosen:
        raise Problem(422, "bad-request", _("chưa chọn công văn nào: đánh dấu ít nhất một người nhận"))
    return chosen


@router.post("/letters/generate")
async def generate(request: Request, form: FormData = Depends(checked_form), principal: Principal = Depends(viewer)):
    """The chosen letters' files: one file, or a zip of several (the API's /letters/generate)."""
    svc = request.app.state.service
    formats = [f for f in form.getlist("formats") if f in MEDIA] or ["docx"]
    body = _body(GenerateIn, {**_params(form, principal), "formats": formats, "only": _only(form)})
    data, made = await run_in_threadpool(compose_letters, svc, principal, body)
    chosen = chosen_letters(made, body.only)
    content, media, name = await run_in_threadpool(letters_download, chosen, formats)
    return Response(content, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/letters/issue")
async def issue(request: Request, form: FormData = Depends(checked_form), principal: Principal = Depends(viewer)):
    """Number the chosen letters from the first number given and record them in the register."""
    svc = request.app.state.service
    number = str(form.get("first_number", "")).strip()
    if not number.isdigit() or int(number) < 1:
        raise Problem(422, "bad-request", _("Số công văn đầu tiên: '{value}' không phải số nguyên dương").format(
            value=number[:20]))
    fmt = str(form.get("format", "docx"))
    body = _body(IssueIn, {**_params(form, principal), "format": fmt if fmt in MEDIA else "docx",
                           "first_number": int(number), "only": _only(form)})
    rows = await issue_letters(request, svc, principal, body)
    request.session["flash"] = (_("Đã phát hành công văn số {first} và ghi vào sổ đăng ký.") if len(rows) == 1 else _(
        "Đã phát hành {count} công văn, số {first} đến {last}, và ghi vào sổ đăng ký.")).format(
        count=len(rows), first=rows[0].number, last=rows[-1].number)
    return RedirectResponse("/letters/register", status_code=303)


@router.get("/letters/register")
async def register_page(request: Request, page_number: int = 1, principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    page_number = max(1, min(page_number, 100_000))
    entries = await run_in_threadpool(register, svc, principal, None, PAGE + 1, (page_number - 1) * PAGE)
    return page(request, "letters_register.html", {
        "page_title": _("Sổ đăng ký công văn"), "entries": entries[:PAGE], "kinds": KIND_LABELS,
        "page_number": page_number, "more": len(entries) > PAGE, "today": dt.date.today(),
        "message": request.session.pop("flash", None)})


@router.get("/letters/register/{letter_id}/file")
async def letter_file(request: Request, letter_id: int, principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    row = svc.store.letter(letter_id) if 0 < letter_id < 2**31 else None
    if row is None or principal.role == "reporter" or not principal.may_read_province(row.province):
        raise Problem(404, "not-found", _("không có công văn {letter_id} trong sổ đăng ký của tỉnh mà tài khoản này "
                                          "làm việc").format(letter_id=letter_id))
    return Response(row.content, media_type=row.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{row.file_name}"'})


@router.post("/letters/register/{letter_id}/reply")
async def reply(request: Request, letter_id: int, form: FormData = Depends(checked_form),
                principal: Principal = Depends(viewer)):
    """The clerk records that the reply came in (appended to the register's follow-up, audited)."""
    svc = request.app.state.service
    received = day(str(form.get("received_on", "")), _("Ngày nhận trả lời"))
    if received is None:
        raise Problem(422, "bad-request", _("Ngày nhận trả lời: bị thiếu (dd/mm/yyyy)"))
    if not 0 < letter_id < 2**31:
        raise Problem(404, "not-found", _("không có công văn {letter_id} trong sổ đăng ký của tỉnh mà tài khoản này "
                                          "làm việc").format(letter_id=letter_id))
    reference = str(form.get("reference", "")).strip()[:500] or None
    row = await record_reply(request, svc, principal, letter_id, received, reference)
    request.session["flash"] = _("Đã ghi nhận trả lời ngày {date} cho công văn {id}.").format(
        date=f"{row.received_on:%d/%m/%Y}", id=letter_id)
    return RedirectResponse("/letters/register", status_code=303)
