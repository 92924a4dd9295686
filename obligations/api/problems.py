"""Errors as RFC 9457 problem details (``application/problem+json``), in the command line's words.

Every problem has ``type`` (a URI naming the kind, documented in the README), ``title``, ``status``
and ``detail`` (the message the command line prints); problems with input files or rows add
``errors``: one entry per problem, with ``file``, ``line`` (the row number), ``field``, ``message``
and ``hint``, as ``obligations evaluate`` prints them.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from ..i18n import N_, _

MEDIA_TYPE = "application/problem+json"

#: the largest row id (PostgreSQL INTEGER): ids and offsets beyond it are refused as invalid, not sent to the database
MAX_ID = 2**31 - 1

TITLES = {
    "bad-request": N_("Yêu cầu không dùng được"),
    "invalid-facts": N_("Số liệu bị từ chối: chưa lưu gì"),
    "invalid-registry": N_("Danh sách cơ quan bị từ chối: chưa lưu gì"),
    "not-authenticated": N_("Cần xác thực"),
    "forbidden": N_("Tài khoản này không được phép"),
    "not-found": N_("Không tìm thấy"),
    "conflict": N_("Trái với dữ liệu đã lưu"),
    "too-large": N_("Tệp tải lên quá lớn"),
    "unavailable": N_("Không kết nối được kho dữ liệu"),
    "letters": N_("Không lập được công văn"),
    "picture": N_("Không vẽ được sơ đồ"),
}


class ProblemEntry(BaseModel):
    file: str
    line: int | None = None
    field: str = ""
    message: str
    hint: str | None = None
    severity: str = "error"


class ProblemDetail(BaseModel):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[ProblemEntry] | None = None


class Problem(Exception):
    def __init__(self, status: int, code: str, detail: str, errors: list[dict] | None = None,
                 headers: dict | None = None):
        self.status, self.code, self.detail, self.errors, self.headers = status, code, detail, errors, headers
        super().__init__(detail)

    def response(self, instance: str | None = None) -> JSONResponse:
        body = {"type": f"/api/v1/problems/{self.code}", "title": _(TITLES[self.code]) if self.code in TITLES else self.code,
                "status": self.status, "detail": self.detail}
        if instance:
            body["instance"] = instance
        if self.errors is not None:
            body["errors"] = self.errors
        return JSONResponse(body, status_code=self.status, media_type=MEDIA_TYPE, headers=self.headers)


def from_problems(status: int, code: str, problems, summary: str) -> Problem:
    """A problem listing library ``Problem``s (file, row, field, message, hint), with the CLI's text."""
    items = list(problems)
    text = "\n".join(map(str, items))
    return Problem(status, code, f"{summary}\n{text}" if text else summary, [p.to_dict() for p in items])


#: The error responses each route may give, for the OpenAPI document.
def documented(*statuses: int) -> dict:
    return {status: {"model": ProblemDetail, "content": {MEDIA_TYPE: {}}} for status in statuses}


async def handler(request: Request, problem: Problem) -> JSONResponse:
    return problem.response(str(request.url.path))
