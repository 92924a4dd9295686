"""Issue 12, capability by capability, on the seed clause that needs it, through both engines.

The clauses are encoded in small fixture directives (tests/fixtures/capabilities/) that quote the
seeds verbatim: the shipped encodings are being corrected in parallel. Each fixture replaces its
province's shipped file in a copy of the directives folder; the agencies are a small test registry
with attribute records (tests/fixtures/capabilities/agencies/). Dates sit on both sides of every
deadline, horizon, start and attribute date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from obligations.catalogue.load import default_root, load_catalogue
from obligations.catalogue.model import Deadline
from obligations.cli import main
from obligations.evaluation.agencies import load_registries
from obligations.evaluation.evaluate import evaluate, explain_binding
from obligations.evaluation.facts import facts_from_records
from obligations.evaluation.schema import EvaluationView
from obligations.graph.addressees import binds_provinces
from obligations.graph.trace import find_obligation

FIXTURES = Path(__file__).parent / "fixtures" / "capabilities"
SHIPPED = default_root()
BG = "ubnd-bac-giang/ct-so-chua-ro-vbdt"
KH = "ubnd-khanh-hoa/12-ct-ubnd-2013"
NA = "ubnd-nghe-an/8705-ubnd-cn-2019"
HG = "ubnd-hau-giang/44-kh-ubnd-2019"
QD28 = "ttg/28-2018-qd-ttg"
REPLACED = {"bac-giang.yaml": "bac-giang/ct-so-chua-ro-vbdt.yaml", "khanh-hoa.yaml": "khanh-hoa/12-ct-ubnd-2013.yaml",
            "nghe-an.yaml": "nghe-an/8705-ubnd-cn-2019.yaml", "hau-giang.yaml": "hau-giang/44-kh-ubnd-2019.yaml"}


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    """The shipped directives with each province's file replaced by its capability fixture."""
    root = tmp_path_factory.mktemp("capabilities") / "directives"
    shutil.copytree(SHIPPED, root)
    for fixture, shipped in REPLACED.items():
        (root / shipped).unlink()
        shutil.copy(FIXTURES / fixture, root / shipped)
    return root


@pytest.fixture(scope="module")
def cat(root):
    return load_catalogue(root)


@pytest.fixture(scope="module")
def registry(cat):
    return load_registries([FIXTURES / "agencies"], cat.actors)


def run(catalogue, registry, records, as_of, **filters):
    """Both engines; they must agree; {(check id, agency id, period): finding}."""
    facts = facts_from_records(records, catalogue, registry)
    results = [evaluate(catalogue, registry, facts, as_of, engine=engine, verify=True, **filters)
               for engine in ("durable", "reference")]
    durable, reference = ({(f.check.id, f.agency.id, f.period): (f.status, tuple(x.origin for x in f.used))
                           for f in r.findings} for r in results)
    assert durable == reference
    EvaluationView.model_validate(results[0].to_dict())  # the public contract holds for the new fields
    return {(f.check.id, f.agency.id, f.period): f for f in results[0].findings}


def value(agency, metric, period, v, **extra):
    return {"type": "value", "agency": agency, "metric": metric, "period": period, "value": v, **extra}


def of(found, check):
    return {agency: f for (c, agency, _), f in found.items() if c == check}


def variant(catalogue, obligation_id, **changes):
    obligations = dict(catalogue.obligations)
    obligations[obligation_id] = obligations[obligation_id].model_copy(update=changes)
    return dataclasses.replace(catalogue, obligations=obligations)


# ---- 1. conditional addressees and populations (Bắc Giang 1.c: "(có thủ tục hành chính công)") ----


