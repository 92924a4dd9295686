"""Quảng Ngãi 1486/QĐ-UBND as corrected after the clause-by-clause audit (issue 12).

Each test names the audit defect it guards and reads the clause as the text says it, on the shipped
sample registry of Quảng Ngãi, with dates on both sides of each deadline. Evaluations run both
engines (durable_rules and the reference evaluator), which must agree.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from obligations.catalogue.citations import clause_label
from obligations.catalogue.model import Comparator, DeadlineKind, ExceptionKind, Role, Scope
from obligations.evaluation.agencies import load_registries
from engine_helpers import run_both, value

QN = "ubnd-quang-ngai/1486-qd-ubnd-2013"
SAMPLE_REGISTRY = Path(__file__).parent.parent / "obligations" / "sample" / "agencies" / "quang-ngai.yaml"


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([SAMPLE_REGISTRY], catalogue.actors)


def run(catalogue, registry, records, as_of):
    return run_both(catalogue, registry, records, as_of, documents=[QN])



def of(found, check):
    """{(agency, period): status} of one check."""
    return {(agency, period): f.status for (c, agency, period), f in found.items() if c == check}


# ---- who is bound -------------------------------------------------------------------------------


def test_submissions_to_the_government_bind_ubnd_tinh_alone(catalogue, registry):
    """b.1 (defects 4, 6): only UBND tỉnh submits to the Government; the rule stands from Q4 2013."""
    check = f"{QN}/1.I.2.b.1#t0"
    before = run(catalogue, registry, [], dt.date(2013, 12, 31))
    assert of(before, check) == {("qn-ubnd-tinh", "2013-Q4"): "pending"}  # no district, no sở
    records = [value("qn-ubnd-tinh", "ty-le-ho-so-trinh-cp-kem-dien-tu", "2013-Q4", 0.95)]
    after = run(catalogue, registry, records, dt.date(2014, 1, 15))
    assert of(after, check) == {("qn-ubnd-tinh", "2013-Q4"): "unmet"}
    assert "Quý IV năm 2013" in after[(check, "qn-ubnd-tinh", "2013-Q4")].explanation
    # 2014: the same 100% goes on holding ("đều phải"), on the yearly figure
    standing = f"{QN}/1.I.2.b.1#t1"
    pending = run(catalogue, registry, [], dt.date(2014, 12, 31))
    assert of(pending, standing)[("qn-ubnd-tinh", "2014")] == "pending"
    met = run(catalogue, registry, [value("qn-ubnd-tinh", "ty-le-ho-so-trinh-cp-kem-dien-tu", "2014", 1)],
              dt.date(2015, 1, 15))
    assert of(met, standing)[("qn-ubnd-tinh", "2014")] == "met"
    assert {agency for agency, _ in of(met, standing)} == {"qn-ubnd-tinh"}


@pytest.mark.parametrize("key", ["1.III.2.g", "1.III.2.c"])
def test_province_wide_works_bind_ubnd_tinh_not_every_department(catalogue, registry, key):
    """III.2.g, the one provincial portal (defect 5); III.2.c, one interconnection design (defect 14)."""
    found = run(catalogue, registry, [], dt.date(2015, 1, 15))
    agencies = {agency for (check, agency, _) in found if check.startswith(f"{QN}/{key}#")}
    assert agencies == {"qn-ubnd-tinh"}


def test_tax_figures_are_one_province_wide_figure_answered_by_the_tax_department(catalogue, registry):
    """c.2 (defect 3): 90% / 80% are the province's figures; no sở or district answers for them."""
    records = [value("qn-cuc-thue", "ty-le-ho-so-khai-thue-qua-mang", "2015", 0.93),
               value("qn-cuc-thue", "ty-le-thue-nop-dien-tu", "2015", 0.79)]
    found = run(catalogue, registry, records, dt.date(2016, 1, 15))
    assert of(found, f"{QN}/1.I.2.c.2#t0") == {("qn-cuc-thue", "2015"): "met"}  # 93% >= 90%
    assert of(found, f"{QN}/1.I.2.c.2#t1") == {("qn-cuc-thue", "2015"): "unmet"}  # 79% < 80%
    early = run(catalogue, registry, records, dt.date(2015, 12, 31))
    assert of(early, f"{QN}/1.I.2.c.2#t1") == {("qn-cuc-thue", "2015"): "pending"}


# ---- what the ratios count (part II.2) -----------------------------------------------------------


