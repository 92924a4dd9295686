"""The letter as a Word document, in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I.

A4 portrait; margins 20 mm top and bottom, 30 mm left, 20 mm right; Times New Roman (all four font
slots, so Vietnamese letters never fall back to another face); body 14 pt, justified, first-line
indent 1.27 cm, 6 pt after each paragraph; page numbers from page 2, centred in the top margin.
The header and the signature block are borderless two-column tables; an annex starts a landscape
section. python-docx starts from US Letter, so every size is set here.
"""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from . import markdown
from . import vi
from .markdown import Paragraph, Run, Table
from .sheet import QUOC_HIEU, SAMPLE_NOTE, TIEU_NGU, Sheet

FONT = "Times New Roman"
PAGE = {"width": Mm(210), "height": Mm(297), "top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(20)}
TEXT_WIDTH_MM = 160  # 210 - 30 - 20
HEADER_COLUMNS_MM = (60, 100)  # the Quốc hiệu in bold at 12 pt is about 88 mm wide: its column needs 100
FOOTER_COLUMNS_MM = (70, 90)
BODY_PT = 14
INDENT = Mm(12.7)

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}


def document_bytes(page: Sheet) -> bytes:
    buffer = io.BytesIO()
    build(page).save(buffer)
    return buffer.getvalue()


def build(page: Sheet):
    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    _page_setup(section)
    _page_numbers(section, page.sample)
    _header(doc, page)
    if page.title:  # a report: its name and subject centred under the header (Phụ lục I, mục 6)
        _para(doc, markdown.runs(page.title), align="center", size=14, bold=True, before=12, after=0)
        _para(doc, markdown.runs(page.subject), align="center", size=14, bold=True, after=0)
        _rule(doc.add_paragraph(), TEXT_WIDTH_MM, 40)
    _recipients(doc, page)
    for block in markdown.blocks(page.body):
        _block(doc, block)
    _footer(doc, page)
    if page.annex:
        _annex(doc, page)
    return doc


# ---- page and styles ---------------------------------------------------------------------------------


def _styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    fonts.attrib.pop(qn("w:asciiTheme"), None)
    fonts.attrib.pop(qn("w:hAnsiTheme"), None)
    paragraph = normal.paragraph_format
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(0)
    paragraph.line_spacing = 1.0


def _page_setup(section, landscape: bool = False) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (
        (PAGE["height"], PAGE["width"]) if landscape else (PAGE["width"], PAGE["height"]))
    section.top_margin, section.bottom_margin = PAGE["top"], PAGE["bottom"]
    section.left_margin, section.right_margin = (PAGE["top"], PAGE["right"]) if landscape else (PAGE["left"], PAGE["right"])
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def _page_numbers(section, sample: bool) -> None:
    """Page numbers from page 2, centred in the top margin; the sample-data note on every page."""
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    numbered = section.header.paragraphs[0]
    for paragraph in (first, numbered):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if sample:
        for paragraph in (first, numbered):
            _run(paragraph, SAMPLE_NOTE, size=10, italic=True)
        numbered.add_run().add_break()
    _field(numbered, "PAGE", size=14)


def _field(paragraph, instruction: str, size: int) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    measure = OxmlElement("w:sz")
    measure.set(qn("w:val"), str(size * 2))
    properties.append(measure)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


# ---- parts ---------------------------------------------------------------------------------------


def _header(doc, page: Sheet) -> None:
    table = _layout_table(doc, HEADER_COLUMNS_MM)
    left, right = table.rows[0].cells
    _para(left, [Run(vi.caps(page.parent))], align="center", size=12, first=True)
    _para(left, [Run(vi.caps(page.sender), bold=True)], align="center", size=12)
    _rule(left.add_paragraph(), HEADER_COLUMNS_MM[0], 20)
    _para(left, [Run(page.number_line)], align="center", size=13, before=4)
    if not page.title:  # a công văn: its subject under the number, no rule (Phụ lục I, mục 5)
        _para(left, markdown.runs(page.subject), align="center", size=12, before=2)
    _para(right, [Run(QUOC_HIEU, bold=True)], align="center", size=12, first=True)
    _para(right, [Run(TIEU_NGU, bold=True)], align="center", size=13)
    _rule(right.add_paragraph(), HEADER_COLUMNS_MM[1], 60)
    _para(right, [Run(page.place_date, italic=True)], align="center", size=13, before=4)


def _recipients(doc, page: Sheet) -> None:
    lines = page.recipient_lines
    if len(lines) == 1:
        _para(doc, [Run("Kính gửi: "), *markdown.runs(lines[0])], align="center", before=12, after=6)
        return
    _para(doc, [Run("Kính gửi:")], left=Mm(25), before=12)
    for line in lines:
        _para(doc, [Run("- "), *markdown.runs(line)], left=Mm(40))
    doc.paragraphs[-1].paragraph_format.space_after = Pt(6)


def _footer(doc, page: Sheet) -> None:
    table = _layout_table(doc, FOOTER_COLUMNS_MM)
    left, right = table.rows[0].cells
    _para(left, [Run("Nơi nhận:", bold=True, italic=True)], size=12, first=True, before=6)
    for line in page.cc_lines:
        _para(left, [Run("- "), *markdown.runs(line)], size=11)
    if page.signer_authority:
        _para(right, [Run(vi.caps(page.signer_authority), bold=True)], align="center", first=True, before=6)
    _para(right, [Run(vi.caps(page.signer_title), bold=True)], align="center", first=not page.signer_authority,
          before=0 if page.signer_authority else 6)
    _para(right, [Run("")], align="center", before=60)  # room for the signature and the seal
    _para(right, [Run(page.signer_name or "", bold=True)], align="center")


