"""Read YAML, find the line of any field, and turn pydantic errors into problems that point at a line.

Files are parsed with ruamel's fast (C) safe loader; the slower round-trip tree, which knows the line
of every node, is built only when a problem needs a line number.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, ScalarEvent
from ruamel.yaml.reader import ReaderError

from ..i18n import N_, _
from .errors import ProblemList, did_you_mean
from .guards import MAX_DEPTH, MAX_NUMBER_DIGITS, UNSAFE_HINT, line_column, unsafe_text

TOP_NOT_MAPPING = N_("đầu tệp phải là một ánh xạ (các cặp khóa: giá trị)")
TOP_NOT_MAPPING_HINT = N_("xem directives/README.md để biết bố cục của một tệp văn bản chỉ đạo")

# Dates stay text in both loaders: the model parses them, so a bad date is reported at its line.
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _RoundTripConstructor(RoundTripConstructor):
    pass


class _SafeConstructor(SafeConstructor):
    pass


_RoundTripConstructor.add_constructor(_TIMESTAMP, _RoundTripConstructor.construct_yaml_str)
_SafeConstructor.add_constructor(_TIMESTAMP, _SafeConstructor.construct_yaml_str)
_with_lines = YAML(typ="rt")
_with_lines.Constructor = _RoundTripConstructor
_fast = YAML(typ="safe", pure=False)
_fast.Constructor = _SafeConstructor


class YamlDocument:
    """A parsed YAML file (plain Python data) that can tell the line of any node in it (1-based)."""

    def __init__(self, path: Path, text: str, data: Any, shown_as: str):
        self.path = path
        self.text = text
        self.data = data
        self.name = shown_as

    @cached_property
    def _tree(self) -> Any:
        return _with_lines.load(self.text)

    def line_of(self, loc: tuple | list) -> tuple[int | None, list]:
        """Line of the deepest node of ``loc`` that exists, and the part of ``loc`` that matched."""
        node, line, matched = self._tree, 1, []
        for part in loc:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
            matched.append(part)
        return line, matched


MAX_YAML_BYTES = 10 * 1024 * 1024  # the largest directive file is well under 1 MB
_LONG_NUMBER = re.compile(r"^[-+]?[0-9_]{%d,}$" % (MAX_NUMBER_DIGITS + 1))


def read_yaml(path: Path, shown_as: str, problems: ProblemList) -> YamlDocument | None:
    """Parse ``path``; a syntax error becomes one problem with its line, and None is returned.

    Data files need no anchors or aliases and no deep nesting: both are refused before anything is
    built (an alias bomb expands to gigabytes; deep nesting overflows the parser's recursion)."""
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            problems.add(shown_as, None, "", _("tệp dung lượng {size} MB, vượt quá {limit} MB cho phép của một tệp "
                         "dữ liệu").format(size=size // (1024 * 1024), limit=MAX_YAML_BYTES // (1024 * 1024)),
                         _("tách thành nhiều tệp"))
            return None
        raw = path.read_bytes()
    except OSError as exc:
        problems.add(shown_as, None, "", _("không đọc được tệp: {reason}").format(reason=exc.strerror))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = line_column(raw[:exc.start].decode("utf-8", "replace"), exc.start)
        problems.add(shown_as, line, "", _("không phải văn bản UTF-8 (byte {byte} ở cột {column})").format(
            byte=f"{raw[exc.start]:#04x}", column=column), _("lưu tệp với bảng mã UTF-8"))
        return None
    if not _bounded(text, shown_as, problems):
        return None
    try:
        data = _fast.load(text)
    except Exception:  # noqa: BLE001 - parse again with the round-trip loader for a precise message
        data = None
    if data is not None:
        if not isinstance(data, dict):
            problems.add(shown_as, 1, "", _(TOP_NOT_MAPPING), _(TOP_NOT_MAPPING_HINT))
            return None
        return YamlDocument(path, text, data, shown_as)
    try:
        data = _with_lines.load(text)
    except MarkedYAMLError as exc:
        _syntax_problem(exc, shown_as, problems, text)
        return None
    except Exception as exc:  # noqa: BLE001 - ruamel raises a few non-marked errors (int limits among them)
        problems.add(shown_as, None, "", _("lỗi YAML: {error}").format(error=str(exc).split("; use sys.")[0]))
        return None
    if isinstance(data, dict):
        return YamlDocument(path, text, plain(data), shown_as)
    problems.add(shown_as, 1, "", _(TOP_NOT_MAPPING), _(TOP_NOT_MAPPING_HINT))
    return None


def _bounded(text: str, shown_as: str, problems: ProblemList) -> bool:
    """Walk the parser's events (the C parser: no recursion, nothing built) and refuse what a data
    file never needs: anchors and aliases, nesting deeper than MAX_DEPTH, numbers of absurd length,
    control characters. Syntax errors are reported here too, at the line where they start."""
    depth = 0
    try:
        for event in _fast.parse(text):
            line = event.start_mark.line + 1 if event.start_mark else None
            if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
                problems.add(shown_as, line, "", _("tệp dữ liệu không được dùng neo và bí danh YAML (&name, *name)"),
                             _("viết đầy đủ giá trị ở mỗi chỗ cần dùng"))
                return False
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    problems.add(shown_as, line, "", _("lồng nhau sâu quá {depth} cấp").format(depth=MAX_DEPTH),
                                 _("đây không phải tệp dữ liệu của công cụ: kiểm tra thụt lề, hoặc bắt đầu từ một "
                                   "tệp có sẵn"))
                    return False
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            elif isinstance(event, ScalarEvent):
                if not event.style and _LONG_NUMBER.match(event.value or ""):
                    problems.add(shown_as, line, "", _("một số có {digits} chữ số").format(digits=len(event.value)),
                                 _("không số liệu nào cần quá {limit} chữ số; đặt trong ngoặc kép nếu đó là văn "
                                   "bản").format(limit=MAX_NUMBER_DIGITS))
                    return False
                unsafe = unsafe_text(event.value or "")
                if unsafe:
                    problems.add(shown_as, line, "", _("văn bản {problem}").format(problem=unsafe),
                                 _(UNSAFE_HINT))
                    return False
    except ReaderError as exc:
        # the C reader counts bytes of the UTF-8 text, not characters
        prefix = text.encode("utf-8")[:exc.position].decode("utf-8", "ignore") if isinstance(exc.position, int) else ""
        line, column = line_column(prefix, len(prefix)) if prefix else (None, None)
        char = exc.character
        code = f"U+{char:04X}" if isinstance(char, int) else repr(char)
        problems.add(shown_as, line, "", _("ký tự YAML không cho phép ({code}) ở cột {column}").format(
            code=code, column=column), _(UNSAFE_HINT))
        return False
    except MarkedYAMLError as exc:
        _syntax_problem(exc, shown_as, problems, text)
        return False
    except RecursionError:  # a parser in pure Python (no C extension) on deep nesting
        problems.add(shown_as, None, "", _("lồng nhau quá sâu, không đọc được"), _("kiểm tra thụt lề"))
        return False
    return True


def _syntax_problem(exc: MarkedYAMLError, shown_as: str, problems: ProblemList, text: str = "") -> None:
    """A syntax error at the line where the trouble starts: a quote left open is reported at the
    quote, not where the parser gave up (perhaps many lines further, at the next quote mark)."""
    problem_line = exc.problem_mark.line + 1 if exc.problem_mark else None
    context_line = exc.context_mark.line + 1 if exc.context_mark else None
    line = problem_line or context_line
    message = " ".join(filter(None, [exc.context, exc.problem])) or _("lỗi cú pháp YAML")
    hint = _("kiểm tra thụt lề, và đặt trong ngoặc kép văn bản có chứa ': ' hoặc bắt đầu bằng một ký tự đặc biệt")
    opened = _open_quote(text, line) if text and line else None
    if opened:
        first, last = opened
        message = _("đoạn văn mở ngoặc kép ở dòng {first} kéo dài tới dòng {last}, nơi trình đọc dừng lại "
                    "({message})").format(first=first, last=last, message=message)
        line = first
        hint = _("đóng ngoặc kép ngay trên dòng đó; trong \"...\" viết \\\" cho dấu ngoặc kép, hoặc dùng '...'")
    problems.add(shown_as, line, "", _("lỗi cú pháp YAML: {message}").format(message=message), hint)


def _open_quote(text: str, problem_line: int) -> tuple[int, int] | None:
    """(first, last line) of the last quoted scalar spanning several lines that ends at or just before
    the line of a syntax error: most often a closing quote is missing on its first line."""
    from ruamel.yaml.tokens import ScalarToken

    found = None
    try:
        for token in _fast.scan(text):
            if token.start_mark.line + 1 > problem_line:
                break
            if isinstance(token, ScalarToken) and token.style in ('"', "'") and \
                    token.end_mark.line > token.start_mark.line:
                found = (token.start_mark.line + 1, token.end_mark.line + 1)
    except Exception:  # noqa: BLE001 - the scanner stops at the error itself: what it read so far is enough
        pass
    if found and problem_line - found[1] <= 2:
        return found
    return None


def plain(node: Any) -> Any:
    """ruamel containers and scalars to plain Python (dict, list, str, int, float, date)."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return node


def field_path(parts: list) -> str:
    """``('obligations', 3, 'targets', 0)`` -> ``obligations[3].targets[0]``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def report_validation_error(error: ValidationError, doc: YamlDocument, model: type[BaseModel],
                            problems: ProblemList, prefix: tuple = ()) -> None:
    """One problem per distinct place, with the line, the field and a suggestion where we have one."""
    seen: set[tuple] = set()
    for item in error.errors(include_url=False):
        loc = prefix + tuple(item["loc"])
        line, matched = doc.line_of(loc)
        where = field_path(matched)
        kind = item["type"]
        message, hint = item["msg"], None
        if kind == "extra_forbidden":
            name = loc[-1]
            where = field_path(matched) or str(name)
            allowed = _fields_at(model, [p for p in item["loc"][:-1]])
            message = _("không có trường '{name}'").format(name=name)
            hint = did_you_mean(str(name), allowed) or (
                _("các trường được phép: {fields}").format(fields=", ".join(allowed)) if allowed else None)
            if " " in str(name):
                hint = _("có vẻ đây là văn bản bị dấu phẩy cắt ra bên trong {...}: đặt văn bản trong ngoặc kép, "
                         "hoặc viết ánh xạ mỗi trường một dòng")
        elif kind == "missing":
            name = loc[-1]
            where = field_path(list(matched) + [name])
            message = _("thiếu trường bắt buộc")
            hint = _("thêm '{name}'").format(name=name)
        elif kind == "enum" or kind == "literal_error":
            expected = item.get("ctx", {}).get("expected", "")
            given = item.get("input")
            choices = [c.strip(" '\"") for c in expected.replace(" or ", ",").split(",") if c.strip()]
            message = _("'{given}' không thuộc các giá trị {expected}").format(
                given=given, expected=expected.replace(" or ", _(" hoặc ")))
            hint = did_you_mean(str(given), choices)
        elif kind == "string_pattern_mismatch":
            message = _("'{given}' sai dạng").format(given=item.get("input"))
            hint = _pattern_hint(str(loc[-1]) if loc else "")
        elif kind in ("string_too_short", "too_short") and isinstance(item.get("input"), str):
            message = _("trống: văn bản chỉ có khoảng trắng")
            hint = _("viết nội dung, hoặc bỏ trường này nếu nó không bắt buộc")
        elif kind.startswith(("date_type", "date_parsing", "date_from", "datetime_")):
            message = _("'{given}' không phải là ngày").format(given=item.get("input"))
            hint = _("viết ngày theo dạng YYYY-MM-DD, ví dụ 2013-07-31")
        elif message.startswith("Value error, "):
            message = message[len("Value error, "):]
        key = (line, where, message)
        if key in seen:
            continue
        seen.add(key)
        problems.add(doc.name, line, where, message, hint)


def _pattern_hint(field_name: str) -> str:
    hints = {
        "period": N_("viết một năm (2014), nửa năm (2014-H1, 2014-H2), một quý (2013-Q4), một tháng (2014-06) hoặc một khoảng năm (2013..2015)"),
        "until": N_("viết một kỳ: 2014, 2014-H1, 2013-Q4, 2014-06 hoặc 2013..2015"),
        "from": N_("viết một kỳ: 2014, 2014-H1, 2013-Q4, 2014-06 hoặc 2013..2015"),
        "key": N_("đường dẫn điều khoản như 2.g, 1.I.2.a.1, 19.1.dd, 1.g2-2 (chữ cái ASCII, chữ số, '.', '-')"),
        "id": N_("chữ thường ASCII: <issuer>/<symbol>-<year>, ví dụ ubnd-khanh-hoa/12-ct-ubnd-2013"),
    }
    other = N_("id là các từ ASCII viết thường nối bằng '-' (ví dụ so-noi-vu)")
    return _(hints.get(field_name, other))


def _fields_at(model: type[BaseModel], loc: list) -> list[str]:
    """Field names of the model reached by following ``loc`` (for did-you-mean on unknown fields)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return []
        current = _inner_model(fields[part].annotation)
        if current is None:
            return []
    fields = getattr(current, "model_fields", {})
    return [info.alias or name for name, info in fields.items() if name not in ("id", "document_id")]


def _inner_model(annotation: Any) -> Any:
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