def test_a_condition_binds_only_agencies_the_registry_says_meet_it(cat, registry):
    records = [value("bg-so-tu-phap", "trien-khai-mot-cua-dien-tu", "2014", "có")]
    after = of(run(cat, registry, records, dt.date(2015, 1, 15), documents=[BG]), f"{BG}/1.c.g1#t0")
    assert after["bg-so-tu-phap"].status == "met"
    assert after["bg-so-y-te"].status == "no_data"  # has public procedures, reported nothing
    assert "bg-so-ngoai-vu" not in after  # recorded as having none: not bound, no finding
    undecided = after["bg-so-xay-dung"]  # not recorded: never bound or freed silently
    assert undecided.status == "undecided"
    assert "chưa xác định được" in undecided.explanation and "bổ sung" in undecided.explanation
    assert undecided.to_dict()["conditions"] == [{"attribute": "co-thu-tuc-hanh-chinh-cong",
                                                 "name": "Có thủ tục hành chính công", "wanted": True,
                                                 "wanted_vi": "Có thủ tục hành chính công", "recorded": None}]
    before = of(run(cat, registry, records, dt.date(2014, 12, 31), documents=[BG]), f"{BG}/1.c.g1#t0")
    assert before["bg-so-y-te"].status == "pending" and before["bg-so-xay-dung"].status == "undecided"
    reasons = explain_binding(cat, registry, f"{BG}/1.c.g1", "bg-so-ngoai-vu", dt.date(2015, 1, 15))
    assert reasons == []  # the obligation binds it; its target's condition does not: see the finding
    assert "bg-so-ngoai-vu" not in after


def test_a_conditional_population_counts_only_the_agencies_with_a_desk(cat, registry):
    """"60% bộ phận Một cửa điện tử": the share of the agencies that have a one-stop desk."""
    metric = "mot-cua-xu-ly-tren-phan-mem"
    records = [value(a, metric, "2014", v, reported="2015-01-10") for a, v in (
        ("bg-so-tu-phap", "có"), ("bg-so-y-te", "có"), ("bg-so-tt-tt", "có"), ("bg-huyen-luc-nam", "không"),
        ("bg-so-ngoai-vu", "không"))]  # Sở Ngoại vụ has no desk: not in the population at all
    found = of(run(cat, registry, records, dt.date(2015, 1, 15), documents=[BG]), f"{BG}/1.c.g1#t1")
    assert list(found) == ["bg-so-tt-tt"]  # the body named to answer for the province's share
    share = found["bg-so-tt-tt"]
    population = share.actual["population"]
    assert (share.status, share.actual["value"]) == ("met", 75.0)  # 3 of 4 desks
    assert population["members"] == 4 and population["unknown"] == ["bg-so-xay-dung"]
    assert "chưa được ghi trong danh mục" in share.explanation
    # On 30/6/2014 Sở TT&TT's desk is not yet recorded (from 1/7/2014): it is unknown, not counted.
    early = of(run(cat, registry, records, dt.date(2014, 6, 30), documents=[BG]), f"{BG}/1.c.g1#t1")
    assert early["bg-so-tt-tt"].actual["population"]["unknown"] == ["bg-so-xay-dung", "bg-so-tt-tt"] or \
        sorted(early["bg-so-tt-tt"].actual["population"]["unknown"]) == ["bg-so-tt-tt", "bg-so-xay-dung"]
    assert early["bg-so-tt-tt"].status == "pending"


# ---- 2. pooled ratios (Khánh Hòa 2.g: "70% các văn bản ... giữa các cơ quan nhà nước") --------------


KH_COUNTS = [value("kh-so-y-te", "so-vb-gui-di", "2015", 100), value("kh-so-y-te", "so-vb-gui-hoan-toan-dien-tu", "2015", 90),
             value("kh-huyen-dien-khanh", "so-vb-gui-di", "2015", 400),
             value("kh-huyen-dien-khanh", "so-vb-gui-hoan-toan-dien-tu", "2015", 50),
             value("kh-so-noi-vu", "ty-le-vbdt-hoan-toan", "2015", 0.95)]  # a ratio, no counts


