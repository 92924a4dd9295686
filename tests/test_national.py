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

FIXTURES = Path(__file__).parent / "fixtures" / "engine"
QD28 = "ttg/28-2018-qd-ttg"
CT15 = "ttg/15-ct-ttg-2012"
CV1950 = "ttg/1950-ttg-kgvx-2013"


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([FIXTURES], catalogue.actors)


def run(catalogue, registry, records, as_of, **filters):
    """Evaluate with both engines; they must agree; return {(check, agency, period): finding}."""
    facts = facts_from_records(records, catalogue, registry)
    results = [evaluate(catalogue, registry, facts, as_of, engine=engine, verify=True, **filters)
               for engine in ("durable", "reference")]
    durable, reference = ({(f.check.id, f.agency.id, f.period): f.status for f in r.findings} for r in results)
    assert durable == reference
    return {(f.check.id, f.agency.id, f.period): f for f in results[0].findings}


def checks_of(found, obligation_id):
    return {key for key in found if key[0].split("#")[0] == obligation_id}


# ---- QĐ 28 Điều 21 khoản 1: the pilot group, and the rest --------------------------------------


def test_the_pilot_milestone_binds_no_province_without_the_pilot_group(catalogue, registry):
    """21.1: "Văn phòng Chính phủ phối hợp với các bộ, ngành, địa phương đáp ứng yêu cầu": not every
    province. Before the fix every Nghệ An agency owed 21.1 (30/12/2018) and 21.1.p2 (29/6/2019) at once."""
    for as_of in (dt.date(2018, 12, 1), dt.date(2019, 1, 15), dt.date(2020, 1, 15)):
        found = run(catalogue, registry, [], as_of, agencies=["na-so-y-te", "na-ubnd-tinh"])
        assert not checks_of(found, f"{QD28}/21.1")
        assert not checks_of(found, f"{QD28}/21.1-2")  # "áp dụng chính thức kể từ 01/01/2019": no year-end duty
    assert catalogue.obligations[f"{QD28}/21.1"].actors == ["van-phong-chinh-phu"]
    assert catalogue.obligations[f"{QD28}/21.1-2"].deadline.due is None


def test_the_remaining_bodies_connect_before_30_june_2019(catalogue, registry):
    key = (f"{QD28}/21.1.p2#event", "na-so-y-te", None)
    before = run(catalogue, registry, [], dt.date(2019, 6, 29), agencies=["na-so-y-te"])
    assert before[key].status == "pending"
    after = run(catalogue, registry, [], dt.date(2019, 6, 30), agencies=["na-so-y-te"])
    assert after[key].status == "no_data"
    done = [{"type": "event", "agency": "na-so-y-te", "obligation": f"{QD28}/21.1.p2", "date": "2019-06-20"}]
    assert run(catalogue, registry, done, dt.date(2019, 7, 15), agencies=["na-so-y-te"])[key].status == "met"


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
