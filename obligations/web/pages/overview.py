"""Tổng quan: the monitor's dashboard as at a date, for the account's province (a reporter: its own
agency), and the findings behind every number. One evaluation per page, the API's
(``routes.evaluations.run``: the same scope, filters and store facts), summed up by the library's
``evaluation.overview``; exported to Excel by ``overview_workbook``."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ...api.routes.evaluations import EvaluationParams, evaluation_for
from ...evaluation.findings import STATUS_VI, STATUSES
from ...evaluation.overview import met_share, overview, overview_workbook
from ...i18n import _
from ...store import Principal
from ..forms import choice, day
from ..render import page
from ..session import viewer

router = APIRouter()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _evaluate(request: Request, principal: Principal, as_of: dt.date, **filters):
    svc = request.app.state.service
    return evaluation_for(svc, principal, EvaluationParams(as_of=as_of, **filters))[0]


def _scope_title(principal: Principal) -> str:
    if principal.role == "reporter":
        return principal.agency or ""
    return principal.province or _("mọi tỉnh")


@router.get("/overview")
async def dashboard(request: Request, as_of: str = "", principal: Principal = Depends(viewer)):
    date = day(as_of, _("Tính đến ngày"), dt.date.today())
    evaluation = await run_in_threadpool(_evaluate, request, principal, date)
    view = overview(evaluation)
    charts = {
        "agencies": {"labels": [r.label for r in view.agencies],
                     "statuses": [{"status": s, "label": STATUS_VI[s], "counts": [r.counts.get(s, 0) for r in view.agencies]}
                                  for s in view.statuses]},
        "years": {"labels": [str(y) for y in view.years],
                  "duties": [{"label": f"{r.extra['document'] or ''} {r.extra['clause'] or ''}: {r.label}"[:90],
                              "shares": [_pct(view.duty_years.get(r.key, {}).get(y)) for y in view.years]}
                             for r in view.duties if any(view.duty_years.get(r.key, {}).get(y) is not None
                                                          for y in view.years)],
                  "total": [_pct(r.share) for r in view.by_year], "total_label": _("Toàn bộ")},
    }
    return page(request, "overview.html", {
        "page_title": _("Tổng quan"), "view": view, "as_of": date, "scope": _scope_title(principal),
        "status_vi": STATUS_VI, "charts": charts, "query": lambda **kw: _query(date, **kw)})


def _pct(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def _query(as_of: dt.date, **filters) -> str:
    return "/findings?" + urlencode({"as_of": as_of.isoformat(), **{k: v for k, v in filters.items() if v}})


@router.get("/overview.xlsx")
async def dashboard_workbook(request: Request, as_of: str = "", principal: Principal = Depends(viewer)):
    date = day(as_of, _("Tính đến ngày"), dt.date.today())
    evaluation = await run_in_threadpool(_evaluate, request, principal, date)
    title = _("Tình hình thực hiện nghĩa vụ văn bản điện tử: {scope}, tính đến ngày {date}").format(
        scope=_scope_title(principal), date=date.strftime("%d/%m/%Y"))
    body = await run_in_threadpool(overview_workbook, overview(evaluation), title)
    name = f"tong-quan-{date.isoformat()}.xlsx"
    return Response(body, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/findings")
async def findings(request: Request, as_of: str = "", status: str = "", agency: str = "", check: str = "",
                   year: str = "", principal: Principal = Depends(viewer)):
    """The findings behind a number of the dashboard: by status, agency, duty (check) and year."""
    date = day(as_of, _("Tính đến ngày"), dt.date.today())
    chosen = choice(status, STATUSES, _("Trạng thái"))
    evaluation = await run_in_threadpool(_evaluate, request, principal, date, agency=[agency] if agency else [],
                                         status=[chosen] if chosen else [])
    found = [f for f in evaluation.findings if (not check or f.check.id == check)
             and (not year or (f.period or "")[:4] == year or (not f.period and f.due and str(f.due.year) == year))]
    counts: dict[str, int] = {}
    for f in found:
        counts[f.status] = counts.get(f.status, 0) + 1
    return page(request, "findings.html", {
        "page_title": _("Kết quả đánh giá"), "found": found[:500], "more": max(0, len(found) - 500),
        "as_of": date, "status": chosen, "agency": agency, "check": check, "year": year, "counts": counts,
        "share": met_share(counts), "status_vi": STATUS_VI, "sample": evaluation.sample_data})
