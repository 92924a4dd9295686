"""Letters from an evaluation (``obligations.letters``): compose, preview, generate (docx, pdf, html,
md; one file or a zip), and issue: record in the register with its number and keep the file."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from ... import letters as lib
from ...i18n import _
from ...store import Principal
from ..deps import reader, service, writer
from ..flows import (MEDIA, chosen_letters, cited_by_letter, compose_letters, issue_letters, letters_download, record_reply,
                     register as register_entries, render_letter)
from ..problems import MAX_ID, Problem, documented
from ..service import Service
from .evaluations import EvaluationParams

router = APIRouter(tags=["letters"], responses=documented(401, 403))



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
    reply_due: str | None = Field(description="the reply the letter asks for, by this day (none for an escalation)")
    reply_received: str | None = Field(description="the day the first reply recorded came in")
    reply_reference: str | None = Field(description="the reply's number and date, as recorded")
    overdue: bool = Field(description="the reply is due before today and none has been recorded")


class ReplyIn(BaseModel):
    received_on: dt.date = Field(description="the day the reply came in")
    reference: str | None = Field(None, max_length=500, description="the reply's number and date, e.g. 15/BC-SYT ngày 30/01/2015")


class ReplyOut(BaseModel):
    id: int
    letter_id: int
    received_on: str
    reference: str | None
    recorded_at: str
    recorded_by: str


def listing(made, data: dict, statuses: list[str]) -> list[LetterOut]:
    return [LetterOut(index=i, kind=m.kind, province=m.province, recipient=m.recipient["title"],
                      recipient_agency=m.recipient.get("agency_id"), file=m.path, number=m.context["number"],
                      findings=findings, sample_data=bool(m.context["sample_data"]))
            for i, (m, findings) in enumerate(zip(made, cited_by_letter(made, data, statuses)))]


@router.post("/letters/compose", response_model=list[LetterOut],
             summary="The letters an evaluation gives: kind, recipient, the findings each cites",
             responses=documented(404, 422))
def compose(body: LettersIn, principal: Principal = Depends(writer), svc: Service = Depends(service)):
    data, made = compose_letters(svc, principal, body)
    return listing(made, data, body.statuses)


@router.post("/letters/preview", response_class=HTMLResponse, summary="One letter as an HTML page",
             responses=documented(404, 422))
def preview(body: LettersIn, index: int = Query(0, ge=0), principal: Principal = Depends(writer),
            svc: Service = Depends(service)):
    _data, made = compose_letters(svc, principal, body)
    (_index, letter), = chosen_letters(made, [index])
    return HTMLResponse(render_letter(letter, "html").decode("utf-8"))


@router.post("/letters/generate", summary="The letters' files: one file, or a zip of several",
             responses={200: {"content": {**{t: {} for t in MEDIA.values()}, "application/zip": {}}},
                        **documented(404, 422)})
def generate(body: GenerateIn, principal: Principal = Depends(writer), svc: Service = Depends(service)):
    data, made = compose_letters(svc, principal, body)
    chosen = chosen_letters(made, body.only, body.first_number)
    if not chosen:
        raise Problem(404, "not-found", _("không có công văn nào để lập: không có kết quả nào thuộc các loại đã chọn"))
    content, media, name = letters_download(chosen, list(dict.fromkeys(body.formats)))
    return Response(content, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _issued(row, reply=None, overdue: bool = False) -> IssuedOut:
    return IssuedOut(reply_due=row.reply_due.isoformat() if row.reply_due else None,
                     reply_received=reply.received_on.isoformat() if reply else None,
                     reply_reference=reply.reference if reply else None, overdue=overdue,
                     id=row.id, province=row.province, number=row.number, letter_date=row.letter_date.isoformat(),
                     kind=row.kind, recipient=row.recipient, recipient_agency=row.recipient_agency,
                     findings=row.findings, as_of=row.as_of.isoformat(), known_at=row.known_at.isoformat(),
                     catalogue_version=row.catalogue_version, file_name=row.file_name,
                     issued_at=row.issued_at.isoformat(), issued_by=row.issued_by)


@router.post("/letters/issue", status_code=201, response_model=list[IssuedOut],
             summary="Issue letters: number them, keep their files, record them in the register",
             responses=documented(404, 409, 422))
async def issue(body: IssueIn, request: Request, principal: Principal = Depends(writer),
                svc: Service = Depends(service)):
    rows = await issue_letters(request, svc, principal, body)
    return [_issued(r) for r in rows]


@router.get("/letters/register", response_model=list[IssuedOut], summary="The register of letters issued, with the replies' follow-up")
def register(province: str | None = None, limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_ID),
             principal: Principal = Depends(reader), svc: Service = Depends(service)):
    return [_issued(e.letter, e.reply, e.overdue) for e in register_entries(svc, principal, province, limit, offset)]


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


@router.post("/letters/register/{letter_id}/reply", status_code=201, response_model=ReplyOut,
             summary="Record that the reply to a letter of the register came in (appended, audited)",
             responses=documented(404, 422))
async def reply(body: ReplyIn, request: Request, letter_id: int = Path(ge=1, le=MAX_ID),
                principal: Principal = Depends(writer), svc: Service = Depends(service)):
    row = await record_reply(request, svc, principal, letter_id, body.received_on, body.reference)
    return ReplyOut(id=row.id, letter_id=row.letter_id, received_on=row.received_on.isoformat(), reference=row.reference,
                    recorded_at=row.recorded_at.isoformat(), recorded_by=row.recorded_by)
