"""Letter templates: Jinja2 in a sandbox, undefined variables as errors, data escaped for Markdown.

A letter template is Markdown with named blocks, one per part of the official layout that is text
rather than form: ``symbol`` (after the number: ``STTTT-CNTT``), ``title`` (``BÁO CÁO`` for a report,
empty for a công văn), ``subject`` (the ``V/v`` or the report's subject), ``recipients`` (``Kính gửi``, one
per line), ``body``, ``cc`` (``Nơi nhận``, one per line) and ``annex``. The layout around them (header,
date line, signature block) follows Nghị định 30/2020/NĐ-CP and is drawn by each output format.

A user template may define only some blocks; the others come from the shipped template of that
kind. Templates run in Jinja2's immutable sandbox: no attribute starting with ``_``, no Python
internals, no file access, no changes to the data. Every ``{{ value }}`` is escaped so that ``&``,
``<``, ``*`` or ``_`` in the data print as themselves in every format; dates print as ``31/7/2013`` and
numbers with a decimal comma.
"""

from __future__ import annotations

import datetime as dt
import re
import resource
import sys
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import DictLoader, StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError, TemplateRuntimeError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..catalogue import guards
from ..catalogue.errors import Problem, did_you_mean
from ..i18n import N_, _
from . import vi
from .compose import KINDS
from .senders import LetterError

BLOCKS = ("symbol", "title", "subject", "recipients", "body", "cc", "annex")


class Markdown(str):
    """Text that is already Markdown: printed as is, not escaped again."""


_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # only an & that would read as an HTML entity (&amp; &#38;)


def escape_markdown(text: str) -> str:
    """Data as literal Markdown text: ``Sở KH&ĐT`` stays as it is, ``a*b`` becomes ``a\\*b``."""
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))


def _finalize(value):
    """How a ``{{ value }}`` prints: None as nothing, dates short, numbers with a decimal comma, text escaped."""
    if value is None:
        return ""
    if isinstance(value, Markdown):
        return value
    if isinstance(value, dt.date):
        return vi.short_date(value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, (int, float)):
        return vi.number(value)
    return escape_markdown(str(value))


# --- limits on what a template may do -----------------------------------------------------------
# A user's template runs in the sandbox, which keeps it from the data and the machine; these keep it
# from the clock and the memory: a letter's part is at most MAX_TEXT characters, a user template has
# SECONDS to render a letter and MAX_MEMORY more memory than the process had, and no width, count or
# power a template asks for may build a value larger than MAX_TEXT.

MAX_TEXT = 1_000_000
MAX_WIDTH = 10_000  # a width, a repeat count, an indent
SECONDS = 5.0
RUN_SECONDS = 60.0
MAX_MEMORY = 512 * 1024 * 1024
MAX_TEMPLATE_BYTES = 1024 * 1024


class TemplateLimit(TemplateRuntimeError):
    """A template asked for more than a letter needs (time, size); the message says which."""


def _too_big(what: str) -> TemplateLimit:
    return TemplateLimit(_("{what}: vượt quá mức một văn bản cần (tối đa {text} ký tự, độ rộng và số lần lặp "
                           "tối đa {width})").format(what=what, text=f"{MAX_TEXT:,}", width=f"{MAX_WIDTH:,}"))


def _size(value) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple)) else None


def _check_binop(operator: str, left, right) -> None:
    """Refuse, before it is computed, an operation whose result would be huge: 'x' * 10**9,
    2 ** 100000000, '%*s' % (10**9, 'x'), a string doubled into gigabytes."""
    numbers = (int, float)
    if operator == "**" and isinstance(left, numbers) and isinstance(right, numbers):
        if isinstance(right, int) and abs(right) > 64 and abs(left) > 1:
            raise _too_big(f"{left} ** {right}")
    elif operator == "*":
        for seq, count in ((left, right), (right, left)):
            if _size(seq) is not None and isinstance(count, int) and _size(seq) * max(count, 0) > MAX_TEXT:
                raise _too_big(_("lặp một đoạn văn bản {count} lần").format(count=f"{count:,}"))
        if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > 4096:
            raise _too_big(_("một phép nhân có kết quả lớn như vậy"))
    elif operator == "%" and isinstance(left, str):
        args = right if isinstance(right, tuple) else (right,)
        if any(isinstance(a, int) and not isinstance(a, bool) and abs(a) > MAX_WIDTH for a in args) or \
                re.search(r"%[-+ #0]*(\d{5,})", left):
            raise _too_big(_("độ rộng trong một định dạng %"))
    elif operator == "+" and _size(left) is not None and _size(right) is not None:
        if _size(left) + _size(right) > MAX_TEXT:
            raise _too_big(_("nối các đoạn văn bản này"))


