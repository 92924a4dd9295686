"""Reading the catalogue: documents, obligations (the query filters of the command line), one
obligation, metrics, actors, trace, coverage, the graph check and export. The same library calls
and the same JSON as ``obligations ... --format json``. The catalogue does not change while the
service runs, so each answer is built once per question and language (``Service.rendered``)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from ...catalogue.errors import ObligationsError
from ...catalogue.model import Level, Modality
from ...catalogue.query import Query as ObligationQuery, run_query
from ...catalogue.tables import documents_csv, matches_csv, rows_csv
from ...catalogue.text import fold
from ...catalogue.views import document_summary, obligation_view, to_jsonable
from ...i18n import _
from ..deps import reader, service
from ..problems import Problem, documented
from ..service import Service

router = APIRouter(tags=["catalogue"], dependencies=[Depends(reader)], responses=documented(401, 403))

Format = Literal["json", "csv"]
CSV = "text/csv; charset=utf-8"


def _csv(text: str) -> PlainTextResponse:
    return PlainTextResponse(text, media_type=CSV)


def _not_found(error: ObligationsError) -> Problem:
    return Problem(404, "not-found", str(error))


def select_documents(catalogue, province: str | None = None, all: bool = False) -> list:
    """The documents encoded (``all``: also those only referred to), of a province when asked, national
    ones first: the API's and the web page's list."""
    docs = list(catalogue.documents.values()) if all else catalogue.encoded_documents()
    if province:
        docs = [d for d in docs if d.province and fold(d.province) == fold(province)]
        if not docs:
            raise Problem(404, "not-found", _("không có văn bản nào của tỉnh '{province}'").format(province=province))
    docs.sort(key=lambda d: (d.level.value != "national", d.province or "", d.id))
    return docs


def find_obligations(svc: Service, query: ObligationQuery) -> list:
    """The obligations matching the query (the command line's filters); a 404 problem for an unknown
    document, actor or metric, with the library's did-you-mean."""
    try:
        return run_query(svc.catalogue, query)
    except ObligationsError as error:
        raise _not_found(error) from None


@router.get("/documents", summary="The documents encoded (all=true: also those only referred to)",
            responses={200: {"content": {CSV: {}}}, **documented(404)})
async def documents(province: str | None = None, all: bool = False, format: Format = "json",
              svc: Service = Depends(service)):
    def build():
        catalogue = svc.catalogue
        docs = select_documents(catalogue, province, all)
        if format == "csv":
            return _csv(documents_csv(catalogue, docs))
        return to_jsonable([document_summary(catalogue, d) for d in docs])

    return svc.rendered(("documents", province, all, format), build)


@router.get("/obligations", summary="Obligations matching the filters of 'obligations query'",
            responses={200: {"content": {CSV: {}}}, **documented(404)})
async def obligations(text: str | None = Query(None, description="Free text, accents optional"),
                document: str | None = Query(None, description="Id or symbol: 12/CT-UBND, QD 28/2018, 1486"),
                actor: str | None = Query(None, description='"Sở Nội vụ", "so noi vu", "SNV"'),
                province: str | None = None, level: Literal["national", "provincial"] | None = None,
                due_before: dt.date | None = None, due_after: dt.date | None = None,
                metric: str | None = None, modality: Literal["must", "strive", "must_not", "may"] | None = None,
                direct: bool = Query(False, description="With actor: only duties addressed to it by name"),
                format: Format = "json", svc: Service = Depends(service)):
    query = ObligationQuery(document=document, actor=actor, province=province,
                            level=Level(level) if level else None, due_before=due_before, due_after=due_after,
                            metric=metric, modality=Modality(modality) if modality else None, text=text,
                            direct_only=direct)

    def build():
        matches = find_obligations(svc, query)
        if format == "csv":
            return _csv(matches_csv(svc.catalogue, matches))
        return to_jsonable([obligation_view(svc.catalogue, m.obligation) for m in matches])

    return svc.rendered(("obligations", query, format), build)


@router.get("/obligations/{obligation_id:path}", summary="One obligation in full (as 'obligations show')",
            responses=documented(404))
async def obligation(obligation_id: str, svc: Service = Depends(service)):
    def build():
        try:
            found = svc.catalogue.get_obligation(obligation_id)
        except ObligationsError as error:
            raise _not_found(error) from None
        return obligation_view(svc.catalogue, found).model_dump(mode="json", by_alias=True)

    return svc.rendered(("obligation", obligation_id), build)


@router.get("/metrics", summary="The metric catalogue (search: part of the id or name)",
            responses={200: {"content": {CSV: {}}}, **documented(404)})
async def metrics(search: str | None = None, format: Format = "json", svc: Service = Depends(service)):
    def build():
        found = svc.catalogue.find_metrics(search) if search else list(svc.catalogue.metrics.values())
        if not found:
            raise Problem(404, "not-found", _("không có chỉ tiêu nào khớp với '{search}'").format(search=search))
        rows = [m.model_dump(mode="json") for m in found]
        return _csv(rows_csv(rows)) if format == "csv" else rows

    return svc.rendered(("metrics", search, format), build)


@router.get("/actors", summary="The actor taxonomy", responses={200: {"content": {CSV: {}}}})
async def actors(format: Format = "json", svc: Service = Depends(service)):
    def build():
        rows = [a.model_dump(mode="json") for a in svc.catalogue.actors.values()]
        return _csv(rows_csv(rows)) if format == "csv" else rows

    return svc.rendered(("actors", format), build)


@router.get("/trace/{obligation:path}", summary="Up to the national clauses, down to the duties carrying it out",
            responses={200: {"content": {CSV: {}}}, **documented(404)})
async def trace(obligation: str, format: Format = "json", svc: Service = Depends(service)):
    from ...graph import tables
    from ...graph.trace import trace as run_trace

    def build():
        try:
            result = run_trace(svc.graph, obligation)
        except ObligationsError as error:
            raise _not_found(error) from None
        return _csv(tables.trace_csv(svc.graph, result)) if format == "csv" else tables.trace_data(svc.graph, result)

    return svc.rendered(("trace", obligation, format), build)


@router.get("/coverage", summary="National duties taken up (or not) into each province's documents",
            responses={200: {"content": {CSV: {}}}, **documented(404)})
async def coverage(province: str | None = None, national: str | None = None, format: Format = "json",
             svc: Service = Depends(service)):
    from ...graph import tables
    from ...graph.uptake import uptake

    def build():
        try:
            results = uptake(svc.graph, province=province, national=national)
        except ObligationsError as error:
            raise _not_found(error) from None
        return _csv(tables.uptake_csv(svc.graph, results)) if format == "csv" else tables.uptake_data(svc.graph, results)

    return svc.rendered(("coverage", province, national, format), build)


@router.get("/graph/check", summary="Consistency findings of the dependency graph (as 'obligations graph check')",
            responses={200: {"content": {CSV: {}}}})
async def graph_check(format: Format = "json", svc: Service = Depends(service)):
    from ...graph import tables
    from ...graph.consistency import check

    def build():
        findings = check(svc.graph)
        return _csv(tables.findings_csv(findings)) if format == "csv" else tables.findings_data(findings)

    return svc.rendered(("graph/check", format), build)


EXPORT_TYPES = {"json": "application/json", "graphml": "application/xml", "dot": "text/vnd.graphviz; charset=utf-8",
                "mermaid": "text/plain; charset=utf-8"}


@router.get("/graph/export", summary="The graph as node-link JSON, GraphML, DOT or Mermaid",
            responses={200: {"content": {t: {} for t in EXPORT_TYPES.values()}}, **documented(404)})
async def graph_export(format: Literal["json", "graphml", "dot", "mermaid"] = "json", document: str | None = None,
                 svc: Service = Depends(service)):
    from ...graph.export import export

    def build():
        try:
            text = export(svc.graph, format, document)
        except ObligationsError as error:
            raise _not_found(error) from None
        if format == "json":
            return JSONResponse(json.loads(text))
        return PlainTextResponse(text, media_type=EXPORT_TYPES[format])

    return svc.rendered(("graph/export", format, document), build)


def picture_url(catalogue, node_id: str) -> str | None:
    """Where a box of the picture leads: the web page of the document or the duty it stands for."""
    from urllib.parse import quote

    if node_id in catalogue.documents:
        return "/documents/" + quote(node_id)
    if node_id in catalogue.obligations:
        return "/obligations/" + quote(node_id)
    return None


def graph_svg(svc: Service, document: str | None = None) -> bytes:
    """The dependency graph drawn by Graphviz as SVG (every document, or the duties of one document and
    those tied to them), each box linking to its web page; drawn once per document (``rendered``)."""
    from ...graph.picture import build_picture, draw, link_nodes, to_dot

    def build():
        try:
            picture = link_nodes(build_picture(svc.graph, document), lambda node: picture_url(svc.catalogue, node))
            svg = draw(to_dot(picture), "svg")
        except ObligationsError as error:
            from ...graph.picture import GraphvizMissing
            if isinstance(error, GraphvizMissing):
                raise Problem(503, "picture", str(error)) from None
            raise _not_found(error) from None
        return Response(svg, media_type="image/svg+xml")

    return svc.rendered(("graph/picture", document), build).body


@router.get("/graph/picture", summary="The dependency graph as an SVG picture whose boxes link to the web pages",
            responses={200: {"content": {"image/svg+xml": {}}}, **documented(404, 503)})
async def graph_picture(document: str | None = None, svc: Service = Depends(service)):
    from starlette.concurrency import run_in_threadpool

    return Response(await run_in_threadpool(graph_svg, svc, document), media_type="image/svg+xml")
