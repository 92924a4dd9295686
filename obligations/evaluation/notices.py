"""What changed by the date evaluated, said once before any table or letter, and what the tool did.

Each notice is ``{"code", "text", ...details}``: the code and the details are the JSON contract; the
text is for people (Vietnamese, English on request). Codes:

- ``document_ended``: a text was replaced, repealed or expired on a known date before the as-of
  date: no finding for periods after it (``document``, ``status``, ``until``, ``replaced_by``,
  ``source``, ``verified``).
- ``document_end_undated``: a text is recorded as replaced/repealed/expired with no date: it is
  still evaluated as in force, and the notice asks for the date.
- ``horizon_passed``: the date is past what a text asks for ("đến năm 2020"): its recurring duties
  stop at that horizon (``document``, ``horizon``, ``until``).
- ``province_merged``: a province whose registry ended before the date and the province that took
  its territory; its texts bind the successor bodies (``province``, ``until``, ``successor``).
- ``succession``: bodies evaluated that had ceased by the date, and who bears their duties
  (``agencies``, ``kind``, ``until``, ``successors``); grouped, one notice per kind and date.
- ``no_successor``: bodies that ceased with no successor recorded: their duties are borne by no
  one and listed in the evaluation's ``unassigned`` (``agencies``, ``kind``, ``until``, ``duties``).
"""

from __future__ import annotations

import datetime as dt

from .agencies import CHANGE_VI, Registry
from ..catalogue.load import Catalogue
from ..catalogue.text import fold
from ..i18n import N_, _

STATUS_ENDED_VI = {"expired": N_("hết hiệu lực"), "replaced": N_("được thay thế"), "repealed": N_("bị bãi bỏ")}
LISTED = 5  # names listed in one notice before "and N others"


def time_notices(catalogue: Catalogue, registry: Registry, checks, plan, unassigned: list[dict],
                 findings: list, as_of: dt.date) -> list[dict]:
    provinces = {fold(d.subject.province) for d in plan.subjects} | {fold(a.province) for a, _b in plan.ceased}
    provinces |= {fold(a.province) for a, _last in plan.lost}
    notices: list[dict] = []
    notices += _province_notices(registry, provinces, as_of)
    notices += _document_notices(catalogue, checks, provinces, as_of)
    notices += _succession_notices(catalogue, plan, unassigned)
    return notices


def _day(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:LISTED])
    return shown + (_(" và {count} cơ quan khác").format(count=len(names) - LISTED) if len(names) > LISTED else "")


def _verified(verified: bool) -> str:
    return "" if verified else _(" (chưa được xác minh)")


def _province_notices(registry: Registry, provinces: set[str], as_of: dt.date) -> list[dict]:
    out = []
    for key in sorted(provinces):
        header = registry.headers.get(key)
        if header is None or header.existed.until is None or header.existed.until >= as_of:
            continue
        successor = header.successor
        if successor is None:
            out.append({"code": "province_merged", "province": header.province,
                        "until": header.existed.until.isoformat(), "successor": None,
                        "text": _("Tỉnh {province} không còn từ sau ngày {until}; danh sách cơ quan không ghi tỉnh kế thừa.")
                        .format(province=header.province, until=_day(header.existed.until))})
            continue
        kept = fold(successor.province) == key
        what = (_("hợp nhất với tỉnh {others}, giữ tên tỉnh {province}").format(
            others=", ".join(p for p in successor.merged_with if fold(p) != key) or "?", province=header.province)
            if kept else _("hợp nhất vào tỉnh {successor}").format(successor=successor.province))
        source = f" ({successor.source})" if successor.source else ""
        out.append({"code": "province_merged", "province": header.province, "until": header.existed.until.isoformat(),
                    "successor": {"province": successor.province, "from": successor.since.isoformat(),
                                  "change": successor.change, "merged_with": list(successor.merged_with),
                                  "source": successor.source, "verified": successor.verified},
                    "text": _("Tỉnh {province} {what} từ ngày {since}{source}{verified}. Văn bản của tỉnh {province} "
                              "trước đó nay do các cơ quan kế thừa thực hiện; mỗi kết quả ghi rõ cơ quan cũ và tỉnh cũ.")
                    .format(province=header.province, what=what, since=_day(successor.since), source=source,
                            verified=_verified(successor.verified))})
    return out


