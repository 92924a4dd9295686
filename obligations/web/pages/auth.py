"""Đăng nhập, đăng xuất, the language, and the first page."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from ...i18n import _, normalise, set_language
from ...store import Refused
from ..render import page
from ..session import checked_form, safe_next

router = APIRouter()


@router.get("/")
async def home(request: Request):
    target = "/overview" if request.session.get("token") else "/login"
    return RedirectResponse(target, status_code=303)


@router.get("/login")
async def login_form(request: Request, next: str = "/"):
    set_language(request.session.get("lang"))
    return page(request, "login.html", {"page_title": _("Đăng nhập"), "next": safe_next(next), "username": "",
                                        "message": request.session.pop("flash", None)})


@router.post("/login")
async def login(request: Request, form: FormData = Depends(checked_form)):
    set_language(request.session.get("lang"))
    svc = request.app.state.service
    username, password = str(form.get("username", ""))[:120], str(form.get("password", ""))[:1000]
    target = safe_next(str(form.get("next", "/")))
    try:
        plain, token = await run_in_threadpool(svc.store.sign_in, username, password, svc.settings.token_hours)
    except Refused as reason:
        await svc.audit(request, None, "refused:not-authenticated", 401, {"username": username, "face": "web"})
        return page(request, "login.html", {"page_title": _("Đăng nhập"), "next": target, "username": username,
                                            "message": str(reason)}, status=401)
    lang = request.session.get("lang")
    request.session.clear()  # a new session at sign-in: nothing carried over from before (fixation)
    request.session.update({"token": plain, **({"lang": lang} if lang else {})})
    await svc.audit(request, None, "sign-in", 200, {"username": username, "face": "web"}, province=token.province)
    return RedirectResponse(target if target != "/" else "/overview", status_code=303)


@router.post("/logout")
async def logout(request: Request, form: FormData = Depends(checked_form)):
    svc = request.app.state.service
    token = request.session.get("token")
    if token:
        try:
            principal = svc.store.principal(token)
        except Refused:
            principal = None
        if principal is not None and principal.token_id is not None:
            svc.store.revoke_token(principal.token_id, principal.province)
            await svc.audit(request, principal, "sign-out", 200, {"face": "web"})
    lang = request.session.get("lang")
    request.session.clear()
    if lang:
        request.session["lang"] = lang
    request.session["flash"] = _("Đã đăng xuất.")
    return RedirectResponse("/login", status_code=303)


@router.post("/language")
async def choose_language(request: Request, form: FormData = Depends(checked_form)):
    try:
        request.session["lang"] = normalise(str(form.get("lang", "vi")))
    except ValueError:
        request.session["lang"] = "vi"
    return RedirectResponse(safe_next(str(form.get("next", "/"))), status_code=303)
