"""Issue 17: each class of bad input found by the bad-input run, reproduced on the shipped data, now
refused with one clear message naming the file, the place and the fix; nothing half-written.

The property-based tests (test_bad_input_properties.py) generate many more cases of each kind.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest
from cli_helpers import run as invoke

from obligations.catalogue import guards
from obligations.catalogue.load import check, default_root
from obligations.evaluation.agencies import Head, Registry, RegistryError, load_registries
from obligations.evaluation.evaluate import sample_dir
from obligations.evaluation.facts import FactError, read_facts
from obligations.letters import LetterError, Templates, compose, load_senders, read_findings, write
from obligations.i18n import use
from obligations.letters.output import page_of

SHIPPED = default_root()
SAMPLE = sample_dir()
NGHE_AN = SAMPLE / "agencies" / "nghe-an.yaml"
KHANH_HOA_FACTS = SAMPLE / "facts" / "khanh-hoa.csv"


def errors_of(problems, file=None):
    found = [p for p in problems if p.severity == "error"]
    if file is not None:
        assert found and all(p.file.endswith(Path(file).name) for p in found), "\n".join(map(str, found))
    return found


# --- directives ----------------------------------------------------------------------------------


@pytest.fixture
def directives(tmp_path) -> Path:
    root = tmp_path / "directives"
    shutil.copytree(SHIPPED, root)
    with use("en"):  # these tests assert the English wording; test_i18n_catalogue_messages.py the Vietnamese
        yield root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def validate_errors(root: Path) -> list:
    catalogue, problems = check(root)
    return [p for p in problems if p.severity == "error"]


def only(problems, text):
    found = [p for p in problems if text in p.message]
    assert found, "\n".join(map(str, problems))
    return found[0]


def test_a_yaml_alias_bomb_is_refused_before_it_expands(directives):
    bomb = ["lol0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    bomb += [f"lol{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 9)]
    path = directives / "nghe-an" / "8705-ubnd-cn-2019.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n".join(bomb) + "\n", encoding="utf-8")
    problem = only(validate_errors(directives), "anchors and aliases")
    assert problem.file.endswith("8705-ubnd-cn-2019.yaml") and problem.line > 400 and "in full" in problem.hint


def test_yaml_nested_10000_deep_is_refused_at_its_line(directives):
    path = directives / "nghe-an" / "8705-ubnd-cn-2019.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "deep: " + "[" * 10000 + "]" * 10000 + "\n", encoding="utf-8")
    problem = only(validate_errors(directives), "nested more than 64 levels")
    assert problem.line == len(path.read_text(encoding="utf-8").splitlines())


def test_an_unclosed_quote_is_reported_where_it_opens(directives):
    path = directives / "nghe-an" / "8705-ubnd-cn-2019.yaml"
    edit(path, "province: Nghệ An", 'province: "Nghệ An')
    line = next(i for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if '"Nghệ An' in text)
    problem = only(validate_errors(directives), "runs on to line")
    assert problem.line == line and "close the quote" in problem.hint


def test_a_nul_byte_is_reported_at_its_line_and_column(directives):
    path = directives / "nghe-an" / "8705-ubnd-cn-2019.yaml"
    edit(path, "province: Nghệ An", "province: Nghệ\x00An")
    problem = only(validate_errors(directives), "U+0000")
    line = next(t for t in path.read_text().splitlines() if "\x00" in t)
    assert "position" not in problem.message and f"column {line.index(chr(0)) + 1}" in problem.message
    assert problem.line == path.read_text().splitlines().index(line) + 1


def test_a_huge_number_in_yaml_is_refused_not_a_python_limit(directives):
    path = directives / "nghe-an" / "8705-ubnd-cn-2019.yaml"
    edit(path, "province: Nghệ An", "province: " + "9" * 5000)
    problem = only(validate_errors(directives), "a number of 5000 digits")
    assert "sys." not in problem.message


def test_a_source_text_that_is_not_utf8_is_an_error(directives):
    source = directives / "sources" / "nghe-an-8705-ubnd-cn-2019.txt"
    source.write_bytes(unicodedata.normalize("NFD", source.read_text(encoding="utf-8")).encode("cp1258", "replace"))
    problem = only(validate_errors(directives), "is not UTF-8")
    assert problem.file.endswith("8705-ubnd-cn-2019.yaml") and problem.field == "document.provenance.source"


def test_a_missing_source_is_an_error_and_says_so_once(directives):
    (directives / "sources" / "nghe-an-8705-ubnd-cn-2019.txt").unlink()
    problems = validate_errors(directives)
    assert len([p for p in problems if "source file not found" in p.message]) == 1


@pytest.mark.parametrize("old, new, message", [
    ("{kind: before_date, date: 2018-12-31,", "{kind: before_date, date: 0001-01-01,", "0001-01-01 is outside the dates"),
    ("{kind: before_date, date: 2018-12-31,", "{kind: before_date, date: 1900-01-01,", "outside the dates"),
    ("{kind: recurring, every: quarter, phrase: hàng quý}", '{kind: recurring, every: quarter, from: "0000", '
     "phrase: hàng quý}", "'0000' is not a period: there is no year 0"),
    ("{kind: recurring, every: quarter, phrase: hàng quý}", '{kind: recurring, every: quarter, from: "2020", '
     'until: "2019", phrase: hàng quý}', "'until' (2019) ends before 'from' (2020) begins"),
    ("in_force_from: 2018-09-06", "in_force_from: 2018-09-06\n    in_force_until: 2018-01-01",
     "in_force_until (2018-01-01) is before in_force_from (2018-09-06)"),
])
def test_calendar_edges_in_a_directive(directives, old, new, message):
    edit(directives / "national" / "28-2018-qd-ttg.yaml", old, new)
    problem = only(validate_errors(directives), message)
    assert problem.file.endswith("28-2018-qd-ttg.yaml") and problem.line


def test_an_unknown_is_a_and_a_cycle_of_classes(directives):
    actors = directives / "catalogue" / "actors.yaml"
    edit(actors, "is_a: [co-quan-nha-nuoc]", "is_a: [co-quan-nha-nuoc, so-tai-chinhh]")
    edit(actors, "    aliases: [CQNN, cơ quan nhà nước]",
         "    aliases: [CQNN, cơ quan nhà nước]\n    is_a: [co-quan-hanh-chinh-nha-nuoc]")
    problems = validate_errors(directives)
    unknown = only(problems, "unknown actor 'so-tai-chinhh'")
    assert unknown.field.endswith("is_a[1]") and "so-tai-chinh" in unknown.hint
    assert "co-quan-nha-nuoc → co-quan-hanh-chinh-nha-nuoc → co-quan-nha-nuoc" in only(problems, "cycle").message


def test_a_cycle_of_implements(directives):
    path = directives / "national" / "28-2018-qd-ttg.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index('  - key: "19.1.d"')
    end = text.index("\n  - key:", start + 5)
    block = text[start:end].replace(
        "implements: []", "implements:\n      - {obligation: ubnd-hau-giang/44-kh-ubnd-2019/muc-tieu.g1, basis: inferred}")
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")
    problem = only(validate_errors(directives), "a cycle of 'implements'")
    assert "muc-tieu.g1 → ttg/28-2018-qd-ttg/19.1.d → ubnd-hau-giang" in problem.message


def test_whitespace_only_required_text_is_refused(directives):
    path = directives / "nghe-an" / "8705-ubnd-cn-2019.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.strip() == "responsible:") + 1
    assert lines[number].strip().startswith("title:")
    lines[number] = lines[number].split("title:")[0] + 'title: "   "'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = only(validate_errors(directives), "only white space")
    assert problem.field == "obligations[0].responsible.title" and problem.line == number + 1


def test_whitespace_only_title_is_refused_in_a_registry(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(NGHE_AN.read_text(encoding="utf-8").replace(
        "      - {title: Chủ tịch UBND tỉnh Nghệ An}", '      - {title: "  \u00a0 "}', 1), encoding="utf-8")
    with pytest.raises(RegistryError) as refused:
        load_registries([path], {a: None for a in _actors()})
    problem = errors_of(refused.value.problems, path)[0]
    assert problem.field == "agencies[0].heads[0].title" and "chỉ có khoảng trắng" in problem.message


# --- registries ----------------------------------------------------------------------------------


def _actors():
    from obligations import load_catalogue
    return load_catalogue().actors


@pytest.fixture
def registries_and_facts_in_english():
    """The registry and facts tests below assert the English wording, the translation of the Vietnamese
    messages (tests/test_facts_vi.py asserts those)."""
    from obligations import i18n
    with i18n.use("en"):
        yield


def registry_problems(tmp_path, old, new):
    path = tmp_path / "registry.yaml"
    text = NGHE_AN.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RegistryError) as refused:
        load_registries([path], _actors())
    return errors_of(refused.value.problems, path)


@pytest.mark.parametrize("old, new, field, message", [
    ("    kind: van-phong-ubnd-tinh\n    parent: na-ubnd-tinh", "    kind: van-phong-ubnd-tinh\n    parent: "
     "na-van-phong-ubnd-tinh", "agencies[1].parent", "is its own parent"),
    ("    kind: ubnd-tinh\n", "    kind: ubnd-tinh\n    parent: na-van-phong-ubnd-tinh\n", "agencies[0].parent",
     "a cycle of parents: na-ubnd-tinh → na-van-phong-ubnd-tinh → na-ubnd-tinh"),
    ("    kind: ubnd-tinh\n", "    kind: ubnd-tinh\n    existed: {from: 2020-01-01, until: 2010-01-01}\n",
     "agencies[0].existed", "'until' (2010-01-01) is before 'from' (2020-01-01)"),
    ("      - {title: Chủ tịch UBND tỉnh Nghệ An}", "      - {title: Chủ tịch, from: 2020-01-01, until: 2019-01-01}",
     "agencies[0].heads[0]", "the term ends (2019-01-01) before it starts (2020-01-01)"),
    ("      - {title: Chủ tịch UBND tỉnh Nghệ An}", "      - {title: Chủ tịch, name: A, from: 2015-01-01}\n"
     "      - {title: Chủ tịch, name: B, from: 2016-01-01, until: 2020-01-01}", "agencies[0].heads[1]",
     "two heads in office on the same day"),
    ("  - id: na-van-phong-ubnd-tinh", "  - id: na-ubnd-tinh", "agencies[1].id",
     "agency id 'na-ubnd-tinh' appears twice (first at line 29)"),
    ("      - {title: Chủ tịch UBND tỉnh Nghệ An}", "      - {title: Chủ tịch, from: 9999-12-31}",
     "agencies[0].heads[0].from", "outside the dates"),
])
@pytest.mark.usefixtures("registries_and_facts_in_english")
def test_registry_silent_accepts_are_refused(tmp_path, old, new, field, message):
    problems = registry_problems(tmp_path, old, new)
    found = [p for p in problems if p.field == field and message in p.message]
    assert found and found[0].line, "\n".join(map(str, problems))


def test_a_hand_built_registry_with_a_cycle_does_not_hang():
    from obligations.evaluation.agencies import Agency
    a = Agency(id="a", name="A", kind="so", parent="b")
    b = Agency(id="b", name="B", kind="so", parent="a")
    assert [x.id for x in Registry({"a": a, "b": b}).descendants("a")] == ["b"]


def test_overlapping_terms_are_told_apart_from_consecutive_ones():
    first = Head(title="Giám đốc", since=dt.date(2015, 1, 1), until=dt.date(2016, 12, 31))
    assert first.overlaps(Head(title="Giám đốc", since=dt.date(2016, 12, 31)))
    assert not first.overlaps(Head(title="Giám đốc", since=dt.date(2017, 1, 1)))
    assert not first.overlaps(Head(title="Giám đốc"))  # an undated title is the fallback, not a term


# --- facts ---------------------------------------------------------------------------------------

HEADER = "type,agency,metric,obligation,period,value,date,reported,source,note\n"
ROW = "value,kh-so-noi-vu,ty-le-vbdt-hoan-toan-noi-bo,,2014,0.66,,2015-01-12,Báo cáo 02/BC-STTTT,\n"


@pytest.fixture(scope="module")
def inputs():
    from obligations import load_catalogue
    catalogue = load_catalogue()
    return catalogue, load_registries([SAMPLE / "agencies"], catalogue.actors)


def fact_problems(inputs, path: Path) -> list:
    with pytest.raises(FactError) as refused:
        read_facts([path], *inputs)
    return errors_of(refused.value.problems, path)


@pytest.mark.parametrize("name, content, line, message", [
    ("comma.csv", HEADER + ROW.replace("0.66", "0,72"), 2, "row 2 has 11 cells but the header has 10 columns"),
    ("big-cell.csv", HEADER + ROW.replace("Báo cáo", "x" * 200_000), 2, "a cell longer than the CSV reader allows"),
    ("cell.csv", HEADER + ROW.replace("Báo cáo", "x" * 20_000), 2, "a cell of 19 KB"),
    ("one-line.csv", "a," * 600_000, 1, "line 1 is longer than 1024 KB"),
    ("two-values.csv", HEADER.replace("note", "value") + ROW, 1, "two columns mean 'value': columns 6 and 10"),
    ("before.csv", HEADER + ROW.replace("2015-01-12", "2013-06-01"), 2, "before its period 2014 began"),
    ("far.csv", HEADER + ROW.replace("2015-01-12", "9999-12-20"), 2, "outside the dates"),
    ("nul.csv", HEADER + ROW.replace("Báo cáo", "Báo\x00cáo"), 2, "control character (U+0000)"),
    ("deep.json", "[" * 100_000 + "]" * 100_000, 1, "nested more than 64 levels deep"),
    ("digits.json", '[{"type": "value", "value": ' + "9" * 5000 + "}]", 1, "more than 30 digits"),
    ("overflow.json", '[{"type": "value",\n "value": 1e400}]', 2, "the number 1e400 is too large"),
    ("nan.json", '[{"type": "value", "value": NaN}]', None, "NaN is not a number JSON allows"),
    ("duplicate.json", '[{"type": "value", "value": 0.5, "value": 0.9}]', None, "the key 'value' appears twice"),
    ("surrogate.json", '[{"type": "value", "source": "\\ud800"}]', None, "a lone surrogate"),
    ("province.json", '[{"type": "attestation", "agency": "kh-so-noi-vu", "obligation": '
     '"ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a", "period": "2014", "value": "yes"}]', 1,
     "is a duty of Bắc Giang's text, but kh-so-noi-vu is an agency of Khánh Hòa"),
])
@pytest.mark.usefixtures("registries_and_facts_in_english")
def test_facts_readers_refuse_with_file_and_place(inputs, tmp_path, name, content, line, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    problems = fact_problems(inputs, path)
    found = [p for p in problems if message in p.message]
    assert found, "\n".join(map(str, problems))
    assert found[0].line == line and "Traceback" not in found[0].message
    assert not any("no facts" in p.message for p in problems)  # the refused row is not "no rows at all"


@pytest.mark.usefixtures("registries_and_facts_in_english")
def test_the_decimal_comma_row_names_the_likely_cause(inputs, tmp_path):
    path = tmp_path / "comma.csv"
    path.write_text(HEADER + ROW.replace("0.66", "0,72"), encoding="utf-8")
    problem = fact_problems(inputs, path)[0]
    assert "unquoted decimal comma" in problem.hint and "nothing of this row was read" in problem.hint
    path.write_text(HEADER + ROW.replace("0.66", '"0,72"'), encoding="utf-8")  # quoted, as Excel writes it
    assert read_facts([path], *inputs)[0].value == 72.0


def _workbook(tmp_path: Path, name: str, rows: int = 200) -> Path:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["type", "agency", "metric", "period", "value", "reported"])
    for _ in range(rows):
        sheet.append(["value", "kh-so-noi-vu", "ty-le-vbdt-hoan-toan-noi-bo", "2014", 0.5, "2015-01-12"])
    path = tmp_path / name
    book.save(path)
    return path


def _rewrite_sheet(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        for item in original.namelist():
            data = original.read(item)
            out.writestr(item, change(data) if item == "xl/worksheets/sheet1.xml" else data)
    return target


@pytest.mark.usefixtures("registries_and_facts_in_english")
def test_a_truncated_sheet_is_refused_while_its_rows_are_read(inputs, tmp_path):
    good = _workbook(tmp_path, "good.xlsx")
    assert len(read_facts([good], *inputs)) == 200
    broken = _rewrite_sheet(good, tmp_path / "truncated.xlsx", lambda data: data[: len(data) // 2])
    problem = fact_problems(inputs, broken)[0]
    assert "the workbook is damaged after row" in problem.message and "save it again" in problem.hint


@pytest.mark.usefixtures("registries_and_facts_in_english")
def test_an_xml_entity_bomb_in_a_workbook_is_refused(inputs, tmp_path):
    good = _workbook(tmp_path, "good.xlsx", rows=2)
    entities = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">{entities}]>'.encode()
    broken = _rewrite_sheet(good, tmp_path / "bomb.xlsx", lambda data: bomb + data[data.index(b"<worksheet"):])
    problem = fact_problems(inputs, broken)[0]
    assert "workbook" in problem.message


# --- templates -----------------------------------------------------------------------------------


@pytest.fixture
def letters_in_english():
    """The letters' problems asserted in English: the translation of the Vietnamese staff see by default
    (the wording before issue 18's sweep)."""
    from obligations.i18n import use
    with use("en"):
        yield


@pytest.fixture(scope="module")
def letter(inputs):
    from obligations import evaluate
    catalogue, registry = inputs
    from obligations.evaluation.evaluate import load_sample
    registry, facts = load_sample(catalogue)
    result = evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), province="Khánh Hòa")
    return next(m for m in compose(result.to_dict(), load_senders()) if m.kind == "reminder")


