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
    data = result.to_dict()
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
    try:
        result = evaluate(svc.catalogue, registry, facts, params.as_of, engine=params.engine, period=params.period,
                          agencies=[a.id for a in chosen], documents=params.document or None,
                          statuses=params.status or None, head=params.head)
    except NotFound as error:
        raise Problem(404, "not-found", str(error)) from None
    return result, moment


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
