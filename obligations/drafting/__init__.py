"""The drafter: a directive's text in, a draft encoding out, every guess marked for review.

``draft_text(text, catalogue)`` returns the directive file's content (a dict in the catalogue's
format, see directives/README.md); ``draft_yaml(...)`` the same as YAML text; ``read_text(path)``
reads a .txt or .docx file. The draft is written from the grammar of administrative texts
(grammar.py, layout.py, duties.py); nothing in it is taken from an encoded directive.

    obligations draft van-ban.txt --out directives/tinh-x/van-ban.yaml
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

from ..catalogue.text import quote_key, slug
from ..i18n import _
from . import grammar as g
from .duties import (Context, Drafter, GIVEN_ISSUER, LEVELS_FIGURES, UNKNOWN_ACTOR, aims_closed_by_the_plans_period, built_in_the_plans_year, craft_bans_bind_their_owners, sanctions_are_the_issuers, checked_during_the_window, done_in_the_events_time, done_in_the_occasions_window,
                     opening_year,
                     date_targets_by_the_opening, date_targets_by_the_plans_year, goals_dated_through_the_run, halted_acts_hold, inline_list, windows_are_not_due_dates, a_window_cell_heads_the_act_after, carried_on_until_a_day, dated_by_the_time_named_before, dated_by_the_completion_after, dated_by_the_report_after, a_time_line_dates_the_duty_before, urgent_lead, a_day_held_is_no_due_date, done_on_the_items_own_day, read_deadlines, sentence_around, strive_by_the_title,
                     strive_through_the_run, targets_title, text_campaign, text_event, DATED_LEAD_INSIDE)
from .duties import further_documents_join  # round 79 (d): R5, a list of documents is one duty's objects
from .duties import work_within_the_year  # round 66 (c): R6, the lead's year of the work
from .duties import bans_bind_the_public  # round 68 (c): R1, R7
from .duties import family_occasions_bind_the_families  # round 86 (a): R1
from .duties import the_department_named_before  # round 79 (a): R7
from .duties import asked_again_of_the_charged  # round 88 (a): R1
from .duties import on_watch_on_the_day_off  # round 45 (R3)
from .duties import done_for_the_events_day  # round 92 (a): R3, one event's one day
from .duties import a_gatherings_figures  # R3, R6: a gathering's figures
from .duties import _sets_figures  # round 54: a figure in an aim told in the preamble (R2, R5)
from .actors import CENTRAL_CITIES, DISTRICTS_ABOLISHED, _PROVINCES_NAMES, PREDICATE as ACTOR_PREDICATE
from .layout import build_tree, page_furniture, paragraphs, read_header, written_on
from .read import DraftError, read_text

__all__ = ["DraftError", "draft_text", "draft_yaml", "dump_yaml", "read_text", "read_deadlines", "UNKNOWN_ACTOR"]

_NATIONAL_ISSUERS = {"thu tuong chinh phu": "ttg", "chinh phu": "cp"}  # directives/README.md, Identifiers


def draft_text(text: str, catalogue, *, source: str | None = None, province: str | None = None,
               issuer: str | None = None, date: dt.date | None = None) -> dict:
    """The draft directive file for ``text``. ``source``: the text's path as provenance.source (relative
    to the directives folder, or ``shared:...``); ``province``: the issuing province when the header
    does not say it; ``issuer``: the taxonomy id of the body that issued the text, as the officer knows it
    from where the text came (a ward's page that names no body): it takes the duties that name no body (R2),
    in place of the drafter's reading of the running text; ``date``: the day the text was issued, as the officer
    knows it from where the text came (a portal page that prints no date), used only when the text gives none: it
    names the year of the days the text writes without one."""
    return _draft(text, catalogue, source=source, province=province, issuer=issuer, date=date)


def _draft(text: str, catalogue, *, source: str | None, province: str | None, issuer: str | None,
           date: dt.date | None, level: str | None = None) -> dict:
    """:func:`draft_text`'s draft; ``level``: the level the text was read at a first time ("district", "commune"), for
    its second reading (R7), else None (read from the header and the running text)."""
    if issuer is not None and issuer not in catalogue.actors:
        from ..catalogue.errors import did_you_mean
        hint = did_you_mean(issuer, catalogue.actors)
        raise DraftError(_("--issuer: '{issuer}' không có trong danh mục chủ thể (directives/catalogue/actors.yaml); "
                           "dùng id của một chủ thể, ví dụ ubnd-xa, ubnd-huyen, so-y-te").format(issuer=issuer)
                         + (f"; {hint}" if hint else ""))
    given_province = province
    paras = paragraphs(text)
    header = read_header(paras)
    given_date = date if date is not None and header.date is None else None
    if given_date is not None:
        header.date = given_date  # the officer's, where the text prints none
    body_start, body_end = _body(paras, header)
    document, doc_review = _document(header, source, province)
    if given_date is not None:
        doc_review.append(_("văn bản không ghi ngày ban hành; ngày {day} do người soạn nhập (--date): xác nhận theo "
                            "nơi lấy văn bản").format(day=given_date.strftime("%d/%m/%Y")))
    elif date is not None and date != header.date:
        doc_review.append(_("--date {given} khác ngày văn bản ghi ({written}): bản nháp theo ngày văn bản ghi; kiểm "
                            "tra lại").format(given=date.strftime("%d/%m/%Y"), written=header.date.strftime("%d/%m/%Y")))
    preamble = paras[header.body_start:body_start]
    relations, relation_review, not_duties = _relations(preamble, catalogue, document)
    document["relations"] = relations
    provincial = document["level"] == "provincial"
    # a headerless text's bodies are read with the province its running text names; the document's stays unknown
    province = document.get("province") or (_province_named(paras[header.body_start:body_end]) if provincial else None)
    levels_date = document.get("date") or _local_levels_date(paras)
    level = level or _issuer_level(header, paras[header.body_start:body_end], issuer, catalogue, levels_date)
    drafter = Drafter(catalogue, header.addressees, province, document.get("date"), provincial,
                      levels_date=levels_date, issuer_level=level)
    if drafter.year is None and (written := written_on(paras)) is not None:
        drafter.year, drafter.year_from = written[0].year, written[1]  # a news item's dateline, "Ngày 16/4/2020, ..."
    if drafter.year is None and drafter.day_written is None and (own := _own_year_named(
            [document.get("title") or ""] + [para.text for para in paras[header.body_start:body_end]])) is not None:
        # round 56: a text with no date of its own whose title or opening names its year ("Kế hoạch ... năm 2018",
        # "mùa mưa, lũ 2021"): the days it writes without a year are of that year (R3, R6; an inference, marked);
        # only those days (the text's own year stays unknown for its other readings)
        drafter.opening_year = own
    if drafter.year is None and drafter.day_written is None and drafter.opening_year is None \
            and (stamp := written_on(paras, stamped=True)) is not None:
        # round 78 (d), R3: no dateline at its head and no year in its title or opening, but the page's stamp after its
        # text or on its title's line ("... 08/08/2025 18:19", "Tô Thành – haiphong.gov.vn 07/09/2018"): the year the
        # text itself prints, taken by the days it writes without one ("trước ngày 12-8"; an inference, marked)
        drafter.year, drafter.year_from, drafter.year_stamped = stamp[0].year, stamp[1], True
    drafter.addressees_in_text([para.text for para in paras[header.body_start:body_end]])
    named = drafter.actor_index.anywhere(document["issuer"]["name"]) if not issuer and document["issuer"].get("name") else []
    if (own := issuer or (named[-1][2] if named else None)) and drafter._is_department(own):
        # R7: a Sở's own letter or plan (the officer's --issuer, or the header's last line, "UBND TỈNH ... / SỞ Y TẾ"):
        # its bare "các đơn vị trực thuộc", "Thủ trưởng các đơn vị trực thuộc" are its own units, as a news item's
        # account of its letter reads them
        drafter.actor_index.department = True
        drafter.actor_index.department_id = own  # round 67 (d): its bare "Sở" is itself (R7)
    if not header.issuer and level is None and _a_central_body_speaks(paras[header.body_start:body_end]):
        # round 72 (c), R1: a news page telling a central body's letter ("Bộ Tài nguyên và Môi trường đề nghị UBND các
        # địa phương ...", "Thủ tướng yêu cầu các địa phương ..."): its "các địa phương" are the catalogue's class of the
        # local governments (dia-phuong), as a ministry's own text reads them, not the level below a province
        drafter.actor_index.localities_of_the_centre()
    drafter.assignment_in_text([para.text for para in paras[header.body_start:body_end]])
    opening = [document.get("title") or ""] + [para.text for para in paras[header.body_start:body_end]]
    drafter.event = text_event(opening)  # a storm's text: its undated asks are for that storm
    drafter.campaign = text_campaign(opening)  # a campaign of so many days: its undated asks are due at its end
    tree = build_tree(paras[body_start:body_end])
    # "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ... thực hiện tốt các nội dung sau:": whom the items charge
    lead_in = preamble[-1].text if preamble and (preamble[-1].text.rstrip().endswith(":") or re.search(
        r"\b(sau|duoi day)\W*$", g.fold_chars(preamble[-1].text))) else None
    context = drafter.lead_in(lead_in) if lead_in else Context()
    if lead_in is None and preamble and (titled := drafter.title_binds(preamble[-1].text)) is not None:
        # round 83 (a), R2: a lettered heading over the body naming whose tasks they are ("A. NHIỆM VỤ CHỦ YẾU NĂM HỌC
        # ... CỦA NGÀNH GIÁO DỤC VÀ ĐÀO TẠO TỈNH", its letter no marker the body starts at): the items are that body's
        context = titled
    if lead_in is None and preamble and body_start < body_end and _CONTENTS_LABEL.match(g.fold_chars(paras[body_start].text)):
        # round 59 (c), R1: the issuer's charge closing the preamble with no colon ("Sở Nông nghiệp và PTNT đề nghị UBND
        # các huyện, thị xã, thành phố triển khai Tháng hành động ...") over a bare label that opens the body ("Nội dung
        # thực hiện:", "Các nội dung chính:", "Cụ thể:"): the charge and its label are one lead-in ("... thực hiện các nội
        # dung sau:"), so the items that name no body bind those it charges, not the issuer (marked as a lead-in's are);
        # not a charge to the people (a call, its items are its own rules), nor a label that names a body of its own
        charge = drafter.lead_in(preamble[-1].text, by_verb_only=True, opening_only=True)
        if charge.actors and not any(drafter.actor_index.is_people(actor) for actor in charge.actors):
            context = charge
    if lead_in and (urgent := urgent_lead(lead_in)):  # "Công văn yêu cầu các đơn vị khẩn trương thực hiện các nội dung sau:"
        context.deadline = urgent
    if lead_in and (aims := DATED_LEAD_INSIDE.search(g.fold_chars(lead_in))):
        # "Theo đó, mục tiêu cụ thể ... đến năm 2025 đạt được như sau:" closing the preamble over the items: their
        # heading, its year their period (R6), as a lead inside a paragraph dates the items after it
        drafter._inherit_period(context, lead_in[:aims.end()])
    elif lead_in and context.deadline is None and (within := work_within_the_year(lead_in)) is not None:
        # round 66 (c): "Sở Công Thương đề ra các nhiệm vụ ... trong năm 2022, cụ thể như sau:" over the body: the
        # year the work is done in closes the items that name no time of their own (R6, R3)
        context.deadline, context.period = within, within["period"]
    if lead_in and (year := drafter.leads_year(lead_in)):
        # round 93 (b), R6: "Các đợt và thời gian thực hiện diệt chuột tập trung năm 2019 như sau:" closing the preamble
        # of a plan issued in 2018: the items' days and months written without a year are of the lead's year
        context.year = year
    charges_before = _charges_in_the_preamble(preamble, lead_in, drafter)
    if charges_before is not None:  # "UBND xã đề nghị Khu phố 4 phân công ..." before the first lead-in: a charge
        drafter.walk(charges_before, Context())
    drafter.walk(tree, context)
    attached = _attachment(paras, body_end)
    if attached:  # the plan a decision approves, after its signature: its objectives and tasks bind too
        drafter.walk(build_tree(paragraphs(attached)), Context())
    if document.get("kind") == "ke_hoach":
        date_targets_by_the_plans_year(drafter.result.obligations, document.get("title"))
        aims_closed_by_the_plans_period(drafter.aims, document.get("title"))
    title = targets_title([para.text for para in paras[:body_end]], headline=header.kind is None)
    if title:  # "25 chỉ tiêu phấn đấu năm 2024" over a list of figures: their year, and their modality
        date_targets_by_the_plans_year(drafter.result.obligations, title, by_title=True,
                                       actor_index=drafter.actor_index)
    # "năm 2025 có ý nghĩa quan trọng ..." before a list of figures with no year: the figures are that year's
    date_targets_by_the_opening(drafter.result.obligations, opening, drafter.year)
    built_in_the_plans_year(drafter.result.obligations, opening, drafter.year)
    headlines = [para.text for para in paras[header.body_start:body_start][:3] if not re.search(r"[.:;]\s*$", para.text)]
    strive_by_the_title(drafter.result.obligations, [document.get("title") or "", *headlines], drafter.actor_index)
    strive_through_the_run(drafter.result.obligations)
    goals_dated_through_the_run(drafter.result.obligations)
    checked_during_the_window(drafter.result.obligations, drafter.event)
    done_in_the_events_time(drafter.result.obligations, drafter.year or _text_year(opening, drafter.event))
    done_on_the_items_own_day(drafter.result.obligations, drafter.year)
    done_in_the_occasions_window(drafter.result.obligations, [para.text for para in paras],
                                 drafter.year or _text_year(opening, drafter.event))  # round 71 (b), R3
    on_watch_on_the_day_off(drafter.result.obligations, opening)  # R3: the watch on a holiday's one day off
    done_for_the_events_day(drafter.result.obligations)  # round 92 (a), R3: one event's one day
    windows_are_not_due_dates(drafter.result.obligations)
    drafter.result.obligations[:] = a_window_cell_heads_the_act_after(drafter.result.obligations)  # round 82 (d), R3
    a_gatherings_figures(drafter.result.obligations, opening)  # after the event's time or window had its say (round 46)
    dated_by_the_time_named_before(drafter.result.obligations)
    dated_by_the_completion_after(drafter.result.obligations)
    dated_by_the_report_after(drafter.result.obligations)  # round 76 (d), R3
    drafter.result.obligations[:] = a_time_line_dates_the_duty_before(drafter.result.obligations)
    a_day_held_is_no_due_date(drafter.result.obligations)
    carried_on_until_a_day(drafter.result.obligations)
    halted_acts_hold(drafter.result.obligations)
    drafter.result.obligations[:] = further_documents_join(drafter.result.obligations)  # round 79 (d), R5
    # round 88 (a), R1: an ask with no addressee after a charge that named one: those bodies, before the issuer's fallback
    asked_again_of_the_charged(drafter.result.obligations, drafter.actor_index, drafter.head_of)
    issued = (issuer, None, GIVEN_ISSUER) if issuer else _issuer(document, paras[header.body_start:body_end], drafter)
    issued = _own_committee(issued, drafter, paras[header.body_start:body_end])
    if level is None and not issuer and issued[0] in _COMMITTEES_LEVEL and not header.issuer \
            and not (levels_date is not None and levels_date >= DISTRICTS_ABOLISHED and issued[0] == "ubnd-huyen") \
            and issued == _the_level_that_speaks(paras[header.body_start:body_end], drafter):
        # R7: a text with no header that speaks for its own level by the level's bare noun ("toàn huyện", "tham mưu
        # UBND huyện", "Huyện ủy", "của phường"): its issuer is that level's committee, so its "các cơ quan, đơn vị",
        # its own sections and centres are that level's; read again at that level
        return _draft(text, catalogue, source=source, province=given_province, issuer=None, date=date,
                      level=_COMMITTEES_LEVEL[issued[0]])
    drafter.settle_unknown_actors(*issued)
    craft_bans_bind_their_owners(drafter.result.obligations, drafter.actor_index, issued[0])
    bans_bind_the_public(drafter.result.obligations, drafter.actor_index, drafter.head_of)  # round 68 (c): R1, R7
    family_occasions_bind_the_families(drafter.result.obligations, drafter.actor_index, issued[0], drafter.head_of)  # R1
    sanctions_are_the_issuers(drafter.result.obligations, issued[0], drafter.head_of(issued[0]))
    # round 79 (a), R7: a bare "Sở" after the one department the text names ("Sở khẩn trương ...") is that department
    the_department_named_before(drafter.result.obligations, [para.text for para in paras[:body_end]],
                                drafter.actor_index, drafter._is_department, drafter.head_of)
    obligations = drafter.result.obligations
    _times_a_directive_file_holds(obligations)
    if not obligations:
        doc_review.append(_("không tìm thấy câu nào nêu nghĩa vụ: kiểm tra văn bản (phần nội dung có đánh số 1., a), "
                            "Điều ... không?)"))
    new_actors = drafter.new_actors()
    if new_actors:
        doc_review.append(_("new_actors: các chủ thể văn bản nêu mà directives/catalogue/actors.yaml chưa có, với id "
                            "đề xuất; head, level và is_a là suy luận theo danh từ tổ chức (Sở, Ban, Trung tâm ...): "
                            "xác nhận, chép vào actors.yaml rồi xóa mục new_actors"))
    document["review"] = doc_review + relation_review
    draft = {"document": document, "new_actors": new_actors or None, "obligations": obligations,
             "not_duties": not_duties + drafter.result.not_duties}
    _keep_verbatim(draft, quote_key(text))
    return draft


_COMMITTEES_LEVEL = {"ubnd-huyen": "district", "ubnd-xa": "commune"}


def _times_a_directive_file_holds(obligations: list[dict]) -> None:
    """Each time the draft gives, in the form a directive file must hold it, so that the draft loads and the validator
    goes on to list what is left to decide (a file that does not load shows only its first such fault): a deadline
    its sentence does not state (an event's time given in a slot of its own, the day off a notice names once, a
    plan's period) has no words of its own as its phrase, so it says so in a note (its review marks say where it was
    read from); a campaign of so many days whose launch the text does not date counts from the campaign as the text
    names it ("chiến dịch 90 ngày"); a figure with no time of its own, in a duty due by a day, says the text gives
    it none."""
    for duty in obligations:
        dues = [duty["deadline"], *(target["deadline"] for target in duty.get("targets") or [] if target.get("deadline"))]
        for due in dues:
            if due.get("kind", "none") != "none" and not due.get("phrase") and not due.get("note"):
                due["note"] = _("câu không nêu thời hạn này: suy ra từ phần khác của văn bản (suy luận)")
            if due.get("kind") == "relative" and not due.get("anchor") and due.get("phrase"):
                due["anchor"] = due["phrase"]
        for target in duty.get("targets") or []:
            if not target.get("period") and not target.get("deadline") and not target.get("note"):
                target["note"] = _("văn bản không nêu thời điểm của chỉ tiêu này")


def _own_year_named(opening: list[str]) -> tuple[int, str] | None:
    """The year a text's title or opening names as its own (opening_year), with its words; not a horizon its aims
    reach for ("mục tiêu ... đến năm 2025") nor a past event it is compared with ("gió giật cấp 13 (tương đương cơn
    bão số 9 năm 2020)"), which are no year the text is written in."""
    named = opening_year(opening)
    if named is None or re.search(r"\bden\s*nam\b|\b(?:tuong\s*duong|so\s*voi)\b", g.fold_chars(named[1]).lower()):
        return None
    return int(named[0]), named[1]


def _text_year(opening: list[str], event: str | None) -> int | None:
    """The year a text's opening names as its own ("Kế hoạch ... năm 2023"), else the year of the event it is
    written for ("Tết Nguyên đán Canh Tý 2020"), for a day named without its year; None when neither names one."""
    named = opening_year(opening)
    if named:
        return int(named[0])
    year = re.search(r"\b(?:19|20)\d\d\b", event or "")
    return int(year.group(0)) if year else None


def _province_named(paras) -> str | None:
    """The province a text with no header is of, for reading its bodies' names ("Báo Bắc Giang" is the province's
    newspaper): the one its running text names most ("trên địa bàn tỉnh Bắc Giang", "UBND tỉnh Bắc Giang"), if any.
    The document's own province stays unknown for the officer to fill."""
    named: dict[str, int] = {}
    for para in paras:
        for match in _PROVINCE_NAMED.finditer(para.text):
            named[match.group(1)] = named.get(match.group(1), 0) + 1
    return max(named, key=named.get) if named else None


_PROVINCE_NAMED = re.compile(r"\btỉnh\s+((?:[A-ZĐ][^\s,;.:()]*)(?:\s+[A-ZĐ][^\s,;.:()]*){0,2})")


def _issuer(document: dict, paras, drafter: Drafter) -> tuple[str | None, str | None, bool]:
    """Who issues the text, for the duties that name no body (a plan's own objectives): the header's issuer;
    without a header (a news report, a portal's copy), the body the running text says issued it ("Ngày
    29/5/2023, Ủy ban nhân dân tỉnh xây dựng Kế hoạch số ...", "UBND tỉnh vừa ban hành chỉ thị ..."), with
    the sentence that says so; and whether the body executes what the issuer (a people's council) adopted."""
    if document["issuer"]["slug"] != "chua-ro":
        if (own := _local_committees_class(document["issuer"]["name"], drafter)) is not None:
            return own, None, False  # R2, R7: "ỦY BAN NHÂN DÂN / XÃ AN PHÚ": the commune's committee, not the province's
        if (board := _the_body_under_the_committee(document["issuer"]["name"], paras, drafter)) is not None:
            return board
        return ("Ủy ban nhân dân tỉnh" if document["level"] == "provincial" and document["issuer"]["slug"].startswith("ubnd-")
                else document["issuer"]["name"]), None, False
    for para in paras[:3]:  # "(Theo Quyết định số 01/QĐ-UBND ... của UBND tỉnh)": the page gives that text
        source = g.SOURCE_LINE.match(g.fold_chars(para.text))
        named = (_signed_by(para.text[:source.end()], drafter) or drafter.actor_index.at_start(para.text[source.end():])[0]
                 ) if source else []
        if named:
            return named[0], para.text.strip(), False
    if (builder := _the_body_that_built_the_lists_plan(paras, drafter)) is not None:
        return builder
    # a report of a text that charges bodies elsewhere and names no addressee for the rest ("Chủ tịch UBND tỉnh Chỉ
    # thị: 1. Huy động ...", "UBND TP yêu cầu rà soát ..."): what it leaves unbound is the issuer's own direction
    for para in paras:
        folded = g.fold_chars(para.text)
        for issued in g.ISSUED.finditer(folded):
            # the clause's start: a mark and a space ("TP.HCM", "Q.1" are names, not a stop)
            clause_start = max(folded.rfind(mark + " ", 0, issued.start()) for mark in ",;:.") + 1
            # R2: a news item's source tag before its lead ("(Thanhuytphcm.vn) - UBND TPHCM vừa ban hành ...") is no
            # part of the clause: its subject starts after the tag
            clause_start = max([clause_start] + [tag.end() for tag in _DATELINE.finditer(folded, 0, issued.start())])
            bodies = drafter.actor_index.anywhere(para.text[clause_start:issued.start()])
            named = [found[2] for found in bodies] \
                or drafter.actor_index.at_start(para.text[clause_start:issued.start()].strip())[0] \
                or _named_before_its_verb(para.text[clause_start:issued.end()], issued.start() - clause_start, drafter)  # "UBND TP.HCM vừa"
            gap = folded[clause_start + bodies[-1][1]:issued.start()] if bodies else ""
            if named and _CHARGED_WORK.search(gap):
                continue  # "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh phối hợp xây dựng kế hoạch ...": a task, not its issuing
            if named and issued.group("has") and _A_CLASS_OPENS.match(folded, clause_start):
                continue  # round 85 (a), R1: "Đến nay, các huyện đã có kế hoạch ...": a class's progress, no one issuer
            if named:
                return named[-1], sentence_around(para.text, folded, issued), False
    if (speaker := _the_agency_that_charges(paras[:2], drafter)) is not None:
        return speaker
    if (owner := _the_body_that_sets_the_aims(paras, drafter)) is not None:
        return owner
    if (own_level := _the_level_that_speaks(paras, drafter)) is not None:
        return own_level
    for para in paras:  # "(Theo Quyết định số 01/QĐ-UBND ... của UBND tỉnh)" under a list of targets: that body's
        folded = g.fold_chars(para.text)
        source = g.SOURCE_LINE.match(folded)
        if source:
            named = _signed_by(para.text[:source.end()], drafter) or drafter.actor_index.at_start(para.text[source.end():])[0]
            if named:
                return named[0], para.text.strip(), False
    for para in paras:  # "... vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua": the council's resolution, its committee's to carry out
        folded = g.fold_chars(para.text)
        adopted = g.COUNCIL_ADOPTED.search(folded)
        local = _LEVEL_COMMITTEE.get(re.sub(r"\s+", " ", adopted.group("local"))) if adopted and adopted.group("local") else None
        if local and local in drafter.catalogue.actors:  # "HĐND xã ... kỳ họp": the commune's committee (R2, R7)
            return local, sentence_around(para.text, folded, adopted), COUNCILS_LOCAL
        if adopted and not local and "ubnd-tinh" in drafter.catalogue.actors:
            return "ubnd-tinh", sentence_around(para.text, folded, adopted), True
    for para in paras:  # "Kế hoạch của tỉnh cũng đặt mục tiêu ...": the province's own text, its committee issued it
        folded = g.fold_chars(para.text)
        own = g.PROVINCES_OWN.search(folded)
        if own:
            return "ubnd-tinh", sentence_around(para.text, folded, own), False
    # R2, R7: a news item on a district's or a commune's own plan or campaign ("trong chiến dịch của huyện Ninh Sơn", "kế
    # hoạch trồng mới năm 2012 của huyện Tam Đường"): that level's committee is the issuer, whose are the duties that name
    # none; only where every such phrase names the one level, and the text shows no province's committee (whose text
    # names the district it inspects: "Kiểm tra ... kế hoạch ... của huyện Tam Đường" is the province's invitation)
    owned = {}
    for para in paras if not _names_the_provinces_committee(paras) else ():
        folded = g.fold_chars(para.text)
        for own in _LOCAL_OWN.finditer(folded):
            noun = re.sub(r"\s+", " ", own.group(1))
            name = para.text[own.end():own.end() + 40]
            if noun == "thanh pho" and (not name[:2].strip()[:1].isupper()
                                        or g.fold_chars(name).strip().startswith(CENTRAL_CITIES)):
                continue  # "của thành phố" alone, or a centrally-run city's: of a province's rank
            owned.setdefault(_LEVEL_COMMITTEE[noun], sentence_around(para.text, folded, own))
    if len(owned) == 1 and (local := next(iter(owned))) in drafter.catalogue.actors:
        return local, owned[local], False
    # R7: a news item whose running text shows a district's or a commune's committee speaking ("Chủ tịch UBND huyện Tân
    # Hòa ký cam kết ...", "UBND xã Hòa Xuân ban hành ..."), more often than the province's (the level _issuer_level
    # read): that committee is the issuer whose are the figures and tasks that name no body, not the province's
    own = "ubnd-huyen" if drafter.actor_index.district else "ubnd-xa" if drafter.actor_index.commune else None
    if own is not None and own in drafter.catalogue.actors:
        return own, None, False
    # a news item on the province's committee charging its bodies ("UBND tỉnh Phú Thọ yêu cầu, Sở ... chủ động ..."),
    # and telling of the plan it so carries out: the committee is the issuer whose are the duties that name none
    if (committee := _the_agency_that_charges(paras, drafter, committee=True)) is not None:
        return committee
    if (titled := _the_central_text_titled(paras, drafter)) is not None:
        return titled
    if _the_provinces_figures(paras, drafter):
        # R2: a news item showing a city, a district or a commune by its noun as the subject of what it goes on doing
        # ("TP Hạ Long sẽ phát triển thêm ...") tells whose the figures are: that level's committee, not the province's
        # that the word "tỉnh" or "trên địa bàn" elsewhere in it would suggest
        if (acting := _the_level_that_acts(paras, drafter)) is not None and acting[0] != "ubnd-tinh":
            return acting[0], acting[1], LEVELS_FIGURES  # its list of figures read as a province's is (its register)
        if _counts_a_districts_units(paras) and "ubnd-huyen" in drafter.catalogue.actors:
            return "ubnd-huyen", None, DISTRICTS_FIGURES
        if _counts_a_communes_units(paras) and "ubnd-xa" in drafter.catalogue.actors:
            return "ubnd-xa", None, COMMUNES_FIGURES
        return "ubnd-tinh", None, PROVINCES_FIGURES
    if (acting := _the_level_that_acts(paras, drafter)) is not None:
        return acting
    return None, None, False


def _named_before_its_verb(clause: str, verb_at: int, drafter: Drafter) -> list[str]:
    """Round 91 (c), R2: the body a news item's subject names before the verb by which it issued its text ("Ban Chỉ đạo
    vận động hiến máu tình nguyện tỉnh vừa ban hành Kế hoạch ...", "Ban chỉ đạo ... huyện xây dựng kế hoạch ..."), read
    with a verb after it: a body the taxonomy lacks is known by its name only where a predicate closes it (sets 38,
    63); [] when no body's name ends at the verb (``verb_at``, where it starts in ``clause``)."""
    subject = clause[:verb_at].strip()
    if not subject:
        return []
    # the verb as a predicate closes a name ("ban hành"), its aspect word ("vừa", "mới") left out: "vừa" also joins a
    # name's words ("doanh nghiệp nhỏ và vừa"), so no name is closed by it
    named, end = drafter.actor_index.at_start(subject + " ban hành")
    return named[-1:] if named and end <= len(subject) else []


#: round 91 (c), R2: the sentence leading a list by telling who built the plan or scheme the list gives ("..., phường
#: Hương Văn đã xây dựng Đề án “Phường đạt chuẩn văn minh đô thị” với các chỉ tiêu cụ thể đến năm 2020 ... như sau:")
_BUILT_THE_LISTS_PLAN = re.compile(r"\b(?:da\s+|vua\s+)?(?:xay\s*dung|ban\s*hanh)\s+(?:de\s*an|ke\s*hoach|chuong\s*trinh)\b"
                                   r"[^.;]*\bsau\s*:\s*$")


def _the_body_that_built_the_lists_plan(paras, drafter: Drafter) -> tuple[str, str, bool] | None:
    """Round 91 (c), R2, R7: a page whose lead to its list names the body that built the plan or scheme the list gives
    (_BUILT_THE_LISTS_PLAN: a ward's scheme its town approved, the page telling first of the town's decision, "UBND thị
    xã ... ban hành Quyết định ... phê duyệt Đề án ... phường Hương Văn", then "phường Hương Văn đã xây dựng Đề án ...
    như sau:"): that body is the issuer of the figures and tasks that name none, not the body the page names first as
    issuing a text (set 62); None when no such lead names one body."""
    for para in paras:
        folded = g.fold_chars(para.text)
        built = _BUILT_THE_LISTS_PLAN.search(folded)
        if built is None:
            continue
        clause_start = max(folded.rfind(mark + " ", 0, built.start()) for mark in ",;:.") + 1
        named = _named_before_its_verb(para.text[clause_start:built.end()], built.start() - clause_start, drafter)
        gap = folded[clause_start:built.start()]
        if named and not _CHARGED_WORK.search(gap) and not _A_CLASS_OPENS.match(folded, clause_start):
            return named[-1], sentence_around(para.text, folded, built), False
    return None


#: round 91 (c), R2, R7: a header that names, under the province's committee, a body of its own that issues the text
#: ("UBND TỈNH NINH BÌNH / BAN CHỈ ĐẠO PCTP, TNXH ...", "UBND THÀNH PHỐ HÀ NỘI / SỞ GIÁO DỤC VÀ ĐÀO TẠO"): the body's noun
_BODY_UNDER_THE_COMMITTEE = re.compile(r"(?<=\s)(Ban\s+[Cc]hỉ\s+[Đđ]ạo|Ban\s+[Vv]ận\s+[Đđ]ộng|Ban\s+[Cc]hỉ\s+[Hh]uy|"
                                       r"Hội\s+[Đđ]ồng|Sở)\s")


def _the_body_under_the_committee(name: str, paras, drafter: Drafter) -> tuple[str, str | None, bool] | None:
    """Round 91 (c), R2, R7: the body a header names under the province's committee as the text's own issuer (a steering
    board's "UBND TỈNH NINH BÌNH / BAN CHỈ ĐẠO ...", its number "31/KH-BCĐ"; a department's): the duties that name no
    body are that body's, as R7 reads a department's own plan, not the committee's. The body by the name the running
    text gives it with a predicate after it ("Ban Chỉ đạo ... tỉnh (Ban Chỉ đạo 138 tỉnh) xây dựng kế hoạch ...": sets
    60, 63), else by the header's words; None when no body of that noun is named."""
    folded = g.fold_chars(name or "")
    if not re.match(r"(?:uy ban nhan dan|ubnd)\s+(?:tinh|thanh pho)\b", folded):
        return None
    under = _BODY_UNDER_THE_COMMITTEE.search(name)
    if under is None:
        return None
    noun = re.compile(r"(?<!\w)" + r"\s+".join(g.fold_chars(under.group(1)).lower().split()) + r"(?!\w)")
    prefix = slug(under.group(1))
    for para in paras:
        text = para.text
        for found in noun.finditer(g.fold_chars(text).lower()):
            named, _end = drafter.actor_index.at_start(text[found.start():])
            if named and named[0].startswith(prefix + "-") and not drafter.actor_index.is_people(named[0]):
                return named[0], sentence_around(text, g.fold_chars(text), found), False
    named, _end = drafter.actor_index.at_start(name[under.start():])
    return (named[0], None, False) if named and named[0].startswith(prefix + "-") else None


#: a text's number carries its issuer's abbreviation after its kind's (Nghị định 30/2020/NĐ-CP, Phụ lục I: "số
#: 861/QĐ-BXD" is the Bộ Xây dựng's decision, "458/QĐ-TTg" the Thủ tướng Chính phủ's): the central bodies' fixed
#: abbreviations; a province's ("QĐ-UBND") names no province and is read from the words after "của"
_SIGNERS = {"TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "BXD": "Bộ Xây dựng", "BYT": "Bộ Y tế",
            "BTC": "Bộ Tài chính", "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BNV": "Bộ Nội vụ",
            "BTNMT": "Bộ Tài nguyên và Môi trường", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
            "BGDĐT": "Bộ Giáo dục và Đào tạo", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
            "BGTVT": "Bộ Giao thông vận tải", "BCT": "Bộ Công Thương", "BKHĐT": "Bộ Kế hoạch và Đầu tư",
            "BTTTT": "Bộ Thông tin và Truyền thông", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
            "BKHCN": "Bộ Khoa học và Công nghệ", "BTP": "Bộ Tư pháp", "BNG": "Bộ Ngoại giao"}
_TEXT_NUMBER = re.compile(r"(?<!\w)số\s+\d+(?:/\d{4})?/[A-ZĐ]{1,4}-([A-Za-zĐđ]+)(?![\w-])")


def _signed_by(source: str, drafter: Drafter) -> list[str]:
    """R2: the issuer a source line's text number names ("Theo Quyết định số 861/QĐ-BXD ban hành kế hoạch thực hiện
    nghị quyết của Chính phủ": the Bộ Xây dựng, not the Chính phủ whose resolution the plan carries out); [] when
    the number is a province's or none."""
    number = _TEXT_NUMBER.search(source)
    name = _SIGNERS.get(number.group(1)) if number else None
    return drafter.actor_index.at_start(name)[0][:1] if name else []


#: round 83 (a), R2: a page whose first line names the text it gives by the text's kind and number, as a title does
#: ("Quyết định số 1325/QĐ-TTg về Đề án ...", "Chỉ thị số 03/CT-TTg ..."): the text's own kind opens the line, not
#: "Thực hiện", "Theo" (the grounds of another body's text)
_TEXT_TITLED = re.compile(r"^\W*(?:quyet\s*dinh|chi\s*thi|nghi\s*quyet|nghi\s*dinh|thong\s*tu|cong\s*van|cong\s*dien|"
                          r"ke\s*hoach|van\s*ban)\s+(?=so\s)")


def _the_central_text_titled(paras, drafter: Drafter) -> tuple[str, str, bool] | None:
    """Round 83 (a), R2: a page with no header titled by a central body's text (_TEXT_TITLED, its number's
    abbreviation one of _SIGNERS: "1325/QĐ-TTg" is the Thủ tướng's) gives that text: its figures and tasks that name
    no body are that body's, not the province's the fallback reads. Not where a province's, a district's or a
    commune's committee is named or speaks (a province's page titled by the Prime Minister's letter it carries out)."""
    if not paras or _names_the_provinces_committee(paras) or any(_COMMITTEE_SPEAKS.search(p.text) for p in paras):
        return None
    first = paras[0].text
    title = _TEXT_TITLED.match(g.fold_chars(first))
    number = _TEXT_NUMBER.match(first, title.end()) if title else None
    named = _signed_by(first[:number.end()], drafter) if number else []
    return (named[0], first.strip(), False) if named else None


#: R2: a news item naming a level of government by its noun (and perhaps its place) as the subject of what it goes on
#: doing ("Bên cạnh đó, Tỉnh còn tổ chức ...", "TP Hạ Long sẽ phát triển ...", "..., thị trấn Đầm Dơi tiếp tục ra quân
#: ..."): that level's committee is the issuer of the account, whose are the duties that name no body; not "các xã" (a
#: class), nor a level charged by another ("yêu cầu xã ..."): only at a sentence's opening, after a fronted phrase.
#: R2, R7: the verbs by which a level sets its own course and aims ("Huyện chủ trương phát triển ...", "Xã phấn đấu ...",
#: "Phường xác định ...", "Huyện đặt mục tiêu ..."): only the body that sets the aims is their subject, so that level speaks
_LEVEL_ACTS = re.compile(r"(?:^|[.;:]\s+)(?:[^,.;:]{1,60},\s*)?(tinh|thanh\s*pho|tp\b\.?|thi\s*tran|xa|phuong|huyen|quan|"
                         r"thi\s*xa)((?:\s*[^\s,;:()]+){0,3}?)\s+(?:se|dang|con|cung|tiep\s*tuc|chu\s*truong|phan\s*dau|"
                         r"xac\s*dinh|quyet\s*tam|dat\s*muc\s*tieu|de\s*ra)\s+(?!duoc\b)")


#: round 92 (c), R1: a level's noun that closes a list of the kinds of a class ("các xã, phường đang ...", "các huyện, thị
#: xã tiếp tục ..."): the class acts, not the one level the text speaks for (set 51)
_A_KINDS_LIST_BEFORE = re.compile(r"\b(?:huyen|quan|thi\s*xa|thanh\s*pho|tp|xa|phuong|thi\s*tran)\s*(?:,|va|/)\s*$")


def _the_level_that_acts(paras, drafter: Drafter) -> tuple[str, str, bool] | None:
    """R2: the one level of government a news item shows acting by its noun (_LEVEL_ACTS), its committee's class."""
    found: dict[str, str] = {}
    city_below = _the_city_below_the_province(paras)
    for para in paras:
        folded = g.fold_chars(para.text)
        for acting in _LEVEL_ACTS.finditer(folded):
            noun, name = re.sub(r"\s+", " ", acting.group(1)).rstrip("."), para.text[acting.start(2):acting.end(2)].strip()
            if not all(word[:1].isupper() for word in name.split()) or not para.text[acting.start(1)].isalpha():
                continue  # a place's name is capitalised ("TP Hạ Long", "thị trấn Đầm Dơi"); else no subject
            if _A_KINDS_LIST_BEFORE.search(folded, 0, acting.start(1)):
                continue  # round 92 (c), R1: "Hiện tại các xã, phường đang tập trung tiêm ...": the last of a class's kinds
            if noun == "tp":
                noun = "thanh pho"
            if noun == "thanh pho" and not name and city_below is None:
                continue  # "Thành phố sẽ ...": a city under a province or a centrally-run one, its rank not told
            if noun == "tinh" or noun == "thanh pho" and g.fold_chars(name).lstrip(". ").startswith(CENTRAL_CITIES):
                committee = "ubnd-tinh"
            else:
                committee = _LEVEL_COMMITTEE.get(noun)
            if committee in drafter.catalogue.actors:
                found.setdefault(committee, sentence_around(para.text, folded, acting))
    if len(found) != 1:
        return None
    committee, sentence = next(iter(found.items()))
    return committee, sentence, False


def _local_committees_class(name: str, drafter: Drafter) -> str | None:
    """R2, R7: the class of a local committee a header names as the issuer ("Ủy ban nhân dân xã An Phú" -> ubnd-xa,
    "UBND huyện Phú Hòa" -> ubnd-huyen, "UBND thành phố Bà Rịa" -> ubnd-huyen): the duties that name no body are
    that committee's, by its level's class as the gold records a district's or a commune's own text; a centrally-run
    city's committee ("UBND thành phố Đà Nẵng") is a province's, and so is every other header's issuer (None)."""
    local = _LOCAL_COMMITTEE.match(g.fold_chars(name or ""))
    if local is None:
        return None
    kind = re.match(r"(xa|phuong|thi\s*tran|dac\s*khu|huyen|quan|thi\s*xa|thanh\s*pho)\s+(.*)", local.group(1))
    noun, place = re.sub(r"\s+", " ", kind.group(1)), kind.group(2).strip()
    if noun == "thanh pho" and place.startswith(CENTRAL_CITIES):
        return None
    own = "ubnd-xa" if noun == "dac khu" else _LEVEL_COMMITTEE.get(noun)
    return own if own in drafter.catalogue.actors else None


def _own_committee(issued: tuple, drafter: Drafter, paras=()) -> tuple:
    """R2, R7: a district's or a commune's own text names its committee by its place ("UBND huyện Phú Tân vừa ban
    hành Kế hoạch ..., cụ thể:", "UBND xã Vĩnh Hưng tổ chức niêm yết ..."): that committee is the issuer, which the
    text's duties record by its level's class (ubnd-huyen, ubnd-xa) as they do when the text names no body. Only
    the committee of the issuer's own level: a district's text names its communes ("UBND xã Phú Lâm") as bodies of
    their own, and a provincial text its districts. The issuer read by its name becomes its class too. A text with
    no issuer read whose one committee named by its place speaks to others ("UBND xã Vĩnh Hưng đề nghị Nhân dân
    ...", "... thông báo ..."), and which shows no province's committee, is that committee's own."""
    issuer = issued[0]
    if issuer is None:
        named_committees = _committees_named(drafter, ("ubnd-huyen", "ubnd-xa"))
        text = "\n".join(para.text for para in paras)
        if len(named_committees) == 1 and not _names_the_provinces_committee(paras):
            name = drafter.actor_index.proposed[named_committees[0]].name
            if re.search(re.escape(name) + r"\s+(?:đã\s+|vừa\s+)?(?:đề\s+nghị|yêu\s+cầu|thông\s+báo|giao)(?!\w)", text):
                issuer = named_committees[0]
                issued = (issuer, None, False)
    named = drafter.actor_index.proposed.get(issuer) if issuer else None
    level = named.broader if named is not None else issuer
    if level not in ("ubnd-huyen", "ubnd-xa") or level not in drafter.catalogue.actors:
        return issued
    own = _committees_named(drafter, (level,))
    if len(own) != 1:
        return issued  # two committees of the level by name: which one speaks is not told
    for duty in drafter.result.obligations:
        if own[0] in duty["actors"]:
            duty["actors"] = list(dict.fromkeys(level if a == own[0] else a for a in duty["actors"]))
            duty["review"].append(_("'{name}' là cơ quan ban hành văn bản này: ghi lớp {id} như với văn bản của chính cấp "
                                    "ấy (R7), suy luận: xác nhận").format(name=drafter.actor_index.proposed[own[0]].name,
                                                                          id=level))
    return (level,) + tuple(issued[1:])


def _committees_named(drafter: Drafter, levels: tuple[str, ...]) -> list[str]:
    """The proposed ids of the people's committees a text names by their place ("UBND xã Vĩnh Hưng") at ``levels``."""
    return [key for key, body in drafter.actor_index.proposed.items()
            if body.broader in levels and re.match(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s", body.name)]


def _names_the_provinces_committee(paras) -> bool:
    """Whether a text names the province's committee ("UBND tỉnh", "Ủy ban nhân dân tỉnh"): then a lower level's
    committee it names is a body it addresses or tells of, not its issuer."""
    return any(_PROVINCES_COMMITTEE.search(g.fold_chars(para.text)) for para in paras)


_PROVINCES_COMMITTEE = re.compile(r"\b(?:ubnd|uy\s*ban\s*nhan\s*dan)\s+tinh\b")


#: a plan or a campaign of a level below the province, named by its noun ("chiến dịch của huyện Ninh Sơn", "kế hoạch ...
#: của huyện", "chương trình của xã"): whose it is
_LOCAL_OWN = re.compile(r"\b(?:ke\s*hoach|chuong\s*trinh|chien\s*dich|de\s*an)\b[^.;:,]{0,40}?\bcua\s+(?:ubnd\s+|uy\s*ban\s*nhan\s*dan\s+)?"
                        r"(huyen|quan|thi\s*xa|thanh\s*pho|xa|phuong|thi\s*tran)\b(?!\s*(?:hoi|,|va\b))")
#: round 85 (a), R1: a clause opening with a class of bodies ("các huyện", "những xã", "8/8 huyện", "100% xã"): many
#: bodies, none the issuer of one text
_A_CLASS_OPENS = re.compile(r"\s*(?:cac|nhung|moi|toan\s*bo|tat\s*ca|\d)")
#: a verb of charged work, or a modal, between a body and "xây dựng kế hoạch", "ban hành văn bản" ("Công an tỉnh phối hợp
#: xây dựng kế hoạch", "Sở Y tế chủ trì, tham mưu ban hành quyết định", "các huyện cần xây dựng kế hoạch"): the body
#: is charged with drafting or issuing a text, a duty; it does not tell of the text it issued
_CHARGED_WORK = re.compile(r"\b(?:phoi\s*hop|chu\s*tri|tham\s*muu|de\s*xuat|co\s*trach\s*nhiem|chiu\s*trach\s*nhiem|"
                           r"can|phai|khan\s*truong|duoc\s*giao|giup)\b")
#: a proper name's words after a level's noun ("huyện Tháp Mười", "thị xã Ninh Hòa"), capitalised
#: (round 85 (b): "UBND TP.Hội An", the abbreviation's dot joined to the name, as "TP. Hội An")
_PROPER_NAME = r"(?:(?:\s+|(?<=TP\.))[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*){0,3}"
#: R7: a committee, its chairman or its office acting as the text's speaker ("Chủ tịch UBND huyện Trần Thị Quý yêu cầu
#: ...", "UBND huyện Tháp Mười họp thường kỳ đề ra ...", "Chủ tịch UBND huyện đã ký ban hành Công văn ..."): its level;
#: a committee issuing or announcing ("UBND xã Tiền Tiến thông báo ...", "UBND xã ... đã phát hành thông báo ... cho các
#: cơ quan, đơn vị") speaks as much as one "ban hành"
_COMMITTEE_SPEAKS = re.compile(r"(?:Chủ\s+tịch|UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Văn\s+phòng)\s+"
                               r"(?:UBND\s+|Ủy\s+ban\s+nhân\s+dân\s+|Uỷ\s+ban\s+nhân\s+dân\s+)?"
                               # R7: "TP." is how a city's own page writes "thành phố" ("Chủ tịch UBND TP. Pleiku giao ...")
                               r"(huyện|quận|thị\s+xã|thành\s+phố|TP\.?|tỉnh|xã|phường|đặc\s+khu)(" + _PROPER_NAME + r")"
                               r"(?:\s+[^\s,;.:()]+){0,4}?\s+(?:đã\s+|vừa\s+|cũng\s+)?(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo|"
                               r"ban\s+hành|phát\s+hành|thông\s+báo|ký|họp|xác\s+định|đề\s+ra|có\s+(?:văn\s+bản|công\s+văn|thông\s+báo)|"
                               # round 85 (b), R7: "UBND huyện Tuy An vừa triển khai kế hoạch ...": its own plan, as "ban hành"
                               r"triển\s+khai\s+(?:thực\s+hiện\s+)?kế\s+hoạch)(?!\w)",
                               re.IGNORECASE)


#: R7: the district by its bare noun charging ("Để việc tiêm phòng đạt kết quả huyện đã yêu cầu các cơ quan chuyên môn
#: ..."): a news item on the district's own direction; not "các huyện" (a class), nor the last of a list of the kinds
#: ("UBND các quận, huyện yêu cầu ...": the class too; a fronted clause's comma, "Để ..., huyện chỉ đạo", is no list),
#: nor a district by its name
_DISTRICT_SPEAKS = re.compile(r"(?<!các\s)(?<!Các\s)(?<!quận,\s)(?<!huyện,\s)(?<!thị\sxã,\s)(?<![\w])"
                              r"(?:huyện|quận|thị\s+xã)\s+(?:đã\s+|vừa\s+|cũng\s+)?"
                              r"(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo)(?!\w)")


#: round 72 (c), R1: a central body charging in a news page's account ("Bộ Tài nguyên và Môi trường đề nghị ...", "Bộ
#: LĐ-TB&XH giao ...", "Thủ tướng Phạm Minh Chính yêu cầu ...", "Thanh tra Chính phủ đã ký ban hành ...", "Lãnh đạo Chính
#: phủ yêu cầu ..."): a ministry by its capitalised name (up to eight words), the Prime Minister or the Government, before
#: the verb by which a body charges or issues; not "Sở", nor "theo chỉ đạo của Bộ ..." (no verb of its own after it)
_CENTRAL_SPEAKS = re.compile(r"(?<!\w)(?:Bộ(?:\s+trưởng)?\s+[A-ZĐ][^\s,;.:()]*(?:\s+[^\s,;.:()]+){0,7}?|"
                             r"(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?(?:\s+[A-ZĐ][^\s,;.:()]*){0,3}|"
                             r"(?:Thanh\s+tra\s+|Lãnh\s+đạo\s+)?Chính\s+phủ)"
                             r"\s+(?:đã\s+|vừa\s+|cũng\s+|tiếp\s+tục\s+)*(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo|"
                             r"ban\s+hành|ký\s+ban\s+hành|có\s+(?:văn\s+bản|công\s+văn|công\s+điện))(?!\w)")


def _a_central_body_speaks(paras) -> bool:
    """Round 72 (c), R1: a text with no header whose running text shows a central body charging or issuing
    (_CENTRAL_SPEAKS) and no committee of a province, a district or a commune doing so (_COMMITTEE_SPEAKS): a news
    account of a ministry's or the Government's letter."""
    central = sum(len(_CENTRAL_SPEAKS.findall(para.text)) for para in paras)
    local = sum(len(_COMMITTEE_SPEAKS.findall(para.text)) + len(_DISTRICT_SPEAKS.findall(para.text)) for para in paras)
    return central > 0 and local == 0


#: R7: the city by its bare noun charging ("Để ..., thành phố đã chỉ đạo các phòng ban chuyên môn ..."), in a text that
#: names one city below the province (_the_city_below_the_province): that city's own direction, as _DISTRICT_SPEAKS;
#: not "các thành phố", nor after its committee or its head (_COMMITTEE_SPEAKS counts those)
_CITY_SPEAKS = re.compile(r"(?<!các\s)(?<!Các\s)(?<!UBND\s)(?<!dân\s)(?<!\w)[Tt]hành\s+phố\s+(?:đã\s+|vừa\s+|cũng\s+)?"
                          r"(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo)(?!\w)")


#: R7: a news page's own level of government, by its account of a meeting or a campaign that level holds ("UBND xã Hòa
#: Lộc tổ chức hội nghị triển khai ...", "Hội đồng NVQS xã Đông Sơn đã tổ chức hội nghị", "phường Tân Mỹ tổ chức lễ ra
#: quân", "UBND xã Lộc Hưng phát động phong trào ..."): the level named by its place, with its committee or bare, before
#: a verb of holding its own work; not "các xã" (a class), nor a level with no place's name but its committee's
_LEVEL_HOLDS = re.compile(r"(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+)?(?<![Cc]ác\s)"
                          r"(?<!\w)(huyện|quận|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|xã|phường|đặc\s+khu)"
                          r"((?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ0-9][^\s,;.:()]*){1,3})"
                          r"\s+(?:đã\s+|vừa\s+|cũng\s+)?(?:tổ\s+chức\s+(?:hội\s+nghị|họp|cuộc\s+họp|lễ|buổi)|họp|"
                          r"triển\s+khai|phát\s+động|tổng\s+kết|sơ\s+kết|ra\s+quân)(?!\w)")
#: a news page's title naming its level by its place as its subject ("Xã Hòa Lộc triển khai nhiệm vụ ...", "Phường Tân
#: Mỹ ra quân ...", "Xã Đông Sơn: 300 thanh niên ..."): the level the page is of
_LEVEL_TITLE = re.compile(r"\s*(Huyện|Quận|Thị\s+xã|Thị\s+trấn|Thành\s+phố|Tỉnh|Xã|Phường|Đặc\s+khu)"
                          r"((?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ0-9][^\s,;.:()]*){1,3})\s*(?::|\s+[a-zđ]\w*)")


def _level_count(level: str, name: str) -> str:
    """The count ``_issuer_level`` adds a level named by its noun (folded) and its place's name to."""
    if level in ("xa", "phuong", "dac khu", "thi tran"):
        return "commune"
    return "district" if level != "tinh" and (level != "thanh pho" or name and not name.startswith(CENTRAL_CITIES)) \
        else "province"


#: R7: a city by its name ("thành phố Phan Thiết", "TP. Tân Uyên", "UBND thành phố Quảng Ngãi"), its words capitalised.
#: Round 78 (c), R1, R7: the abbreviation's dot also closes a sentence ("... kho dữ liệu dùng chung của TP. Bên cạnh đó,
#: ...", "... của TP. Ngoài ra, ..."): a connective or a fronted preposition opening the next sentence, followed by a word
#: in lower case, is no city's name (a name capitalises each of its words: "TP. Đồng Xoài", not "Đồng chí"); read as a
#: name, it made a centrally-run city's "UBND TP" a district-level city's (ubnd-huyen for ubnd-tinh)
_SENTENCE_OPENER = (r"(?!(?:Ngoài|Bên|Theo|Cụ|Đồng|Trong|Đến|Từ|Tuy|Do|Vì|Qua|Trước|Sau|Để|Với|Hiện|Dự|Tại|Riêng|Như|"
                    r"Khi|Nếu|Mặt|Đây|Điều|Việc|Ngay|Song|Nhưng|Tiếp|Thời|Năm)\s+[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệ"
                    r"ìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])")
_A_CITY_NAMED = re.compile(r"(?<!\w)(?:[Tt]hành\s+phố|TP\.?|Tp\.?)\s*" + _SENTENCE_OPENER +
                           r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*)"
                           r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,;.:()]*){0,2})")


