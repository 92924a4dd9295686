"""Issue 13: time. Bodies that merge, a district level that ends, a province merged into another,
documents that end, the date asked for and a trend over years, on dated fixtures
(tests/fixtures/time: Khánh Hòa's Sở TT&TT merged into Sở KH&CN from 01/03/2025, two districts ended
on 30/06/2025, one with a successor recorded and one without; Bắc Giang merged into Bắc Ninh from
01/07/2025, its Sở TT&TT through its Sở KH&CN into Bắc Ninh's)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from cli_helpers import run as cli
from engine_helpers import run_both
from obligations.evaluation.agencies import RegistryError, load_registries
from obligations.evaluation.evaluate import evaluate, load_sample
from obligations.evaluation.history import evaluate_history
from obligations.evaluation.schema import EvaluationView
from obligations.i18n import use

HERE = Path(__file__).parent / "fixtures" / "time"
AGENCIES = HERE / "agencies"
KH = "ubnd-khanh-hoa/12-ct-ubnd-2013"
BG = "ubnd-bac-giang/ct-so-chua-ro-vbdt"
HG = "ubnd-hau-giang/44-kh-ubnd-2019"


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([AGENCIES], catalogue.actors, catalogue.attributes)


def attested(agency, obligation, period):
    return {"type": "attestation", "agency": agency, "obligation": obligation, "period": period, "value": "có"}


# ---- a department merged: Sở TT&TT answers for 2024, Sở KH&CN for 2025-Q2 --------------------------


def test_so_tt_tt_answers_for_2024_and_so_kh_cn_inherits_2025_q2(catalogue, registry):
    records = [attested("kh-so-tt-tt", f"{KH}/2.c", "2024"), attested("kh-so-kh-cn", f"{KH}/2.c", "2025-Q2")]
    before = run_both(catalogue, registry, records, dt.date(2025, 1, 15), documents=[KH], agencies=["kh-so-tt-tt"])
    finding = before[(f"{KH}/2.c#attest", "kh-so-tt-tt", "2024")]
    assert finding.status == "attested" and "succeeded_from" not in finding.to_dict()
    assert "kế thừa" not in finding.explanation
    # the last day it existed, it still answers
    last_day = run_both(catalogue, registry, [], dt.date(2025, 2, 28), documents=[KH], agencies=["kh-so-tt-tt"])
    assert {agency for _c, agency, _p in last_day} == {"kh-so-tt-tt"}

    after = run_both(catalogue, registry, records, dt.date(2025, 7, 15), period="2025-Q2", documents=[KH],
                     province="Khánh Hòa")
    assert not [key for key in after if key[1] == "kh-so-tt-tt"], "a body that no longer exists is never a subject"
    finding = after[(f"{KH}/2.c#attest", "kh-so-kh-cn", "2025-Q2")]
    assert finding.status == "attested"  # the successor's own report answers it
    data = finding.to_dict()
    assert data["agency"]["id"] == "kh-so-kh-cn"
    assert data["succeeded_from"]["agency"]["id"] == "kh-so-tt-tt"
    assert (data["succeeded_from"]["change"], data["succeeded_from"]["from"]) == ("merged", "2025-03-01")
    assert data["succeeded_from"]["verified"] is True
    assert ("Sở Khoa học và Công nghệ tỉnh Khánh Hòa (kế thừa chức năng của Sở Thông tin và Truyền thông tỉnh "
            "Khánh Hòa (hợp nhất từ 01/03/2025))") in finding.explanation
    assert finding.responsible["agency_id"] == "kh-so-kh-cn"
    # a duty of Sở TT&TT alone (2.h-2, a yearly report) now falls to Sở KH&CN, never to both
    yearly = [key for key in after if key[0] == f"{KH}/2.h-2#event"]
    assert [(agency, period) for _c, agency, period in yearly] == [("kh-so-kh-cn", "2025")]
    # the years Sở TT&TT had closed before the merger are its history, not its successor's to answer
    assert not [key for key in after if key[2] and key[2] < "2025"]


def test_evaluating_the_ceased_body_alone_shows_only_what_it_passed_on(catalogue, registry):
    result = evaluate(catalogue, registry, [], dt.date(2025, 7, 15), documents=[KH], agencies=["kh-so-tt-tt"])
    assert result.findings and {f.agency.id for f in result.findings} == {"kh-so-kh-cn"}
    assert all(f.to_dict()["succeeded_from"]["agency"]["id"] == "kh-so-tt-tt" for f in result.findings)
    assert [n["code"] for n in result.notices if n["code"] == "succession"] == ["succession"]


# ---- the district level ended: a successor recorded, or no successor recorded ----------------------


def test_a_districts_duties_after_the_district_level_ended(catalogue, registry):
    on_the_last_day = evaluate(catalogue, registry, [], dt.date(2025, 6, 30), province="Khánh Hòa", documents=[KH])
    assert {"kh-huyen-dien-khanh", "kh-huyen-cam-lam"} <= {f.agency.id for f in on_the_last_day.findings}
    assert on_the_last_day.unassigned == []

    result = evaluate(catalogue, registry, [], dt.date(2025, 10, 15), period="2025-Q3", province="Khánh Hòa",
                      documents=[KH])
    subjects = {f.agency.id for f in result.findings}
    assert not subjects & {"kh-huyen-dien-khanh", "kh-huyen-cam-lam"}, "no district is named after 01/07/2025"
    # Cam Lâm: the commune its registry records bears its duties, and the finding says so (unverified)
    inherited = [f for f in result.findings if f.agency.id == "kh-xa-cam-lam"]
    assert inherited and all(f.to_dict()["succeeded_from"]["agency"]["id"] == "kh-huyen-cam-lam" for f in inherited)
    assert "kế thừa chức năng của Ủy ban nhân dân huyện Cam Lâm (giải thể từ 01/07/2025, chưa được xác minh" \
        in inherited[0].explanation
    # Diên Khánh: no successor recorded: stated once, never a silent drop
    assert [u["agency"]["id"] for u in result.unassigned] == ["kh-huyen-dien-khanh"]
    lost = result.unassigned[0]
    assert lost["ceased"] == "2025-06-30" and lost["duties"] > 0 and any(c.startswith(KH) for c in lost["checks"])
    notices = [n for n in result.notices if n["code"] == "no_successor"]
    assert len(notices) == 1 and notices[0]["agencies"] == ["kh-huyen-dien-khanh"]
    assert "không ghi cơ quan kế thừa" in notices[0]["text"]
    EvaluationView.model_validate(result.to_dict())


def test_a_class_of_bodies_that_ended_is_said_once(catalogue):
    """The shipped registries end every district on 30/06/2025: one notice per province and kind."""
    registry, facts = load_sample(catalogue)
    result = evaluate(catalogue, registry, facts, dt.date(2025, 7, 15), province="Khánh Hòa")
    districts = [n for n in result.notices if n.get("kind") == "ubnd-huyen"]
    codes = [n["code"] for n in districts]  # those with a successor recorded, those without: once each
    assert sorted(set(codes)) == sorted(codes) and sum(len(n["agencies"]) for n in districts) > 5
    assert not [f for f in result.findings if f.agency.kind == "ubnd-huyen"]


# ---- a province merged into another ------------------------------------------------------------------


def test_a_text_of_bac_giang_binds_bac_ninhs_bodies_after_the_merger(catalogue, registry):
    result = evaluate(catalogue, registry, [], dt.date(2025, 10, 15), period="2025-Q3", province="Bắc Giang",
                      documents=[BG])
    assert result.findings and {f.agency.province for f in result.findings} == {"Bắc Ninh"}
    duty = next(f for f in result.findings if f.check.id == f"{BG}/3.a#attest")
    data = duty.to_dict()
    assert data["agency"]["id"] == "bn-so-kh-cn"
    assert data["succeeded_from"]["agency"]["id"] == "bg-so-tt-tt"  # the body the text bound
    assert [step["agency"] for step in data["succeeded_from"]["chain"]] == ["bg-so-kh-cn", "bn-so-kh-cn"]
    assert "tỉnh Bắc Giang cũ" in duty.explanation
    merged = next(n for n in result.notices if n["code"] == "province_merged")
    assert merged["successor"]["province"] == "Bắc Ninh" and merged["until"] == "2025-06-30"
    # evaluated as Bắc Ninh, the same inherited duties come with Bắc Ninh's own
    as_bac_ninh = evaluate(catalogue, registry, [], dt.date(2025, 10, 15), period="2025-Q3", province="Bắc Ninh",
                           documents=[BG])
    assert {f.check.id for f in as_bac_ninh.findings} == {f.check.id for f in result.findings}
    # before the merger, Bắc Giang's own bodies answer
    before = evaluate(catalogue, registry, [], dt.date(2025, 6, 30), period="2025-Q1", province="Bắc Giang",
                      documents=[BG])
    assert {f.agency.province for f in before.findings} == {"Bắc Giang"}


# ---- documents that end ----------------------------------------------------------------------------


def _ended(catalogue, document_id, **validity):
    documents = dict(catalogue.documents)
    document = documents[document_id]
    documents[document_id] = document.model_copy(update={"validity": document.validity.model_copy(update=validity)})
    return dataclasses.replace(catalogue, documents=documents)


def test_a_replaced_document_gives_no_finding_after_its_end(catalogue, registry):
    replaced = _ended(catalogue, KH, status="replaced", in_force_until=dt.date(2016, 6, 30),
                      replaced_by_text="Chỉ thị thay thế (fixture)", source="fixture", verified=False)
    kept = evaluate(replaced, registry, [], dt.date(2016, 1, 15), documents=[KH], agencies=["kh-so-tt-tt"])
    assert {f.period for f in kept.findings if f.kind == "attestation"} == {"2015"}
    assert not [n for n in kept.notices if n["code"] == "document_ended"]
    after = evaluate(replaced, registry, [], dt.date(2018, 1, 15), documents=[KH], agencies=["kh-so-tt-tt"])
    assert not [f for f in after.findings if f.kind == "attestation"], "2017 is after the text ended"
    assert not [f for f in after.findings if f.period and f.period >= "2017"]
    notice = next(n for n in after.notices if n["code"] == "document_ended")
    assert (notice["until"], notice["replaced_by"], notice["verified"]) == ("2016-06-30", "Chỉ thị thay thế (fixture)",
                                                                            False)
    assert "được thay thế bằng Chỉ thị thay thế (fixture) từ sau ngày 30/06/2016 (chưa được xác minh)" in notice["text"]


def test_an_amending_text_ends_with_the_text_it_amends(catalogue, registry):
    """Mechanism only: 1950/TTg-KGVX is made, for this test, an amendment of 15/CT-TTg."""
    from obligations.evaluation.plan import document_ends
    ct15, cv1950 = "ttg/15-ct-ttg-2012", "ttg/1950-ttg-kgvx-2013"
    amended = _ended(catalogue, ct15, status="expired", in_force_until=dt.date(2014, 6, 30), amended_by=[cv1950])
    assert document_ends(amended)[cv1950] == dt.date(2014, 6, 30)
    result = evaluate(amended, registry, [], dt.date(2016, 1, 15), agencies=["kh-so-noi-vu"], documents=[cv1950])
    assert result.findings and all(f.period is None or f.period < "2015" for f in result.findings)
    notice = next(n for n in result.notices if n["code"] == "document_ended" and n["document"] == cv1950)
    assert notice["follows_amended"] is True


def test_a_plan_past_its_horizon(catalogue):
    """Hậu Giang's 44/KH-UBND runs "đến năm 2020": no yearly report after 2020, and the output says why."""
    registry, facts = load_sample(catalogue)
    result = evaluate(catalogue, registry, facts, dt.date(2023, 1, 15), province="Hậu Giang", documents=[HG])
    assert result.findings
    assert not [f for f in result.findings if f.period and f.period[:4] > "2020"]
    notice = next(n for n in result.notices if n["code"] == "horizon_passed" and n["document"] == HG)
    assert notice["until"] == "2020-12-31" and "31/12/2020" in notice["text"]
    within = evaluate(catalogue, registry, facts, dt.date(2020, 6, 30), province="Hậu Giang", documents=[HG])
    assert not [n for n in within.notices if n["code"] == "horizon_passed" and n["document"] == HG]


