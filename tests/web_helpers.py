"""Helpers of the web pages' tests: the service on SQLite with the demo data and the test accounts, and
a browser-like client that signs in through the sign-in form (session cookie and CSRF token)."""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from fastapi.testclient import TestClient

from obligations.api.app import create_app
from obligations.api.demo import load_demo_if_empty
from obligations.api.service import Service
from obligations.api.settings import Settings
from obligations.catalogue.load import default_root
from obligations.catalogue.version import catalogue_version
from obligations.store import Store
from service_fixtures import PASSWORD

KH = "Khánh Hòa"
#: the test accounts (password PASSWORD): name -> (role, province, agency)
ACCOUNTS = {
    "admin.kh": ("admin", KH, None),
    "admin.bg": ("admin", "Bắc Giang", None),
    "reader.kh": ("reader", KH, None),
    "reader.bn": ("reader", "Bắc Ninh", None),  # a province formed on 01/07/2025, with no texts of its own
    "yte.kh": ("reporter", KH, "kh-so-y-te"),
}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@contextmanager
def web_service(folder: Path, catalogue) -> Iterator[Service]:
    """The service on a fresh SQLite file, with the demo registries and facts and the test accounts."""
    url = f"sqlite:///{folder / 'web.db'}"
    settings = Settings(database_url=url, secret_key="test-key", data_dir=folder, demo=True).resolved()
    service = Service(settings, catalogue, catalogue_version(default_root()), Store(url, "test-key"))
    load_demo_if_empty(service)
    for name, (role, province, agency) in ACCOUNTS.items():
        service.store.add_user(name, PASSWORD, role, province, agency)
    try:
        yield service
    finally:
        service.store.close()


@dataclass
class Browser:
    """One person's client: its cookies are its session."""

    client: TestClient

    def csrf(self, path: str = "/login") -> str:
        found = CSRF.search(self.client.get(path).text)
        assert found, f"no CSRF token in {path}"
        return found.group(1)

    def sign_in(self, user: str, password: str = PASSWORD):
        return self.client.post("/login", data={"username": user, "password": password, "next": "/",
                                                "csrf_token": self.csrf()}, follow_redirects=False)

    def get(self, path: str, **kw):
        return self.client.get(path, follow_redirects=False, **kw)

    def post(self, path: str, data: dict, token_from: str = "/documents", **kw):
        """A form posted with the CSRF token of the page it is on."""
        return self.client.post(path, data={"csrf_token": self.csrf(token_from), **data}, follow_redirects=False, **kw)


@contextmanager
def browser(service: Service, user: str | None = None) -> Iterator[Browser]:
    """A client of the app, signed in as ``user`` when given."""
    with TestClient(create_app(service=service), headers={"Accept-Language": "vi"}) as client:
        person = Browser(client)
        if user:
            answer = person.sign_in(user)
            assert answer.status_code == 303, answer.text
        yield person
