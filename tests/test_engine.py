"""The rule engine on the encoded directives: every status, every target shape, both sides of deadlines.

Each test runs both engines (durable_rules and the reference evaluator) and requires the same answer.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from obligations.evaluation.agencies import load_registries
from obligations.evaluation.evaluate import evaluate, explain_binding
from obligations.evaluation.facts import facts_from_records
from engine_helpers import run_both

FIXTURES = Path(__file__).parent / "fixtures" / "engine"
BG = "ubnd-bac-giang/ct-so-chua-ro-vbdt"
QN = "ubnd-quang-ngai/1486-qd-ubnd-2013"
NA = "ubnd-nghe-an/8705-ubnd-cn-2019"
HG = "ubnd-hau-giang/44-kh-ubnd-2019"


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([FIXTURES], catalogue.actors)


def run(catalogue, registry, records, as_of, **filters):
    return run_both(catalogue, registry, records, as_of, **filters)


def value(agency, metric, period, v, **extra):
    return {"type": "value", "agency": agency, "metric": metric, "period": period, "value": v, **extra}


# ---- targets: floors per level and year (Bắc Giang 1.a) ----------------------------------------

BG_2014 = [value("bg-so-tu-phap", "ty-le-vbdt-hoan-toan", "2014", 0.85),  # floor 80%: met
           value("bg-so-y-te", "ty-le-vbdt-hoan-toan", "2014", "72%"),  # below
           value("bg-huyen-luc-nam", "ty-le-vbdt-hoan-toan", "2014", 0.85),  # district floor 85%: met exactly
           value("bg-xa-a", "ty-le-vbdt-hoan-toan", "2014", 0.60)]  # commune floor 75%: below


def test_level_targets_after_the_deadline(catalogue, registry):
    found = run(catalogue, registry, BG_2014, dt.date(2015, 1, 15), documents=[BG])
    assert found[(f"{BG}/1.a#t0", "bg-so-tu-phap", "2014")].status == "met"
    unmet = found[(f"{BG}/1.a#t0", "bg-so-y-te", "2014")]
    # "Phấn đấu năm 2014": a strive target, missed, not a breached must
    assert unmet.status == "strive_missed"
    assert "72%" in unmet.explanation and "80%" in unmet.explanation and "mục tiêu phấn đấu" in unmet.explanation
    assert found[(f"{BG}/1.a#t1", "bg-huyen-luc-nam", "2014")].status == "met"  # 85% >= 85%
    assert found[(f"{BG}/1.a#t2", "bg-xa-a", "2014")].status == "strive_missed"
    # nothing reported after the deadline: a reporting gap, never met
    gap = found[(f"{BG}/1.a#t0", "bg-so-xay-dung", "2014")]
    assert gap.status == "no_data" and gap.actual is None
    # the 2015 column is not yet due
    later = found[(f"{BG}/1.a#t3", "bg-so-tu-phap", "2015")]
    assert later.status == "pending" and later.days_left == 350


def test_level_targets_before_the_deadline(catalogue, registry):
    found = run(catalogue, registry, BG_2014, dt.date(2014, 12, 31), documents=[BG])
    assert found[(f"{BG}/1.a#t0", "bg-so-tu-phap", "2014")].status == "met"
    below = found[(f"{BG}/1.a#t0", "bg-so-y-te", "2014")]
    assert below.status == "pending" and below.days_left == 0
    assert found[(f"{BG}/1.a#t0", "bg-so-xay-dung", "2014")].status == "pending"


def test_commune_target_answered_for_by_the_district(catalogue, registry):
    found = run(catalogue, registry, BG_2014, dt.date(2015, 1, 15), documents=[BG])
    commune = found[(f"{BG}/1.a#t2", "bg-xa-a", "2014")]
    assert commune.responsible["agency_id"] == "bg-huyen-luc-nam"
    assert commune.responsible["name"] == "Phạm Văn Huyện"


def test_head_as_at_the_date(catalogue, registry):
    before = run(catalogue, registry, BG_2014, dt.date(2014, 12, 31), documents=[BG], agencies=["bg-so-tu-phap"])
    after = run(catalogue, registry, BG_2014, dt.date(2015, 1, 15), documents=[BG], agencies=["bg-so-tu-phap"])
    key = (f"{BG}/1.a#t0", "bg-so-tu-phap", "2014")
    assert before[key].responsible["name"] == "Trần Văn Cũ"
    assert after[key].responsible["name"] == "Lê Thị Mới"


def test_a_report_made_after_the_date_is_not_known_then(catalogue, registry):
    records = [value("bg-so-y-te", "ty-le-vbdt-hoan-toan", "2014", 0.9, reported="2015-02-10")]
    key = (f"{BG}/1.a#t0", "bg-so-y-te", "2014")
    assert run(catalogue, registry, records, dt.date(2015, 1, 15), documents=[BG])[key].status == "no_data"
    assert run(catalogue, registry, records, dt.date(2015, 2, 10), documents=[BG])[key].status == "met"


def test_a_later_report_supersedes(catalogue, registry):
    records = [value("bg-so-y-te", "ty-le-vbdt-hoan-toan", "2014", 0.7, reported="2015-01-05"),
               value("bg-so-y-te", "ty-le-vbdt-hoan-toan", "2014", 0.82, reported="2015-01-12")]
    key = (f"{BG}/1.a#t0", "bg-so-y-te", "2014")
    assert run(catalogue, registry, records, dt.date(2015, 1, 10), documents=[BG])[key].status == "strive_missed"
    assert run(catalogue, registry, records, dt.date(2015, 1, 15), documents=[BG])[key].status == "met"


# ---- population shares (Bắc Giang 1.b: 30% of the province's communes, Sở TT&TT answerable) ------


def test_population_share_computed_from_the_communes(catalogue, registry):
    """Bắc Giang 1.b: "30% UBND cấp xã cài đặt, sử dụng phần mềm" is one provincial share; the text
    does not allocate it to the districts, so Sở TT&TT (3.e) answers for it, not each district."""
    records = [value("bg-xa-a", "su-dung-phan-mem-qlvb", "2014", "có"),
               value("bg-xa-b", "su-dung-phan-mem-qlvb", "2014", "không")]
    found = run(catalogue, registry, records, dt.date(2015, 1, 15), documents=[BG])
    share = found[(f"{BG}/1.b#t1", "bg-so-tt-tt", "2014")]
    # 1 of the province's 4 communes: 25% < 30%; the two that reported nothing count as not using it.
    # "Phấn đấu năm 2014": a strive target missed, not a breach
    assert share.status == "strive_missed"
    assert share.actual["value"] == 25.0
    population = share.actual["population"]
    assert (population["reach"], population["members"], population["reported"], population["meeting"]) == (
        "province", 4, 2, 1)
    assert population["not_reported"] == ["bg-xa-c", "bg-xa-d"]
    assert population["contributions"][0]["agency"] == "bg-xa-b"  # not meeting first
    assert share.responsible["title"] == "Giám đốc Sở Thông tin và Truyền thông"
    assert (f"{BG}/1.b#t1", "bg-huyen-luc-nam", "2014") not in found  # no quota of its own communes
    records.append(value("bg-xa-c", "su-dung-phan-mem-qlvb", "2014", "yes"))
    found = run(catalogue, registry, records, dt.date(2015, 1, 15), documents=[BG])
    assert found[(f"{BG}/1.b#t1", "bg-so-tt-tt", "2014")].status == "met"  # 2 of 4: 50%


def test_population_share_with_no_report_is_a_gap(catalogue, registry):
    found = run(catalogue, registry, [], dt.date(2015, 1, 15), documents=[BG])
    assert found[(f"{BG}/1.b#t1", "bg-so-tt-tt", "2014")].status == "no_data"


def test_the_share_of_one_stop_desks_is_the_provinces_answered_by_so_tt_tt(catalogue, registry):
    """Bắc Giang 1.c: "60% bộ phận Một cửa điện tử thực hiện tốt ..." is one provincial share of the
    desks of the sở and districts; the text names no body, so Sở TT&TT (3.e) answers for it."""
    metric = "mot-cua-xu-ly-tren-phan-mem"
    records = [value("bg-so-tu-phap", metric, "2014", "có"), value("bg-so-y-te", metric, "2014", "có"),
               value("bg-so-xay-dung", metric, "2014", "không"), value("bg-huyen-luc-nam", metric, "2014", "có")]
    found = run(catalogue, registry, records, dt.date(2015, 1, 15), documents=[BG])
    shares = {a: f for (c, a, _), f in found.items() if c == f"{BG}/1.c.g1#t1"}
    assert set(shares) == {"bg-so-tt-tt"}
    # 3 of the 5 desks (Sở TT&TT reported nothing): 60%, met
    share = shares["bg-so-tt-tt"]
    assert share.status == "met" and share.actual["value"] == 60.0
    assert share.actual["population"]["reach"] == "province" and share.actual["population"]["members"] == 5
    assert share.responsible["title"] == "Giám đốc Sở Thông tin và Truyền thông"
    # one desk fewer: 40%, a strive target ("Phấn đấu năm 2014") missed
    found = run(catalogue, registry, records[1:], dt.date(2015, 1, 15), documents=[BG])
    assert {f.status for (c, _, _), f in found.items() if c == f"{BG}/1.c.g1#t1"} == {"strive_missed"}
    # before the end of 2014 the same figure is pending
    found = run(catalogue, registry, records[1:], dt.date(2014, 12, 31), documents=[BG])
    assert {f.status for (c, _, _), f in found.items() if c == f"{BG}/1.c.g1#t1"} == {"pending"}


# ---- roadmap columns and ceilings (Hậu Giang, aggregate) ---------------------------------------


def test_roadmap_columns_and_ceiling(catalogue, registry):
    """Row 1 is one province-wide figure, answered for by Sở TT&TT (the body that reports the
    plan's results), not a quota of each sở and district."""
    records = [value("hg-so-y-te", "ty-le-vbdt-hoan-toan", "2019", 0.65),
               value("hg-huyen-phung-hiep", "ty-le-vbdt-hoan-toan", "2019", 0.5),
               value("hg-xa-1", "ty-le-vbdt-hoan-toan", "2019", 0.7)]
    found = run(catalogue, registry, records, dt.date(2020, 1, 15), documents=[HG])
    row1 = found[(f"{HG}/lo-trinh.1#t0", "hg-so-tt-tt", "2019")]
    assert row1.status == "met" and round(row1.actual["value"], 2) == 61.67  # 65, 50, 70 >= 60%
    assert set(row1.actual["population"]["not_reported"]) == {"hg-so-tt-tt", "hg-xa-2"}
    assert row1.to_dict()["deadline"]["phrase"] == "2019"  # the column it was read from, not the 2020 cell
    # neither the sở nor the district answers for the province's figure on its own
    assert not [k for k in found if k[0].startswith(f"{HG}/lo-trinh.1#") and k[1] != "hg-so-tt-tt"]
    assert found[(f"{HG}/lo-trinh.1#t1", "hg-so-tt-tt", "2020")].status == "pending"  # 2020 column
    # the day before the 2020 column falls due, a figure below it is not yet a breach
    late = [value("hg-so-y-te", "ty-le-vbdt-hoan-toan", "2020", 0.7)]
    before = run(catalogue, registry, late, dt.date(2020, 12, 30), documents=[HG])
    assert before[(f"{HG}/lo-trinh.1#t1", "hg-so-tt-tt", "2020")].status == "pending"
    after = run(catalogue, registry, late, dt.date(2021, 1, 15), documents=[HG])
    assert after[(f"{HG}/lo-trinh.1#t1", "hg-so-tt-tt", "2020")].status == "unmet"  # 70% < 80%


# ---- one-off and recurring duties (Quảng Ngãi) ----------------------------------------------------


def event(agency, obligation, date, period=None, done=True):
    record = {"type": "event", "agency": agency, "obligation": obligation, "date": date, "value": "yes" if done else "no"}
    if period:
        record["period"] = period
    return record


def test_one_off_deadline_before_a_quarter(catalogue, registry):
    duty = f"{QN}/2.1.b"  # "trước Quý II năm 2014": due 31/03/2014
    records = [event("qn-so-noi-vu", duty, "2014-03-20"), event("qn-so-tai-chinh", duty, "2014-05-02")]
    found = run(catalogue, registry, records, dt.date(2014, 6, 1), documents=[QN])
    assert found[(f"{duty}#event", "qn-so-noi-vu", None)].status == "met"
    late = found[(f"{duty}#event", "qn-so-tai-chinh", None)]
    assert late.status == "met_late" and "chậm 32 ngày" in late.explanation
    early = run(catalogue, registry, [], dt.date(2014, 3, 31), documents=[QN])
    assert early[(f"{duty}#event", "qn-so-noi-vu", None)].status == "pending"
    after = run(catalogue, registry, [], dt.date(2014, 4, 1), documents=[QN])
    assert after[(f"{duty}#event", "qn-so-noi-vu", None)].status == "no_data"
    undone = run(catalogue, registry, [event("qn-so-noi-vu", duty, "2014-04-10", done=False)],
                 dt.date(2014, 4, 15), documents=[QN])
    assert undone[(f"{duty}#event", "qn-so-noi-vu", None)].status == "unmet"


def test_recurring_report_one_finding_per_year(catalogue, registry):
    duty = f"{QN}/2.3"  # Sở Tài chính, each year
    records = [event("qn-so-tai-chinh", duty, "2013-12-20", period="2013"),
               event("qn-so-tai-chinh", duty, "2015-01-05", period="2014")]
    found = run(catalogue, registry, records, dt.date(2015, 1, 15), documents=[QN])
    years = {period: f.status for (check, agency, period), f in found.items() if check == f"{duty}#event"}
    assert years == {"2013": "met", "2014": "met_late", "2015": "pending"}


# ---- qualitative duties and consequences (Nghệ An) ------------------------------------------------


def test_attestations(catalogue, registry):
    records = [{"type": "attestation", "agency": "na-so-xay-dung", "obligation": f"{NA}/1.g3", "period": "2019",
                "value": "yes"}]
    found = run(catalogue, registry, records, dt.date(2020, 1, 15), documents=[NA])
    assert found[(f"{NA}/1.g3#attest", "na-so-xay-dung", "2019")].status == "attested"
    assert found[(f"{NA}/1.g3#attest", "na-so-y-te", "2019")].status == "not_attested"
    assert not any(f.status in ("unmet", "no_data") for (c, *_), f in found.items() if c.endswith("#attest"))


def test_consequence_names_who_answers_to_whom(catalogue, registry):
    records = [value("na-so-xay-dung", "ty-le-vb-xu-ly-qua-han", "2020-Q1", 0.55),
               value("na-so-xay-dung", "ty-le-vb-khong-ky-so", "2020-Q1", 0.25),
               value("na-so-y-te", "ty-le-vb-xu-ly-qua-han", "2020-Q1", 0.55),  # one threshold only
               value("na-so-y-te", "ty-le-vb-khong-ky-so", "2020-Q1", 0.20)]  # 20% is not above 20%
    found = run(catalogue, registry, records, dt.date(2020, 4, 15), documents=[NA])
    fired = found[(f"{NA}/1.g3#c0", "na-so-xay-dung", "2020-Q1")]
    assert fired.status == "triggered"
    assert fired.accountable_to["agency_id"] == "na-ubnd-tinh"
    assert "Võ Văn Mẫu" in fired.explanation and "Ủy ban nhân dân tỉnh Nghệ An" in fired.explanation
    assert (f"{NA}/1.g3#c0", "na-so-y-te", "2020-Q1") not in found


# ---- binding ------------------------------------------------------------------------------------


def test_binding_follows_kind_territory_and_existence(catalogue, registry):
    found = run(catalogue, registry, BG_2014, dt.date(2015, 1, 15))
    # Quảng Ngãi's decree does not bind Bắc Giang's agencies, nor Bắc Giang's theirs
    assert not any(c.startswith(QN) and a.startswith("bg-") for c, a, _ in found)
    assert not any(c.startswith(BG) and a.startswith("qn-") for c, a, _ in found)
    # QĐ 28 (2018) is not yet issued on 15/01/2015
    assert not any(c.startswith("ttg/28-2018-qd-ttg") for c, _, _ in found)
    # a district abolished on 1 July 2025 is bound by nothing due after
    late = run(catalogue, registry, [], dt.date(2026, 1, 15), agencies=["bg-huyen-luc-nam"])
    assert all((f.period or "2014") <= "2025" for f in late.values())
    reasons = explain_binding(catalogue, registry, f"{QN}/2.3", "bg-so-y-te", dt.date(2015, 1, 15))
    assert any("Quảng Ngãi" in r for r in reasons)
    assert explain_binding(catalogue, registry, f"{BG}/1.a", "bg-so-y-te", dt.date(2015, 1, 15)) == []


def test_threads_get_identical_findings(catalogue, registry):
    facts = facts_from_records(BG_2014, catalogue, registry)
    expected = [(f.check.id, f.agency.id, f.period, f.status)
                for f in evaluate(catalogue, registry, facts, dt.date(2015, 1, 15)).findings]
    results, errors = [], []

    def work():
        try:
            results.append([(f.check.id, f.agency.id, f.period, f.status)
                            for f in evaluate(catalogue, registry, facts, dt.date(2015, 1, 15)).findings])
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 4 and all(r == expected for r in results)


# ---- one plan per (province, kind of agency) ----------------------------------------------------


@pytest.mark.parametrize("as_of", [dt.date(2015, 1, 15), dt.date(2025, 1, 15), dt.date(2026, 1, 15)])
def test_agencies_of_one_kind_share_a_plan_but_not_their_existence(catalogue, as_of):
    """Khánh Hòa's communes merged on 1/7/2025 and those that remained share one plan (so do its sở, by
    their class, where a duty binds 'các sở'); each agency gets exactly the findings it gets when
    evaluated alone, and a sở merged on 1/3/2025 none for periods after it ceased."""
    from obligations.evaluation.evaluate import load_sample

    registry, facts = load_sample(catalogue)
    kh = registry.in_province("Khánh Hòa")
    kinds = {a.kind for a in kh if a.existed.until} & {a.kind for a in kh if not a.existed.until}
    assert "ubnd-xa" in kinds  # the case under test is in the data
    together: dict[str, list] = {}
    for f in evaluate(catalogue, registry, facts, as_of, province="Khánh Hòa", engine="reference").findings:
        together.setdefault(f.agency.id, []).append((f.check.id, f.period, f.status, f.actual))
    for agency in kh:  # alone, a body that had ceased is represented by its successor: its own findings are none
        alone = [(f.check.id, f.period, f.status, f.actual)
                 for f in evaluate(catalogue, registry, facts, as_of, agencies=[agency.id], engine="reference").findings
                 if f.agency.id == agency.id]
        assert alone == together.get(agency.id, []), agency.id
    merged = next(a for a in kh if a.kind.startswith("so-") and a.existed.until == dt.date(2025, 2, 28))
    periods = {p for _, p, _, _ in together.get(merged.id, [])}
    assert not any(p and p.startswith("2026") for p in periods)


def test_an_evaluation_leaves_no_cycles_and_restores_the_collector(catalogue):
    """The cycle collector is paused during an evaluation (speed at scale): that is safe only
    because the evaluation creates no reference cycles, and the collector must come back."""
    import gc

    from obligations.evaluation.evaluate import load_sample

    registry, facts = load_sample(catalogue)
    evaluate(catalogue, registry, facts, dt.date(2015, 1, 15))
    gc.collect()
    for engine in ("durable", "reference"):
        result = evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), engine=engine)
        assert gc.isenabled()
        assert gc.collect() == 0 and len(result.findings) > 5000
    gc.disable()
    try:
        evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), province="Bắc Giang")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_a_reconstructed_duty_is_not_dressed_as_a_quotation(catalogue, registry):
    """15/CT-TTg is known only in substance: its duty is labelled as a summary; a seed's is quoted."""
    found = run(catalogue, registry, [], dt.date(2015, 1, 15), agencies=["bg-so-y-te"])
    national = [f for (c, _, _), f in found.items() if c.startswith("ttg/15-ct-ttg") and f.kind == "attestation"]
    provincial = [f for (c, _, _), f in found.items() if c.startswith(BG) and f.kind == "attestation"]
    assert national and provincial
    for f in national:
        assert "tái dựng từ nguồn thứ cấp, không phải nguyên văn" in f.explanation and "“" not in f.explanation
    for f in provincial:
        assert f"“{f.obligation.action.vi}”" in f.explanation


def test_the_library_call_an_integrator_makes(catalogue):
    """What the package docstring shows: registries and facts in, findings and their JSON out."""
    import obligations
    from obligations.evaluation.schema import EvaluationView

    registry, facts = obligations.load_sample(catalogue)
    result = obligations.evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), province="Bắc Giang")
    data = result.to_dict()
    EvaluationView.model_validate(data)
    assert data["summary"]["totals"]["strive_missed"] == sum(1 for f in result.findings if f.status == "strive_missed") > 0
    assert "FindingView" in str(obligations.findings_schema())
    records = [{"type": "value", "agency": "bg-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2014",
                "value": "72%"}]
    one = obligations.facts_from_records(records, catalogue, registry)
    found = obligations.evaluate(catalogue, registry, one, dt.date(2015, 1, 15), agencies=["bg-so-y-te"],
                                 statuses=["strive_missed"]).findings
    assert [f.obligation.id for f in found] == [f"{BG}/1.a"]
