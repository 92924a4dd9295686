"""From findings to letters: who gets which letter, and what each letter says (as template variables).

The input is the findings JSON of ``evaluate`` (``Evaluation.to_dict()``, or a file of it), so a letter
made from a saved evaluation is the same as one made straight after it. Three kinds of letter:

- ``reminder`` (công văn đôn đốc): one per head who answers for unmet duties or missing reports,
  from the province's monitoring body; a commune's target answered for by its district chairman
  (Bắc Giang 1.a) goes in the district's letter, naming the commune.
- ``escalation``: where a consequence fired (Nghệ An 8705/UBND-CN mục 1), one letter per province to
  the People's Committee, naming each leader who answers and the figures that crossed the thresholds.
- ``summary`` (báo cáo): one per province to the People's Committee, counts and unmet duties per
  agency, with an annex table.

The variables each template receives are listed in ``docs/letters.md``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from ..evaluation.findings import COMPARATOR_VI, STATUS_VI, STATUSES
from ..catalogue.periods import parse_period
from ..catalogue.errors import Problem, did_you_mean
from ..catalogue.text import fold, slug
from ..i18n import _
from . import vi
from .senders import LetterError, Sender, Senders, check_sender

KINDS = ("reminder", "escalation", "summary")
KIND_VI = {"reminder": "nhac-viec", "escalation": "de-nghi-xu-ly-trach-nhiem", "summary": "bao-cao-tong-hop"}

#: The statuses a reminder lists by default: what is late, what was not reported, what was not confirmed.
REMINDER_STATUSES = ("unmet", "strive_missed", "no_data", "not_attested", "undecided")
_VERBATIM = {"official_text", "news_report"}  # provenances whose duties are quoted words of the text


@dataclass
class Letter:
    """One letter to one recipient: its kind, whom it goes to, its file name and template variables."""

    kind: str
    province: str
    recipient: dict
    filename: str  # without extension, unique in its province folder, ASCII: nhac-viec-so-tu-phap-tinh-khanh-hoa
    context: dict = field(repr=False)

    @property
    def folder(self) -> str:
        return slug(self.province)

    @property
    def path(self) -> str:
        """Where the letter goes under the output folder, without extension: khanh-hoa/nhac-viec-..."""
        return f"{self.folder}/{self.filename}"


def compose(evaluation: dict, senders: Senders, *, kinds: tuple[str, ...] = KINDS,
            letter_date: dt.date | None = None, reply_days: int | None = None, reply_by: dt.date | None = None,
            first_number: int | None = None, statuses: tuple[str, ...] = REMINDER_STATUSES,
            origin: str = "", registry=None) -> list[Letter]:
    """The letters for an evaluation (``Evaluation.to_dict()``): reminders, escalations and summaries.

    ``letter_date`` defaults to the evaluation's date; the reply is asked for ``reply_days`` after it
    (default: the sender's ``reply_days``) or by ``reply_by``. Numbers are left blank for the clerk
    unless ``first_number`` is given, then they follow on letter by letter. ``origin`` names the
    findings file in messages. A letter dated before its findings, or a reply asked for by a day not
    after the letter, is refused (LetterError), and so is a sender that no longer exists on the
    letter's date in ``registry`` (an evaluation.agencies.Registry), unless the senders file records
    the body that succeeded it from that date."""
    as_of = dt.date.fromisoformat(evaluation["as_of"])
    day = letter_date or as_of
    shown = origin or _("kết quả đánh giá")
    if day < as_of:
        raise LetterError([Problem("", None, "--date", _("ngày văn bản {day} trước ngày của kết quả đánh giá {as_of} ({source}): văn bản không thể báo cáo "
                                     "số liệu của một ngày sau ngày ban hành").format(
                                       day=f"{day:%d/%m/%Y}", as_of=f"{as_of:%d/%m/%Y}", source=shown),
                                   _("ghi ngày văn bản bằng hoặc sau ngày đánh giá"))])
    if reply_by is not None and reply_by <= day:
        raise LetterError([Problem("", None, "--reply-by", _("{reply_by} không sau ngày văn bản {day}").format(
                                       reply_by=f"{reply_by:%d/%m/%Y}", day=f"{day:%d/%m/%Y}"),
                                   _("ghi một ngày muộn hơn, hoặc dùng --reply-days"))])
    findings = evaluation["findings"]
    provinces: dict[str, list[dict]] = {}
    for index, finding in enumerate(findings):
        province = finding["agency"]["province"]
        if fold(province) not in senders.by_province:
            known = [s.province for s in senders.by_province.values()]
            raise LetterError([Problem(origin or "findings", None, f"findings[{index}].agency.province",
                                       _("không có cơ quan gửi cho tỉnh '{province}' trong {file}").format(
                                           province=province, file=senders.file),
                                       did_you_mean(province, known) or
                                       _("thêm một mục cho tỉnh này vào {file} (xem mẫu obligations/sample/senders.yaml)")
                                       .format(file=senders.file))])
        provinces.setdefault(province, []).append(finding)
    letters: list[Letter] = []
    for province, found in provinces.items():
        sender = senders.of(province, day)
        if registry is not None:
            check_sender(sender, registry, day, senders.file)
        due = reply_by or day + dt.timedelta(days=reply_days or sender.reply_days)
        base = {"sender": _sender_vars(sender), "as_of": as_of, "period": evaluation["period"],
                "period_label": _period_label(evaluation["period"]), "date": day, "reply_by": due,
                "sample_data": bool(evaluation.get("sample_data") or sender.sample), "province": province}
        groups = _by_answering_head(found)
        committee = _committee_ids(found, sender)
        to_remind = _to_remind(groups, sender, statuses, committee) if "reminder" in kinds else {}
        for head, listed in to_remind.items():
            letters.append(_reminder(base, groups[head][0]["responsible"], listed))
        if "escalation" in kinds:
            fired = [f for f in found if f["status"] == "triggered"]
            if fired:
                letters.append(_escalation(base, sender, fired))
        if "summary" in kinds:
            letters.append(_summary(base, sender, groups, {head[0] for head in to_remind},
                                    len({f["agency"]["id"] for f in found}), committee, statuses))
    _name_files(letters)
    for index, letter in enumerate(letters):
        letter.context["number"] = str(first_number + index) if first_number is not None else ""
    return letters


def _to_remind(groups: dict[tuple, list[dict]], sender: Sender, statuses: tuple[str, ...],
               committee: set[str]) -> dict[tuple, list[dict]]:
    """Per head, the findings a reminder lists; heads with none get no letter. The monitoring body
    does not remind itself, nor the People's Committee that issued the texts and is its own superior:
    what those two still owe goes into the summary report to the Committee."""
    out = {}
    for head, items in groups.items():
        listed = [f for f in items if f["status"] in statuses and f["kind"] != "consequence"]
        if listed and head[0] != sender.agency and head[0] not in committee:
            out[head] = listed
    return out


def _committee_ids(findings: list[dict], sender: Sender) -> set[str]:
    """The agency ids of the province's People's Committee (the issuer of its texts, and the sender's
    superior): its kind, or its name as the senders file gives it."""
    from ..catalogue.text import fold

    return {f["agency"]["id"] for f in findings
            if f["agency"]["kind"] == "ubnd-tinh" or fold(f["agency"]["name"]) == fold(sender.committee)}


# ---- the three kinds ---------------------------------------------------------------------------


def _reminder(base: dict, responsible: dict, findings: list[dict]) -> Letter:
    own = responsible["agency_id"]
    documents = _documents(findings)
    order = {d["id"]: i for i, d in enumerate(documents)}  # the province's own text first, as cited
    findings = sorted(findings, key=lambda f: order[f["document"]["id"]])
    items = [_item(f, own) for f in findings if f["status"] != "not_attested"]
    recipient = _recipient(responsible)
    context = {**base, "kind": "reminder", "recipient": recipient, "documents": documents,
               "unmet": [i for i in items if i["status"] == "unmet"],
               "strive_missed": [i for i in items if i["status"] == "strive_missed"],
               "no_data": _merge_periods([i for i in items if i["status"] == "no_data"]),
               "undecided": _merge_undecided([i for i in items if i["status"] == "undecided"]),
               "other": [i for i in items if i["status"] not in ("unmet", "strive_missed", "no_data", "undecided")],
               "not_attested": [_item(f, own) for f in findings if f["status"] == "not_attested"],
               "counts": _counts(findings), "checks": _checks(documents)}
    return Letter("reminder", base["province"], recipient, KIND_VI["reminder"] + "-" + _short_name(recipient), context)


def _escalation(base: dict, sender: Sender, fired: list[dict]) -> Letter:
    cases = []
    for f in fired:
        values = f["actual"]["values"] if f.get("actual") else {}
        figures = [{"metric": c["metric"], "name": c.get("metric_name") or c["metric"],
                    "value": vi.number(values.get(c["metric"]), "percent"),
                    "threshold": f"{COMPARATOR_VI.get(c['comparator'], c['comparator'])} "
                                 f"{vi.number(c['value'], 'percent')}"}
                   for c in f["consequence"]["conditions"]]
        head = f["responsible"]
        cases.append({"agency": f["agency"]["name"], "agency_id": f["agency"]["id"],
                      "leader": {"title": head["title"], "name": head["name"], "sample": head["sample"]},
                      "figures": figures, "period": f["period"], "period_label": _period_label(f["period"]),
                      "document": vi.cite(f["document"], full=False), "clause": vi.clause_ref(f["clause"]),
                      "where": _where(f), "effect": f["consequence"]["effect"], "quote": f["consequence"]["quote"],
                      "all_conditions": not f["consequence"]["any"],
                      "accountable_to": (f.get("accountable_to") or {}).get("name") or sender.committee})
    recipient = _committee(sender)
    documents = _documents(fired)
    context = {**base, "kind": "escalation", "recipient": recipient, "documents": documents,
               "cases": cases, "checks": _checks(documents)}
    return Letter("escalation", base["province"], recipient, KIND_VI["escalation"], context)


def _summary(base: dict, sender: Sender, groups: dict, reminded: set[str], evaluated: int, committee: set[str],
             statuses: tuple[str, ...]) -> Letter:
    rows = []
    own: list[dict] = []  # what the province itself (the Committee, or the sender) still owes
    for (agency_id, _), items in groups.items():
        if agency_id in committee or agency_id == sender.agency:
            own += [_item(f, agency_id) for f in items if f["status"] in statuses and f["kind"] != "consequence"]
    every = [f for items in groups.values() for f in items]
    shown = [s for s in STATUSES if any(f["status"] == s for f in every)]
    for (agency_id, _), items in groups.items():
        head = items[0]["responsible"]
        counts = _counts(items)
        rows.append({"agency": head["agency_name"], "agency_id": agency_id, "head": _person(head),
                     "counts": counts, "cells": [counts.get(s, 0) for s in shown],
                     "unmet": [_item(f, agency_id) for f in items if f["status"] == "unmet"],
                     "strive_missed": [_item(f, agency_id) for f in items if f["status"] == "strive_missed"],
                     "no_data": sum(1 for f in items if f["status"] == "no_data"),
                     "reminded": agency_id in reminded})  # by a reminder of the same run
    own = _once_each(own)
    recipient = _committee(sender)
    documents = _documents(every)
    context = {**base, "kind": "summary", "recipient": recipient, "documents": documents,
               "own": [i for i in own if i["status"] != "no_data"] + _merge_periods(
                   [i for i in own if i["status"] == "no_data"]), "checks": _checks(documents),
               "agencies_evaluated": evaluated, "totals": _counts(every),
               "columns": [{"status": s, "label": STATUS_VI[s]} for s in shown],
               "rows": rows, "with_unmet": [r for r in rows if r["unmet"]],
               "with_strive_missed": [r for r in rows if r["strive_missed"]],
               "reminders_sent": sum(1 for r in rows if r["reminded"]),
               "triggered": [r for r in rows if r["counts"].get("triggered")]}
    return Letter("summary", base["province"], recipient, KIND_VI["summary"], context)


# ---- one finding as a line of a letter -----------------------------------------------------------


def _item(f: dict, recipient_agency: str) -> dict:
    """A duty as a letter lists it: where the text says it, what it asks, the agency's figure, the deadline."""
    target = f.get("target")
    deadline = f.get("deadline") or {}
    due = dt.date.fromisoformat(deadline["date"]) if deadline.get("date") else None
    item = {"status": f["status"], "status_label": STATUS_VI[f["status"]], "kind": f["kind"],
            "document": vi.cite(f["document"], full=False), "clause": _clause(f),
            "role_note": _role_note(f), "succession_note": _succession_note(f), "conditions": [c["name"] for c in f.get("conditions") or []
                                                       if c.get("recorded") is None],
            "conditions_wanted": [vi.lower_first(c.get("wanted_vi") or c["name"]) for c in f.get("conditions") or []],
            "where": _where(f),
            "agency": f["agency"]["name"], "own": f["agency"]["id"] == recipient_agency,
            "period": f["period"], "period_label": _period_label(f["period"]),
            "deadline": due, "deadline_text": vi.short_date(due) if due else "", "deadline_phrase": deadline.get("phrase"),
            "days_late": -deadline["days_left"] if deadline.get("days_left") is not None and deadline["days_left"] < 0
            else None,
            "explanation": f["explanation"]}
    if target:
        unit = "percent" if target["scope"] == "population_share" else target["unit"]
        item["duty"] = target["metric_name"]
        item["boolean"] = unit == "boolean"  # a yes/no duty ("Triển khai Một cửa điện tử"): done or not
        item["target"] = None if item["boolean"] else \
            f"{COMPARATOR_VI[target['comparator']]} {vi.number(target['value'], unit)}"
        item["strive"] = target.get("modality") == "strive"  # "phấn đấu đạt", never "phải đạt"
        item["figure"] = _figure(f, unit)
        item["joint"] = bool(((f.get("actual") or {}).get("population") or {}).get("joint"))
        item["verbatim"] = False  # a metric's name and the text's target, not a quotation
        # a share counts bodies (Bắc Giang 1.c: 60% of the desks), not one body's figure
        item["quoted"] = (f"Tỷ lệ cơ quan đạt tiêu chí: {vi.lower_first(target['metric_name'])}"
                          if target["scope"] == "population_share" else target["metric_name"])
    else:
        verbatim = f["document"]["provenance"] in _VERBATIM
        item["duty"] = f["action"]
        item["target"] = None
        item["strive"] = False
        item["boolean"] = False
        item["joint"] = False
        item["figure"] = _event_figure(f)
        item["verbatim"] = verbatim
        item["quoted"] = _quoted(f["action"], f["document"]["provenance"])
    return item


def _once_each(items: list[dict]) -> list[dict]:
    """The province's own duties, one line each: a duty a text gives both the Committee and the sender (Chỉ thị
    15/CT-TTg's internal e-mail, bound to the provincial committee and to the departments) is still one task of the
    province, not two lines of the report."""
    once: dict[tuple, dict] = {}
    for item in items:
        once.setdefault((item["where"], item["quoted"], item.get("target"), item["period"], item["status"]), item)
    return list(once.values())


def _merge_periods(items: list[dict]) -> list[dict]:
    """One line for a report missing in several periods: "năm 2014, năm 2015 và năm 2016", with each
    deadline, rather than the same duty once a year."""
    merged: dict[tuple, dict] = {}
    for item in items:
        key = (item["where"], item["quoted"], item["target"], item["agency"])
        if key not in merged:
            merged[key] = {**item, "periods": [item["period_label"]], "deadlines": [item["deadline"]]}
            continue
        entry = merged[key]
        entry["periods"].append(item["period_label"])
        entry["deadlines"].append(item["deadline"])
        entry["period_label"] = vi.join(entry["periods"])
        entry["deadline"] = entry["deadlines"][-1]
        entry["deadline_text"] = vi.join(vi.short_date(d) for d in entry["deadlines"] if d)
        entry["days_late"] = item["days_late"] if entry["days_late"] is None else max(entry["days_late"], item["days_late"] or 0)
    return list(merged.values())


def _merge_undecided(items: list[dict]) -> list[dict]:
    """One request per duty and agency: the attribute asked for does not change with the period, so
    the periods are listed ("năm 2014 và năm 2015") rather than the request repeated."""
    merged: dict[tuple, dict] = {}
    for item in items:
        key = (item["where"], item["quoted"], item["agency"])
        entry = merged.setdefault(key, {**item, "periods": [], "conditions": [], "conditions_wanted": []})
        if item["period_label"] and item["period_label"] not in entry["periods"]:
            entry["periods"].append(item["period_label"])
        entry["conditions"] += [c for c in item["conditions"] if c not in entry["conditions"]]
        entry["conditions_wanted"] = entry["conditions_wanted"] or item["conditions_wanted"]
        entry["period_label"] = vi.join(entry["periods"])
    return list(merged.values())


def _quoted(action: str, provenance: str) -> str:
    """The duty in the text's words between quotation marks; a reconstructed or secondary text's duty
    is a summary: written plainly, never dressed as a quotation (the note to the signer says so)."""
    if provenance in _VERBATIM:
        return f"“{action}”"
    return action


def _checks(documents: list[dict]) -> list[str]:
    """What the officer who signs must check first, for the note beside the letters (never in the body)."""
    return [check for document in documents for check in vi.signer_checks(document)]


def _clause(f: dict) -> str:
    """The clause as people cite it (smallest unit first), from the finding when it gives one."""
    return f.get("clause_label") or vi.clause_ref(f["clause"])


def _role_note(f: dict) -> str:
    """" (chủ trì)", " (phối hợp với Sở Thông tin và Truyền thông)", and the encoder's inference."""
    notes = []
    role = f.get("role")
    if role and role["role"] == "lead":
        notes.append("chủ trì" + (f", phối hợp với {vi.join(role['cooperating'])}" if role["cooperating"] else ""))
    elif role:
        notes.append(f"phối hợp với {vi.join(role['lead'])}")
    inferred = f.get("actors_inferred")
    if inferred:
        notes.append(f"cơ quan thực hiện xác định theo {inferred['clause']}")
    return f" ({'; '.join(notes)})" if notes else ""


def _succession_note(f: dict) -> str:
    """`` (nhiệm vụ kế thừa từ Sở Thông tin và Truyền thông tỉnh Bắc Giang, tỉnh Bắc Giang cũ)``: the text
    bound a body that has since ceased, whose duty the recipient bears."""
    before = (f.get("succeeded_from") or {}).get("agency")
    if not before:
        return ""
    former = f", tỉnh {before['province']} cũ" if before["province"] != f["agency"]["province"] else ""
    return f" (nhiệm vụ kế thừa từ {before['name']}{former})"


def _where(f: dict) -> str:
    """``điểm a mục 1 Chỉ thị số 12/CT-UBND``; only the document where its clauses are not known."""
    document = vi.cite(f["document"], full=False)
    label = f.get("clause_label") or (vi.clause_ref(f["clause"]) if f["clause"] else None)
    return f"{label} {document}" if label else document


def _figure(f: dict, unit: str | None) -> str | None:
    """The agency's reported figure, or the population's (``37,93% (11/29 cơ quan)``); None when missing."""
    actual = f.get("actual")
    if not actual:
        return None
    population = actual.get("population")
    if population is None:
        return vi.number(actual.get("value"), unit)
    if actual.get("value") is None:
        return None
    text = vi.number(actual["value"], unit)
    if population["scope"] == "population_share":
        return text + f" ({population['meeting']}/{population['members']} cơ quan đạt)"
    basis = population.get("basis")
    if basis == "counts":
        pooled = population["reported"] - len(population.get("ratio_only") or [])
        return text + f" (tính gộp từ số liệu của {pooled}/{population['members']} cơ quan)"
    if basis == "mean_of_ratios":
        return text + (f" (tạm tính bình quân tỷ lệ của {population['reported']}/{population['members']} cơ quan, "
                       "chưa có số liệu để tính gộp)")
    return text + f" (bình quân {population['reported']}/{population['members']} cơ quan báo cáo)"


def _event_figure(f: dict) -> str | None:
    actual = f.get("actual")
    if not actual or f["kind"] != "event":
        return None
    if actual.get("done") and actual.get("date"):
        return f"hoàn thành ngày {vi.short_date(actual['date'])}"
    return "báo cáo chưa thực hiện"


# ---- helpers ---------------------------------------------------------------------------------------


def _by_answering_head(findings: list[dict]) -> dict[tuple, list[dict]]:
    """Findings grouped by the agency whose head answers for them, in the evaluation's order."""
    groups: dict[tuple, list[dict]] = {}
    for f in findings:
        head = f["responsible"]
        groups.setdefault((head["agency_id"], head["agency_name"]), []).append(f)
    return groups


def _documents(findings: list[dict]) -> list[dict]:
    """The documents a letter relies on, each with its full and short citation: the province's own
    first, then the national ones, oldest first."""
    seen: dict[str, dict] = {}
    for f in findings:
        document = f["document"]
        if document["id"] not in seen:
            seen[document["id"]] = {
                "id": document["id"], "symbol": document["symbol"], "kind": document["kind"],
                "date": dt.date.fromisoformat(document["date"]) if document.get("date") else None,
                "issuer": document["issuer"], "own": f["agency"]["province"] in document["issuer"],
                "full": vi.cite(document, full=True), "short": vi.cite(document, full=False),
                "verbatim": document["provenance"] in _VERBATIM, "provenance": document["provenance"]}
    return sorted(seen.values(), key=lambda d: (not d["own"], d["date"] or dt.date.max))


def _counts(findings: list[dict]) -> dict:
    counts = Counter(f["status"] for f in findings)
    return {s: counts[s] for s in STATUSES if counts[s]}


def _recipient(head: dict) -> dict:
    """``Kính gửi:`` the head by title; the agency is added when the title does not name it."""
    title = head["title"]
    agency = head["agency_name"]
    core = agency.split(" tỉnh ")[0].split(" huyện ")[0]
    addressed = title if (core.casefold() in title.casefold() or "UBND" in title) else f"{title} {agency}"
    return {"title": addressed, "name": head["name"], "sample": head["sample"], "agency_id": head["agency_id"],
            "agency_name": agency}


def _committee(sender: Sender) -> dict:
    return {"title": sender.committee, "name": None, "agency_id": None, "agency_name": sender.committee}


def _person(head: dict) -> str:
    """``Giám đốc Sở Y tế (Đỗ Thị Mai Anh, tên mẫu)``: a made-up name says so wherever it appears."""
    if not head["name"]:
        return head["title"]
    return f"{head['title']} ({head['name']}{', tên mẫu' if head.get('sample') else ''})"


def _short_name(recipient: dict) -> str:
    return slug(recipient["agency_name"])


def _sender_vars(sender: Sender) -> dict:
    data = sender.model_dump()
    data["symbol"] = f"{sender.code}-{sender.unit}"  # công văn: Số: .../STTTT-CNTT
    data["report_symbol"] = f"BC-{sender.code}"  # báo cáo: Số: .../BC-STTTT
    return data


def _period_label(period: str | None) -> str:
    return parse_period(period).label_vi() if period else ""


def _name_files(letters: list[Letter]) -> None:
    """File names unique within their province folder: a second agency of the same name gets its id."""
    seen: Counter = Counter(letter.path for letter in letters)
    for letter in letters:
        if seen[letter.path] > 1 and letter.recipient.get("agency_id"):
            letter.filename += "-" + slug(letter.recipient["agency_id"])
