"""Administration of a province: users, systems' tokens, and the audit log (read only)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ...i18n import _
from ...store import Principal
from ..deps import service, writer
from ..problems import MAX_ID, Problem, documented
from ..service import Service

router = APIRouter(tags=["users"], responses=documented(401, 403))

Role = Literal["admin", "reporter", "reader"]


class UserIn(BaseModel):
    username: str = Field(min_length=3, max_length=120, pattern=r"^[A-Za-z0-9._@-]+$")
    password: str = Field(min_length=10, max_length=1000)
    role: Role
    agency: str | None = Field(None, description="a reporter's agency id")


class UserOut(BaseModel):
    id: int
    username: str
    role: str
    province: str
    agency: str | None
    active: bool
    sample: bool


class TokenIn(BaseModel):
    name: str = Field(min_length=1, max_length=120, description="the system that will use it")
    role: Role
    agency: str | None = None
    days: float = Field(90, gt=0, le=3660, description="it expires after so many days")


class TokenOut(BaseModel):
    id: int
    name: str
    role: str
    province: str
    agency: str | None
    expires_at: str
    revoked_at: str | None
    token: str | None = Field(None, description="given once, when made; only its hash is kept")


class AuditOut(BaseModel):
    id: int
    at: str
    principal: str | None
    province: str | None
    address: str | None
    method: str
    path: str
    action: str
    status: int
    detail: dict


def _admin(principal: Principal = Depends(writer)) -> Principal:
    Service.require(principal, "admin")
    return principal


def _scope(svc: Service, principal: Principal, role: str, agency: str | None) -> None:
    if role == "reporter":
        if not agency:
            raise Problem(422, "bad-request", _(
                "người dùng vai trò reporter cần có cơ quan mà người đó báo cáo (agency)"))
        svc.require_agency(principal, svc.agency(svc.registry(), agency))
    elif agency:
        raise Problem(422, "bad-request", _("chỉ người dùng vai trò reporter mới gắn với một cơ quan (agency); "
                                            "vai trò {role} làm việc với cả tỉnh").format(role=role))


@router.get("/users", response_model=list[UserOut], summary="The users of the administrator's province")
def users(principal: Principal = Depends(_admin), svc: Service = Depends(service)):
    return [UserOut(id=u.id, username=u.username, role=u.role, province=u.province, agency=u.agency, active=u.active,
                    sample=u.sample) for u in svc.store.users(principal.province)]


@router.post("/users", status_code=201, response_model=UserOut, summary="Add a user to the administrator's province",
             responses=documented(404, 409, 422))
async def add_user(body: UserIn, request: Request, principal: Principal = Depends(_admin),
                   svc: Service = Depends(service)):
    _scope(svc, principal, body.role, body.agency)
    if any(u.username == body.username for u in svc.store.users()):
        raise Problem(409, "conflict", _("tên đăng nhập '{username}' đã có").format(username=body.username))
    user = await run_in_threadpool(svc.store.add_user, body.username, body.password, body.role, principal.province,
                                   body.agency)
    await svc.audit(request, principal, "users:add", 201, {"user": body.username, "role": body.role,
                                                           "agency": body.agency})
    return UserOut(id=user.id, username=user.username, role=user.role, province=user.province, agency=user.agency,
                   active=True, sample=False)


def _token(t, plain: str | None = None) -> TokenOut:
    return TokenOut(id=t.id, name=t.name, role=t.role, province=t.province, agency=t.agency,
                    expires_at=t.expires_at.isoformat(), revoked_at=t.revoked_at.isoformat() if t.revoked_at else None,
                    token=plain)


@router.get("/tokens", response_model=list[TokenOut], summary="Systems' tokens of the administrator's province")
def tokens(principal: Principal = Depends(_admin), svc: Service = Depends(service)):
    return [_token(t) for t in svc.store.tokens(principal.province)]


@router.post("/tokens", status_code=201, response_model=TokenOut, summary="A token for a system, scoped like a user",
             responses=documented(404, 422))
async def add_token(body: TokenIn, request: Request, principal: Principal = Depends(_admin),
                    svc: Service = Depends(service)):
    _scope(svc, principal, body.role, body.agency)
    plain, token = await run_in_threadpool(svc.store.issue_token, body.name, body.role, principal.province,
                                           body.agency, by=principal.name, hours=body.days * 24)
    await svc.audit(request, principal, "tokens:add", 201, {"token_id": token.id, "name": body.name,
                                                            "role": body.role, "agency": body.agency})
    return _token(token, plain)


@router.post("/tokens/{token_id}/revoke", response_model=TokenOut, summary="Revoke a system's token",
             responses=documented(404))
async def revoke(request: Request, token_id: int = Path(ge=1, le=MAX_ID), principal: Principal = Depends(_admin),
                 svc: Service = Depends(service)):
    token = await run_in_threadpool(svc.store.revoke_token, token_id, principal.province)
    if token is None:
        raise Problem(404, "not-found", _("không có mã truy cập {token_id} ở {province}").format(
            token_id=token_id, province=principal.province))
    await svc.audit(request, principal, "tokens:revoke", 200, {"token_id": token_id, "name": token.name})
    return _token(token)


@router.get("/audit", response_model=list[AuditOut], summary="The audit log of the province, newest first")
def audit(principal_name: str | None = Query(None, alias="principal"), limit: int = Query(100, ge=1, le=5000),
          offset: int = Query(0, ge=0, le=MAX_ID), principal: Principal = Depends(_admin), svc: Service = Depends(service)):
    return [AuditOut(id=e.id, at=e.at.isoformat(), principal=e.principal, province=e.province, address=e.address,
                     method=e.method, path=e.path, action=e.action, status=e.status, detail=e.detail)
            for e in svc.store.audit_entries(principal.province, limit, offset, principal_name)]

