"""The issue 12 fields of the model: a file can say them, and says them wrong with a clear message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from obligations.catalogue.load import check
from obligations.catalogue.model import ClauseKind, Deadline, DeadlineKind, Metric, Obligation
from obligations.i18n import use

FIXTURES = Path(__file__).parent / "fixtures" / "capabilities"


@pytest.fixture(autouse=True)
def english():
    """These tests assert the English wording (the translation of the Vietnamese messages);
    test_i18n_catalogue_messages.py asserts the Vietnamese default."""
    with use("en"):
        yield


def _place(scratch: Path, name: str, edit=None) -> Path:
    target = scratch / "capabilities" / name
    target.parent.mkdir(exist_ok=True)
    text = (FIXTURES / name).read_text(encoding="utf-8")
    target.write_text(edit(text) if edit else text, encoding="utf-8")
    return target


def _line(path: Path, text: str) -> int:
    """The line number (1-based) of the first line of the file that contains the text."""
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def _errors(scratch, path):
    catalogue, problems = check(scratch, [path])
    return catalogue, [p for p in problems if p.severity == "error"]


def _one(problems, field, text):
    found = [p for p in problems if p.field == field and text in p.message]
    assert found, f"no problem on {field} containing {text!r} in:\n" + "\n".join(map(str, problems))
    return found[0]


def test_the_fixture_with_every_new_field_is_clean(scratch):
    path = _place(scratch, "bac-giang.yaml")
    catalogue, errors = _errors(scratch, path)
    assert errors == []
    ob = catalogue.obligations["ubnd-bac-giang/ct-so-chua-ro-vbdt/1.c.g1"]
    assert ob.targets[0].if_agency[0].attribute == "co-thu-tuc-hanh-chinh-cong"
    assert ob.targets[1].if_agency[0].attribute == "co-bo-phan-mot-cua-dien-tu"
    a = catalogue.obligations["ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a"]
    assert [t.modality for t in a.targets] == ["strive", "strive"] and a.modality == "must"
    assert [t.deadline.phrase for t in a.targets] == ["Phấn đấu năm 2014", "đến hết năm 2015"]
    assert catalogue.documents[a.document_id].horizon.last_day.isoformat() == "2015-12-31"
    assert catalogue.obligations["ubnd-bac-giang/ct-so-chua-ro-vbdt/3.a"].deadline.kind == "once"
    assert catalogue.attributes["co-bo-phan-mot-cua-dien-tu"].name == "Có bộ phận Một cửa điện tử"
    assert catalogue.metrics["ty-le-vbdt-hoan-toan"].ratio_of.denominator == "so-vb-gui-di"
    assert catalogue.metrics["ty-le-vb-co-ban-giay"].complement_of == "ty-le-vbdt-hoan-toan"


def test_unknown_attribute_names_the_line_and_the_catalogue(scratch):
    path = _place(scratch, "bac-giang.yaml", lambda t: t.replace("attribute: co-thu-tuc-hanh-chinh-cong",
                                                                  "attribute: co-thu-tuc-hanh-chinh"))
    _, errors = _errors(scratch, path)
    problem = _one(errors, "obligations[1].targets[0].if_agency[0].attribute", "unknown agency attribute")
    assert problem.line == _line(path, "attribute: co-thu-tuc-hanh-chinh,") and "co-thu-tuc-hanh-chinh-cong" in problem.hint


def test_condition_quote_is_checked_against_the_source(scratch):
    path = _place(scratch, "bac-giang.yaml", lambda t: t.replace("quote: bộ phận Một cửa điện tử}",
                                                                  "quote: bộ phận một cửa hiện đại}"))
    _, errors = _errors(scratch, path)
    _one(errors, "obligations[1].targets[1].if_agency[0].quote", "condition quote not found")


def test_support_role_needs_a_lead_and_lead_needs_support(scratch):
    path = _place(scratch, "bac-giang.yaml", lambda t: t.replace(
        "    cite_as: điểm a khoản 3\n", "    cite_as: điểm a khoản 3\n    role: support\n"))
    _, errors = _errors(scratch, path)
    problem = _one(errors, "obligations[2]", "name the leading body")
    assert problem.line == _line(path, 'key: "3.a"')


def test_until_on_a_one_off_deadline_is_refused():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="falls due once"):
        Deadline(kind=DeadlineKind.by_date, date="2019-06-30", phrase="x", until="2020")
    with pytest.raises(ValidationError, match="inferred 'until' needs a 'note'"):
        Deadline(kind=DeadlineKind.recurring, every="quarter", phrase="x", until="2020-Q4", until_basis="inferred")
    assert Deadline(kind="once", note="no date").due is None
    start = Deadline(kind="from_date", date="2019-01-01", phrase="áp dụng chính thức kể từ ngày")
    assert start.due is None  # a start, not a due date


def test_derived_metric_shape_and_references(scratch):
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="ratio_of or complement_of, not both"):
        Metric(id="x", name="x", unit="percent", definition="x", ratio_of={"numerator": "a", "denominator": "b"},
               complement_of="y")
    metrics = scratch / "catalogue" / "metrics.yaml"
    metrics.write_text(metrics.read_text(encoding="utf-8").replace(
        "denominator: so-vb-gui-di}", "denominator: ty-le-vbdt-kem-giay}", 1), encoding="utf-8")
    _, problems = check(scratch)
    problem = _one(problems, "metrics[0].ratio_of.denominator", "is a percent metric")
    assert "count" in problem.hint and problem.file.endswith("catalogue/metrics.yaml")


def test_consequence_cannot_start_before_the_document(scratch):
    path = _place(scratch, "bac-giang.yaml")
    text = path.read_text(encoding="utf-8") + '''
  - key: "2.c"
    clause: "2.c"
    actors: [co-quan-nha-nuoc]
    responsible: {title: Thủ trưởng cơ quan, source: text}
    modality: must
    action: {vi: Chịu trách nhiệm trước Chủ tịch UBND tỉnh về tình hình triển khai Chỉ thị tại đơn vị mình, en: x}
    quotes: [Chịu trách nhiệm trước Chủ tịch UBND tỉnh về tình hình triển khai Chỉ thị tại đơn vị mình]
    consequences:
      - when: {all: [{metric: ty-le-vbdt-hoan-toan, comparator: below, value: 80}]}
        answerable: {title: Thủ trưởng cơ quan}
        accountable_to: {actor: ubnd-tinh}
        effect: {vi: chịu trách nhiệm, en: answers}
        quote: Chịu trách nhiệm trước Chủ tịch UBND tỉnh
        measured_over: year
        from: 2013-01-01
'''
    path.write_text(text, encoding="utf-8")
    _, errors = _errors(scratch, path)
    problem = _one(errors, "obligations[4].consequences[0].from", "before the document's date")
    assert "periods that began before" in problem.hint


def test_kind_defaults_and_may_is_not_a_duty():
    import pytest
    from pydantic import ValidationError

    base = dict(id="a/b/1", document_id="a/b", key="1", actors=["so"],
                responsible={"title": "x", "source": "taxonomy"}, action={"vi": "x", "en": "x"})
    assert Obligation(**base, modality="may").clause_kind == ClauseKind.right
    assert Obligation(**base, modality="must").is_duty
    assert not Obligation(**base, modality="must", kind="definition").is_duty
    with pytest.raises(ValidationError, match="'may' is a right"):
        Obligation(**base, modality="may", kind="duty")


def test_floors_on_shares_of_one_whole_cannot_exceed_100(scratch):
    """Quảng Ngãi II.2 splits the documents sent into fully electronic, mixed and paper only."""
    path = _place(scratch, "bac-giang.yaml")
    shares = '''
  - key: "3.a-2"
    clause: "3.a"
    actors: [so]
    responsible: {title: Giám đốc Sở, source: taxonomy}
    modality: must
    action: {vi: "Rà soát, tham mưu cho UBND tỉnh ban hành các văn bản, quy định", en: x}
    quotes: ["Rà soát, tham mưu cho UBND tỉnh ban hành các văn bản, quy định"]
    targets:
      - {metric: ty-le-vbdt-hoan-toan, comparator: at_least, value: 80, period: "2015"}
      - {metric: ty-le-vbdt-kem-giay, comparator: at_least, value: 30, period: "2015"}
'''
    path.write_text(path.read_text(encoding="utf-8") + shares, encoding="utf-8")
    _, errors = _errors(scratch, path)
    problem = _one(errors, "obligations[4].targets[1].value", "shares of one whole (so-vb-gui-di) for 2015 add up to 110%")
    assert "add up to 100" in problem.hint
    path.write_text(path.read_text(encoding="utf-8").replace("value: 30, period", "value: 20, period"), encoding="utf-8")
    assert _errors(scratch, path)[1] == []  # 80 + 20: Quảng Ngãi b.3