#: a head's title before "UBND thành phố" ("Phó Chủ tịch UBND thành phố Hồ Kỳ Minh"): the words after it may be the
#: head's name, not the city's
_A_HEADS_TITLE = re.compile(r"[Cc]hủ\s+tịch\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+$")


def _the_city_below_the_province(paras) -> str | None:
    """R7: the one city below the province a text names by its name ("thành phố Phan Thiết", "TP. Tân Uyên"), a
    district-level town of the three-level map (to 1 July 2025), when it names no centrally-run city ("TP.HCM",
    "thành phố Đà Nẵng": a province's rank) nor the province's committee: its bare "UBND thành phố", "thành phố" are
    that city's; None otherwise."""
    if _names_the_provinces_committee(paras):
        return None
    named = {g.fold_chars(city.group(1)).strip() for para in paras for city in _A_CITY_NAMED.finditer(para.text)
             if not _A_HEADS_TITLE.search(para.text, 0, city.start())}
    if any(name.startswith(CENTRAL_CITIES) for name in named):
        return None
    return named.pop() if len(named) == 1 else None


#: round 90 (a), R7: "của" right before a committee or its head makes it the owner of a text cited ("Thực hiện Quyết định
#: số 2795/QĐ-UBND ... của Chủ tịch UBND huyện Hoằng Hóa về giao chỉ tiêu ...", "theo chỉ đạo của UBND tỉnh"), not the
#: subject that speaks: its verbs ("giao" of the cited text's title) tell nothing of the level of the text at hand
_WHOSE_TEXT = re.compile(r"(?<!\w)của\s+$", re.IGNORECASE)


