"""Encoding a new directive (issue 16): new, validate FILE, the metric did-you-mean, and test cases as
data — the shipped cases of every encoded document run here with the real engine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from obligations.catalogue.errors import nearest_metrics
from obligations.catalogue.load import default_root, directive_files, validate
from obligations.evaluation.cases import CasesError, case_files, run_cases

from catalogue_helpers import errors_of, one_problem
from cli_helpers import run

SHIPPED = default_root()


# ---- the shipped cases ------------------------------------------------------------------------


def _case_file_of(catalogue, document_id: str) -> Path:
    return catalogue.root.parent / Path(catalogue.files[document_id]).with_suffix(".cases.yaml")


def test_every_encoded_document_ships_with_cases(catalogue):
    """Derived from the catalogue: a document added without cases fails here, by name."""
    missing = [d.id for d in catalogue.encoded_documents() if not _case_file_of(catalogue, d.id).is_file()]
    assert missing == []


@pytest.mark.parametrize("path", case_files([SHIPPED]), ids=lambda p: p.relative_to(SHIPPED).as_posix())
def test_shipped_cases_pass_with_the_real_engine(catalogue, path):
    results = run_cases([path], catalogue)
    failed = [(r.name, [(o.label, o.expected, o.got) for o in r.outcomes if not o.passed]) for r in results
              if not r.passed]
    assert results and failed == []
    # Each file covers both sides: a duty done or a target met, and one not (or not yet, or not bound).
    said = " ".join(o.got for r in results for o in r.outcomes)
    assert any(s in said for s in ("(met)", "(met_late)", "(attested)", "(triggered)"))
    assert any(s in said for s in ("(unmet)", "(no_data)", "(strive_missed)", "(not_attested)", "(pending)"))


def test_the_cases_cover_each_document_they_name(catalogue):
    """Every shipped case file expects at least one status for a duty of its own document."""
    for document in catalogue.encoded_documents():
        results = run_cases([_case_file_of(catalogue, document.id)], catalogue, engine="reference")
        assert sum(len(r.outcomes) for r in results) >= 4, document.id


def test_a_wrong_expectation_fails_and_says_what_differed(tmp_path):
    path = tmp_path / "khanh-hoa.cases.yaml"
    text = (SHIPPED / "khanh-hoa" / "12-ct-ubnd-2013.cases.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("check: t0, status: unmet,", "check: t0, status: met,"), encoding="utf-8")
    result = run("test", str(path))
    assert result.exit_code == 1
    out = result.output
    assert "SAI  Tỷ lệ gộp từ số bản là 68,75%" in out
    assert "mong đợi (dòng 41): Đạt (met), người chịu trách nhiệm: Giám đốc Sở Thông tin và Truyền thông" in out
    assert "kết quả: Chưa đạt (unmet), kỳ 2015, người chịu trách nhiệm: Giám đốc Sở Thông tin và Truyền thông" in out
    assert "Tổng: 9 ca đạt, 1 ca sai, 1 tệp." in out
    english = run("--lang", "en", "test", str(path))
    assert "FAIL" in english.output and "expected (line 41): Đạt (met)" not in english.output
    assert "expected (line 41): Met (met)" in english.output


def test_a_wrong_head_fails_the_case(tmp_path):
    path = tmp_path / "bac-giang.cases.yaml"
    text = (SHIPPED / "bac-giang" / "ct-so-chua-ro-vbdt.cases.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace(
        "status: strive_missed, head: Chủ tịch UBND thành phố Bắc Giang}",
        "status: strive_missed, head: Chủ tịch UBND phường Hoàng Văn Thụ}", 1), encoding="utf-8")
    result = run("test", str(path))
    assert result.exit_code == 1 and "người chịu trách nhiệm: Chủ tịch UBND thành phố Bắc Giang" in result.output


def test_bad_case_files_get_one_clear_message_each_and_nothing_runs(tmp_path):
    path = tmp_path / "sai.cases.yaml"
    path.write_text(
        "document: 12/CT-UBND\n"
        "registry: sample:khanh-hoa\n"
        "cases:\n"
        "  - name: Sai\n"
        "    as_of: 2016-02-01\n"
        "    facts:\n"
        "      - {type: value, agency: kh-so-tt-tt, metric: ty-le-vbdt-hoan-toan, period: '2015', value: 180}\n"
        "    expect:\n"
        "      - {obligation: 12/CT-UBND 9.z, agency: kh-so-khong-co, status: dat}\n"
        "      - {obligation: 12/CT-UBND 2.g, agency: kh-so-tt-tt, status: gan-dat}\n", encoding="utf-8")
    result = run("test", str(path))
    assert result.exit_code == 2 and "chưa chạy ca nào" in result.output
    out = result.output
    assert f"{path}:7: cases[0].facts[0].value: 180 nằm ngoài khoảng 0%-100%" in out
    assert f"{path}:9: cases[0].expect[0].obligation: 12/CT-UBND không có điều khoản '9.z'" in out
    assert f"{path}:9: cases[0].expect[0].agency: không có cơ quan 'kh-so-khong-co'" in out
    assert f"{path}:10: cases[0].expect[1].status: trạng thái 'gan-dat' không có" in out
    assert "trạng thái 'dat'" not in out  # "dat" is đạt, accents optional: a status
    path.write_text("cases:\n  - name: Thiếu\n    as_of: 2016-02-01\n    expect: []\n", encoding="utf-8")
    result = run("test", str(path))
    assert result.exit_code == 2 and f"{path}:4: cases[0].expect" in result.output
    path.write_text("registry: sample:khong-co\ncases:\n  - {name: x, as_of: 2016-02-01, "
                    "expect: [{obligation: 12/CT-UBND 2.g, agency: x, status: met}]}\n", encoding="utf-8")
    result = run("test", str(path))
    assert result.exit_code == 2 and "không có danh sách cơ quan 'sample:khong-co'" in result.output
    assert "khanh-hoa" in result.output  # the sample registries are listed


def test_a_ratio_in_a_case_is_read_as_a_percentage_and_said(catalogue, tmp_path):
    path = tmp_path / "ty-le.cases.yaml"
    path.write_text(
        "registry: sample:bac-giang\n"
        "cases:\n"
        "  - name: 0.82 là 82%\n"
        "    as_of: 2015-01-15\n"
        "    facts:\n"
        "      - {type: value, agency: bg-so-tu-phap, metric: ty-le-vbdt-hoan-toan, period: '2014', value: 0.82}\n"
        "    expect:\n"
        "      - {obligation: ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a, agency: bg-so-tu-phap, period: '2014', status: met}\n",
        encoding="utf-8")
    [result] = run_cases([path], catalogue)
    assert result.passed
    [note] = result.notes
    assert (note.line, note.severity, note.message) == (6, "note", "0,82 được hiểu là 82%")


def test_case_files_are_not_read_as_directives(tmp_path):
    root = tmp_path / "directives"
    shutil.copytree(SHIPPED, root)
    (root / "khanh-hoa" / "cases").mkdir()
    shutil.copy(root / "khanh-hoa" / "12-ct-ubnd-2013.cases.yaml", root / "khanh-hoa" / "cases" / "them.yaml")
    assert not [p for p in directive_files(root) if p.name.endswith(".cases.yaml") or "cases" in p.parts]
    assert errors_of(root) == []
    assert len(case_files([root])) == len(case_files([SHIPPED])) + 1


# ---- obligations new and validate FILE --------------------------------------------------------


def test_new_scaffolds_a_file_that_never_validates_unchanged(tmp_path):
    root = tmp_path / "directives"
    shutil.copytree(SHIPPED, root)
    text = tmp_path / "chi-thi.txt"
    text.write_text("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nCHỈ THỊ\nVề việc ...\n", encoding="utf-8")
    result = run("--directives", str(root), "new", "--number", "21/CT-UBND", "--date", "15/10/2014",
                 "--province", "Khánh Hòa", "--text", str(text))
    assert result.exit_code == 0, result.output
    made = root / "khanh-hoa" / "21-ct-ubnd-2014.yaml"
    assert made.is_file() and "ubnd-khanh-hoa/21-ct-ubnd-2014" in result.output
    assert (root / "sources" / "khanh-hoa-21-ct-ubnd-2014.txt").read_text(encoding="utf-8") == text.read_text("utf-8")
    body = made.read_text(encoding="utf-8")
    assert "kind: chi_thi" in body and "date: 2014-10-15" in body and "source: sources/khanh-hoa-21-ct-ubnd-2014.txt" in body
    problems = errors_of(root, made)
    blanks = [p for p in problems if p.message.startswith("chưa điền")]
    assert {p.field for p in blanks} >= {"document.title", "document.provenance.kind", "obligations[0].key",
                                         "obligations[0].actors[0]", "obligations[0].quotes[0]", "obligations[0].modality"}
    assert all(p.line and p.file.endswith("khanh-hoa/21-ct-ubnd-2014.yaml") for p in blanks)
    # the whole catalogue refuses to load while the blanks are there: validate exits 1
    assert run("--directives", str(root), "validate", str(made)).exit_code == 1
    # the same number again: refused, nothing overwritten
    again = run("--directives", str(root), "new", "--number", "21/CT-UBND", "--date", "15/10/2014",
                "--province", "Khánh Hòa")
    assert again.exit_code == 2 and "đã có; không ghi đè" in again.output and made.read_text(encoding="utf-8") == body


@pytest.mark.parametrize("args,message", [
    (["--number", "12/CT-UBND", "--date", "31/07/2013", "--province", "Khánh Hòa"],
     "văn bản 'ubnd-khanh-hoa/12-ct-ubnd-2013' đã có trong directives/khanh-hoa/12-ct-ubnd-2013.yaml"),
    (["--number", "5/XYZ", "--date", "2014-01-01", "--province", "Khánh Hòa"], "nêu --kind"),
    (["--kind", "nghị quyết lạ", "--province", "Khánh Hòa"], "không rõ loại văn bản"),
    (["--number", "5/CT-TTg", "--date", "2014-01-01"], "nêu --province"),
    (["--number", "5/CT-UBND", "--date", "2014-01-01", "--province", "Khánh Hòa", "--text", "/nonexistent.txt"],
     "không có tệp này"),
])
def test_new_refuses_what_it_cannot_make_in_one_line(args, message):
    result = run("new", *args)
    assert result.exit_code == 2 and message in result.output and len(result.output.strip().splitlines()) == 1


def test_new_refuses_a_text_that_is_not_utf8(tmp_path):
    text = tmp_path / "cp1258.txt"
    text.write_bytes("Chỉ thị".encode("utf-16"))
    result = run("--directives", str(tmp_path / "d"), "new", "--number", "5/CT-UBND", "--province", "Khánh Hòa",
                 "--text", str(text))
    assert result.exit_code == 2  # not a directives folder: said first, nothing written
    root = tmp_path / "directives"
    shutil.copytree(SHIPPED, root)
    result = run("--directives", str(root), "new", "--number", "5/CT-UBND", "--date", "2014-01-01",
                 "--province", "Khánh Hòa", "--text", str(text))
    assert result.exit_code == 2 and "không phải văn bản UTF-8" in result.output
    assert not (root / "khanh-hoa" / "5-ct-ubnd-2014.yaml").exists()


def test_new_without_a_number_says_so_in_the_id(tmp_path):
    root = tmp_path / "directives"
    shutil.copytree(SHIPPED, root)
    result = run("--directives", str(root), "new", "--kind", "Chỉ thị", "--date", "2016-03-01", "--province", "Bắc Giang")
    assert result.exit_code == 0 and "ubnd-bac-giang/ct-so-chua-ro-2016" in result.output
    assert "symbol: null" in (root / "bac-giang" / "ct-so-chua-ro-2016.yaml").read_text(encoding="utf-8")


def test_validate_file_checks_it_against_the_catalogue_whatever_its_name(tmp_path):
    root = tmp_path / "directives"
    shutil.copytree(SHIPPED, root)
    text = (root / "khanh-hoa" / "12-ct-ubnd-2013.yaml").read_text(encoding="utf-8")
    for name in ("0-ban-sao.yaml", "_ban-sao.yaml"):  # sorts before the original; set aside with '_'
        copy = root / "khanh-hoa" / name
        copy.write_text(text, encoding="utf-8")
        result = run("--directives", str(root), "validate", str(copy))
        assert result.exit_code == 1, name
        assert f"khanh-hoa/{name}:6: document.id: id văn bản 'ubnd-khanh-hoa/12-ct-ubnd-2013' bị trùng" in result.output
        copy.unlink()
    outside = tmp_path / "ban-nhap.yaml"
    outside.write_text(text.replace("id: ubnd-khanh-hoa/12-ct-ubnd-2013", "id: ubnd-khanh-hoa/12-ct-ubnd-2013-x"),
                       encoding="utf-8")
    problems = validate(root, [outside])
    assert one_problem(problems, "", "danh mục không nạp nó").severity == "note"
    ok = run("--directives", str(root), "validate", str(root / "khanh-hoa" / "12-ct-ubnd-2013.yaml"))
    assert ok.exit_code == 0 and "văn bản ubnd-khanh-hoa/12-ct-ubnd-2013, 36 nghĩa vụ; đã đối chiếu với" in ok.output


def test_adding_a_correct_directive_breaks_no_catalogue_wide_check(tmp_path, catalogue):
    """A new province's directive, added beside the shipped ones: the folder validates, the counts
    the command line prints follow the catalogue, and its cases run."""
    root = tmp_path / "directives"
    shutil.copytree(SHIPPED, root)
    (root / "sources" / "thu-nghiem-1-ct-ubnd-2016.txt").write_text(
        "CHỈ THỊ\nVề việc thử nghiệm\n1. Sở Nội vụ ban hành quy chế lưu trữ văn bản điện tử trước ngày 31 tháng 12 "
        "năm 2016.\n", encoding="utf-8")
    (root / "khanh-hoa" / "1-ct-ubnd-2016.yaml").write_text("""
