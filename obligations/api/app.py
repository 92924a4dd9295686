"""The FastAPI application: ``create_app(settings)``; ``obligations serve`` runs it with uvicorn.

Routes under ``/api/v1``, split by resource in ``routes/``; each validates its input, calls the
library, and returns the library's own JSON. Errors are RFC 9457 problem details (``problems.py``).
Every write and every refused attempt goes to the audit log.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..i18n import _
from .problems import Problem, ProblemDetail
from .service import Service
from .settings import Settings

PREFIX = "/api/v1"


def create_app(settings: Settings | None = None, service: Service | None = None) -> FastAPI:
    """The application; the catalogue and the store are opened at start (or ``service`` is used)."""
    from importlib.metadata import version

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if getattr(app.state, "service", None) is None:
            app.state.service = Service.start(settings or Settings())
            from .demo import load_demo_if_empty
            load_demo_if_empty(app.state.service)
        yield
        if service is None:
            app.state.service.store.close()

    app = FastAPI(
        title="obligations",
        version=version("obligations"),
        summary="Vietnamese directives on electronic documents as checkable obligations: the catalogue, "
                "agencies' reported facts, evaluations as at a date, and reminder letters.",
        openapi_url=f"{PREFIX}/openapi.json", docs_url=f"{PREFIX}/docs", redoc_url=None,
        lifespan=lifespan,
    )
    if service is not None:
        app.state.service = service

    from .routes import admin, agencies, catalogue, evaluations, facts, letters, meta

    for module in (meta, catalogue, agencies, facts, evaluations, letters, admin):
        app.include_router(module.router, prefix=PREFIX)

    from .. import web

    web.install(app)  # the pages for legal staff (sessions, static files), beside the API
    app.add_middleware(_Language)

    @app.exception_handler(Problem)
    async def _problem(request: Request, problem: Problem):
        await _audit_refusal(request, problem.status, problem.code, problem.detail)
        if web.is_web_path(request.url.path):
            from .problems import TITLES
            return web.problem_page(request, problem.status, _(TITLES.get(problem.code, problem.code)),
                                    problem.detail, problem.errors)
        return problem.response(str(request.url.path))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError):
        errors = [{"file": "request", "line": None, "field": ".".join(str(p) for p in e.get("loc", ())),
                   "message": e.get("msg", ""), "hint": None, "severity": "error"} for e in error.errors()]
        detail = "\n".join(_("yêu cầu: {field}: {message}").format(
            field=e["field"], message=e["message"]) for e in errors)
        problem = Problem(422, "bad-request", detail, errors)
        await _audit_refusal(request, 422, "bad-request", detail)
        if web.is_web_path(request.url.path):
            return web.problem_page(request, 422, _("Yêu cầu không dùng được"), detail)
        return problem.response(str(request.url.path))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException):
        code = {404: "not-found", 405: "bad-request"}.get(error.status_code, "bad-request")
        if web.is_web_path(request.url.path):
            return web.problem_page(request, error.status_code, _("Không tìm thấy") if error.status_code == 404
                                    else _("Yêu cầu không dùng được"),
                                    _("không có trang này") if error.status_code == 404 else str(error.detail))
        detail = _("không có đường dẫn này: xem /api/v1/docs") if error.status_code == 404 else str(error.detail)
        return Problem(error.status_code, code, detail, headers=getattr(error, "headers", None)).response(
            str(request.url.path))

    app.openapi_schema = None
    _document_problem(app)
    return app


class _Language:
    """Messages in the language the client asks for (Accept-Language: en), else Vietnamese, as the
    CLI. A plain ASGI middleware: Starlette's ``@app.middleware("http")`` streams every answer
    through a task and a queue, which cost more than most answers themselves."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        from ..i18n import use

        asked = ""
        for name, value in scope.get("headers", ()):
            if name == b"accept-language":
                asked = value.decode("latin-1").split(",")[0].strip().lower()
                break
        with use("en" if asked.startswith("en") else "vi"):
            await self.app(scope, receive, send)


async def _audit_refusal(request: Request, status: int, code: str, detail: str) -> None:
    """Refused attempts (401, 403) of any call, and every failed write, go to the audit log."""
    if status not in (401, 403) and request.method in ("GET", "HEAD"):
        return
    service: Service = request.app.state.service
    principal = getattr(request.state, "principal", None)
    await service.audit(request, principal, f"refused:{code}" if status in (401, 403) else f"rejected:{code}",
                        status, {"detail": detail[:2000]})


def _document_problem(app: FastAPI) -> None:
    """The problem details' schema in the OpenAPI components, for the error responses to refer to."""
    original = app.openapi

    def openapi():
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.setdefault("ProblemDetail", ProblemDetail.model_json_schema(ref_template="#/components/schemas/{model}"))
        for definition in components["ProblemDetail"].pop("$defs", {}).items():
            components.setdefault(*definition)
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                for status, response in operation.get("responses", {}).items():
                    if status[0] in "45":
                        response["content"] = {"application/problem+json": {
                            "schema": {"$ref": "#/components/schemas/ProblemDetail"}}}
                        response.setdefault("description", "A problem (RFC 9457)")
                # every route can refuse a request it cannot read (400: unreadable, 422: invalid)
                for status in ("400", "422"):
                    operation["responses"].setdefault(status, {
                        "description": "A problem (RFC 9457)",
                        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}}})
        app.openapi_schema = schema
        return schema

    app.openapi = openapi
