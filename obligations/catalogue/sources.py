"""Source texts that quotes are checked against.

A document's ``provenance.source`` is either a path relative to the directives folder (the seed
texts ship in ``directives/sources/``) or ``shared:<path>`` for reference material kept beside the
project in ``../shared`` (the national texts, which the project does not ship). The shared folder
is found from ``OBLIGATIONS_SHARED_DIR`` or as ``shared`` next to the project folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..i18n import _
from .text import _MARKUP_AND_SPACE, nfc, quote_key

SHARED_PREFIX = "shared:"


def shared_dir(directives_root: Path) -> Path | None:
    configured = os.environ.get("OBLIGATIONS_SHARED_DIR")
    if configured:
        path = Path(configured)
        return path if path.is_dir() else None
    for base in (directives_root.resolve().parent.parent, Path.cwd().parent):
        candidate = base / "shared"
        if (candidate / "sources").is_dir():
            return candidate
    return None


@dataclass
class SourceText:
    reference: str
    path: Path | None
    missing_reason: str | None = None
    #: the reference is wrong (no such file, not UTF-8 text): an error. False when only the shared
    #: reference folder is absent from this machine, which is a note: the quotes cannot be checked here.
    broken: bool = True

    @cached_property
    def text(self) -> str:
        assert self.path is not None
        return self.path.read_text(encoding="utf-8")

    @cached_property
    def key(self) -> str:
        return quote_key(self.text)

    def contains(self, quote: str) -> bool:
        return quote_key(quote) in self.key

    def find(self, quote: str) -> int:
        """Position of the quote in the normalised text, or -1."""
        return self.key.find(quote_key(quote))

    @cached_property
    def shown(self) -> str:
        """The text as shown to a reader (NFC: it looks the same and the quotes' places map onto it)."""
        return nfc(self.text)

    @cached_property
    def _origins(self) -> tuple[str, list[int]]:
        """The normalised text built character by character, with each character's place in ``shown``."""
        key: list[str] = []
        origins: list[int] = []
        for index, character in enumerate(self.shown):
            if _MARKUP_AND_SPACE.fullmatch(character):
                continue
            for folded in character.casefold():
                key.append(folded)
                origins.append(index)
        return "".join(key), origins

    def place(self, quote: str) -> tuple[int, int] | None:
        """Where the quote stands in ``shown`` (start, end), white space and case aside; None if absent."""
        key, origins = self._origins
        needle = quote_key(quote)
        start = key.find(needle) if needle else -1
        if start == -1:
            return None
        return origins[start], origins[start + len(needle) - 1] + 1


@dataclass(frozen=True)
class QuotedSource:
    """A source text cut into segments, the quoted ones marked, for showing the quotes in place."""

    reference: str
    segments: list[tuple[str, bool]]  # (text, quoted) in order; empty when the text cannot be read
    missing_reason: str | None = None
    not_found: list[str] = field(default_factory=list)  # quotes not in the text (shown apart)


def quoted_source(source: SourceText, quotes: list[str]) -> QuotedSource:
    if source.path is None:
        return QuotedSource(source.reference, [], source.missing_reason, list(quotes))
    spans, not_found = [], []
    for quote in quotes:
        place = source.place(quote)
        if place is None:
            not_found.append(quote)
        else:
            spans.append(place)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    text, cursor, segments = source.shown, 0, []
    for start, end in merged:
        if start > cursor:
            segments.append((text[cursor:start], False))
        segments.append((text[start:end], True))
        cursor = end
    if cursor < len(text):
        segments.append((text[cursor:], False))
    return QuotedSource(source.reference, segments, None, not_found)


@dataclass
class SourceLibrary:
    """Resolves source references once per run and caches their texts."""

    directives_root: Path
    _cache: dict[str, SourceText] = field(default_factory=dict)

    @cached_property
    def shared(self) -> Path | None:
        return shared_dir(self.directives_root)

    def get(self, reference: str) -> SourceText:
        if reference not in self._cache:
            self._cache[reference] = self._resolve(reference)
        return self._cache[reference]

    def _resolve(self, reference: str) -> SourceText:
        if reference.startswith(SHARED_PREFIX):
            relative = reference[len(SHARED_PREFIX):]
            if self.shared is None:
                configured = os.environ.get("OBLIGATIONS_SHARED_DIR")
                reason = (_("OBLIGATIONS_SHARED_DIR={folder} không phải là một thư mục").format(folder=configured)
                          if configured else
                          _("thư mục tài liệu tham chiếu dùng chung (../shared) không nằm cạnh dự án; đặt "
                            "OBLIGATIONS_SHARED_DIR để kiểm tra các trích dẫn văn bản trung ương"))
                return SourceText(reference, None, reason, broken=False)
            path = self.shared / relative
        else:
            path = self.directives_root / reference
        if not path.is_file():
            return SourceText(reference, None, _("không tìm thấy tệp nguồn: {path}").format(path=path))
        source = SourceText(reference, path)
        try:
            source.text  # read once here: a text that is not UTF-8 is a problem of the reference
        except UnicodeDecodeError as error:
            return SourceText(reference, None, _("văn bản nguồn {path} không phải UTF-8 (byte {byte} ở vị trí byte "
                                                 "{offset}): lưu lại với bảng mã UTF-8").format(
                path=path, byte=f"{error.object[error.start]:#04x}", offset=error.start))
        except OSError as error:
            return SourceText(reference, None, _("không đọc được văn bản nguồn {path}: {reason}").format(
                path=path, reason=error.strerror))
        return source
