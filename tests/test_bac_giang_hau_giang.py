"""The corrected clauses of Bắc Giang's Chỉ thị (seed 000) and Hậu Giang's Kế hoạch 44/KH-UBND
(seed 004), on the shipped sample registries, through both engines, with dates on both sides of
each deadline (audit: shared/docs/audit/bac-giang-hau-giang.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from obligations.catalogue.model import Comparator, DeadlineKind, Modality, Scope
from obligations.evaluation.agencies import load_registries
from engine_helpers import run_both, value

SAMPLE = Path(__file__).parent.parent / "obligations" / "sample" / "agencies"
BG = "ubnd-bac-giang/ct-so-chua-ro-vbdt"
HG = "ubnd-hau-giang/44-kh-ubnd-2019"


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([SAMPLE], catalogue.actors)


def run(catalogue, registry, records, as_of, document):
    return run_both(catalogue, registry, records, as_of, documents=[document])



# ---- Bắc Giang -----------------------------------------------------------------------------------


def test_bg_each_figure_cites_its_own_year(catalogue, registry):
    """1.a: the 2014 floor is governed by "Phấn đấu năm 2014", the 2015 one by "đến hết năm 2015"
    (before: every finding cited the 2015 phrase)."""
    records = [value("bg-so-tu-phap", "ty-le-vbdt-hoan-toan", "2014", 0.72),
               value("bg-so-tu-phap", "ty-le-vbdt-hoan-toan", "2015", 0.86)]
    before = run(catalogue, registry, records, dt.date(2014, 12, 31), BG)
    assert before[(f"{BG}/1.a#t0", "bg-so-tu-phap", "2014")].status == "pending"
    after = run(catalogue, registry, records, dt.date(2015, 1, 15), BG)
    found_2014 = after[(f"{BG}/1.a#t0", "bg-so-tu-phap", "2014")]
    assert found_2014.status == "strive_missed"  # 72% < 80%, a "Phấn đấu" figure: not a breach
    assert found_2014.to_dict()["deadline"]["phrase"] == "Phấn đấu năm 2014"
    found_2015 = after[(f"{BG}/1.a#t3", "bg-so-tu-phap", "2015")]
    assert found_2015.status == "pending" and found_2015.to_dict()["deadline"]["phrase"] == "đến hết năm 2015"
    later = run(catalogue, registry, records, dt.date(2016, 1, 15), BG)
    assert later[(f"{BG}/1.a#t3", "bg-so-tu-phap", "2015")].status == "strive_missed"  # 86% < 90%
    # 1.đ: the source's own spelling "Phân đầu năm 2014" governs the 2014 online-service figures
    services = later[(f"{BG}/1.dd.g2#t0", "bg-so-tu-phap", "2014")]
    assert services.to_dict()["deadline"]["phrase"] == "Phân đầu năm 2014"


def test_bg_clause_1_binds_the_office_but_not_the_issuer_nor_communes_for_online_services(catalogue, registry):
    """1.đ "tất cả các cơ quan nhà nước" is read within clause 1: the sở, the other bodies of the
    committee (its office included) and the districts; not UBND tỉnh, not the communes."""
    found = run(catalogue, registry, [], dt.date(2015, 1, 15), BG)
    online = {a for (c, a, p) in found if c.startswith(f"{BG}/1.dd.g2#")}
    assert {"bg-van-phong-ubnd-tinh", "bg-so-tu-phap", "bg-thanh-tra-tinh", "bg-huyen-luc-nam"} <= online
    kinds = {registry.agencies[a].kind for a in online}
    assert "ubnd-tinh" not in kinds and "ubnd-xa" not in kinds
    # the office is one of "các Sở, cơ quan thuộc UBND tỉnh": bound by 1.a like any sở
    assert (f"{BG}/1.a#t0", "bg-van-phong-ubnd-tinh", "2014") in found


def test_bg_provincial_shares_are_answered_for_by_so_tt_tt(catalogue, registry):
    """1.c "30% xã triển khai Một cửa điện tử" is the province's share, not each district's quota."""
    communes = [a.id for a in registry.agencies.values() if a.kind == "ubnd-xa" and a.province == "Bắc Giang"]
    deployed = communes[: len(communes) // 3 + 1]  # just over a third
    records = [value(a, "trien-khai-mot-cua-dien-tu", "2014", "yes" if a in deployed else "no") for a in communes]
    found = run(catalogue, registry, records, dt.date(2015, 1, 15), BG)
    shares = {a: f for (c, a, p), f in found.items() if c == f"{BG}/1.c.g2#t0"}
    assert set(shares) == {"bg-so-tt-tt"}
    share = shares["bg-so-tt-tt"]
    assert share.status == "met" and share.actual["population"]["members"] == len(communes)
    # a third of the communes short of the share: unmet, on the same single answerer
    fewer = [value(a, "trien-khai-mot-cua-dien-tu", "2014", "yes" if a in deployed[:2] else "no") for a in communes]
    found = run(catalogue, registry, fewer, dt.date(2015, 1, 15), BG)
    assert found[(f"{BG}/1.c.g2#t0", "bg-so-tt-tt", "2014")].status == "strive_missed"


def test_bg_the_2015_commune_figure_of_1b_is_a_must(catalogue, registry):
    """1.b: "Phấn đấu năm 2014: ... 30% UBND cấp xã" strives; "Năm 2015: 100% UBND cấp xã cài đặt,
    sử dụng phần mềm QLVB&ĐHCV" is a sentence of its own: missing it is a breach, not a missed aim."""
    communes = [a.id for a in registry.agencies.values() if a.kind == "ubnd-xa" and a.province == "Bắc Giang"]
    records = [value(a, "su-dung-phan-mem-qlvb", year, "yes" if i % 5 else "no")
               for year in ("2014", "2015") for i, a in enumerate(communes)]  # 80% each year
    found = run(catalogue, registry, records, dt.date(2015, 12, 30), BG)
    assert found[(f"{BG}/1.b#t1", "bg-so-tt-tt", "2014")].status == "met"  # 80% >= 30%
    assert found[(f"{BG}/1.b#t2", "bg-so-tt-tt", "2015")].status == "pending"
    found = run(catalogue, registry, records, dt.date(2016, 1, 15), BG)
    missed = found[(f"{BG}/1.b#t2", "bg-so-tt-tt", "2015")]
    assert missed.status == "unmet" and missed.actual["value"] == 80.0  # 80% < 100%: a must


