"""Khánh Hòa 12/CT-UBND (31/07/2013) and Nghệ An 8705/UBND-CN (06/12/2019), read against their texts.

Each test names the clause and the audit defect (shared/docs/audit/khanh-hoa-nghe-an.md) it guards.
The data are the shipped encodings, the sample registries of both provinces and their sample facts.
"""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from obligations.catalogue.citations import clause_label
from obligations.catalogue.model import DeadlineKind, Role
from obligations.evaluation.evaluate import evaluate, explain_binding, load_sample, sample_dir

KH = "ubnd-khanh-hoa/12-ct-ubnd-2013"
NA = "ubnd-nghe-an/8705-ubnd-cn-2019"
NA_SIGNED = dt.date(2019, 12, 6)


@pytest.fixture(scope="module")
def sample(catalogue):
    return load_sample(catalogue)


def findings(catalogue, sample, as_of, document, **filters):
    """Both engines on the sample data; they must agree. {(check, agency, period): finding}."""
    registry, facts = sample
    results = [evaluate(catalogue, registry, facts, as_of, engine=engine, documents=[document], **filters)
               for engine in ("durable", "reference")]
    durable, reference = ({(f.check.id, f.agency.id, f.period): f.status for f in r.findings} for r in results)
    assert durable == reference
    return {(f.check.id, f.agency.id, f.period): f for f in results[0].findings}


def bound(catalogue, sample, obligation, agency, as_of):
    """Whether the obligation binds the agency, a trigger it waits for aside."""
    registry, _ = sample
    reasons = explain_binding(catalogue, registry, obligation, agency, as_of)
    return [r for r in reasons if not r.startswith("nghĩa vụ chỉ phát sinh")] == []


# ---- Nghệ An part 1: "Giám đốc các sở; Thủ trưởng các ban, ngành cấp tỉnh" (audit #2, #4) -------------


@pytest.mark.parametrize("key", ["1.g1", "1.g1-2", "1.g2", "1.g2-2", "1.g3", "1.g4", "1.g4-2"])
def test_nghe_an_part_1_binds_the_provincial_office(catalogue, sample, key):
    """Văn phòng UBND tỉnh is one of the sở, ban, ngành: every bullet of part 1 binds it after the
    letter is signed, and none before."""
    assert bound(catalogue, sample, f"{NA}/{key}", "na-van-phong-ubnd-tinh", dt.date(2020, 1, 20))
    assert not bound(catalogue, sample, f"{NA}/{key}", "na-van-phong-ubnd-tinh", dt.date(2019, 12, 5))


def test_nghe_an_the_provincial_office_gets_findings(catalogue, sample):
    found = findings(catalogue, sample, dt.date(2020, 1, 20), NA, agencies=["na-van-phong-ubnd-tinh"])
    checks = {check.split("#")[0] for check, _, _ in found}
    assert {f"{NA}/1.g1", f"{NA}/1.g2", f"{NA}/1.g3"} <= checks


def test_nghe_an_accounts_are_taken_over_only_where_handed_over(catalogue, sample):
    """2.g3 hands admin accounts to the sở, ban, ngành and UBND cấp huyện only: 1.g4-2 binds them,
    not the communes, while the rest of bullet 4 (the 2019 acceptance) binds communes too."""
    when = dt.date(2020, 1, 20)
    assert bound(catalogue, sample, f"{NA}/1.g4-2", "na-huyen-que-phong", when)
    assert bound(catalogue, sample, f"{NA}/1.g4-2", "na-so-y-te", when)
    assert not bound(catalogue, sample, f"{NA}/1.g4-2", "na-xa-my-ly", when)
    assert bound(catalogue, sample, f"{NA}/1.g4", "na-xa-my-ly", when)
    found = findings(catalogue, sample, when, NA)
    assert not [k for k in found if k[0].startswith(f"{NA}/1.g4-2") and k[1] == "na-xa-my-ly"]


