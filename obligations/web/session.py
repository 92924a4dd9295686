"""Who is asking a page: sign-in with the service's users (the store's argon2 check, the API's token)
kept in a signed session cookie, CSRF tokens for every form, and the roles' scopes.

The session cookie (Starlette's SessionMiddleware, signed with the service's secret key through
itsdangerous) is HttpOnly and SameSite=Lax and holds the sign-in token the store issued: every page
asks the store who holds it, so an expired, revoked or disabled account is out at its next click, as
with the API. Every form carries the session's CSRF token (a synchronizer token); a POST without it
is refused before anything is read or stored.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import quote, urlsplit

from fastapi import Request
from starlette.datastructures import FormData
from starlette.middleware.sessions import SessionMiddleware

from ..api.problems import Problem
from ..i18n import _, set_language
from ..store import Principal, Refused

COOKIE = "obligations_session"
CSRF_FIELD = "csrf_token"


class Sessions:
    """The session middleware, made at the first request (the secret key is the service's, known once
    the service has started); the API's routes and the static files go past it untouched."""

    def __init__(self, app) -> None:
        self.app = app
        self.inner = None

    async def __call__(self, scope, receive, send) -> None:
        from .app import is_web_path

        if scope["type"] != "http" or not is_web_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        if self.inner is None:
            settings = scope["app"].state.service.settings
            self.inner = SessionMiddleware(self.app, secret_key=settings.secret_key, session_cookie=COOKIE,
                                           max_age=int(settings.token_hours * 3600), same_site="lax",
                                           https_only=settings.secure_cookies)
        await self.inner(scope, receive, send)


class SignInNeeded(Exception):
    """No session, or one whose token the store no longer honours: to the sign-in page."""

    def __init__(self, reason: str | None = None) -> None:
        self.reason = reason
        super().__init__(reason or "")


def login_url(request: Request, reason: str | None = None) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    url = "/login?next=" + quote(target, safe="")
    if reason:
        request.session["flash"] = reason
    return url


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a path of this site only (never another host)."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


async def viewer(request: Request) -> Principal:
    """The signed-in user (a FastAPI dependency of every page); SignInNeeded otherwise."""
    set_language(request.session.get("lang"))
    token = request.session.get("token")
    if not token:
        raise SignInNeeded()
    try:
        principal = request.app.state.service.store.principal(token)
    except Refused as reason:
        request.session.pop("token", None)
        raise SignInNeeded(_("{reason}: hãy đăng nhập lại").format(reason=reason)) from None
    request.state.principal = principal
    return principal


async def administrator(request: Request) -> Principal:
    principal = await viewer(request)
    from ..api.service import Service

    Service.require(principal, "admin")
    return principal


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use), for the forms' hidden field."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


async def checked_form(request: Request) -> FormData:
    """The posted form, once its CSRF token matches the session's (a FastAPI dependency of every POST)."""
    form = await request.form()
    sent, expected = form.get(CSRF_FIELD), request.session.get("csrf")
    if not isinstance(sent, str) or not expected or not hmac.compare_digest(sent, expected):
        raise Problem(403, "forbidden", _("biểu mẫu thiếu mã chống giả mạo (CSRF) hoặc mã đã cũ: tải lại trang "
                                          "rồi gửi lại"))
    return form
