"""Issue 17, as properties: mutate every input surface (directives, registries, facts in CSV, JSON and
Excel, templates, senders, findings, command-line arguments) with hostile values and assert the
promise for every generated case: the input is read, or refused with clean messages that name the
file (or the option) and a place; never another exception, never a hang, nothing written.

Bounded: few examples per surface and a deadline per example (the whole file runs in well under a
minute); the hostile values are the ones that broke the readers before, and their neighbours.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
from cli_helpers import run as invoke
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from obligations import evaluate, load_catalogue
from obligations.catalogue.load import check, default_root
from obligations.evaluation.agencies import RegistryError, load_registries
from obligations.evaluation.evaluate import load_sample, sample_dir
from obligations.evaluation.facts import FactError, read_facts
from obligations.letters import LetterError, Templates, compose, load_senders, read_findings
from obligations.letters import templates as letter_templates
from obligations.letters.output import page_of

SAMPLE = sample_dir()
SHIPPED = default_root()
BOUNDED = dict(deadline=dt.timedelta(seconds=20), derandomize=True, database=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                      HealthCheck.data_too_large])

#: What broke a reader once, and its neighbours: empty and invisible text, control characters, YAML
#: anchors and flow syntax, deep nesting, absurd numbers and dates, wrong periods, template syntax.
HOSTILE_TEXT = [
    "", " ", "   ", "\u00a0", "\u200b", "\x00", "\x0b", "\x1b", "\x7f", "\t", "\r", "\n", "&a", "*a", "&a [x]", "!!str",
    "!!python/object:os.system", "[" * 100, "{" * 100, "]", "}", ": x", '"', "'", "-", "- x", "? x", "|", ">",
    "#", "%", "@", "`", "~", "null", "true", "yes", "no", "0000", "2014-Q5", "2014-13", "2015..2013", "0",
    "-1", "0,72", "1e400", "-1e400", "9" * 5000, "1" * 31, "NaN", "Infinity", "0x10", "9999-12-31",
    "0001-01-01", "2015-02-30", "1900-01-01", "31/12/9999", "x" * 20_000, "Sở\u0301", "Khánh Hòa", "{{", "{%",
    "{{ 2**100000000 }}", "ubnd-bac-giang/ct-so-chua-ro-vbdt/1.a", "kh-so-noi-vu", "so", "nghe-an",
]
#: Words that mean an exception reached the user instead of a message.
LEAKS = ("Traceback", "sys.set_int_max_str_digits", "NoneType", "object has no attribute", "RecursionError",
         "position ")


def assert_clean(problems, file: Path | str | None) -> None:
    """Every error says something, names a place, and no Python internals show through."""
    errors = [p for p in problems if getattr(p, "severity", "error") == "error"]
    assert errors, "refused without an error"
    for problem in errors:
        text = str(problem)
        assert problem.message and not any(leak in text for leak in LEAKS), text
    if file is not None:
        assert any(Path(p.file).name == Path(file).name for p in errors), "\n".join(map(str, errors))


@st.composite
def mutated_text(draw, base: str) -> str:
    """The base text with one to three edits: a line dropped or doubled, a hostile value put in
    place of a value or inserted anywhere, the file cut short."""
    lines = base.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        if not lines:
            lines = [""]
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["value", "value", "insert", "drop", "double", "cut"]))
        hostile = draw(st.sampled_from(HOSTILE_TEXT))
        line = lines[index]
        if action == "value" and ":" in line:
            key, _, _ = line.partition(":")
            lines[index] = f"{key}: {hostile}\n"
        elif action == "value" and "," in line:
            cells = line.rstrip("\n").split(",")
            cells[draw(st.integers(0, len(cells) - 1))] = hostile
            lines[index] = ",".join(cells) + "\n"
        elif action == "insert":
            column = draw(st.integers(0, len(line)))
            lines[index] = line[:column] + hostile + line[column:]
        elif action == "drop":
            del lines[index]
        elif action == "double":
            lines.insert(index, line)
        else:
            lines = lines[:index]
    return "".join(lines)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def registry(catalogue):
    return load_registries([SAMPLE / "agencies"], catalogue.actors)


# --- directives ----------------------------------------------------------------------------------

NGHE_AN_DIRECTIVE = (SHIPPED / "nghe-an" / "8705-ubnd-cn-2019.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def directives(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("directives") / "directives"
    shutil.copytree(SHIPPED, root)
    return root


@settings(max_examples=12, **BOUNDED)
@given(text=mutated_text(NGHE_AN_DIRECTIVE))
def test_a_mutated_directive_is_read_or_refused_cleanly(directives, text):
    path = directives / "nghe-an" / "8705-ubnd-cn-2019.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        catalogue, problems = check(directives)
    finally:
        path.write_text(NGHE_AN_DIRECTIVE, encoding="utf-8")
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        assert_clean(errors, None)
        assert all((directives.parent / p.file).is_file() for p in errors), "\n".join(map(str, errors))
    else:
        assert catalogue is not None and catalogue.obligations


# --- registries and senders ----------------------------------------------------------------------

NGHE_AN_REGISTRY = (SAMPLE / "agencies" / "nghe-an.yaml").read_text(encoding="utf-8")
SENDERS = (SAMPLE / "senders.yaml").read_text(encoding="utf-8")


@settings(max_examples=40, **BOUNDED)
@given(text=mutated_text(NGHE_AN_REGISTRY))
def test_a_mutated_registry_is_read_or_refused_cleanly(catalogue, tmp_path, text):
    path = tmp_path / "registry.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        registry = load_registries([path], catalogue.actors)
    except RegistryError as refused:
        assert_clean(refused.problems, path)
        return
    for agency in registry:  # what was read is usable: a tree without cycles, heads one at a time
        registry.descendants(agency.id)
        assert agency.name.strip() and all(h.title.strip() for h in agency.heads)


@settings(max_examples=30, **BOUNDED)
@given(text=mutated_text(SENDERS))
def test_a_mutated_senders_file_is_read_or_refused_cleanly(tmp_path, text):
    path = tmp_path / "senders.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        senders = load_senders(path)
    except LetterError as refused:
        assert_clean(refused.problems, path)
        return
    for sender in senders.by_province.values():
        assert sender.code.strip() and sender.name.strip()


# --- facts ---------------------------------------------------------------------------------------

FACT_LINES = (SAMPLE / "facts" / "khanh-hoa.csv").read_text(encoding="utf-8").splitlines(keepends=True)[:25]
FACTS_CSV = "".join(FACT_LINES)
FACT_ROWS = list(csv.DictReader(io.StringIO(FACTS_CSV)))


def _facts_outcome(path: Path, catalogue, registry) -> None:
    try:
        facts = read_facts([path], catalogue, registry)
    except FactError as refused:
        assert_clean(refused.problems, path)
        return
    for fact in facts:
        assert fact.agency in registry.agencies
        assert fact.reported is None or dt.date(1945, 1, 1) <= fact.reported <= dt.date(2199, 12, 31)


@settings(max_examples=40, **BOUNDED)
@given(text=mutated_text(FACTS_CSV))
def test_mutated_csv_facts_are_read_or_refused_cleanly(catalogue, registry, tmp_path, text):
    path = tmp_path / "facts.csv"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _facts_outcome(path, catalogue, registry)


JSON_VALUES = st.one_of(
    st.sampled_from(HOSTILE_TEXT).map(json.dumps),
    st.sampled_from(["1e400", "9" * 5000, "NaN", "-Infinity", "[" * 100 + "]" * 100, "{}", "[]", "null", "true",
                     '"\\ud800"', '"\\u000b"', "0.5", "78", '"78%"', "2014", '{"a": 1, "a": 2}']),
)


@st.composite
def mutated_json_facts(draw) -> str:
    """The facts as a JSON list with fields replaced by hostile JSON (raw text: 1e400, NaN, deep
    nesting, duplicate keys and lone surrogates cannot come from json.dumps), or the text cut short."""
    rows = [dict(row) for row in FACT_ROWS]
    items = []
    for row in rows:
        fields = {key: json.dumps(value, ensure_ascii=False) for key, value in row.items() if value}
        items.append(fields)
    for _ in range(draw(st.integers(1, 3))):
        item = draw(st.sampled_from(items))
        key = draw(st.sampled_from(sorted(item) + ["value", "reported", "period", "extra"]))
        item[key] = draw(JSON_VALUES)
    text = "[\n" + ",\n".join("{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in item.items()) + "}"
                              for item in items) + "\n]\n"
    if draw(st.booleans()) and draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


@settings(max_examples=40, **BOUNDED)
@given(text=mutated_json_facts())
def test_mutated_json_facts_are_read_or_refused_cleanly(catalogue, registry, tmp_path, text):
    path = tmp_path / "facts.json"
    path.write_text(text, encoding="utf-8")
    _facts_outcome(path, catalogue, registry)


CELL_VALUES = st.one_of(st.sampled_from([h for h in HOSTILE_TEXT if "\x00" not in h and "\x0b" not in h
                                         and "\x1b" not in h and "\x7f" not in h]),
                        st.floats(allow_nan=False), st.integers(-10**30, 10**30),
                        st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), st.none(), st.booleans())


@st.composite
def workbook_bytes(draw, tmp: Path) -> bytes:
    """The facts as a workbook with hostile cells, or its bytes cut or overwritten."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    header = list(FACT_ROWS[0])
    rows = [[row[column] or None for column in header] for row in FACT_ROWS]
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.integers(0, len(rows) - 1))
        rows[row][draw(st.integers(0, len(header) - 1))] = draw(CELL_VALUES)
    if draw(st.booleans()):
        rows[draw(st.integers(0, len(rows) - 1))].append(draw(CELL_VALUES))  # a cell beyond the header
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    damage = draw(st.sampled_from(["none", "none", "cut", "overwrite"]))
    if damage == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "overwrite":
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at + 64:]
    return data