def test_a_province_wide_share_of_documents_is_pooled_from_counts(cat, registry):
    found = of(run(cat, registry, KH_COUNTS, dt.date(2016, 1, 15), documents=[KH]), f"{KH}/2.g-2#t0")
    assert list(found) == ["kh-so-tt-tt"]  # one finding, for the body that answers for it
    figure = found["kh-so-tt-tt"]
    # 140 of 500 documents: 28%, not the 65.8% mean of 90%, 12.5% and 95%
    assert (figure.status, figure.actual["value"]) == ("unmet", 28.0)
    population = figure.actual["population"]
    assert population["basis"] == "counts" and population["ratio_only"] == ["kh-so-noi-vu"]
    # worst first, then those that meet it, then those that reported nothing
    assert [c["agency"] for c in population["contributions"]] == [
        "kh-huyen-dien-khanh", "kh-so-y-te", "kh-so-noi-vu", "kh-so-tt-tt"]
    assert population["contributions"][0]["basis"] == "counts" and population["contributions"][2]["basis"] == "ratio"
    assert "tính gộp từ số liệu (số bản văn bản gửi đi hoàn toàn dưới dạng điện tử trên" in figure.explanation and "của 2/4 cơ quan: 28%" in figure.explanation
    assert "Các cơ quan chưa đạt mức này: UBND huyện Diên Khánh 12,5%" in figure.explanation
    assert "chỉ báo cáo tỷ lệ" in figure.explanation
    before = of(run(cat, registry, KH_COUNTS, dt.date(2015, 12, 31), documents=[KH]), f"{KH}/2.g-2#t0")
    assert before["kh-so-tt-tt"].status == "pending"
    more = KH_COUNTS[:2] + [value("kh-huyen-dien-khanh", "so-vb-gui-di", "2015", 400),
                            value("kh-huyen-dien-khanh", "so-vb-gui-hoan-toan-dien-tu", "2015", 300)]
    met = of(run(cat, registry, more, dt.date(2016, 1, 15), documents=[KH]), f"{KH}/2.g-2#t0")["kh-so-tt-tt"]
    assert (met.status, met.actual["value"]) == ("met", 78.0)  # 390 of 500


def test_with_no_counts_the_mean_of_ratios_stands_in_and_says_so(cat, registry):
    ratios = [value("kh-so-y-te", "ty-le-vbdt-hoan-toan", "2015", 0.9),
              value("kh-huyen-dien-khanh", "ty-le-vbdt-hoan-toan", "2015", 0.6)]
    figure = of(run(cat, registry, ratios, dt.date(2016, 1, 15), documents=[KH]), f"{KH}/2.g-2#t0")["kh-so-tt-tt"]
    assert figure.actual["population"]["basis"] == "mean_of_ratios" and figure.actual["value"] == 75.0
    assert "tạm lấy bình quân" in figure.explanation and "không phải tỷ lệ chung" in figure.explanation


def test_an_agency_ratio_is_derived_from_its_counts(cat, registry):
    """Counts win over a reported ratio, and the finding says which was used."""
    records = [value("bg-so-tu-phap", "ty-le-vbdt-hoan-toan", "2014", 0.5, reported="2015-01-05"),
               value("bg-so-tu-phap", "so-vb-gui-di", "2014", 200, reported="2015-01-05"),
               value("bg-so-tu-phap", "so-vb-gui-hoan-toan-dien-tu", "2014", 170, reported="2015-01-05")]
    found = run(cat, registry, records, dt.date(2015, 1, 15), documents=[BG])
    own = found[(f"{BG}/1.a#t0", "bg-so-tu-phap", "2014")]
    assert own.status == "met" and own.actual["value"] == 85.0 and own.actual["basis"] == "counts"
    assert "tính từ số bản văn bản gửi đi hoàn toàn dưới dạng điện tử trên" in own.explanation and "170/200" in own.explanation
    only_ratio = run(cat, registry, records[:1], dt.date(2015, 1, 15), documents=[BG])
    assert only_ratio[(f"{BG}/1.a#t0", "bg-so-tu-phap", "2014")].actual["basis"] == "reported"


# ---- 3. per-target deadline, phrase and modality (Bắc Giang 1.a) -----------------------------------


def test_each_target_cites_its_own_phrase_and_a_missed_strive_is_not_a_breach(cat, registry):
    records = [value("bg-so-y-te", "ty-le-vbdt-hoan-toan", "2014", "72%"),
               value("bg-so-y-te", "ty-le-vbdt-hoan-toan", "2015", "95%")]
    found = run(cat, registry, records, dt.date(2015, 1, 15), documents=[BG])
    first = found[(f"{BG}/1.a#t0", "bg-so-y-te", "2014")]
    assert first.status == "strive_missed" and first.to_dict()["deadline"]["phrase"] == "Phấn đấu năm 2014"
    assert "Chưa đạt mục tiêu phấn đấu" in first.explanation and first.to_dict()["modality"] == "strive"
    second = found[(f"{BG}/1.a#t1", "bg-so-y-te", "2015")]
    assert second.status == "met" and second.to_dict()["deadline"]["phrase"] == "đến hết năm 2015"
    before = run(cat, registry, records, dt.date(2014, 12, 31), documents=[BG])
    assert before[(f"{BG}/1.a#t0", "bg-so-y-te", "2014")].status == "pending"
    # a must target missed is a breach: Khánh Hòa 2.g
    assert of(run(cat, registry, KH_COUNTS, dt.date(2016, 1, 15), documents=[KH]),
              f"{KH}/2.g-2#t0")["kh-so-tt-tt"].status == "unmet"