def test_bg_only_bodies_with_public_procedures_must_deploy_the_desk(catalogue, registry):
    """1.c: "100% các Sở, cơ quan thuộc UBND tỉnh (có thủ tục hành chính công)": the condition is
    read from the registry; where it is not recorded the binding is undecided and says so."""
    found = run(catalogue, registry, [], dt.date(2015, 1, 15), BG)
    undecided = found[(f"{BG}/1.c.g1#t0", "bg-ban-dan-toc", "2014")]
    assert undecided.status == "undecided" and "Có thủ tục hành chính công" in undecided.explanation
    assert found[(f"{BG}/1.c.g1#t0", "bg-so-tu-phap", "2014")].status == "no_data"  # bound, nothing reported
    # the districts are not so limited: their own target, and never the sở's conditional one
    assert found[(f"{BG}/1.c.g1#t2", "bg-huyen-luc-nam", "2014")].status == "no_data"
    assert (f"{BG}/1.c.g1#t0", "bg-huyen-luc-nam", "2014") not in found
    deployed = run(catalogue, registry, [value("bg-so-tu-phap", "trien-khai-mot-cua-dien-tu", "2014", "yes")],
                   dt.date(2014, 12, 30), BG)
    assert deployed[(f"{BG}/1.c.g1#t0", "bg-so-tu-phap", "2014")].status == "met"


def test_bg_part_2_never_binds_the_chairman_who_issued_it(catalogue, registry):
    """2: "Thủ trưởng cơ quan nhà nước các cấp ... Chịu trách nhiệm trước Chủ tịch UBND tỉnh": the
    Chairman does not answer to himself; every other state agency's head does."""
    found = run(catalogue, registry, [], dt.date(2015, 1, 15), BG)
    heads = {a for (c, a, p) in found if c.startswith(f"{BG}/2.c#")}
    assert "bg-ubnd-tinh" not in heads
    assert {"bg-van-phong-ubnd-tinh", "bg-so-tu-phap", "bg-huyen-luc-nam", "bg-xa-bao-dai"} <= heads


