"""The national texts as encoded: QĐ 28/2018/QĐ-TTg, 15/CT-TTg (reconstructed), Công văn 1950/TTg-KGVX.

Each test pins a clause the audit found wrongly encoded (../shared/docs/audit/national.md) to what the
text says, through both engines and with dates on both sides of the deadline or horizon.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from obligations.evaluation.agencies import load_registries
from obligations.evaluation.evaluate import evaluate
from obligations.evaluation.facts import facts_from_records
from engine_helpers import run_both, value

FIXTURES = Path(__file__).parent / "fixtures" / "engine"
QD28 = "ttg/28-2018-qd-ttg"
CT15 = "ttg/15-ct-ttg-2012"
CV1950 = "ttg/1950-ttg-kgvx-2013"


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([FIXTURES], catalogue.actors)


def run(catalogue, registry, records, as_of, **filters):
    return run_both(catalogue, registry, records, as_of, **filters)



def checks_of(found, obligation_id):
    return {key for key in found if key[0].split("#")[0] == obligation_id}


# ---- QĐ 28 Điều 21: the pilot group and the rest; who has not interconnected internally ---------

NATIONAL = Path(__file__).parent / "fixtures" / "national"


@pytest.fixture(scope="module")
def grouped(catalogue):
    """Agencies whose registry records (or not) the attributes Điều 21 depends on."""
    return load_registries([NATIONAL], catalogue.actors)


def statuses(found, obligation_id):
    return {(agency, period): f.status for (check, agency, period), f in found.items()
            if check.split("#")[0] == obligation_id}


def test_the_pilot_milestone_binds_only_the_pilot_group(catalogue, grouped):
    """21.1: "Văn phòng Chính phủ phối hợp với các bộ, ngành, địa phương đáp ứng yêu cầu": not every
    province. Before the fix every Nghệ An agency owed 21.1 (30/12/2018) and 21.1.p2 (29/6/2019) at once."""
    on_the_day = run(catalogue, grouped, [], dt.date(2018, 12, 30), documents=[QD28], province="Nghệ An")
    pilot = statuses(on_the_day, f"{QD28}/21.1-3")
    assert pilot[("na-van-phong-ubnd-tinh", None)] == "pending"
    assert ("na-so-xay-dung", None) not in pilot  # "còn lại": 21.1.p2 instead
    assert pilot[("na-so-y-te", None)] == "undecided"  # the registry does not say: never bound or freed silently
    assert not statuses(on_the_day, f"{QD28}/21.1")  # Văn phòng Chính phủ's own part binds no province
    after = run(catalogue, grouped, [], dt.date(2018, 12, 31), documents=[QD28], province="Nghệ An")
    assert statuses(after, f"{QD28}/21.1-3")[("na-van-phong-ubnd-tinh", None)] == "no_data"
    done = [{"type": "event", "agency": "na-van-phong-ubnd-tinh", "obligation": f"{QD28}/21.1-3", "date": "2018-12-20"}]
    met = run(catalogue, grouped, done, dt.date(2019, 1, 15), documents=[QD28], province="Nghệ An")
    assert statuses(met, f"{QD28}/21.1-3")[("na-van-phong-ubnd-tinh", None)] == "met"


def test_the_official_start_is_a_start_for_the_pilot_group(catalogue, grouped):
    """21.1-2 "áp dụng chính thức kể từ ngày 01 tháng 01 năm 2019": nothing before, no year-end due date."""
    assert catalogue.obligations[f"{QD28}/21.1-2"].deadline.kind == "from_date"
    before = run(catalogue, grouped, [], dt.date(2018, 12, 31), documents=[QD28], province="Nghệ An",
                 period="2018")
    assert not statuses(before, f"{QD28}/21.1-2")
    later = statuses(run(catalogue, grouped, [], dt.date(2020, 1, 15), documents=[QD28], province="Nghệ An"),
                     f"{QD28}/21.1-2")
    assert later[("na-van-phong-ubnd-tinh", "2019")] == "not_attested"
    assert ("na-so-xay-dung", "2019") not in later


def test_the_remaining_bodies_connect_before_30_june_2019(catalogue, grouped):
    key = ("na-so-xay-dung", None)
    before = run(catalogue, grouped, [], dt.date(2019, 6, 29), documents=[QD28], province="Nghệ An")
    assert statuses(before, f"{QD28}/21.1.p2")[key] == "pending"
    assert ("na-van-phong-ubnd-tinh", None) not in statuses(before, f"{QD28}/21.1.p2")  # in the pilot
    after = run(catalogue, grouped, [], dt.date(2019, 6, 30), documents=[QD28], province="Nghệ An")
    assert statuses(after, f"{QD28}/21.1.p2")[key] == "no_data"
    done = [{"type": "event", "agency": "na-so-xay-dung", "obligation": f"{QD28}/21.1.p2", "date": "2019-06-20"}]
    met = run(catalogue, grouped, done, dt.date(2019, 7, 15), documents=[QD28], province="Nghệ An")
    assert statuses(met, f"{QD28}/21.1.p2")[key] == "met"


def test_internal_interconnection_binds_those_not_yet_interconnected_until_june_2020(catalogue, grouped):
    """21.2 "Các bộ, ngành, địa phương chưa hoàn thành ...": the interim print-and-stamp duty (21.2-2)
    ends with June 2020 at the latest."""
    before = run(catalogue, grouped, [], dt.date(2020, 6, 29), documents=[QD28], province="Nghệ An")
    assert statuses(before, f"{QD28}/21.2")[("na-so-xay-dung", None)] == "pending"
    assert ("na-van-phong-ubnd-tinh", None) not in statuses(before, f"{QD28}/21.2")  # already interconnected
    after = run(catalogue, grouped, [], dt.date(2020, 6, 30), documents=[QD28], province="Nghệ An")
    assert statuses(after, f"{QD28}/21.2")[("na-so-xay-dung", None)] == "no_data"
    interim = statuses(run(catalogue, grouped, [], dt.date(2020, 1, 15), documents=[QD28], province="Nghệ An"),
                       f"{QD28}/21.2-2")
    assert interim[("na-so-xay-dung", "2019")] == "not_attested" and ("na-van-phong-ubnd-tinh", "2019") not in interim
    late = run(catalogue, grouped, [], dt.date(2022, 1, 15), documents=[QD28], province="Nghệ An")
    assert not statuses(late, f"{QD28}/21.2-2")  # 2021: after June 2020, no interim duty


# ---- QĐ 28 Điều 6 khoản 2: the sender's and the receiver's duties ------------------------------


def test_the_same_day_rule_binds_the_sender_and_the_receiver_acts_on_receipt(catalogue):
    ob = catalogue.obligations
    assert ob[f"{QD28}/6.2"].actors == ["ben-gui"] and ob[f"{QD28}/6.2"].deadline.anchor == "signing"
    receiver = ob[f"{QD28}/6.2-2"]  # "xử lý kịp thời": promptly, no time fixed
    assert receiver.actors == ["ben-nhan"] and receiver.deadline.kind == "none"
    assert "kịp thời, không phải chờ văn bản giấy" in receiver.action.vi
    assert ob[f"{QD28}/6.2.p2"].actors == ["ben-gui"] and ob[f"{QD28}/6.2.p2"].deadline.anchor == "digital_signing"
    assert ob[f"{QD28}/6.2.p2-2"].actors == ["ben-nhan"] and ob[f"{QD28}/6.2.p2-2"].deadline.anchor == "receipt"
    assert "tiếp nhận" not in ob[f"{QD28}/6.2"].action.vi


def test_an_unsigned_e_document_does_not_bar_the_paper_copy(catalogue):
    """5.3 read with Điều 4 khoản 2: only a digitally signed e-document replaces paper."""
    exceptions = catalogue.obligations[f"{QD28}/5.3"].exceptions
    assert any("không thay cho việc" in (e.quote.text if e.quote else "") for e in exceptions)


def test_the_danh_muc_is_a_power_of_the_head(catalogue, registry):
    """7.2.b: "Danh mục do người đứng đầu ... quyết định" gives a power; no province owes a Danh mục to QĐ 28."""
    assert catalogue.obligations[f"{QD28}/7.2.b"].modality == "may"
    found = run(catalogue, registry, [], dt.date(2020, 1, 15), agencies=["na-ubnd-tinh"])
    assert not checks_of(found, f"{QD28}/7.2.b")


# ---- 15/CT-TTg (reconstructed) ------------------------------------------------------------------


def test_internal_e_mail_binds_departments_and_districts_not_communes(catalogue, registry):
    """"from department and district level up ... spreading to communes": a roll-out, no commune duty."""
    found = run(catalogue, registry, [], dt.date(2015, 1, 15), agencies=["bg-xa-a", "bg-huyen-luc-nam", "bg-so-y-te"])
    bound = {agency for _, agency, _ in checks_of(found, f"{CT15}/r.thu-dien-tu-noi-bo")}
    assert bound == {"bg-huyen-luc-nam", "bg-so-y-te"}


def test_the_document_system_item_quotes_no_passage_on_the_internal_portal(catalogue):
    quotes = [q.text for q in catalogue.obligations[f"{CT15}/r.he-thong-qlvb"].quotes]
    assert quotes and not any("cổng/trang thông tin điện tử nội bộ" in q for q in quotes)
    assert any("hệ thống quản lý văn bản và điều hành" in q for q in quotes)
    assert not [r for r in catalogue.documents[CT15].relations if r.target == "ttg/1605-qd-ttg-2010"]


# ---- referenced.yaml: what the sources say, and no more -----------------------------------------


def test_an_unverified_replacement_is_not_asserted(catalogue):
    nd43 = catalogue.documents["cp/43-2011-nd-cp"].validity
    assert nd43.status == "unknown" and nd43.replaced_by is None and "42/2022" in nd43.note
    assert catalogue.documents["ttg/15-ct-ttg-2020"].title is None  # no source gives its subject line
    for law in ("qh/67-2006-qh11", "qh/11-2003-qh11"):
        assert "encoder's knowledge" in catalogue.documents[law].provenance.note
    assert "national-extraction.md" in catalogue.documents["cp/30-2020-nd-cp"].provenance.note


# ---- Công văn 1950 (secondary summary) ----------------------------------------------------------


def test_the_80_percent_is_a_strive_target_and_the_55_percent_a_must(catalogue):
    row1 = catalogue.obligations[f"{CV1950}/r.noi-bo-55-80"]
    by_value = {t.value: t for t in row1.targets if t.metric == "ty-le-vbdt-hoan-toan-noi-bo"}
    assert by_value[80].modality == "strive" and by_value[80].deadline.phrase == "đến hết năm 2015"
    assert by_value[55].modality in (None, "must") and row1.modality == "must"


def test_the_digital_signature_row_binds_only_agencies_with_the_service(catalogue):
    row5 = catalogue.obligations[f"{CV1950}/r.chu-ky-so-2014"]
    assert [(c.attribute, c.value) for c in row5.if_agency] == [("duoc-cung-cap-dich-vu-chung-thuc-chu-ky-so", True)]


def test_the_letter_ends_with_2015_and_its_rows_hold_from_2014_on(catalogue):
    horizon = catalogue.documents[CV1950].horizon
    assert horizon.until == "2015" and horizon.basis == "inferred" and horizon.note
    for key in ("r.trinh-cp-100", "r.lien-bo-tinh-50"):
        (target,) = catalogue.obligations[f"{CV1950}/{key}"].targets
        assert target.deadline.kind == "from_period" and target.deadline.period == "2014"
    assert catalogue.obligations[f"{CV1950}/r.lien-bo-tinh-50"].implements == []


def test_a_missed_80_percent_is_a_missed_aim_and_a_missed_55_percent_a_breach(catalogue, grouped):
    records = [value("bg-so-y-te", "ty-le-vbdt-hoan-toan-noi-bo", "2014", 0.50),
               value("bg-so-y-te", "ty-le-vbdt-hoan-toan-noi-bo", "2015", 0.79),
               value("bg-so-xay-dung", "ty-le-vbdt-hoan-toan-noi-bo", "2015", 0.81)]
    before = run(catalogue, grouped, records, dt.date(2015, 12, 31), documents=[CV1950], agencies=["bg-so-y-te"])
    assert before[(f"{CV1950}/r.noi-bo-55-80#t0", "bg-so-y-te", "2014")].status == "unmet"  # 50% < 55%: must
    found = run(catalogue, grouped, records, dt.date(2016, 1, 15), documents=[CV1950],
                agencies=["bg-so-y-te", "bg-so-xay-dung"])
    assert found[(f"{CV1950}/r.noi-bo-55-80#t0", "bg-so-y-te", "2015")].status == "met"  # 79% >= 55%
    assert found[(f"{CV1950}/r.noi-bo-55-80#t1", "bg-so-y-te", "2015")].status == "strive_missed"  # 79% < 80%
    assert found[(f"{CV1950}/r.noi-bo-55-80#t1", "bg-so-xay-dung", "2015")].status == "met"


def test_the_letter_asks_nothing_after_2015(catalogue, grouped):
    """"từ năm 2014" rows end with the letter's horizon (2015): first they were asked every year to this day."""
    found = run(catalogue, grouped, [], dt.date(2017, 1, 15), documents=[CV1950], province="Bắc Giang")
    periods = {period for (_, _, period) in found}
    assert {"2014", "2015"} <= periods and not periods & {"2016", "2017"}
    current = run(catalogue, grouped, [], dt.date(2015, 6, 30), documents=[CV1950], agencies=["bg-ubnd-tinh"])
    assert current[(f"{CV1950}/r.trinh-cp-100#t0", "bg-ubnd-tinh", "2015")].status == "pending"
    assert current[(f"{CV1950}/r.trinh-cp-100#t0", "bg-ubnd-tinh", "2014")].status == "no_data"