# ---- 4. horizons and start dates ---------------------------------------------------------------------


def test_no_quarterly_report_is_asked_after_the_plans_horizon(cat, registry):
    """Hậu Giang 44/KH-UBND runs "đến năm 2020": its quarterly reports stop with 2020-Q4."""
    late = of(run(cat, registry, [], dt.date(2024, 10, 1), documents=[HG]), f"{HG}/p4-3#event")
    periods = sorted(f.period for (c, _, _), f in run(cat, registry, [], dt.date(2024, 10, 1), documents=[HG]).items()
                     if c == f"{HG}/p4-3#event")
    assert late and periods[0] == "2019-Q1" and periods[-1] == "2020-Q4" and len(periods) == 8
    inside = sorted(f.period for (c, _, _), f in run(cat, registry, [], dt.date(2020, 11, 15), documents=[HG]).items()
                    if c == f"{HG}/p4-3#event")
    assert inside[-1] == "2020-Q4"  # pending: due 31/12/2020
    assert run(cat, registry, [], dt.date(2020, 11, 15), documents=[HG])[
        (f"{HG}/p4-3#event", "hg-so-tt-tt", "2020-Q4")].status == "pending"


def test_a_start_date_is_a_start_not_a_duty_due_at_the_end_of_each_year(cat, registry):
    """QĐ 28 Điều 21 khoản 1: "áp dụng chính thức kể từ ngày 01 tháng 01 năm 2019"."""
    start = Deadline(kind="from_date", date=dt.date(2019, 1, 1),
                     phrase="áp dụng chính thức kể từ ngày 01 tháng 01 năm 2019")
    catalogue = variant(cat, f"{QD28}/21.1-2", deadline=start, targets=[])
    key = f"{QD28}/21.1-2#attest"
    in_2018 = run(catalogue, registry, [], dt.date(2019, 1, 15), agencies=["bg-so-tu-phap"], documents=[QD28])
    assert not [k for k in in_2018 if k[0] == key]  # 2018 lies wholly before the start
    in_2019 = run(catalogue, registry, [], dt.date(2020, 1, 15), agencies=["bg-so-tu-phap"], documents=[QD28])
    found = [f for k, f in in_2019.items() if k[0] == key]
    assert [f.period for f in found] == ["2019"] and found[0].due is None  # attested, not "due 31/12/2019"


# ---- 5. one-off duties without a date (Nghệ An 1.g4) ----------------------------------------------


def test_a_one_off_duty_is_done_or_not_yet_done_never_asked_each_year(cat, registry):
    found = of(run(cat, registry, [], dt.date(2021, 6, 1), documents=[NA]), f"{NA}/1.g4#event")
    assert {f.period for f in found.values()} == {None}  # one event, not one per year
    assert found["na-so-y-te"].status == "pending" and "việc làm một lần" in found["na-so-y-te"].explanation
    done = [{"type": "event", "agency": "na-so-y-te", "obligation": f"{NA}/1.g4", "date": "2020-03-01"}]
    assert of(run(cat, registry, done, dt.date(2021, 6, 1), documents=[NA]), f"{NA}/1.g4#event")["na-so-y-te"].status == "met"
    assert of(run(cat, registry, done, dt.date(2020, 2, 28), documents=[NA]), f"{NA}/1.g4#event")["na-so-y-te"].status == "pending"


# ---- 6. triggers, derived metrics, direction on the comparator -------------------------------------


def test_a_triggered_duty_binds_only_when_its_trigger_is_reported(cat, registry):
    """Khánh Hòa 1.đ: update the mailbox list "khi có thay đổi"."""
    check = f"{KH}/1.dd#attest"
    assert not of(run(cat, registry, [], dt.date(2015, 1, 15), documents=[KH]), check)
    changed = [{"type": "trigger", "agency": "kh-so-y-te", "obligation": f"{KH}/1.đ", "date": "2014-05-10"}]
    assert not of(run(cat, registry, changed, dt.date(2014, 5, 9), documents=[KH]), check)  # not yet happened
    found = of(run(cat, registry, changed, dt.date(2015, 1, 15), documents=[KH]), check)
    assert list(found) == ["kh-so-y-te"] and found["kh-so-y-te"].period == "2014"
    assert found["kh-so-y-te"].status == "not_attested" and "phát sinh" in found["kh-so-y-te"].explanation
    assert found["kh-so-y-te"].to_dict()["trigger"]["date"] == "2014-05-10"
    done = changed + [{"type": "attestation", "agency": "kh-so-y-te", "obligation": f"{KH}/1.đ", "period": "2014",
                       "value": "yes"}]
    assert of(run(cat, registry, done, dt.date(2015, 1, 15), documents=[KH]), check)["kh-so-y-te"].status == "attested"


