"""Reading agency facts and registries: the three formats agree; bad input gets one clear message each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from obligations import i18n
from obligations.evaluation.agencies import RegistryError, load_registries
from obligations.evaluation.facts import FactError, read_facts

FIXTURES = Path(__file__).parent / "fixtures" / "engine"

ROWS = [
    ["type", "agency", "metric", "obligation", "period", "value", "date", "reported", "source"],
    ["value", "bg-so-tu-phap", "ty-le-vbdt-hoan-toan", "", "2014", "0.78", "", "2015-01-10", "Báo cáo 12/BC-STP"],
    ["value", "bg-so-y-te", "ty-le-vbdt-hoan-toan", "", "2014", "81,5%", "", "", ""],
    ["value", "bg-xa-a", "su-dung-phan-mem-qlvb", "", "2014", "có", "", "", ""],
    ["event", "bg-so-tt-tt", "", "ubnd-bac-giang/ct-so-chua-ro-vbdt/3.dd-2", "", "", "10/05/2014", "", ""],
    ["attestation", "bg-so-y-te", "", "ubnd-bac-giang/ct-so-chua-ro-vbdt/2.a", "2014", "yes", "", "", ""],
]


@pytest.fixture(autouse=True)
def in_english():
    """These tests assert the English wording (the translation of the Vietnamese messages, which
    tests/test_facts_vi.py asserts)."""
    with i18n.use("en"):
        yield


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([FIXTURES], catalogue.actors)


def _write_all(folder: Path, rows) -> dict[str, Path]:
    csv_path = folder / "facts.csv"
    csv_path.write_text("\n".join(",".join(f'"{c}"' if "," in c else c for c in r) for r in rows) + "\n", "utf-8")
    json_path = folder / "facts.json"
    json_path.write_text(json.dumps({"facts": [{k: v for k, v in zip(rows[0], r) if v} for r in rows[1:]]},
                                    ensure_ascii=False, indent=1), "utf-8")
    xlsx_path = folder / "facts.xlsx"
    book = Workbook()
    sheet = book.active
    # Vietnamese headers, and the ratio as a number, as a spreadsheet stores a percentage
    sheet.append(["Loại", "Cơ quan", "Chỉ tiêu", "Nhiệm vụ", "Kỳ", "Giá trị", "Ngày", "Ngày báo cáo", "Nguồn"])
    for r in rows[1:]:
        cells = list(r)
        cells[5] = 0.78 if cells[5] == "0.78" else cells[5]
        cells[4] = int(cells[4]) if cells[4].isdigit() else (cells[4] or None)
        sheet.append([c if c != "" else None for c in cells])
    book.save(xlsx_path)
    return {"csv": csv_path, "json": json_path, "xlsx": xlsx_path}


def test_csv_json_and_excel_give_the_same_facts(catalogue, registry, tmp_path):
    paths = _write_all(tmp_path, ROWS)
    read = {kind: [(f.kind, f.agency, f.metric, f.obligation, f.period, f.value, f.date, f.done, f.reported)
                   for f in read_facts([path], catalogue, registry)] for kind, path in paths.items()}
    assert read["csv"] == read["json"] == read["xlsx"]
    values = {f[1]: f[5] for f in read["csv"] if f[0] == "value"}
    assert values == {"bg-so-tu-phap": 78.0, "bg-so-y-te": 81.5, "bg-xa-a": 1.0}


def test_every_problem_is_reported_with_file_and_row(catalogue, registry, tmp_path):
    rows = ROWS[:1] + [
        ["value", "bg-so-tu-phapp", "ty-le-vbdt-hoan-toan", "", "2014", "0.5", "", "", ""],  # typo in agency
        ["value", "bg-so-y-te", "ty-le-vbdt-hoan-toann", "", "2014", "0.5", "", "", ""],  # typo in metric
        ["value", "bg-so-y-te", "ty-le-vbdt-hoan-toan", "", "2014", "180", "", "", ""],  # not a percentage
        ["value", "bg-so-y-te", "ty-le-vbdt-hoan-toan", "", "2014-Q5", "0.8", "", "", ""],  # not a period
        ["value", "bg-so-tu-phap", "ty-le-vbdt-hoan-toan", "", "2014", "0.7", "", "", ""],
        ["value", "bg-so-tu-phap", "ty-le-vbdt-hoan-toan", "", "2014", "0.9", "", "", ""],  # conflicting value
    ]
    path = _write_all(tmp_path, rows)["csv"]
    with pytest.raises(FactError) as caught:
        read_facts([path], catalogue, registry)
    text = "\n".join(map(str, caught.value.problems))
    assert "facts.csv:2: agency: unknown agency 'bg-so-tu-phapp' (did you mean 'bg-so-tu-phap'" in text
    assert "facts.csv:3: metric: unknown metric 'ty-le-vbdt-hoan-toann' (did you mean 'ty-le-vbdt-hoan-toan'" in text
    assert "facts.csv:4: value: 180 is outside 0%-100% (percentages are written as the texts write them: 78 or 78% is 78%)" in text
    assert "facts.csv:5: period: '2014-Q5' is not a period" in text  # the catalogue's period reader, in English here
    assert "facts.csv:7: value: bg-so-tu-phap ty-le-vbdt-hoan-toan 2014: 90 here but 70 at facts.csv:6" in text
    assert len(caught.value.problems) == 5


def test_registry_errors_name_file_line_and_suggestion(catalogue, tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("registry: {province: Bắc Giang}\nagencies:\n  - {id: a, name: A, kind: so-tai-chinhh}\n"
                    "  - {id: b, name: B, kind: so, parent: c}\n", "utf-8")
    with pytest.raises(RegistryError) as caught:
        load_registries([path], catalogue.actors)
    text = "\n".join(map(str, caught.value.problems))
    assert "bad.yaml:3: agencies[0].kind: unknown kind 'so-tai-chinhh'" in text and "so-tai-chinh" in text
    assert "bad.yaml:4: agencies[1].parent: unknown parent 'c'" in text
    other = tmp_path / "other.yaml"
    other.write_text("registry: {province: Bắc Giang}\nagencies:\n  - {id: x, name: X, kind: so}\n"
                     "  - {id: b, name: B2, kind: so}\n", "utf-8")
    path.write_text("registry: {province: Bắc Giang}\nagencies:\n\n  - {id: b, name: B, kind: so}\n", "utf-8")
    with pytest.raises(RegistryError) as caught:
        load_registries([path, other], catalogue.actors)
    [problem] = caught.value.problems
    assert f"other.yaml:4: agencies[1].id: agency id 'b' is also defined in {path}:4" in str(problem)


def test_a_csv_saved_by_excel_is_read_row_by_row_with_its_own_row_numbers(catalogue, registry, tmp_path):
    """Excel writes a byte-order mark and, with Vietnamese settings, semicolons; blank rows keep
    their numbers, so that a message points at the row the clerk sees."""
    path = tmp_path / "facts.csv"
    path.write_text("\ufeffLoại;Cơ quan;Chỉ tiêu;Kỳ;Giá trị\n"
                    "value;bg-so-tu-phap;ty-le-vbdt-hoan-toan;2014;78%\n"
                    ";;;;\n"
                    "value;bg-so-y-te;ty-le-vbdt-hoan-toan;2014;80\n", "utf-8")
    notes = []
    facts = read_facts([path], catalogue, registry, notes)
    assert [(f.agency, f.value, f.origin) for f in facts] == [
        ("bg-so-tu-phap", 78.0, "facts.csv:2"), ("bg-so-y-te", 80.0, "facts.csv:4")]
    assert notes == []  # 78% and 80 are written as the directive files write them: no conversion
    # A ratio, as a spreadsheet stores a share, is read as a percentage, and a note says so with its row.
    path.write_text(path.read_text("utf-8").replace(";80\n", ";0.8\n"), "utf-8")
    facts = read_facts([path], catalogue, registry, notes)
    assert [f.value for f in facts] == [78.0, 80.0]
    [note] = notes
    assert (note.line, note.field, note.severity, note.message) == (4, "value", "note", "0,8 is read as 80%")
    assert "0,8%" in note.hint


def test_unreadable_or_empty_fact_files_are_refused_with_the_fix(catalogue, registry, tmp_path):
    cases = {"latin1.csv": ("type,agency\nvalue,bg-s\xe9\n".encode("latin-1"), "not UTF-8 text", "CSV UTF-8"),
             "header.csv": (b"type,agency,metric,period,value\n", "no facts: only the header row", "one row per fact"),
             "empty.json": (b'{"facts": []}', "no facts: the list is empty", "leave the file out")}
    for name, (content, message, hint) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(FactError) as caught:
            read_facts([path], catalogue, registry)
        [problem] = caught.value.problems
        assert message in str(problem) and hint in str(problem) and str(problem).startswith(str(path))


def test_facts_name_agencies_by_registry_name_or_short_name(tmp_path):
    """Staff write the agency's name, not its id; a name that fits several is listed, not guessed."""
    from obligations.catalogue.load import load_catalogue
    from obligations.evaluation.evaluate import load_sample
    from obligations.evaluation.facts import FactError, read_facts

    catalogue = load_catalogue()
    registry, _ = load_sample(catalogue)
    path = tmp_path / "facts.csv"
    path.write_text("loại,cơ quan,chỉ tiêu,kỳ,giá trị\n"
                    "giá trị,Sở Tư pháp tỉnh Bắc Giang,ty-le-vbdt-hoan-toan,2014,78%\n"
                    "giá trị,so tu phap tinh bac giang,ty-le-vbdt-hoan-toan-noi-bo,2014,0.6\n", encoding="utf-8")
    facts = read_facts([path], catalogue, registry)
    assert [f.agency for f in facts] == ["bg-so-tu-phap", "bg-so-tu-phap"]
    path.write_text("loại,cơ quan,chỉ tiêu,kỳ,giá trị\ngiá trị,Sở Tư pháp,ty-le-vbdt-hoan-toan,2014,78%\n",
                    encoding="utf-8")
    with pytest.raises(FactError) as raised:
        read_facts([path], catalogue, registry)
    (problem,) = raised.value.problems
    assert problem.line == 2 and problem.field == "agency" and "'Sở Tư pháp' names 7 agencies" in problem.message
    assert "bg-so-tu-phap" in problem.message
