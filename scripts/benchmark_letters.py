"""Benchmark: reminder letters to Word files, and Word files to PDF.

The letters are the real reminders of the demo evaluations (Bắc Giang, Khánh Hòa and Quảng Ngãi as
at 15/01/2015; Nghệ An and Hậu Giang as at 20/01/2020), as many as asked for (200 by default;
the set is repeated with a later letter date when the demo has fewer). The bar: 200 letters to
.docx within 10 s. PDF conversion (one LibreOffice batch) is timed on its own, since it is a
separate program whose start-up dominates small batches.

    scripts/benchmark-letters               # 200 letters to Word, and those 200 to PDF
    scripts/benchmark-letters --pdf 0       # Word only
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import obligations
from obligations import letters
from obligations.letters import pdf

DEMOS = [("Bắc Giang", dt.date(2015, 1, 15)), ("Khánh Hòa", dt.date(2015, 1, 15)),
         ("Quảng Ngãi", dt.date(2015, 1, 15)), ("Nghệ An", dt.date(2020, 1, 20)), ("Hậu Giang", dt.date(2020, 1, 20))]


def reminders(count: int) -> tuple[list, float]:
    catalogue = obligations.load_catalogue()
    registry, facts = obligations.load_sample(catalogue)
    started = time.perf_counter()
    evaluations = [obligations.evaluate(catalogue, registry, facts, day, province=province).to_dict()
                   for province, day in DEMOS]
    evaluated = time.perf_counter() - started
    made: list = []
    shift = 0
    while len(made) < count:
        for evaluation, (_, day) in zip(evaluations, DEMOS):
            batch = letters.compose(evaluation, kinds=("reminder",), letter_date=day + dt.timedelta(days=shift))
            for letter in batch:  # a later round is another mailing: its own file names
                letter.filename += f"-{shift}" if shift else ""
            made.extend(batch)
        shift += 7
    return made[:count], evaluated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=200, help="reminder letters to make (default 200)")
    parser.add_argument("--pdf", type=int, default=200, help="of which to convert to PDF (default 200; 0: none)")
    args = parser.parse_args()

    made, evaluated = reminders(args.letters)
    listed = sum(len(x.context["unmet"]) + len(x.context["no_data"]) + len(x.context["not_attested"]) for x in made)
    print(f"{len(made)} reminder letters from the demo evaluations ({evaluated:.1f} s to evaluate, not counted); "
          f"{listed} listed items, {listed / len(made):.1f} a letter")
    letters.Templates()  # compiled once, as in any run
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        started = time.perf_counter()
        paths = letters.write(made, out / "docx", ["docx"])
        docx_seconds = time.perf_counter() - started
        sizes = [p.stat().st_size for p in paths if p.suffix == ".docx"]
        print(f"Word: {len(sizes)} files in {docx_seconds:.2f} s ({1000 * docx_seconds / len(sizes):.1f} ms a letter, "
              f"{len(sizes) / docx_seconds:.0f} letters/s); {sum(sizes) / len(sizes) / 1024:.0f} KB a file; "
              f"bar 10 s for 200: {'met' if docx_seconds * 200 / len(sizes) <= 10 else 'NOT met'} "
              f"({docx_seconds * 200 / len(sizes) / 10:.2f} of the bar)")
        for fmt in ("html", "md"):
            started = time.perf_counter()
            letters.write(made, out / fmt, [fmt])
            seconds = time.perf_counter() - started
            print(f"{fmt.upper()}: {len(made)} files in {seconds:.2f} s ({1000 * seconds / len(made):.1f} ms a letter)")
        if args.pdf:
            if pdf.soffice() is None:
                print("PDF: skipped, LibreOffice is not installed (scripts/system-packages installs it)")
            else:
                sources = sorted(p for p in paths if p.suffix == ".docx")[:args.pdf]
                started = time.perf_counter()
                pdfs = pdf.convert(sources, out / "pdf")
                seconds = time.perf_counter() - started
                print(f"PDF (LibreOffice, one batch): {len(pdfs)} files in {seconds:.1f} s "
                      f"({seconds / len(pdfs):.2f} s a letter), besides the Word files")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Peak memory of this process (evaluations included): {peak:.0f} MB")


if __name__ == "__main__":
    main()
