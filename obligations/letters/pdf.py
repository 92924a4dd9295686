"""Word letters to PDF with LibreOffice headless (installed by scripts/system-packages).

One LibreOffice process converts a whole batch: its start-up is most of the cost. Each run gets its
own profile folder, so concurrent runs (or a desktop LibreOffice) do not block each other, and every
PDF is checked to exist: LibreOffice can exit 0 having written nothing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..i18n import N_, _
from .senders import LetterError

INSTALL_HINT = N_("Văn bản PDF cần LibreOffice: chạy scripts/system-packages, hoặc với quyền quản trị chạy "
                   "'apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation2'; "
                   "văn bản Word, HTML và Markdown không cần LibreOffice")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(documents: list[Path], out_dir: Path, timeout: float = 600) -> list[Path]:
    """Convert .docx files to PDF in ``out_dir``; returns the PDFs in the same order."""
    program = soffice()
    if program is None:
        raise LetterError(_(INSTALL_HINT))
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="obligations-lo-") as profile:
        command = [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, documents)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise LetterError(_("LibreOffice chưa chuyển xong {count} văn bản sau {seconds} giây").format(
                count=len(documents), seconds=f"{timeout:.0f}")) from None
    pdfs = [out_dir / (document.stem + ".pdf") for document in documents]
    missing = [p for p in pdfs if not p.exists()]
    if missing:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise LetterError(_("LibreOffice không tạo được tệp PDF cho {name} (mã thoát {code}").format(
            name=missing[0].name, code=done.returncode) + (f": {detail[-1]}" if detail else "") + ")")
    return pdfs