@pytest.mark.parametrize("body, message", [
    ("{{ 'x'|date_line }}", "the filter 'date_line' takes a date"),
    ("{{ 5|caps }}", "the filter 'caps' takes a text, not 5"),
    ("{{ none|join }}", "an empty value (none) where a list is needed"),
    ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "calls or includes itself without end"),
    ("{% include 'user/reminder' %}", "calls or includes itself without end"),
    ("{{ 2**100000000 }}", "2 ** 100000000: more than a letter needs"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "ran more than"),
    ("{{ lipsum(10**6) }}", "'lipsum' is undefined"),
    ("{{ 'x'*10**9 }}", "repeating a text 1,000,000,000 times"),
    ("{{ 'x'|center(10**10) }}", "the filter 'center' with 10,000,000,000"),
    ("{{ 'x'|indent(10**9) }}", "the filter 'indent' with 1,000,000,000"),
    ("{{ 'x'.ljust(10**9) }}", "ljust() with that number"),
    ("{{ '{:>999999999}'.format('x') }}", "a width in a format"),
    ("{% set ns = namespace(x='0123456789') %}{% for i in range(60) %}{% set ns.x = ns.x ~ ns.x %}{% endfor %}"
     "{{ ns.x }}", "joining these texts with ~"),
    ("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}", "the text of this part of the letter"),
])
@pytest.mark.usefixtures("letters_in_english")
def test_hostile_templates_are_refused_in_bounded_time(letter, tmp_path, monkeypatch, body, message):
    from obligations.letters import templates
    monkeypatch.setattr(templates, "SECONDS", 1.0)
    path = tmp_path / "mine.md.j2"
    path.write_text("{% block body %}" + body + "{% endblock %}", encoding="utf-8")
    with pytest.raises(LetterError) as refused:
        page_of(letter, Templates({"reminder": path}))
    problem = refused.value.problems[0]
    assert message in problem.message and problem.file == str(path), str(problem)