def test_b3_twenty_and_eighty_are_shares_of_one_whole(catalogue, registry):
    """b.3 (defect 1): 20% fully electronic + 80% mixed leave no paper-only exchange. An agency that
    went further (40% fully electronic, 60% mixed) meets the roadmap; paper alone does not."""
    records = [value("qn-so-tu-phap", "ty-le-vbdt-hoan-toan", "2015", 0.40),
               value("qn-so-tu-phap", "ty-le-van-ban-giay", "2015", 0),
               value("qn-so-y-te", "ty-le-vbdt-hoan-toan", "2015", 0.20),
               value("qn-so-y-te", "ty-le-van-ban-giay", "2015", 0.10)]
    found = run(catalogue, registry, records, dt.date(2016, 1, 15))
    assert of(found, f"{QN}/1.I.2.b.3#t0")[("qn-so-tu-phap", "2015")] == "met"
    assert of(found, f"{QN}/1.I.2.b.3#t1")[("qn-so-tu-phap", "2015")] == "met"
    assert of(found, f"{QN}/1.I.2.b.3#t0")[("qn-so-y-te", "2015")] == "met"  # exactly 20%
    assert of(found, f"{QN}/1.I.2.b.3#t1")[("qn-so-y-te", "2015")] == "unmet"  # 10% on paper alone
    early = run(catalogue, registry, records, dt.date(2015, 12, 31))
    assert of(early, f"{QN}/1.I.2.b.3#t1")[("qn-so-y-te", "2015")] == "pending"


def test_b3_read_from_the_counts_part_ii2_defines(catalogue, registry):
    """II.2.b/c count copies sent per document number: an agency may report the counts, and both
    shares of b.3 are computed from them (150 of 980 fully electronic; 130 on paper alone)."""
    counts = {"so-vb-gui-di": 980, "so-vb-gui-hoan-toan-dien-tu": 150, "so-vb-gui-kem-giay": 700,
              "so-vb-gui-chi-giay": 130}
    records = [value("qn-huyen-son-tay", metric, "2015", n) for metric, n in counts.items()]
    found = run(catalogue, registry, records, dt.date(2016, 1, 15))
    full = found[(f"{QN}/1.I.2.b.3#t0", "qn-huyen-son-tay", "2015")]
    paper = found[(f"{QN}/1.I.2.b.3#t1", "qn-huyen-son-tay", "2015")]
    assert full.status == "unmet" and "150/980" in full.explanation
    assert paper.status == "unmet" and "130/980" in paper.explanation
    records[-1] = value("qn-huyen-son-tay", "so-vb-gui-chi-giay", "2015", 0)
    assert run(catalogue, registry, records, dt.date(2016, 1, 15))[
        (f"{QN}/1.I.2.b.3#t1", "qn-huyen-son-tay", "2015")].status == "met"


def test_b2_half_of_documents_carry_the_electronic_version(catalogue, registry):
    """b.2, second duty (defect 2, read differently): at most half the documents on paper alone."""
    records = [value("qn-so-gtvt", "ty-le-van-ban-giay", "2014", 0.49),
               value("qn-huyen-binh-son", "ty-le-van-ban-giay", "2014", 0.51)]
    found = run(catalogue, registry, records, dt.date(2015, 1, 15))
    statuses = of(found, f"{QN}/1.I.2.b.2-2#t0")
    assert statuses[("qn-so-gtvt", "2014")] == "met" and statuses[("qn-huyen-binh-son", "2014")] == "unmet"
    assert of(run(catalogue, registry, records, dt.date(2014, 12, 31)),
              f"{QN}/1.I.2.b.2-2#t0")[("qn-huyen-binh-son", "2014")] == "pending"


def test_a2_ceiling_counts_internal_exchange_only(catalogue, registry):
    """a.2 (defect 2): the falling mixed share is internal ("trong hoạt động nội bộ"); the mixed share
    of all documents sent (II.2.c), which rises between agencies, does not answer it."""
    records = [value("qn-so-y-te", "ty-le-vbdt-kem-giay-noi-bo", "2014", 0.42),
               value("qn-so-gd-dt", "ty-le-vbdt-kem-giay-noi-bo", "2014", 0.35),
               value("qn-so-tu-phap", "ty-le-vbdt-kem-giay", "2014", 0.30)]
    found = run(catalogue, registry, records, dt.date(2015, 1, 15))
    statuses = of(found, f"{QN}/1.I.2.a.2#t0")
    assert statuses[("qn-so-y-te", "2014")] == "unmet"  # above the 35% ceiling
    assert statuses[("qn-so-gd-dt", "2014")] == "met"  # exactly 35%
    assert statuses[("qn-so-tu-phap", "2014")] == "no_data"  # an all-documents figure is not the internal one
    assert catalogue.obligations[f"{QN}/1.I.2.a.2"].targets[1].comparator == Comparator.at_most