def test_paper_in_any_form_is_the_complement_of_fully_electronic(cat, registry):
    """Hậu Giang row 3 (≤ 40% paper in 2019) is row 1's complement; at_most says lower is better."""
    check = (f"{HG}/lo-trinh.3#t0", "hg-so-y-te", "2019")
    good = run(cat, registry, [value("hg-so-y-te", "ty-le-vbdt-hoan-toan", "2019", 0.65)], dt.date(2020, 1, 15), documents=[HG])
    assert good[check].status == "met" and good[check].actual["value"] == 35.0
    assert good[check].actual["basis"] == "complement"
    bad = run(cat, registry, [value("hg-so-y-te", "ty-le-vbdt-hoan-toan", "2019", 0.55)], dt.date(2020, 1, 15), documents=[HG])
    assert bad[check].status == "unmet" and bad[check].actual["value"] == 45.0
    assert "STT 3 bảng Lộ trình thực hiện, cột 2019" in bad[check].explanation
    early = run(cat, registry, [value("hg-so-y-te", "ty-le-vbdt-hoan-toan", "2019", 0.55)], dt.date(2019, 12, 31), documents=[HG])
    assert early[check].status == "pending"


# ---- 7. lead and support (Khánh Hòa 1.b: "Phối hợp với Sở Thông tin và Truyền thông") ---------------


def test_a_support_role_is_said_in_findings_show_and_letters(cat, registry, root):
    found = of(run(cat, registry, [], dt.date(2014, 1, 15), documents=[KH]), f"{KH}/1.b#attest")
    finding = found["kh-so-y-te"]
    assert finding.to_dict()["role"] == {"role": "support", "role_vi": "phối hợp",
                                         "lead": ["Sở Thông tin và Truyền thông"], "cooperating": []}
    assert "phối hợp với Sở Thông tin và Truyền thông (cơ quan chủ trì)" in finding.explanation
    shown = CliRunner().invoke(main, ["--directives", str(root), "show", f"{KH}/1.b"]).output
    assert "(phối hợp)" in shown and "Cơ quan chủ trì" in shown
    from obligations.letters.compose import _role_note
    assert _role_note(finding.to_dict()) == " (phối hợp với Sở Thông tin và Truyền thông)"


# ---- 8. actors named vs inferred; the issuer and the monitor ------------------------------------


def test_a_class_never_binds_the_issuer_nor_makes_a_body_monitor_itself(cat, registry):
    found = of(run(cat, registry, [], dt.date(2015, 1, 15), documents=[BG]), f"{BG}/2.a#attest")
    assert "bg-so-tu-phap" in found and "bg-ubnd-tinh" not in found  # "cơ quan nhà nước các cấp"
    reasons = explain_binding(cat, registry, f"{BG}/2.a", "bg-ubnd-tinh", dt.date(2015, 1, 15))
    assert reasons and "cơ quan ban hành" in reasons[0]
    records = [value("bg-so-tt-tt", "ty-le-vbdt-hoan-toan", "2014", 0.9), value("bg-so-y-te", "ty-le-vbdt-hoan-toan", "2014", 0.9)]
    targets = run(cat, registry, records, dt.date(2015, 1, 15), documents=[BG])
    assert targets[(f"{BG}/1.a#t0", "bg-so-tt-tt", "2014")].monitored_by is None
    assert targets[(f"{BG}/1.a#t0", "bg-so-y-te", "2014")].monitored_by["agency_id"] == "bg-so-tt-tt"


