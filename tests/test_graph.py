"""The dependency graph (issue 3): the seeds' relations, trace, national uptake, consistency, exports."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from obligations.graph.addressees import binds_provinces, may_bear
from obligations.catalogue.load import check as load_leniently
from obligations.graph.consistency import check as check_graph
from obligations.graph.build import build_graph, short_label
from obligations.graph.export import export, graphml, node_link
from obligations.graph.picture import build_picture, to_dot, to_mermaid
from obligations.graph.trace import trace
from obligations.graph.uptake import COVERED, NOT_COVERED, uptake

FIXTURES = Path(__file__).parent / "fixtures" / "graph"
TRIPWIRES = FIXTURES / "tripwires"

BG = "ubnd-bac-giang/ct-so-chua-ro-vbdt"
KH = "ubnd-khanh-hoa/12-ct-ubnd-2013"
NA = "ubnd-nghe-an/8705-ubnd-cn-2019"
QN = "ubnd-quang-ngai/1486-qd-ubnd-2013"
HG = "ubnd-hau-giang/44-kh-ubnd-2019"
CT15, CV1950, QD28 = "ttg/15-ct-ttg-2012", "ttg/1950-ttg-kgvx-2013", "ttg/28-2018-qd-ttg"


@pytest.fixture(scope="session")
def graph(catalogue):
    return build_graph(catalogue)


@pytest.fixture(scope="session")
def tripwires():
    catalogue, problems = load_leniently(TRIPWIRES)
    assert [p for p in problems if p.severity == "error"] == []  # the fixture itself is valid
    return build_graph(catalogue)


def _edges(graph, source, target):
    return [data for _, t, data in graph.g.out_edges(source, data=True) if t == target]


# ---- the graph ------------------------------------------------------------------------------------


def test_every_document_and_obligation_is_a_node(graph, catalogue):
    assert {n for n, k in graph.g.nodes(data="kind") if k == "document"} == set(catalogue.documents)
    assert {n for n, k in graph.g.nodes(data="kind") if k == "obligation"} == set(catalogue.obligations)
    assert not [n for n, k in graph.g.nodes(data="kind") if k == "missing"]
    assert graph.g.nodes["ttg/15-ct-ttg-2020"]["encoded"] is False  # the COVID-19 directive, only referred to
    assert graph.g.nodes[QD28]["encoded"] is True and graph.g.nodes[QD28]["obligations"] == 67


@pytest.mark.parametrize("source,relation,target,basis", [
    (KH, "thuc_hien", CT15, "stated"),
    (BG, "thuc_hien", CT15, "stated"),
    (BG, "thuc_hien", CV1950, "stated"),
    (BG, "thuc_hien", "ubnd-bac-giang/518-2011-qd-ubnd", "stated"),
    (QN, "can_cu", CT15, "stated"),
    (QN, "can_cu", "ubnd-quang-ngai/22-2012-ct-ubnd", "stated"),
    (NA, "thuc_hien", QD28, "stated"),
    (HG, "thuc_hien", QD28, "inferred"),
])
def test_the_seeds_relations_as_their_texts_give_them(graph, source, relation, target, basis):
    found = [d for d in _edges(graph, source, target) if d["type"] == relation]
    assert len(found) == 1, (source, relation, target)
    assert found[0]["basis"] == basis and found[0]["origin"] == "relation"
    if basis == "stated":
        assert found[0]["quote"]  # checked against the source text by `obligations validate`
    else:
        assert found[0]["note"]


def test_hau_giang_plan_is_the_plan_of_qd28_article_19_2(graph):
    relation = [d for d in _edges(graph, HG, QD28) if d["type"] == "thuc_hien"][0]
    assert "Điều 19 khoản 2" in relation["note"]  # the item does not cite QĐ 28: inferred from its title
    carrying_out = {source for source, _ in graph.implementers(f"{QD28}/19.2")}
    assert {f"{HG}/lo-trinh.1", f"{HG}/muc-tieu.g2", f"{HG}/p4"} <= carrying_out


def test_edges_say_where_they_come_from(graph):
    kinds = set()
    for _, _, data in graph.g.edges(data=True):
        assert data["basis"] in ("stated", "inferred", "recorded")
        kinds.add((data["type"], data["origin"], data["basis"]))
    assert ("implements", "implements", "inferred") in kinds
    assert ("belongs_to", "obligation", "stated") in kinds
    assert ("thay_the", "validity", "recorded") in kinds  # NĐ 130/2018 replaced NĐ 26/2007
    assert ("don_doc", "relation", "stated") in kinds  # Công văn 1950 urges 15/CT-TTg
    assert _edges(graph, "cp/130-2018-nd-cp", "cp/26-2007-nd-cp")[0]["type"] == "thay_the"


# ---- trace ----------------------------------------------------------------------------------------


def test_trace_qd28_article_19_2_down_to_hau_giang_and_nghe_an(graph):
    result = trace(graph, "QD 28/2018 19.2")  # as people cite it
    assert result.obligation.id == f"{QD28}/19.2" and result.up == []
    provinces = result.by_province()
    assert set(provinces) == {"Hậu Giang", "Nghệ An"}
    assert {s.obligation.key for s in provinces["Nghệ An"]} == {"2.g1"}
    assert {"lo-trinh.1", "lo-trinh.5", "muc-tieu.g1", "p4"} <= {s.obligation.key for s in provinces["Hậu Giang"]}
    assert all(s.depth == 1 and s.basis == "inferred" for s in result.down)
    assert result.binds_provinces and result.provinces_without == []


def test_trace_up_through_a_refining_national_duty(graph):
    up = {(s.obligation.id, s.depth, s.via) for s in trace(graph, f"{BG}/1.a").up}
    assert (f"{CT15}/r.ty-le-60-2015", 1, f"{BG}/1.a") in up
    assert (f"{CV1950}/r.noi-bo-55-80", 1, f"{BG}/1.a") in up
    assert (f"{CT15}/r.thu-dien-tu-noi-bo", 2, f"{CV1950}/r.noi-bo-55-80") in up


def test_trace_names_the_provinces_that_did_not_take_a_clause_up(graph):
    result = trace(graph, f"{CT15}/r.so-hoa-luu-tru")
    assert set(result.by_province()) == {"Khánh Hòa", "Quảng Ngãi"}
    assert result.provinces_without == ["Bắc Giang"]
    assert trace(graph, f"{QD28}/16.1").binds_provinces is False  # Bộ TT&TT's own duty


# ---- national uptake (coverage) --------------------------------------------------------------------


# Rights (modality may, kind right) and definitions are not duties a province takes up: QĐ 28's
# 5.4-2 (the right to refuse) and 1950's r.khong-kem-giay are not counted.
@pytest.mark.parametrize("province,expected", [
    ("Bắc Giang", {"15/CT-TTg": (7, 8), "1950/TTg-KGVX": (2, 5)}),
    ("Hậu Giang", {"28/2018/QĐ-TTg": (6, 45)}),  # the news item's summary of task areas binds no one
    ("Khánh Hòa", {"15/CT-TTg": (8, 8)}),
    ("Nghệ An", {"28/2018/QĐ-TTg": (8, 45)}),  # 5.2 was taken up only by the preamble goal (no longer a duty); 7.2.b is a right
    ("Quảng Ngãi", {"15/CT-TTg": (8, 8)}),
])
def test_one_coverage_table_per_province(graph, province, expected):
    results = uptake(graph, province=province)
    assert {r.national.symbol: (len(r.covered), len(r.rows)) for r in results} == expected
    for result in results:
        assert result.documents and all(d.document.province == province for d in result.documents)
        for row in result.rows:
            assert binds_provinces(graph.catalogue, row.national)
            assert all(link.document.province == province for link in row.links)


def test_nghe_an_against_qd28(graph):
    [result] = uptake(graph, province="nghe an", national="QD 28/2018")
    assert [(t.document.id, t.relations) for t in result.documents] == [(NA, [("thuc_hien", "stated")])]
    covered = {row.national.key for row in result.covered}
    assert covered == {"5.3", "6.2-2", "6.5", "8.1", "19.1.a", "19.2", "19.3", "19.4"}
    uncovered = {row.national.key for row in result.uncovered}
    assert {"19.1.b", "19.1.c", "21.2", "7.3.c"} <= uncovered
    assert "16.1" not in covered | uncovered  # Bộ TT&TT's duty is no province's to take up


def test_bac_giang_takes_up_a_15_ct_ttg_duty_also_through_cong_van_1950(graph):
    [result] = uptake(graph, province="Bắc Giang", national="15/CT-TTg")
    rows = {row.national.key: row for row in result.rows}
    assert rows["r.so-hoa-luu-tru"].status == NOT_COVERED
    assert rows["r.thu-dien-tu-noi-bo"].status == COVERED
    via = [link for link in rows["r.thu-dien-tu-noi-bo"].links if link.via is not None]
    assert [(link.obligation.key, link.via.key) for link in via] == [("1.a", "r.noi-bo-55-80")]


# ---- who may bear a national duty ----------------------------------------------------------------


def test_actor_rule(catalogue):
    duty = catalogue.obligations
    # A duty of the province as a whole: the province hands it to its departments and districts.
    assert may_bear(catalogue, duty[f"{CT15}/r.ty-le-60-2015"], "so-thong-tin-va-truyen-thong")
    assert may_bear(catalogue, duty[f"{CT15}/r.ty-le-60-2015"], "ubnd-huyen")
    # A role (Bên gửi) is played by any administrative agency.
    assert may_bear(catalogue, duty[f"{QD28}/8.1"], "so")
    # A duty the national text gives to a named body stays with it.
    assert not may_bear(catalogue, duty[f"{QD28}/7.3.c"], "so-thong-tin-va-truyen-thong")
    assert may_bear(catalogue, duty[f"{QD28}/7.3.c"], "van-phong-ubnd-tinh")
    assert not may_bear(catalogue, duty[f"{QD28}/16.1"], "so-thong-tin-va-truyen-thong")
    assert binds_provinces(catalogue, duty[f"{QD28}/7.3.c"]) and binds_provinces(catalogue, duty[f"{QD28}/8.1"])
    assert not binds_provinces(catalogue, duty[f"{QD28}/21.3"])  # bodies outside the administration


# ---- consistency -----------------------------------------------------------------------------------


def _found(findings):
    return {(f.kind, f.subject, f.related) for f in findings}


def test_consistency_on_the_shipped_data_reports_exactly_the_real_findings(graph):
    assert _found(check_graph(graph)) == {
        # Quảng Ngãi sets 20% of documents between its agencies fully electronic by 2015; 15/CT-TTg 60%.
        ("weaker_target", f"{QN}/1.I.2.b.3", f"{CT15}/r.ty-le-60-2015"),
        # Hậu Giang gives itself to the end of 2020 for what QĐ 28 Điều 21 khoản 2 wants before 30/6/2020.
        ("later_deadline", f"{HG}/lo-trinh.5", f"{QD28}/21.2"),
        ("later_deadline", f"{HG}/muc-tieu.g1", f"{QD28}/21.2"),
        # Bases since replaced: Luật giao dịch điện tử 2005, NĐ 26/2007 (→ 130/2018 → 23/2025). NĐ 43/2011 is
        # not among them: its replacement by NĐ 42/2022 is unverified, so its status is unknown.
        ("stale_basis", QD28, "qh/51-2005-qh11"),
        ("stale_basis", QD28, "cp/26-2007-nd-cp"),
        ("stale_basis", QN, "qh/51-2005-qh11"),
        ("stale_basis", QN, "cp/26-2007-nd-cp"),
    }


def test_stale_basis_names_the_whole_chain_of_replacements(graph):
    [finding] = [f for f in check_graph(graph) if f.subject == QN and f.related == "cp/26-2007-nd-cp"]
    assert finding.details["replaced_by"] == "cp/130-2018-nd-cp cp/23-2025-nd-cp"
    assert finding.details["current"] == "cp/23-2025-nd-cp" and finding.severity == "note"
    assert "NĐ 130/2018/NĐ-CP, rồi bởi NĐ 23/2025/NĐ-CP" in finding.message


def test_every_check_fires_on_its_tripwire_and_not_on_the_look_alikes(tripwires):
    ct, qd = "ubnd-thu-nghiem/01-ct-ubnd-2099", "ttg/01-2099-qd-ttg"
    findings = check_graph(tripwires)
    assert _found(findings) == {
        ("weaker_target", f"{ct}/1", f"{qd}/1"),
        ("later_deadline", f"{ct}/2", f"{qd}/2"),
        ("later_deadline", f"{ct}/6", f"{qd}/1"),
        ("actor_not_allowed", f"{ct}/3", f"{qd}/3"),
        ("cycle", ct, ""),
        ("stale_basis", ct, "qh/1-2098-qh99"),
    }
    [cycle] = [f for f in findings if f.kind == "cycle"]
    assert cycle.details["nodes"] == f"{ct} ubnd-thu-nghiem/02-qd-ubnd-2099" and cycle.severity == "error"
    [actor] = [f for f in findings if f.kind == "actor_not_allowed"]
    assert "Sở Thông tin và Truyền thông" in actor.message and "Văn phòng Ủy ban nhân dân tỉnh" in actor.message


def test_missing_references_are_reported_with_a_suggestion(tmp_path):
    root = tmp_path / "directives"
    shutil.copytree(TRIPWIRES, root)
    shutil.copy(FIXTURES / "dangling.yaml", root / "thu-nghiem" / "03-kh-ubnd-2099.yaml")
    catalogue, problems = load_leniently(root)
    assert [p for p in problems if p.severity == "error"]  # validate rejects it; the graph still shows why
    findings = [f for f in check_graph(build_graph(catalogue)) if f.kind == "missing_reference"]
    assert {(f.subject, f.related) for f in findings} == {
        ("ubnd-thu-nghiem/03-kh-ubnd-2099", "ttg/01-2099-qd-ttx"),
        ("ubnd-thu-nghiem/03-kh-ubnd-2099/1", "ttg/01-2099-qd-ttg/9"),
    }
    assert any("ý bạn là 'ttg/01-2099-qd-ttg'" in f.message for f in findings)


# ---- exports and the picture -----------------------------------------------------------------------


def test_node_link_json_loads_back_into_networkx(graph):
    data = json.loads(export(graph, "json"))
    try:
        back = nx.node_link_graph(data, edges="links")  # networkx >= 3.4
    except TypeError:
        back = nx.node_link_graph(data)  # networkx 3.2, 3.3
    assert back.is_multigraph() and back.is_directed()
    assert back.number_of_nodes() == graph.g.number_of_nodes()
    assert back.number_of_edges() == graph.g.number_of_edges()
    assert back.nodes[QD28]["label"] == "QĐ 28/2018/QĐ-TTg"


def test_graphml_reads_back_with_scalar_attributes(graph, tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_text(graphml(graph.g), encoding="utf-8")
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == graph.g.number_of_nodes()
    assert back.number_of_edges() == graph.g.number_of_edges()
    assert back.nodes[NA]["province"] == "Nghệ An" and back.nodes[NA]["encoded"] is True
    for _, data in graph.g.nodes(data=True):
        assert all(isinstance(v, (str, int, bool)) for v in data.values())


def test_document_neighbourhood_export(graph):
    data = json.loads(export(graph, "json", "8705/UBND-CN"))
    ids = {n["id"] for n in data["nodes"]}
    assert {NA, f"{NA}/2.g1", f"{QD28}/19.2", QD28} <= ids and HG not in ids
    assert node_link(graph.g)["links"][0].keys() >= {"source", "target", "key", "type", "basis"}


def test_mermaid_has_every_document_and_parses_as_a_flowchart(graph, catalogue):
    text = export(graph, "mermaid")
    assert text.startswith("flowchart BT\n")
    for document in catalogue.documents.values():
        assert f'["{short_label(document)}<br/>' in text, document.id
    assert "-.->" in text and "-->" in text  # inferred and stated relations look different


def test_mermaid_escapes_what_it_would_read_as_syntax():
    from obligations.graph.picture import Picture, PictureNode

    picture = Picture("t", "documents")
    picture.nodes.append(PictureNode("end", ['say "hi" #1 <b> & co'], "national"))
    line = to_mermaid(picture).splitlines()[1]
    assert line == '  d_end["say #quot;hi#quot; #35;1 #lt;b#gt; #amp; co"]'


def test_dot_text_names_every_document_without_graphviz(graph, catalogue):
    text = export(graph, "dot")
    assert text.startswith("digraph obligations {") and 'fontname="DejaVu Sans"' in text
    for document in catalogue.documents.values():
        assert short_label(document) in text, document.id
    assert "style=dashed" in text and "style=solid" in text


def _dot() -> str:
    found = shutil.which("dot")
    assert found, "Graphviz's dot is missing: run scripts/system-packages (scripts/test runs it)"
    return found


@pytest.mark.parametrize("document", [None, "QD 28/2018"])
def test_dot_accepts_the_export(graph, document):
    picture = build_picture(graph, document)
    result = subprocess.run([_dot(), "-Tsvg"], input=to_dot(picture).encode(), capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert b"</svg>" in result.stdout and b"Warning" not in result.stderr
