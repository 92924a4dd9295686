"""Every operative clause of every seed is covered by at least one obligation's quote."""

from __future__ import annotations

import shutil

import pytest

from obligations import load_catalogue
from obligations.catalogue.load import default_root
from obligations.catalogue.coverage import operative_parts, uncovered


def test_operative_parts_cover_every_shipped_source(catalogue):
    """Every encoded document whose text ships has its operative part declared (the five seeds
    among them); the list is read from the catalogue, so a new directive must declare its own."""
    sources = {p.source for p in operative_parts(catalogue)}
    shipped = {d.provenance.source for d in catalogue.encoded_documents()
               if d.provenance.source and not d.provenance.source.startswith("shared:")}
    assert sources == shipped and len(sources) >= 5


@pytest.mark.parametrize("source", [p.source for p in operative_parts(load_catalogue())])
def test_every_clause_is_covered(catalogue, source):
    part = next(p for p in operative_parts(catalogue) if p.source == source)
    missing = uncovered(catalogue, part)
    assert missing == [], "\n".join(map(str, missing))


def test_the_check_finds_a_dropped_clause(tmp_path):
    """Remove Khánh Hòa 3.b from a copy: its passage is reported as uncovered."""
    root = tmp_path / "directives"
    shutil.copytree(default_root(), root)
    path = root / "khanh-hoa" / "12-ct-ubnd-2013.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index('  - key: "3.b"')
    end = text.index("  - key:", start + 10)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    catalogue = load_catalogue(root)
    part = next(p for p in operative_parts(catalogue) if "khanh-hoa" in p.source)
    missing = uncovered(catalogue, part)
    assert len(missing) == 1 and "Quy chế đánh giá, xếp hạng" in missing[0].text