document:
  id: ubnd-khanh-hoa/1-ct-ubnd-2016
  symbol: 1/CT-UBND
  kind: chi_thi
  title: Về việc thử nghiệm
  issuer: {name: Ủy ban nhân dân tỉnh Khánh Hòa, slug: ubnd-khanh-hoa}
  province: Khánh Hòa
  level: provincial
  date: 2016-01-04
  provenance: {kind: official_text, source: sources/thu-nghiem-1-ct-ubnd-2016.txt}
obligations:
  - key: "1"
    clause: "1"
    actors: [so-noi-vu]
    responsible: {title: Giám đốc Sở Nội vụ, source: taxonomy}
    modality: must
    action: {vi: ban hành quy chế lưu trữ văn bản điện tử, en: Issue the rules on archiving e-documents.}
    quotes: [Sở Nội vụ ban hành quy chế lưu trữ văn bản điện tử trước ngày 31 tháng 12 năm 2016.]
    deadline: {kind: before_date, date: 2016-12-31, phrase: trước ngày 31 tháng 12 năm 2016}
""", encoding="utf-8")
    assert errors_of(root) == []
    result = run("--directives", str(root), "validate")
    assert f"Hợp lệ: {len(catalogue.encoded_documents()) + 1} văn bản, {len(catalogue.obligations) + 1} nghĩa vụ" \
        in result.output
    (root / "khanh-hoa" / "1-ct-ubnd-2016.cases.yaml").write_text("""