def _annex(doc, page: Sheet) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _page_setup(section, landscape=True)
    section.different_first_page_header_footer = False  # the annex's first page is numbered too
    for block in markdown.blocks(page.annex):
        if isinstance(block, Paragraph):
            _para(doc, block.runs, align="center", size=14 if block.style == "heading" else 13,
                  bold=block.style == "heading" or None, after=6)
        else:
            _table(doc, block, size=12)


def _block(doc, block) -> None:
    if isinstance(block, Table):
        _table(doc, block, size=12)
        return
    if block.style == "heading":
        _para(doc, block.runs, align="center", bold=True, before=6, after=6)
        return
    runs = ([Run(block.prefix)] if block.prefix else []) + block.runs
    _para(doc, runs, align="justify", indent=INDENT if not block.depth else None,
          left=Mm(10 * block.depth) if block.depth else None, after=6)


def _table(doc, table: Table, size: int) -> None:
    columns = max(len(row) for row in table.rows)
    out = doc.add_table(rows=len(table.rows), cols=columns)
    out.style = doc.styles["Table Grid"]
    out.alignment = WD_TABLE_ALIGNMENT.CENTER
    section = doc.sections[-1]
    available = (section.page_width - section.left_margin - section.right_margin) / Mm(1)
    _fixed_widths(out, _column_widths(table, columns, available, size))
    for r, (row, cells) in enumerate(zip(table.rows, (row.cells for row in out.rows))):
        header = r < table.header_rows
        if header:
            _repeat_header(out.rows[r])
        for c, cell_runs in enumerate(row):
            align = "center" if header else (table.align[c] if c < len(table.align) else "left")
            runs = [Run(x.text, bold=x.bold or header, italic=x.italic) for x in cell_runs]
            _para(cells[c], runs, align=align, size=size, first=True)
    doc.add_paragraph()


# ---- low-level ---------------------------------------------------------------------------------------


def _layout_table(doc, widths_mm: tuple[int, int]):
    """A borderless table of two columns of fixed width: the header, or the signature and Nơi nhận."""
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fixed_widths(table, widths_mm)
    return table


def _column_widths(table: Table, columns: int, available_mm: float, size: int = 12) -> list[float]:
    """Widths that fit the contents: each column at least as wide as its longest word (a row number,
    a count, "Đạt" never break letter by letter), and the room left shared in proportion to how much
    more each column's text would take on one line, so a name column gets room."""
    char_mm = size * 0.22  # a Times New Roman character at this size, bold headers included, in mm
    padding_mm = 4.0  # Word's default cell margins, 1.9 mm each side
    need = [padding_mm + 2 * char_mm] * columns
    want = list(need)
    for row in table.rows:
        for c, cell in enumerate(row):
            words = "".join(run.text for run in cell).split() or [""]
            need[c] = max(need[c], padding_mm + char_mm * max(len(w) for w in words))
            want[c] = max(want[c], padding_mm + char_mm * min(len(" ".join(words)), 40))
    if sum(need) >= available_mm:  # cannot fit every word: shrink in proportion
        return [available_mm * n / sum(need) for n in need]
    slack = [w - n for w, n in zip(want, need)]
    room = available_mm - sum(need)
    if not sum(slack):
        return [n + room / columns for n in need]
    return [n + room * s / sum(slack) for n, s in zip(need, slack)]


def _fixed_widths(table, widths_mm) -> None:
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)


def _rule(paragraph, column_mm: float, length_mm: float) -> None:
    """A short horizontal line, centred: the bottom border of an empty paragraph indented from both sides."""
    side = Mm(max(0.0, (column_mm - 4 - length_mm) / 2))
    form = paragraph.paragraph_format
    form.left_indent = side
    form.right_indent = side
    form.space_after = Pt(0)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    marker = paragraph.add_run()
    marker.font.size = Pt(2)


def _para(container, runs: list[Run], *, align: str = "left", size: int | None = None, bold: bool | None = None,
          before: int = 0, after: int = 0, indent=None, left=None, first: bool = False):
    """A paragraph of runs; ``first`` fills a new table cell's own empty first paragraph."""
    paragraph = container.paragraphs[0] if first and container.paragraphs and not container.paragraphs[0].text \
        else container.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == "justify" else _ALIGN[align]
    form = paragraph.paragraph_format
    form.space_before = Pt(before)
    form.space_after = Pt(after)
    if indent is not None:
        form.first_line_indent = indent
    if left is not None:
        form.left_indent = left
    for run in runs:
        _run(paragraph, run.text, size=size, bold=bold if bold is not None else run.bold, italic=run.italic)
    return paragraph


_SYMBOL = re.compile(r"\S*\d\S*/\S*-\S+")  # 12/CT-UBND, 28/2018/QĐ-TTg, /STTTT-CNTT


def _run(paragraph, text: str, *, size: int | None = None, bold: bool = False, italic: bool = False):
    run = paragraph.add_run()
    _text(run, text)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if italic:
        run.font.italic = True
    return run


def _text(run, text: str) -> None:
    """The run's text, with the hyphens of document symbols as Word's non-breaking hyphen, so that
    ``12/CT-UBND`` is never split at the end of a line (it still reads and copies as a hyphen)."""
    position = 0
    for match in _SYMBOL.finditer(text):
        _plain(run, text[position:match.start()])
        pieces = match.group().split("-")
        for i, piece in enumerate(pieces):
            if i:
                run._r.append(OxmlElement("w:noBreakHyphen"))
            _plain(run, piece)
        position = match.end()
    _plain(run, text[position:])


def _plain(run, text: str) -> None:
    if not text:
        return
    element = OxmlElement("w:t")
    element.text = text
    element.set(qn("xml:space"), "preserve")
    run._r.append(element)
