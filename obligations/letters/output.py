"""Letters to files or bytes, in each format: Word (.docx), PDF (from the Word file), HTML, Markdown."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from ..catalogue.errors import Problem
from . import pdf
from . import word
from .compose import Letter
from .sheet import Sheet, sheet, to_html, to_markdown
from .senders import LetterError
from .templates import Templates

FORMATS = ("docx", "pdf", "html", "md")
INDEX = "danh-sach-thu.csv"
NOTE = "ghi-chu-truoc-khi-ky.md"  # per province folder: what the officer who signs must check


@lru_cache(maxsize=1)
def shipped_templates() -> Templates:
    return Templates()


def page_of(letter: Letter, templates: Templates | None = None) -> Sheet:
    templates = templates or shipped_templates()
    return sheet(letter, templates.render(letter.kind, letter.context))


def render(letter: Letter, fmt: str = "docx", templates: Templates | None = None) -> bytes:
    """One letter as the bytes of a file of that format."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}': use {', '.join(FORMATS)}")
    page = page_of(letter, templates)
    if fmt == "docx":
        return word.document_bytes(page)
    if fmt == "html":
        return to_html(page).encode("utf-8")
    if fmt == "md":
        return to_markdown(page).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="obligations-letter-") as folder:
        source = Path(folder) / "letter.docx"
        source.write_bytes(word.document_bytes(page))
        return pdf.convert([source], Path(folder))[0].read_bytes()


def write(letters: list[Letter], out_dir: Path, formats: Iterable[str] = ("docx",), templates: Templates | None = None,
          progress: Callable[[Letter], None] | None = None, overwrite: bool = False) -> list[Path]:
    """Write each letter in each format under ``out_dir/<province>/``, and an index of them (CSV).

    A PDF is made from the letter's Word file, all of a run's in one LibreOffice batch; when PDF is
    asked without Word, the Word files go to a temporary folder. A letter already in the folder
    (perhaps edited by hand since) is not replaced unless ``overwrite``: LetterError names it."""
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format '{unknown[0]}': use {', '.join(FORMATS)}")
    templates = templates or shipped_templates()
    out_dir = Path(out_dir)
    written: list[Path] = []
    scratch = tempfile.TemporaryDirectory(prefix="obligations-letters-") if "pdf" in formats and "docx" not in formats \
        else None
    to_convert: dict[Path, list[Path]] = {}
    if not overwrite:
        existing = [out_dir / f"{letter.path}.{fmt}" for letter in letters for fmt in formats
                    if (out_dir / f"{letter.path}.{fmt}").exists()]
        if existing:
            raise LetterError([Problem(str(existing[0]), None, "", f"đã có ({len(existing)} tệp văn bản sẽ bị ghi "
                                       "đè, có thể đã được sửa)", "chọn thư mục --out khác, hoặc thêm --overwrite")])
    pages = [page_of(letter, templates) for letter in letters]  # a template error stops before any file is written
    try:
        for letter, page in zip(letters, pages):
            target = out_dir / letter.path
            target.parent.mkdir(parents=True, exist_ok=True)
            for fmt in formats:
                if fmt == "docx":
                    path = target.with_suffix(".docx")
                    path.write_bytes(word.document_bytes(page))
                    written.append(path)
                elif fmt == "html":
                    path = target.with_suffix(".html")
                    path.write_text(to_html(page), encoding="utf-8")
                    written.append(path)
                elif fmt == "md":
                    path = target.with_suffix(".md")
                    path.write_text(to_markdown(page), encoding="utf-8")
                    written.append(path)
            if "pdf" in formats:
                source = target.with_suffix(".docx")
                if scratch is not None:
                    source = Path(scratch.name) / letter.folder / (letter.filename + ".docx")
                    source.parent.mkdir(parents=True, exist_ok=True)
                    source.write_bytes(word.document_bytes(page))
                to_convert.setdefault(target.parent, []).append(source)
            if progress:
                progress(letter)
        for folder, sources in to_convert.items():
            written.extend(pdf.convert(sources, folder))
    finally:
        if scratch is not None:
            scratch.cleanup()
    for folder, notes in signer_notes(letters, formats[0]).items():
        path = out_dir / folder / NOTE
        path.write_text(notes, encoding="utf-8")
        written.append(path)
    if letters:
        index = out_dir / INDEX
        index.write_text(index_csv(letters, formats[0]), encoding="utf-8-sig")  # with a BOM, so Excel reads the Vietnamese
        written.append(index)
    return written


def signer_notes(letters: list[Letter], fmt: str = "docx") -> dict[str, str]:
    """Per province folder, the note for the officer who signs: each point to check before signing (an
    unverified number or date, a duty known only from secondary sources), with the letters it concerns.
    These never go into a letter's body."""
    notes: dict[str, str] = {}
    for folder in dict.fromkeys(letter.folder for letter in letters):
        mine = [letter for letter in letters if letter.folder == folder]
        points: dict[str, list[str]] = {}
        for letter in mine:
            for check in letter.context.get("checks", []):
                points.setdefault(check, []).append(f"{letter.filename}.{fmt}")
        lines = [f"# Ghi chú trước khi ký: {mine[0].province}", "",
                 "Ghi chú này dành cho người ký, không gửi kèm văn bản. Trước khi ký, ngoài số văn bản và chữ ký:", ""]
        if not points:
            lines.append("- Không có điểm nào cần kiểm tra thêm: các văn bản được trích dẫn đều từ văn bản gốc.")
        for number, (check, files) in enumerate(points.items(), start=1):
            shown = ", ".join(files[:3]) + (f" và {len(files) - 3} văn bản khác" if len(files) > 3 else "")
            lines.append(f"{number}. {check} Văn bản liên quan: {shown}.")
        if any(letter.context.get("sample_data") for letter in mine):
            lines += ["", "Các văn bản được lập từ dữ liệu mẫu: không dùng để gửi."]
        notes[folder] = "\n".join(lines) + "\n"
    return notes


def index_csv(letters: list[Letter], fmt: str = "docx") -> str:
    """One row per letter: its file (in ``fmt``; the other formats sit beside it under the same name),
    kind, recipient and what it lists, for the clerk's register."""
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(["file", "kind", "province", "recipient", "agency_id", "unmet", "no_data", "not_attested",
                  "triggered"])
    for letter in letters:
        counts = letter.context.get("counts") or letter.context.get("totals") or {}
        out.writerow([f"{letter.path}.{fmt}", letter.kind, letter.province, letter.recipient["title"],
                      letter.recipient.get("agency_id") or "", counts.get("unmet", 0), counts.get("no_data", 0),
                      counts.get("not_attested", 0),
                      len(letter.context["cases"]) if letter.kind == "escalation" else counts.get("triggered", 0)])
    return buffer.getvalue()
