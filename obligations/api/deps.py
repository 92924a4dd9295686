"""FastAPI dependencies: the service, and who is asking (bearer token), documented in OpenAPI.

They are coroutines: a plain function would be run in the thread pool, and handing each request's
dependencies to a thread and back cost more than the token lookup itself (an indexed read)."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..store import Principal
from .service import Service

bearer = HTTPBearer(auto_error=False, description="A token from POST /api/v1/auth/token, or a system's token.")


async def service(request: Request) -> Service:
    return request.app.state.service


async def reader(request: Request, _: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Principal:
    """Who reads: a token, or nobody when the operator opened reads (OBLIGATIONS_OPEN_READS)."""
    principal = request.app.state.service.principal(request, write=False)
    request.state.principal = principal
    return principal


async def writer(request: Request, _: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Principal:
    """Who writes: always a token."""
    principal = request.app.state.service.principal(request, write=True)
    request.state.principal = principal
    return principal
