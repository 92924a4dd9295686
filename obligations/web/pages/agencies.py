"""Cơ quan: the registry in force as at a date (kinds, heads, attributes, what ceased and what
succeeded it), one agency with its findings' counts, and, for administrators of the province, dated
changes (a new head, the agency's end, an attribute) stored as a new version of the registry through
the store's registry calls (``routes.agencies.edit_registry``: checked, audited)."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.datastructures import FormData

from ...api.problems import Problem
from ...api.routes.agencies import edit_registry
from ...api.routes.evaluations import EvaluationParams, evaluation_for
from ...evaluation.findings import STATUS_VI
from ...evaluation.overview import met_share
from ...evaluation.registry_edit import add_head, close_agency, set_attribute
from ...i18n import N_, _
from ...store import Principal
from ..forms import day, text_field
from ..render import page
from ..session import administrator, checked_form, viewer

router = APIRouter()

_LEVELS = {"provincial": N_("Cấp tỉnh"), "district": N_("Cấp huyện"), "commune": N_("Cấp xã")}

@router.get("/agencies")
async def agencies(request: Request, as_of: str = "", principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    date = day(as_of, _("Tính đến ngày"), dt.date.today())
    registry = svc.registry()
    chosen = sorted(svc.scoped_agencies(principal, registry, None), key=lambda a: a.administrative_key)
    existing = [a for a in chosen if a.existed_between(date, date)]
    others = [a for a in chosen if not a.existed_between(date, date)]
    return page(request, "agencies.html", {
        "page_title": _("Cơ quan"), "as_of": date, "existing": existing, "others": others,
        "actors": svc.catalogue.actors, "levels": {k: _(v) for k, v in _LEVELS.items()},
        "samples": registry.samples})


@router.get("/agencies/{agency_id}")
async def agency(request: Request, agency_id: str, as_of: str = "", principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    date = day(as_of, _("Tính đến ngày"), dt.date.today())
    registry = svc.registry()
    found = svc.agency(registry, agency_id)
    svc.require_agency(principal, found)
    counts: dict[str, int] = {}
    if found.existed_between(date, date):
        evaluation = evaluation_for(svc, principal, EvaluationParams(as_of=date, agency=[found.id]))[0]
        for f in evaluation.findings:
            counts[f.status] = counts.get(f.status, 0) + 1
    return page(request, "agency.html", {
        "page_title": found.name, "a": found, "as_of": date, "head": found.head_on(date),
        "actor": svc.catalogue.actors.get(found.kind), "parent": registry.agencies.get(found.parent) if found.parent else None,
        "children": sorted(registry.children(found.id), key=lambda a: a.administrative_key),
        "attributes": svc.catalogue.attributes, "counts": counts, "share": met_share(counts), "status_vi": STATUS_VI,
        "may_edit": principal.role == "admin", "today": dt.date.today()})


async def _edit(request: Request, principal: Principal, agency_id: str, change, detail: dict, message: str):
    svc = request.app.state.service
    await edit_registry(svc, request, principal, agency_id, change, detail)
    request.session["flash"] = message
    return RedirectResponse(f"/agencies/{agency_id}", status_code=303)


@router.post("/agencies/{agency_id}/heads")
async def new_head(request: Request, agency_id: str, form: FormData = Depends(checked_form),
                   principal: Principal = Depends(administrator)):
    title = text_field(form, "title", _("Chức danh"), required=True)
    name = text_field(form, "name", _("Họ tên"))
    source = text_field(form, "source", _("Nguồn"))
    since = day(str(form.get("since", "")), _("Từ ngày"))
    if since is None:
        raise Problem(422, "bad-request", _("Từ ngày: cần ngày người đứng đầu nhận nhiệm vụ (dd/mm/yyyy)"))
    change = lambda text, name_of_file: add_head(text, name_of_file, agency_id, title=title, name=name, since=since,
                                                 source=source)
    return await _edit(request, principal, agency_id, change,
                       {"change": "head", "title": title, "name": name, "from": since.isoformat()},
                       _("Đã ghi người đứng đầu mới từ ngày {date}.").format(date=since.strftime("%d/%m/%Y")))


@router.post("/agencies/{agency_id}/end")
async def end(request: Request, agency_id: str, form: FormData = Depends(checked_form),
              principal: Principal = Depends(administrator)):
    until = day(str(form.get("until", "")), _("Đến hết ngày"))
    if until is None:
        raise Problem(422, "bad-request", _("Đến hết ngày: cần ngày cuối cùng cơ quan còn hoạt động (dd/mm/yyyy)"))
    note = text_field(form, "note", _("Ghi chú (cơ quan kế thừa)"))
    change = lambda text, name_of_file: close_agency(text, name_of_file, agency_id, until=until, note=note)
    return await _edit(request, principal, agency_id, change, {"change": "end", "until": until.isoformat(), "note": note},
                       _("Đã ghi cơ quan hoạt động đến hết ngày {date}.").format(date=until.strftime("%d/%m/%Y")))


@router.post("/agencies/{agency_id}/attributes")
async def attribute(request: Request, agency_id: str, form: FormData = Depends(checked_form),
                    principal: Principal = Depends(administrator)):
    svc = request.app.state.service
    attribute_id = str(form.get("attribute", ""))
    if attribute_id not in svc.catalogue.attributes:
        raise Problem(422, "bad-request", _("Thuộc tính: chọn một thuộc tính trong danh sách"))
    value = str(form.get("value", ""))
    if value not in ("true", "false"):
        raise Problem(422, "bad-request", _("Giá trị: chọn có hoặc không"))
    since = day(str(form.get("since", "")), _("Từ ngày"))
    if since is None:
        raise Problem(422, "bad-request", _("Từ ngày: cần ngày thuộc tính bắt đầu đúng (dd/mm/yyyy)"))
    source = text_field(form, "source", _("Nguồn"))
    change = lambda text, name_of_file: set_attribute(text, name_of_file, agency_id, attribute=attribute_id,
                                                      value=value == "true", since=since, source=source)
    return await _edit(request, principal, agency_id, change,
                       {"change": "attribute", "attribute": attribute_id, "value": value == "true",
                        "from": since.isoformat()},
                       _("Đã ghi thuộc tính từ ngày {date}.").format(date=since.strftime("%d/%m/%Y")))