# ---- the registry's succession, checked ------------------------------------------------------------


@pytest.mark.parametrize("successor, field, text", [
    ("{agency: kh-so-khcn, from: 2025-03-01, change: merged}", "successors[0].agency", "không có cơ quan kế thừa 'kh-so-khcn'"),
    ("{agency: kh-so-kh-cn, from: 2025-02-01, change: merged}", "successors[0].from", "không sau ngày chấm dứt 28/02/2025"),
    ("{agency: kh-xa-cam-lam, from: 2025-03-01, change: merged}", "successors[0].agency", "không tồn tại vào ngày 01/03/2025"),
    ("{agency: kh-so-kh-cn, from: 2025-03-01, change: joined}", "successors[0].change", "merged"),
])
def test_a_wrong_successor_is_named_with_its_file_and_field(catalogue, tmp_path, successor, field, text):
    source = (AGENCIES / "khanh-hoa.yaml").read_text(encoding="utf-8")
    start = source.index("      - {agency: kh-so-kh-cn")
    end = source.index("\n", start)
    (tmp_path / "khanh-hoa.yaml").write_text(source[:start] + "      - " + successor + source[end:], encoding="utf-8")
    with use("vi"), pytest.raises(RegistryError) as raised:
        load_registries([tmp_path / "khanh-hoa.yaml"], catalogue.actors, catalogue.attributes)
    problem = next(p for p in raised.value.problems if p.field.endswith(field))
    assert text in problem.message and problem.file.endswith("khanh-hoa.yaml") and problem.line


