"""Questions a legal officer asks, through the library."""

from __future__ import annotations

import datetime as dt

import pytest

import obligations
from obligations import NotFound
from obligations import Query
from obligations import run_query


def ids(found):
    return {o.id for o in found}


def test_khanh_hoa_so_ttt_duties(catalogue):
    found = obligations.query(catalogue, actor="so tt&tt", document="12/CT-UBND")
    keys = {o.key for o in found}
    # Its own part 2 and the closing assignments, plus the duties of every Sở (part 1).
    assert {"2.a", "2.b", "2.c", "2.d", "2.dd", "2.e", "2.g", "2.h", "final-2"} <= keys
    assert "1.a" in keys
    # Not another department's duties.
    assert "3.a" not in keys and "4.a" not in keys
    assert all(o.document_id == "ubnd-khanh-hoa/12-ct-ubnd-2013" for o in found)


def test_direct_only_drops_the_class_duties(catalogue):
    found = obligations.query(catalogue, actor="Sở TT&TT", document="12/CT-UBND", direct_only=True)
    assert {o.key[0] for o in found} <= {"2", "f"}  # part 2 and the final paragraphs


def test_bound_as_says_how_the_actor_is_reached(catalogue):
    matches = run_query(catalogue, Query(actor="so tt&tt", document="12/CT-UBND"))
    by_key = {m.obligation.key: m.bound_as for m in matches}
    assert by_key["2.g"] == ["so-thong-tin-va-truyen-thong"]
    assert by_key["1.a"] == ["so-ban-nganh-tinh"]


@pytest.mark.parametrize("spelling", ["Sở Nội vụ", "so noi vu", "SỞ NỘI VỤ", "SNV", "so-noi-vu"])
def test_actor_spellings(catalogue, spelling):
    found = obligations.query(catalogue, actor=spelling, document="12/CT-UBND", direct_only=True)
    assert {o.key for o in found} == {"3.a", "3.b"}


@pytest.mark.parametrize("spelling", ["28/2018/QĐ-TTg", "28/2018/QD-TTg", "qd 28/2018", "ttg/28-2018-qd-ttg"])
def test_document_spellings(catalogue, spelling):
    found = obligations.query(catalogue, document=spelling)
    assert {o.document_id for o in found} == {"ttg/28-2018-qd-ttg"}


def test_province_and_level(catalogue):
    quang_ngai = obligations.query(catalogue, province="quang ngai")
    assert {o.document_id for o in quang_ngai} == {"ubnd-quang-ngai/1486-qd-ubnd-2013"}
    national = obligations.query(catalogue, level="national")
    assert {o.document_id for o in national} == {"ttg/15-ct-ttg-2012", "ttg/28-2018-qd-ttg", "ttg/1950-ttg-kgvx-2013"}


def test_due_window_on_both_sides_of_a_deadline(catalogue):
    """Quảng Ngãi 2.1.b is due 31/3/2014: in a window ending that day, out of one ending the day before."""
    plan = "ubnd-quang-ngai/1486-qd-ubnd-2013/2.1.b"
    assert plan in ids(obligations.query(catalogue, due_before=dt.date(2014, 3, 31), due_after=dt.date(2014, 3, 1)))
    assert plan not in ids(obligations.query(catalogue, due_before=dt.date(2014, 3, 30), due_after=dt.date(2014, 3, 1)))
    assert plan not in ids(obligations.query(catalogue, due_after=dt.date(2014, 4, 1), province="Quảng Ngãi"))


def test_due_window_finds_target_dates_and_recurring_reports(catalogue):
    in_2014 = ids(obligations.query(catalogue, due_after=dt.date(2014, 12, 31), due_before=dt.date(2014, 12, 31)))
    assert "ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a" in in_2014  # its 2014 targets fall due then
    q3_2019 = ids(obligations.query(catalogue, due_after=dt.date(2019, 7, 1), due_before=dt.date(2019, 9, 30)))
    assert "ubnd-hau-giang/44-kh-ubnd-2019/p4-3" in q3_2019  # the quarterly report of Q3 2019


