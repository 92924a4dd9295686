"""The work a route of the API and a page of the web application both do, done once here: reading
an uploaded facts file and storing a submission, the reporting template of an agency, composing,
rendering and issuing letters, and the register's follow-up. The faces only parse their input and
shape the answer (JSON, or a page)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import tempfile
import zipfile
from pathlib import Path

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from .. import letters as lib
from ..catalogue.errors import NotFound
from ..catalogue.errors import Problem as LibraryProblem
from ..catalogue.text import slug
from ..evaluation.agencies import Registry
from ..evaluation.facts import Fact, FactError, read_facts
from ..i18n import _
from ..store import DuplicateNumber, Principal
from .problems import Problem, from_problems
from .routes.evaluations import run
from .service import Service, same_province

MAX_UPLOAD = 50 * 1024 * 1024  # bytes; a province's yearly sheet is a few hundred kilobytes
#: a submission this small is read and stored on the event loop (a few milliseconds); larger ones in a thread
SMALL = 100
MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "pdf": "application/pdf", "html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8"}
#: the kinds of letter whose text asks the recipient to report back by a day (the escalation does not)
ASKS_REPLY = ("reminder", "summary")

# -- facts ------------------------------------------------------------------------------------


def check_scope(principal: Principal, facts: list[Fact], registry: Registry) -> None:
    """Every fact must be of an agency this principal may write for; 403 names every row that is not."""
    refused = []
    for fact in facts:
        agency = registry.agencies[fact.agency]
        if principal.role == "reader":
            break
        if principal.role == "reporter" and fact.agency != principal.agency:
            reason = _("tài khoản '{name}' báo cáo cho {own}, không báo cáo cho {agency}").format(
                name=principal.name, own=principal.agency, agency=fact.agency)
        elif not same_province(principal.province or "", agency.province):
            reason = _("tài khoản '{name}' chỉ làm việc với {own}; {agency} thuộc {province}").format(
                name=principal.name, own=principal.province, agency=fact.agency, province=agency.province)
        else:
            continue
        refused.append(LibraryProblem(*where(fact.origin), "agency", reason))
    if principal.role == "reader":
        raise Problem(403, "forbidden", _("tài khoản '{name}' có vai trò reader (chỉ xem); gửi số liệu cần tài "
                                          "khoản báo cáo (reporter) hoặc quản trị (admin)").format(name=principal.name))
    if refused:
        raise from_problems(403, "forbidden", refused, _("{count} dòng là số liệu của cơ quan mà tài khoản này không "
                                                         "được báo cáo: chưa lưu gì").format(count=len(refused)))


def where(origin: str) -> tuple[str, int | None]:
    """(file, row) of a fact's origin, as the reader's own messages give them: ``facts[0]`` is row 1
    of the JSON list, ``reports.csv:12`` row 12 of the file."""
    match = re.fullmatch(r"(.*)\[(\d+)\]", origin)
    if match:
        return match[1], int(match[2]) + 1
    file, _colon, line = origin.rpartition(":")
    return (file, int(line)) if file and line.isdigit() else (origin, None)


def dated(facts: list[Fact], today: dt.date) -> list[Fact]:
    """A fact given without its report date was reported to the store today."""
    return [f if f.reported else dataclasses.replace(f, reported=today) for f in facts]


async def store_facts(request: Request, svc: Service, principal: Principal, facts: list[Fact], registry: Registry,
                      source: str, key: str | None):
    """Store one submission (all its rows in one transaction, or none) for a principal who may write
    every row, audited; (the import, whether it is new) -- a known Idempotency-Key stores nothing."""
    check_scope(principal, facts, registry)
    facts = dated(facts, dt.datetime.now(dt.timezone.utc).date())
    record, created = await svc.call(svc.store.add_facts, facts, registry, by=principal.name, source=source,
                                     idempotency_key=key, cheap=len(facts) <= SMALL)
    provinces = sorted({registry.agencies[f.agency].province for f in facts})
    await svc.audit(request, principal, "facts:submit" if created else "facts:replay", 201 if created else 200,
                    {"import_id": record.id, "rows": record.rows, "source": source, "idempotency_key": key,
                     "agencies": sorted({f.agency for f in facts})[:50]},
                    province=provinces[0] if len(provinces) == 1 else principal.province)
    return record, created


def read_upload(name: str, content: bytes, svc: Service, registry: Registry, notes: list | None = None) -> list[Fact]:
    """The facts of an uploaded file (.csv, .xlsx, .json) read as the command line reads them; a
    Problem (422) listing every row's problem, with the file's own name, when any row is wrong.
    ``notes`` receives the reader's notes (a ratio read as a percentage), with the file's own name."""
    if len(content) > MAX_UPLOAD:
        raise Problem(413, "too-large", _("{name}: lớn hơn {size} MB; hãy chia thành nhiều tệp").format(
            name=name, size=MAX_UPLOAD // (1024 * 1024)))
    with tempfile.TemporaryDirectory(prefix="obligations-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        read_notes: list = []
        try:
            read = read_facts([path], svc.catalogue, registry, read_notes)
        except FactError as error:
            problems = [dataclasses.replace(p, file=name if p.file.startswith(folder) else p.file)
                        for p in error.problems]
            raise from_problems(422, "invalid-facts", problems, _(
                "{count} vấn đề: chưa lưu gì. Sửa các vấn đề trên rồi tải lên lại.").format(count=len(problems))) from None
        if notes is not None:
            notes.extend(dataclasses.replace(n, file=name if n.file.startswith(folder) else n.file) for n in read_notes)
        return read



# -- letters ----------------------------------------------------------------------------------


def compose_letters(svc: Service, principal: Principal, body):
    """The evaluation's JSON and the letters it gives (``body``: the API's LettersIn), for an administrator."""
    Service.require(principal, "admin")
    if body.reply_days and body.reply_by:
        raise Problem(422, "bad-request", _("chỉ cho reply_days hoặc reply_by, không cho cả hai"))
    _params, data = run(svc, principal, body)
    try:
        made = lib.compose(data, lib.load_senders(svc.settings.senders), kinds=tuple(body.kinds),
                           letter_date=body.letter_date, reply_days=body.reply_days, reply_by=body.reply_by,
                           statuses=tuple(body.statuses), registry=svc.registry())
    except lib.LetterError as error:
        raise from_problems(422, "letters", error.problems, _("Chưa lập công văn nào.")) from None
    return data, made


def cited(letter, data: dict, statuses: list[str]) -> list[dict]:
    """The findings a letter cites: a reminder, its recipient's listed ones; an escalation, the fired
    consequences; a summary, every listed or fired one of its province."""
    return _cited(letter, [f for f in data["findings"] if f["agency"]["province"] == letter.province], statuses)


def cited_by_letter(made, data: dict, statuses: list[str]) -> list[list[dict]]:
    """:func:`cited` for every letter, the findings grouped once (a province's list has thousands of
    findings and dozens of letters)."""
    by_province: dict[str, list[dict]] = {}
    for finding in data["findings"]:
        by_province.setdefault(finding["agency"]["province"], []).append(finding)
    return [_cited(letter, by_province.get(letter.province, []), statuses) for letter in made]


def _cited(letter, found: list[dict], statuses: list[str]) -> list[dict]:
    if letter.kind == "reminder":
        found = [f for f in found if f["responsible"]["agency_id"] == letter.recipient.get("agency_id")
                 and f["status"] in statuses]
    elif letter.kind == "escalation":
        found = [f for f in found if f["status"] == "triggered"]
    else:
        found = [f for f in found if f["status"] in statuses or f["status"] == "triggered"]
    return [{"check": f["check"], "agency": f["agency"]["id"], "period": f["period"], "status": f["status"]}
            for f in found]


def chosen_letters(made, only: list[int], first_number: int | None = None):
    """The letters asked for (all, or those of the indexes given), numbered one after the other from
    ``first_number`` when it is given (blank otherwise, for the clerk)."""
    bad = [i for i in only if not 0 <= i < len(made)]
    if bad:
        raise Problem(422, "bad-request", _("không có công văn số thứ tự {index}: lần đánh giá này cho {count} "
                                            "công văn, số thứ tự từ 0 đến {last}").format(
                          index=bad[0], count=len(made), last=len(made) - 1))
    chosen = [(i, made[i]) for i in dict.fromkeys(only)] if only else list(enumerate(made))
    if first_number is not None:
        for offset, (_index, letter) in enumerate(chosen):
            letter.context["number"] = str(first_number + offset)
    return chosen


def letters_download(chosen, formats: list[str]) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the chosen letters: one letter in one format as itself,
    else a zip of every letter in every format with the list of letters."""
    if len(chosen) == 1 and len(formats) == 1:
        letter, fmt = chosen[0][1], formats[0]
        return render_letter(letter, fmt), MEDIA[fmt], f"{letter.filename}.{fmt}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for _index, letter in chosen:
            for fmt in formats:
                archive.writestr(f"{letter.path}.{fmt}", render_letter(letter, fmt))
        archive.writestr(lib.output.INDEX, "\ufeff" + lib.index_csv([m for _index, m in chosen], formats[0]))
    return buffer.getvalue(), "application/zip", "thu-nhac-viec.zip"


