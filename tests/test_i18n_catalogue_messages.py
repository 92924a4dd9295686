"""The problems found in directive files are told in Vietnamese by default (issue 18's gap): the place
(file, line, field) and the fix are kept, field names, ids and YAML keys stay as typed; English is the
translation (the other validation tests assert it in English)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from obligations.catalogue.coverage import Uncovered
from obligations.catalogue.load import default_root, validate
from obligations.catalogue.model import Deadline, DocumentDate, Target
from obligations.catalogue.periods import given_period, parse_period
from obligations.cli import main
from obligations.i18n import use

from catalogue_helpers import errors_of, one_problem

SHIPPED = default_root()


@pytest.fixture(autouse=True)
def vietnamese_default(monkeypatch):
    """No language chosen and no English locale: the default, Vietnamese."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    with use(None):
        yield


_errors, _one = errors_of, one_problem


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def directives(tmp_path) -> Path:
    root = tmp_path / "directives"
    shutil.copytree(SHIPPED, root)
    return root


def test_an_unknown_field_and_a_wrong_choice(scratch, broken):
    problems = _errors(scratch, broken("wrong_field.yaml"))
    typo = _one(problems, "obligations[0].modallity", "không có trường 'modallity'")
    assert typo.line == 16 and typo.hint == "ý bạn là 'modality'?"
    missing = _one(problems, "obligations[0].modality", "thiếu trường bắt buộc")
    assert missing.hint == "thêm 'modality'"
    choice = _one(problems, "obligations[0].targets[0].comparator", "'atleast' không thuộc các giá trị")
    assert "'below' hoặc 'equals'" in choice.message and "'at_least'" in choice.hint
    # the same problem in English is the old text
    with use("en"):
        english = _errors(scratch, scratch / "broken" / "wrong_field.yaml")
    assert _one(english, "obligations[0].modallity", "unknown field 'modallity'").hint == "did you mean 'modality'?"


def test_unknown_references_name_the_id_and_the_nearest(scratch, broken):
    problems = _errors(scratch, broken("unknown_metric.yaml"))
    metric = _one(problems, "obligations[0].targets[0].metric",
                  "không có chỉ số 'ty-le-van-ban-dien-tu-hoan-toan'")
    assert metric.line == 23 and metric.hint.startswith("ý bạn là")
    _one(problems, "obligations[0].actors[0]", "không có chủ thể 'so-thong-tin-truyen-thong'")


def test_dates_periods_and_values(scratch, broken):
    path = broken("bad_date.yaml")
    problems = _errors(scratch, path)
    date = _one(problems, "document.validity.in_force_from", "không phải là ngày")
    assert date.hint == "viết ngày theo dạng YYYY-MM-DD, ví dụ 2013-07-31"
    period = _one(problems, "obligations[0].targets[0].period", "sai dạng")
    assert period.hint.startswith("viết một năm (2014), nửa năm (2014-H1, 2014-H2), một quý (2013-Q4)")
    text = path.read_text(encoding="utf-8").replace("2013-02-30", "2013-07-31").replace('"năm 2015"', '"2015"')
    path.write_text(text, encoding="utf-8")  # the shape right, the cross checks run
    problems = _errors(scratch, path)
    before = _one(problems, "obligations[0].deadline", "trước ngày ban hành của chính văn bản")
    assert "precedes_document: true" in before.hint
    notes = [p for p in validate(scratch, [path]) if p.severity == "note"]
    ratio = _one(notes, "obligations[0].targets[0].value", "0,7 được hiểu là 70%")
    assert ratio.line == 28 and ratio.hint == "phần trăm viết như văn bản viết: 70 hoặc 70%; nếu đúng là 0,7%, hãy viết 0,7%"


def test_duplicate_ids_say_how_to_number_them(scratch, broken):
    problems = _errors(scratch, broken("duplicate_id.yaml"))
    key = _one(problems, "obligations[1].key", "id nghĩa vụ 'ubnd-khanh-hoa/12-ct-ubnd-2013/")
    assert key.line == 22 and "bị trùng" in key.message and "-2, -3" in key.hint


def test_quotes_missing_or_not_in_the_source(scratch, broken):
    problems = _errors(scratch, broken("missing_quote.yaml"))
    missing = _one(problems, "obligations[0].quotes", "thiếu trích dẫn")
    assert "đoạn văn" in missing.hint
    wrong = _one(problems, "obligations[1].quotes[0]",
                 "không tìm thấy trích dẫn trong sources/khanh-hoa-12-ct-ubnd-2013.txt")
    assert wrong.hint.startswith("chép đúng nguyên văn")


def test_a_yaml_syntax_error_keeps_its_line(scratch, broken):
    problems = _errors(scratch, broken("yaml_syntax.yaml"))
    assert problems and all(p.line for p in problems)
    assert problems[0].message.startswith("lỗi cú pháp YAML: ") and "thụt lề" in problems[0].hint