def test_metric_filter(catalogue):
    found = obligations.query(catalogue, metric="ty-le-vbdt-hoan-toan")
    assert {"ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a", "ttg/15-ct-ttg-2012/r.ty-le-60-2015"} <= ids(found)
    # Khánh Hòa 2.g counts only documents between provincial and district agencies: its own metric
    between_agencies = obligations.query(catalogue, metric="ty-le-vbdt-hoan-toan-cqnn-tinh-huyen")
    assert ids(between_agencies) == {"ubnd-khanh-hoa/12-ct-ubnd-2013/2.g"}
    by_name = obligations.query(catalogue, metric="tỷ lệ văn bản xử lý quá hạn")
    assert ids(by_name) == {"ubnd-nghe-an/8705-ubnd-cn-2019/1.g3"}  # the consequence's condition


def test_modality_and_text(catalogue):
    strive = obligations.query(catalogue, modality="strive", document="12/CT-UBND")
    assert all(o.modality.value == "strive" for o in strive)
    signatures = obligations.query(catalogue, text="chu ky so", province="Nghệ An")
    assert "ubnd-nghe-an/8705-ubnd-cn-2019/1.g2" in ids(signatures)


def test_unknown_names_suggest(catalogue):
    with pytest.raises(NotFound, match="ý bạn là"):
        obligations.query(catalogue, actor="Sở Nội vự x")
    with pytest.raises(NotFound, match="không có văn bản nào khớp"):
        obligations.query(catalogue, document="99/CT-XYZ")
    with pytest.raises(NotFound, match="ý bạn là 'Khánh Hòa'"):
        obligations.query(catalogue, province="Khanh Hoaa")


def test_get_obligation_tolerates_accents_in_keys(catalogue):
    assert catalogue.get_obligation("ubnd-bac-giang/ct-so-chua-ro-vbdt/3.dd").key == "3.dd"
    with pytest.raises(NotFound):
        catalogue.get_obligation("ubnd-bac-giang/ct-so-chua-ro-vbdt/9.z")


def test_json_contract_fields(catalogue):
    found = obligations.query(catalogue, document="12/CT-UBND", actor="Sở TT&TT", direct_only=True)
    data = obligations.to_json(catalogue, found)
    item = next(d for d in data if d["key"] == "2.g")
    assert {"id", "document", "clause", "actor", "responsible", "action", "quote", "deadline", "targets",
            "implements"} <= set(item)
    assert item["document"]["symbol"] == "12/CT-UBND" and item["document"]["date"] == "2013-07-31"
    assert item["document"]["issuer"] == "Ủy ban nhân dân tỉnh Khánh Hòa"
    target = item["targets"][0]
    assert {"metric", "comparator", "value", "period", "applies_to", "scope"} <= set(target)
    assert target["value"] == 70 and target["scope"] == "aggregate"
    # the roadmap itself is one-off with no date; its 70% falls due at the end of 2015
    assert item["deadline"]["kind"] == "once" and item["deadline"]["due"] is None and target["period"] == "2015"
    assert item["implements"][0]["obligation"] == "ttg/15-ct-ttg-2012/r.ty-le-60-2015"


@pytest.mark.parametrize("spelling,expected", [
    ("Chỉ thị 12", "ubnd-khanh-hoa/12-ct-ubnd-2013"),
    ("Quyết định số 1486", "ubnd-quang-ngai/1486-qd-ubnd-2013"),
    ("KH 44", "ubnd-hau-giang/44-kh-ubnd-2019"),
    ("công văn 8705", "ubnd-nghe-an/8705-ubnd-cn-2019"),
])
def test_documents_cited_the_way_people_cite_them(catalogue, spelling, expected):
    assert [d.id for d in catalogue.find_documents(spelling)] == [expected]


def test_open_ended_window_with_recurring_duties(catalogue):
    """--due-after alone: recurring duties have a next instance; nothing loops to year 9999."""
    found = ids(obligations.query(catalogue, due_after=dt.date(2030, 1, 1)))
    assert "ubnd-khanh-hoa/12-ct-ubnd-2013/2.h-2" in found  # yearly report, no end given
    assert "ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a" not in found  # its targets ended in 2015