def render_letter(letter, fmt: str) -> bytes:
    try:
        return lib.render(letter, fmt)
    except lib.LetterError as error:
        raise from_problems(422, "letters", error.problems, _("Chưa lập công văn nào.")) from None


async def issue_letters(request: Request, svc: Service, principal: Principal, body) -> list:
    """Number the letters chosen (``body``: the API's IssueIn), render them, record them in the
    register with their reply due date (all or none; 409 when a number is taken), audited."""
    data, made = await run_in_threadpool(compose_letters, svc, principal, body)
    chosen = chosen_letters(made, body.only, body.first_number)
    if not chosen:
        raise Problem(404, "not-found", _("không có công văn nào để phát hành: không có kết quả nào thuộc các "
                                          "loại đã chọn"))
    for _index, letter in chosen:
        svc.require_province(principal, letter.province)
    entries = []
    for _index, letter in chosen:
        content = await run_in_threadpool(render_letter, letter, body.format)
        entries.append({"province": letter.province, "number": letter.context["number"],
                        "letter_date": letter.context["date"], "kind": letter.kind,
                        "recipient": letter.recipient["title"], "recipient_agency": letter.recipient.get("agency_id"),
                        "findings": cited(letter, data, body.statuses), "as_of": body.as_of,
                        "known_at": dt.datetime.fromisoformat(data["known_at"]),
                        "catalogue_version": svc.version, "file_name": f"{letter.filename}.{body.format}",
                        "media_type": MEDIA[body.format], "content": content, "issued_by": principal.name,
                        "reply_due": letter.context["reply_by"] if letter.kind in ASKS_REPLY else None})
    try:
        rows = await run_in_threadpool(svc.store.record_letters, entries)
    except DuplicateNumber:
        taken = svc.store.numbers_taken(chosen[0][1].province, [e["number"] for e in entries])
        raise Problem(409, "conflict", _("số {numbers} đã có trong sổ đăng ký công văn của {province}: chọn "
                                         "first_number sau số cuối cùng đã cấp").format(
                          numbers=", ".join(taken) or "?", province=chosen[0][1].province)) from None
    await svc.audit(request, principal, "letters:issue", 201,
                    {"letters": [{"id": r.id, "number": r.number, "recipient": r.recipient} for r in rows]},
                    province=rows[0].province)
    return rows


