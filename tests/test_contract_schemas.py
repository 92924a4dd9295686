"""The findings and facts JSON Schemas: identified and versioned, every property described, dates as
dates, and the demo's real output valid against the schema as printed (checked by jsonschema, not by
the models that make the schema)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from obligations.catalogue.load import load_catalogue
from obligations.cli import main
from obligations.evaluation.evaluate import load_sample
from obligations.evaluation.facts import FactError, facts_from_records


def run(*args):
    result = CliRunner().invoke(main, list(args), env={"LANG": "C.UTF-8", "LC_ALL": ""})
    assert result.exit_code == 0, result.output
    return result.output


def _validator(option: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(run("schema", option))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _undescribed(schema: dict) -> list[str]:
    found = [f"{name}.{prop}" for name, definition in schema.get("$defs", {}).items()
             for prop, value in definition.get("properties", {}).items() if "description" not in value]
    return found + [prop for prop, value in schema.get("properties", {}).items() if "description" not in value]


@pytest.mark.parametrize("option,identity", [("--findings", "urn:obligations:schema:findings:"),
                                              ("--facts", "urn:obligations:schema:facts:")])
def test_identified_versioned_and_described(option, identity):
    schema = json.loads(run("schema", option))
    assert schema["$id"] == identity + schema["version"]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert _undescribed(schema) == []


def test_dates_units_and_the_typed_summary_in_the_findings_schema():
    schema = json.loads(run("schema", "--findings"))
    defs = schema["$defs"]
    assert schema["properties"]["as_of"]["format"] == "date"
    assert {"type": "string", "format": "date"} in defs["DeadlineView"]["properties"]["date"]["anyOf"]
    assert defs["TargetView"]["properties"]["unit"]["anyOf"][0]["enum"] == ["percent", "boolean", "count"]
    assert "80 is 80%" in defs["TargetView"]["properties"]["value"]["description"]
    assert schema["properties"]["summary"]["$ref"] == "#/$defs/Summary"
    from obligations.evaluation.findings import STATUSES
    assert set(defs["Counts"]["properties"]) == set(STATUSES)  # every status the evaluation gives, typed


def test_ratio_and_percent_documented_on_both_sides():
    facts = json.loads(run("schema", "--facts"))["$defs"]["FactRecord"]["properties"]["value"]["description"]
    findings = json.loads(run("schema", "--findings"))["$defs"]["FindingView"]["properties"]["actual"]["description"]
    assert "78 or '78%'" in facts and "(0.78) is read as 78%" in facts and "in percent (78.0)" in facts
    assert "78.0 is 78%" in findings


def test_the_demo_findings_are_valid_against_the_printed_schema():
    validator = _validator("--findings")
    data = json.loads(run("evaluate", "--as-of", "2015-01-15", "--province", "Nghệ An", "--format", "json"))
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, errors[0]
    summary = json.loads(run("evaluate", "--as-of", "2021-01-15", "--summary", "--format", "json"))
    assert not list(validator.iter_errors(summary))
    wrong = dict(data, as_of="15/01/2015")
    assert any(e.validator == "format" for e in validator.iter_errors(wrong))


def test_a_facts_file_valid_against_the_schema_is_read_and_one_that_is_not_is_refused():
    validator = _validator("--facts")
    catalogue = load_catalogue()
    registry, _facts = load_sample(catalogue)
    good = {"facts": [
        {"type": "value", "agency": "bg-so-tu-phap", "metric": "ty-le-vbdt-hoan-toan", "period": "2014",
         "value": 0.78, "reported": "2015-01-10", "source": "Báo cáo số 12/BC-STP"},
        {"type": "value", "agency": "bg-so-noi-vu", "metric": "ty-le-vbdt-hoan-toan", "period": 2014, "value": "81%"},
        {"type": "event", "agency": "bg-so-tt-tt", "obligation": "ubnd-bac-giang/ct-so-chua-ro-vbdt/3.dd-2",
         "date": "2014-12-10"},
        {"agency": "bg-so-noi-vu", "obligation": "ubnd-bac-giang/ct-so-chua-ro-vbdt/2.a", "period": "2014",
         "value": "có"},
    ]}
    assert not list(validator.iter_errors(good))
    read = facts_from_records(good["facts"], catalogue, registry)
    assert [f.value for f in read[:2]] == [78.0, 81.0]  # a ratio and a percentage: the same unit inside
    bad = {"facts": [{"type": "value", "metric": "ty-le-vbdt-hoan-toan", "period": "2014", "value": 0.7}]}
    assert jsonschema.exceptions.best_match(validator.iter_errors(bad)).message == "'agency' is a required property"
    with pytest.raises(FactError, match="agency"):
        facts_from_records(bad["facts"], catalogue, registry)
