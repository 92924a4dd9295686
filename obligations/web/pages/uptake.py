"""Tiếp nhận: the national duties against a province's documents, taken up or not (the library's
``uptake``, the API's ``/coverage`` JSON), a duty traced up to the national clauses and down to the
provinces (``/trace``), and the dependency graph as an SVG picture whose boxes open their pages
(``routes.catalogue.graph_svg``, drawn by Graphviz once per document)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from ...api.problems import Problem
from ...api.routes.catalogue import graph_svg
from ...catalogue.errors import ObligationsError
from ...graph import tables
from ...graph.trace import trace
from ...graph.uptake import uptake
from ...i18n import _
from ...store import Principal
from ..render import page
from ..session import viewer

router = APIRouter()


def _inline(svg: bytes) -> Markup:
    """Graphviz's SVG without its XML prolog and doctype, to stand inside the page (its labels are
    escaped by the picture's writer; nothing of the request goes into it)."""
    text = svg.decode("utf-8")
    return Markup(text[text.index("<svg"):])


@router.get("/uptake")
async def uptake_page(request: Request, province: str = "", national: str = "", document: str = "",
                      obligation: str = "", principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    graph = svc.graph
    chosen = province.strip() or principal.province or (graph.provinces[0] if graph.provinces else "")
    note = None
    if chosen and chosen not in graph.provinces and svc.registry().header(chosen) is not None:
        # a province formed in 2025 has no texts of its own yet: show those of a former province it carries on
        former = [h for h in svc.registry().headers.values()
                  if h.successor and h.successor.province == chosen and h.province in graph.provinces]
        if former:
            note = _("Tỉnh {province} chưa có văn bản nào trong danh mục; đây là văn bản của tỉnh {former} cũ, "
                     "nay thuộc tỉnh {province} từ ngày {day}.").format(
                province=chosen, former=former[0].province, day=f"{former[0].successor.since:%d/%m/%Y}")
            chosen = former[0].province
        else:
            note = _("Tỉnh {province} chưa có văn bản nào trong danh mục; chọn một tỉnh ở ô Tỉnh.").format(province=chosen)
            chosen = graph.provinces[0] if graph.provinces else ""
    try:
        results = tables.uptake_data(graph, uptake(graph, province=chosen or None, national=national.strip() or None))
        traced = tables.trace_data(graph, trace(graph, obligation.strip())) if obligation.strip() else None
    except ObligationsError as error:
        raise Problem(404, "not-found", str(error)) from None
    picture, picture_problem = None, None
    try:
        picture = _inline(await run_in_threadpool(graph_svg, svc, document.strip() or None))
    except Problem as problem:
        if problem.status != 503:
            raise
        picture_problem = problem.detail  # Graphviz missing: the tables stay, the picture says why not
    documents = [d for d in svc.catalogue.encoded_documents()]
    return page(request, "uptake.html", {
        "page_title": _("Tiếp nhận"), "note": note, "results": results, "province": chosen, "national": national,
        "document": document, "provinces": graph.provinces, "traced": traced, "picture": picture,
        "picture_problem": picture_problem, "documents": documents,
        "nationals": [d for d in documents if d.level.value == "national"]})