# -- the register's follow-up -------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class RegisterEntry:
    """A letter of the register with its follow-up as at ``today``: the reply due, the reply received
    (the first recorded), and whether the reply is overdue (due before today, none received)."""

    letter: object  # the store's IssuedLetter
    reply: object | None  # the store's LetterReply
    overdue: bool


def register(svc: Service, principal: Principal, province: str | None, limit: int, offset: int,
             today: dt.date | None = None) -> list[RegisterEntry]:
    if principal.role == "reporter":
        raise Problem(403, "forbidden", _("tài khoản '{name}' có vai trò reporter; sổ đăng ký công văn dành cho "
                                          "vai trò admin và reader").format(name=principal.name))
    if province:
        svc.require_province(principal, province)
    rows = svc.store.letters(province or principal.province, limit, offset)
    replies = svc.store.replies(r.id for r in rows)
    today = today or dt.date.today()
    return [RegisterEntry(r, replies.get(r.id), r.reply_due is not None and r.id not in replies and r.reply_due < today)
            for r in rows]


async def record_reply(request: Request, svc: Service, principal: Principal, letter_id: int, received_on: dt.date,
                       reference: str | None):
    """Record that the reply to a letter of the register came in (an administrator of its province);
    appended and audited. A second reply to the same letter is recorded too (the first one counts)."""
    Service.require(principal, "admin")
    letter = svc.store.letter(letter_id)
    if letter is None or not principal.may_read_province(letter.province):
        raise Problem(404, "not-found", _("không có công văn {letter_id} trong sổ đăng ký của tỉnh mà tài khoản này "
                                          "làm việc").format(letter_id=letter_id))
    if received_on < letter.letter_date:
        raise Problem(422, "bad-request", _("ngày nhận trả lời {received} trước ngày công văn {date}").format(
            received=f"{received_on:%d/%m/%Y}", date=f"{letter.letter_date:%d/%m/%Y}"))
    reply = await run_in_threadpool(svc.store.record_reply, letter_id, received_on, reference, principal.name)
    await svc.audit(request, principal, "letters:reply", 201,
                    {"letter_id": letter_id, "number": letter.number, "received_on": received_on.isoformat(),
                     "reference": reference}, province=letter.province)
    return reply


# -- the reporting template ---------------------------------------------------------------------


def reporting_template(svc: Service, principal: Principal, agency_id: str, period: str) -> tuple[str, bytes]:
    """(file name, the .xlsx) of what the agency must report for the period: the command line's
    'obligations template --agency ID --period P' (``obligations.evaluation.template``)."""
    from ..catalogue.periods import parse_period
    from ..evaluation.template import reporting_rows, write_workbook

    registry = svc.registry()
    agency = svc.agency(registry, agency_id)
    svc.require_agency(principal, agency)
    try:
        parse_period(period)
    except ValueError as error:
        raise Problem(422, "bad-request", str(error)) from None
    try:
        rows = reporting_rows(svc.catalogue, registry, period, agencies=[agency.id]).get(agency.id, [])
    except NotFound as error:
        raise Problem(404, "not-found", str(error)) from None
    if not rows:
        raise Problem(404, "not-found", _("{agency} không phải báo cáo gì trong kỳ {period}").format(
            agency=agency.name, period=period))
    name = f"{agency.id}-{slug(period)}.xlsx"
    with tempfile.TemporaryDirectory(prefix="obligations-template-") as folder:
        path = write_workbook(Path(folder) / name, rows, svc.catalogue, period, f"Mẫu báo cáo kỳ {period}: {agency.name}",
                              sample=agency.province in registry.samples)
        return name, path.read_bytes()
