"""The Markdown of a rendered template, read into the few shapes a letter has.

A letter's text is paragraphs, dash lists (``- ...``), numbered lists, a heading or two (the annex)
and tables (the annex). ``blocks`` turns Markdown into those shapes, each with runs of text marked
bold or italic, for the Word writer; HTML comes straight from markdown-it. Raw HTML in a template is
not interpreted: it prints as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"html": False}).enable("table")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    runs: list[Run]
    style: str = "body"  # body | item | heading
    prefix: str = ""  # "- " or "1. " for list items
    depth: int = 0  # nesting of lists


@dataclass
class Table:
    rows: list[list[list[Run]]] = field(default_factory=list)
    header_rows: int = 0
    align: list[str] = field(default_factory=list)  # left | right | center per column


def html(text: str) -> str:
    return _md.render(text)


def html_inline(text: str) -> str:
    return _md.renderInline(text)


def runs(text: str) -> list[Run]:
    """One line of inline Markdown (a subject, a recipient) as runs of text."""
    tokens = _md.parseInline(text)
    return _inline(tokens[0].children if tokens else [])


def plain(text: str) -> str:
    return "".join(run.text for run in runs(text))


def blocks(text: str) -> list[Paragraph | Table]:
    out: list[Paragraph | Table] = []
    lists: list[list] = []  # stack of [kind, next number]
    pending_prefix = ""
    table: Table | None = None
    row: list | None = None
    style = "body"
    for token in _md.parse(text):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(["bullet" if kind == "bullet_list_open" else "ordered", int(token.attrs.get("start", 1))])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            current = lists[-1]
            pending_prefix = "- " if current[0] == "bullet" else f"{current[1]}. "
            if current[0] == "ordered":
                current[1] += 1
        elif kind == "heading_open":
            style = "heading"
        elif kind == "heading_close":
            style = "body"
        elif kind == "table_open":
            table = Table()
        elif kind == "table_close":
            out.append(table)
            table = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            table.rows.append(row)
            row = None
        elif kind in ("th_open", "td_open"):
            if kind == "th_open":
                table.header_rows = 1
            if len(table.rows) == 0 or kind == "th_open":
                style_attr = str(token.attrs.get("style", ""))
                table.align.append("right" if "right" in style_attr else "center" if "center" in style_attr else "left")
        elif kind == "inline":
            content = _inline(token.children or [])
            if row is not None:  # a table cell
                row.append(content)
                continue
            if style == "heading":
                out.append(Paragraph(content, "heading"))
            elif lists:
                out.append(Paragraph(content, "item", pending_prefix, len(lists) - 1))
                pending_prefix = ""  # a second paragraph in the same item has no dash
            else:
                out.append(Paragraph(content))
        elif kind in ("th_close", "td_close"):
            pass
        elif kind in ("code_block", "fence"):
            out.append(Paragraph([Run(token.content.rstrip("\n"))]))
        elif kind == "hr":
            out.append(Paragraph([Run("")]))
    return out


def _inline(children) -> list[Run]:
    out: list[Run] = []
    bold = italic = 0
    for child in children:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind in ("text", "code_inline", "html_inline"):
            if child.content:
                out.append(Run(child.content, bold > 0, italic > 0))
        elif kind == "softbreak":
            out.append(Run(" ", bold > 0, italic > 0))
        elif kind == "hardbreak":
            out.append(Run("\n", bold > 0, italic > 0))
    return out