def test_bg_encoding_of_the_corrected_clauses(catalogue):
    ob = catalogue.obligations
    # headings under "có trách nhiệm" are must-duties of their own; the figures strive
    assert ob[f"{BG}/1.a-3"].modality == Modality.must and ob[f"{BG}/1.a"].modality == Modality.strive
    assert ob[f"{BG}/1.b-3"].modality == Modality.must and ob[f"{BG}/1.b"].modality == Modality.strive
    # "Năm 2015: 100% UBND cấp xã ..." is a sentence without "Phấn đấu": a must, like 1.c.p2
    assert ob[f"{BG}/1.b"].targets[2].modality == Modality.must and ob[f"{BG}/1.c.p2"].modality == Modality.must
    # "(có thủ tục hành chính công)" is a condition on the agency, not an exception of kind other
    g1 = ob[f"{BG}/1.c.g1"]
    assert [c.attribute for c in g1.targets[0].if_agency] == ["co-thu-tuc-hanh-chinh-cong"]
    assert [c.attribute for c in g1.targets[1].if_agency] == ["co-bo-phan-mot-cua-dien-tu"]
    assert g1.targets[2].applies_to == ["ubnd-huyen"] and not g1.targets[2].if_agency
    assert not [e for e in g1.exceptions if e.kind.value == "other"]
    # "Từng bước" is progressive, from 2014 until the 2015 completion
    step = ob[f"{BG}/1.c.g3"].deadline
    assert step.kind == DeadlineKind.continuing and (step.start, step.until) == ("2014", "2015")
    document = catalogue.documents[BG]
    assert document.issuer.name.startswith("Chủ tịch") and document.issuer.actor == "ubnd-tinh"
    assert ob[f"{BG}/1.dd.g2"].cite_as == "gạch đầu dòng thứ hai điểm đ mục 1"


# ---- Hậu Giang ------------------------------------------------------------------------------------