def test_nghe_an_media_are_not_bound_by_part_1(catalogue, sample):
    assert not bound(catalogue, sample, f"{NA}/1.g1", "na-dai-ptth", dt.date(2020, 1, 20))
    assert bound(catalogue, sample, f"{NA}/3", "na-dai-ptth", dt.date(2020, 1, 20))


# ---- Nghệ An preamble: the goal is not a duty (audit #6) ------------------------------------------


def test_nghe_an_preamble_goal_is_a_note_not_a_duty(catalogue, sample):
    obligations = catalogue.obligations_of(NA)
    assert f"{NA}/p3" not in catalogue.obligations
    assert not any(o.targets for o in obligations)  # the letter's only figures are the sanction thresholds
    assert {o.modality.value for o in obligations} == {"must"}
    assert any("hướng tới mục tiêu 100%" in note for note in catalogue.documents[NA].notes)
    found = findings(catalogue, sample, dt.date(2020, 4, 15), NA)
    assert not [k for k in found if k[0].startswith(f"{NA}/p3")]
    assert not [f for f in found.values() if f.status in ("unmet", "pending") and "#t" in f.check.id]


# ---- Nghệ An sanction rule: measured per quarter from the letter's date (audit #1, #3) ------------


def test_nghe_an_sanction_rule_is_measured_after_the_letter(catalogue):
    (rule,) = catalogue.obligations[f"{NA}/1.g3"].consequences
    assert rule.measured_over.value == "quarter"
    assert rule.start == NA_SIGNED == catalogue.documents[NA].date.exact
    assert {c.metric for c in rule.when.all} == {"ty-le-vb-xu-ly-qua-han", "ty-le-vb-khong-ky-so"}
    overdue = catalogue.metrics["ty-le-vb-xu-ly-qua-han"]
    assert "chưa xử lý xong" in overdue.definition  # documents still open past due count too
    assert not overdue.excludes_secret  # the letter states no exclusion for its thresholds


