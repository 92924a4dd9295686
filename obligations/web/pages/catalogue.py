"""Văn bản và nghĩa vụ: the documents, the search with the command line's query filters (accents
optional), one document's duties, and one obligation beside its source text with the quotes
highlighted in place. The data are the API's: ``select_documents``, ``find_obligations``,
``obligation_view``, ``document_summary``."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ...api.problems import Problem
from ...api.routes.catalogue import find_obligations, select_documents
from ...catalogue.errors import ObligationsError
from ...catalogue.model import Level, Modality
from ...catalogue.query import Query as ObligationQuery
from ...catalogue.views import document_summary, obligation_view
from ...i18n import _
from ...store import Principal
from ..render import page
from ..forms import choice, day
from ..session import viewer

router = APIRouter()


@router.get("/documents")
async def documents(request: Request, text: str = "", document: str = "", actor: str = "", province: str = "",
                    level: str = "", metric: str = "", modality: str = "", due_after: str = "", due_before: str = "",
                    direct: bool = False, principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    asked = {"text": text, "document": document, "actor": actor, "province": province, "level": level,
             "metric": metric, "modality": modality, "due_after": due_after, "due_before": due_before}
    searching = any(v.strip() for v in asked.values())
    context = {"page_title": _("Văn bản và nghĩa vụ"), "asked": asked, "direct": direct, "searching": searching,
               "modalities": [m.value for m in Modality], "provinces": svc.registry().provinces}
    if searching:
        level_value = choice(level, [lv.value for lv in Level], _("Cấp"))
        modality_value = choice(modality, [m.value for m in Modality], _("Tính chất"))
        query = ObligationQuery(document=document.strip() or None, actor=actor.strip() or None,
                                province=province.strip() or None, level=Level(level_value) if level_value else None,
                                due_before=day(due_before, _("Hạn trước ngày")),
                                due_after=day(due_after, _("Hạn sau ngày")), metric=metric.strip() or None,
                                modality=Modality(modality_value) if modality_value else None,
                                text=text.strip() or None, direct_only=direct)
        matches = find_obligations(svc, query)
        context["results"] = [obligation_view(svc.catalogue, m.obligation) for m in matches]
    else:
        context["documents"] = [document_summary(svc.catalogue, d) for d in select_documents(svc.catalogue)]
    return page(request, "documents.html", context)


@router.get("/documents/{document_id:path}")
async def document(request: Request, document_id: str, principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    found = svc.catalogue.documents.get(document_id)
    if found is None:
        raise Problem(404, "not-found", _("không có văn bản '{document}'").format(document=document_id))
    summary = document_summary(svc.catalogue, found)
    results = [obligation_view(svc.catalogue, o) for o in svc.catalogue.obligations_of(document_id)]
    return page(request, "document.html", {"page_title": summary.document.citation, "summary": summary,
                                           "results": results})


@router.get("/obligations/{obligation_id:path}")
async def obligation(request: Request, obligation_id: str, principal: Principal = Depends(viewer)):
    svc = request.app.state.service
    try:
        found = svc.catalogue.get_obligation(obligation_id)
    except ObligationsError as error:
        raise Problem(404, "not-found", str(error)) from None
    view = obligation_view(svc.catalogue, found)
    sources = svc.catalogue.quoted_sources(found)
    return page(request, "obligation.html", {"page_title": f"{view.document.symbol or view.document.citation} "
                                                           f"{view.clause_label or view.key}",
                                             "o": view, "sources": sources, "implementers": [
                                                 (i, _label(svc.catalogue, i)) for i in view.implemented_by]})


def _label(catalogue, obligation_id: str) -> str:
    """'CT 12/CT-UBND điểm a mục 1': how a link to an obligation reads (the graph's labels)."""
    from ...graph.build import clause_label, short_label

    found = catalogue.obligations[obligation_id]
    return f"{short_label(catalogue.document_of(found))} {clause_label(found)}"
