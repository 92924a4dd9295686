"""The test modules bind each module-level name once.

A second ``_HEADER = ...`` or ``def test_x`` further down a long module silently replaces the first: the earlier
tests then run on data they were not written for, or never run at all. It happened twice in the drafter's tests
(rounds 34 and 35, blocks written at once by different people and merged), unseen because the tests still passed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def bound_twice(path: Path) -> list[str]:
    """'name (lines a, b)' for each module-level name a module assigns or defines more than once."""
    lines: dict[str, list[int]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
        else:
            continue
        for name in names:
            lines.setdefault(name, []).append(node.lineno)
    return [f"{name} (lines {', '.join(map(str, at))})" for name, at in lines.items() if len(at) > 1]


@pytest.mark.parametrize("path", sorted(TESTS.glob("*.py")), ids=lambda path: path.name)
def test_a_test_module_binds_each_name_once(path):
    assert bound_twice(path) == [], f"{path.name}: give each its own name"


def test_the_check_sees_a_name_bound_twice(tmp_path):
    module = tmp_path / "test_example.py"
    module.write_text('_HEADER = "a"\n\ndef test_one():\n    assert _HEADER\n\n_HEADER = "b"\n', encoding="utf-8")
    assert bound_twice(module) == ["_HEADER (lines 1, 6)"]