def _document_notices(catalogue: Catalogue, checks, provinces: set[str], as_of: dt.date) -> list[dict]:
    documents = {}
    for check in checks:
        document = check.document
        if document.level != "national" and document.province and fold(document.province) not in provinces:
            continue
        documents.setdefault(document.id, (document, check.until))
    out = []
    for document, until in documents.values():
        validity = document.validity
        end = until or (validity.in_force_until if validity else None)
        label = f"{document.kind_vi} {document.symbol or _('(chưa rõ số)')} {_('của')} {document.issuer.name}"
        if end is not None and end < as_of:
            status = str(validity.status) if validity else "expired"
            replaced = catalogue.documents.get(validity.replaced_by) if validity and validity.replaced_by else None
            replacement = (replaced.symbol or replaced.id) if replaced else (validity.replaced_by_text if validity else None)
            what = _(STATUS_ENDED_VI.get(status, STATUS_ENDED_VI["expired"]))
            amended = validity is None or validity.in_force_until is None  # its end is the amended text's
            out.append({"code": "document_ended", "document": document.id, "symbol": document.symbol,
                        "status": status, "until": end.isoformat(),
                        "replaced_by": replacement, "follows_amended": amended,
                        "source": validity.source if validity else None,
                        "verified": bool(validity and validity.verified),
                        "text": _("{document} {what}{by} từ sau ngày {until}{verified}: không đánh giá các kỳ sau ngày đó.")
                        .format(document=label, what=what,
                                by=(" " + _("bằng {replacement}").format(replacement=replacement)) if replacement else "",
                                until=_day(end), verified=_verified(bool(validity and validity.verified)))
                        + (" " + _("(văn bản sửa đổi, hết hiệu lực cùng văn bản được sửa đổi)") if amended else "")})
        elif validity is not None and validity.ended and end is None:
            out.append({"code": "document_end_undated", "document": document.id, "symbol": document.symbol,
                        "status": str(validity.status), "source": validity.source, "verified": validity.verified,
                        "text": _("{document} được ghi là {what} nhưng không rõ từ ngày nào: vẫn đánh giá như còn hiệu "
                                  "lực; cần ghi ngày (validity.in_force_until).").format(
                                      document=label, what=_(STATUS_ENDED_VI.get(str(validity.status), STATUS_ENDED_VI["expired"])))})
        if document.horizon is not None and document.horizon.last_day < as_of and not (end and end < as_of):
            phrase = f" (“{document.horizon.phrase}”)" if document.horizon.phrase else ""
            out.append({"code": "horizon_passed", "document": document.id, "symbol": document.symbol,
                        "horizon": document.horizon.until, "until": document.horizon.last_day.isoformat(),
                        "text": _("{document} đặt mục tiêu đến {horizon}{phrase}: ngày đánh giá đã qua mốc này; các "
                                  "nhiệm vụ định kỳ không được đánh giá cho các kỳ sau ngày {until}.").format(
                                      document=label, horizon=document.horizon.until, phrase=phrase,
                                      until=_day(document.horizon.last_day))})
    return out