def test_a6_is_a_share_of_subordinate_agencies(catalogue, registry):
    """a.6 (defect 9): each district answers for the share of its communes interconnected "với nhau"."""
    communes = {"qn-tt-chau-o": "yes", "qn-xa-binh-tri": "no", "qn-xa-binh-thanh": "no", "qn-xa-binh-hai": "yes",
                "qn-phuong-le-hong-phong": "yes", "qn-phuong-tran-phu": "no", "qn-phuong-nguyen-nghiem": "no",
                "qn-phuong-nghia-lo": "no", "qn-xa-nghia-dung": "no"}
    records = [value(a, "qlvb-lien-thong-voi-nhau", "2014", v) for a, v in communes.items()]
    found = run(catalogue, registry, records, dt.date(2015, 1, 15))
    statuses = of(found, f"{QN}/1.I.2.a.6#t0")
    assert statuses[("qn-huyen-binh-son", "2014")] == "met"  # 2 of 4 communes: 50% >= 40%
    assert statuses[("qn-tp-quang-ngai", "2014")] == "unmet"  # 1 of 5: 20%
    assert not any(agency.startswith(("qn-xa-", "qn-phuong-", "qn-tt-")) for agency, _ in statuses)
    early = run(catalogue, registry, records, dt.date(2014, 12, 31))
    assert of(early, f"{QN}/1.I.2.a.6#t0")[("qn-tp-quang-ngai", "2014")] == "pending"


def test_accounts_for_all_staff_by_end_2014(catalogue, registry):
    """III.3.b.1 (defect 15): "cấp phát đầy đủ tài khoản" is every staff member, 100%."""
    records = [value("qn-so-tt-tt", "ty-le-can-bo-co-tai-khoan-qlvb", "2014", 1),
               value("qn-so-noi-vu", "ty-le-can-bo-co-tai-khoan-qlvb", "2014", 0.95)]
    found = run(catalogue, registry, records, dt.date(2015, 1, 15))
    statuses = of(found, f"{QN}/1.III.3.b.1#t0")
    assert statuses[("qn-so-tt-tt", "2014")] == "met" and statuses[("qn-so-noi-vu", "2014")] == "unmet"
    assert of(run(catalogue, registry, records, dt.date(2014, 12, 31)),
              f"{QN}/1.III.3.b.1#t0")[("qn-so-noi-vu", "2014")] == "pending"


# ---- the encoding itself ------------------------------------------------------------------------


def test_mailboxes_and_instilling_share_the_date(catalogue):
    """III.3.a (defect 11): "Đến hết năm 2014" governs both verbs."""
    second = catalogue.obligations[f"{QN}/1.III.3.a-2"]
    assert second.deadline.kind == DeadlineKind.end_of_period and second.deadline.due == dt.date(2014, 12, 31)
    assert second.deadline.phrase == "Đến hết năm 2014"


def test_roadmap_horizon_and_open_ended_starts(catalogue):
    """Defects 6, 12: "Từ năm 2013", "từ năm 2014" and b.1's standing rule end with the roadmap."""
    document = catalogue.documents[QN]
    assert document.horizon.until == "2015" and document.horizon.last_day == dt.date(2015, 12, 31)
    listing = catalogue.obligations[f"{QN}/1.I.2.a.3"]
    assert listing.deadline.kind == DeadlineKind.from_period and listing.deadline.due == dt.date(2014, 12, 31)
    b1 = catalogue.obligations[f"{QN}/1.I.2.b.1"]
    assert [t.due for t in b1.targets] == [dt.date(2013, 12, 31), dt.date(2014, 12, 31)]


def test_inferred_actors_are_marked(catalogue):
    """The 28 duties whose clause names no actor say where their actors come from, and never claim a
    head the text names for them."""
    inferred = [o for o in catalogue.obligations.values() if o.document_id == QN and o.actors_inferred]
    assert len(inferred) == 28
    assert all(o.responsible.source == "taxonomy" for o in inferred)
    assert all(o.actors_inferred for o in catalogue.obligations.values()
               if o.document_id == QN and o.key.startswith("1.I.2."))
    # named in their own clause or heading: not marked
    for key in ("1.III.3.a", "1.III.3.b.1", "1.III.4.a", "2.1.b", "2.2.a", "4"):
        assert catalogue.obligations[f"{QN}/{key}"].actors_inferred is None


