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

from .senders import LetterError

INSTALL_HINT = ("PDF letters need LibreOffice: run scripts/system-packages, or as an administrator "
                "'apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation2'; "
                "Word, HTML and Markdown letters do not need it")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(documents: list[Path], out_dir: Path, timeout: float = 600) -> list[Path]:
    """Convert .docx files to PDF in ``out_dir``; returns the PDFs in the same order."""
    program = soffice()
    if program is None:
        raise LetterError(INSTALL_HINT)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="obligations-lo-") as profile:
        command = [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, documents)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise LetterError(f"LibreOffice did not finish converting {len(documents)} letter(s) in {timeout:.0f} s") from None
    pdfs = [out_dir / (document.stem + ".pdf") for document in documents]
    missing = [p for p in pdfs if not p.exists()]
    if missing:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise LetterError(f"LibreOffice wrote no PDF for {missing[0].name} (exit {done.returncode}"
                          + (f": {detail[-1]}" if detail else "") + ")")
    return pdfs
