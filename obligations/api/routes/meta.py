"""Health, version, the JSON Schemas of the contracts, and signing in."""

from __future__ import annotations

from importlib.metadata import version as package_version

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ...catalogue.views import contract_schema
from ...evaluation.schema import findings_schema
from ...i18n import _
from ...store import Refused
from ..deps import reader, service
from ..problems import Problem, documented
from ..service import Service

router = APIRouter(tags=["service"])


class Health(BaseModel):
    status: str = Field(description="'ok' when the store answers")
    database: str = Field(description="sqlite or postgresql")


class Version(BaseModel):
    version: str = Field(description="the obligations package")
    catalogue_version: str = Field(description="content hash of the directive files loaded at start")
    documents: int
    obligations: int


@router.get("/health", response_model=Health, responses=documented(503))
async def health(svc: Service = Depends(service)):  # one indexed count: no thread needed
    try:
        svc.store.count_facts()
    except Exception as error:  # noqa: BLE001 - any driver error means the store is down
        raise Problem(503, "unavailable", _("kho dữ liệu không trả lời: {error}").format(
            error=error.__class__.__name__)) from None
    return Health(status="ok", database=svc.store.dialect)


@router.get("/version", response_model=Version)
def version(svc: Service = Depends(service)):
    return Version(version=package_version("obligations"), catalogue_version=svc.version,
                   documents=len(svc.catalogue.encoded_documents()), obligations=len(svc.catalogue.obligations))


@router.get("/schemas/obligations", summary="JSON Schema of the obligations JSON (as 'obligations schema')",
            dependencies=[Depends(reader)], responses=documented(401))
def obligations_schema():
    return contract_schema()


@router.get("/schemas/findings", summary="JSON Schema of the findings JSON (as 'obligations schema --findings')",
            dependencies=[Depends(reader)], responses=documented(401))
def findings_json_schema():
    return findings_schema()


@router.get("/schemas/facts", summary="JSON Schema of a fact as submitted", dependencies=[Depends(reader)],
            responses=documented(401))
def facts_schema():
    from .facts import FactIn
    return FactIn.model_json_schema()


class SignIn(BaseModel):
    username: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=1, max_length=1000)


class TokenOut(BaseModel):
    token: str = Field(description="send as 'Authorization: Bearer <token>'")
    expires_at: str
    role: str
    province: str
    agency: str | None


@router.post("/auth/token", response_model=TokenOut, tags=["users"], summary="Sign in: a token for a user",
             responses=documented(401))
async def sign_in(body: SignIn, request: Request, svc: Service = Depends(service)):
    try:
        plain, token = await run_in_threadpool(svc.store.sign_in, body.username, body.password,
                                               svc.settings.token_hours)
    except Refused as reason:  # the refusal goes to the audit log with the name tried
        raise Problem(401, "not-authenticated", _("{reason} (người dùng '{username}')").format(
            reason=reason, username=body.username[:120])) from None
    await svc.audit(request, None, "sign-in", 200, {"username": body.username}, province=token.province)
    return TokenOut(token=plain, expires_at=token.expires_at.isoformat(), role=token.role, province=token.province,
                    agency=token.agency)
