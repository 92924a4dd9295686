"""Reported facts: submit as JSON or upload CSV/XLSX (the command line's reader and messages),
withdraw, list, and the history of one figure. Append-only; one submission is one transaction."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, File, Header, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ...evaluation.agencies import Registry
from ...evaluation.facts import KINDS, Fact, FactError, facts_from_records
from ...catalogue.errors import Problem as LibraryProblem
from ...i18n import _
from ...store import Principal
from ..deps import reader, service, writer
from ..flows import MAX_UPLOAD, SMALL, check_scope, read_upload, reporting_template, store_facts
from ..problems import MAX_ID, Problem, ProblemEntry, documented, from_problems
from ..service import Service

router = APIRouter(tags=["facts"], responses=documented(401, 403))



class FactIn(BaseModel):
    """One fact as in the JSON facts file (obligations/sample/README.md): the same fields, checked by
    the same reader as the command line's. Vietnamese column names are accepted too."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"additionalProperties": True})
    type: str | None = Field(None, description="value, event or attestation (inferred when left out)")
    agency: str | None = Field(None, description="the agency id of the registry")
    metric: str | None = Field(None, description="value: the metric id")
    obligation: str | None = Field(None, description="event, attestation: the obligation id")
    period: str | int | None = Field(None, description="2014, 2014-H1, 2014-Q2, 2014-06")
    value: str | bool | int | float | None = Field(None, description="78 or '78%' for a percent (0.78 is read as 78%, with a note); yes/no; a count")
    date: str | None = Field(None, description="event: the day it was done (YYYY-MM-DD or DD/MM/YYYY)")
    reported: str | None = Field(None, description="the day it was reported (default: the day it is stored)")
    source: str | None = Field(None, description="e.g. Báo cáo số 12/BC-STP ngày 10/01/2015")
    note: str | None = None


class FactsIn(BaseModel):
    facts: list[FactIn] = Field(min_length=1, max_length=200_000)


class Stored(BaseModel):
    import_id: int
    rows: int
    source: str
    recorded_at: str
    replayed: bool = Field(description="true when the Idempotency-Key was used before: nothing new was stored")
    notes: list[ProblemEntry] = Field([], description="values read another way than written, each with its row: "
                                      "a percentage written as a ratio (0.8) is stored as 80%")


class FactOut(BaseModel):
    id: int
    import_id: int
    province: str
    agency: str
    type: str
    metric: str | None
    obligation: str | None
    period: str | None
    value: float | None
    date: str | None
    done: bool
    reported: str | None
    source: str | None
    origin: str
    withdrawn: bool
    recorded_at: str
    recorded_by: str


class FactList(BaseModel):
    total: int
    facts: list[FactOut]


class Withdrawal(BaseModel):
    type: str
    agency: str
    metric: str | None = None
    obligation: str | None = None
    period: str | None = None


class WithdrawalsIn(BaseModel):
    facts: list[Withdrawal] = Field(min_length=1, max_length=10_000)
    reason: str | None = Field(None, max_length=2000)


def _row(r) -> FactOut:
    return FactOut(id=r.id, import_id=r.import_id, province=r.province, agency=r.agency, type=r.kind, metric=r.metric,
                   obligation=r.obligation, period=r.period, value=r.value,
                   date=r.date.isoformat() if r.date else None, done=r.done,
                   reported=r.reported.isoformat() if r.reported else None, source=r.source, origin=r.origin,
                   withdrawn=r.withdrawn, recorded_at=r.recorded_at.isoformat(), recorded_by=r.recorded_by)


def _stored(record, created: bool, notes: list | None = None) -> JSONResponse:
    body = Stored(import_id=record.id, rows=record.rows, source=record.source,
                  recorded_at=record.recorded_at.isoformat(), replayed=not created,
                  notes=[ProblemEntry(**n.to_dict()) for n in notes or []])
    return JSONResponse(body.model_dump(), status_code=201 if created else 200)


