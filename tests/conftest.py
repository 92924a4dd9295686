"""Shared fixtures: the shipped catalogue (loaded once) and scratch copies of the directives folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from obligations import load_catalogue
from obligations.catalogue.load import default_root

FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED = default_root()


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A directives folder with the shipped catalogue and sources and no documents yet."""
    root = tmp_path / "directives"
    root.mkdir()
    shutil.copytree(SHIPPED / "catalogue", root / "catalogue")
    shutil.copytree(SHIPPED / "sources", root / "sources")
    # The metric catalogue cites Quảng Ngãi's decision for its definitions: ship it along.
    (root / "quang-ngai").mkdir()
    shutil.copy(SHIPPED / "quang-ngai" / "1486-qd-ubnd-2013.yaml", root / "quang-ngai")
    shutil.copy(SHIPPED / "referenced.yaml", root / "referenced.yaml")
    for name in ("national",):
        shutil.copytree(SHIPPED / name, root / name)
    return root


@pytest.fixture
def broken(scratch: Path):
    """Put one broken fixture file into the scratch folder and return its path."""

    def place(name: str) -> Path:
        target = scratch / "broken" / name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(FIXTURES / "broken" / name, target)
        return target

    return place


# The HTTP service's fixtures (PostgreSQL server, store, app): see service_fixtures.py
from service_fixtures import postgres  # noqa: E402,F401
# The web pages' fixtures (a real server, Debian's Chromium through Playwright): see browser_fixtures.py
from browser_fixtures import browser, page, web  # noqa: E402,F401