registry: sample:khanh-hoa
cases:
  - name: Trước hạn 30/12/2016
    as_of: 2016-12-01
    expect: [{obligation: ubnd-khanh-hoa/1-ct-ubnd-2016/1, agency: kh-so-noi-vu, status: pending}]
  - name: Sau hạn, chưa báo cáo
    as_of: 2017-01-05
    expect: [{obligation: ubnd-khanh-hoa/1-ct-ubnd-2016/1, agency: kh-so-noi-vu, status: chưa báo cáo}]
""", encoding="utf-8")
    tested = run("--directives", str(root), "test")
    assert tested.exit_code == 0, tested.output
    assert f"Tổng: {len(run_cases(case_files([SHIPPED]), catalogue, engine='reference')) + 2} ca đạt, 0 ca sai" \
        in tested.output
    assert "ĐẠT  Sau hạn, chưa báo cáo" in tested.output


def test_cases_refuse_to_run_when_no_file_is_found(tmp_path, catalogue):
    with pytest.raises(CasesError) as raised:
        run_cases([tmp_path], catalogue)
    assert "không có tệp ca kiểm thử nào" in str(raised.value)


# ---- the did-you-mean for metrics ---------------------------------------------------------------


@pytest.mark.parametrize("typed,metric", [
    ("ty-le-van-ban-dien-tu-hoan-toan", "ty-le-vbdt-hoan-toan"),          # the encoder's own slug
    ("ty le van ban xu ly qua han", "ty-le-vb-xu-ly-qua-han"),             # the name without accents
    ("van ban quet tu ban giay", "ty-le-vb-so-hoa-tu-giay"),               # "quét": in the name's brackets
    ("ho so khai thue nop qua mang", "ty-le-ho-so-khai-thue-qua-mang"),
    ("dich vu cong truc tuyen muc do 3", "ty-le-dvc-muc-3"),
    ("so van ban den qua han xu ly tren tong so van ban den", "ty-le-vb-xu-ly-qua-han"),  # its definition's words
    ("ty-le-vbdt-hoan-toan-noibo", "ty-le-vbdt-hoan-toan-noi-bo"),         # a typo
])
def test_an_unknown_metric_suggests_the_one_its_words_describe(catalogue, typed, metric):
    assert nearest_metrics(typed, catalogue.metrics)[0] == metric


def test_the_metric_suggestion_reaches_validate(scratch, broken):
    problems = errors_of(scratch, broken("unknown_metric.yaml"))
    metric = one_problem(problems, "obligations[0].targets[0].metric", "không có chỉ số")
    assert metric.hint.startswith("ý bạn là 'ty-le-vbdt-hoan-toan'")
    assert nearest_metrics("khong lien quan gi ca xyz", {}) == []


def test_validate_checks_a_case_file_without_running_it(tmp_path):
    shipped = SHIPPED / "hau-giang" / "2055-ubnd-ttth.cases.yaml"
    result = run("validate", str(shipped))
    assert result.exit_code == 0 and "Hợp lệ: 1 tệp ca kiểm thử; chạy chúng bằng: obligations test" in result.output
    bad = tmp_path / "sai.cases.yaml"
    bad.write_text("registry: sample:hau-giang\ncases:\n  - {name: a, as_of: 2019-01-01, expect: "
                   "[{obligation: 2055/UBND-TTTH p2, agency: hg-so-khong-co, status: met}]}\n", encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 1 and f"{bad}:3: cases[0].expect[0].agency: không có cơ quan 'hg-so-khong-co'" in result.output


# ---- the issuer an officer knows from where the text came (draft --issuer) ------------------------

_A_WARDS_PAGE = """I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025

