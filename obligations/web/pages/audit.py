"""Nhật ký: the audit log of the administrator's province (the API's /audit), newest first, filtered
by who, what and when, a page at a time."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from ...i18n import N_, _
from ...store import Principal
from ..render import page
from ..session import administrator
from ..forms import day

router = APIRouter()

PAGE = 50
#: the families of actions (the code before the colon: facts:submit, facts:withdraw...), as the filter offers them
ACTIONS = {"sign-in": N_("Đăng nhập"), "sign-out": N_("Đăng xuất"), "facts": N_("Số liệu"), "letters": N_("Thư"),
           "registry": N_("Danh sách cơ quan"), "users": N_("Tài khoản"), "tokens": N_("Mã truy cập"),
           "auth": N_("Mật khẩu"), "refused": N_("Bị từ chối: quyền"), "rejected": N_("Bị từ chối: yêu cầu")}


@router.get("/audit")
async def audit(request: Request, who: str = "", action: str = "", since: str = "", until: str = "",
                page_number: int = 1, principal: Principal = Depends(administrator)):
    svc = request.app.state.service
    first, last = day(since, _("Từ ngày")), day(until, _("Đến ngày"))
    page_number = max(1, min(page_number, 100_000))
    start = dt.datetime.combine(first, dt.time(), dt.timezone.utc) if first else None
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.timezone.utc) if last else None
    entries = await run_in_threadpool(svc.store.audit_entries, principal.province, PAGE + 1, (page_number - 1) * PAGE,
                                      who.strip()[:120] or None, action.strip()[:60] or None, start, end)
    asked = {"who": who, "action": action, "since": since, "until": until}
    query = urlencode({k: v for k, v in asked.items() if v})
    rows = [{"entry": e, "detail": "; ".join(f"{k}: {_plain(v)}" for k, v in (e.detail or {}).items())}
            for e in entries[:PAGE]]
    return page(request, "audit.html", {"page_title": _("Nhật ký"), "entries": rows, "asked": asked,
                                        "actions": ACTIONS, "page_number": page_number, "more": len(entries) > PAGE,
                                        "query": query})


def _plain(value) -> str:
    """A detail's value as a person reads it (JSON with its Vietnamese letters, not Python's repr)."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
