"""Which version of the directive files a result was computed from: a content hash of the folder.

The catalogue stays in files reviewed as data and versioned with git; a service loads it at start
and every evaluation it returns names this hash, so a finding can be traced to the exact texts.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def catalogue_version(root: Path) -> str:
    """``sha256:<hex>`` of every file under the directives folder (relative path and bytes, in path
    order): the same files give the same hash on any machine, any change to any of them another."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return "sha256:" + digest.hexdigest()