def test_a_block_the_letter_does_not_have_is_refused(tmp_path):
    path = tmp_path / "mine.md.j2"
    path.write_text("{% block symbol %}X{% endblock %}\n{% block bodyy %}Y{% endblock %}", encoding="utf-8")
    with pytest.raises(LetterError) as refused:
        Templates({"reminder": path})
    problem = refused.value.problems[0]
    assert problem.line == 2 and "'bodyy'" in problem.message and "ý bạn là 'body'?" in problem.hint


def test_control_characters_never_reach_a_word_file(letter, tmp_path):
    path = tmp_path / "mine.md.j2"
    path.write_text("{% block body %}a\x1bb{% endblock %}", encoding="utf-8")
    with pytest.raises(LetterError) as refused:
        Templates({"reminder": path})
    assert refused.value.problems[0].line == 1 and "U+001B" in refused.value.problems[0].message
    path.write_text("{% block body %}{{ 'a\\x0bb' }}{% endblock %}", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(LetterError) as refused:
        write([letter], out, ["docx"], Templates({"reminder": path}))
    assert refused.value.problems[0].field == "body" and "U+000B" in refused.value.problems[0].message
    assert not out.exists()


def test_a_control_character_in_the_senders_file_is_refused_at_its_line(tmp_path):
    path = tmp_path / "senders.yaml"
    text = (SAMPLE / "senders.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("code: STTTT", 'code: "ST\\eTTT"', 1), encoding="utf-8")
    with pytest.raises(LetterError) as refused:
        load_senders(path)
    problem = refused.value.problems[0]
    assert problem.file == str(path) and problem.line and "U+001B" in problem.message


def test_a_whitespace_only_sender_code_is_refused(tmp_path):
    path = tmp_path / "senders.yaml"
    text = (SAMPLE / "senders.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("code: STTTT", 'code: "  "', 1), encoding="utf-8")
    with pytest.raises(LetterError) as refused:
        load_senders(path)
    assert refused.value.problems[0].field.endswith(".code") and "chỉ có khoảng trắng" in refused.value.problems[0].message


# --- findings files ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def findings_text():
    result = invoke("evaluate", "--province", "Nghệ An", "--as-of", "2020-01-20", "--format", "json")
    return result.output


def mutated_findings(tmp_path: Path, findings_text: str, change) -> Path:
    data = json.loads(findings_text)
    data["findings"] = data["findings"][:30]  # enough to mutate, quick to read
    change(data)
    path = tmp_path / "findings.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("change, field, message", [
    (lambda d: d.update(as_of="2015-02-30"), "as_of", "'2015-02-30' is not a date"),
    (lambda d: d.update(as_of="9999-12-31"), "as_of", "outside the dates"),
    (lambda d: d.update(period="2014-Q5"), "period", "'2014-Q5' is not a period"),
    (lambda d: d["findings"][1].update(as_of="bogus"), "findings[1].as_of", "'bogus' is not a date"),
    (lambda d: next(f for f in d["findings"] if f["deadline"])["deadline"].update(date="2014-13-01"),
     ".deadline.date", "'2014-13-01' is not a date"),
    (lambda d: d["findings"][0]["agency"].update(name="Sở\x0bX"), "findings[0].agency.name", "U+000B"),
    (lambda d: d["findings"][0].update(actual={"x": json.loads("[" * 80 + "]" * 80)}), "", "nested more than 64"),
])
@pytest.mark.usefixtures("letters_in_english")
def test_findings_fields_are_checked_beyond_their_type(tmp_path, findings_text, change, field, message):
    path = mutated_findings(tmp_path, findings_text, change)
    with pytest.raises(LetterError) as refused:
        read_findings(path)
    problem = refused.value.problems[0]
    assert problem.file == str(path) and field in problem.field and message in problem.message, str(problem)


@pytest.mark.parametrize("change, field, message, hint", [
    (lambda d: d.update(as_of="2015-02-30"), "as_of", "'2015-02-30' không phải là ngày",
     "ghi ngày như lệnh evaluate: YYYY-MM-DD"),
    (lambda d: d["findings"][1].update(as_of="bogus"), "findings[1].as_of", "'bogus' không phải là ngày",
     "ghi ngày như lệnh evaluate: YYYY-MM-DD"),
    (lambda d: d["findings"][0].pop("obligation_id"), "findings[0].obligation_id", "",
     "hãy đưa vào tệp kết quả của lệnh 'obligations evaluate --format json' (cấu trúc tệp: "
     "'obligations schema --findings')"),
])
def test_findings_problems_are_told_in_vietnamese(tmp_path, findings_text, change, field, message, hint):
    from obligations.i18n import use
    path = mutated_findings(tmp_path, findings_text, change)
    with use("vi"), pytest.raises(LetterError) as refused:
        read_findings(path)
    problem = refused.value.problems[0]
    assert (problem.file, problem.field) == (str(path), field) and message in problem.message, str(problem)
    assert problem.hint == hint
    assert read_findings(mutated_findings(tmp_path, findings_text, lambda d: d.update(as_of="2020-01-20")))
    with use("vi"):
        for wrong, message in ((tmp_path / "none.json", "không có tệp này"), (tmp_path, "đây là thư mục, không phải tệp")):
            with pytest.raises(LetterError) as refused:
                read_findings(wrong)
            assert (refused.value.problems[0].file, refused.value.problems[0].message) == (str(wrong), message)


def test_a_lone_surrogate_in_findings(tmp_path, findings_text):
    path = tmp_path / "findings.json"
    path.write_text(findings_text.replace('"Nghệ An"', '"\\ud800Nghệ An"', 1), encoding="utf-8")
    with pytest.raises(LetterError) as refused:
        read_findings(path)
    assert "ký tự thay thế lẻ (U+D800)" in refused.value.problems[0].message  # Vietnamese, the default


def test_an_unknown_province_is_named_at_its_finding_not_against_the_senders(tmp_path, findings_text):
    path = mutated_findings(tmp_path, findings_text, lambda d: d["findings"][2]["agency"].update(province="Hà Nội"))
    result = invoke("--lang", "en", "letters", "--findings", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and f"{path}: findings[2].agency.province: no sender for province 'Hà Nội'" in result.output
    assert not (tmp_path / "out").exists()
    result = invoke("letters", "--findings", str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and f"{path}: findings[2].agency.province: không có cơ quan gửi cho tỉnh 'Hà Nội' " \
        "trong " in result.output and "'Khánh Hòa'" in result.output.split("(ý bạn là ")[1]
    assert not (tmp_path / "out").exists()


# --- command line --------------------------------------------------------------------------------


@pytest.mark.parametrize("args, message", [
    (["evaluate", "--as-of", "9999-12-31"], "Giá trị không hợp lệ cho '--as-of': 31/12/9999 nằm ngoài khoảng ngày"),
    (["letters", "--as-of", "9999-12-20"], "Giá trị không hợp lệ cho '--as-of': 20/12/9999 nằm ngoài khoảng ngày"),
    (["agencies", "--as-of", "0001-01-01"], "Giá trị không hợp lệ cho '--as-of': 01/01/0001 nằm ngoài khoảng ngày"),
    (["evaluate", "--as-of", "2015-01-15", "--period", "0000"], "--period: '0000' không phải là một kỳ: không có năm 0"),
    (["evaluate", "--as-of", "2015-01-15", "--agency", ""], "--agency: để trống"),
    (["letters", "--as-of", "2015-01-15", "--agency", " "], "--agency: để trống"),
    (["letters", "--as-of", "2015-01-15", "--date", "2015-01-10"],
     "--date: ngày văn bản 10/01/2015 trước ngày của kết quả đánh giá 15/01/2015"),
    (["letters", "--as-of", "2015-01-15", "--reply-by", "2015-01-10"],
     "--reply-by: 10/01/2015 không sau ngày văn bản 15/01/2015"),
])
def test_arguments_are_refused_naming_the_option(tmp_path, args, message):
    out = tmp_path / "out"
    result = invoke(*args, *(["--out", str(out)] if args[0] == "letters" else []))
    assert result.exit_code in (1, 2) and message in result.output, result.output
    assert not out.exists()


def test_output_paths_that_cannot_be_written(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    result = invoke("graph", "export", "-o", str(tmp_path / "missing" / "graph.json"))
    assert result.exit_code == 2 and f"thư mục {tmp_path / 'missing'} không có" in result.output
    result = invoke("graph", "render", "--out", str(a_file / "pictures"))
    assert result.exit_code == 2 and f"{a_file} là một tệp, không phải thư mục" in result.output
    result = invoke("--lang", "en", "letters", "--as-of", "2015-01-15", "--province", "Nghệ An", "--out",
                    str(a_file / "letters"))
    assert result.exit_code == 1 and f"{a_file} is a file, not a folder" in result.output  # English on request
    assert a_file.read_text() == "x"


# --- nothing lost --------------------------------------------------------------------------------


def test_a_word_failure_mid_run_leaves_the_folder_as_it_was(tmp_path, letter, monkeypatch):
    from obligations.letters import output, word
    out = tmp_path / "out"
    (out / "khanh-hoa").mkdir(parents=True)
    (out / "khanh-hoa" / "kept.docx").write_bytes(b"a clerk's letter")
    made = [letter, letter]  # the second Word file fails
    calls = {"n": 0}
    real = word.document_bytes

    def failing(page):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(page)

    monkeypatch.setattr(output.word, "document_bytes", failing)
    with pytest.raises(LetterError) as refused:
        write(made, out, ["docx", "pdf"] if output.pdf.soffice() else ["docx", "md"], overwrite=True)
    assert "No space left on device" in str(refused.value) or "could not be written" in str(refused.value)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["khanh-hoa", "khanh-hoa/kept.docx"]
    assert not list(tmp_path.glob(".obligations-staging-*"))


def test_pdf_without_libreoffice_writes_nothing(tmp_path, letter, monkeypatch):
    from obligations.letters import output
    monkeypatch.setattr(output.pdf, "soffice", lambda: None)
    out = tmp_path / "out"
    with pytest.raises(LetterError) as refused:
        write([letter], out, ["docx", "pdf"])
    assert "LibreOffice" in str(refused.value) and not out.exists()


def test_a_successful_run_moves_every_file_into_place(tmp_path, letter):
    out = tmp_path / "out"
    paths = write([letter], out, ["md", "html"])
    assert sorted(p.relative_to(out).as_posix() for p in paths) == sorted(
        [f"{letter.path}.md", f"{letter.path}.html", "danh-sach-thu.csv", f"{letter.folder}/ghi-chu-truoc-khi-ky.md"])
    assert all(p.is_file() for p in paths) and not list(tmp_path.glob(".obligations-staging-*"))


def test_guards_write_atomically_and_keep_the_old_file_on_failure(tmp_path):
    target = tmp_path / "graph.json"
    guards.write_atomically(target, "{}")
    assert target.read_text() == "{}"
    with pytest.raises(guards.Refused):
        guards.write_atomically(tmp_path / "nope" / "x.json", "{}")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]


def test_the_last_day_of_the_window_evaluates(tmp_path):
    """Periods the tool derives itself may pass the window (the instance after 31/12/2199 is 2200):
    only given dates and periods are held to it."""
    from obligations.catalogue.model import Deadline
    monthly = Deadline(kind="recurring", every="month", phrase="hàng tháng")
    assert monthly.occurrences(dt.date(2199, 11, 1), dt.date(2199, 12, 31)) == [dt.date(2199, 11, 30),
                                                                                 dt.date(2199, 12, 31)]
    result = invoke("evaluate", "--as-of", "2199-12-31", "--agency", "na-so-noi-vu", "--summary", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output)["as_of"] == "2199-12-31"
    assert invoke("evaluate", "--as-of", "2200-01-01").exit_code == 2


@pytest.mark.usefixtures("letters_in_english")
def test_user_templates_share_a_time_budget_across_the_letters_of_a_run(letter, tmp_path, monkeypatch):
    from obligations.letters import templates
    monkeypatch.setattr(templates, "SECONDS", 2.0)
    monkeypatch.setattr(templates, "RUN_SECONDS", 3.0)
    path = tmp_path / "mine.md.j2"
    path.write_text("{% block body %}{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
                    "{% endfor %}{% endblock %}", encoding="utf-8")
    mine = Templates({"reminder": path})
    mine._spent = 2.5  # as if earlier letters of the run had used most of it
    with pytest.raises(LetterError) as refused:
        page_of(letter, mine)
    assert "more than 3 s over the letters of this run" in refused.value.problems[0].message
