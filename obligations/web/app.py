"""Mounting the web application on the service's FastAPI app."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from ..i18n import _
from .render import page
from .session import SignInNeeded, Sessions, login_url

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
#: the npm packages' files (scripts/bootstrap: npm ci in this folder)
VENDOR = HERE / "node_modules"
#: the paths that are not pages: the HTTP API, its documents, the static files
NOT_PAGES = ("/api/", "/static/", "/vendor/")


def is_web_path(path: str) -> bool:
    return not path.startswith(NOT_PAGES)


def install(app: FastAPI) -> None:
    """Add the pages, their sessions and their static files to the service's app."""
    from .pages import agencies, audit, auth, catalogue, facts, letters, overview, uptake

    app.add_middleware(Sessions)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/vendor/chart.js", StaticFiles(directory=VENDOR / "chart.js" / "dist", check_dir=False),
              name="vendor-chartjs")
    for module in (auth, overview, catalogue, uptake, agencies, facts, letters, audit):
        app.include_router(module.router, include_in_schema=False)

    @app.get("/favicon.ico", include_in_schema=False)
    async def _icon():  # asked for by browsers on pages without an icon link (a letter's preview)
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    @app.exception_handler(SignInNeeded)
    async def _sign_in(request: Request, needed: SignInNeeded):
        return RedirectResponse(login_url(request, needed.reason), status_code=303)


def problem_page(request: Request, status: int, title: str, detail: str, errors: list | None = None) -> HTMLResponse:
    """A refusal or an error as a page in the layout, with the status code of the API's problem."""
    return page(request, "problem.html", {"status": status, "title": title, "detail": detail,
                                          "errors": errors or [], "page_title": title or _("Lỗi")},
                status=status)
