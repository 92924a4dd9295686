"""Test cases as data: ``obligations test``.

Beside an encoding a legal officer writes, in YAML, what the evaluation must say for realistic
agencies and facts: for each case, an as-of date, the facts reported, and for each duty the status
expected and the head who answers. Each case is evaluated with the real engine through
``evaluate`` (as the command line does); the runner reports each case in words. In the spirit of
OpenFisca's YAML tests (``name``, ``period``, ``input``, ``output``), with this project's words::

    document: 12/CT-UBND                 # optional: only this document's duties are evaluated
    registry: sample:khanh-hoa           # the agencies: a registry file (path relative to this
                                         # file, or sample:<province> for the demo's), or inline:
    # registry: {province: Khánh Hòa}
    # agencies: [{id: kh-so-tt-tt, name: ..., kind: so-thong-tin-va-truyen-thong, heads: [...]}]
    cases:
      - name: Tỷ lệ 70% năm 2015 đạt
        as_of: 2016-02-01
        facts:                           # the rows of a facts file (obligations/sample/README.md)
          - {type: value, agency: kh-so-tt-tt, metric: ty-le-vbdt-hoan-toan, period: "2015", value: 72%}
        expect:
          - {obligation: 12/CT-UBND 2.g, agency: kh-so-tt-tt, period: "2015", status: met,
             head: Giám đốc Sở Thông tin và Truyền thông}

Files: ``<document>.cases.yaml`` beside the encoding, or any YAML file under a ``cases/`` folder of
the directives (the catalogue loader skips both).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Iterable

import yaml
from pydantic import Field, ValidationError

from ..catalogue.errors import NotFound, ObligationsError, Problem, ProblemList, did_you_mean
from ..catalogue.load import CASES_DIR, CASES_SUFFIX, Catalogue, shown_path
from ..catalogue.model import Model, Text
from ..catalogue.text import fold, slug
from ..catalogue.yamlfile import YamlDocument, field_path, plain, read_yaml, report_validation_error
from ..i18n import _
from .agencies import Registry, RegistryError, load_registries
from .facts import FactError, facts_from_records
from .findings import STATUS_VI, STATUSES, target_label

SAMPLE_PREFIX = "sample:"
#: ``status: none``: the duty gives this agency no finding at all (not bound, not yet issued ...).
NO_FINDING = "none"


class Expectation(Model):
    obligation: Text  # an id or a citation: 12/CT-UBND 2.g
    agency: Text  # an id, a registry name or an alias
    status: Text  # a code (met) or its Vietnamese name (đạt, chưa báo cáo), accents optional; or none
    period: Annotated[str, Field(min_length=1)] | int | None = None
    check: Text | None = None  # t0, event, c0 ... when the duty gives several checks for one period
    head: Text | None = None  # the head who answers: the title or the name
    note: Text | None = None


class Case(Model):
    name: Text
    as_of: dt.date
    registry: Any = None  # a registry file, or inline with 'agencies'
    agencies: list[Any] | None = None
    facts: list[dict] = []
    expect: Annotated[list[Expectation], Field(min_length=1)]
    note: Text | None = None


class CasesFile(Model):
    document: Text | None = None
    registry: Any = None
    agencies: list[Any] | None = None
    cases: Annotated[list[Case], Field(min_length=1)]
    notes: list[Text] = []


class CasesError(ObligationsError):
    """Case files that cannot be run; ``problems`` lists every one, with file and line."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(map(str, self.problems)))


@dataclass
class Outcome:
    """One expectation of a case, as the evaluation answered it."""

    label: str  # the duty, the agency and the period, as people cite them
    expected: str
    passed: bool
    got: str  # what the evaluation said, in words
    line: int | None = None


@dataclass
class CaseResult:
    file: str
    line: int | None
    name: str
    outcomes: list[Outcome] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # facts read another way than written (0.8 as 80%)

    @property
    def passed(self) -> bool:
        return all(o.passed for o in self.outcomes)


# ---------------------------------------------------------------------------------------------
# Finding and reading the files