@settings(max_examples=15, **BOUNDED)
@given(data=st.data())
def test_mutated_workbooks_are_read_or_refused_cleanly(catalogue, registry, tmp_path, data):
    path = tmp_path / "facts.xlsx"
    path.write_bytes(data.draw(workbook_bytes(tmp_path)))
    _facts_outcome(path, catalogue, registry)


# --- templates -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def letters(catalogue):
    registry, facts = load_sample(catalogue)
    result = evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), province="Khánh Hòa")
    made = compose(result.to_dict(), load_senders())
    return [next(m for m in made if m.kind == kind) for kind in ("reminder", "summary")]


EXPRESSIONS = ["recipient.title", "date", "as_of", "reply_by", "unmet", "no_data", "sender", "none", "5", "'x'",
               "2**100000000", "'x'*10**9", "range(100000)|list|length", "lipsum(10**6)", "undefined_name",
               "''.__class__", "recipient.__class__.__mro__", "cycler", "namespace(x=1)", "[1]*10**9", "1/0",
               "'%*s' % (10**9, 'x')", "'{:>999999999}'.format('x')", "'x'.center(10**10)", "'a\\x0bb'"]
FILTERS = ["date_line", "short_date", "caps", "lower_first", "percent", "number", "join_vi", "join", "center(10**10)",
           "indent(10**9)", "wordwrap(10**9)", "length", "upper", "int", "first", "list", "sum", "format(10**9)",
           "replace('', 'xxxxxxxxxx')", "batch(10**9)"]