def test_a_cycle_of_successors_is_refused(catalogue, tmp_path):
    source = (AGENCIES / "khanh-hoa.yaml").read_text(encoding="utf-8").replace(
        "{id: kh-so-kh-cn, name: Sở Khoa học và Công nghệ tỉnh Khánh Hòa, kind: so, parent: kh-ubnd-tinh,",
        "{id: kh-so-kh-cn, name: Sở Khoa học và Công nghệ tỉnh Khánh Hòa, kind: so, parent: kh-ubnd-tinh, "
        "existed: {until: 2025-04-30}, successors: [{agency: kh-so-tt-tt, from: 2025-05-01, change: renamed}],")
    (tmp_path / "khanh-hoa.yaml").write_text(source, encoding="utf-8")
    with use("vi"), pytest.raises(RegistryError) as raised:
        load_registries([tmp_path / "khanh-hoa.yaml"], catalogue.actors, catalogue.attributes)
    assert any("vòng lặp: kh-so-tt-tt → kh-so-kh-cn → kh-so-tt-tt" in p.message for p in raised.value.problems)


def test_a_successor_in_a_registry_not_given_is_asked_for(catalogue):
    with use("vi"), pytest.raises(RegistryError) as raised:
        load_registries([AGENCIES / "bac-giang.yaml"], catalogue.actors, catalogue.attributes)
    problem = next(p for p in raised.value.problems if "bn-so-kh-cn" in p.message)
    assert "tỉnh khác" in (problem.hint or "")