def _succession_notices(catalogue: Catalogue, plan, unassigned: list[dict]) -> list[dict]:
    """One notice per province, day and kind of change for bodies with successors; one per province,
    kind of body and day for those with none (the district level: once, not once per district)."""
    out = []
    groups: dict[tuple, list] = {}
    for agency, bearers in plan.ceased:
        found = [b for b in bearers if not b.lost]
        if not found:
            continue
        change = found[0].steps[0].record.change if found[0].steps else "merged"
        groups.setdefault((agency.province, agency.existed.until, change), []).append((agency, found))
    for (province, until, change), members in groups.items():
        ceased = [a for a, _found in members]
        successors = list(dict.fromkeys(b.agency.id for _a, found in members for b in found))
        names = list(dict.fromkeys(b.agency.name for _a, found in members for b in found))
        verified = all(s.record.verified for _a, found in members for b in found for s in b.steps)
        kinds = list(dict.fromkeys(a.kind for a in ceased))
        out.append({"code": "succession", "agencies": [a.id for a in ceased], "kind": kinds[0] if len(kinds) == 1 else None,
                    "kinds": kinds, "province": province, "until": until.isoformat() if until else None,
                    "change": change, "successors": successors, "verified": verified,
                    "text": _("{who} không còn từ sau ngày {until} ({change}){verified}; nay do {successors} kế thừa.")
                    .format(who=_who(catalogue, ceased, province), until=_day(until) if until else "?",
                            change=_(CHANGE_VI[change]) if change in CHANGE_VI else change,
                            verified=_verified(verified), successors=_names(names))})
    lost: dict[tuple, list[dict]] = {}
    for entry in unassigned:  # by level: the district level that ended is said as such, once
        agency = entry["agency"]
        actor = catalogue.actors.get(agency["kind"])
        level = actor.level.value if actor else ""
        lost.setdefault((agency["province"], level, entry["ceased"]), []).append(entry)
    for (province, _level, until), entries in lost.items():
        duties = sum(e["duties"] for e in entries)
        bodies = [_chosen(plan, e["agency"]["id"]) for e in entries]
        who = _who(catalogue, bodies, province)
        kinds = list(dict.fromkeys(e["agency"]["kind"] for e in entries))
        until_day = dt.date.fromisoformat(until) if until else None
        out.append({"code": "no_successor", "agencies": [e["agency"]["id"] for e in entries],
                    "kind": kinds[0] if len(kinds) == 1 else None, "kinds": kinds,
                    "province": province, "until": until, "duties": duties,
                    "text": _("{who} không còn từ sau ngày {until}; danh sách cơ quan không ghi cơ quan kế thừa: "
                              "{duties} nghĩa vụ cho các kỳ sau ngày đó không giao được cho cơ quan nào và không được "
                              "đánh giá (mục 'unassigned' của kết quả JSON).").format(
                                  who=who, until=_day(until_day) if until_day else "?", duties=duties)})
    return out


def _chosen(plan, agency_id: str):
    return next(chosen for chosen, _last in plan.lost if chosen.id == agency_id)


def _who(catalogue: Catalogue, ceased: list, province: str) -> str:
    if len(ceased) == 1:
        return ceased[0].name
    kinds = {a.kind for a in ceased}
    if len(kinds) == 1:
        return _("{count} cơ quan loại {kind} của tỉnh {province}").format(
            count=len(ceased), kind=_kind_name(catalogue, ceased[0].kind), province=province)
    return _("{count} cơ quan của tỉnh {province} ({names})").format(
        count=len(ceased), province=province, names=_names([a.name for a in ceased]))


#: said once after the notices, where a body ceased: what the tool does about it
SUCCESSION_RULE = N_("Cơ quan kế thừa thực hiện và chịu trách nhiệm các nghĩa vụ văn bản giao cho cơ quan cũ cho các kỳ "
                     "từ ngày kế thừa (kết quả ghi “kế thừa chức năng của …”); các kỳ đã kết thúc trước đó là của cơ quan "
                     "cũ (xem bằng --as-of trước ngày đó); không gửi văn bản nào đến hoặc từ cơ quan đã không còn.")


def notice_lines(notices: list[dict]) -> list[str]:
    """The block people read before any table or letter: a heading, the notices, and the rule of
    succession once where a body ceased."""
    if not notices:
        return []
    lines = [_("Lưu ý về thời điểm đánh giá:")] + [f"  - {notice['text']}" for notice in notices]
    if any(n["code"] in ("succession", "no_successor") for n in notices):
        lines.append("  " + _(SUCCESSION_RULE))
    return lines


def _kind_name(catalogue: Catalogue, kind: str) -> str:
    actor = catalogue.actors.get(kind)
    return actor.name if actor else kind