def case_files(paths: Iterable[Path]) -> list[Path]:
    """The case files named, or found under the folders named."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*.yaml")
                              if p.name.endswith(CASES_SUFFIX) or CASES_DIR in p.relative_to(path).parts[:-1]))
        else:
            out.append(path)
    return out


class _Part:
    """A registry written inside a case file: lines and names are those of the case file."""

    def __init__(self, doc: YamlDocument, prefix: tuple, data: dict):
        self.doc, self.prefix, self.data, self.name = doc, prefix, data, doc.name

    def line_of(self, loc):
        line, matched = self.doc.line_of(self.prefix + tuple(loc))
        return line, matched[len(self.prefix):]


@dataclass
class _Loaded:
    doc: YamlDocument
    parsed: CasesFile
    document_id: str | None
    registries: dict  # case index -> Registry
    facts: dict  # case index -> facts
    notes: dict  # case index -> notes on its facts
    expectations: dict  # (case index, expectation index) -> (obligation id, agency id, status)


def load_cases(paths: Iterable[Path], catalogue: Catalogue, shown=shown_path) -> list[_Loaded]:
    """Read and check every case file; raise CasesError with every problem of every file."""
    problems = ProblemList()
    loaded = []
    files = case_files(paths)
    if not files:
        problems.add(", ".join(map(str, paths)) or ".", None, "", _("không có tệp ca kiểm thử nào"),
                     _("đặt các ca cạnh văn bản mã hóa, tên <văn bản>{suffix}, hoặc trong thư mục {folder}/").format(
                         suffix=CASES_SUFFIX, folder=CASES_DIR))
    for path in files:
        if not path.is_file():
            problems.add(str(path), None, "", _("không có tệp này"))
            continue
        item = _load_file(path, shown(path), catalogue, problems)
        if item is not None:
            loaded.append(item)
    if problems.errors:
        raise CasesError(problems.errors)
    return loaded


def _load_file(path: Path, name: str, catalogue: Catalogue, problems: ProblemList) -> _Loaded | None:
    doc = read_yaml(path, name, problems)
    if doc is None:
        return None
    raw = plain(doc.data)
    if not isinstance(raw, dict):
        problems.add(name, 1, "", _("cần một bảng khóa có 'cases' (danh sách các ca)"),
                     _("xem mẫu trong docs/huong-dan-ma-hoa.md"))
        return None
    try:
        parsed = CasesFile.model_validate(raw)
    except ValidationError as error:
        report_validation_error(error, doc, CasesFile, problems)
        return None
    before = len(problems.errors)
    document_id = None
    if parsed.document:
        found = catalogue.find_documents(parsed.document)
        if len(found) == 1:
            document_id = found[0].id
        else:
            problems.add(name, doc.line_of(("document",))[0], "document",
                         _("không có đúng một văn bản khớp với '{query}'").format(query=parsed.document),
                         did_you_mean(parsed.document, [d.symbol or d.id for d in catalogue.encoded_documents()])
                         or _("xem danh sách bằng: obligations documents"))
    shared = _registry(doc, (), parsed.registry, parsed.agencies, path, catalogue, problems, {})
    registries, facts, notes, expectations = {}, {}, {}, {}
    for index, case in enumerate(parsed.cases):
        own = case.registry is not None or case.agencies is not None
        registry = (_registry(doc, ("cases", index), case.registry, case.agencies, path, catalogue, problems, {})
                    if own else shared)
        if registry is None:
            if not own and shared is None and parsed.registry is None and parsed.agencies is None:
                problems.add(name, doc.line_of(("cases", index))[0], f"cases[{index}]",
                             _("ca này không có danh sách cơ quan"),
                             _("thêm 'registry: sample:<tỉnh>' hoặc một tệp danh sách cơ quan, ở đầu tệp hoặc trong ca"))
            continue
        registries[index] = registry
        notes[index] = []
        facts[index] = _facts(doc, index, case, catalogue, registry, problems, notes[index])
        for number, expectation in enumerate(case.expect):
            resolved = _expectation(doc, (index, number), expectation, catalogue, registry, problems)
            if resolved:
                expectations[index, number] = resolved
    if len(problems.errors) > before:
        return None
    return _Loaded(doc, parsed, document_id, registries, facts, notes, expectations)


def _registry(doc, prefix, registry, agencies, path: Path, catalogue, problems: ProblemList, _cache) -> Registry | None:
    where = field_path(list(prefix) + ["registry"])
    line = doc.line_of(prefix + ("registry",))[0]
    try:
        if isinstance(registry, str):
            if agencies is not None:
                problems.add(doc.name, line, where, _("'registry' là tên tệp nhưng 'agencies' cũng được viết ở đây"),
                             _("hoặc nêu tệp danh sách cơ quan, hoặc viết 'registry: {province: ...}' và 'agencies'"))
                return None
            file = _registry_path(registry, path)
            if not file.exists():
                problems.add(doc.name, line, where, _("không có danh sách cơ quan '{name}'").format(name=registry),
                             _("đường dẫn tính từ thư mục của tệp ca, hoặc sample:<tỉnh> ({names})").format(
                                 names=", ".join(sorted(p.stem for p in _sample_agencies().glob("*.yaml")))))
                return None
            return load_registries(_with_successors(file), catalogue.actors, catalogue.attributes)
        if registry is None and agencies is None:
            return None
        data = {"registry": registry, "agencies": agencies}
        return load_registries([], catalogue.actors, catalogue.attributes, inline=[_Part(doc, prefix, data)])
    except RegistryError as error:
        for problem in error.problems:
            problems.add(doc.name if problem.file == doc.name else problem.file, problem.line,
                         problem.field, problem.message, problem.hint)
        return None


def _with_successors(file: Path) -> list[Path]:
    """The registry file and the files beside it that declare the bodies its bodies passed their
    functions to, transitively (Bắc Giang's registry and Bắc Ninh's since 01/07/2025): a case dated
    after a reorganisation is answered by the successors."""
    declared: dict[str, Path] = {}
    successors: dict[Path, set[str]] = {}
    for other in sorted(file.parent.glob("*.yaml")):
        try:
            data = yaml.safe_load(other.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue  # not a registry this case can use; the named file's own problems are reported
        agencies = data.get("agencies") if isinstance(data, dict) else None
        for agency in agencies if isinstance(agencies, list) else []:
            if isinstance(agency, dict):
                declared.setdefault(str(agency.get("id")), other)
                successors.setdefault(other, set()).update(
                    str(record.get("agency")) for record in agency.get("successors") or [] if isinstance(record, dict))
    chosen, queue = [file], [file]
    while queue:
        for wanted in successors.get(queue.pop(), ()):
            holder = declared.get(wanted)
            if holder is not None and holder not in chosen:
                chosen.append(holder)
                queue.append(holder)
    return chosen


def _sample_agencies() -> Path:
    from .evaluate import sample_dir

    return sample_dir() / "agencies"


def _registry_path(name: str, case_file: Path) -> Path:
    if name.startswith(SAMPLE_PREFIX):
        return _sample_agencies() / f"{slug(name[len(SAMPLE_PREFIX):])}.yaml"
    return (case_file.parent / name).resolve()


def _facts(doc, index: int, case: Case, catalogue, registry, problems: ProblemList, notes: list) -> list:
    """The case's facts, read as a facts file's rows; problems and notes point at the case file's lines."""
    origin = f"cases[{index}].facts"

    def placed(problem) -> Problem:
        row = (problem.line or 1) - 1
        return Problem(doc.name, doc.line_of(("cases", index, "facts", row, problem.field))[0],
                       f"{origin}[{row}].{problem.field}" if problem.field else f"{origin}[{row}]",
                       problem.message, problem.hint, problem.severity)

    read: list = []
    try:
        facts = facts_from_records(case.facts, catalogue, registry, origin=origin, notes=read)
    except FactError as error:
        problems.items.extend(placed(p) for p in error.problems)
        return []
    notes.extend(placed(n) for n in read if n.line)
    return facts