def test_digital_signatures_bind_the_agencies_that_have_the_service(catalogue, grouped):
    found = run(catalogue, grouped, [], dt.date(2015, 1, 15), documents=[CV1950], province="Bắc Giang")
    rows = statuses(found, f"{CV1950}/r.chu-ky-so-2014")
    assert rows[("bg-so-y-te", "2014")] == "no_data" and rows[("bg-so-y-te", "2015")] == "pending"
    assert not {key for key in rows if key[0] == "bg-so-xay-dung"}  # not provided with the service
    assert rows[("bg-xa-a", "2014")] == "undecided"  # the registry does not say


# ---- citations as people write them -------------------------------------------------------------


def test_qd28_clauses_print_smallest_unit_first_and_d_with_stroke_is_its_own_letter():
    from cli_helpers import run as cli

    shown = cli("show", "ttg/28-2018-qd-ttg/19.1.đ").output
    assert "ttg/28-2018-qd-ttg/19.1.dd" in shown and "điểm đ khoản 1 Điều 19" in shown
    assert "ttg/28-2018-qd-ttg/19.1.d " in cli("show", "ttg/28-2018-qd-ttg/19.1.d").output
    traced = cli("trace", "QD 28/2018 19.1.đ").output
    assert "19.1.dd" in traced and "(ttg/28-2018-qd-ttg/19.1.d)" not in traced
    assert "đoạn 2 khoản 2 Điều 6" in cli("show", "ttg/28-2018-qd-ttg/6.2.p2-2").output


