"""Evaluate as at a date with the command line's filters, on the facts the store knew at a moment:
``obligations.evaluate`` on the registry in force and the stored facts; the findings JSON is the
command line's contract (``/schemas/findings``), CSV too."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, Field

from ...catalogue.errors import NotFound
from ...catalogue.periods import parse_period
from ...evaluation.evaluate import Evaluation, evaluate
from ...evaluation.findings import STATUSES
from ...evaluation.schema import EvaluationView
from ...i18n import _
from ...store import Principal
from ..deps import reader, service
from ..problems import Problem, documented
from ..service import Service, utc_now

router = APIRouter(tags=["evaluations"], responses=documented(401, 403))

#: the dates an evaluation may be asked for: the texts run from 2012; recurring duties have one
#: instance per period up to the date, so a date in the year 9999 would be a denial of service
FIRST_DAY, LAST_DAY = dt.date(1990, 1, 1), dt.date(2100, 12, 31)


class EvaluationParams(BaseModel):
    """What to evaluate: the options of 'obligations evaluate'."""

    as_of: dt.date = Field(ge=FIRST_DAY, le=LAST_DAY, description="evaluate as at this date (1990 to 2100)")
    province: str | None = Field(None, description="only this province (default: the account's)")
    agency: list[str] = Field(default_factory=list, description="only these agency ids")
    document: list[str] = Field(default_factory=list, description="only obligations of these documents")
    status: list[str] = Field(default_factory=list, description="only these statuses")
    head: str | None = Field(None, description="only findings whose responsible head's title or name contains this")
    period: str | None = Field(None, description="period of qualitative duties' attestations (default: last full year)")
    engine: Literal["durable", "reference"] = "durable"
    known_at: dt.datetime | None = Field(None, description="the store's facts as at this moment (default: now)")


def run(svc: Service, principal: Principal, params: EvaluationParams) -> tuple[Evaluation, dict]:
    """The evaluation and its JSON (with the catalogue version and the store's moment), for the
    principal's scope: one code path for the findings and the letters."""
    result, moment = evaluation_for(svc, principal, params)
    data = dict(result.json)  # the kept evaluation's JSON is shared: change only this copy's top level
    data["catalogue_version"] = svc.version
    data["known_at"] = moment.isoformat()
    return result, data


def evaluation_for(svc: Service, principal: Principal, params: EvaluationParams) -> tuple[Evaluation, dt.datetime]:
    """The evaluation for the principal's scope and the filters, on the store's facts as at
    ``known_at``, and that moment (the web pages use it as it is; ``run`` adds its JSON)."""
    unknown = [s for s in params.status if s not in STATUSES]
    if unknown:
        from ...catalogue.errors import did_you_mean
        hint = did_you_mean(unknown[0], STATUSES)
        raise Problem(422, "bad-request", _("không có trạng thái '{status}': dùng {statuses}").format(
            status=unknown[0], statuses=", ".join(STATUSES))
                      + (f"; {hint}" if hint else ""))
    if params.period:
        try:
            parse_period(params.period)
        except ValueError as error:
            raise Problem(422, "bad-request", str(error)) from None
    registry, chosen, facts, moment = _scope(svc, principal, params)
    agencies = [a.id for a in chosen]
    key = ("evaluation", params.as_of, params.engine, params.period, tuple(agencies), tuple(params.document),
           tuple(params.status), params.head)
    try:
        result = svc.evaluation(key, registry, facts, lambda: evaluate(
            svc.catalogue, registry, facts, params.as_of, engine=params.engine, period=params.period,
            agencies=agencies, documents=params.document or None, statuses=params.status or None, head=params.head))
    except NotFound as error:
        raise Problem(404, "not-found", str(error)) from None
    return result, moment


def _scope(svc: Service, principal: Principal, params: EvaluationParams):
    """The registry, the agencies the principal may evaluate under the filters, the stored facts of
    their provinces and the store's moment."""
    registry = svc.registry()
    chosen = svc.scoped_agencies(principal, registry, params.province)
    if params.agency:
        wanted = []
        for query in params.agency:
            found = registry.find(query)
            if not found:
                svc.agency(registry, query)  # 404 with a did-you-mean
            for agency in found:
                svc.require_agency(principal, agency)
            wanted += [a.id for a in found]
        allowed = {a.id for a in chosen} if params.province or principal.province else None
        chosen = [registry.agencies[i] for i in dict.fromkeys(wanted) if allowed is None or i in allowed]
    if not chosen:
        raise Problem(404, "not-found", _("không có cơ quan nào để đánh giá trong phạm vi của tài khoản này và các "
                                          "điều kiện lọc đã cho"))
    # population targets count the communes' own facts: the facts of the whole provinces concerned
    provinces = {a.province for a in chosen}
    known_at = params.known_at
    if known_at is not None and known_at.tzinfo is None:
        known_at = known_at.replace(tzinfo=dt.timezone.utc)
    moment = known_at or utc_now()  # without known_at: the latest state (cached until a row is added)
    facts = svc.store.facts_known(agencies=[a.id for a in registry if a.province in provinces], known_at=known_at)
    return registry, chosen, facts, moment


#: at most this many agencies asked by id: evaluated on the event loop
FEW = 5


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@router.get("/evaluations", summary="Findings as at a date (the JSON of 'obligations evaluate --format json')",
            response_model=None,
            responses={200: {"model": EvaluationView, "content": {"text/csv": {}}}, **documented(404, 422)})
async def evaluations(as_of: dt.date = Query(default_factory=dt.date.today, ge=FIRST_DAY, le=LAST_DAY,
                                       description="YYYY-MM-DD, 1990 to 2100"),
                province: str | None = None, agency: list[str] = Query([]), document: list[str] = Query([]),
                status: list[str] = Query([], description="comma-separated or repeated: unmet, no_data, ..."),
                head: str | None = None, period: str | None = None,
                engine: Literal["durable", "reference"] = "durable",
                known_at: dt.datetime | None = Query(None, description="the store's facts as at this moment"),
                summary: bool = Query(False, description="only the counts per agency, head and obligation"),
                format: Literal["json", "csv"] = "json",
                principal: Principal = Depends(reader), svc: Service = Depends(service)):
    params = EvaluationParams(as_of=as_of, province=province, agency=_split(agency), document=document,
                              status=_split(status), head=head, period=period, engine=engine, known_at=known_at)
    # a few agencies take milliseconds: evaluated on the event loop; a province in a thread
    result, data = await svc.call(run, svc, principal, params, cheap=0 < len(params.agency) <= FEW)
    headers = {"X-Catalogue-Version": svc.version}
    if format == "csv":
        from ...evaluation.tables import findings_csv
        return PlainTextResponse(findings_csv(result.findings), media_type="text/csv; charset=utf-8", headers=headers)
    if summary:
        data["findings"] = []
    return JSONResponse(data, headers=headers)


@router.get("/evaluations/history", summary="The met share per year, per agency and per duty "
            "(the JSON of 'obligations evaluate --years --format json')", response_model=None,
            responses={200: {"content": {"text/csv": {}}}, **documented(404, 422)})
def evaluations_history(years: str = Query(..., pattern=r"^\d{4}(-\d{4})?$", description="2014-2016, or one year"),
                        as_of: dt.date = Query(default_factory=dt.date.today, ge=FIRST_DAY, le=LAST_DAY,
                                               description="no year is evaluated as at a later date (default today)"),
                        province: str | None = None, agency: list[str] = Query([]), document: list[str] = Query([]),
                        engine: Literal["durable", "reference"] = "durable",
                        known_at: dt.datetime | None = Query(None, description="the store's facts as at this moment"),
                        format: Literal["json", "csv"] = "json",
                        principal: Principal = Depends(reader), svc: Service = Depends(service)):
    """Each year evaluated on its own, as at the end of the following year or ``as_of`` if earlier
    (``obligations.evaluate_history``): years (with each one's date, notices and unassigned bodies),
    agencies and obligations, each with met, assessed and share per year."""
    from ...evaluation.history import evaluate_history
    from ...evaluation.tables import history_csv

    first, _sep, last = years.partition("-")
    start, end = int(first), int(last or first)
    if not (FIRST_DAY.year <= start <= end <= as_of.year) or end - start > 50:
        raise Problem(422, "bad-request", _("years: cần năm đầu không sau năm cuối, từ 1990 đến năm của ngày đánh giá "
                                            "({year}), tối đa 50 năm").format(year=as_of.year))
    params = EvaluationParams(as_of=as_of, province=province, agency=_split(agency), document=document,
                              engine=engine, known_at=known_at)
    registry, chosen, facts, moment = _scope(svc, principal, params)
    try:
        history = evaluate_history(svc.catalogue, registry, facts, range(start, end + 1), as_of=as_of, engine=engine,
                                   agencies=[a.id for a in chosen], documents=document or None)
    except NotFound as error:
        raise Problem(404, "not-found", str(error)) from None
    data = history.to_dict()
    headers = {"X-Catalogue-Version": svc.version}
    if format == "csv":
        return PlainTextResponse(history_csv(data), media_type="text/csv; charset=utf-8", headers=headers)
    data["catalogue_version"] = svc.version
    data["known_at"] = moment.isoformat()
    return JSONResponse(data, headers=headers)
