"""Broken directive files give one clear message per problem: file, line, field, what, and a fix."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from obligations.catalogue.load import default_root, validate
from obligations.cli import main
from obligations.i18n import use

from catalogue_helpers import errors_of, one_problem

SHIPPED = default_root()


@pytest.fixture(autouse=True)
def english():
    """These tests assert the English wording (the translation of the Vietnamese messages);
    test_i18n_catalogue_messages.py asserts the Vietnamese default."""
    with use("en"):
        yield


_errors, _one = errors_of, one_problem


def test_scratch_folder_is_clean(scratch):
    assert _errors(scratch) == []


def test_wrong_field_and_enum(scratch, broken):
    path = broken("wrong_field.yaml")
    problems = _errors(scratch, path)
    typo = _one(problems, "obligations[0].modallity", "unknown field 'modallity'")
    assert typo.line == 16 and "did you mean 'modality'" in typo.hint
    assert typo.file.endswith("broken/wrong_field.yaml")
    comparator = _one(problems, "obligations[0].targets[0].comparator", "'atleast' is not one of")
    assert comparator.line == 24 and "'at_least'" in comparator.hint


def test_unknown_metric_and_actor_suggest_the_nearest(scratch, broken):
    problems = _errors(scratch, broken("unknown_metric.yaml"))
    metric = _one(problems, "obligations[0].targets[0].metric", "unknown metric 'ty-le-van-ban-dien-tu-hoan-toan'")
    assert metric.line == 23 and "ty-le-vbdt-hoan-toan" in metric.hint
    actor = _one(problems, "obligations[0].actors[0]", "unknown actor 'so-thong-tin-truyen-thong'")
    assert actor.line == 14 and "so-thong-tin-va-truyen-thong" in actor.hint


def test_bad_dates_periods_and_ratios(scratch, broken):
    path = broken("bad_date.yaml")
    problems = _errors(scratch, path)
    date = _one(problems, "document.validity.in_force_from", "is not a date")
    assert date.line == 12 and "YYYY-MM-DD" in date.hint
    period = _one(problems, "obligations[0].targets[0].period", "wrong form")
    assert period.line == 29 and "2013-Q4" in period.hint
    # Once the file's shape is right, the cross checks run: fix the two shape errors and look again.
    text = path.read_text(encoding="utf-8").replace("2013-02-30", "2013-07-31").replace('"năm 2015"', '"2015"')
    path.write_text(text, encoding="utf-8")
    problems = _errors(scratch, path)
    before = _one(problems, "obligations[0].deadline", "before the document's own date")
    assert before.line == 24 and "precedes_document" in before.hint
    # 0.7 for a percent metric is read as 70%, as the facts files read it, and a note says so.
    assert not [p for p in problems if p.field == "obligations[0].targets[0].value"]
    notes = [p for p in validate(scratch, [path]) if p.severity == "note"]
    ratio = _one(notes, "obligations[0].targets[0].value", "0,7 is read as 70%")
    assert ratio.line == 28 and "0,7%" in ratio.hint


def test_duplicate_ids(scratch, broken):
    shutil.copytree(SHIPPED / "khanh-hoa", scratch / "khanh-hoa")
    path = broken("duplicate_id.yaml")
    problems = _errors(scratch, path)
    key = _one(problems, "obligations[1].key", "duplicate obligation id")
    assert key.line == 22
    # Checked on its own against the folder, the file is the one told that its id is taken, even
    # though its name sorts before the file already there.
    taken = _one(problems, "document.id", "duplicate document id 'ubnd-khanh-hoa/12-ct-ubnd-2013'")
    assert taken.file.endswith("broken/duplicate_id.yaml") and "khanh-hoa/12-ct-ubnd-2013.yaml" in taken.hint
    # The same document in two files: reported on the second one read, whose duties are then ignored
    # (not merged into the first).
    everywhere = _errors(scratch)
    dup = _one(everywhere, "document.id", "duplicate document id 'ubnd-khanh-hoa/12-ct-ubnd-2013'")
    assert dup.file.endswith("khanh-hoa/12-ct-ubnd-2013.yaml") and "broken/duplicate_id.yaml" in dup.hint
    assert not [p for p in everywhere if p.file.endswith("khanh-hoa/12-ct-ubnd-2013.yaml") and p is not dup]


def test_missing_and_wrong_quotes(scratch, broken):
    problems = _errors(scratch, broken("missing_quote.yaml"))
    missing = _one(problems, "obligations[0].quotes", "missing quote")
    assert missing.line == 13  # the obligation's first line: it has no quotes field
    wrong = _one(problems, "obligations[1].quotes[0]", "quote not found in sources/khanh-hoa-12-ct-ubnd-2013.txt")
    assert wrong.line == 30 and "copy the passage exactly" in wrong.hint


def test_yaml_syntax_error_has_a_line(scratch, broken):
    problems = _errors(scratch, broken("yaml_syntax.yaml"))
    assert len(problems) == 1
    assert problems[0].line == 5 and "YAML syntax error" in problems[0].message


def test_all_errors_of_a_run_are_reported_together(scratch, broken):
    for name in ("wrong_field.yaml", "unknown_metric.yaml", "missing_quote.yaml", "yaml_syntax.yaml"):
        broken(name)
    files = {p.file.rsplit("/", 1)[-1] for p in _errors(scratch)}
    assert files == {"wrong_field.yaml", "unknown_metric.yaml", "missing_quote.yaml", "yaml_syntax.yaml"}


def test_cli_validate_prints_messages_not_tracebacks(scratch, broken):
    broken("unknown_metric.yaml")
    broken("yaml_syntax.yaml")
    result = CliRunner().invoke(main, ["--lang", "en", "--directives", str(scratch), "validate"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "broken/unknown_metric.yaml:23: obligations[0].targets[0].metric: unknown metric" in result.output
    assert "broken/yaml_syntax.yaml:5:" in result.output
    assert "3 error(s)." in result.output
    # Other commands refuse to answer from a broken folder, with the same messages and no traceback.
    result = CliRunner().invoke(main, ["--lang", "en", "--directives", str(scratch), "documents"])
    assert result.exit_code == 1 and "unknown metric" in result.output and "Traceback" not in result.output


def test_cli_validate_json(scratch, broken):
    broken("unknown_metric.yaml")
    result = CliRunner().invoke(main, ["--lang", "en", "--directives", str(scratch), "validate", "--format", "json"])
    import json
    report = json.loads(result.output)
    assert report["ok"] is False
    assert {"file", "line", "field", "message", "hint", "severity"} <= set(report["problems"][0])


def test_a_broken_entry_in_a_list_file_does_not_hide_the_others(scratch):
    referenced = scratch / "referenced.yaml"
    text = referenced.read_text(encoding="utf-8")
    # An unquoted comma inside a flow mapping splits the note into a bogus field.
    text = text.replace("provenance: {kind: reference_only, note: \"Cited among the bases of Quảng Ngãi 1486/QĐ-UBND.\"}",
                        "provenance: {kind: reference_only, note: Cited by Quảng Ngãi, among its bases.}", 1)
    referenced.write_text(text, encoding="utf-8")
    problems = _errors(scratch)
    in_file = [p for p in problems if p.file.endswith("referenced.yaml")]
    assert len(in_file) == 1 and "comma" in in_file[0].hint
    # Only references to that one entry fail; the other 30-odd referenced documents still load.
    others = [p for p in problems if p not in in_file]
    assert others and all("ttg/1755-qd-ttg-2010" in p.message for p in others)


def test_not_a_directives_folder(tmp_path):
    problems = validate(tmp_path)
    assert problems and "not a directives folder" in problems[0].message


def test_national_quotes_are_noted_not_passed_when_their_sources_are_missing(monkeypatch, tmp_path):
    monkeypatch.setenv("OBLIGATIONS_SHARED_DIR", str(tmp_path / "nowhere"))
    problems = validate()
    assert [p for p in problems if p.severity == "error"] == []
    notes = [p for p in problems if p.severity == "note"]
    assert {n.file for n in notes} == {"directives/national/28-2018-qd-ttg.yaml",
                                        "directives/national/1950-ttg-kgvx-2013.yaml"}
    assert all("not checked" in n.message and "is not a folder" in n.message for n in notes)
