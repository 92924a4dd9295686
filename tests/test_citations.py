"""Documents and clauses typed as people cite them, wherever a document or clause is asked for."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from obligations.catalogue.citations import split_citation
from obligations.catalogue.errors import NotFound
from obligations.catalogue.load import load_catalogue
from obligations.catalogue.query import Query, run_query
from obligations.cli import main
from obligations.evaluation.evaluate import evaluate, load_sample
from obligations.evaluation.facts import facts_from_records


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def run(*args):
    return CliRunner().invoke(main, list(args), env={"LANG": "C.UTF-8", "LC_ALL": ""})


def test_a_citation_taken_apart():
    cited = split_citation("Chỉ thị 12 năm 2013 của UBND tỉnh Khánh Hòa mục 2.g")
    assert (cited.document, cited.year, cited.issuer, cited.clause) == (
        "chi thi 12", 2013, "uy ban nhan dan tinh khanh hoa", "2.g")
    cited = split_citation("khoản 2 Điều 19 Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018")
    assert cited.parts == {"khoan": "2", "dieu": "19"} and cited.date == dt.date(2018, 7, 12)
    assert cited.document == "quyet dinh so 28/2018/qd-ttg"


@pytest.mark.parametrize("text,document_id", [
    ("12/CT-UBND ngày 31/7/2013", "ubnd-khanh-hoa/12-ct-ubnd-2013"),
    ("Chỉ thị 12 năm 2013 của UBND tỉnh Khánh Hòa", "ubnd-khanh-hoa/12-ct-ubnd-2013"),
    ("Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018 của Thủ tướng Chính phủ", "ttg/28-2018-qd-ttg"),
    ("QĐ 28/2018", "ttg/28-2018-qd-ttg"),
    ("Chỉ thị 15 năm 2012", "ttg/15-ct-ttg-2012"),  # the 2020 directive shares the symbol 15/CT-TTg
])
def test_documents_as_people_cite_them(catalogue, text, document_id):
    assert [d.id for d in catalogue.find_documents(text)] == [document_id]


def test_the_year_tells_apart_two_directives_with_one_symbol(catalogue):
    both = {d.id for d in catalogue.find_documents("15/CT-TTg")}
    assert len(both) == 2 and "ttg/15-ct-ttg-2012" in both
    assert [d.id for d in catalogue.find_documents("15/CT-TTg năm 2020")] == sorted(both - {"ttg/15-ct-ttg-2012"})
    assert catalogue.find_documents("12/CT-UBND ngày 1/8/2013") == []  # a wrong date finds nothing


@pytest.mark.parametrize("text,obligation_id", [
    ("QĐ 28/2018 Điều 19 khoản 2", "ttg/28-2018-qd-ttg/19.2"),
    ("khoản 2 Điều 19 QĐ 28/2018", "ttg/28-2018-qd-ttg/19.2"),
    ("điểm b khoản 2 Điều 7 Quyết định 28/2018/QĐ-TTg", "ttg/28-2018-qd-ttg/7.2.b"),
    ("1486 mục I điểm b.1", "ubnd-quang-ngai/1486-qd-ubnd-2013/1.I.2.b.1"),
    ("12/CT-UBND 2.g", "ubnd-khanh-hoa/12-ct-ubnd-2013/2.g"),
    ("Chỉ thị 12 năm 2013 của UBND tỉnh Khánh Hòa mục 2.g", "ubnd-khanh-hoa/12-ct-ubnd-2013/2.g"),
    ("12/CT-UBND ngày 31/7/2013 1.đ", "ubnd-khanh-hoa/12-ct-ubnd-2013/1.dd"),
    ("Chỉ thị 15 năm 2012 r.chu-ky-so", "ttg/15-ct-ttg-2012/r.chu-ky-so"),
])
def test_clauses_as_people_cite_them(catalogue, text, obligation_id):
    assert catalogue.get_obligation(text).id == obligation_id


def test_a_citation_that_matches_several_lists_them(catalogue):
    with pytest.raises(NotFound) as raised:
        catalogue.get_obligation("1486 điểm b.1")
    message = str(raised.value)
    assert "khớp với nhiều nghĩa vụ" in message
    assert "Điều 1, mục I, khoản 2, điểm b.1 (ubnd-quang-ngai/1486-qd-ubnd-2013/1.I.2.b.1)" in message
    assert "(ubnd-quang-ngai/1486-qd-ubnd-2013/1.III.3.b.1)" in message


def test_a_citation_that_matches_nothing_suggests_the_nearest(catalogue):
    with pytest.raises(NotFound, match=r"28/2018/QĐ-TTg không có điều khoản '19\.9'; ý bạn là '19\."):
        catalogue.get_obligation("QĐ 28/2018 Điều 19 khoản 9")
    with pytest.raises(NotFound, match="ngày, năm hoặc cơ quan ban hành không khớp với Chỉ thị 12/CT-UBND ngày 31/07/2013"):
        catalogue.get_obligation("12/CT-UBND ngày 1/8/2013 2.g")


def test_query_show_trace_evaluate_and_facts_take_citations(catalogue):
    found = run_query(catalogue, Query(document="QĐ 28/2018 Điều 19"))
    assert found and {m.obligation.key.split(".")[0] for m in found} == {"19"}
    result = run("show", "QĐ 28/2018 Điều 19 khoản 2")
    assert result.exit_code == 0 and "ttg/28-2018-qd-ttg/19.2" in result.output
    result = run("trace", "khoản 2 Điều 19 QĐ 28/2018", "--format", "json")
    assert result.exit_code == 0 and '"ttg/28-2018-qd-ttg/19.2"' in result.output
    registry, _ = load_sample(catalogue)
    result = evaluate(catalogue, registry, [], dt.date(2015, 1, 15), engine="reference", province="Khánh Hòa",
                      documents=["Chỉ thị 12 năm 2013 của UBND tỉnh Khánh Hòa"])
    assert result.findings and {f.document.id for f in result.findings} == {"ubnd-khanh-hoa/12-ct-ubnd-2013"}
    facts = facts_from_records([{"type": "attestation", "agency": "bg-so-noi-vu", "period": "2014", "value": "có",
                                 "obligation": "Chỉ thị của UBND tỉnh Bắc Giang năm 2013 mục 2.a"}],
                               catalogue, registry)
    assert facts[0].obligation == "ubnd-bac-giang/ct-so-chua-ro-vbdt/2.a"


def test_tables_show_clause_labels_not_keys():
    result = run("query", "--document", "QĐ 28/2018 Điều 19")
    assert "Điều 19 khoản" in result.output and "19.1.a " not in result.output