def test_hg_row_5_is_the_provinces_share_of_connected_lower_level_agencies(catalogue, registry):
    """Row 5: 80% (2019) of the lower-level agencies connected at four levels; one figure."""
    lower = [a.id for a in registry.agencies.values()
             if a.province == "Hậu Giang" and a.kind in ("ubnd-huyen", "ubnd-xa")]
    connected = lower[: int(len(lower) * 0.85)]
    records = [value(a, "ket-noi-lien-thong-qlvb", "2019", "yes" if a in connected else "no") for a in lower]
    before = run(catalogue, registry, records[:3], dt.date(2019, 12, 31), HG)
    assert before[(f"{HG}/lo-trinh.5#t0", "hg-so-tt-tt", "2019")].status == "pending"
    found = run(catalogue, registry, records, dt.date(2020, 1, 15), HG)
    rows = {a: f for (c, a, p), f in found.items() if c == f"{HG}/lo-trinh.5#t0"}
    assert set(rows) == {"hg-so-tt-tt"}  # no sở is asked for a share of subordinates it has none of
    assert rows["hg-so-tt-tt"].status == "met" and rows["hg-so-tt-tt"].actual["population"]["members"] == len(lower)
    found = run(catalogue, registry, records[: len(lower) // 2], dt.date(2020, 1, 15), HG)
    assert found[(f"{HG}/lo-trinh.5#t0", "hg-so-tt-tt", "2019")].status == "unmet"  # half reported: under 80%


def test_hg_row_6_asks_for_equipped_not_equipped_and_using(catalogue, registry):
    """Row 6 "được trang bị hệ thống quản lý văn bản": a commune equipped but not yet using it meets
    row 6 (its use is objective 1, due 2020)."""
    records = [value("hg-tt-kinh-cung", "trang-bi-he-thong-qlvb", "2019", "yes"),
               value("hg-tt-kinh-cung", "su-dung-phan-mem-qlvb", "2019", "no")]
    found = run(catalogue, registry, records, dt.date(2020, 1, 15), HG)
    assert found[(f"{HG}/lo-trinh.6#t0", "hg-tt-kinh-cung", "2019")].status == "met"
    assert found[(f"{HG}/muc-tieu.g1#t0", "hg-tt-kinh-cung", "2020")].status == "pending"


def test_hg_encoding_of_the_corrected_clauses(catalogue):
    ob = catalogue.obligations
    document = catalogue.documents[HG]
    assert document.horizon.until == "2020" and document.horizon.phrase == "mục tiêu Kế hoạch đến năm 2020"
    # the reporter's summary of task areas binds no one
    assert not [k for k in ob if k.startswith(f"{HG}/p3")]
    # row 3 is row 1's complement (paper in any form), a ceiling
    paper = ob[f"{HG}/lo-trinh.3"].targets
    assert {t.metric for t in paper} == {"ty-le-vb-co-ban-giay"}
    assert catalogue.metrics["ty-le-vb-co-ban-giay"].complement_of == "ty-le-vbdt-hoan-toan"
    assert {(t.period, t.value, t.comparator) for t in paper} == {
        ("2019", 40, Comparator.at_most), ("2020", 20, Comparator.at_most)}
    # province-wide figures answered for by the body that reports the plan's results
    for key in ("muc-tieu.g2", "lo-trinh.1", "lo-trinh.3", "lo-trinh.8"):
        for target in ob[f"{HG}/{key}"].targets:
            assert target.scope == Scope.aggregate and target.answerable == ["so-thong-tin-va-truyen-thong"]
    # objective 6 (100%) and row 8 (90%) for 2020: one conflict, marked once
    (conflict,) = ob[f"{HG}/muc-tieu.g6"].targets[0].conflicts_with
    assert conflict.obligation == f"{HG}/lo-trinh.8" and conflict.target == 1 and conflict.prevails == "undecided"
    # each roadmap cell cites its column, not the table header
    cell = ob[f"{HG}/lo-trinh.1"].targets[0]
    assert cell.deadline.phrase == "2019" and cell.cite_as == "STT 1 bảng Lộ trình thực hiện, cột 2019"
    # the bound actors of rows and objectives that name none are marked as read from p4
    assert ob[f"{HG}/lo-trinh.1"].actors_inferred.obligation == f"{HG}/p4"
    assert ob[f"{HG}/muc-tieu.g1"].actors_inferred is None  # objective 1 names its agencies


def test_hg_no_duty_after_the_plans_horizon(catalogue, registry):
    """"mục tiêu Kế hoạch đến năm 2020": the quarterly report (p4-3) and the continuing duties end
    with 2020 (before: reports were demanded up to 2024)."""
    found = run(catalogue, registry, [], dt.date(2020, 12, 30), HG)
    assert found[(f"{HG}/p4-3#event", "hg-so-tt-tt", "2020-Q4")].status == "pending"
    later = run(catalogue, registry, [], dt.date(2024, 6, 30), HG)
    reports = sorted(p for (c, a, p) in later if c == f"{HG}/p4-3#event")
    assert reports[0] == "2019-Q1" and reports[-1] == "2020-Q4" and len(reports) == 8
    assert not [k for k in later if k[2] and k[2][:4] in ("2021", "2022", "2023", "2024")]


def test_hg_row_1_pools_counts_and_row_3_is_its_complement(catalogue, registry):
    """Row 1 is the province's share of documents sent fully electronically: pooled from the
    agencies' counts, not a mean of their percentages; row 3 (paper in any form) is 100 minus it."""
    records = [value("hg-so-noi-vu", "so-vb-gui-di", "2019", 1000),
               value("hg-so-noi-vu", "so-vb-gui-hoan-toan-dien-tu", "2019", 900),
               value("hg-xa-hoa-luu", "so-vb-gui-di", "2019", 100),
               value("hg-xa-hoa-luu", "so-vb-gui-hoan-toan-dien-tu", "2019", 10)]
    found = run(catalogue, registry, records, dt.date(2020, 1, 15), HG)
    row1 = found[(f"{HG}/lo-trinh.1#t0", "hg-so-tt-tt", "2019")]
    assert row1.status == "met" and round(row1.actual["value"], 2) == 82.73  # 910/1100, not (90+10)/2
    # the small commune's 90% paper would sink an unweighted mean (50% > 40%); the counts decide
    assert row1.actual["population"]["basis"] == "counts"
    assert [c["agency"] for c in row1.actual["population"]["contributions"]][0] == "hg-xa-hoa-luu"  # below first
    # row 3 is derived from the same counts: 100 minus row 1's pooled figure, 17.27% <= 40%
    row3 = found[(f"{HG}/lo-trinh.3#t0", "hg-so-tt-tt", "2019")]
    assert row3.status == "met" and round(row3.actual["value"], 2) == 17.27
    assert row3.actual["population"]["basis"] == "counts"
    # each agency's paper share is 100 minus its own ratio
    paper = {c["agency"]: c["value"] for c in row3.actual["population"]["contributions"] if c["value"] is not None}
    assert paper == {"hg-so-noi-vu": 10.0, "hg-xa-hoa-luu": 90.0}


def test_hg_objective_6_and_row_8_conflict_is_reported_once(catalogue, registry):
    """Objective 6: 100% of staff with a mailbox by 2020; row 8: 90% for 2020. Not "met" and
    "unmet" for the same figure: one conflict finding, citing both."""
    records = [value("hg-so-noi-vu", "ty-le-can-bo-co-hop-thu-cong-vu", "2020", 0.95)]
    found = run(catalogue, registry, records, dt.date(2021, 1, 15), HG)
    mine = found[(f"{HG}/muc-tieu.g6#t0", "hg-so-noi-vu", "2020")]
    assert mine.status == "conflict" and "STT 8 bảng Lộ trình thực hiện" in mine.explanation
    assert not [k for k in found if k[0] == f"{HG}/lo-trinh.8#t1" and found[k].status in ("met", "unmet")]
    # 2019 has no conflict: row 8's 80% is judged as usual
    assert found[(f"{HG}/lo-trinh.8#t0", "hg-so-tt-tt", "2019")].status in ("met", "unmet", "no_data")



def test_hg_row_8_is_pooled_from_staff_counts_and_says_so_in_the_metric_words(catalogue, registry):
    """Row 8 (90% of cán bộ with an official mailbox, 2019 column 80%) is one provincial figure pooled
    from staff counts: the explanation counts staff, not "số văn bản", and the table says "tính gộp
    từ số liệu", not "bình quân", which is kept for the mean of reported ratios."""
    from obligations.evaluation.tables import _actual_cell, _target_cell
    records = [value("hg-so-noi-vu", "so-can-bo-cong-chuc-vien-chuc", "2019", 100),
               value("hg-so-noi-vu", "so-can-bo-co-hop-thu-cong-vu", "2019", 95),
               value("hg-xa-hoa-luu", "so-can-bo-cong-chuc-vien-chuc", "2019", 20),
               value("hg-xa-hoa-luu", "so-can-bo-co-hop-thu-cong-vu", "2019", 5)]
    found = run(catalogue, registry, records, dt.date(2020, 1, 15), HG)
    row8 = found[(f"{HG}/lo-trinh.8#t0", "hg-so-tt-tt", "2019")]
    assert row8.status == "met" and round(row8.actual["value"], 2) == 83.33  # 100/120, not (95+25)/2 = 60
    assert "số cán bộ, công chức, viên chức được cấp hộp thư điện tử công vụ trên số cán bộ" in row8.explanation
    assert "số văn bản" not in row8.explanation
    assert "tính gộp từ số liệu của 2/" in _actual_cell(row8) and "bình quân" not in _actual_cell(row8)
    assert "(tính gộp, toàn tỉnh" in _target_cell(row8) and "bình quân" not in _target_cell(row8)
    # with ratios only, the mean stands in and is called so
    ratios = [value("hg-so-noi-vu", "ty-le-can-bo-co-hop-thu-cong-vu", "2019", 0.95),
              value("hg-xa-hoa-luu", "ty-le-can-bo-co-hop-thu-cong-vu", "2019", 0.25)]
    mean = run(catalogue, registry, ratios, dt.date(2020, 1, 15), HG)[(f"{HG}/lo-trinh.8#t0", "hg-so-tt-tt", "2019")]
    assert mean.status == "unmet" and mean.actual["population"]["basis"] == "mean_of_ratios"
    assert "bình quân" in _actual_cell(mean) and "bình quân tỷ lệ" in _target_cell(mean)
