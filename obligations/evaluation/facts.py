"""Agency facts: what agencies report, read from JSON, CSV or Excel and validated.

Three kinds of fact, one row each (see ``obligations/sample/README.md``):

- ``value``: a metric's value for a period (Sở Tư pháp, ty-le-vbdt-hoan-toan, 2014, 0.78);
- ``event``: a duty done on a date (the implementation plan issued on 10/5/2014), or reported not
  done (value ``no``); ``period`` names the instance of a recurring duty (the 2014 report);
- ``attestation``: a qualitative duty attested (``yes``) or not (``no``) for a period;
- ``trigger``: the event that makes a conditional duty bind happened ("khi có thay đổi": the list
  changed) in a period, or on a date; without one the duty yields no finding.

Percent metrics are written as the directive files and the texts write them: 78 and 78% are 78%
(catalogue/percent.py). A ratio between 0 and 1 without a sign (0.78, what a spreadsheet stores) is
read as 78% and a note says so; an Excel cell formatted as a percentage is read as it shows (78%).
Yes/no metrics take yes/no, có/không, true/false, 1/0.
Each fact may carry when it was reported and its source. Facts reported after the as-of date are
not known at that date; of two values for the same key, the one reported later supersedes.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..catalogue import guards
from ..catalogue.errors import ObligationsError, Problem, ProblemList, did_you_mean, did_you_mean_metric
from ..catalogue.percent import read_percent
from ..catalogue.periods import given_period, parse_period
from ..catalogue.text import fold, nfc
from ..i18n import N_, _

KINDS = ("value", "event", "attestation", "trigger")
NOTES_PER_FILE = 20  # values read another way than written, listed one by one before a summary line

#: Column names accepted (folded: accents and case ignored), Vietnamese ones included.
COLUMNS = {
    "type": ("type", "kind", "loai"),
    "agency": ("agency", "co quan", "don vi", "co quan, don vi", "ma co quan"),
    "metric": ("metric", "chi tieu", "ma chi tieu"),
    "obligation": ("obligation", "nhiem vu", "ma nhiem vu"),
    "period": ("period", "ky", "ky bao cao", "nam"),
    "value": ("value", "gia tri", "ket qua"),
    "date": ("date", "ngay", "ngay thuc hien", "ngay hoan thanh"),
    "reported": ("reported", "ngay bao cao"),
    "source": ("source", "nguon"),
    "note": ("note", "ghi chu"),
}
_COLUMN_OF = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}
#: Columns of the reporting template (``obligations template``) that describe a row for the clerk and
#: carry no fact: read and ignored. In a sheet that has them, a row whose value, date, reported date,
#: source and note are all blank is a report not made, not an error.
DESCRIPTIVE = ("ten co quan", "noi dung phai bao cao", "can cu", "muc phai dat", "han", "don vi tinh")
_FILLED = ("value", "date", "reported", "source", "note")

AGENCIES_HINT = N_("xem mã các cơ quan bằng lệnh 'obligations agencies'")
METRICS_HINT = N_("xem danh sách chỉ tiêu bằng lệnh 'obligations metrics'")

_YES = {"yes", "y", "true", "1", "co", "x", "dat", "đat"}
_NO = {"no", "n", "false", "0", "khong", "chua"}


class FactSnapshot(Sequence):
    """Facts that never change once made (the store's state after a given import), grouped by
    agency. An agency's group is shared, unchanged, by the snapshots that follow until a row of that
    agency is added, so an evaluation can keep what it derived from a group (its index of the
    agency's facts) for the next snapshot: a service evaluating agency after agency while facts
    keep arriving then indexes only the agencies that reported since."""

    __slots__ = ("by_agency", "_count", "_flat")

    def __init__(self, by_agency: dict[str, tuple[Fact, ...]]) -> None:
        self.by_agency = by_agency
        self._count = sum(len(group) for group in by_agency.values())
        self._flat: tuple[Fact, ...] | None = None

    def __len__(self) -> int:
        return self._count

    def __iter__(self):
        return itertools.chain.from_iterable(self.by_agency.values())

    def __getitem__(self, index):
        if self._flat is None:
            self._flat = tuple(self)
        return self._flat[index]

    def __eq__(self, other) -> bool:
        if isinstance(other, (FactSnapshot, list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # value | event | attestation
    agency: str
    period: str | None = None
    metric: str | None = None
    obligation: str | None = None
    value: float | None = None  # in the metric's unit as the texts write it: 78.0 for 78%; 1/0 for yes/no
    date: dt.date | None = None  # event: the day it was done (or reported not done)
    done: bool = True  # event: False when reported not done
    reported: dt.date | None = None
    source: str | None = None
    origin: str = ""  # file:row, for messages and explanations
    derived: str | None = None  # "counts" (ratio from reported counts) | "complement" (100 − another metric)

    @property
    def key(self) -> tuple:
        return (self.kind, self.agency, self.metric or self.obligation, self.period)

    def known_on(self, day: dt.date) -> bool:
        """Whether the fact was known as at that day (reported, and the event itself, by then)."""
        if self.reported is not None and self.reported > day:
            return False
        return not (self.kind in ("event", "trigger") and self.date is not None and self.date > day)

    def to_dict(self) -> dict:
        out = {"type": self.kind, "agency": self.agency}
        for name in ("metric", "obligation", "period", "value", "reported", "source"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.isoformat() if isinstance(value, dt.date) else value
        if self.kind in ("event", "trigger"):
            out["date"] = self.date.isoformat() if self.date else None
        if self.kind == "event":
            out["done"] = self.done
        if self.derived:
            out["derived"] = self.derived
        out["origin"] = self.origin
        return out


class FactError(ObligationsError):
    """Facts that cannot be used; ``problems`` lists every one, each with file and row."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__(_("{count} lỗi trong số liệu:").format(count=len(self.problems)) + "\n"
                         + "\n".join(map(str, self.problems)))


def read_facts(paths: Iterable[Path], catalogue, registry, notes: list | None = None) -> list[Fact]:
    """Read and validate fact files (.json, .csv, .xlsx); raise FactError with every problem.
    CSV and Excel rows are read one at a time: only the facts are kept in memory. ``notes``, when
    given, receives a note for each value read another way than as written (``0.8`` read as 80%)."""
    problems = ProblemList()
    rows = ((origin, str(path), line, row) for path in paths for origin, line, row in _rows(Path(path), problems))
    return _validated(rows, catalogue, registry, problems, notes)


def facts_from_records(records: Iterable[dict], catalogue, registry, origin: str = "records",
                       notes: list | None = None) -> list[Fact]:
    """Validate facts given as Python dicts (what the JSON format holds); raise FactError."""
    problems = ProblemList()
    rows = [(f"{origin}[{index}]", origin, index + 1, _normalise_row(record, origin, index + 1, problems))
            for index, record in enumerate(records)]
    return _validated(rows, catalogue, registry, problems, notes)


def _validated(rows, catalogue, registry, problems: ProblemList, notes: list | None = None) -> list[Fact]:
    checker = _Checker(catalogue, registry, problems)
    facts = [fact for origin, file, line, row in rows if (fact := checker.fact(row, origin, file, line)) is not None]
    _check_conflicts(facts, problems)
    if problems.errors:
        raise FactError(problems.errors)
    if notes is not None:
        notes.extend(checker.close_notes())
    return facts


# ---------------------------------------------------------------------------------------------
# Reading rows


def _rows(path: Path, problems: ProblemList) -> Iterator[tuple[str, int | None, dict]]:
    if not path.is_file():
        problems.add(str(path), None, "", _("không có tệp này"), _("hãy chỉ ra một tệp số liệu .json, .csv hoặc .xlsx"))
        return
    suffix = path.suffix.lower()
    readers = {".json": _json_rows, ".csv": _csv_rows, ".xlsx": _xlsx_rows, ".xlsm": _xlsx_rows}
    if suffix not in readers:
        problems.add(str(path), None, "", _("không đọc được loại tệp '{suffix}'").format(suffix=suffix),
                     _("số liệu chỉ đọc được từ tệp .json, .csv hoặc .xlsx"))
        return
    try:
        yield from readers[suffix](path, problems)
    except guards.Refused as refused:
        problems.add(str(path), refused.line, refused.field, refused.message, refused.hint)
    except UnicodeDecodeError as error:
        problems.add(str(path), None, "", _("không phải văn bản mã UTF-8 ({reason} tại byte {byte})").format(
                     reason=error.reason, byte=error.start),
                     _("hãy lưu lại tệp với mã UTF-8 (trong Excel: Save As, chọn 'CSV UTF-8 (Comma delimited)')"))
    except OSError as error:
        problems.add(str(path), None, "", _("không đọc được tệp: {error}").format(error=error))


def _json_rows(path: Path, problems: ProblemList) -> list:
    text = guards.read_json_text(path)
    data = guards.loads_json(text)  # refuses deep nesting, huge numbers, NaN, duplicate keys (Refused)
    if isinstance(data, dict):
        data = data.get("facts")
    if not isinstance(data, list):
        problems.add(str(path), 1, "", _("cần một danh sách số liệu, hoặc một đối tượng có danh sách 'facts'"))
        return []
    if not data:
        problems.add(str(path), 1, "", _("không có số liệu nào: danh sách trống"),
                     _("hãy bổ sung số liệu, hoặc bỏ tệp này ra"))
        return []
    lines = _json_item_lines(text, len(data))
    out = []
    for index, item in enumerate(data):
        line = lines[index] if index < len(lines) else None
        out.append((f"{path.name}:{line or index + 1}", line, _normalise_row(item, str(path), line, problems)))
    return out


def _json_item_lines(text: str, count: int) -> list[int]:
    """Line of each object of the facts list (the lines where an object opens at list depth)."""
    lines, depth, line, in_string, escape = [], 0, 1, False, False
    list_depth = None
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            escape = (char == "\\") and not escape
            if char == '"' and not escape:
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "[{":
            if char == "{" and list_depth is not None and depth == list_depth:
                lines.append(line)
            if char == "[" and list_depth is None:
                list_depth = depth + 1
            depth += 1
        elif char in "]}":
            depth -= 1
    return lines


def _bounded_lines(file, path: Path) -> Iterator[str]:
    """The file's lines, refusing one longer than guards.MAX_LINE before reading the rest of it
    (a 50 MB file on one line is not a table)."""
    number = 0
    while True:
        line = file.readline(guards.MAX_LINE + 1)
        if not line:
            return
        number += 1
        if len(line) > guards.MAX_LINE and not line.endswith("\n"):
            raise guards.Refused(_("dòng {number} dài hơn {size} KB").format(number=number, size=guards.MAX_LINE // 1024),
                                 _("đây không phải bảng số liệu: mỗi dòng một số liệu, dài vài trăm ký tự"),
                                 line=number)
        yield line


def _csv_rows(path: Path, problems: ProblemList) -> Iterator:
    with path.open(encoding="utf-8-sig", newline="") as file:
        lines = _bounded_lines(file, path)
        first = next(lines, "")
        dialect = csv.excel
        try:
            dialect = csv.Sniffer().sniff(first[:4096], delimiters=",;\t")
        except csv.Error:
            pass
        reader = csv.reader(itertools.chain([first], lines), dialect)
        try:
            yield from _table_rows(path, reader, problems, delimiter=getattr(dialect, "delimiter", ","))
        except csv.Error as error:  # a cell over the csv module's limit, a NUL byte ...
            raise guards.Refused(_("dòng {row}: {reason}").format(row=reader.line_num, reason=_csv_reason(error)),
                                 _("hãy lưu lại bảng tính dưới dạng CSV; mỗi ô chỉ ghi một con số hoặc một đoạn chữ ngắn"),
                                 line=reader.line_num) from None


def _csv_reason(error: csv.Error) -> str:
    text = str(error)
    if "field larger than field limit" in text:
        return _("có ô dài hơn mức trình đọc CSV cho phép (128 KB)")
    if "NUL" in text or "null byte" in text:
        return _("có byte NUL (tệp nhị phân, không phải văn bản)")
    return text


def _xlsx_rows(path: Path, problems: ProblemList) -> Iterator:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        reason = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        problems.add(str(path), None, "", _("không đọc được tệp Excel ({reason})").format(reason=reason),
                     _("hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx"))
        return
    try:
        sheet = workbook.worksheets[0]
        yield from _table_rows(path, _guarded_rows(_shown_values(sheet.iter_rows())), problems, sheet=sheet.title)
    finally:
        workbook.close()


def _shown_values(rows: Iterator) -> Iterator[tuple]:
    """Each row's values as Excel shows them where it matters: a number in a cell formatted as a
    percentage (the template's, 0.78 stored, 78% shown) is the text ``78%``, read as written."""
    for row in rows:
        yield tuple(f"{cell.value * 100:.10g}%" if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)
                    and "%" in (getattr(cell, "number_format", "") or "") else cell.value for cell in row)


def _guarded_rows(rows: Iterator) -> Iterator:
    """A worksheet's rows; the sheet's XML is parsed while they are read, so a damaged workbook
    (a truncated sheet, an entity bomb) fails here, after the workbook opened."""
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as error:  # noqa: BLE001 - openpyxl and the XML parser raise many kinds
            raise guards.Refused(_("tệp Excel bị hỏng sau dòng {row}: {error}").format(
                row=number, error=f"{type(error).__name__}: {str(error)[:200]}"),
                _("hãy mở tệp bằng Excel và lưu lại"), line=number or None) from None
        number += 1
        long = next((c for c in row if isinstance(c, str) and len(c) > guards.MAX_CELL), None)
        if long is not None:
            raise guards.Refused(_cell_too_long().format(row=number, size=len(long) // 1024, limit=guards.MAX_CELL // 1024),
                                 _("mỗi ô chỉ ghi một con số hoặc một đoạn chữ ngắn"), line=number)
        yield row


def _cell_too_long() -> str:
    return _("dòng {row}: có ô dài {size} KB, vượt mức {limit} KB cho phép của một ô")


def _table_rows(path: Path, rows: Iterable, problems: ProblemList, sheet: str | None = None,
                delimiter: str | None = None) -> Iterator:
    """(origin, row number, record) for each non-blank row after the header row."""
    where = f"{path.name}" + (f"[{sheet}]" if sheet else "")
    header = None
    number_of_facts = 0
    for number, row in enumerate(rows, start=1):
        if not any(c not in (None, "") for c in row):
            continue
        if header is None:
            folded = [fold(str(c or "")).strip() for c in row]
            header = [None if f in DESCRIPTIVE else _COLUMN_OF.get(f) for f in folded]
            template = any(f in DESCRIPTIVE for f in folded)
            unknown = [str(c) for c, f, name in zip(row, folded, header)
                       if c not in (None, "") and name is None and f not in DESCRIPTIVE]
            if unknown:
                problems.add(str(path), number, "", _("không rõ cột: {columns}").format(
                    columns=", ".join(repr(u) for u in unknown)),
                    _("các cột: {columns}").format(columns=", ".join(COLUMNS)))
            twice = next((name for name in COLUMNS if header.count(name) > 1), None)
            if twice:
                places = [str(i + 1) for i, name in enumerate(header) if name == twice]
                titles = [repr(row[int(i) - 1]) for i in places]
                problems.add(str(path), number, twice, _("hai cột cùng là '{name}': cột {places} ({titles})").format(
                    name=twice, places=_(" và ").join(places), titles=", ".join(titles)),
                    _("hãy giữ lại một cột: không thể đoán cột nào đúng"))
                return
            width = len(header)
            if delimiter is None:  # a worksheet: blank cells at the end of the header row do not count
                while header and header[-1] is None and row[len(header) - 1] in (None, ""):
                    header.pop()
                width = len(header)
            continue
        number_of_facts += 1  # counted even when refused below: "no facts" would then mislead
        if delimiter and max(map(len, row)) > guards.MAX_CELL:  # a CSV row: strings only
            raise guards.Refused(_cell_too_long().format(row=number, size=max(map(len, row)) // 1024,
                                                         limit=guards.MAX_CELL // 1024),
                                 _("mỗi ô chỉ ghi một con số hoặc một đoạn chữ ngắn"), line=number)
        # in a CSV file every separator counts, even before an empty cell: "0,72" in a comma-separated
        # file shifts every later cell one column to the right
        extra = row[width:] if delimiter else [c for c in row[width:] if c not in (None, "")]
        if extra:
            cause = (_("dấu phẩy thập phân không đặt trong ngoặc kép (viết 72.5 hoặc \"72,5\") hoặc dấu '{delimiter}' "
                       "trong một đoạn chữ đã tách một ô thành hai").format(delimiter=delimiter)
                     if delimiter else _("có ô ở bên phải cột cuối cùng"))
            problems.add(str(path), number, "", _("dòng {row} có {cells} ô nhưng tiêu đề có {columns} cột").format(
                row=number, cells=len(row), columns=width),
                _("nguyên nhân có thể: {cause}; chưa đọc dòng này").format(cause=cause))
            continue
        unsafe = None
        joined = "".join(row) if delimiter else "".join(c for c in row if isinstance(c, str))
        if guards.unsafe_text(joined):  # one search a row; the cell is looked for only when one is found
            unsafe = next(((name, problem) for name, cell in zip(header, row)
                           if isinstance(cell, str) and (problem := guards.unsafe_text(cell))), None)
        if unsafe:
            problems.add(str(path), number, unsafe[0] or "", _("ô này {problem}").format(problem=unsafe[1]), _(guards.UNSAFE_HINT))
            continue
        record = {name: cell for name, cell in zip(header, row) if name and cell not in (None, "")}
        if template and not any(name in record for name in _FILLED):
            continue  # a template row left blank: not reported
        yield f"{where}:{number}", number, record
    if header is None:
        problems.add(str(path), None, "", _("tệp không có dòng nào"),
                     _("dòng đầu tiên ghi tên các cột: type, agency, metric, period, value ..."))
    elif number_of_facts == 0:
        problems.add(str(path), None, "", _("không có số liệu nào: chỉ có dòng tiêu đề"),
                     _("hãy thêm mỗi số liệu một dòng dưới dòng tiêu đề, hoặc bỏ tệp này ra"))


def _normalise_row(item: Any, file: str, line: int | None, problems: ProblemList) -> dict:
    if not isinstance(item, dict):
        problems.add(file, line, "", _("cần một đối tượng gồm các trường của một số liệu, nhưng nhận được {got}").format(
            got=type(item).__name__))
        return {}
    out = {}
    for key, value in item.items():
        name = _COLUMN_OF.get(fold(str(key)))
        if name is None:
            problems.add(file, line, str(key), _("không rõ trường này"), did_you_mean(str(key), COLUMNS) or
                         _("các trường: {fields}").format(fields=", ".join(COLUMNS)))
            continue
        out[name] = value
    return out


# ---------------------------------------------------------------------------------------------
# Validating one fact


class _Checker:
    def __init__(self, catalogue, registry, problems: ProblemList):
        self.catalogue, self.registry, self.problems = catalogue, registry, problems
        self.notes: list[Problem] = []  # values read another way than as written, each said
        self._noted: dict[str, int] = {}  # per file, how many; beyond NOTES_PER_FILE one line says the rest

    def note(self, file: str, line: int | None, field: str, message: str, hint: str | None) -> None:
        count = self._noted[file] = self._noted.get(file, 0) + 1
        if count <= NOTES_PER_FILE:
            self.notes.append(Problem(file, line, field, message, hint, "note"))

    def close_notes(self) -> list[Problem]:
        """The notes, with one line per file for those beyond the first NOTES_PER_FILE."""
        for file, count in self._noted.items():
            if count > NOTES_PER_FILE:
                self.notes.append(Problem(file, None, "value", _("và {count} giá trị khác được đọc theo cùng cách").format(
                    count=count - NOTES_PER_FILE), None, "note"))
        return self.notes

    def fact(self, row: dict, origin: str, file: str, line: int | None) -> Fact | None:
        if not row:
            return None
        problems_before = len(self.problems.items)  # this row adds errors only
        add = lambda field, message, hint=None: self.problems.add(file, line, field, message, hint)  # noqa: E731
        kind = fold(str(row.get("type") or "")) or ("value" if row.get("metric") else
                                                   "event" if row.get("date") else
                                                   "attestation" if row.get("obligation") else "")
        kind = {"gia tri": "value", "su kien": "event", "xac nhan": "attestation",
                "phat sinh": "trigger", "dieu kien": "trigger"}.get(kind, kind)
        if kind not in KINDS:
            add("type", _("không rõ loại '{type}': cần value, event, attestation hoặc trigger").format(type=row.get("type")),
                did_you_mean(str(row.get("type")), KINDS))
            return None
        agency = _text(row.get("agency"))
        if not agency:
            add("agency", _("thiếu mã cơ quan trong danh sách cơ quan"), _(AGENCIES_HINT))
        elif agency not in self.registry.agencies:
            found = self._agencies_named(agency)  # a registry name or a short name, as staff write it
            if len(found) == 1:
                agency = found[0]
            elif found:
                add("agency", _("'{agency}' ứng với {count} cơ quan: {ids}").format(
                    agency=agency, count=len(found), ids=", ".join(found[:5]) + (", ..." if len(found) > 5 else "")),
                    _("hãy ghi mã cơ quan hoặc tên đầy đủ như trong danh sách cơ quan"))
            else:
                add("agency", _("không có cơ quan '{agency}'").format(agency=agency),
                    did_you_mean(agency, self.registry.agencies) or _(AGENCIES_HINT))
        period = _text(row.get("period"))
        if period:
            if isinstance(row.get("period"), float) and row["period"].is_integer():
                period = str(int(row["period"]))
            try:
                given_period(period)
            except ValueError as error:
                add("period", str(error))
        elif kind in ("value", "attestation"):
            add("period", _("thiếu kỳ của số liệu (2014, 2014-H1, 2014-Q2, 2014-06)"))
        elif kind == "trigger" and row.get("date") in (None, ""):
            add("period", _("thiếu kỳ (2014, 2014-H1, 2014-Q2) hoặc ngày phát sinh sự việc"))
        reported = _date(row.get("reported"), "reported", add)
        source = _text(row.get("source"))
        metric = obligation = None
        value: float | None = None
        date = None
        done = True
        if kind == "value":
            metric = self._metric(_text(row.get("metric")), add)
            if metric is not None:
                value = _metric_value(row.get("value"), self.catalogue.metrics[metric].unit, add,
                                      lambda message, hint: self.note(file, line, "value", message, hint))
        else:
            obligation = self._obligation(_text(row.get("obligation")), add)
            flag = _yes_no(row.get("value"), "value", add, default=True)
            if kind == "trigger":
                if obligation is not None and self.catalogue.obligations[obligation].trigger is None:
                    add("obligation", _("'{obligation}' không có điều kiện phát sinh: nhiệm vụ này áp dụng không cần "
                                        "điều kiện").format(obligation=obligation),
                        _("hãy báo cáo dưới dạng event hoặc attestation, hoặc kiểm tra lại mã nhiệm vụ"))
                date = _date(row.get("date"), "date", add)
                if date is not None and not period:
                    period = str(date.year)
                if not flag:
                    return None  # "did not happen": nothing binds
            elif kind == "event":
                date = _date(row.get("date"), "date", add)
                done = bool(flag)
                if date is None and "date" not in row:
                    add("date", _("thiếu ngày thực hiện nhiệm vụ (hoặc, khi value là 'no', ngày báo cáo chưa thực hiện)"))
            else:
                value = 1.0 if flag else 0.0
        if len(self.problems.items) == problems_before:
            self._consistent(kind, agency, period, obligation, date, reported, add)
        if len(self.problems.items) > problems_before:
            return None
        return Fact(kind=kind, agency=agency, period=period, metric=metric, obligation=obligation, value=value,
                    date=date, done=done, reported=reported, source=source, origin=origin)

    def _consistent(self, kind, agency, period, obligation, date, reported, add) -> None:
        """What each field allows alone may still not fit together: a report before the period it is
        about began, or before the day the duty was done; a duty of another province's text."""
        # a figure cannot be known before its period begins; an attestation can (the 2020 plan issued
        # in December 2019), so only values are held to it
        if reported and period and kind == "value" and reported < parse_period(period).start:
            add("reported", _("báo cáo ngày {reported}, trước khi kỳ {period} bắt đầu").format(
                reported=f"{reported:%d/%m/%Y}", period=period),
                _("hãy kiểm tra năm của ngày báo cáo hoặc của kỳ"))
        if reported and date and kind == "event" and reported < date:
            add("reported", _("báo cáo ngày {reported}, trước ngày thực hiện ({date})").format(
                reported=f"{reported:%d/%m/%Y}", date=f"{date:%d/%m/%Y}"),
                _("hãy kiểm tra cả hai ngày"))
        if obligation:
            document = self.catalogue.document_of(self.catalogue.obligations[obligation])
            own = self.registry.agencies[agency].province
            if document.province and fold(document.province) != fold(own):
                add("obligation", _("'{obligation}' là nhiệm vụ trong văn bản của tỉnh {province}, nhưng {agency} là cơ quan "
                      "của tỉnh {own}").format(obligation=obligation, province=document.province, agency=agency, own=own),
                    _("hãy kiểm tra mã nhiệm vụ: mỗi tỉnh chỉ báo cáo về văn bản của tỉnh mình và văn bản trung ương"))

    def _agencies_named(self, name: str) -> list[str]:
        """Ids of the agencies a name means (registry.named), looked up once per distinct name."""
        cache = self.__dict__.setdefault("_names", {})
        if name not in cache:
            cache[name] = [a.id for a in self.registry.named(name)]
        return cache[name]

    def _metric(self, metric: str | None, add) -> str | None:
        if not metric:
            add("metric", _("thiếu mã chỉ tiêu"), _(METRICS_HINT))
            return None
        if metric in self.catalogue.metrics:
            return metric
        found = self.catalogue.find_metrics(metric)
        if len(found) == 1:
            return found[0].id
        add("metric", _("không có chỉ tiêu '{metric}'").format(metric=metric),
            did_you_mean_metric(metric, self.catalogue.metrics) or _(METRICS_HINT))
        return None

    def _obligation(self, reference: str | None, add) -> str | None:
        if not reference:
            add("obligation", _("thiếu mã nhiệm vụ mà số liệu báo cáo"),
                _("xem mã các nhiệm vụ bằng lệnh 'obligations list'"))
            return None
        try:
            return self.catalogue.get_obligation(reference).id
        except Exception as error:  # NotFound carries the did-you-mean
            add("obligation", str(error))
            return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = nfc(str(value)).strip()
    return text or None


def _date(value: Any, field: str, add) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return _in_window(value.date(), field, add)
    if isinstance(value, dt.date):
        return _in_window(value, field, add)
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            day = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return _in_window(day, field, add)
    add(field, _("'{text}' không phải là ngày").format(text=text[:40]),
        _("hãy viết theo dạng YYYY-MM-DD (2014-05-10) hoặc DD/MM/YYYY (10/05/2014)"))
    return None


def _in_window(day: dt.date, field: str, add) -> dt.date | None:
    problem = guards.date_outside_window(day)
    if problem:
        add(field, problem, _(guards.WINDOW_HINT))
        return None
    return day


def _yes_no(value: Any, field: str, add, default: bool | None = None) -> bool | None:
    if value in (None, ""):
        if default is None:
            add(field, _("thiếu giá trị có hoặc không"))
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    word = fold(str(value)).strip()
    if word in _YES:
        return True
    if word in _NO:
        return False
    add(field, _("'{value}' không phải là có hoặc không").format(value=value),
        _("hãy viết yes/no, có/không, true/false hoặc 1/0"))
    return None


_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")


def _metric_value(value: Any, unit: str, add, note) -> float | None:
    if unit == "boolean":
        flag = _yes_no(value, "value", add)
        return None if flag is None else (1.0 if flag else 0.0)
    if value in (None, ""):
        add("value", _("thiếu giá trị của chỉ tiêu"))
        return None
    if isinstance(value, bool):
        add("value", _("{value} không phải là số").format(value=value))
        return None
    if unit == "percent":
        percent = read_percent(value)
        if percent is None:
            add("value", _("'{value}' không phải là số").format(value=value),
                _("hãy viết 78 hoặc 78% (dấu phẩy thập phân cũng được chấp nhận)"))
            return None
        if not math.isfinite(percent.value):
            add("value", _("{value} không phải là số hữu hạn").format(value=value))
            return None
        if not 0 <= percent.value <= 100:
            add("value", _("{value} nằm ngoài khoảng 0%-100%").format(value=value),
                _("phần trăm viết như văn bản viết: 78 hoặc 78% là 78%"))
            return None
        if percent.note:
            note(percent.note, percent.hint)
        return percent.value
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace(" ", "")
        if not _NUMBER.match(text):
            add("value", _("'{value}' không phải là số").format(value=value),
                _("số đếm là số nguyên, từ 0 trở lên"))
            return None
        number = float(text.replace(",", "."))
    if not math.isfinite(number):
        add("value", _("{value} không phải là số hữu hạn").format(value=value))
        return None
    if number < 0:
        add("value", _("{value} không phải là số đếm").format(value=value),
            _("số đếm là số nguyên, từ 0 trở lên"))
        return None
    return number


def _check_conflicts(facts: list[Fact], problems: ProblemList) -> None:
    """Two different values for the same agency, metric (or duty) and period, reported the same day."""
    seen: dict[tuple, Fact] = {}
    for fact in facts:
        key = fact.key + (fact.reported,)
        other = seen.get(key)
        if other is None:
            seen[key] = fact
            continue
        if (other.value, other.date, other.done) != (fact.value, fact.date, fact.done):
            file, _sep, row = fact.origin.rpartition(":")
            problems.add(file or fact.origin, int(row) if row.isdigit() else None, fact.metric and "value" or "date",
                         _("{key}: ở đây là {this} nhưng ở {origin} là {other}").format(
                             key=f"{fact.agency} {fact.metric or fact.obligation} {fact.period or ''}",
                             this=_shown(fact), origin=other.origin, other=_shown(other)),
                         _("hãy giữ lại một giá trị, hoặc ghi ngày báo cáo ('reported') khác nhau cho mỗi giá trị "
                           "(giá trị báo cáo sau sẽ thay thế giá trị trước)"))


def _shown(fact: Fact) -> str:
    if fact.kind == "event":
        return (_("đã thực hiện {date}") if fact.done else _("chưa thực hiện {date}")).format(date=fact.date)
    return f"{fact.value:g}"