def _issuer_level(header, paras, issuer: str | None, catalogue, levels_date: dt.date | None = None) -> str | None:
    """R7: "district" when the text is a district's (its UBND, chairman or office), whose "các cơ quan, đơn vị", "các
    ngành", "các địa phương" are the district's offices and communes: by the issuer the officer gives (``--issuer``),
    else the header's issuing committee ("ỦY BAN NHÂN DÂN HUYỆN ..."), else, in a text with no header, the committee
    the running text shows speaking ("Chủ tịch UBND huyện ... yêu cầu"), a district's more often than the province's.
    A city's committee is a district's only by a name that is no centrally-run city's ("UBND thành phố Dĩ An")."""
    if issuer is not None:
        level = catalogue.actors[issuer].level if issuer in catalogue.actors else None
        return level if level in ("district", "commune") else None
    named = g.fold_chars(header.issuer or "")
    if re.match(r"(?:uy ban nhan dan|ubnd)\s+(?:xa|phuong|thi tran|dac khu)\b", named):
        return "commune"  # a commune's or a ward's committee in the header: its units are the commune's (R7)
    if re.match(r"(?:uy ban nhan dan|ubnd)\b", named):  # (a news page's "header" may be its dateline: not a committee)
        own = re.match(r"(?:uy ban nhan dan|ubnd)\s+(huyen|quan|thi xa|thanh pho)\b\s*(.*)", named)
        return "district" if own and (own.group(1) != "thanh pho" or own.group(2)
                                      and not own.group(2).startswith(CENTRAL_CITIES)) else None
    counts = {"district": 0, "province": 0, "commune": 0}
    # R7: "UBND thành phố yêu cầu ..." with no name in a text that names one city below the province and no other: that city
    city = _the_city_below_the_province(paras)
    for para in paras:
        counts["district"] += len(_DISTRICT_SPEAKS.findall(para.text))
        if city:  # "Để ..., thành phố đã chỉ đạo các phòng ban chuyên môn ...": that city charging by its bare noun
            counts["district"] += len(_CITY_SPEAKS.findall(para.text))
        for speaks in _COMMITTEE_SPEAKS.finditer(para.text):
            if _WHOSE_TEXT.search(para.text, 0, speaks.start()):
                continue  # round 90 (a), R7: "Quyết định số ... của Chủ tịch UBND huyện X về giao chỉ tiêu ...": whose text, no speaker
            # a place's name is capitalised ("UBND TP. Pleiku"); "UBND TP vừa ban hành" names none (the pattern ignores case)
            place = speaks.group(2) if speaks.group(2).strip()[:1].isupper() else ""
            level, name = g.fold_chars(speaks.group(1)), g.fold_chars(place).strip() or (city or "")
            level = "thanh pho" if level.rstrip(".") == "tp" else level  # "UBND TP. Pleiku": a city, read as "thành phố" is
            if level in ("xa", "phuong", "dac khu"):  # "UBND xã Hòa Xuân ban hành Thông báo ...": a commune's own text
                counts["commune"] += 1
                continue
            district = level != "tinh" and (level != "thanh pho" or name and not name.startswith(CENTRAL_CITIES))
            counts["district" if district else "province"] += 1
    if not header.issuer:  # a news page (no issuing body in a header): the commune whose meeting or campaign it reports
        # (only a commune's: a district's or a province's meeting so told leaves the figures no body sets to the officer)
        held = [_level_count(g.fold_chars(title.group(1)).lower(), "") for para in paras[:3]
                if (title := _LEVEL_TITLE.match(para.text)) is not None]
        held += [_level_count(g.fold_chars(holds.group(1)), "") for para in paras for holds in _LEVEL_HOLDS.finditer(para.text)]
        counts["commune"] += held.count("commune")
    if counts["commune"] > counts["district"] + counts["province"]:
        return "commune"
    if levels_date is not None and levels_date >= DISTRICTS_ABOLISHED:
        return None  # R1: no district level from 1/7/2025 ("Chủ tịch UBND Thành phố Trần Văn An": a person's name)
    return "district" if counts["district"] > counts["province"] else None