# ---- the date asked for, and letters -----------------------------------------------------------------


def test_with_no_date_the_first_line_says_today_and_the_notices_come_before_the_table():
    result = cli("evaluate", "--agencies", str(AGENCIES), "--province", "Khánh Hòa", "--document", "12/CT-UBND")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"Đánh giá tại ngày hôm nay, {dt.date.today():%d/%m/%Y} (không nêu --as-of)")
    notices = result.output.index("Lưu ý về thời điểm đánh giá:")
    assert notices < result.output.index("Sở Khoa học và Công nghệ tỉnh Khánh Hòa —")
    assert "Sở Thông tin và Truyền thông tỉnh Khánh Hòa không còn từ sau ngày 28/02/2025" in result.output
    data = json.loads(cli("evaluate", "--agencies", str(AGENCIES), "--province", "Khánh Hòa", "--format", "json",
                          "--summary").output)
    assert data["notices"][0]["code"] == "as_of_today" and {"succession", "no_successor"} <= {
        n["code"] for n in data["notices"]}
    dated = cli("evaluate", "--agencies", str(AGENCIES), "--province", "Khánh Hòa", "--as-of", "2015-01-15")
    assert dated.output.startswith("Đánh giá tại ngày 15/01/2015 (kỳ")


def test_letters_refuse_a_sender_that_no_longer_exists_and_name_its_successor(tmp_path):
    refused = cli("letters", "--agencies", str(AGENCIES), "--province", "Khánh Hòa", "--out", str(tmp_path / "x"),
                  "--format", "md", "--senders", str(HERE / "senders-unchanged.yaml"))
    assert refused.exit_code == 1
    assert "cơ quan gửi Sở Thông tin và Truyền thông tỉnh Khánh Hòa (kh-so-tt-tt) không còn" in refused.output
    assert "Sở Khoa học và Công nghệ tỉnh Khánh Hòa (kh-so-kh-cn)" in refused.output
    assert not (tmp_path / "x").exists()