def test_clauses_cite_the_smallest_unit_first(catalogue, registry):
    """Defect 20: Vietnamese citation runs from the point to the article, in show, findings and letters."""
    assert clause_label(catalogue.obligations[f"{QN}/1.I.2.a.1"]) == "điểm a.1 khoản 2 mục I Điều 1"
    assert clause_label(catalogue.obligations[f"{QN}/2.1.b"]) == "điểm b khoản 1 Điều 2"
    assert clause_label(catalogue.obligations[f"{QN}/1.III.1"]) == "khoản 1 mục III Điều 1"
    labels = [clause_label(o) for o in catalogue.obligations.values() if o.document_id == QN]
    assert all(label == "Điều 4" or label.startswith(("điểm", "khoản")) for label in labels)
    found = run(catalogue, registry, [], dt.date(2014, 4, 15))
    plan = found[(f"{QN}/2.1.b#event", "qn-so-noi-vu", None)]
    assert plan.explanation.startswith("Theo điểm b khoản 1 Điều 2 Quyết định 1486/QĐ-UBND")


def test_paper_copy_lists_and_the_du_an_conflict(catalogue):
    """Defect 7: a.4 and b.8 list the kinds that keep paper; "dự án" is on a.3's list and a.4's."""
    a32 = catalogue.obligations[f"{QN}/1.I.2.a.3-2"]
    (allowance,) = [e for e in a32.exceptions if e.kind == ExceptionKind.paper_copy_allowed]
    assert allowance.items == ["dự án"] and "CONFLICT" in allowance.note
    b3 = catalogue.obligations[f"{QN}/1.I.2.b.3"]
    assert "hồ sơ tài chính" in b3.exceptions[0].items


def test_support_role_and_references(catalogue):
    """Defect 16: the sở and districts "phối hợp" in the inspection; defect 18: c.3's dẫn chiếu."""
    support = catalogue.obligations[f"{QN}/2.1.a-2"]
    assert support.role == Role.support and support.lead == ["co-quan-lien-quan"]
    refers = {r.target for r in catalogue.documents[QN].relations if r.type.value == "dan_chieu"}
    assert refers == {"qh/67-2006-qh11", "cp/43-2011-nd-cp"}
    assert catalogue.obligations[f"{QN}/1.I.2.c.2"].targets[0].scope == Scope.aggregate


def test_a1_floor_from_2013_gives_way_to_80_percent_in_2015(catalogue, registry):
    """a.1: "Từ năm 2013 có ít nhất 30%" holds for 2013 and 2014; 2015 is measured on the 80% alone,
    so one 2015 figure is never reported as both met (30%) and unmet (80%)."""
    records = [value("qn-so-y-te", "ty-le-vbdt-hoan-toan-noi-bo", "2014", 0.28),
               value("qn-so-y-te", "ty-le-vbdt-hoan-toan-noi-bo", "2015", 0.50)]
    found = run(catalogue, registry, records, dt.date(2016, 1, 15))
    floor, goal = of(found, f"{QN}/1.I.2.a.1#t0"), of(found, f"{QN}/1.I.2.a.1#t1")
    assert floor[("qn-so-y-te", "2014")] == "unmet"
    assert ("qn-so-y-te", "2015") not in floor
    assert goal[("qn-so-y-te", "2015")] == "unmet"  # 50% < 80%
    assert of(run(catalogue, registry, records, dt.date(2014, 12, 31)),
              f"{QN}/1.I.2.a.1#t0")[("qn-so-y-te", "2014")] == "pending"


def test_no_duty_after_the_roadmap(catalogue, registry):
    """The horizon "giai đoạn 2013 - 2015": the yearly report (III.6.b), the yearly inspection (2.2.c)
    and b.1's standing 100% are asked for 2015, never for 2016 or later."""
    found = run(catalogue, registry, [], dt.date(2017, 6, 1))
    periods = {period for (_, _, period) in found if period}
    assert max(periods) == "2015"
    report = of(found, f"{QN}/1.III.6.b#event")
    assert ("qn-so-y-te", "2015") in report and not any(p > "2015" for _, p in report)
    assert {p for _, p in of(found, f"{QN}/2.2.c#event")} == {"2013", "2014", "2015"}
    assert {p for _, p in of(found, f"{QN}/1.I.2.b.1#t1")} == {"2014", "2015"}
    dues = [f.due for f in found.values() if getattr(f, "due", None)]
    assert dues and max(dues) <= dt.date(2015, 12, 31)