#: words that name the district level of local government, which ended on 1 July 2025
_DISTRICT_WORDS = re.compile(r"\b(?:huyện|quận|thị\s+xã)(?!\w)", re.IGNORECASE)  # with accents: "cơ quan" is no district
#: the commune level listed by its kinds ("UBND các xã, phường", "Chủ tịch UBND phường, xã"): with no "thị trấn", a kind of
#: commune that ended with the districts on 1 July 2025 (the commune level is "xã, phường, đặc khu" since; before it,
#: "xã, phường, thị trấn" in full), and no district named, a text of the two-level government. Not "tỉnh ... (mới)":
#: texts of June 2025 already name the merged provinces to come
_COMMUNES_LISTED = re.compile(r"(?<!\w)(?:xã|phường)\s*(?:,|và|/)\s*(?:phường|xã)(?!\w)", re.IGNORECASE)
_TOWNSHIP = re.compile(r"(?<!\w)thị\s+trấn(?!\w)", re.IGNORECASE)


def _local_levels_date(paras) -> dt.date | None:
    """For a text without a dated header, the date that settles which level "các địa phương" are (R1): its dateline's
    ("Ngày 16/8/2025, UBND tỉnh ban hành ..."); without one, the day the district level ended when the text never
    names a district and shows the two-level government (a commune-level "đặc khu", or only years from 2026 on,
    "Tết Nguyên đán Bính Ngọ 2026", or the commune level listed as "xã, phường" with no "thị trấn"); else None (read
    as before that day)."""
    written = written_on(paras)
    if written is not None:
        return written[0]
    if any(_DISTRICT_WORDS.search(para.text) for para in paras):
        return None
    folded = g.fold_chars(" ".join(para.text for para in paras))
    years = [int(year) for year in re.findall(r"\b(20\d\d)\b", folded)]
    if re.search(r"\bdac\s*khu\b", folded) or years and min(years) >= 2026:  # not a plan "2021-2030"
        return DISTRICTS_ABOLISHED
    days = [int(year) for year in re.findall(r"\b\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(20\d\d)\b", folded)]
    if days and max(days) < DISTRICTS_ABOLISHED.year:
        # R1, R7: a text whose every day it names falls before 2025 ("Kế hoạch ... ngày 24-2-2023", "trước ngày
        # 10-10-2023") was written under the three levels (a plan's horizon, "đến năm 2030", is no day of its writing):
        # its "các phường, xã" with no "thị trấn" are a city's own wards and communes (a city never had a "thị trấn")
        return None
    if (named := _days_named(folded)) and min(named) >= DISTRICTS_ABOLISHED:
        # round 93 (c), R1, R7: a text whose every day it names falls on or after 1 July 2025 ("Chỉ đạo ... trong tuần
        # (từ ngày 12/01/2026 - 18/01/2026)", "Nghị quyết số 44/2025/NQ-HĐND ngày 10/12/2025"), though a year before 2026
        # shows in it (a number's "339/2025/NĐ-CP" is no day), was written under the two levels: its "các cấp", "các địa
        # phương" below the province are the communes and wards (set 21; no district named, checked above)
        return DISTRICTS_ABOLISHED
    if any(_COMMUNES_LISTED.search(para.text) for para in paras) \
            and not any(_TOWNSHIP.search(para.text) for para in paras) and _the_city_below_the_province(paras) is None:
        # (a city below the province named, "UBND thành phố Quảng Ngãi chỉ đạo UBND các xã, phường": a district-level
        # town's own communes and wards, which never had a "thị trấn"; the three levels, R7)
        return DISTRICTS_ABOLISHED  # "UBND các xã, phường ...", the commune level with no "thị trấn": the two levels
    return None


