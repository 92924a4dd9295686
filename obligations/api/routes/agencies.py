"""Agency registries: the agencies as at a date, and uploading a province's registry (the registry
YAML format, read by the command line's reader; the latest upload of a province is in force)."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from ...evaluation.agencies import RegistryError
from ...i18n import _
from ...store import Principal
from ..deps import reader, service, writer
from ..problems import Problem, documented, from_problems
from ..service import Service, same_province

router = APIRouter(tags=["agencies"], responses=documented(401, 403))


class AgencyOut(BaseModel):
    id: str
    name: str
    kind: str
    level: str
    province: str
    parent: str | None
    head_title: str | None
    head_name: str | None
    head_is_sample: bool
    existed_from: str | None
    existed_until: str | None


class RegistryOut(BaseModel):
    id: int
    province: str
    file_name: str
    agencies: int | None = None
    sample: bool
    recorded_at: str
    recorded_by: str


@router.get("/agencies", response_model=list[AgencyOut], summary="The agencies and their heads as at a date",
            responses=documented(404))
async def agencies(province: str | None = None, as_of: dt.date = Query(default_factory=dt.date.today),
             principal: Principal = Depends(reader), svc: Service = Depends(service)):
    registry = svc.registry()
    rows = []
    for a in svc.scoped_agencies(principal, registry, province):
        head = a.head_on(as_of)
        rows.append(AgencyOut(id=a.id, name=a.name, kind=a.kind, level=a.level, province=a.province, parent=a.parent,
                              head_title=head.title if head else None, head_name=head.name if head else None,
                              head_is_sample=bool(head and head.sample),
                              existed_from=a.existed.since.isoformat() if a.existed.since else None,
                              existed_until=a.existed.until.isoformat() if a.existed.until else None))
    return rows


@router.get("/registries", response_model=list[RegistryOut], summary="The registry in force of each province")
async def registries(principal: Principal = Depends(reader), svc: Service = Depends(service)):
    return [RegistryOut(id=v.id, province=v.province, file_name=v.file_name, sample=v.sample,
                        recorded_at=v.recorded_at.isoformat(), recorded_by=v.recorded_by)
            for v in svc.store.current_registries() if principal.may_read_province(v.province)]


@router.post("/registries", status_code=201, response_model=RegistryOut,
             summary="Upload a province's registry (YAML); it replaces the one in force, which is kept",
             responses=documented(413, 422))
async def upload_registry(request: Request, file: UploadFile = File(description="registry YAML"),
                          principal: Principal = Depends(writer), svc: Service = Depends(service)):
    Service.require(principal, "admin")
    name = (file.filename or "registry.yaml").rsplit("/", 1)[-1] or "registry.yaml"
    content = await file.read(10 * 1024 * 1024 + 1)
    if len(content) > 10 * 1024 * 1024:
        raise Problem(413, "too-large", _("{name}: lớn hơn 10 MB").format(name=name))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Problem(422, "invalid-registry", _("{name}: không phải văn bản mã UTF-8 ({reason} tại byte {start}); "
                                                 "hãy lưu lại tệp theo mã UTF-8").format(
                          name=name, reason=error.reason, start=error.start)) from None
    return await store_registry(svc, request, principal, name, text, "registry:upload", {})


async def store_registry(svc: Service, request: Request, principal: Principal, name: str, text: str, action: str,
                         detail: dict) -> RegistryOut:
    """Check a province's registry text with the others in force (the registry reader: file, line and
    field of every problem; nothing stored on any), then store it as the version in force, audited."""
    try:
        province, registry = await run_in_threadpool(svc.store.check_registry, name, text, svc.catalogue.actors)
    except RegistryError as error:
        raise from_problems(422, "invalid-registry", error.problems,
                            _("{count} vấn đề: chưa lưu gì. Sửa các vấn đề trên rồi tải lên lại.").format(
                                count=len(error.problems))) from None
    svc.require_province(principal, province)
    row = await run_in_threadpool(svc.store.put_registry, province, name, text, province in registry.samples,
                                  principal.name)
    count = len(registry.in_province(province))
    await svc.audit(request, principal, action, 201, {"registry_id": row.id, "file": name, "agencies": count,
                                                       **detail}, province=province)
    return RegistryOut(id=row.id, province=province, file_name=name, agencies=count, sample=row.sample,
                       recorded_at=row.recorded_at.isoformat(), recorded_by=row.recorded_by)


async def edit_registry(svc: Service, request: Request, principal: Principal, agency_id: str, change,
                        detail: dict) -> RegistryOut:
    """A dated change (``evaluation.registry_edit``) to the registry in force of the agency's
    province, by an administrator of that province: checked and stored as a new version, audited
    as 'registry:edit' with what changed; the version before stays stored."""
    Service.require(principal, "admin")
    registry = svc.registry()
    agency = svc.agency(registry, agency_id)
    svc.require_province(principal, agency.province)
    version = next(v for v in svc.store.current_registries() if same_province(v.province, agency.province))
    try:
        text = change(version.content, version.file_name)
    except RegistryError as error:
        raise from_problems(422, "invalid-registry", error.problems, _("chưa lưu gì")) from None
    return await store_registry(svc, request, principal, version.file_name, text, "registry:edit",
                                {"agency": agency_id, **detail})

