"""What the routes share: the catalogue loaded at start (and its version hash), the store, who is
asking, and the audit log. The app keeps no state between requests beyond caches (the catalogue,
the compiled rules, the registry in force, the last evaluations while the facts stay the same), so
workers and machines can be added.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ..catalogue.load import Catalogue, default_root, load_catalogue
from ..catalogue.text import fold
from ..catalogue.version import catalogue_version
from ..evaluation.agencies import Agency, Registry
from ..store import Principal, Refused, Store
from ..i18n import _, language
from .problems import Problem
from .settings import Settings

ANONYMOUS = Principal("anonymous", "reader", None)


@dataclass
class Service:
    settings: Settings
    catalogue: Catalogue
    version: str
    store: Store
    _rendered: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _rendered_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _evaluations: OrderedDict = field(default_factory=OrderedDict, repr=False)

    #: the bytes of catalogue answers kept (the largest, every obligation of an actor, is ~0.5 MB)
    RENDERED_BUDGET = 64 * 1024 * 1024

    @classmethod
    def start(cls, settings: Settings) -> "Service":
        settings = settings.resolved()
        root = settings.directives or default_root()
        catalogue = load_catalogue(root)
        store = Store(settings.database_url, settings.secret_key)
        return cls(settings, catalogue, catalogue_version(root), store)

    @cached_property
    def graph(self):
        from ..graph.build import build_graph

        return build_graph(self.catalogue)

    def rendered(self, key: tuple, build: Callable[[], Any]) -> Response:
        """An answer that depends only on the catalogue (loaded at start, never changed while the
        service runs), the question and the language: built once, then its bytes are sent again.
        ``build`` returns JSON-able data or a Response; a Problem it raises is not kept."""
        key = (language(), *key)
        with self._rendered_lock:
            kept = self._rendered.get(key)
            if kept is not None:
                self._rendered.move_to_end(key)
        if kept is None:
            built = build()
            if not isinstance(built, Response):
                built = JSONResponse(built)
            kept = (built.body, built.media_type, built.status_code)
            with self._rendered_lock:
                self._rendered[key] = kept
                size = sum(len(body) for body, _type, _status in self._rendered.values())
                while size > self.RENDERED_BUDGET and len(self._rendered) > 1:
                    size -= len(self._rendered.popitem(last=False)[1][0])
        body, media_type, status = kept
        return Response(body, status_code=status, media_type=media_type)

    #: evaluations kept: a Thư page lists, previews, generates and issues letters from one evaluation;
    #: at most this many, and at most this many findings in all (a province's 2,000 findings and their
    #: JSON take about 9 MB)
    EVALUATIONS_KEPT = 16
    EVALUATIONS_FINDINGS = 20_000

    def evaluation(self, key: tuple, registry: Registry, facts: Any, build: Callable[[], Any]):
        """The evaluation ``build`` gives for ``key`` (the question), kept while the registry in force
        and the store's facts are the very objects it was built on: the store hands out the same
        objects until a row or a registry is added, so an answer is never older than the store.
        A Problem ``build`` raises is not kept."""
        key = (language(), *key)
        with self._rendered_lock:
            kept = self._evaluations.get(key)
            if kept is not None and kept[0] is registry and kept[1] is facts:
                self._evaluations.move_to_end(key)
                return kept[2]
        result = build()
        with self._rendered_lock:
            self._evaluations[key] = (registry, facts, result)
            self._evaluations.move_to_end(key)
            while len(self._evaluations) > 1 and (
                    len(self._evaluations) > self.EVALUATIONS_KEPT
                    or sum(len(kept[2].findings) for kept in self._evaluations.values()) > self.EVALUATIONS_FINDINGS):
                self._evaluations.popitem(last=False)
        return result

    async def call(self, function: Callable, *args, cheap: bool, **kwargs):
        """``function(*args, **kwargs)``: on the event loop when ``cheap`` (a few milliseconds of work:
        handing it to a thread and back would cost as much, and Python runs one thread at a time
        anyway; the workers are processes), else in the thread pool so that the loop keeps answering."""
        if cheap:
            return function(*args, **kwargs)
        return await run_in_threadpool(function, *args, **kwargs)

    def registry(self) -> Registry:
        return self.store.registry(self.catalogue.actors)

    def agency(self, registry: Registry, agency_id: str) -> Agency:
        if agency_id not in registry.agencies:
            from ..catalogue.errors import did_you_mean
            hint = did_you_mean(agency_id, registry.agencies)
            raise Problem(404, "not-found", _("không có cơ quan '{agency}' trong danh sách cơ quan").format(
                agency=agency_id) + (f"; {hint}" if hint else ""))
        return registry.agencies[agency_id]

    # -- who is asking ------------------------------------------------------------------------

    def principal(self, request: Request, *, write: bool) -> Principal:
        header = request.headers.get("authorization", "")
        scheme, _space, token = header.partition(" ")
        if not header:
            if not write and self.settings.open_reads:
                return ANONYMOUS
            raise Problem(401, "not-authenticated",
                          _("thao tác này cần mã truy cập (token): đăng nhập bằng POST /api/v1/auth/token "
                            "rồi gửi kèm tiêu đề 'Authorization: Bearer <token>'"), headers={"WWW-Authenticate": "Bearer"})
        if scheme.lower() != "bearer" or not token.strip():
            raise Problem(401, "not-authenticated", _("tiêu đề Authorization phải có dạng 'Bearer <token>'"),
                          headers={"WWW-Authenticate": "Bearer"})
        try:
            return self.store.principal(token.strip())
        except Refused as reason:
            raise Problem(401, "not-authenticated", _("{reason}: hãy đăng nhập lại hoặc đề nghị quản trị viên "
                                                      "cấp mã truy cập").format(reason=reason),
                          headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}) from None

    @staticmethod
    def require(principal: Principal, *roles: str) -> None:
        if principal.role not in roles:
            raise Problem(403, "forbidden", _("tài khoản '{name}' có vai trò {role}; thao tác này cần {roles}").format(
                name=principal.name, role=principal.role,
                roles=(" " + _("hoặc") + " ").join(_("vai trò {role}").format(role=r) for r in roles)))

    @staticmethod
    def require_province(principal: Principal, province: str) -> None:
        if not principal.may_read_province(province):
            raise Problem(403, "forbidden", _("tài khoản '{name}' chỉ làm việc với {own}, không phải {province}").format(
                name=principal.name, own=principal.province, province=province))

    @staticmethod
    def require_agency(principal: Principal, agency: Agency) -> None:
        """A reporter sees and submits only its own agency's facts; others their province's."""
        if not principal.may_read_province(agency.province):
            raise Problem(403, "forbidden", _("tài khoản '{name}' chỉ làm việc với {own}; {agency} thuộc {province}").format(
                name=principal.name, own=principal.province, agency=agency.id, province=agency.province))
        if principal.role == "reporter" and agency.id != principal.agency:
            raise Problem(403, "forbidden", _("tài khoản '{name}' báo cáo cho {own}, không báo cáo cho {agency}").format(
                name=principal.name, own=principal.agency, agency=agency.id))

    def scoped_agencies(self, principal: Principal, registry: Registry, province: str | None) -> list[Agency]:
        """The agencies this principal may see, in the province asked (default: its own)."""
        if province:
            chosen = registry.in_province(province)
            if not chosen:
                from ..catalogue.errors import did_you_mean
                hint = did_you_mean(province, registry.provinces)
                raise Problem(404, "not-found", _("không có cơ quan nào của tỉnh '{province}' trong danh sách cơ quan").format(province=province)
                              + (f"; {hint}" if hint else " " + _("(các tỉnh: {provinces})").format(
                                  provinces=", ".join(registry.provinces))))
            self.require_province(principal, chosen[0].province)
        elif principal.province is not None:
            chosen = registry.in_province(principal.province)
        else:
            chosen = list(registry)
        if principal.role == "reporter":
            chosen = [a for a in chosen if a.id == principal.agency]
        return chosen

    # -- the audit log ------------------------------------------------------------------------

    async def audit(self, request: Request, principal: Principal | None, action: str, status: int,
                    detail: dict | None = None, province: str | None = None) -> None:
        await run_in_threadpool(
            self.store.audit, principal=principal.name if principal else None,
            province=province or (principal.province if principal else None),
            address=request.client.host if request.client else None, method=request.method,
            path=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
            action=action, status=status, detail=detail)


def same_province(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