async def _replay(request: Request, svc: Service, principal: Principal, key: str | None) -> JSONResponse | None:
    """The first submission's answer when its Idempotency-Key comes again (logged as a replay)."""
    if key:
        earlier = await run_in_threadpool(svc.store.find_import, principal.name, key)
        if earlier is not None:
            await svc.audit(request, principal, "facts:replay", 200, {"import_id": earlier.id, "idempotency_key": key})
            return _stored(earlier, False)
    return None



_KEY = Header(None, alias="Idempotency-Key", max_length=200,
              description="Any unique string per submission: a retried request with the same key is stored once")


@router.post("/facts", status_code=201, response_model=Stored, summary="Submit facts as JSON (all or none)",
             responses={200: {"model": Stored, "description": "Replayed: the key was used before"},
                        **documented(409, 422)})
async def submit(body: FactsIn, request: Request, idempotency_key: str | None = _KEY,
                 principal: Principal = Depends(writer), svc: Service = Depends(service)):
    Service.require(principal, "reporter", "admin")
    if (replayed := await _replay(request, svc, principal, idempotency_key)) is not None:
        return replayed
    registry = svc.registry()  # cached: rebuilt only when a registry is uploaded
    records = [item.model_dump(exclude_none=True) for item in body.facts]
    notes: list = []
    try:
        facts = await svc.call(facts_from_records, records, svc.catalogue, registry, "facts", notes,
                               cheap=len(records) <= SMALL)
    except FactError as error:
        raise from_problems(422, "invalid-facts", error.problems,
                            _("{count} vấn đề: chưa lưu gì. Sửa các vấn đề trên rồi gửi lại.").format(
                                count=len(error.problems))) from None
    return _stored(*await store_facts(request, svc, principal, facts, registry, "json", idempotency_key), notes)


@router.post("/facts/upload", status_code=201, response_model=Stored,
             summary="Upload a facts file (.csv, .xlsx, .json) as the command line reads it (all or none)",
             responses={200: {"model": Stored, "description": "Replayed: the key was used before"},
                        **documented(413, 422)})
async def upload(request: Request, file: UploadFile = File(description="facts file: .csv, .xlsx or .json"),
                 idempotency_key: str | None = _KEY, principal: Principal = Depends(writer),
                 svc: Service = Depends(service)):
    Service.require(principal, "reporter", "admin")
    if (replayed := await _replay(request, svc, principal, idempotency_key)) is not None:
        return replayed
    name = Path(file.filename or "facts.csv").name or "facts.csv"
    content = await file.read(MAX_UPLOAD + 1)
    registry = await run_in_threadpool(svc.registry)
    notes: list = []
    facts = await run_in_threadpool(read_upload, name, content, svc, registry, notes)
    return _stored(*await store_facts(request, svc, principal, facts, registry, name, idempotency_key), notes)


@router.post("/facts/withdrawals", status_code=201, response_model=Stored,
             summary="Withdraw figures: recorded as rows; earlier rows stay, later evaluations leave them out",
             responses=documented(404, 422))
