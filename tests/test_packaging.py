"""Installing the project adds one import name, ``obligations``; the rule layer and the directives
ship inside it, so a PyPI package named ``rules`` is never shadowed (nor shadows ours)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr[-2000:]}")
    (path,) = out.glob("obligations-*.whl")
    return path


def test_only_obligations_is_installed_at_top_level(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"obligations"}
    assert "obligations/rules/__init__.py" in names
    assert "obligations/directives/catalogue/actors.yaml" in names
    assert "obligations/directives/khanh-hoa/12-ct-ubnd-2013.yaml" in names
    assert "obligations/directives/sources/khanh-hoa-12-ct-ubnd-2013.txt" in names
    assert not any(name.startswith("tests/") for name in names)


def test_installed_layout_loads_its_own_directives(wheel, tmp_path):
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    code = (
        "import importlib.util, obligations, obligations.rules;"
        "c = obligations.load_catalogue();"
        "print(obligations.__file__); print(c.root); print(len(c.obligations));"
        "print(importlib.util.find_spec('rules'))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site"), "PATH": ""})
    assert result.returncode == 0, result.stderr
    module, root, count, rules_spec = result.stdout.splitlines()
    assert module.startswith(str(tmp_path / "site"))
    assert root.startswith(str(tmp_path / "site")) and int(count) > 200
    assert rules_spec == "None"  # no top-level 'rules' comes from us