def test_nghe_an_sample_has_figures_on_both_sides_of_the_letter():
    """The sample gives Quế Phong over both thresholds in 2019 (before the letter: must not fire)
    and in 2020-Q1 (after it: fires); Sở Y tế in 2020-Q1 only over one threshold (must not fire);
    Mỹ Lý, a commune, over both in 2019 and in 2020-Q1."""
    with open(sample_dir() / "facts" / "nghe-an.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["type"] == "value"]
    figures = {(r["agency"], r["metric"], r["period"]): r["value"] for r in rows}
    assert figures[("na-huyen-que-phong", "ty-le-vb-xu-ly-qua-han", "2019")] == "58%"
    assert figures[("na-xa-my-ly", "ty-le-vb-xu-ly-qua-han", "2020-Q1")] == "66%"
    assert figures[("na-huyen-que-phong", "ty-le-vb-xu-ly-qua-han", "2020-Q1")] == "56%"
    assert figures[("na-huyen-que-phong", "ty-le-vb-khong-ky-so", "2020-Q1")] == "27%"
    assert figures[("na-so-y-te", "ty-le-vb-khong-ky-so", "2020-Q1")] == "14%"


def test_nghe_an_sanction_rule_fires_only_on_quarters_after_the_letter(catalogue, sample):
    """2019 figures (Quế Phong 58%/31%, Sở NN&PTNT 53%/24%, Mỹ Lý 71%/64%) were measured mostly before
    06/12/2019 and never fire; 2020-Q1 figures, reported on 10/04/2020, do where both are over."""
    fired = {(a, p) for (c, a, p), f in findings(catalogue, sample, dt.date(2020, 4, 15), NA).items()
             if c == f"{NA}/1.g3#c0" and f.status == "triggered"}
    assert fired == {("na-huyen-que-phong", "2020-Q1"), ("na-so-nn-ptnt", "2020-Q1"), ("na-xa-my-ly", "2020-Q1")}
    early = findings(catalogue, sample, dt.date(2020, 4, 9), NA)  # the quarter's figures not yet reported
    assert not [k for k, f in early.items() if k[0] == f"{NA}/1.g3#c0" and f.status == "triggered"]


# ---- one-off duties with no date (audit #5; KH 2.b, 3.a, 3.b, the 2.g roadmap) --------------------


@pytest.mark.parametrize("obligation", [f"{NA}/1.g4", f"{NA}/1.g4-2", f"{NA}/2.g3",
                                        f"{KH}/2.b", f"{KH}/3.a", f"{KH}/3.b", f"{KH}/2.g"])
def test_one_off_duties(catalogue, obligation):
    deadline = catalogue.obligations[obligation].deadline
    assert deadline.kind == DeadlineKind.once and deadline.due is None and deadline.note


def test_one_off_duties_are_asked_once_not_every_year(catalogue, sample):
    found = findings(catalogue, sample, dt.date(2021, 1, 20), NA)
    acceptance = {a: (p, f.status) for (c, a, p), f in found.items() if c == f"{NA}/1.g4#event"}
    assert acceptance["na-so-tai-chinh"] == (None, "met") and acceptance["na-huyen-con-cuong"] == (None, "met")
    assert acceptance["na-so-y-te"] == (None, "pending")  # not yet done, and no date to be late against
    assert not [k for k in found if k[0].startswith(f"{NA}/1.g4#attest")]  # never a yearly attestation
    kh = findings(catalogue, sample, dt.date(2016, 2, 1), KH)
    assert kh[(f"{KH}/2.b#event", "kh-so-tt-tt", None)].status == "met"
    assert kh[(f"{KH}/3.b#event", "kh-so-noi-vu", None)].status == "pending"


def test_khanh_hoa_roadmap_and_its_target_keep_their_own_deadlines(catalogue):
    roadmap = catalogue.obligations[f"{KH}/2.g"]
    (target,) = roadmap.targets
    assert roadmap.deadline.kind == DeadlineKind.once and roadmap.deadline.phrase is None
    assert target.due == dt.date(2015, 12, 31) and target.phrase == "đến năm 2015 đạt 70%"
    assert roadmap.due_dates == [dt.date(2015, 12, 31)]  # the roadmap itself has no date


@pytest.mark.parametrize("as_of,status", [(dt.date(2014, 10, 14), "pending"), (dt.date(2014, 10, 16), "met")])
def test_khanh_hoa_2g_roadmap_is_checked_besides_its_70_percent(catalogue, sample, as_of, status):
    """2.g: "Xây dựng lộ trình ..., đảm bảo đến năm 2015 đạt 70%": drawing up the roadmap is a one-off
    duty of Sở TT&TT with a check of its own, beside the 2015 figure. The sample reports the roadmap
    submitted on 15/10/2014 (Tờ trình 245/TTr-STTTT): not yet done the day before, done after."""
    found = findings(catalogue, sample, as_of, KH, agencies=["kh-so-tt-tt"])
    roadmap = found[(f"{KH}/2.g#event", "kh-so-tt-tt", None)]
    assert roadmap.status == status and roadmap.kind == "event"
    assert found[(f"{KH}/2.g#t0", "kh-so-tt-tt", "2015")].status == "pending"  # the 70% is due end 2015
    if status == "met":
        assert "Đã thực hiện ngày 15/10/2014" in roadmap.explanation
    later = findings(catalogue, sample, dt.date(2016, 1, 15), KH, agencies=["kh-so-tt-tt"])
    assert later[(f"{KH}/2.g#event", "kh-so-tt-tt", None)].status == "met"
    assert later[(f"{KH}/2.g#t0", "kh-so-tt-tt", "2015")].status == "unmet"  # pooled 68.4% < 70%
    # the directive of 31/07/2013 binds nobody the day before it is signed
    assert not findings(catalogue, sample, dt.date(2013, 7, 30), KH, agencies=["kh-so-tt-tt"])


# ---- Khánh Hòa 2.g: a pooled province-wide share of documents between agencies -------------------


def test_khanh_hoa_2g_counts_documents_between_provincial_and_district_agencies(catalogue):
    (target,) = catalogue.obligations[f"{KH}/2.g"].targets
    metric = catalogue.metrics[target.metric]
    assert target.metric == "ty-le-vbdt-hoan-toan-cqnn-tinh-huyen" and target.scope.value == "aggregate"
    assert (metric.ratio_of.numerator, metric.ratio_of.denominator) == (
        "so-vb-gui-cqnn-tinh-huyen-hoan-toan-dien-tu", "so-vb-gui-cqnn-tinh-huyen")
    assert not metric.excludes_secret and target.answerable == ["so-thong-tin-va-truyen-thong"]


def test_khanh_hoa_2015_sample_pools_below_70_where_the_mean_is_above():
    """The case a mean of percentages gets wrong: large agencies at low shares, small ones high."""
    with open(sample_dir() / "facts" / "khanh-hoa.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["type"] == "value" and r["period"] == "2015"]
    sent = {r["agency"]: int(r["value"]) for r in rows if r["metric"] == "so-vb-gui-cqnn-tinh-huyen"}
    electronic = {r["agency"]: int(r["value"]) for r in rows
                  if r["metric"] == "so-vb-gui-cqnn-tinh-huyen-hoan-toan-dien-tu"}
    assert sent.keys() == electronic.keys() and len(sent) == 23
    pooled = 100 * sum(electronic.values()) / sum(sent.values())
    mean = 100 * sum(electronic[a] / sent[a] for a in sent) / len(sent)
    assert pooled == pytest.approx(68.37, abs=0.01) and mean > 70


@pytest.mark.parametrize("as_of,status", [(dt.date(2015, 12, 30), "pending"),  # before the deadline
                                           (dt.date(2016, 1, 10), "no_data"),  # due, counts not yet reported
                                           (dt.date(2016, 2, 1), "unmet")])  # reported 14/01/2016: 68.4% < 70%
def test_khanh_hoa_2g_pooled_finding_on_both_sides_of_the_deadline(catalogue, sample, as_of, status):
    found = findings(catalogue, sample, as_of, KH)
    finding = found[(f"{KH}/2.g#t0", "kh-so-tt-tt", "2015")]  # one province-wide finding, to its answerer
    assert finding.status == status
    assert not [a for (c, a, _) in found if c == f"{KH}/2.g#t0" and a != "kh-so-tt-tt"]
    if status == "unmet":
        actual = finding.to_dict()["actual"]
        assert actual["value"] == pytest.approx(68.37, abs=0.01) and actual["population"]["basis"] == "counts"
        contributions = actual["population"]["contributions"]
        assert contributions[0]["agency"] == "kh-so-y-te"  # the lowest share first, for the letter
        assert len(actual["population"]["not_reported"]) == 6 and actual["population"]["reported"] == 23
        assert finding.to_dict()["target"]["phrase"] == "đến năm 2015 đạt 70%"


# ---- lead and support (audit #7) ---------------------------------------------------------------------


@pytest.mark.parametrize("key,lead", [("1.b", "so-thong-tin-va-truyen-thong"), ("1.b-2", "so-thong-tin-va-truyen-thong"),
                                      ("1.b-3", "so-thong-tin-va-truyen-thong"), ("2.e", "ban-co-yeu-chinh-phu")])
def test_khanh_hoa_phoi_hop_voi_makes_the_named_body_the_lead(catalogue, key, lead):
    obligation = catalogue.obligations[f"{KH}/{key}"]
    assert obligation.role == Role.support and obligation.lead == [lead]
    assert lead not in obligation.cooperating


@pytest.mark.parametrize("key", ["1.b", "1.b-2", "1.b-3"])
def test_khanh_hoa_the_lead_does_not_support_itself(catalogue, sample, key):
    """1.b: "Phối hợp với Sở Thông tin và Truyền thông": every department supports Sở TT&TT, which
    the class "các sở" does not bind in support of itself (like the issuer, whom a class never binds)."""
    when = dt.date(2014, 6, 30)
    assert bound(catalogue, sample, f"{KH}/{key}", "kh-so-y-te", when)
    assert not bound(catalogue, sample, f"{KH}/{key}", "kh-so-tt-tt", when)
    registry, _ = sample
    assert any("cơ quan chủ trì" in reason for reason in
               explain_binding(catalogue, registry, f"{KH}/{key}", "kh-so-tt-tt", when))
    found = findings(catalogue, sample, dt.date(2015, 12, 31), KH)
    assert [k for k in found if k[0].split("#")[0] == f"{KH}/{key}" and k[1] == "kh-so-y-te"]
    assert not [k for k in found if k[0].split("#")[0] == f"{KH}/{key}" and k[1] == "kh-so-tt-tt"]


def test_nghe_an_so_tt_tt_does_not_take_the_account_over_from_itself(catalogue, sample):
    """1.g4-2: "tiếp nhận tài khoản quản trị ... từ Sở Thông tin và Truyền thông": Sở TT&TT is the
    counterpart who hands the account over (2.g3), not one of the sở bound to receive it."""
    when = dt.date(2020, 1, 20)
    assert bound(catalogue, sample, f"{NA}/1.g4-2", "na-so-y-te", when)
    assert not bound(catalogue, sample, f"{NA}/1.g4-2", "na-so-tt-tt", when)
    assert bound(catalogue, sample, f"{NA}/1.g4", "na-so-tt-tt", when)  # the 2019 acceptance binds it
    found = findings(catalogue, sample, when, NA)
    assert [k for k in found if k[0].startswith(f"{NA}/1.g4-2") and k[1] == "na-so-y-te"]
    assert not [k for k in found if k[0].startswith(f"{NA}/1.g4-2") and k[1] == "na-so-tt-tt"]


def test_khanh_hoa_1b_action_keeps_phoi_hop(catalogue):
    assert catalogue.obligations[f"{KH}/1.b"].action.vi.startswith("Phối hợp với Sở Thông tin và Truyền thông")
    assert catalogue.obligations[f"{KH}/2.e"].action.vi.startswith("Phối hợp với Ban cơ yếu Chính phủ")


# ---- triggers (audit #8, #9) and the closing paragraphs (#11) ----------------------------------------


@pytest.mark.parametrize("obligation,words", [
    (f"{KH}/1.dd", "khi có thay đổi"),
    (f"{KH}/2.c-2", "Trong trường hợp cần thiết"),
    (f"{KH}/final-3", "nếu có khó khăn, vướng mắc"),
    (f"{KH}/final-4", "nếu có khó khăn, vướng mắc"),
    (f"{NA}/2.g3-2", "vượt quá giới hạn"),
    (f"{NA}/2.g3-3", "các đơn vị tổng hợp đề xuất"),
])
def test_conditional_duties_carry_their_trigger(catalogue, obligation, words):
    duty = catalogue.obligations[obligation]
    assert duty.trigger is not None and words in duty.trigger.quote.text and duty.trigger.event
    assert duty.deadline.kind in (DeadlineKind.none, DeadlineKind.once)
    assert not [e for e in duty.exceptions if e.kind.value == "other"]


def test_khanh_hoa_final_3_binds_the_bodies_the_directive_charges(catalogue, sample):
    """'các cơ quan, đơn vị có liên quan' used to match no agency, so the duty bound no one."""
    when = dt.date(2014, 6, 1)
    for agency in ("kh-so-y-te", "kh-huyen-khanh-son", "kh-bao-tinh"):
        assert bound(catalogue, sample, f"{KH}/final-3", agency, when), agency
    assert not bound(catalogue, sample, f"{KH}/final-3", "kh-phuong-loc-tho", when)  # communes are not charged
    assert not bound(catalogue, sample, f"{KH}/final-3", "kh-so-y-te", dt.date(2013, 7, 30))  # before signing
    assert catalogue.obligations[f"{KH}/final-3"].deadline.kind == DeadlineKind.none  # "kịp thời" is no date


def test_triggered_duties_bind_only_where_the_trigger_was_reported(catalogue, sample):
    """1.đ ("khi có thay đổi") and the closing difficulties ("nếu có khó khăn, vướng mắc"): the
    sample reports a changed mailbox list for three agencies and one difficulty (Khánh Sơn) in
    2014; no other agency is asked about them. Before the reports are known, nothing."""
    found = findings(catalogue, sample, dt.date(2015, 1, 15), KH, period="2014")
    mailboxes = {a: f.status for (c, a, _), f in found.items() if c == f"{KH}/1.dd#attest"}
    assert mailboxes == {"kh-so-kh-cn": "attested", "kh-huyen-cam-lam": "attested", "kh-so-tn-mt": "not_attested"}
    difficulties = {a: f.status for (c, a, _), f in found.items() if c == f"{KH}/final-3#attest"}
    assert difficulties == {"kh-huyen-khanh-son": "attested"}
    assert {a for (c, a, _) in found if c == f"{KH}/final-4#attest"} == {"kh-so-tt-tt"}
    assert not [c for (c, _, _) in found if c.startswith(f"{KH}/2.c-2#")]  # no need reported
    early = findings(catalogue, sample, dt.date(2015, 1, 10), KH, period="2014")  # reported on 12/01/2015
    assert not [c for (c, _, _) in early if c.split("#")[0] in (f"{KH}/1.dd", f"{KH}/final-3", f"{KH}/final-4")]


def test_nghe_an_user_limit_proposal_binds_only_the_unit_that_exceeded(catalogue, sample):
    found = findings(catalogue, sample, dt.date(2021, 1, 20), NA, period="2020")
    assert {a for (c, a, _) in found if c == f"{NA}/2.g3-2#attest"} == {"na-tp-vinh"}
    assert {a for (c, a, _) in found if c == f"{NA}/2.g3-3#attest"} == {"na-so-tt-tt"}
    before = findings(catalogue, sample, dt.date(2020, 2, 1), NA, period="2020")  # Vinh exceeded on 10/02/2020
    assert not [c for (c, _, _) in before if c.startswith(f"{NA}/2.g3-")]


def test_khanh_hoa_closing_formula_is_not_a_duty(catalogue):
    assert f"{KH}/final" not in catalogue.obligations
    assert {f"{KH}/final-2", f"{KH}/final-3", f"{KH}/final-4"} <= catalogue.obligations.keys()  # ids stay stable


def test_khanh_hoa_1a_2_thuong_xuyen_is_the_staffs_not_a_deadline(catalogue):
    duty = catalogue.obligations[f"{KH}/1.a-2"]
    assert duty.deadline.kind == DeadlineKind.none
    (quote,) = duty.quotes
    assert quote.text.rstrip().endswith("công nghệ thông tin,") and "15/CT-TTg" not in quote.text


# ---- citations as people write them -------------------------------------------------------------------


def test_citations_smallest_unit_first(catalogue):
    assert clause_label(catalogue.obligations[f"{KH}/2.dd"]) == "điểm đ mục 2"  # never the key "2.dd"
    assert clause_label(catalogue.obligations[f"{KH}/5"]) == "mục 5"
    assert clause_label(catalogue.obligations[f"{NA}/1.g3"]) == "gạch đầu dòng 3 mục 1"
    for document in (KH, NA):
        for obligation in catalogue.obligations_of(document):
            label = clause_label(obligation)
            assert label and not any(mark in label for mark in (".", "-", "dd", "final")), obligation.id


def test_khanh_hoa_no_body_monitors_itself(catalogue):
    """The closing paragraph makes Sở TT&TT the monitor of the directive, not of its own duties."""
    for obligation in catalogue.obligations_of(KH):
        if obligation.actors == ["so-thong-tin-va-truyen-thong"]:
            assert obligation.monitored_by is None, obligation.id
        else:
            assert obligation.monitored_by == "so-thong-tin-va-truyen-thong", obligation.id


@pytest.mark.parametrize("obligation", [f"{KH}/final-3", f"{NA}/2.g3-2"])
def test_inferred_actors_say_so(catalogue, obligation):
    duty = catalogue.obligations[obligation]
    assert duty.actors_inferred is not None and duty.actors_inferred.reason
    assert duty.responsible.source == "taxonomy"