def _expectation(doc, where: tuple, expectation: Expectation, catalogue: Catalogue, registry: Registry,
                 problems: ProblemList) -> tuple | None:
    index, number = where
    loc = ("cases", index, "expect", number)
    at = f"cases[{index}].expect[{number}]"
    ok = True
    try:
        obligation = catalogue.get_obligation(expectation.obligation)
    except NotFound as error:
        problems.add(doc.name, doc.line_of(loc + ("obligation",))[0], f"{at}.obligation", str(error))
        ok = False
    found = registry.named(expectation.agency)
    if len(found) != 1:
        problems.add(doc.name, doc.line_of(loc + ("agency",))[0], f"{at}.agency",
                     (_("không có cơ quan '{agency}' trong danh sách cơ quan của ca") if not found else
                      _("'{agency}' khớp với nhiều cơ quan: {ids}")).format(
                         agency=expectation.agency, ids=", ".join(a.id for a in found)),
                     did_you_mean(expectation.agency, registry.agencies) if not found else _("hãy nêu mã cơ quan"))
        ok = False
    status = status_code(expectation.status)
    if status is None:
        problems.add(doc.name, doc.line_of(loc + ("status",))[0], f"{at}.status",
                     _("trạng thái '{value}' không có").format(value=expectation.status),
                     _("dùng một trong: {choices}").format(choices=", ".join(
                         f"{code} ({STATUS_VI[code]})" for code in STATUSES) + f", {NO_FINDING}"))
        ok = False
    return (obligation.id, found[0].id, status) if ok else None