def test_the_demo_data_shows_both_groups_of_qd28_article_21(catalogue):
    """The sample registries record the group of the agencies the sample facts report on; the others
    are undecided and the finding asks for the attribute."""
    from obligations.evaluation.evaluate import load_sample

    registry, facts = load_sample(catalogue)
    found = {(f.check.id.split("#")[0], f.agency.id): f.status
             for f in evaluate(catalogue, registry, facts, dt.date(2020, 7, 15), engine="reference",
                               documents=[QD28], province="Nghệ An").findings}
    assert found[(f"{QD28}/21.1.p2", "na-van-phong-ubnd-tinh")] == "met"  # "còn lại", connected 12/3/2019
    assert (f"{QD28}/21.1-3", "na-van-phong-ubnd-tinh") not in found  # not in the pilot group
    assert found[(f"{QD28}/21.2", "na-tp-vinh")] == "met"
    assert found[(f"{QD28}/21.2", "na-huyen-ky-son")] == "unmet"
    assert found[(f"{QD28}/21.2", "na-so-y-te")] == "undecided"


def test_a_strive_target_is_worded_as_one_pending_unreported_and_in_letters(catalogue, grouped):
    """1950: 80% is striven for ("phấn đấu"): pending before the end of 2015, unreported after, missed:
    never "phải đạt tối thiểu 80%", and letters say "phấn đấu đạt", in the reminder and the summary."""
    from obligations import letters
    records = [value("bg-so-xay-dung", "ty-le-vbdt-hoan-toan-noi-bo", "2015", 0.79)]
    check = f"{CV1950}/r.noi-bo-55-80#t1"
    pending = run(catalogue, grouped, records, dt.date(2015, 12, 31), documents=[CV1950], agencies=["bg-so-y-te"])
    (own,) = [f for k, f in pending.items() if k[0] == check and k[2] == "2015"]
    assert own.status == "pending" and "Sở Y tế tỉnh Bắc Giang phấn đấu đạt tỷ lệ" in own.explanation
    assert "phải" not in own.explanation and own.duty_label.endswith("(phấn đấu)")
    # the 55% floor of the same row stays a must
    must = pending[(f"{CV1950}/r.noi-bo-55-80#t0", "bg-so-y-te", "2015")]
    assert "Sở Y tế tỉnh Bắc Giang phải đạt tỷ lệ" in must.explanation and not must.duty_label.endswith("(phấn đấu)")
    facts = facts_from_records(records, catalogue, grouped)
    after = evaluate(catalogue, grouped, facts, dt.date(2016, 1, 15), documents=[CV1950],
                     agencies=["bg-so-y-te", "bg-so-xay-dung"])
    by = {(f.check.id, f.agency.id, f.period): f for f in after.findings}
    unreported = by[(check, "bg-so-y-te", "2015")]
    assert unreported.status == "no_data" and "phấn đấu đạt tỷ lệ" in unreported.explanation
    assert "phải" not in unreported.explanation
    assert by[(check, "bg-so-xay-dung", "2015")].status == "strive_missed"
    made = letters.compose(after.to_dict(), kinds=("reminder", "summary"))
    y_te = next(x for x in made if x.kind == "reminder" and x.recipient["agency_id"] == "bg-so-y-te")
    text = letters.render(y_te, "md").decode()
    assert "mục tiêu phấn đấu đạt tối thiểu 80%" in text and "chỉ tiêu tối thiểu 80%" not in text
    assert "chỉ tiêu tối thiểu 55%" in text  # the must floor keeps its word
    summary = letters.render(next(x for x in made if x.kind == "summary"), "md").decode()
    assert "Các mục tiêu phấn đấu chưa đạt" in summary
    line = next(line for line in summary.splitlines() if "phấn đấu đạt tối thiểu 80%" in line)
    assert "Sở Xây dựng" in line and "79%" in line


def test_ben_gui_ben_nhan_are_roles_evaluated_through_the_agencies_own_duties(catalogue, grouped):
    """QĐ 28 Điều 6, 8, 9 bind Bên gửi / Bên nhận, parts a body plays for one document: they give no
    finding for any agency, and the reason says why rather than "wrong kind of agency"."""
    from obligations.evaluation.evaluate import explain_binding
    qd28 = "ttg/28-2018-qd-ttg"
    role_duties = [o for o in catalogue.obligations.values() if o.document_id == qd28
                   and set(o.actors) <= {"ben-gui", "ben-nhan"}]
    assert {o.clause.split(" khoản")[0] for o in role_duties} >= {"Điều 6", "Điều 8", "Điều 9"}
    found = run(catalogue, grouped, [], dt.date(2020, 1, 15), documents=[qd28], province="Bắc Giang")
    assert found and not [k for k in found if k[0].split("#")[0] in {o.id for o in role_duties}]
    reasons = explain_binding(catalogue, grouped, role_duties[0].id, "bg-so-y-te", dt.date(2020, 1, 15))
    assert any("vai trò của cơ quan trong từng lần gửi, nhận" in r for r in reasons)
