"""One letter as every format draws it: the official layout's parts, and the Markdown and HTML faces.

The parts follow Nghị định 30/2020/NĐ-CP, Phụ lục I: the header's two columns (parent body, sender,
number, ``V/v``; Quốc hiệu, Tiêu ngữ, place and date), the title of a report, ``Kính gửi``, the body,
the signature block and ``Nơi nhận``, then any annex. Text from templates is Markdown; text from
the configuration is plain and is escaped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from . import markdown
from . import vi
from .compose import Letter
from .templates import Rendered, escape_markdown

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
SAMPLE_NOTE = "DỮ LIỆU MẪU: thư tạo từ số liệu minh họa, không phải số liệu thật; không dùng để gửi."


@dataclass
class Sheet:
    kind: str
    parent: str  # plain text, as configured: "UBND tỉnh Khánh Hòa"
    sender: str  # plain text: "Sở Thông tin và Truyền thông"
    number: str  # "" for the clerk to fill
    symbol: str  # Markdown from here on
    place_date: str
    title: str
    subject: str
    recipients: list[str]
    body: str
    cc: list[str]
    annex: str
    signer_authority: str | None
    signer_title: str
    signer_name: str | None
    sample: bool

    @property
    def number_line(self) -> str:
        """``Số: 125/STTTT-CNTT``, or a blank the width of a number for the clerk: ``Số:      /STTTT-CNTT``."""
        return f"Số: {self.number or ' ' * 6}/{markdown.plain(self.symbol)}"

    @property
    def recipient_lines(self) -> list[str]:
        """``Kính gửi`` entries as the decree punctuates them: each ``- ...;``, the last ``- ....``"""
        return _punctuated(self.recipients)

    @property
    def cc_lines(self) -> list[str]:
        return _punctuated(self.cc)


def sheet(letter: Letter, rendered: Rendered) -> Sheet:
    context = letter.context
    sender, signer = context["sender"], context["sender"]["signer"]
    return Sheet(
        kind=letter.kind, parent=sender["parent"], sender=sender["name"], number=context.get("number", ""),
        symbol=rendered.symbol, place_date=f"{sender['place']}, {vi.date_line(context['date'])}",
        title=rendered.title, subject=rendered.subject, recipients=rendered.recipients, body=rendered.body,
        cc=rendered.cc, annex=rendered.annex, signer_authority=signer.get("authority"),
        signer_title=signer["title"], signer_name=_sample_marked(signer.get("name"), signer.get("sample")),
        sample=context["sample_data"])


def _sample_marked(name: str | None, sample: bool | None) -> str | None:
    """A made-up name says so wherever it appears: ``Nguyễn Văn Hòa (tên mẫu)``."""
    return f"{name} (tên mẫu)" if name and sample else name


def _punctuated(entries: list[str]) -> list[str]:
    return [f"{entry}{'.' if i == len(entries) - 1 else ';'}" for i, entry in enumerate(entries)]


# ---- Markdown ------------------------------------------------------------------------------------


def to_markdown(page: Sheet) -> str:
    esc = escape_markdown
    lines: list[str] = []
    if page.sample:
        lines += [f"*{SAMPLE_NOTE}*", ""]
    lines += [f"{esc(vi.caps(page.parent))}  ", f"**{esc(vi.caps(page.sender))}**  ", f"{esc(page.number_line)}  "]
    if not page.title:
        lines.append(page.subject)
    lines += ["", f"**{QUOC_HIEU}**  ", f"**{TIEU_NGU}**  ", f"*{esc(page.place_date)}*", ""]
    if page.title:
        lines += [f"**{page.title}**  ", f"**{page.subject}**", ""]
    if len(page.recipients) == 1:
        lines += [f"Kính gửi: {page.recipient_lines[0]}", ""]
    else:
        lines += ["Kính gửi:", "", *[f"- {entry}" for entry in page.recipient_lines], ""]
    lines += [page.body, ""]
    if page.signer_authority:
        lines.append(f"**{esc(vi.caps(page.signer_authority))}**  ")
    lines += [f"**{esc(vi.caps(page.signer_title))}**", ""]
    lines += [f"**{esc(page.signer_name)}**" if page.signer_name else "(ký, ghi rõ họ tên)", ""]
    lines += ["***Nơi nhận:***", "", *[f"- {entry}" for entry in page.cc_lines], ""]
    if page.annex:
        lines += ["---", "", page.annex, ""]
    return "\n".join(lines)


# ---- HTML (printable) ----------------------------------------------------------------------------

_html = Environment(loader=FileSystemLoader(str(resources.files("obligations.letters") / "layout")),
                    autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
                    trim_blocks=True, lstrip_blocks=True)


_SYMBOL = re.compile(r"[^\s<>]*\d[^\s<>]*/[^\s<>]*-[^\s<>]+")  # 12/CT-UBND, 28/2018/QĐ-TTg
_TEXT = re.compile(r">([^<]+)<")


def _keep_symbols_whole(html: str) -> str:
    """Symbols in a span that does not wrap, so that ``12/CT-UBND`` never breaks at its hyphen."""
    def wrap(match: re.Match) -> str:
        return ">" + _SYMBOL.sub(lambda m: f'<span class="symbol">{m.group()}</span>', match.group(1)) + "<"
    return _TEXT.sub(wrap, f">{html}<")[1:-1]


def to_html(page: Sheet) -> str:
    def md(text: str) -> Markup:
        return Markup(_keep_symbols_whole(markdown.html(text)))

    def md_inline(text: str) -> Markup:
        return Markup(_keep_symbols_whole(markdown.html_inline(text)))

    return _html.get_template("letter.html.j2").render(
        page=page, caps=vi.caps, md=md, md_inline=md_inline, QUOC_HIEU=QUOC_HIEU, TIEU_NGU=TIEU_NGU,
        SAMPLE_NOTE=SAMPLE_NOTE)