def status_code(value: str) -> str | None:
    """A status by its code (``met``, ``no_data``) or its Vietnamese name, accents optional (``chua bao cao``)."""
    names = {slug(code): code for code in STATUSES} | {slug(STATUS_VI[code]): code for code in STATUSES}
    names[NO_FINDING] = NO_FINDING
    names[slug("không có kết quả")] = NO_FINDING
    return names.get(slug(value))


# ---------------------------------------------------------------------------------------------
# Running them


def run_cases(paths: Iterable[Path], catalogue: Catalogue, engine: str = "durable", shown=shown_path) -> list[CaseResult]:
    """Run every case of the files (or folders) named; raise CasesError before running anything when a
    file cannot be run. Each case is one evaluation through ``evaluate``."""
    from .evaluate import evaluate

    results = []
    for item in load_cases(paths, catalogue, shown):
        for index, case in enumerate(item.parsed.cases):
            registry = item.registries[index]
            evaluation = evaluate(catalogue, registry, item.facts[index], case.as_of, engine=engine,
                                  documents=[item.document_id] if item.document_id else None)
            result = CaseResult(item.doc.name, item.doc.line_of(("cases", index))[0], case.name,
                                notes=item.notes[index])
            for number, expectation in enumerate(case.expect):
                obligation_id, agency_id, status = item.expectations[index, number]
                line = item.doc.line_of(("cases", index, "expect", number))[0]
                result.outcomes.append(_compare(evaluation.findings, catalogue, registry, expectation,
                                                obligation_id, agency_id, status, line))
            results.append(result)
    return results


def _compare(findings, catalogue, registry, expectation: Expectation, obligation_id: str, agency_id: str,
             status: str, line) -> Outcome:
    period = str(expectation.period) if expectation.period is not None else None
    check = expectation.check.lstrip("#") if expectation.check else None
    matches = [f for f in findings if f.obligation.id == obligation_id and f.agency.id == agency_id
               and (period is None or f.period == period)
               and (check is None or f.check.id == check or f.check.id.endswith("#" + check))]
    obligation = catalogue.obligations[obligation_id]
    document = catalogue.documents[obligation.document_id]
    label = " — ".join(filter(None, [
        f"{document.kind_vi} {document.symbol or _('(chưa rõ số)')}, {target_label(obligation, None) or obligation.key}",
        registry.get(agency_id).name, period and _("kỳ {period}").format(period=period), check]))
    expected = _status_words(status) + (_(", người chịu trách nhiệm: {head}").format(head=expectation.head)
                                        if expectation.head else "")
    if not matches:
        got = _("không có kết quả đánh giá nào (nghĩa vụ không ràng buộc cơ quan này vào ngày đó, hoặc kỳ không khớp)")
        return Outcome(label, expected, status == NO_FINDING, got, line)
    if status == NO_FINDING:
        return Outcome(label, expected, False, _describe(matches), line)
    statuses = {f.status for f in matches}
    if len(statuses) > 1:
        return Outcome(label, expected, False, _describe(matches) + "; " + _(
            "nêu 'period' hoặc 'check' để chọn một kết quả"), line)
    passed = statuses == {status}
    if expectation.head:
        heads = {f.check.id: f.responsible for f in matches}
        wrong = [h for h in heads.values() if fold(expectation.head) not in
                 {fold(h["title"] or ""), fold(h["name"] or ""), fold(f"{h['title']}: {h['name']}")}]
        passed = passed and not wrong
    return Outcome(label, expected, passed, _describe(matches), line)


def _status_words(status: str) -> str:
    from .tables import _status

    return _("không có kết quả") if status == NO_FINDING else f"{_status(status)} ({status})"


def _describe(findings) -> str:
    """What the evaluation said: status, period and the head who answers, once per distinct answer."""
    said = []
    for finding in findings:
        head = finding.responsible
        who = head["title"] + (f": {head['name']}" if head.get("name") else "")
        text = _("{status}, kỳ {period}, người chịu trách nhiệm: {head}").format(
            status=_status_words(finding.status), period=finding.period or "—", head=who)
        if text not in said:
            said.append(text)
    return "; ".join(said)