def _guarded_join(parts) -> str:
    """``a ~ b``: the concatenation, refused when it would pass MAX_TEXT."""
    parts = [str(part) for part in parts]
    if sum(len(part) for part in parts) > MAX_TEXT:
        raise _too_big(_("nối các đoạn văn bản này bằng ~"))
    return "".join(parts)


class _GuardedCode(CodeGenerator):
    """The compiled template calls ``_guarded_join`` for ``~`` (Jinja's own join cannot be intercepted)."""

    def visit_Concat(self, node, frame) -> None:
        self.write("environment.guarded_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class _LetterSandbox(ImmutableSandboxedEnvironment):
    # intercepted operators are computed at render time through call_binop (never folded while the
    # template compiles: '{{ 2**100000000 }}' used to hang the loading)
    intercepted_binops = frozenset({"*", "**", "%", "+", "//"})
    code_generator_class = _GuardedCode
    guarded_join = staticmethod(_guarded_join)

    def call_binop(self, context, operator, left, right):
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        # a method of a text ('x'.center(10**10), .ljust, .zfill, .format with a width) or of a list
        if isinstance(getattr(__obj, "__self__", None), (str, list, tuple)):
            values = list(args) + list(kwargs.values())
            if any(isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_WIDTH for v in values):
                raise _too_big(_("{method}() với số đó").format(method=getattr(__obj, "__name__", "?")))
            if any(isinstance(v, str) and re.search(r"\d{5,}", v) for v in values) and \
                    getattr(__obj, "__name__", "") in ("format", "format_map"):
                raise _too_big(_("độ rộng trong một định dạng"))
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value):
        """'{:>999999999}'.format('x'), or a width given as an argument: refused before formatting."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None

        def guarded(*args, **kwargs):
            values = list(args) + list(kwargs.values())
            if re.search(r"\d{5,}", value.__self__) or any(
                    isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_WIDTH for v in values):
                raise _too_big(_("độ rộng trong một định dạng"))
            return wrapped(*args, **kwargs)
        return guarded


def _capped(name: str, function, *positions: int):
    """A Jinja filter whose numeric arguments at ``positions`` (after the value) are widths or counts.
    Jinja's marker for filters that take the context or environment first is kept."""
    passes = getattr(function, "jinja_pass_arg", None)

    def capped(*all_args, **kwargs):
        args = all_args[2:] if passes else all_args[1:]  # after (context,) value
        for position in positions:
            if len(args) > position and isinstance(args[position], int) and abs(args[position]) > MAX_WIDTH:
                raise _too_big(_("bộ lọc '{name}' với {number}").format(name=name, number=f"{args[position]:,}"))
        if any(isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_WIDTH for v in kwargs.values()):
            raise _too_big(_("bộ lọc '{name}' với số đó").format(name=name))
        result = function(*all_args, **kwargs)
        if isinstance(result, str) and len(result) > MAX_TEXT:
            raise _too_big(_("bộ lọc '{name}'").format(name=name))
        return result

    if passes is not None:
        capped.jinja_pass_arg = passes
    return capped


def _iterable(value) -> bool:
    return hasattr(value, "__iter__") and not isinstance(value, (str, dict))


def _typed(name: str, function, accepts, expected: str):
    """One of our filters, with a message naming it and what it takes when given something else
    (``{{ 'x'|date_line }}`` said "'str' object has no attribute 'day'"). ``accepts``: types, or a test."""
    def typed(value, *args, **kwargs):
        fits = accepts(value) if callable(accepts) and not isinstance(accepts, tuple) else \
            isinstance(value, accepts) and not (isinstance(value, bool) and bool not in accepts)
        if not fits:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            raise TemplateRuntimeError(_("bộ lọc '{name}' nhận {expected}, không nhận {shown}").format(
                name=name, expected=_(expected), shown=shown))
        try:
            return function(value, *args, **kwargs)
        except (TypeError, ValueError, AttributeError) as error:
            raise TemplateRuntimeError(_("bộ lọc '{name}' không dùng được {value}: {error}").format(
                name=name, value=f"{value!r:.40}", error=error)) from None
    return typed


