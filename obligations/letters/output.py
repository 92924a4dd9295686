"""Letters to files or bytes, in each format: Word (.docx), PDF (from the Word file), HTML, Markdown."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from ..catalogue import guards
from ..catalogue.errors import Problem
from ..i18n import _
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
        raise ValueError(_("không có định dạng '{format}': dùng {formats}").format(format=fmt, formats=", ".join(FORMATS)))
    page = page_of(letter, templates)
    check_page(letter, page)
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

    A PDF is made from the letter's Word file, all of a run's in one LibreOffice batch. A letter
    already in the folder (perhaps edited by hand since) is not replaced unless ``overwrite``:
    LetterError names it. All or nothing: every file is written into a temporary folder beside
    ``out_dir`` and moved into place only when the whole run succeeded; a refused or failed run
    (a template error, a Word failure, LibreOffice missing or failing) leaves ``out_dir`` as it was."""
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(_("không có định dạng '{format}': dùng {formats}").format(format=unknown[0],
                                                                              formats=", ".join(FORMATS)))
    templates = templates or shipped_templates()
    out_dir = Path(out_dir)
    problem = guards.check_output_folder(out_dir)
    if problem:
        raise LetterError([Problem(str(out_dir), None, "--out", problem, _("chọn thư mục --out khác"))])
    if not overwrite:
        existing = [out_dir / f"{letter.path}.{fmt}" for letter in letters for fmt in formats
                    if (out_dir / f"{letter.path}.{fmt}").exists()]
        if existing:
            raise LetterError([Problem(str(existing[0]), None, "", _("đã có ({count} tệp văn bản sẽ bị ghi đè, có thể đã được sửa)").format(count=len(existing)),
                                       _("chọn thư mục --out khác, hoặc thêm --overwrite"))])
    if "pdf" in formats and pdf.soffice() is None:
        raise LetterError(_(pdf.INSTALL_HINT))  # before anything is written
    pages = [page_of(letter, templates) for letter in letters]  # a template error stops before any file is written
    for letter, page in zip(letters, pages):
        check_page(letter, page)
    earlier = earlier_rows(out_dir, letters)  # the register so far: kept, not wiped
    relative: list[Path] = []
    try:
        with guards.staged_folder(out_dir) as stage, \
                tempfile.TemporaryDirectory(prefix="obligations-letters-") as scratch:
            to_convert: dict[Path, list[Path]] = {}
            for letter, page in zip(letters, pages):
                target = stage / letter.path
                target.parent.mkdir(parents=True, exist_ok=True)
                for fmt in formats:
                    if fmt == "docx":
                        target.with_suffix(".docx").write_bytes(word.document_bytes(page))
                    elif fmt == "html":
                        target.with_suffix(".html").write_text(to_html(page), encoding="utf-8")
                    elif fmt == "md":
                        target.with_suffix(".md").write_text(to_markdown(page), encoding="utf-8")
                    if fmt != "pdf":
                        relative.append(Path(f"{letter.path}.{fmt}"))
                if "pdf" in formats:
                    source = target.with_suffix(".docx")
                    if "docx" not in formats:  # the Word file only feeds LibreOffice
                        source = Path(scratch) / letter.folder / (letter.filename + ".docx")
                        source.parent.mkdir(parents=True, exist_ok=True)
                        source.write_bytes(word.document_bytes(page))
                    to_convert.setdefault(target.parent, []).append(source)
                if progress:
                    progress(letter)
            for folder, sources in to_convert.items():
                relative.extend(p.relative_to(stage) for p in pdf.convert(sources, folder))
            for folder, notes in signer_notes(letters, formats[0]).items():
                (stage / folder / NOTE).write_text(notes, encoding="utf-8")
                relative.append(Path(folder) / NOTE)
            if letters:
                # with a BOM, so Excel reads the Vietnamese
                (stage / INDEX).write_text(index_csv(letters, formats[0], earlier), encoding="utf-8-sig")
                relative.append(Path(INDEX))
    except guards.Refused as refused:
        raise LetterError([Problem(str(out_dir), None, "--out", refused.message, refused.hint)]) from None
    except OSError as error:
        raise LetterError([Problem(str(error.filename or out_dir), None, "", _("không ghi được: {reason}").format(reason=error.strerror or error),
                                   _("kiểm tra thư mục đầu ra và dung lượng còn trống; chưa tệp nào được ghi"))]) from None
    return [out_dir / path for path in relative]


def check_page(letter: Letter, page: Sheet) -> None:
    """Every text of the page can go into a Word file (XML 1.0 forbids most control characters):
    refused naming the letter and the part, before anything is written."""
    parts = {"sender.parent": page.parent, "sender.name": page.sender, "symbol": page.symbol,
             "place_date": page.place_date, "title": page.title, "subject": page.subject,
             "recipients": "\n".join(page.recipients), "body": page.body, "cc": "\n".join(page.cc),
             "annex": page.annex, "signer": " ".join(filter(None, [page.signer_authority, page.signer_title,
                                                                    page.signer_name]))}
    for part, text in parts.items():
        problem = guards.unsafe_text(text or "")
        if problem:
            raise LetterError([Problem(letter.path, None, part, _("phần {part} của văn bản {problem}").format(part=part, problem=problem),
                                       _("nội dung này đến từ mẫu văn bản, tệp cơ quan gửi, danh mục cơ quan hoặc "
                                         "tệp kết quả: ") + _(guards.UNSAFE_HINT))])


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


INDEX_COLUMNS = ("file", "kind", "province", "recipient", "agency_id", "unmet", "no_data", "not_attested", "triggered")


def earlier_rows(out_dir: Path, letters: list[Letter]) -> list[list[str]]:
    """The rows of the register already in ``out_dir`` for letters this run does not write again and
    whose file is still there (another province's, an earlier batch): a second run into the same
    folder adds to the clerk's register rather than wiping it. A register that cannot be read is
    refused, naming it, before anything is written."""
    index = Path(out_dir) / INDEX
    if not index.is_file():
        return []
    rewritten = {letter.path for letter in letters}
    try:
        rows = list(csv.DictReader(io.StringIO(index.read_text(encoding="utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error) as error:
        raise LetterError([Problem(str(index), None, "", _("danh sách văn bản có sẵn không đọc được ({reason})").format(reason=error),
                                   _("đổi tên hoặc xóa tệp này (các văn bản bên cạnh vẫn giữ nguyên), rồi chạy lại"))]) from None
    kept = []
    for row in rows:
        file = (row.get("file") or "").strip()
        if file and file.rsplit(".", 1)[0] not in rewritten and (Path(out_dir) / file).is_file():
            kept.append([row.get(column) or "" for column in INDEX_COLUMNS])
    return kept


def index_csv(letters: list[Letter], fmt: str = "docx", earlier: list[list[str]] = ()) -> str:
    """One row per letter: its file (in ``fmt``; the other formats sit beside it under the same name),
    kind, recipient and what it lists, for the clerk's register; ``earlier`` rows (of letters already
    in the folder) first."""
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(INDEX_COLUMNS)
    out.writerows(earlier)
    for letter in letters:
        counts = letter.context.get("counts") or letter.context.get("totals") or {}
        out.writerow([f"{letter.path}.{fmt}", letter.kind, letter.province, letter.recipient["title"],
                      letter.recipient.get("agency_id") or "", counts.get("unmet", 0), counts.get("no_data", 0),
                      counts.get("not_attested", 0),
                      len(letter.context["cases"]) if letter.kind == "escalation" else counts.get("triggered", 0)])
    return buffer.getvalue()