def test_letters_with_no_date_write_nothing_to_or_from_a_body_that_no_longer_exists(tmp_path):
    out = tmp_path / "letters"
    made = cli("letters", "--agencies", str(AGENCIES), "--province", "Khánh Hòa", "--out", str(out), "--format", "md",
               "--senders", str(HERE / "senders.yaml"))
    assert made.exit_code == 0, made.output
    assert made.output.index("Lưu ý về thời điểm đánh giá:") < made.output.index("Đã tạo")
    texts = {p.name: p.read_text(encoding="utf-8") for p in (out / "khanh-hoa").glob("*.md")}
    assert texts
    for name, text in texts.items():
        head = text[:1500]
        assert "Sở Thông tin và Truyền thông" not in head.split("Kính gửi")[0], name  # never the sender
        assert "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" not in head, name
        assert "Kính gửi: Chủ tịch UBND huyện" not in text and "Kính gửi: Giám đốc Sở Thông tin" not in text, name
    assert any("SỞ KHOA HỌC VÀ CÔNG NGHỆ" in text for text in texts.values())
    assert not [n for n in texts if "huyen" in n or "so-tt-tt" in n or "so-thong-tin" in n]


# ---- a trend over years -------------------------------------------------------------------------------


def test_history_gives_the_met_share_per_year_per_agency_and_per_duty(catalogue):
    registry, facts = load_sample(catalogue)
    history = evaluate_history(catalogue, registry, facts, [2014, 2015], as_of=dt.date(2026, 12, 1),
                               province="Khánh Hòa", engine="reference")
    data = history.to_dict()
    assert [(y["year"], y["as_of"]) for y in data["years"]] == [(2014, "2015-12-31"), (2015, "2016-12-31")]
    single = evaluate(catalogue, registry, facts, dt.date(2015, 12, 31), period="2014", province="Khánh Hòa",
                      agencies=["kh-so-noi-vu"], engine="reference")
    counted = [f for f in single.findings if (f.period or "")[:4] == "2014" or (not f.period and f.due and f.due.year == 2014)]
    met = sum(f.status in ("met", "met_late", "attested") for f in counted)
    assessed = sum(f.status in ("met", "met_late", "attested", "unmet", "strive_missed", "no_data", "not_attested")
                   for f in counted)
    row = next(r for r in data["agencies"] if r["agency"] == "kh-so-noi-vu")
    assert row["years"]["2014"] == {"met": met, "assessed": assessed, "share": round(100 * met / assessed, 1)}
    assert 0 < met < assessed
    duty = next(r for r in data["obligations"] if r["check"] == f"{KH}/2.g#t0")
    assert set(duty["years"]) == {"2015"}  # 70% by 2015: a figure of 2015 only


def test_history_from_the_command_line_as_table_json_and_csv():
    table = cli("evaluate", "--province", "Khánh Hòa", "--years", "2014-2015", "--as-of", "2026-12-01")
    assert table.exit_code == 0, table.output
    assert "Diễn biến các năm 2014–2015: mỗi năm đánh giá tại 31/12/2015, 31/12/2016." in table.output
    assert "Sở Nội vụ tỉnh Khánh Hòa" in table.output and "2014" in table.output
    data = json.loads(cli("evaluate", "--province", "Khánh Hòa", "--years", "2014-2015", "--as-of", "2026-12-01",
                          "--format", "json").output)
    assert {"years", "agencies", "obligations", "sample_data"} <= set(data)
    csv_text = cli("evaluate", "--province", "Khánh Hòa", "--years", "2014-2015", "--as-of", "2026-12-01",
                   "--format", "csv").output
    assert csv_text.lstrip("\ufeff").splitlines()[0] == "scope,id,name,year,met,assessed,share"
    bad = cli("evaluate", "--years", "2016-2014")
    assert bad.exit_code != 0 and "--years" in bad.output
    mixed = cli("evaluate", "--years", "2014-2015", "--status", "unmet")
    assert mixed.exit_code != 0 and "--status" in mixed.output


def test_why_not_says_the_body_had_ceased_and_who_bears_its_duties(catalogue, registry):
    from obligations.evaluation.evaluate import explain_binding
    reasons = explain_binding(catalogue, registry, f"{KH}/2.c", "kh-so-tt-tt", dt.date(2025, 7, 15))
    assert reasons[-1] == ("Sở Thông tin và Truyền thông tỉnh Khánh Hòa không còn từ sau ngày 28/02/2025: nghĩa vụ do "
                           "Sở Khoa học và Công nghệ tỉnh Khánh Hòa (kh-so-kh-cn) kế thừa; xem kết quả bằng --agency "
                           "kh-so-kh-cn")
    assert explain_binding(catalogue, registry, f"{KH}/2.c", "kh-so-tt-tt", dt.date(2025, 2, 28)) == []
    lost = explain_binding(catalogue, registry, f"{KH}/1.a", "kh-huyen-dien-khanh", dt.date(2025, 7, 15))
    assert "danh sách cơ quan không ghi cơ quan kế thừa" in lost[-1]