def test_what_a_data_file_may_not_hold(directives):
    path = directives / "nghe-an" / "8705-ubnd-cn-2019.yaml"
    _edit(path, "province: Nghệ An", "province: " + "9" * 5000)
    problem = next(p for p in _errors(directives) if "chữ số" in p.message)
    assert problem.message == "một số có 5000 chữ số"
    assert problem.hint == "không số liệu nào cần quá 30 chữ số; đặt trong ngoặc kép nếu đó là văn bản"


def test_a_source_text_missing_or_not_utf8(directives):
    source = directives / "sources" / "nghe-an-8705-ubnd-cn-2019.txt"
    source.write_bytes(unicodedata.normalize("NFD", source.read_text(encoding="utf-8")).encode("cp1258", "replace"))
    problem = next(p for p in _errors(directives) if p.field == "document.provenance.source")
    assert "không phải UTF-8" in problem.message and problem.message.endswith("lưu lại với bảng mã UTF-8")
    source.unlink()
    problems = [p for p in _errors(directives) if "không tìm thấy tệp nguồn" in p.message]
    assert len(problems) == 1 and problems[0].hint.startswith("đặt văn bản trong directives/sources/")


def test_a_cycle_of_classes_and_an_unknown_class(directives):
    actors = directives / "catalogue" / "actors.yaml"
    _edit(actors, "is_a: [co-quan-nha-nuoc]", "is_a: [co-quan-nha-nuoc, so-tai-chinhh]")
    _edit(actors, "    aliases: [CQNN, cơ quan nhà nước]",
          "    aliases: [CQNN, cơ quan nhà nước]\n    is_a: [co-quan-hanh-chinh-nha-nuoc]")
    problems = _errors(directives)
    unknown = next(p for p in problems if "không có chủ thể 'so-tai-chinhh'" in p.message)
    assert unknown.field.endswith("is_a[1]") and "so-tai-chinh" in unknown.hint
    cycle = next(p for p in problems if p.message.startswith("vòng lặp giữa các lớp: "))
    assert "co-quan-nha-nuoc → co-quan-hanh-chinh-nha-nuoc → co-quan-nha-nuoc" in cycle.message
    assert cycle.hint.endswith("bỏ một liên kết")


def test_the_calendar_in_a_directive(directives):
    _edit(directives / "national" / "28-2018-qd-ttg.yaml", "in_force_from: 2018-09-06",
          "in_force_from: 2018-09-06\n    in_force_until: 2018-01-01")
    problem = next(p for p in _errors(directives) if "in_force_until" in p.message)
    assert problem.message == "in_force_until (2018-01-01) sớm hơn in_force_from (2018-09-06)" and problem.line


def test_not_a_directives_folder(tmp_path):
    problem = _errors(tmp_path)[0]
    assert problem.message == "không phải thư mục văn bản chỉ đạo: không có thư mục con catalogue/"
    assert problem.hint == "chỉ tới thư mục chứa catalogue/actors.yaml và catalogue/metrics.yaml"


def test_the_models_own_rules():
    with pytest.raises(ValidationError) as refused:
        Deadline.model_validate({"kind": "by_date", "phrase": "trước ngày 31/12"})
    assert "thời hạn loại 'by_date' cần có date" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        Deadline.model_validate({"kind": "relative", "phrase": "sau khi"})
    assert "cần có anchor và rule" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        DocumentDate.model_validate({"exact": "2014-01-02", "on_or_after": "2014-01-01"})
    assert "không ghi cả hai" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        Target.model_validate({"metric": "x", "comparator": "at_least", "value": 80, "modality": "must"})
    assert "chỉ tiêu cần 'period'" in str(refused.value)
    with use("en"), pytest.raises(ValidationError) as refused:
        Deadline.model_validate({"kind": "by_date", "phrase": "trước ngày 31/12"})
    assert "a deadline of kind 'by_date' needs date" in str(refused.value)


def test_periods():
    with pytest.raises(ValueError, match="'2014-Q5' không phải là một kỳ: viết một năm"):
        parse_period("2014-Q5")
    with pytest.raises(ValueError, match="không có năm 0"):
        parse_period("0000")
    with pytest.raises(ValueError, match="khoảng năm kết thúc trước khi bắt đầu"):
        parse_period("2015..2013")
    with pytest.raises(ValueError, match="'2300': năm nằm ngoài khoảng năm mà công cụ làm việc"):
        given_period("2300")
    assert given_period("2199").end.year == 2199  # the last year of the window is accepted


def test_coverage_names_the_uncovered_line():
    assert str(Uncovered("sources/a.txt", 12, "Giao Sở Nội vụ")) == \
        'sources/a.txt:12: không nghĩa vụ nào trích dẫn "Giao Sở Nội vụ"'


def test_the_command_line_speaks_vietnamese(scratch, broken):
    broken("unknown_metric.yaml")
    result = CliRunner().invoke(main, ["--directives", str(scratch), "validate"], env={"LANG": "vi_VN.UTF-8"})
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "broken/unknown_metric.yaml:23: obligations[0].targets[0].metric: không có chỉ số" in result.output
    assert "lỗi." in result.output
    assert "unknown metric" not in result.output and "did you mean" not in result.output