async def withdraw(body: WithdrawalsIn, request: Request, idempotency_key: str | None = _KEY,
                   principal: Principal = Depends(writer), svc: Service = Depends(service)):
    Service.require(principal, "reporter", "admin")
    if (replayed := await _replay(request, svc, principal, idempotency_key)) is not None:
        return replayed
    registry = await run_in_threadpool(svc.registry)
    problems, facts = [], []
    for number, item in enumerate(body.facts, start=1):
        where = ("withdrawals", number)
        if item.type not in KINDS:
            problems.append(LibraryProblem(*where, "type", _("không có loại '{type}': dùng một trong {kinds}").format(
                type=item.type, kinds=", ".join(KINDS))))
            continue
        if item.agency not in registry.agencies:
            problems.append(LibraryProblem(*where, "agency",
                                           _("không có cơ quan '{agency}'").format(agency=item.agency),
                                           _("chạy 'obligations agencies' để xem mã các cơ quan")))
            continue
        subject = item.metric if item.type == "value" else item.obligation
        if not subject:
            problems.append(LibraryProblem(*where, "metric" if item.type == "value" else "obligation",
                                           _("bị thiếu")))
            continue
        facts.append(Fact(kind=item.type, agency=item.agency, period=item.period, metric=item.metric if
                          item.type == "value" else None, obligation=item.obligation if item.type != "value" else None,
                          origin=f"withdrawals:{number}", source=body.reason))
    if problems:
        raise from_problems(422, "invalid-facts", problems, _("{count} vấn đề: chưa rút số liệu nào.").format(
            count=len(problems)))
    check_scope(principal, facts, registry)
    history = await run_in_threadpool(lambda: [svc.store.fact_history(f.agency, f.metric or f.obligation, f.period)
                                               for f in facts])
    missing = [LibraryProblem("withdrawals", n, "", _("chưa lưu gì cho {agency} {subject} {period}").format(
                              agency=f.agency, subject=f.metric or f.obligation, period=f.period or "").strip()) for n, (f, rows) in enumerate(zip(facts, history), 1) if not rows]
    if missing:
        raise from_problems(404, "not-found", missing, _("chưa rút số liệu nào"))
    record, created = await run_in_threadpool(svc.store.add_facts, facts, registry, by=principal.name,
                                              source="withdrawal", idempotency_key=idempotency_key, withdrawn=True)
    await svc.audit(request, principal, "facts:withdraw", 201 if created else 200,
                    {"import_id": record.id, "rows": len(facts), "reason": body.reason})
    return _stored(record, created)


def _visible(principal: Principal, svc: Service, registry: Registry, province: str | None,
             agency: str | None) -> list[str] | None:
    """The agencies (None: all) whose facts the principal may list."""
    if agency:
        svc.require_agency(principal, svc.agency(registry, agency))
        return [agency]
    chosen = svc.scoped_agencies(principal, registry, province)
    if principal.province is None and not province:
        return None  # reads opened to everyone: every province
    return [a.id for a in chosen]


@router.get("/facts", response_model=FactList, summary="Facts stored, every revision and withdrawal, oldest first",
            responses=documented(404))
async def list_facts(province: str | None = None, agency: str | None = None,
               metric: str | None = Query(None, description="a metric id (or, with type=event, an obligation id)"),
               obligation: str | None = None, period: str | None = None,
               type: str | None = Query(None, pattern="^(value|event|attestation)$"),
               limit: int = Query(100, ge=1, le=10_000), offset: int = Query(0, ge=0, le=MAX_ID),
               principal: Principal = Depends(reader), svc: Service = Depends(service)):
    registry = svc.registry()
    agencies = _visible(principal, svc, registry, province, agency)
    total, rows = svc.store.list_facts(agencies_in=agencies, subject=metric or obligation, period=period, kind=type,
                                       limit=limit, offset=offset)
    return FactList(total=total, facts=[_row(r) for r in rows])


@router.get("/facts/history", response_model=list[FactOut],
            summary="Every row recorded for one figure: agency, metric (or obligation), period",
            responses=documented(404))
async def history(agency: str, metric: str | None = None, obligation: str | None = None, period: str | None = None,
            principal: Principal = Depends(reader), svc: Service = Depends(service)):
    registry = svc.registry()
    svc.require_agency(principal, svc.agency(registry, agency))
    subject = metric or obligation
    if not subject:
        raise Problem(422, "bad-request", _("hãy cho metric (mã chỉ tiêu của một giá trị) hoặc obligation (mã nghĩa "
                                            "vụ của một sự "
                                            "kiện hoặc một xác nhận)"))
    return [_row(r) for r in svc.store.fact_history(agency, subject, period)]



XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/facts/template", summary="The Excel template of what one agency must report for a period",
            responses={200: {"content": {XLSX: {}}}, **documented(404, 422)})
def template(agency: str, period: str = Query(description="2014, 2014-H1, 2014-Q2, 2014-06", max_length=40),
             principal: Principal = Depends(reader), svc: Service = Depends(service)):
    name, content = reporting_template(svc, principal, agency, period)
    return Response(content, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'})
