"""Letters from an evaluation (``obligations.letters``): compose, preview, generate (docx, pdf, html,
md; one file or a zip), and issue: record in the register with its number and keep the file."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ... import letters as lib
from ...i18n import _
from ...store import DuplicateNumber, Principal
from ..deps import reader, service, writer
from ..problems import MAX_ID, Problem, documented, from_problems
from ..service import Service
from .evaluations import EvaluationParams, run

router = APIRouter(tags=["letters"], responses=documented(401, 403))

MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "pdf": "application/pdf", "html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8"}


class LettersIn(EvaluationParams):
    """The evaluation (as GET /evaluations) and the options of 'obligations letters'."""

    kinds: list[Literal["reminder", "escalation", "summary"]] = Field(default_factory=lambda: list(lib.KINDS))
    statuses: list[str] = Field(default_factory=lambda: list(lib.REMINDER_STATUSES),
                                description="what a reminder lists")
    letter_date: dt.date | None = Field(None, description="the letters' date (default: as_of)")
    reply_days: int | None = Field(None, ge=1, le=365)
    reply_by: dt.date | None = None


class GenerateIn(LettersIn):
    formats: list[Literal["docx", "pdf", "html", "md"]] = Field(default_factory=lambda: ["docx"], min_length=1)
    only: list[int] = Field(default_factory=list, description="only the letters of these indexes (from compose)")
    first_number: int | None = Field(None, ge=1, description="number the letters from this on (default: blank)")


class IssueIn(LettersIn):
    format: Literal["docx", "pdf", "html", "md"] = "docx"
    first_number: int = Field(ge=1, description="the register number of the first letter; the others follow on")
    only: list[int] = Field(default_factory=list, description="only the letters of these indexes (from compose)")


class LetterOut(BaseModel):
    index: int
    kind: str
    province: str
    recipient: str
    recipient_agency: str | None
    file: str = Field(description="province folder and file name, without extension")
    number: str
    findings: list[dict] = Field(description="the findings the letter cites: check, agency, period, status")
    sample_data: bool


class IssuedOut(BaseModel):
    id: int
    province: str
    number: str
    letter_date: str
    kind: str
    recipient: str
    recipient_agency: str | None
    findings: list[dict]
    as_of: str
    known_at: str
    catalogue_version: str
    file_name: str
    issued_at: str
    issued_by: str


def _compose(svc: Service, principal: Principal, body: LettersIn):
    Service.require(principal, "admin")
    if body.reply_days and body.reply_by:
        raise Problem(422, "bad-request", _("chỉ cho reply_days hoặc reply_by, không cho cả hai"))
    _params, data = run(svc, principal, body)
    try:
        made = lib.compose(data, lib.load_senders(svc.settings.senders), kinds=tuple(body.kinds),
                           letter_date=body.letter_date, reply_days=body.reply_days, reply_by=body.reply_by,
                           statuses=tuple(body.statuses), registry=svc.registry())
    except lib.LetterError as error:
        raise from_problems(422, "letters", error.problems, _("Chưa lập công văn nào.")) from None
    return data, made


def _cited(letter, data: dict, statuses: list[str]) -> list[dict]:
    """The findings a letter cites: a reminder, its recipient's listed ones; an escalation, the fired
    consequences; a summary, every listed or fired one of its province."""
    found = [f for f in data["findings"] if f["agency"]["province"] == letter.province]
    if letter.kind == "reminder":
        found = [f for f in found if f["responsible"]["agency_id"] == letter.recipient.get("agency_id")
                 and f["status"] in statuses]
    elif letter.kind == "escalation":
        found = [f for f in found if f["status"] == "triggered"]
    else:
        found = [f for f in found if f["status"] in statuses or f["status"] == "triggered"]
    return [{"check": f["check"], "agency": f["agency"]["id"], "period": f["period"], "status": f["status"]}
            for f in found]


def _listing(made, data: dict, statuses: list[str]) -> list[LetterOut]:
    return [LetterOut(index=i, kind=m.kind, province=m.province, recipient=m.recipient["title"],
                      recipient_agency=m.recipient.get("agency_id"), file=m.path, number=m.context["number"],
                      findings=_cited(m, data, statuses), sample_data=bool(m.context["sample_data"]))
            for i, m in enumerate(made)]


def _chosen(made, only: list[int], first_number: int | None = None):
    """The letters asked for (all, or those of the indexes given), numbered one after the other from
    ``first_number`` when it is given (blank otherwise, for the clerk)."""
    bad = [i for i in only if not 0 <= i < len(made)]
    if bad:
        raise Problem(422, "bad-request", _("không có công văn số thứ tự {index}: lần đánh giá này cho {count} "
                                            "công văn, số thứ tự từ 0 đến {last}").format(
                          index=bad[0], count=len(made), last=len(made) - 1))
    chosen = [(i, made[i]) for i in dict.fromkeys(only)] if only else list(enumerate(made))
    if first_number is not None:
        for offset, (_index, letter) in enumerate(chosen):
            letter.context["number"] = str(first_number + offset)
    return chosen


def _render(letter, fmt: str) -> bytes:
    try:
        return lib.render(letter, fmt)
    except lib.LetterError as error:
        raise from_problems(422, "letters", error.problems, _("Chưa lập công văn nào.")) from None


@router.post("/letters/compose", response_model=list[LetterOut],
             summary="The letters an evaluation gives: kind, recipient, the findings each cites",
             responses=documented(404, 422))
def compose(body: LettersIn, principal: Principal = Depends(writer), svc: Service = Depends(service)):
    data, made = _compose(svc, principal, body)
    return _listing(made, data, body.statuses)


@router.post("/letters/preview", response_class=HTMLResponse, summary="One letter as an HTML page",
             responses=documented(404, 422))
def preview(body: LettersIn, index: int = Query(0, ge=0), principal: Principal = Depends(writer),
            svc: Service = Depends(service)):
    _data, made = _compose(svc, principal, body)
    (_index, letter), = _chosen(made, [index])
    return HTMLResponse(_render(letter, "html").decode("utf-8"))


@router.post("/letters/generate", summary="The letters' files: one file, or a zip of several",
             responses={200: {"content": {**{t: {} for t in MEDIA.values()}, "application/zip": {}}},
                        **documented(404, 422)})
def generate(body: GenerateIn, principal: Principal = Depends(writer), svc: Service = Depends(service)):
    data, made = _compose(svc, principal, body)
    chosen = _chosen(made, body.only, body.first_number)
    if not chosen:
        raise Problem(404, "not-found", _("không có công văn nào để lập: không có kết quả nào thuộc các loại đã chọn"))
    formats = list(dict.fromkeys(body.formats))
    if len(chosen) == 1 and len(formats) == 1:
        letter, fmt = chosen[0][1], formats[0]
        return Response(_render(letter, fmt), media_type=MEDIA[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{letter.filename}.{fmt}"'})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for _index, letter in chosen:
            for fmt in formats:
                archive.writestr(f"{letter.path}.{fmt}", _render(letter, fmt))
        archive.writestr(lib.output.INDEX, "\ufeff" + lib.index_csv([m for _index, m in chosen], formats[0]))
    return Response(buffer.getvalue(), media_type="application/zip",
                    headers={"Content-Disposition": 'attachment; filename="thu-nhac-viec.zip"'})


def _issued(row) -> IssuedOut:
    return IssuedOut(id=row.id, province=row.province, number=row.number, letter_date=row.letter_date.isoformat(),
                     kind=row.kind, recipient=row.recipient, recipient_agency=row.recipient_agency,
                     findings=row.findings, as_of=row.as_of.isoformat(), known_at=row.known_at.isoformat(),
                     catalogue_version=row.catalogue_version, file_name=row.file_name,
                     issued_at=row.issued_at.isoformat(), issued_by=row.issued_by)


@router.post("/letters/issue", status_code=201, response_model=list[IssuedOut],
             summary="Issue letters: number them, keep their files, record them in the register",
             responses=documented(404, 409, 422))
async def issue(body: IssueIn, request: Request, principal: Principal = Depends(writer),
                svc: Service = Depends(service)):
    data, made = await run_in_threadpool(_compose, svc, principal, body)
    chosen = _chosen(made, body.only, body.first_number)
    if not chosen:
        raise Problem(404, "not-found", _("không có công văn nào để phát hành: không có kết quả nào thuộc các "
                                          "loại đã chọn"))
    for _index, letter in chosen:
        svc.require_province(principal, letter.province)
    entries = []
    for _index, letter in chosen:
        content = await run_in_threadpool(_render, letter, body.format)
        entries.append({"province": letter.province, "number": letter.context["number"],
                        "letter_date": letter.context["date"], "kind": letter.kind,
                        "recipient": letter.recipient["title"], "recipient_agency": letter.recipient.get("agency_id"),
                        "findings": _cited(letter, data, body.statuses), "as_of": body.as_of,
                        "known_at": dt.datetime.fromisoformat(data["known_at"]),
                        "catalogue_version": svc.version, "file_name": f"{letter.filename}.{body.format}",
                        "media_type": MEDIA[body.format], "content": content, "issued_by": principal.name})
    try:
        rows = await run_in_threadpool(svc.store.record_letters, entries)
    except DuplicateNumber:
        taken = svc.store.numbers_taken(chosen[0][1].province, [e["number"] for e in entries])
        raise Problem(409, "conflict", _("số {numbers} đã có trong sổ đăng ký công văn của {province}: chọn "
                                         "first_number sau số cuối cùng đã cấp").format(
                          numbers=", ".join(taken) or "?", province=chosen[0][1].province)) from None
    await svc.audit(request, principal, "letters:issue", 201,
                    {"letters": [{"id": r.id, "number": r.number, "recipient": r.recipient} for r in rows]},
                    province=rows[0].province)
    return [_issued(r) for r in rows]


@router.get("/letters/register", response_model=list[IssuedOut], summary="The register of letters issued")
def register(province: str | None = None, limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_ID),
             principal: Principal = Depends(reader), svc: Service = Depends(service)):
    if principal.role == "reporter":
        raise Problem(403, "forbidden", _("tài khoản '{name}' có vai trò reporter; sổ đăng ký công văn dành cho "
                                          "vai trò admin và reader").format(
                          name=principal.name))
    if province:
        svc.require_province(principal, province)
    return [_issued(r) for r in svc.store.letters(province or principal.province, limit, offset)]


@router.get("/letters/register/{letter_id}/file", summary="The file of a letter issued",
            responses={200: {"content": {t: {} for t in MEDIA.values()}}, **documented(404)})
def letter_file(letter_id: int = Path(ge=1, le=MAX_ID), principal: Principal = Depends(reader),
                svc: Service = Depends(service)):
    row = svc.store.letter(letter_id)
    if row is None or principal.role == "reporter" or not principal.may_read_province(row.province):
        raise Problem(404, "not-found", _("không có công văn {letter_id} trong sổ đăng ký của tỉnh mà tài khoản này "
                                          "làm việc").format(letter_id=letter_id))
    return Response(row.content, media_type=row.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{row.file_name}"'})
