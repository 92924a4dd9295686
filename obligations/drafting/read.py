"""A directive's text as the drafter reads it: plain UTF-8 text, or a Word file (.docx).

A Word file's paragraphs and tables are read in the order they stand in the document; each table
cell becomes a line of its own, as when a table is copied from a web page or a PDF (the form the
drafter's table reader expects: a header row, then rows that open with their number).
"""

from __future__ import annotations

from pathlib import Path

from ..catalogue.errors import ObligationsError
from ..i18n import _


class DraftError(ObligationsError):
    """The text cannot be read: the message names the file and what to do."""


def read_text(path: Path) -> str:
    """The text of a .txt (UTF-8) or .docx file; raises DraftError with the file and the fix."""
    path = Path(path)
    if not path.is_file():
        raise DraftError(_("{file}: không có tệp này").format(file=path))
    if path.suffix.lower() == ".docx":
        return _docx_text(path)
    if path.suffix.lower() in (".doc", ".pdf"):
        raise DraftError(_("{file}: chưa đọc được tệp {kind}; lưu thành .docx (Word) hoặc trích văn bản ra tệp .txt "
                           "UTF-8").format(file=path, kind=path.suffix.lower()))
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DraftError(_("{file}: không phải văn bản UTF-8 (byte {byte} ở vị trí {offset}); lưu lại với bảng mã "
                           "UTF-8").format(file=path, byte=f"{data[error.start]:#04x}", offset=error.start)) from None
    if "\x00" in text:
        raise DraftError(_("{file}: là tệp nhị phân, không phải văn bản; dùng tệp .txt UTF-8 hoặc .docx").format(file=path))
    if not text.strip():
        raise DraftError(_("{file}: tệp rỗng; cần văn bản của chỉ thị").format(file=path))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _docx_text(path: Path) -> str:
    import zipfile

    from docx import Document as WordDocument
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        word = WordDocument(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as error:
        raise DraftError(_("{file}: không mở được tệp Word ({reason}); mở bằng Word và lưu lại dạng .docx").format(
            file=path, reason=error)) from None
    lines: list[str] = []
    for block in word.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, word).text)
        elif tag == "tbl":
            for row in Table(block, word).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                        continue
                    seen.add(id(cell._tc))
                    lines.extend(p.text for p in cell.paragraphs)
                    lines.append("")
        lines.append("")
    text = "\n".join(lines)
    if not text.strip():
        raise DraftError(_("{file}: tệp Word không có chữ").format(file=path))
    return text