1. Thu ngân sách trên địa bàn tăng bình quân từ 4 – 6%/năm.

2. Tỷ lệ hộ nghèo giảm xuống còn dưới 0,5% vào cuối năm 2025.

3. Đề nghị Công an tỉnh phối hợp giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn.
"""


def test_the_issuer_the_officer_gives_takes_the_duties_that_name_no_body(catalogue):
    """A ward's page on the city portal names no body for its own targets: without --issuer the drafter cannot know
    whose they are; with it, R2 binds that body, marked, and a duty that names its body keeps it."""
    from obligations.drafting import draft_text

    without = {d["clause"]: d for d in draft_text(_A_WARDS_PAGE, catalogue)["obligations"]}
    given = {d["clause"]: d for d in draft_text(_A_WARDS_PAGE, catalogue, issuer="ubnd-xa")["obligations"]}
    assert without["I.1"]["actors"] != ["ubnd-xa"]
    assert given["I.1"]["actors"] == given["I.2"]["actors"] == ["ubnd-xa"]
    assert any("--issuer ubnd-xa" in mark for mark in given["I.1"]["review"])
    assert given["I.1"]["responsible"]["title"] == catalogue.actors["ubnd-xa"].head
    assert given["I.3"]["actors"] == without["I.3"]["actors"] != ["ubnd-xa"]  # the text names its body


def test_draft_refuses_an_issuer_the_taxonomy_lacks_and_writes_nothing(tmp_path):
    text = tmp_path / "trang-phuong.txt"
    text.write_text(_A_WARDS_PAGE, encoding="utf-8")
    out, saved = tmp_path / "nhap.yaml", tmp_path / "sources" / "trang-phuong.txt"
    result = run("draft", str(text), "--issuer", "ubnd-phuong", "--out", str(out), "--save-text", str(saved))
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "--issuer" in result.output and "'ubnd-phuong'" in result.output and "actors.yaml" in result.output
    assert not out.exists() and not saved.exists()
    result = run("draft", str(text), "--issuer", "ubnd-xa", "--out", str(out))
    assert result.exit_code == 0 and "ubnd-xa" in out.read_text(encoding="utf-8")