def _environment(sources: dict[str, str]) -> ImmutableSandboxedEnvironment:
    env = _LetterSandbox(
        loader=DictLoader(sources), undefined=StrictUndefined, finalize=_finalize, autoescape=False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
    number = (int, float, type(None))
    env.filters.update({
        "date_line": _typed("date_line", vi.date_line, (dt.date,), N_("một ngày (ví dụ date, as_of, reply_by)")),
        "short_date": _typed("short_date", vi.short_date, (dt.date, str, type(None)), N_("một ngày hoặc chuỗi YYYY-MM-DD")),
        "caps": _typed("caps", vi.caps, (str,), N_("một đoạn văn bản")),
        "lower_first": _typed("lower_first", vi.lower_first, (str,), N_("một đoạn văn bản")),
        "percent": _typed("percent", lambda value: vi.number(value, "percent"), number, N_("một số")),
        "number": _typed("number", vi.number, number + (bool,), N_("một số")),
        "join_vi": _typed("join_vi", vi.join, _iterable, N_("một danh sách")),
    })
    for name, positions in {"center": (0,), "indent": (0,), "wordwrap": (0,), "truncate": (0,),
                            "batch": (0,), "slice": (0,), "format": tuple(range(8)), "replace": (),
                            "join": (), "string": (), "pprint": (), "urlize": (0,)}.items():
        env.filters[name] = _capped(name, env.filters[name], *positions)
    env.globals.pop("lipsum", None)  # a letter has no use for lorem ipsum, and lipsum(10**6) is a hang
    return env


class _Deadline:
    """A time and memory limit on Python code running in this thread (a template's compiled code):
    checked every few hundred lines it runs, through sys.settrace, so a loop with an empty body is
    stopped too. Only user templates run under it; the shipped ones are trusted and fast.

    One letter has ``seconds`` across its blocks; a run (one ``Templates``) has ``RUN_SECONDS`` across
    its letters, so a template just under the letter's limit cannot hold 200 letters for 16 minutes."""

    def __init__(self, seconds: float, memory: int, spent: float):
        self.seconds, self.memory, self.spent = seconds, memory, spent
        self.ends = time.monotonic() + min(seconds, max(RUN_SECONDS - spent, 0.0))
        self.used = 0.0

    def __enter__(self):
        self.started = time.monotonic()
        self.memory_limit = _peak_memory() + self.memory
        self.count = 0
        self.previous = sys.gettrace()
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc) -> None:
        sys.settrace(self.previous)
        self.used += time.monotonic() - self.started

    def _global(self, frame, event, arg):
        return self._local

    def _local(self, frame, event, arg):
        self.count += 1
        if self.count % 256 == 0:
            if time.monotonic() > self.ends:
                if self.spent + self.seconds > RUN_SECONDS:
                    raise TemplateLimit(_("mẫu văn bản đã chạy quá {seconds} giây cho các văn bản của lần chạy này").format(
                        seconds=f"{RUN_SECONDS:g}"))
                raise TemplateLimit(_("mẫu văn bản đã chạy quá {seconds} giây cho một văn bản").format(
                    seconds=f"{self.seconds:g}"))
            if _peak_memory() > self.memory_limit:
                raise TemplateLimit(_("mẫu văn bản đã dùng quá {megabytes} MB bộ nhớ").format(
                    megabytes=self.memory // (1024 * 1024)))
        return self._local


def _peak_memory() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux


def shipped_path(kind: str) -> Path:
    return Path(str(resources.files("obligations.letters") / "templates" / f"{kind}.md.j2"))


@dataclass
class Rendered:
    """The text parts of one letter, each Markdown, ready for a format to lay out."""

    symbol: str
    title: str
    subject: str
    recipients: list[str]
    body: str
    cc: list[str]
    annex: str


class Templates:
    """The shipped templates, with a user's own in place of any of them (``{kind: path}``)."""

    def __init__(self, user: dict[str, Path] | None = None):
        user = {k: Path(v) for k, v in (user or {}).items()}
        unknown = [k for k in user if k not in KINDS]
        if unknown:
            raise LetterError(_("không có loại văn bản '{kind}' để dùng mẫu: dùng {kinds}").format(
                kind=unknown[0], kinds=", ".join(KINDS)))
        sources: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        for kind in KINDS:
            path = shipped_path(kind)
            sources[f"shipped/{kind}"] = path.read_text(encoding="utf-8")
            self._labels[f"shipped/{kind}"] = f"{kind}.md.j2 (shipped)"
        for kind, path in user.items():
            sources[f"user/{kind}"] = _read_user_template(path)
            self._labels[f"user/{kind}"] = str(path)
        self._env = _environment(sources)
        self._compiled = {}
        for name in sources:
            try:
                self._compiled[name] = self._env.get_template(name)
            except TemplateSyntaxError as error:
                raise LetterError([Problem(self._labels[name], error.lineno, "", _("lỗi cú pháp mẫu văn bản: {reason}").format(reason=error.message),
                                           _("xem docs/letters.md về ngôn ngữ mẫu và các khối"))]) from None
            except TemplateError as error:  # a limit hit while compiling
                raise LetterError([Problem(self._labels[name], None, "", _("lỗi mẫu văn bản: {reason}").format(reason=error.message),
                                           None)]) from None
            except RecursionError:
                raise LetterError([Problem(self._labels[name], None, "", _("mẫu văn bản lồng nhau quá sâu, không biên dịch được"),
                                           _("xem docs/letters.md"))]) from None
            if name.startswith("user/"):
                _check_blocks(self._labels[name], sources[name], self._compiled[name])
        self._user = set(user)
        self._spent = 0.0  # seconds user templates have run in this Templates' letters

    def render(self, kind: str, context: dict) -> Rendered:
        """Each block of the letter's template (the user's where it defines one), as Markdown."""
        shipped = self._compiled[f"shipped/{kind}"]
        mine = self._compiled.get(f"user/{kind}") if kind in self._user else None
        parts = {}
        limit = _Deadline(SECONDS, MAX_MEMORY, self._spent) if mine is not None else None
        for block in BLOCKS:
            template = mine if mine is not None and block in mine.blocks else shipped
            name = f"user/{kind}" if template is mine else f"shipped/{kind}"
            render_block = template.blocks.get(block)
            if render_block is None:
                parts[block] = ""
            elif template is mine:
                with limit:
                    parts[block] = self._run(template, name, render_block, context).strip()
            else:
                parts[block] = self._run(template, name, render_block, context).strip()
        if limit is not None:
            self._spent += limit.used
        return Rendered(symbol=parts["symbol"], title=parts["title"], subject=" ".join(parts["subject"].split()),
                        recipients=_lines(parts["recipients"]), body=parts["body"], cc=_lines(parts["cc"]),
                        annex=parts["annex"])

    def _run(self, template, name: str, render_block, context: dict) -> str:
        try:
            out, size = [], 0
            for chunk in render_block(template.new_context(context)):
                size += len(chunk)
                if size > MAX_TEXT:
                    raise _too_big(_("nội dung phần này của văn bản"))
                out.append(chunk)
            return "".join(out)
        except TemplateLimit as error:
            raise self._problem(name, error, _("bị từ chối: {reason}").format(reason=error.message),
                                _("một văn bản chỉ dài vài trang: kiểm tra các vòng lặp, độ rộng và số lần lặp")) from None
        except RecursionError as error:
            raise self._problem(name, error, _("mẫu văn bản gọi hoặc chèn chính nó không có điểm dừng"),
                                _("một macro chỉ được gọi lại chính nó với giá trị nhỏ hơn; một mẫu không được chèn "
                                  "chính nó")) from None
        except SecurityError as error:
            raise self._problem(name, error, _("bị từ chối: mẫu văn bản thực hiện thao tác không an toàn"),
                                _("mẫu văn bản chỉ được dùng các biến và bộ lọc đã mô tả trong tài liệu")) from None
        except UndefinedError as error:
            raise self._problem(name, error, _("biến không có: {reason}").format(reason=error.message),
                                _("xem docs/letters.md về các biến của từng loại văn bản")) from None
        except TemplateError as error:
            raise self._problem(name, error, _("lỗi mẫu văn bản: {reason}").format(reason=error.message), None) from None
        except (TypeError, ValueError, ArithmeticError, AttributeError, LookupError) as error:
            raise self._problem(name, error, _("lỗi mẫu văn bản: {reason}").format(reason=_plain_reason(error)),
                                _("một bộ lọc hoặc phép tính nhận giá trị khác kiểu: xem docs/letters.md về kiểu "
                                  "của từng biến")) from None

    def _problem(self, name: str, error: Exception, message: str, hint: str | None) -> LetterError:
        if isinstance(error, SecurityError):
            message = f"{message}: {error}"
        return LetterError([Problem(self._labels[name], _template_line(error), "", message, hint)])


_KIND = {"NoneType": N_("một giá trị rỗng (none)"), "int": N_("một số"), "float": N_("một số"),
         "str": N_("một đoạn văn bản"), "bool": N_("một giá trị có/không"), "dict": N_("một bản ghi"),
         "list": N_("một danh sách"), "date": N_("một ngày")}


def _kind(name: str) -> str:
    return _(_KIND[name]) if name in _KIND else name


def _plain_reason(error: Exception) -> str:
    """Python's wording of a type error, said in terms of the template's values."""
    text = str(error)
    found = re.match(r"'(\w+)' object is not (iterable|subscriptable|callable)", text)
    if found:
        need = {"iterable": N_("một danh sách"), "subscriptable": N_("một danh sách hoặc một bản ghi"),
                "callable": N_("một macro hoặc một hàm")}
        return _("{given} ở chỗ cần {needed}").format(given=_kind(found.group(1)), needed=_(need[found.group(2)]))
    found = re.match(r"unsupported operand type\(s\) for (.+): '(\w+)' and '(\w+)'", text)
    if found:
        return _("'{operator}' không kết hợp được {left} và {right}").format(
            operator=found.group(1), left=_kind(found.group(2)), right=_kind(found.group(3)))
    return text


def _read_user_template(path: Path) -> str:
    """A user's template: a UTF-8 text file of reasonable size without control characters."""
    shown = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise LetterError([Problem(shown, None, "", _("mẫu văn bản có dung lượng {size} KB, vượt mức {limit} KB cho phép của một mẫu văn bản").format(
                                           size=size // 1024, limit=MAX_TEMPLATE_BYTES // 1024), None)])
        data = path.read_bytes()
    except OSError as error:
        raise LetterError([Problem(shown, None, "", _("không đọc được mẫu văn bản: {reason}").format(reason=error.strerror),
                                   _("hãy đưa vào một tệp văn bản UTF-8"))]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise LetterError([Problem(shown, line, "", _("không phải văn bản UTF-8 (byte {byte})").format(byte=f"{data[error.start]:#04x}"),
                                   _("lưu mẫu văn bản với bảng mã UTF-8"))]) from None
    for number, line in enumerate(text.splitlines(), start=1):
        problem = guards.unsafe_text(line)
        if problem:
            raise LetterError([Problem(shown, number, "", _("dòng này {problem}").format(problem=problem), _(guards.UNSAFE_HINT))])
    return text


_BLOCK = re.compile(r"{%-?\s*block\s+(\w+)")


def _check_blocks(label: str, source: str, template) -> None:
    """A block the letter does not have (``{% block bodyy %}``) would be silently ignored: refuse it."""
    for name in template.blocks:
        if name in BLOCKS:
            continue
        match = next((m for m in _BLOCK.finditer(source) if m.group(1) == name), None)
        line = source.count("\n", 0, match.start()) + 1 if match else None
        raise LetterError([Problem(label, line, "", _("khối tên '{name}' không có trong văn bản").format(name=name),
                                   ((did_you_mean(name, BLOCKS) or "") + " " + _("các khối là: {blocks}").format(
                                       blocks=", ".join(BLOCKS))).strip())])


def _template_line(error: Exception) -> int | None:
    """The template line where the error arose: the deepest frame of compiled template code."""
    line = None
    tb = error.__traceback__
    while tb is not None:
        template = tb.tb_frame.f_globals.get("__jinja_template__")
        if template is not None:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


def _lines(text: str) -> list[str]:
    """A list block (``Kính gửi``, ``Nơi nhận``): one entry per line, without its dash and end mark;
    each format puts them back as the decree wants (``- ...;`` and the last ``- ....``)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(("- ", "+ ", "* ")):
            line = line[2:].strip()
        line = line.rstrip(";.").rstrip() if not line.endswith("./.") else line
        if line:
            out.append(line)
    return out