@st.composite
def user_template(draw) -> str:
    """A template of blocks (some misspelt) holding expressions, filters, loops, macros, includes."""
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        block = draw(st.sampled_from(["body", "subject", "cc", "annex", "bodyy", "recipient", "title", "symbol"]))
        expression = draw(st.sampled_from(EXPRESSIONS))
        piece = draw(st.sampled_from([
            "{{ E }}", "{{ E|F }}", "{% for i in E %}{{ i }}{% endfor %}",
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}", "{% include 'user/reminder' %}",
            "{% set ns = namespace(x='0123456789') %}{% for i in range(40) %}{% set ns.x = ns.x ~ ns.x %}"
            "{% endfor %}{{ ns.x }}", "{{ E", "{% if E %}", "{% block inner %}{% endblock %}", "text *bold* _x_",
        ])).replace("E", expression).replace("F", draw(st.sampled_from(FILTERS)))
        parts.append("{% block " + block + " %}" + piece + "{% endblock %}")
    return "\n".join(parts) + "\n"


@settings(max_examples=30, **BOUNDED)
@given(source=user_template())
def test_generated_templates_render_or_are_refused_in_bounded_time(letters, tmp_path, source):
    path = tmp_path / "mine.md.j2"
    path.write_text(source, encoding="utf-8")
    saved = letter_templates.SECONDS
    letter_templates.SECONDS = 0.5
    try:
        templates = Templates({"reminder": path, "summary": path})
        for letter in letters:
            page = page_of(letter, templates)
            assert len(page.body) <= letter_templates.MAX_TEXT
    except LetterError as refused:
        assert_clean(refused.problems, path)
    finally:
        letter_templates.SECONDS = saved


