"""Guards every reader and writer shares, so that bad input is refused once, in one way, everywhere.

- one date window for every date a file or the command line gives (a finite calendar; far years
  would make a recurring duty fall due millions of times);
- one JSON reader with limits (size, nesting, digits of a number, duplicate keys, lone surrogates);
- one check for control characters, which Word files (XML) cannot hold;
- one atomic writer of output folders and files: everything is written into a temporary folder
  beside the target and moved into place only when all of it succeeded.

Each refusal is a ``Refused`` carrying what a ``Problem`` needs (field, message, hint, line), so the
reader that calls the guard adds its file name and reports it the usual way.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..i18n import N_, _

# --- dates ---------------------------------------------------------------------------------------

#: The calendar the texts and reports live in. The earliest encoded or referred-to text is far later
#: than 1945 (the founding of the Democratic Republic of Viet Nam); 2199 is far beyond any deadline
#: (test texts use the 2090s-2100s so as never to clash with real ones). Bounded, an evaluation as at
#: its last day is finite: the demo data gives 147,000 findings in 40 s and 590 MB as at 31/12/2199,
#: where 9999 gave 1.4 million and letters that never finished.
EARLIEST = dt.date(1945, 1, 1)
LATEST = dt.date(2199, 12, 31)
WINDOW_TEXT = f"{EARLIEST:%d/%m/%Y} – {LATEST:%d/%m/%Y}"


def date_outside_window(day: dt.date) -> str | None:
    """Why the date is refused (a message), or None when it lies in the window."""
    if EARLIEST <= day <= LATEST:
        return None
    return _("{day} nằm ngoài khoảng ngày công cụ này làm việc ({first}–{last})").format(
        day=day.isoformat(), first=EARLIEST.year, last=LATEST.year)


#: translate where used: _(WINDOW_HINT)
WINDOW_HINT = N_("kiểm tra năm: ngày phải từ 1945-01-01 đến 2199-12-31")


# --- limits on what is read ---------------------------------------------------------------------

# a facts or findings file: the demo evaluation of five provinces as at the end of 2026 is 72 MB of
# findings JSON, as at the end of 2100 195 MB
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_DEPTH = 64  # nesting of JSON or YAML: our formats need fewer than ten levels
MAX_NUMBER_DIGITS = 30  # a figure, a count or a ratio never needs more
MAX_CELL = 16 * 1024  # one CSV cell or one line's worth of text in a cell
MAX_LINE = 1024 * 1024  # one CSV line


@dataclass
class Refused(Exception):
    """Input refused by a guard: the reader adds the file name."""

    message: str
    hint: str | None = None
    line: int | None = None
    field: str = ""
    needle: str | None = None  # text to look for when the line is not known (a number the parser gave)

    def __str__(self) -> str:
        return self.message


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int | None:
    """Offset of the first bracket nested deeper than ``limit`` in JSON text (strings skipped), or None.
    A loop, not recursion: a file of 100,000 '[' is measured, not a RecursionError."""
    depth, in_string, escape = 0, False, False
    for offset, char in enumerate(text):
        if in_string:
            if escape:
                escape = False
            elif char == "\\":
                escape = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return offset
        elif char in "]}":
            depth -= 1
    return None


_BIG_NUMBER = re.compile(r"-?\d{%d,}" % (MAX_NUMBER_DIGITS + 1))


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise Refused(_("khóa '{key}' xuất hiện hai lần trong cùng một đối tượng").format(key=key),
                          _("giữ lại một: có hai thì không biết giá trị nào đúng"))
        out[key] = value
    return out


def _number(text: str) -> float | int:
    if len(text.lstrip("-").split(".")[0].split("e")[0].split("E")[0]) > MAX_NUMBER_DIGITS:
        raise Refused(_("số {number}… có hơn {digits} chữ số").format(number=text[:20], digits=MAX_NUMBER_DIGITS),
                      _("ghi đúng số liệu như đã báo cáo"), needle=text)
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise Refused(_("số {number} quá lớn").format(number=text), _("ghi đúng số liệu như đã báo cáo"), needle=text)
    return value


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise Refused(_("số {number}… có hơn {digits} chữ số").format(number=text[:20], digits=MAX_NUMBER_DIGITS),
                      _("ghi đúng số liệu như đã báo cáo"), needle=text)
    return int(text)


def _constant(name: str) -> Any:
    raise Refused(_("{name} không phải là số mà JSON chấp nhận").format(name=name),
                  _("ghi số liệu, hoặc bỏ trường này"))


def read_json_text(path: Path) -> str:
    """The text of a JSON file (UTF-8, a BOM allowed), refused when too large or not UTF-8."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise Refused(_("tệp có {size} MB, quá {limit} MB mà công cụ này đọc được").format(
            size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)), _("chia thành nhiều tệp"))
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = line_column(data[:error.start].decode("utf-8", "replace"), error.start)
        raise Refused(_("không phải văn bản UTF-8 (byte {byte} ở dòng {line}, cột {column})").format(
            byte=f"{data[error.start]:#04x}", line=line, column=column), _("lưu tệp dưới dạng UTF-8"), line=line) from None