#: a day written in full, day, month and year ("12/01/2026", "10-12-2025", "18.8.2025"), folded
_FULL_DAY = re.compile(r"\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(20\d\d)\b")


def _days_named(folded: str) -> list[dt.date]:
    """The days a (folded) text writes in full, those that are days of the calendar."""
    days = []
    for day, month, year in _FULL_DAY.findall(folded):
        try:
            days.append(dt.date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return days


#: a sentence's opening before its subject: the text's start, a stop, or a news item's "Theo đó," / "Cụ thể,"
_CHARGES = re.compile(r"\s(?:vua\s+|da\s+|cung\s+)?(?:yeu\s*cau|de\s*nghi|giao)(?:\s|[,:]\s)")
_SENTENCE_OPENING = re.compile(r"(?:^|[.;:]\s+)(?:(?:theo\s*do|cu\s*the|trong\s*do|dong\s*thoi)\s*,\s*)?")


def _the_agency_that_charges(paras, drafter: Drafter, committee: bool = False) -> tuple[str, str, bool] | None:
    """R2: a page that opens with one agency charging others ("Theo đó, Sở Nông nghiệp và Phát triển nông thôn
    yêu cầu các cơ quan ..."), a sở telling of its own plan: that agency is the text's issuer, whose the figures
    no body claims are (not the province's UBND, which the text does not show)."""
    for para in paras:
        folded = g.fold_chars(para.text)
        for opening in _SENTENCE_OPENING.finditer(folded):
            charge = _CHARGES.search(folded, opening.end(), opening.end() + 120)
            candidates = [(opening.end(), charge)] if charge is not None else []
            if _FRONTED_BASIS.match(folded, opening.end()):
                # round 93 (c), R2: a fronted basis or purpose with commas of its own ("Căn cứ vào hệ thống môn học,
                # hoạt động giáo dục ..., UBND tỉnh yêu cầu tổ chức ...", set 61): the subject is the clause after the
                # last comma before the charge, as _the_body_that_sets_the_aims reads a fronted source (round 92 (c))
                candidates = [(comma + 2, found)
                              for found in _CHARGES.finditer(folded, opening.end(), opening.end() + 240)
                              if not re.search(r"[;.:]", folded[opening.end():found.start()])
                              and (comma := folded.rfind(", ", opening.end(), found.start())) >= 0]
            for start, charge in candidates:
                if re.search(r"gi[áàảãạ]o", para.text[charge.start():charge.end()], re.IGNORECASE):
                    continue  # "Tôn giáo", "giáo dục": no charge "giao" (nor its subject read with side marks)
                named, end = drafter.actor_index.at_start(para.text[start:charge.start()])
                if len(named) == 1 and named[0] in drafter.catalogue.actors \
                        and (named[0] == "ubnd-tinh" if committee else named[0] != "ubnd-tinh"
                             and drafter.catalogue.actors[named[0]].kind == "agency") \
                        and not para.text[start + end:charge.start()].strip():
                    return named[0], sentence_around(para.text, folded, charge), False
    return None


#: a sentence fronting its basis or purpose before its subject ("Căn cứ vào ...", "Để ...", "Nhằm ...", "Thực hiện ...")
_FRONTED_BASIS = re.compile(r"(?:can\s*cu|de(?!\s+(?:an|nghi|ra|xuat)\b)|nham|thuc\s*hien)\s")


#: R2: the verb by which a body sets out its own aims or tasks ("Sở Công Thương đề ra các nhiệm vụ ... như sau:", "huyện
#: đề ra 17 chỉ tiêu", "Huyện phấn đấu ...", "ngành nông nghiệp tỉnh đặt chỉ tiêu ...", "huyện tiếp tục duy trì mục tiêu
#: ..."): its subject owns the text's figures and tasks that name no body
_SETS_AIMS = re.compile(r"\s(?:(?:da|vua|cung|tiep\s*tuc)\s+)?(?:de\s*ra|dat\s*ra|dat\s+(?:cac\s+)?(?:muc\s*tieu|chi\s*tieu)|"
                        r"phan\s*dau|(?:duy\s*tri|xac\s*dinh)\s+(?:cac\s+)?(?:muc\s*tieu|chi\s*tieu|nhiem\s*vu))\b")
#: R2: the passive whose subject has its plan approved or its targets handed to it ("Quỹ ... vừa được phê duyệt kế
#: hoạch thu ...", "Sở ... được giao chỉ tiêu ..."): the subject's own plan, whose figures the text then lists
_PLAN_APPROVED = re.compile(r"\s(?:(?:da|vua|cung|moi)\s+)*duoc\s+(?:phe\s*duyet|giao)\s+(?:cac\s+)?(?:ke\s*hoach|chi\s*tieu)\b")
#: a news item's source tag closing before its lead: "(kontumtv.vn) – ", "(GLO)- "
_DATELINE = re.compile(r"\)\s*[-–]\s+")
#: a sentence's opening before that subject: the text's start, a stop, a news item's dateline ("(kontumtv.vn) – "), then
#: perhaps the time it speaks of ("Năm 2024, ", "Trong năm 2023, "); a connective before that time may drop its comma
#: ("Theo đó năm 2021, thành phố ... phấn đấu ...")
_AIMS_OPENING = re.compile(r"(?:^|[.;:]\s+|" + _DATELINE.pattern + r")(?:(?:theo\s*do|cu\s*the|dong\s*thoi)\s*(?:,\s*|\s(?=nam\s+20\d\d\b)))?"
                           # the report's source ("Theo kế hoạch, xã ... đặt mục tiêu ...", "Theo thông tin tại hội
                           # nghị, xã ... đặt mục tiêu ..."), before the subject
                           r"(?:theo\s+(?!do\b)[^,.;:]{1,40},\s*)?"
                           # a fronted purpose ("Nhằm bảo đảm an sinh xã hội, xã đặt mục tiêu ..."), before the subject
                           r"(?:(?:nham|de)\s+[^,.;:]{1,80},\s*)?"
                           r"(?:(?:trong\s+|den\s+)?nam\s+20\d\d\s*,?\s*)?")  # its comma may be left out ("Năm 2024 ngành ...")
#: round 92 (c), R2: a sentence opening with a fronted source or purpose ("Theo chỉ tiêu, nhiệm vụ ...", "Để thực hiện
#: ..., ", "Nhằm ..., "), which may run over several commas before the clause's subject
_FRONTED_AT_LENGTH = re.compile(r"(?:[.;:]\s+|" + _DATELINE.pattern + r")?(?:theo(?!\s*do\b)|de(?!\s+(?:an|nghi|ra|xuat)\b)|nham)\s")
#: the committee of each level of local government, by the level's noun ("huyện", "thị xã", "phường" ...); a city under
#: a province ("thành phố" where the text names the province's committee as another body) is of a district's rank
_LEVEL_COMMITTEE = {"huyen": "ubnd-huyen", "quan": "ubnd-huyen", "thi xa": "ubnd-huyen", "thanh pho": "ubnd-huyen",
                    "xa": "ubnd-xa", "phuong": "ubnd-xa", "thi tran": "ubnd-xa", "tinh": "ubnd-tinh"}
#: the level of local government named by its bare noun as a sentence's subject ("huyện đề ra ...", "Xã phấn đấu ..."):
#: a news item's account of that level's own plan, its committee's to carry out (every noun of a level: "phường", "thị
#: trấn" are communes as "xã" is, "quận", "thị xã" districts as "huyện" is); not "thành phố" alone, which may be a
#: centrally-run city of a province's rank
_BARE_LEVELS = {noun: committee for noun, committee in _LEVEL_COMMITTEE.items() if noun != "thanh pho"}


def _the_body_that_sets_the_aims(paras, drafter: Drafter) -> tuple[str, str, bool] | None:
    """R2: a text with no header whose running text names the body that sets out the aims or tasks it lists (a
    department's page on its own plan, "Sở Công Thương đề ra các nhiệm vụ ... như sau:"; a news item on a district's
    programme, "Năm 2024, huyện đề ra 17 chỉ tiêu ..."): that body is the issuer whose are the duties that name
    none, not the province's UBND, which the text does not show. The subject is one body by its name, or the level of
    local government by its bare noun ("huyện", "xã", "tỉnh"). Only when the text names one such body: where two set
    aims ("ngành nông nghiệp tỉnh đặt chỉ tiêu ... tỉnh phấn đấu ..."), whose the others are is not told; and the
    province's own UBND is left to the readings after this one."""
    owners: dict[str, str] = {}
    for para in paras:
        folded = g.fold_chars(para.text)
        for opening in _AIMS_OPENING.finditer(folded):
            verb = _SETS_AIMS.search(folded, opening.end(), opening.end() + 120)
            if verb is None:
                continue
            start = opening.end()
            if _FRONTED_AT_LENGTH.match(folded, opening.start()) and not re.search(r"[;.:]", folded[start:verb.start()]):
                # round 92 (c), R2: a fronted source or purpose holding commas of its own ("Theo chỉ tiêu, nhiệm vụ phát
                # triển TDTT tỉnh ... giai đoạn 2021- 2025, định hướng đến năm 2030, ngành thể thao phấn đấu ...", set
                # 49): the subject is the clause after its last comma
                start = max(start, folded.rfind(", ", start, verb.start()) + 2)
            subject = folded[start:verb.start()].strip()
            level = _BARE_LEVELS.get(re.sub(r"^toan\s+", "", subject))
            if level and level in drafter.catalogue.actors:
                owners.setdefault(level, sentence_around(para.text, folded, verb))
                continue
            if not subject or re.search(r"[,;.:]", subject):
                continue
            named, end = drafter.actor_index.at_start(para.text[start:verb.start()])
            if len(named) == 1 and not para.text[start + end:verb.start()].strip() \
                    and (named[0] in drafter.catalogue.actors or named[0] in drafter.actor_index.proposed) \
                    and not drafter.actor_index.is_people(named[0]):
                owners.setdefault(named[0], sentence_around(para.text, folded, verb))
        for approved in _PLAN_APPROVED.finditer(folded):
            # the subject: the body whose name runs up to the passive, from a capital after the clause's opening (a page's
            # headline and dateline may run into the sentence: "... (GMT+7) Quỹ Phòng, chống thiên tai tỉnh ... vừa được")
            clause_start = max(folded.rfind(mark, 0, approved.start()) for mark in ".;:)") + 1
            for start in (m.start() for m in re.finditer(r"(?<!\S)[A-ZĐ]", para.text[clause_start:approved.start()])):
                named, end = drafter.actor_index.at_start(para.text[clause_start + start:approved.start()])
                if named and not para.text[clause_start + start + end:approved.start()].strip():
                    if len(named) == 1 and not drafter.actor_index.is_people(named[0]):
                        owners.setdefault(named[0], sentence_around(para.text, folded, approved))
                    break
    if len(owners) != 1 or "ubnd-tinh" in owners:
        return None
    owner, sentence = next(iter(owners.items()))
    return owner, sentence, False


#: a level of government named without a proper name after the words that tie it to the text's own bodies or
#: territory ("toàn huyện", "của xã", "trên địa bàn huyện", "UBND huyện", "HĐND phường", "Huyện ủy"): the level that
#: speaks, since a text names other levels by their names ("UBND tỉnh Gia Lai", "huyện Kbang") or in the plural
#: ("các xã"); not "xã hội", nor a level in a list of kinds ("UBND huyện, thị xã, thành phố": a class), nor "tỉnh ủy".
#: Round 87 (a), R2, R7: "trong" ties a level below the province so too ("khai thác thế mạnh của các xã trong huyện",
#: "các thôn trong xã"); not "trong tỉnh", which any level within the province says ("các huyện, thị, thành phố trong
#: tỉnh" on a district's page).
#: Round 97 (a), R7: the level's own council, command or police by the bare noun ("Hội đồng nghĩa vụ quân sự huyện tổ chức
#: khám tuyển", "Ban CHQS phường", "Công an xã chủ trì"): one such body a level has, named so only by that level's own page
#: (another's names it by its place, "Công an xã Phú Lâm", or lists the kinds, "Công an xã, phường": a class)
_OWN_LEVEL = re.compile(r"\b(?:toan|cua|trong(?!\s+tinh\b)|tren\s+dia\s+ban|ubnd|uy\s+ban\s+nhan\s+dan|hdnd|hoi\s+dong\s+nhan\s+dan|"
                        r"cong\s+an|ban\s+chi\s+huy\s+quan\s+su|ban\s+chqs|hoi\s+dong\s+(?:nghia\s+vu\s+quan\s+su|nvqs)|"
                        r"chinh\s+quyen|dang\s+bo)\s+(huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|tinh|thanh\s+pho)\b"
                        r"(?!\s*(?:hoi|uy|doi|,\s*(?:cac\s+)?(?:huyen|quan|thi|thanh|xa|phuong|tp)\b|va\s+(?:cac\s+)?"
                        r"(?:huyen|quan|thi|thanh|xa|phuong|tp)\b))")
#: what follows the level's noun when it closes its noun phrase: a stop, or the predicate's first word ("toàn huyện
#: phấn đấu", "UBND xã yêu cầu", "trên địa bàn huyện đạt ...")
_LEVEL_ENDS = re.compile(r"\s*(?:[,;.:)]|$)|\s+(?:" + "|".join(sorted((re.escape(w) for w in ACTOR_PREDICATE), key=len, reverse=True))
                         + r"|dat|uoc\s+dat|phan\s+dau|de\s+ra|dat\s+ra|dat\s+muc\s+tieu|xac\s+dinh|vua|va\s+(?!cac\b)|nam\s+20\d\d"
                         # R7: the level calling on its people ("UBND phường kêu gọi mỗi hộ gia đình ..."), a charge as
                         # "yêu cầu", "đề nghị" are
                         r"|keu\s+goi"
                         # R2, R7: a conjunction that joins the next aim to the level's own ("nhu cầu phát triển của phường
                         # đi đôi với ...", "kinh tế của xã gắn với ..."), as the prepositions of the predicate list ("về",
                         # "với", "theo") do: it never modifies the unit's noun as "nghèo", "đặc biệt khó khăn" do
                         r"|di\s+doi\s+voi|gan\s+(?:lien\s+)?voi)\b")

#: R2, R7: the level's own unit, by its bare noun, as what the text's aims build up to a standard ("phấn đấu xây dựng xã
#: đạt chuẩn nông thôn mới nâng cao", "Xây dựng phường đạt chuẩn quốc gia về y tế", "xây dựng thành công xã đạt Nông
#: thôn mới kiểu mẫu", "xây dựng huyện trở thành ..."): a text builds its own territory so, and names another unit by
#: its name ("xây dựng xã Ia Ka đạt chuẩn") or counts them ("có 6 xã đạt chuẩn", "các xã đạt chuẩn"); that level speaks.
#: Round 86 (a): "đưa xã đạt chuẩn nông thôn mới", "đưa huyện trở thành ..." bring the own unit there, as "xây dựng" does
_OWN_UNIT_BUILT = re.compile(r"\b(?:xay\s+dung|dua)\s+(?:thanh\s+cong\s+)?(huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|tinh|thanh\s+pho)"
                             r"(?=\s+(?:co\s+ban\s+)?(?:dat|tro\s+thanh)\b)")


#: round 92 (c), R7: a day with its month and year right after the level's noun ("Định hướng phát triển của Quận 18
#: Tháng Giêng 2023 3:30:00 CH", "... của xã 05/3/2024"): a portal's date stamp closing the section's line, no place's
#: number ("Quận 11", "phường 3" have no month and year after them); the noun's phrase ends before it (set 30)
_A_DAY_STAMPED = re.compile(r"\s+\d{1,2}(?:\s+thang\s+(?:\d{1,2}|[^\W\d_]+)(?:\s+[^\W\d_]+){0,2}\s+|\s*[/-]\s*\d{1,2}\s*[/-]\s*)"
                            r"(?:19|20)\d\d\b")


def _the_level_that_speaks(paras, drafter: Drafter) -> tuple[str, str, bool] | None:
    """R2: a text with no header (a district's or a commune's page, a news item on its plan) that refers to the bodies
    or the territory of one level of government by the level's bare noun ("toàn huyện", "trên địa bàn xã", "Chủ tịch
    UBND huyện", "của phường") speaks for that level: its committee is the issuer whose are the duties that name no
    body. A proper name after the noun makes it another body ("UBND huyện Kbang"); the level so named most often
    speaks, and only a level below the province is read here (the province is the readings' fallback); a tie, or the
    province named so as often, reads nothing."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    # R7: "UBND thành phố" speaks for a city under a province when the text names that province's committee as another
    # body ("kế hoạch số 728 của UBND tỉnh"): a district-level city
    provinces_committee = any(re.search(r"\b(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+tinh\b", g.fold_chars(para.text))
                              for para in paras)
    # round 92 (c), R7: so too in a text that names one city below the province by its name and no centrally-run city
    # ("Thành phố Bắc Kạn triển khai ...", then "toàn thành phố tổ chức tiêm phòng ..."): that city's own (set 51)
    city_below = _the_city_below_the_province(paras) is not None
    for para in paras:
        folded = g.fold_chars(para.text)
        for match in [*_OWN_LEVEL.finditer(folded), *_OWN_UNIT_BUILT.finditer(folded)]:
            after = para.text[match.end():match.end() + 2].lstrip(" :")
            stamped = _A_DAY_STAMPED.match(folded, match.end())
            if (after[:1].isupper() or after[:1].isdigit()) and not stamped:
                continue  # "UBND huyện Kbang", "xã Ia Ka", "phường 3": a place by its name
            if match.re is _OWN_LEVEL and not stamped and not _LEVEL_ENDS.match(folded, match.end()):
                continue  # "trên địa bàn huyện nghèo", "xã đặc biệt khó khăn": a kind of unit, not the one that speaks
            noun = re.sub(r"\s+", " ", match.group(1))
            if noun == "thanh pho" and not provinces_committee and not city_below:
                continue  # a centrally-run city's own text ("UBND Thành phố"): of a province's rank, the fallback's
            level = _LEVEL_COMMITTEE[noun]
            counts[level] = counts.get(level, 0) + 1
            first.setdefault(level, sentence_around(para.text, folded, match))
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    level, count = ranked[0]
    if level == "ubnd-tinh" or len(ranked) > 1 and ranked[1][1] == count or level not in drafter.catalogue.actors:
        return None
    return level, first[level], False


#: what ``_issuer`` says of a text whose figures a district's or a commune's council adopted: its committee executes them
COUNCILS_LOCAL = "local council"
#: what ``_issuer`` says of a text that names no body for its figures: the province's own, its UBND's to reach
PROVINCES_FIGURES = "province"
#: what ``_issuer`` says of a text whose figures count a district's units ("xã, thị trấn") and name no higher level
DISTRICTS_FIGURES = "district"

#: the units of a district (Luật Tổ chức chính quyền địa phương 2015, Điều 2: "Huyện chia thành xã, thị trấn"), named
#: as the pair a text counts ("Tỷ lệ xã, thị trấn đạt chuẩn ..."); not with "phường", the units of a town or a city
_DISTRICTS_UNITS = re.compile(r"(?<!phuong,\s)(?<!phuong\s)\bxa\s*(?:,|va)\s*thi\s*tran\b(?!\s*,?\s*(?:va\s+)?phuong)")
#: a word naming the province or the district level ("tỉnh", "toàn tỉnh", "huyện", "quận", "thị xã"); "tỉnh lộ" is a
#: road's class ("không tính quốc lộ và tỉnh lộ"), no body
_HIGHER_LEVEL = re.compile(r"\b(?:tỉnh(?!\s+lộ)|huyện|quận|thị\s+xã)(?!\w)", re.IGNORECASE)  # accented: "cơ quan" is none

#: what ``_issuer`` says of a text whose figures count a commune's communities ("thôn", "khu phố") and name no level
COMMUNES_FIGURES = "commune"
#: R7: the communities a commune or a ward is divided into (thôn, xóm, ấp, bản, làng, khóm, khu phố, tổ dân phố:
#: Thông tư 04/2012/TT-BNV), counted by a figure ("Tỷ lệ khu phố có nhà văn hóa", "Số thôn, làng đạt chuẩn ...")
_COMMUNES_UNITS = re.compile(r"(?<!\w)(?:(?:tỷ|tỉ)\s+lệ|số)\s+(?:các\s+)?(?:thôn|xóm|ấp|bản|làng|khóm|khu\s+phố|"
                             r"tổ\s+dân\s+phố)(?!\w)", re.IGNORECASE)
#: a level of local government named by its noun, any ("xã", "phường", "thị trấn", "huyện", "tỉnh", "thành phố" ...):
#: not "xã hội", "hợp tác xã" (no unit), nor "tỉnh lộ" (a road's class)
_ANY_LEVEL = re.compile(r"(?<!\w)(?:(?<!tác\s)(?<!thị\s)xã(?!\s+hội)|phường|thị\s+trấn|thị\s+xã|huyện|quận|tỉnh(?!\s+lộ)|"
                        r"thành\s+phố)(?!\w)", re.IGNORECASE)


def _counts_a_communes_units(paras) -> bool:
    """R2, R7: a list of figures that names no body and no level of government at all, and counts the communities a
    commune or a ward is divided into ("Tỷ lệ khu phố có nhà văn hóa đến năm 2020: 100%"), is the commune's or the
    ward's own (a district's or a province's list names its communes, its district or its province, which this one
    never does): its UBND reaches the figures. Only where nothing else in the text tells the level (the caller's last
    reading before the province's)."""
    return any(_COMMUNES_UNITS.search(para.text) for para in paras) \
        and not any(_ANY_LEVEL.search(para.text) for para in paras)


def _counts_a_districts_units(paras) -> bool:
    """R2, R7: a list of figures that names no body counts the units of the level that set it: a district's list counts
    its communes and towns ("Tỷ lệ xã, thị trấn đạt chuẩn nông thôn mới", the pair only a district is divided into),
    a province's its districts. Only where the text never names the province nor a district (then
    ``_the_level_that_speaks`` or the province's reading decides); the figures are the district's, its UBND's to reach."""
    return any(_DISTRICTS_UNITS.search(g.fold_chars(para.text)) for para in paras) \
        and not any(_HIGHER_LEVEL.search(para.text) for para in paras)


def _the_provinces_figures(paras, drafter: Drafter) -> bool:
    """A page that lists a province's figures and names no body at all ("Một số chỉ tiêu chủ yếu năm 2018:
    Tốc độ tăng trưởng kinh tế phấn đấu đạt 8 - 9% ...", a news item on the year's "15 chỉ tiêu" the council
    adopted): the figures are the province's, and its UBND, the executive body of the council that adopts them
    (Hiến pháp 2013, Điều 114), is bound, as an officer reads them. Only where the text speaks of a province
    ("tỉnh", "toàn tỉnh", "trên địa bàn") and the duties no body claims set figures; never where a duty charges a
    body (a letter's duties are the bodies' it charges, the caller already returned)."""
    if "ubnd-tinh" not in drafter.catalogue.actors:
        return False
    unbound = [duty for duty in drafter.result.obligations if duty["actors"] == [UNKNOWN_ACTOR]]
    if not unbound or not any(duty.get("targets") for duty in unbound):
        return False
    return any(re.search(r"\b(?:tinh|tren\s*dia\s*ban)\b", g.fold_chars(para.text)) for para in paras)


def _keep_verbatim(draft: dict, key: str) -> None:
    """Every quote as the text has it. A sentence that a page break interrupts (a page number, a running
    header) or that hyphenates a word at a line's end is read whole, but its quotes must be the text's
    own: a quote not found in the text is cut into the verbatim pieces around the interruption, and the
    duty gets a review mark."""
    for duty in draft["obligations"]:
        if _verbatim_fields(duty, key):
            duty.setdefault("review", []).insert(0, _(
                "câu bị ngắt trong văn bản (số trang, tiêu đề trang hoặc chữ ngắt dòng có gạch nối): trích dẫn đã tách "
                "thành các đoạn nguyên văn; kiểm tra"))
    for entry in draft["not_duties"] + draft["document"]["relations"]:
        _verbatim_fields(entry, key)


def _verbatim_fields(value, key: str) -> bool:
    changed = False
    if isinstance(value, dict):
        for name, item in value.items():
            if name == "quotes" and isinstance(item, list):
                pieces = [p for quote in item for p in (_pieces(quote, key) if quote_key(quote) not in key else [quote])]
                changed |= pieces != item
                value[name] = pieces or item
            elif name in ("quote", "phrase", "vi") and isinstance(item, str) and quote_key(item) not in key:
                pieces = _pieces(item, key)
                if pieces:
                    value[name] = max(pieces, key=len)
                    changed = True
            else:
                changed |= _verbatim_fields(item, key)
    elif isinstance(value, list):
        for item in value:
            changed |= _verbatim_fields(item, key)
    return changed


def _pieces(quote: str, key: str) -> list[str]:
    """The longest runs of ``quote`` that the text holds verbatim (compared as the quote checker does)."""
    chars = [(quote_key(c), i) for i, c in enumerate(quote)]
    chars = [(k, i) for k, i in chars if k]
    pieces, start = [], 0
    while start < len(chars):
        low, high = 0, len(chars) - start
        while low < high:  # the longest prefix found: a prefix of a found run is found too
            middle = (low + high + 1) // 2
            if "".join(k for k, _i in chars[start:start + middle]) in key:
                low = middle
            else:
                high = middle - 1
        if low == 0:
            start += 1
            continue
        end = chars[start + low - 1][1]
        if start + low < len(chars) and quote[end].isalnum() and quote[end + 1:end + 2].isalnum():
            # the run stops inside a word: the page break's own letters matched the word's first ("nhân dân" / "Trang
            # 2/3" / "tiêm ...": "nhân dân t"); the piece ends at the word's boundary, the word opens the next piece
            space = quote.rfind(" ", chars[start][1], end)
            if space > chars[start][1]:
                low = sum(1 for _k, i in chars[start:start + low] if i < space)
        piece = quote[chars[start][1]:chars[start + low - 1][1] + 1].strip()
        if len(quote_key(piece)) >= 4:
            pieces.append(piece)
        start += low
    return pieces


def _body(paras, header) -> tuple[int, int]:
    """The operative part: from the first numbered part (or the paragraph after "... yêu cầu:") to
    "Nơi nhận" or the signature block; what comes before it is the preamble."""
    end = header.body_end or len(paras)
    for index in range(header.body_start, end):
        para = paras[index]
        if para.marker in ("article", "chapter", "roman", "arabic"):
            return index, end
        if index > header.body_start and inline_list(para.text):
            return index, end  # "..., năm 2025 tỉnh phấn đấu đạt các chỉ tiêu sau: ...; ...": the list is operative
        if para.text.rstrip().endswith(":") and index > header.body_start and not g.BASIS_LINE.match(
                g.fold_chars(para.text)) and _leads_something(paras[index + 1:end]):
            # "..., Ủy ban nhân dân tỉnh yêu cầu:" opens the body; any other lead-in belongs to it
            return (index + 1 if g.ENACTING.search(g.fold_chars(para.text)) else index), end
        if index > header.body_start and _charges_inside(para.text):
            return index, end
    start = header.body_start
    while start < end - 1 and _grounds_only(paras[start].text):
        start += 1  # "Thực hiện Công văn số 30/UBND-CA ...;" over "UBND phường đề nghị ...": the grounds, a preamble
    return start, end


def _leads_something(following) -> bool:
    """Whether a line closed by a colon has something after it to lead: a list item with a word in it ("- Cầu Bợ"), or
    a paragraph of four words or more that is no page furniture. A stored page's own lines after the article ("Các tin
    đã đưa ngày:", "Tổng lượt xem ... Bạn đánh giá:" over "Tin tức khác", "Một số hình ảnh ...:" over the byline, "•
    Chọn ngày:" over "• /") lead nothing: the article above them is the text's body, not its preamble."""
    for para in following:
        words = len(re.findall(r"[^\W\d_]+", para.text))
        if para.marker is not None and words or words >= 4 and not page_furniture(para.text):
            return True
    return False


def _grounds_only(text: str) -> bool:
    """A paragraph that only names the grounds of the text (NĐ 30/2020, Phụ lục I: "Căn cứ ...;", "Thực hiện Kế hoạch số
    ... của UBND huyện ...;"), a phrase closed by ';' or ',' or a full stop with no charge of its own after it."""
    folded = g.fold_chars(text)
    grounds = g.BASIS_LINE.match(folded) or re.match(
        r"^\W*thuc\s*hien\s+(?:(?:y\s*kien\s*)?chi\s*dao|chi\s*thi|cong\s*van|cong\s*dien|quyet\s*dinh|nghi\s*quyet|"
        r"ket\s*luan|thong\s*bao|van\s*ban|ke\s*hoach|huong\s*dan)\b", folded)
    return bool(grounds) and re.search(r"[;,.]\s*$", folded) is not None and ":" not in folded \
        and not g.ISSUER_CHARGE.search(folded) and not g.MUST_WORDS.search(folded)


#: a bare label opening the body under a charge ("Nội dung thực hiện:", "Các nội dung chính:", "Một số nội dung cụ thể như
#: sau:", "Cụ thể như sau:"): it names what follows, no body and no act of its own
_CONTENTS_LABEL = re.compile(r"^\W*(?:(?:cac|mot\s*so)\s+)?(?:noi\s*dung(?:\s+(?:chinh|cu\s*the|chu\s*yeu|thuc\s*hien|"
                             r"trien\s*khai))*|cu\s*the)(?:\s+(?:nhu\s*sau|gom|bao\s*gom))?\s*:\s*$")


#: a sentence that opens with the issuer and its verb of charging ("UBND xã đề nghị Khu phố ...", "Ủy ban nhân dân phường
#: yêu cầu ...", "Chủ tịch UBND huyện giao ..."): the issuer charges whom the verb's object names, known or not
_ISSUER_OPENS_A_CHARGE = re.compile(r"^\W*(?:(?:pho\s*)?chu\s*tich\s+)?(?:ubnd|uy\s*ban\s*nhan\s*dan|ban\s*chi\s*dao)\b"
                                    r"[^,;:.]{0,40}?\s(?:cung\s*|tiep\s*tuc\s*)?(?:yeu\s*cau|de\s*nghi|giao)\s+\w")


#: a news item's "Theo đó, ..." opening the sentence that tells what the text it reports orders (R5: its own duty)
_ACCORDINGLY = re.compile(r"(?:^|[.!]\s+)(?P<sentence>\W*theo\s*do\s*,\s*)")
#: what "Theo đó," tells as an order: a body and its charge ("Văn phòng UBND tỉnh có trách nhiệm chủ trì ..."), or a
#: halt with no subject ("dừng triệt để các nghi lễ ..."); not an aim, a purpose or a result reported ("mục tiêu",
#: "mục đích", "đạt nhiều kết quả")
_TOLD_CHARGE = re.compile(r"(?:(?!muc\s*(?:tieu|dich)\b)[^,;:.]){3,80}?\s(?:co|chiu)\s*trach\s*nhiem\s+\w|"
                          r"(?:dung|tam\s*dung|tam\s*ngung|ngung|nghiem\s*cam|cam)\s+(?:triet\s*de\s+|han\s+)?"
                          r"(?:cac\s+|viec\s+|moi\s+|toan\s*bo\s+)?[a-z]")


def _retold_charge(text: str, folded: str) -> str | None:
    """A news item's preamble paragraph that reports a text and then tells its order in a sentence opened by "Theo
    đó," ("Ngày 29/12/2017, Chủ tịch UBND huyện ban hành Công văn số 1423 ... . Theo đó, Chủ tịch UBND huyện giao
    nhiệm vụ cho thủ trưởng các cơ quan tiếp tục ...", "Theo đó, Văn phòng UBND tỉnh có trách nhiệm chủ trì ...",
    "Theo đó, dừng triệt để các nghi lễ ..."): that sentence and what follows it, the report before it left out (a
    charge, R5, not its account); None when "Theo đó," opens no order."""
    told = _ACCORDINGLY.search(folded)
    if told is None:
        return None
    rest = folded[told.end():]
    if _ISSUER_OPENS_A_CHARGE.match(rest) or _TOLD_CHARGE.match(rest):
        return text[told.start("sentence"):].strip()
    return None


#: a news item's sentence that tells what the plan it reports lays down, opened by "Theo kế hoạch" ("Theo kế hoạch, xã
#: Hợp Tiến sẽ tổ chức ra quân ...", "Theo kế hoạch trồng trên 10 triệu cây ..."); not "Theo kế hoạch số ..." naming a
#: text as the grounds
_BY_THE_PLAN = re.compile(r"(?:^|[.!]\s+)(?P<sentence>\W*theo\s*ke\s*hoach\b(?!\s*(?:so|cua)\b))")


def _told_by_the_plan(text: str, folded: str) -> str | None:
    """A news item's preamble paragraph whose sentence opened by "Theo kế hoạch" tells the plan's own act, schedule or
    figures ("Theo kế hoạch, Chương trình Ngày hội ... sẽ diễn ra vào lúc 07h30 ngày 28/9/2024 ..."): that sentence and
    what follows it, the report before it left out; as in the body, where such a sentence is read as the plan's duty
    (R2: no body named, the issuer). None when no sentence opens so."""
    told = _BY_THE_PLAN.search(folded)
    return text[told.start("sentence"):].strip() if told else None


#: a plan's aims told in its preamble by a sentence whose verb is "phấn đấu", its subject (if any) a few words before it
#: with no comma ("Phấn đấu giảm ít nhất 5% số vụ phạm tội ...", "Ngành nông nghiệp phấn đấu năm 2019 nâng diện tích
#: cây ăn quả lên 81.785 ha ..."), or by the plan's figures led in its own sentence ("Các chỉ tiêu kinh tế-xã hội chủ
#: yếu năm 2024 là: Tốc độ tăng trưởng ... đạt 9,5% trở lên, ..."); not an account ("đã phấn đấu"); round 83 (c), R2:
#: or by its subject (the plan, the level, a body: a few words, no comma, perhaps after "Theo đó,") that "đề ra", "đặt
#: ra" its aims ("Kế hoạch đề ra mục tiêu cụ thể đến năm 2025 là ...", "Theo đó, quận đặt ra mục tiêu ..."), a lead of
#: the figures after it; not an aim "đã đạt", nor "mục tiêu đề ra" (the aim pointed back to)
_TOLD_AIMS = re.compile(r"(?:^|[.!]\s+)(?P<sentence>\W*(?:"
                        r"(?:(?!da\s)[^\W\d](?:(?!\sda\s)[^,;:.!]){0,40}?\s)?phan\s*dau\s+(?!cho\b|vi\b|de\b)|"
                        r"(?:cac\s*)?chi\s*tieu\b[^,;:.!]{0,60}?\s(?:la|gom|bao\s*gom)\s*:|"
                        r"(?:(?:theo\s*do|cu\s*the|dong\s*thoi)\s*,\s*)?" + g.AIMS_SET_OUT.pattern + "))")


#: the end of a sentence: a full stop or "!" before a space (not the point of "8.962,72")
_SENTENCE_END = re.compile(r"[.!](?:\s|$)")


def _told_aims(text: str, folded: str) -> str | None:
    """A preamble paragraph of a plan or of a news item on it that tells the plan's aims in a sentence of their own
    (_TOLD_AIMS) with a figure in it ("... phát huy sức mạnh tổng hợp của cả hệ thống chính trị. Phấn đấu giảm ít
    nhất 5% số vụ phạm tội ... so với năm 2019; tỷ lệ điều tra ... đạt trên 75%; ..."): that sentence ("phấn đấu")
    or that sentence and what follows it (a lead of figures), the purpose or account before it left out; each figure
    is the issuer's aim, as in the body (R2, R5). None when no sentence tells a figure so."""
    for told in _TOLD_AIMS.finditer(folded):
        end = _SENTENCE_END.search(folded, told.end())
        if not _sets_figures(folded[told.end():end.start() if end else len(folded)]):
            continue
        if end is not None and g.STRIVE.search(folded, told.start("sentence"), told.end()):
            # "Phấn đấu giảm ...; tỷ lệ ... đạt trên 75%." alone: the sentences after it are not known to be aims, and the
            # province's list of figures would read them all as striven for (_strive_like_the_first_figure)
            return text[told.start("sentence"):end.end()].strip()
        return text[told.start("sentence"):].strip()
    return None


#: round 55 (R5): a committee's or its chair's charge that carries an act of its own before the list it leads, the
#: list named after a comma ("..., Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ... triển khai việc lập kế hoạch đầu
#: tư công trung hạn giai đoạn 2021 - 2025, với các nội dung sau:", "... thực hiện nghiêm các quy định ..., trong đó tập
#: trung thực hiện tốt các nhiệm vụ trọng tâm sau:"); not a bare lead-in ("... yêu cầu các sở ... thực hiện các nội
#: dung sau:"), whose act is the list's
_CHARGE_BEFORE_ITS_LIST = re.compile(
    r"(?:^|,\s+)(?P<charge>(?:chu\s*tich\s+)?(?:ubnd|uy\s*ban\s*nhan\s*dan)\b[^,:;.]{0,40}?\s(?:yeu\s*cau|de\s*nghi|giao)"
    r"\s[^:;.]{40,700}?),\s*(?:voi|trong\s*do)\b[^:;.]{0,90}?\bsau(?:\s*day)?\s*:\s*$")


def _charge_before_its_list(text: str, folded: str) -> str | None:
    """A preamble's lead-in whose charge has an act of its own before ", với các nội dung sau:" (_CHARGE_BEFORE_ITS_LIST):
    that charge, the fronted grounds or purpose before it and the list's label after it left out; the items below
    still take their bodies from the lead-in (R5: each act its own duty). None otherwise."""
    told = _CHARGE_BEFORE_ITS_LIST.search(folded)
    return text[told.start("charge"):told.end("charge")].strip() if told else None


def _charges_in_the_preamble(preamble, lead_in: str | None, drafter: Drafter):
    """The preamble's paragraphs in which the issuer charges a body with an act of its own, a whole sentence before
    the body's first lead-in or numbered part ("UBND phường đề nghị Khu phố 4 phân công cán bộ chuẩn bị địa điểm ...
    ."), or a news item tells what the plan it reports lays down ("Theo kế hoạch, xã ... sẽ tổ chức ..."): an operative
    paragraph the layout put before the body, not the grounds ("Căn cứ ...", "Thực hiện Kế hoạch ...") nor the
    background ("Thời gian qua, ..."), which charge no one; and the paragraphs after it up to the body, which go on
    telling it. A lead-in (closed by a colon, or the one that gives the items their bodies) stays the items'. Their
    tree, each paragraph numbered "đoạn mở đầu n"; None when there is none."""
    chosen = []
    for para in preamble:
        text = para.text.strip()
        folded = g.fold_chars(text)
        if para.marker is None and text.endswith(":") and (charge := _charge_before_its_list(text, folded)):
            chosen.append(dataclasses.replace(para, text=charge, body=charge))
            continue
        if text == (lead_in or "").strip() or text.endswith(":") or g.BASIS_LINE.match(folded) \
                or g.IMPLEMENTS_LINE.match(folded) or g.is_closing(folded):
            continue
        if chosen and para.marker in (None, "dash", "plus") and re.search(r"[.!;]['\")\]”]*$", text) \
                and not g.DAY_OPENS.match(folded) and not drafter.actor_index.at_start(text)[0]:
            # what follows the told charge or plan, up to the body's lead-in, goes on telling it ("Theo đó, UBND huyện
            # giao Phòng LĐ,TB&XH ... ." over "Xây dựng lịch cụ thể ..." and "Thời gian cấp phát ... từ ngày 15, 16,
            # 17/4/2020.", a plan's "- Đối với các vận động viên tự do chỉ được ...;"): each sentence read as in the body;
            # not a paragraph that opens an account of its own with its day or its body ("Ngày 20/7/2018, UBND tỉnh
            # nhận được ...", "Ủy ban nhân dân tỉnh nhận được các Tờ trình ..."), the background of a letter, read as any
            # other ("UBND tỉnh cũng yêu cầu người dân ..." is a charge of its own)
            chosen.append(para)
            continue
        if para.marker is not None or not re.search(r"[.!]['\")\]”]*$", text):
            continue
        if _ISSUER_OPENS_A_CHARGE.match(folded) or drafter.lead_in(text, by_verb_only=True, opening_only=True).actors:
            chosen.append(para)
        elif (told := _retold_charge(text, folded)) is not None:
            chosen.append(dataclasses.replace(para, text=told, body=told))
        elif (told := _told_by_the_plan(text, folded)) is not None:
            chosen.append(dataclasses.replace(para, text=told, body=told))
        elif (told := _told_aims(text, folded)) is not None:
            chosen.append(dataclasses.replace(para, text=told, body=told))
    if not chosen:
        return None
    tree = build_tree(chosen)
    for number, node in enumerate(tree.children, 1):
        node.key_part, node.label = f"md{number}", f"mở đầu {number}"
    return tree


def _attachment(paras, body_end: int) -> str | None:
    """The text a decision approves, when the stored text goes on after the signature block with it ("KẾ HOẠCH ...
    (Kèm theo Quyết định số 238/QĐ-UBND ngày 07/02/2018 ...)", "(Ban hành kèm theo Quyết định ...)"): what follows
    that line's closing bracket, its paragraphs kept apart; None when nothing is attached."""
    for index in range(body_end, min(len(paras), body_end + 25)):
        if re.match(r"\W*(?:ban\s*hanh\s*)?kem\s*theo\s*(?:quyet\s*dinh|chi\s*thi|cong\s*van|ke\s*hoach)\b",
                    g.fold_chars(paras[index].text)):
            close = next((i for i in range(index, min(len(paras), index + 4)) if ")" in paras[i].text), index)
            first = paras[close].text.partition(")")[2].strip()  # a broken line may join the bracket to the text
            return "\n\n".join(([first] if first else []) + [para.text for para in paras[close + 1:]]) or None
    return None


def _charges_inside(text: str) -> bool:
    """"Để ..., UBND tỉnh yêu cầu: Sở NN&PTNT chủ trì ...; Sở Tài chính ...", "... Cụ thể: - Sở Y tế ...; - ...": a news
    report or a letter that gives the charges in the same paragraph as the issuer's verb and its colon; the body starts
    with that paragraph."""
    inside = g.ENACTING_INSIDE.search(g.fold_chars(text))
    rest = text[inside.end():].strip(" -–•+*\t") if inside else ""  # "Cụ thể: - Sở Y tế ...": a dash list run in
    return bool(rest) and rest[0].isupper() and len(rest.split()) >= 8


#: a local committee's name as its header reads, folded: "Ủy ban nhân dân xã Hòa An", "UBND phường 3", "Ủy ban nhân
#: dân huyện Phú Hòa" (the place after its kind; a province's committee is read with its province)
_LOCAL_COMMITTEE = re.compile(r"(?:uy\s*ban\s*nhan\s*dan|ubnd)\s+((?:xa|phuong|thi\s*tran|dac\s*khu|huyen|quan|thi\s*xa|"
                              r"thanh\s*pho)\s+\S.*)$")


#: a committee's name with a territory that is not a province's or a city's ("Ủy ban nhân dân tùng châu", "UBND xã Hòa
#: An"), folded: group 1 the territory
_OTHER_TERRITORY = re.compile(r"(?:uy\s*ban\s*nhan\s*dan|ubnd)\s+(?!tinh\b|thanh\s*pho\b)(\S.*)$")


def _document(header, source: str | None, province: str | None) -> tuple[dict, list[str]]:
    review: list[str] = []
    issuer_name = header.issuer
    folded = g.fold_chars(issuer_name or "")
    level = "provincial"
    province = province or header.province or _city(header)
    if folded in _NATIONAL_ISSUERS:
        issuer_slug = _NATIONAL_ISSUERS[folded]
        level, province = "national", None
    elif province:
        issuer_slug = f"ubnd-{slug(province)}"
        if issuer_name is None or folded.strip() == "uy ban nhan dan":  # the committee's name without its territory
            issuer_name = f"Ủy ban nhân dân {'thành phố' if province in _CENTRAL_CITIES else 'tỉnh'} {province}"
        elif (place := _OTHER_TERRITORY.match(folded)) and slug(place.group(1)) != slug(province):
            # "ỦY BAN NHÂN DÂN / TÙNG CHÂU" with the province given: a commune's or a district's committee whose
            # header drops its kind; the province's slug is only a placeholder the officer must replace
            review.append(_("cơ quan ban hành đọc ở đầu văn bản là '{name}', không phải Ủy ban nhân dân tỉnh {province}: "
                            "ghi issuer (name, slug) của cơ quan ấy (xã, phường hay huyện nào); slug '{slug}' chỉ là "
                            "tạm").format(name=issuer_name, province=province, slug=issuer_slug))
    elif issuer_name and (local := _LOCAL_COMMITTEE.match(folded)):
        # "ỦY BAN NHÂN DÂN / XÃ HÒA AN": a commune's, ward's or district's committee, whose header names no province
        issuer_slug = "ubnd-" + slug(issuer_name[local.start(1):])
        review.append(_("cơ quan ban hành đọc ở đầu văn bản là '{name}'; văn bản không nêu tỉnh: ghi province (tỉnh "
                        "của địa phương ấy) và xác nhận slug '{slug}'").format(name=issuer_name, slug=issuer_slug))
    else:
        issuer_slug = "chua-ro"
        review.append(_("không đọc được cơ quan ban hành ở đầu văn bản: ghi issuer (name, slug) và province"))
    if issuer_name is None:
        issuer_name = "(chưa rõ)"
    if header.signer_title and "chủ tịch" in header.signer_title.lower() and any(
            a.lower().startswith("kt.") for a in header.authority) and level == "provincial":
        review.append(_("văn bản do {title} ký thay: xác nhận cơ quan ban hành là Ủy ban nhân dân tỉnh hay Chủ tịch "
                        "Ủy ban nhân dân tỉnh").format(title=header.signer_title))
    kind = header.kind or "cong_van"
    if header.kind is None:
        review.append(_("không đọc được loại văn bản: đặt kind (chi_thi, quyet_dinh, cong_van, ke_hoach, ...)"))
    year = header.date.year if header.date else None
    symbol_slug = slug(header.symbol) if header.symbol else None
    if symbol_slug and year:
        doc_id = f"{issuer_slug}/{symbol_slug}" + ("" if str(year) in symbol_slug.split("-") else f"-{year}")
    else:
        doc_id = f"{issuer_slug}/{kind.replace('_', '-')}-so-chua-ro" + (f"-{year}" if year else "")
        review.append(_("văn bản không nêu số hoặc ngày: id tạm '{id}'; giữ 'so-chua-ro' nếu văn bản thật sự "
                        "không có số").format(id=doc_id))
    document: dict = {"id": doc_id, "symbol": header.symbol, "kind": kind}
    if header.subject:
        document["title"] = header.subject
        if header.subject_in_capitals:
            review.append(_("trích yếu viết hoa trong văn bản, đã chuyển sang chữ thường: kiểm tra tên riêng"))
    else:
        review.append(_("không tìm thấy trích yếu (Về việc ..., V/v ...): ghi title"))
    document["issuer"] = {"name": issuer_name, "slug": issuer_slug}
    document["province"] = province if level == "provincial" else None
    document["level"] = level
    document["date"] = header.date
    if header.date is None:
        review.append(_("văn bản không ghi ngày ban hành: để null, hoặc ghi giới hạn {on_or_after: ...} với lý do"))
    signer = {}
    if header.signer_name:
        signer["name"] = header.signer_name
    if header.signer_title:
        signer["title"] = header.signer_title
    if header.authority:
        signer["authority"] = header.authority
    if signer:
        document["signer"] = signer
    else:
        review.append(_("không đọc được khối chữ ký (TM., KT., chức vụ, họ tên): ghi signer nếu văn bản có"))
    document["provenance"] = {"kind": "official_text", "source": source}
    if source is None:
        review.append(_("chép văn bản vào directives/sources/ và ghi provenance.source (đường dẫn tính từ "
                        "directives/) để đối chiếu trích dẫn"))
    review.append(_("provenance.kind: official_text nếu là văn bản chính thức, news_report nếu là bản tin"))
    return document, review


#: the cities under the central government (Luật Tổ chức chính quyền địa phương 2015, Điều 2; Huế since 2025): a
#: province's peers, whose people's committee is "Ủy ban nhân dân thành phố"
_CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")


def _city(header) -> str | None:
    """The city under the central government a header names ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"), or whose
    name is the place of a header that gives its committee's name only ("ỦY BAN NHÂN DÂN" ... "Hà Nội, ngày ...")."""
    issuer = g.fold_chars(header.issuer or "")
    for city in _CENTRAL_CITIES:
        folded = g.fold_chars(city)
        if re.search(r"\bthanh\s*pho\s+" + folded + r"\b", issuer) or issuer.strip() == "uy ban nhan dan" \
                and header.place and g.fold_chars(header.place).strip() in (folded, "tp " + folded, "tp. " + folded):
            return city
    if issuer.strip() == "uy ban nhan dan" and header.place:
        # round 94 (a), R1, R2: "ỦY BAN NHÂN DÂN" alone ... "Ninh Bình, ngày 15 tháng 12 năm 2015": a header whose
        # committee's second line (its territory) is lost, dated at a province's name, is the province's committee, as a
        # centrally-run city's is read above (a district's or a commune's header is dated at its own place's name); set 59
        place = g.fold_chars(header.place).strip()
        if place in _PROVINCES_NAMES:
            return " ".join(header.place.split())
    return None


def _relations(preamble, catalogue, document: dict) -> tuple[list[dict], list[str], list[dict]]:
    relations: list[dict] = []
    review: list[str] = []
    not_duties: list[dict] = []
    seen: set[str] = set()
    for para in preamble:
        folded = g.fold_chars(para.text)
        if g.BASIS_LINE.match(folded):
            reason = _("căn cứ ban hành, không nêu nghĩa vụ")
        elif g.PURPOSE_LINE.match(folded):
            reason = _("câu nêu mục đích, không nêu nghĩa vụ")
        else:
            reason = _("phần mở đầu (bối cảnh, tình hình), không nêu nghĩa vụ")
        not_duties.append({"clause": "phần mở đầu", "quote": para.text, "reason": reason})
        for match in g.REFERENCE.finditer(folded):
            quote = para.text[match.start():match.end()].strip()
            symbol = re.sub(r"\s+", "", para.text[match.start(3):match.end(3)]).rstrip(".,;")
            kind_words = folded[match.start(1):match.end(1)]
            before = folded[max(0, match.start() - 60):match.start()]
            if g.BASIS_LINE.match(folded):
                relation_type = "can_cu"
            elif re.search(r"(thuc\s*hien|theo chi dao|trien khai)[^.;]*$", before) or g.IMPLEMENTS_LINE.match(folded):
                relation_type = "thuc_hien"
            else:
                relation_type = "dan_chieu"
            found = catalogue.find_documents(f"{kind_words} {symbol}") or catalogue.find_documents(symbol)
            dated = re.search(r"(\d{1,2})\s*(?:/|\s*thang\s*)(\d{1,2})\s*(?:/|\s*nam\s*)(\d{4})", match.group(4) or "")
            if dated and len(found) > 1:
                day = dt.date(int(dated.group(3)), int(dated.group(2)), int(dated.group(1)))
                found = [d for d in found if d.date and d.date.exact == day] or found
            if len(found) == 1 and found[0].id != document["id"]:
                target = found[0].id
                if (relation_type, target) in seen:
                    continue
                seen.add((relation_type, target))
                relations.append({"type": relation_type, "target": target, "basis": "stated", "quote": quote})
            elif symbol not in seen:
                seen.add(symbol)
                review.append(_("văn bản được dẫn \"{quote}\" chưa có trong danh mục: thêm vào directives/referenced.yaml "
                                "rồi ghi quan hệ {type}").format(quote=quote, type=relation_type))
    return relations, review, not_duties


# ---- YAML -----------------------------------------------------------------------------------------


def dump_yaml(data: dict, header_comment: str | None = None) -> str:
    """The draft as a directive file: keys in the catalogue's order, unknowns as null, review marks kept."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 110
    yaml.indent(mapping=2, sequence=4, offset=2)
    stream = io.StringIO()
    if header_comment:
        stream.write("".join(f"# {line}\n" if line else "#\n" for line in header_comment.splitlines()))
    yaml.dump(_plain(data), stream)
    return stream.getvalue()


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None or k in ("symbol", "date", "province")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def draft_yaml(text: str, catalogue, *, source: str | None = None, province: str | None = None,
               issuer: str | None = None, name: str | None = None, date: dt.date | None = None) -> str:
    data = draft_text(text, catalogue, source=source, province=province, issuer=issuer, date=date)
    marks = count_review_marks(data)
    comment = _("Bản nháp do 'obligations draft' viết từ {name}: {count} điểm cần người mã hóa xem lại (các mục "
                "'review').\nXem từng mục review, sửa hoặc xác nhận rồi xóa nó; sau đó chạy: obligations validate "
                "TỆP").format(name=name or _("văn bản"), count=marks)
    if data.get("new_actors"):
        comment += "\n" + _("{count} chủ thể văn bản nêu chưa có trong directives/catalogue/actors.yaml: xem mục "
                            "new_actors").format(count=len(data["new_actors"]))
    return dump_yaml(data, comment)


def count_review_marks(data: dict) -> int:
    """Open review marks anywhere in a directive file's content."""
    if isinstance(data, dict):
        return len(data.get("review") or []) + sum(count_review_marks(v) for k, v in data.items() if k != "review")
    if isinstance(data, list):
        return sum(count_review_marks(v) for v in data)
    return 0