# --- findings ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def findings(catalogue):
    registry, facts = load_sample(catalogue)
    data = evaluate(catalogue, registry, facts, dt.date(2020, 1, 20), province="Nghệ An").to_dict()
    data["findings"] = data["findings"][:8]
    return data


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, path + (index,))
    else:
        yield path


@settings(max_examples=30, **BOUNDED)
@given(data=st.data())
def test_mutated_findings_make_letters_or_are_refused_cleanly(findings, tmp_path, data):
    leaves = list(_leaves(findings))
    changed = json.loads(json.dumps(findings))
    raw = {}
    for number in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(leaves))
        target = changed
        for part in where[:-1]:
            target = target[part]
        marker = f"@@{number}@@"
        target[where[-1]] = marker
        raw[json.dumps(marker)] = data.draw(JSON_VALUES)
    text = json.dumps(changed, ensure_ascii=False, indent=1)
    for marker, value in raw.items():
        text = text.replace(marker, value)
    path = tmp_path / "findings.json"
    path.write_text(text, encoding="utf-8")
    try:
        read = read_findings(path)
        for letter in compose(read, load_senders(), origin=str(path)):
            page_of(letter)
    except LetterError as refused:
        assert_clean(refused.problems, path)


# --- command-line arguments ----------------------------------------------------------------------

OPTION_VALUES = {
    "--as-of": ["2020-01-20", "20/01/2020", "9999-12-20", "0001-01-01", "2020-02-30", "", "yesterday", "1900-01-01"],
    "--period": ["2019", "0000", "2019-Q5", "2019..2018", "", "9999"],
    "--agency": ["", " ", "na-so-tt-tt", "%", "\x1b"],
    "--status": ["unmet", "", "bogus", "unmet,,no_data"],
    "--date": ["2020-01-25", "2020-01-10", "9999-12-31", "x"],
    "--reply-by": ["2020-02-20", "2020-01-01", "0000-00-00"],
    "--reply-days": ["0", "-5", "10", "366", "x"],
    "--number": ["0", "1", "-1", "99999999999999999999999999"],
    "--kind": ["summary", "reminder,bogus", ""],
    "--format": ["md", "docx,txt", ""],
}


@settings(max_examples=6, **{**BOUNDED, "deadline": dt.timedelta(seconds=60)})  # a run evaluates and writes
@given(chosen=st.dictionaries(st.sampled_from(sorted(OPTION_VALUES)), st.integers(0, 7), min_size=1, max_size=3))
def test_hostile_arguments_are_refused_naming_the_option(tmp_path_factory, chosen):
    out = tmp_path_factory.mktemp("letters") / "out"
    args = ["letters", "--province", "Nghệ An", "--document", "8705", "--out", str(out)]
    if "--kind" not in chosen:
        args += ["--kind", "summary"]
    if "--format" not in chosen:
        args += ["--format", "md"]
    if "--as-of" not in chosen:
        args += ["--as-of", "2020-01-20"]
    if "--agency" not in chosen:
        args += ["--agency", "na-so-noi-vu"]  # one agency: the evaluation is quick
    for option, index in chosen.items():
        values = OPTION_VALUES[option]
        args += [option, values[index % len(values)]]
    result = invoke(*args)
    if result.exit_code == 0:
        assert out.is_dir() and any(out.rglob("*.md")), result.output
        return
    assert result.exit_code in (1, 2), result.output
    assert not any(leak in result.output for leak in LEAKS), result.output
    assert "--" in result.output or "Không có thư" in result.output, result.output
    assert not out.exists() or not any(out.rglob("*")), result.output