def loads_json(text: str) -> Any:
    """Parse JSON with the limits above: nesting, digits, NaN/Infinity, duplicate keys, lone surrogates.
    Raises Refused with the line where the parser or a guard stopped."""
    deep = nesting_depth(text)
    if deep is not None:
        line, column = line_column(text, deep)
        raise Refused(_("lồng sâu hơn {depth} cấp (dòng {line}, cột {column})").format(depth=MAX_DEPTH, line=line,
                                                                                    column=column),
                      _("đây không phải tệp của công cụ này: dùng tệp do lệnh tương ứng ghi ra"), line=line)
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_float=_number, parse_int=_integer,
                          parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise Refused(_("không phải JSON hợp lệ: {error} (dòng {line}, cột {column})").format(
            error=error.msg, line=error.lineno, column=error.colno),
                      _("kiểm tra dấu ngoặc, dấu phẩy và dấu nháy gần chỗ đó"), line=error.lineno) from None
    except Refused as refused:
        if refused.line is None and refused.needle and (offset := text.find(refused.needle)) >= 0:
            refused.line = line_column(text, offset)[0]
        raise
    bad = find_unsafe_string(data)
    if bad is not None:
        where, message = bad
        raise Refused(message, _(UNSAFE_HINT), field=where)
    return data


def find_unsafe_string(data: Any) -> tuple[str, str] | None:
    """(field path, message) of the first string (key or value) that cannot be written out, or None."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            problem = unsafe_text(value)
            if problem:
                return where, problem
        elif isinstance(value, dict):
            for key, item in value.items():
                problem = unsafe_text(str(key))
                if problem:
                    return where, f"a key {problem}"
                stack.append((f"{where}.{key}" if where else str(key), item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{index}]", item) for index, item in enumerate(value))
    return None


# --- text that files can hold -------------------------------------------------------------------

# XML 1.0 (so Word) allows tab, line feed and carriage return among the control characters; a lone
# surrogate is not text at all (it cannot be written as UTF-8).
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def unsafe_text(text: str) -> str | None:
    """Why the text cannot go into a letter or a file (a message), or None."""
    found = _UNSAFE.search(text)
    if found is None:
        return None
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        message = _("chứa một ký tự thay thế lẻ (U+{code}) ở ký tự thứ {position}")
    else:
        message = _("chứa một ký tự điều khiển (U+{code}) ở ký tự thứ {position}")
    return message.format(code=f"{ord(char):04X}", position=found.start() + 1)


#: translate where used: _(UNSAFE_HINT)
UNSAFE_HINT = N_("xóa ký tự đó: phần lớn trình soạn thảo không hiển thị nó, nên hãy gõ lại đoạn văn bản quanh nó")


# --- output -------------------------------------------------------------------------------------


def check_output_folder(folder: Path) -> str | None:
    """Why files cannot be written under ``folder`` (a message), or None. Nothing is created."""
    folder = Path(folder)
    probe = folder
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        return _("{path} là một tệp, không phải thư mục").format(path=probe)
    if not os.access(probe, os.W_OK | os.X_OK):
        return _("không ghi được vào {path} (không có quyền)").format(path=probe)
    return None


@contextmanager
def staged_folder(out_dir: Path) -> Iterator[Path]:
    """A temporary folder beside ``out_dir``; on success its files are moved into ``out_dir`` (same
    relative paths, replacing files of the same name), on any failure it is removed and ``out_dir``
    is left exactly as it was."""
    out_dir = Path(out_dir)
    problem = check_output_folder(out_dir)
    if problem:
        raise Refused(problem, _("chọn thư mục ghi khác"))
    beside = out_dir.parent  # the same file system, so files are moved, not copied
    while not beside.exists():
        beside = beside.parent
    if not os.access(beside, os.W_OK | os.X_OK):  # a writable folder under a read-only one
        beside = out_dir
    stage = Path(tempfile.mkdtemp(prefix=".obligations-staging-", dir=beside))
    try:
        yield stage
        out_dir.mkdir(parents=True, exist_ok=True)
        for source in sorted(p for p in stage.rglob("*") if p.is_file()):
            target = out_dir / source.relative_to(stage)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write a file through a temporary file in the same folder, renamed over it at the end."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise Refused(_("{path} là một thư mục").format(path=path), _("cho tên một tệp"))
    folder = path.parent
    if not folder.is_dir():
        reason = check_output_folder(folder)
        raise Refused(reason or _("thư mục {path} không có").format(path=folder),
                      _("tạo thư mục trước, hoặc chọn thư mục khác"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise Refused(_("không ghi được vào {path} (không có quyền)").format(path=folder), _("chọn chỗ khác"))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
