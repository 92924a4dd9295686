"""Fixtures of the web pages' tests: a real server and a real browser.

``web`` starts ``obligations serve`` (a free loopback port, an SQLite store in a temporary folder,
the demo loaded: its sample accounts' passwords read from what the server prints) once per test
module, waits for /api/v1/health, and stops it at the end. ``page`` is a tab of Debian's Chromium
(/usr/bin/chromium, installed by scripts/system-packages) driven by Playwright, at 1366×768 in
Vietnamese; the test fails if the page logs a console error or throws, unless the test said it
expects that error (``page.expect_console_error``, e.g. the 403 of a refused page). Playwright never
downloads a browser here: the machine's network is closed, so it launches Debian's.

``screenshot(page, name)`` saves build/screenshots/NAME.png (gitignored) for a person to look at.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from service_fixtures import Server

CHROMIUM = "/usr/bin/chromium"
# headless, and nothing that reaches for the network (the machine's is closed) or a sandbox root lacks
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"
VIEWPORT = {"width": 1366, "height": 768}


def _need_chromium() -> None:
    if not (os.access(CHROMIUM, os.X_OK) and shutil.which(CHROMIUM)):
        message = "Chromium is not installed (scripts/system-packages installs Debian's 'chromium')"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    """The server of this module's tests: ``web.url`` (http://127.0.0.1:PORT), ``web.accounts``
    (the demo's user -> password), ``web.server`` (the process, its log)."""
    server = Server(tmp_path_factory.mktemp("web"))
    try:
        yield WebServer(server)
    finally:
        server.stop()


class WebServer:
    def __init__(self, server: Server):
        self.server = server
        self.url = server.base.removesuffix("/api/v1")
        self.accounts = server.accounts()


@pytest.fixture(scope="module")
def browser():
    """Chromium for one module's tests. Not for the session: while Playwright's sync API runs, the main
    thread has an event loop running, and a later test's asyncio.run() would fail."""
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # in Vietnamese, as an officer's browser (chromium-l10n): date fields read dd/mm/yyyy
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, "--lang=vi"],
                                              env={**os.environ, "LANG": "vi_VN.UTF-8", "LANGUAGE": "vi"})
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, web):
    """A fresh tab (its own cookies) on the module's server; fails the test on a console error or an
    uncaught exception that the test did not announce with ``page.expect_console_error(pattern)``."""
    context = browser.new_context(base_url=web.url, viewport=VIEWPORT, locale="vi-VN", accept_downloads=True)
    tab = context.new_page()
    problems: list[str] = []
    expected: list[re.Pattern] = []

    def console(message) -> None:
        if message.type == "error" and not any(p.search(message.text) for p in expected):
            problems.append(f"console error on {tab.url}: {message.text}")

    tab.on("console", console)
    tab.on("pageerror", lambda error: problems.append(f"uncaught exception on {tab.url}: {error}"))
    tab.expect_console_error = lambda pattern: expected.append(re.compile(pattern))
    try:
        yield tab
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def screenshot(page, name: str, full_page: bool = True) -> Path:
    """The whole page (or what the window shows) as build/screenshots/NAME.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