def test_an_inferred_actor_is_said_in_every_output(cat, registry, root):
    inferred = {"clause": "điểm a khoản 1 Điều 2", "obligation": None,
                "reason": "the clause names no actor; Điều 2 khoản 1 điểm a charges the sở with the plan"}
    from obligations.catalogue.model import InferredActors
    catalogue = variant(cat, f"{BG}/3.a", actors_inferred=InferredActors(**inferred))
    finding = of(run(catalogue, registry, [], dt.date(2015, 1, 15), documents=[BG]), f"{BG}/3.a#event")["bg-so-tt-tt"]
    assert finding.to_dict()["actors_inferred"] == inferred
    assert "do người mã hóa xác định theo điểm a khoản 1 Điều 2" in finding.explanation


# ---- 9. consequences with a measurement period (Nghệ An 1.g3) ---------------------------------------


def test_figures_of_periods_that_began_before_the_letter_never_fire_the_rule(cat, registry):
    records = [value("na-huyen-que-phong", "ty-le-vb-xu-ly-qua-han", "2019", "58%"),
               value("na-huyen-que-phong", "ty-le-vb-khong-ky-so", "2019", "31%"),
               value("na-huyen-que-phong", "ty-le-vb-xu-ly-qua-han", "2019-Q4", "60%"),
               value("na-huyen-que-phong", "ty-le-vb-khong-ky-so", "2019-Q4", "30%"),
               value("na-huyen-que-phong", "ty-le-vb-xu-ly-qua-han", "2020-Q1", "56%"),
               value("na-huyen-que-phong", "ty-le-vb-khong-ky-so", "2020-Q1", "27%"),
               value("na-so-y-te", "ty-le-vb-xu-ly-qua-han", "2020-Q1", "50%"),  # at the threshold: not above
               value("na-so-y-te", "ty-le-vb-khong-ky-so", "2020-Q1", "20%")]
    fired = of(run(cat, registry, records, dt.date(2020, 4, 15), documents=[NA]), f"{NA}/1.g3#c0")
    assert [(a, f.period) for a, f in fired.items()] == [("na-huyen-que-phong", "2020-Q1")]


# ---- 10. exceptions that matter ----------------------------------------------------------------------


def test_an_exception_the_evaluation_cannot_apply_is_shown_as_needing_a_reviewer(cat, registry):
    from obligations.catalogue.model import ExceptionClause
    other = ExceptionClause(kind="other", quote="trong trường hợp cần thiết", note="a condition read as an exception")
    catalogue = variant(cat, f"{BG}/3.a", exceptions=[other])
    finding = of(run(catalogue, registry, [], dt.date(2015, 1, 15), documents=[BG]), f"{BG}/3.a#event")["bg-so-tt-tt"]
    assert finding.status == "needs_review" and "cần người rà soát" in finding.explanation
    assert finding.to_dict()["exceptions"][0]["needs_review"] is True


def test_a_document_wide_exception_reaches_every_finding(cat, registry):
    from obligations.catalogue.model import ExceptionClause
    secret = ExceptionClause(kind="secret_excluded", clause="khoản 2 Điều 1", quote="văn bản mật")
    documents = dict(cat.documents)
    documents[QD28] = documents[QD28].model_copy(update={"exceptions": [secret]})
    catalogue = dataclasses.replace(cat, documents=documents)
    findings = run(catalogue, registry, [], dt.date(2019, 1, 15), agencies=["bg-so-tu-phap"], documents=[QD28])
    assert findings and all(f.to_dict()["exceptions"][0]["clause"] == "khoản 2 Điều 1" for f in findings.values())


# ---- 11. citations as people write them; đ is not d ------------------------------------------------


def test_every_dd_clause_is_found_by_its_letter_d_with_stroke(cat):
    shipped = load_catalogue()
    dd = [o for o in shipped.obligations.values() if "dd" in o.key.split(".")]
    assert len(dd) >= 5
    for obligation in dd:
        typed = obligation.id.rsplit("/", 1)[0] + "/" + ".".join(
            "đ" if part == "dd" else part for part in obligation.key.split("."))
        assert shipped.get_obligation(typed).id == obligation.id
        document = shipped.documents[obligation.document_id]
        if document.symbol:
            key = ".".join("đ" if part == "dd" else part for part in obligation.key.split("."))
            assert find_obligation(shipped, f"{document.symbol} {key}").id == obligation.id
    assert find_obligation(shipped, "12/CT-UBND 2.đ").id == f"{KH}/2.dd"
    assert find_obligation(shipped, "12/CT-UBND 2.d").id == f"{KH}/2.d"
    shown = CliRunner().invoke(main, ["show", f"{KH}/2.đ"]).output
    assert "điểm đ mục 2" in shown and f"{KH}/2.dd" in shown


