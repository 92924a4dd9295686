"""Administration of a province: users, systems' tokens, and the audit log (read only)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ...i18n import _
from ...store import Principal, Refused
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
    return [_user(u) for u in svc.store.users(principal.province)]


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


class PasswordIn(BaseModel):
    password: str = Field(min_length=10, max_length=1000, description="the new password")


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=1000)
    new_password: str = Field(min_length=10, max_length=1000)


def _user(u) -> UserOut:
    return UserOut(id=u.id, username=u.username, role=u.role, province=u.province, agency=u.agency, active=u.active,
                   sample=u.sample)


def _own_user(svc: Service, principal: Principal, username: str):
    """A user of the administrator's province, or 404."""
    found = [u for u in svc.store.users(principal.province) if u.username == username]
    if not found:
        raise Problem(404, "not-found", _("không có người dùng '{username}' ở {province}").format(
            username=username, province=principal.province))
    return found[0]


async def _set_active(request: Request, username: str, principal: Principal, svc: Service, active: bool) -> UserOut:
    _own_user(svc, principal, username)
    if not active and username == principal.name:
        raise Problem(409, "conflict", _("quản trị viên không tự khóa tài khoản của mình; hãy nhờ một quản trị "
                                         "viên khác của tỉnh"))
    user = await run_in_threadpool(svc.store.set_active, username, principal.province, active)
    await svc.audit(request, principal, "users:enable" if active else "users:disable", 200, {"user": username})
    return _user(user)


@router.post("/users/{username}/disable", response_model=UserOut, responses=documented(404, 409),
             summary="Disable a user of the province: their tokens stop working at once")
async def disable_user(request: Request, username: str = Path(max_length=120), principal: Principal = Depends(_admin),
                       svc: Service = Depends(service)):
    return await _set_active(request, username, principal, svc, False)


@router.post("/users/{username}/enable", response_model=UserOut, responses=documented(404),
             summary="Enable a disabled user again (they sign in anew: their old tokens stay revoked)")
async def enable_user(request: Request, username: str = Path(max_length=120), principal: Principal = Depends(_admin),
                      svc: Service = Depends(service)):
    return await _set_active(request, username, principal, svc, True)


@router.post("/users/{username}/password", response_model=UserOut, responses=documented(404),
             summary="Reset a user's password (an administrator); the user's tokens are revoked")
async def reset_password(body: PasswordIn, request: Request, username: str = Path(max_length=120),
                         principal: Principal = Depends(_admin), svc: Service = Depends(service)):
    _own_user(svc, principal, username)
    user = await run_in_threadpool(svc.store.set_password, username, body.password)
    await svc.audit(request, principal, "users:password-reset", 200, {"user": username})
    return _user(user)


@router.post("/auth/password", response_model=UserOut, responses=documented(422),
             summary="Change one's own password; the user's other tokens are revoked, this one stays")
async def change_password(body: PasswordChange, request: Request, principal: Principal = Depends(writer),
                          svc: Service = Depends(service)):
    if principal.token_id is None or principal.name.startswith("token:"):
        raise Problem(403, "forbidden", _("mã truy cập của một hệ thống không có mật khẩu; chỉ người dùng đổi mật "
                                          "khẩu của mình"))
    try:
        user = await run_in_threadpool(svc.store.set_password, principal.name, body.new_password,
                                       current=body.current_password, keep_token=principal.token_id)
    except Refused as reason:
        raise Problem(403, "forbidden", str(reason)) from None
    await svc.audit(request, principal, "auth:password-change", 200, {"user": principal.name})
    return _user(user)


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