def test_citations_print_the_smallest_unit_first(cat, registry):
    found = run(cat, registry, [], dt.date(2015, 1, 15), documents=[BG])
    assert found[(f"{BG}/1.c.g1#t0", "bg-so-y-te", "2014")].citation == \
        "Chỉ thị (chưa rõ số), gạch đầu dòng thứ nhất điểm c khoản 1"
    shipped = load_catalogue()
    from obligations.catalogue.citations import clause_label
    assert clause_label(shipped.obligations["ubnd-quang-ngai/1486-qd-ubnd-2013/1.I.2.a.1"]) == \
        "điểm a.1 khoản 2 mục I Điều 1"
    assert clause_label(shipped.obligations[f"{QD28}/19.1.a"]) == "điểm a khoản 1 Điều 19"


# ---- 12. coverage counts duties -----------------------------------------------------------------------


def test_rights_and_definitions_are_not_duties_to_take_up(cat):
    assert not binds_provinces(cat, cat.obligations[f"{QD28}/5.4-2"])  # "có quyền từ chối": a right
    # 10.1 ("Nội dung thông tin của văn bản điện tử ... bao gồm ...") is encoded as a definition
    definition = cat.obligations[f"{QD28}/10.1"]
    assert definition.kind == "definition" and not binds_provinces(cat, definition)
    assert binds_provinces(cat, definition.model_copy(update={"kind": "duty"}))


# ---- 13. conflicts, reported once ---------------------------------------------------------------------


def test_two_clauses_with_two_values_for_one_figure_are_reported_once_as_a_conflict(cat, registry):
    """Hậu Giang objective 6 (100% mailboxes by 2020) vs roadmap row 8 (90% for 2020)."""
    records = [value("hg-so-y-te", "ty-le-can-bo-co-hop-thu-cong-vu", "2020", 0.95)]
    found = run(cat, registry, records, dt.date(2021, 1, 15), documents=[HG])
    mine = {c: f for (c, a, p), f in found.items() if a == "hg-so-y-te" and p == "2020"}
    assert set(mine) == {f"{HG}/muc-tieu.g6#t0"}  # once, not "met" and "unmet" for one figure
    conflict = mine[f"{HG}/muc-tieu.g6#t0"]
    assert conflict.status == "conflict" and conflict.to_dict()["conflict"]["with"] == f"{HG}/lo-trinh.8"
    assert "STT 8 bảng Lộ trình thực hiện" in conflict.explanation and "mâu thuẫn" not in conflict.status
    # when the encoder decides that the roadmap row governs, only it is evaluated
    g6 = cat.obligations[f"{HG}/muc-tieu.g6"]
    decided = g6.targets[0].model_copy(update={"conflicts_with": [
        g6.targets[0].conflicts_with[0].model_copy(update={"prevails": "other"})]})
    catalogue = variant(cat, f"{HG}/muc-tieu.g6", targets=[decided])
    found = run(catalogue, registry, records, dt.date(2021, 1, 15), documents=[HG])
    mine = {c: f.status for (c, a, p), f in found.items() if a == "hg-so-y-te" and p == "2020"}
    assert mine == {f"{HG}/lo-trinh.8#t0": "met"}


def test_the_findings_schema_documents_the_new_fields():
    from obligations.evaluation.schema import findings_schema
    text = json.dumps(findings_schema())
    for field in ("clause_label", "actors_inferred", "needs_review", "conflict", "strive_missed", "undecided"):
        assert field in text


def test_an_unknown_attribute_in_a_registry_is_one_clear_message(cat, tmp_path):
    from obligations.evaluation.agencies import RegistryError
    text = (FIXTURES / "agencies" / "bac-giang.yaml").read_text(encoding="utf-8").replace(
        "attribute: co-thu-tuc-hanh-chinh-cong, value: true, from: 2013-01-01",
        "attribute: co-thu-tuc-hanh-chinh, value: true, from: 2013-01-01")
    path = tmp_path / "bac-giang.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_registries([path], cat.actors, cat.attributes)
    [problem] = error.value.problems
    assert problem.field == "agencies[2].attributes[0].attribute" and "co-thu-tuc-hanh-chinh-cong" in problem.hint
    assert problem.line == next(n for n, line in enumerate(text.splitlines(), 1) if "co-thu-tuc-hanh-chinh," in line)
