"""The web pages over the service (FastAPI's TestClient): signing in into a session cookie, CSRF on
every form, who sees what, escaping, Vietnamese dates and numbers; the pages' data are the library's."""

from __future__ import annotations

import datetime as dt

import pytest

from obligations.web.render import number, percent, vi_date
from web_helpers import KH, browser, web_service


@pytest.fixture(scope="module")
def service(catalogue, tmp_path_factory):
    with web_service(tmp_path_factory.mktemp("web"), catalogue) as svc:
        yield svc


# --- signing in -----------------------------------------------------------------------------------


def test_sign_in_sets_an_httponly_samesite_cookie_and_logout_revokes_it(service):
    with browser(service) as person:
        assert person.get("/documents").headers["location"].startswith("/login?next=%2Fdocuments")
        page = person.get("/login")
        assert page.status_code == 200 and 'for="username"' in page.text and 'for="password"' in page.text
        answer = person.sign_in("reader.kh")
        assert answer.status_code == 303 and answer.headers["location"] == "/overview"
        cookie = answer.headers["set-cookie"]
        assert "obligations_session=" in cookie and "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
        token = person.client.cookies.get("obligations_session")
        assert person.post("/logout", {}, token_from="/login").headers["location"] == "/login"
        # the session's sign-in token is revoked in the store: the old cookie opens nothing any more
        person.client.cookies.set("obligations_session", token)
        assert person.get("/documents").headers["location"].startswith("/login")


def test_a_wrong_password_is_refused_in_vietnamese_and_logged(service):
    with browser(service) as person:
        answer = person.sign_in("reader.kh", "sai-mat-khau")
        assert answer.status_code == 401 and "sai tên đăng nhập hoặc mật khẩu" in answer.text
        assert "obligations_session" not in answer.headers.get("set-cookie", "") or "token" not in answer.text
    entries = service.store.audit_entries(None, limit=5)
    assert any(e.action == "refused:not-authenticated" and e.path == "/login" for e in entries)


def test_a_form_without_its_csrf_token_is_refused(service):
    with browser(service) as person:
        person.get("/login")
        answer = person.client.post("/login", data={"username": "reader.kh", "password": "x"}, follow_redirects=False)
        assert answer.status_code == 403 and "CSRF" in answer.text
        forged = person.client.post("/login", data={"username": "reader.kh", "password": "x", "csrf_token": "forged"},
                                    follow_redirects=False)
        assert forged.status_code == 403


def test_going_back_after_signing_in_stays_on_this_site(service):
    with browser(service) as person:
        answer = person.client.post("/login", data={"username": "reader.kh", "password": "mat-khau-thu-nghiem",
                                                    "next": "//evil.example/x", "csrf_token": person.csrf()},
                                    follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/overview"


# --- formatting ----------------------------------------------------------------------------------


def test_dates_and_numbers_are_written_the_vietnamese_way():
    assert vi_date(dt.date(2015, 1, 15)) == "15/01/2015"
    assert vi_date("2013-07-31") == "31/07/2013"
    assert number(1234.5) == "1.234,5"
    assert percent(0.625) == "62,5%"


# --- Văn bản và nghĩa vụ ---------------------------------------------------------------------------


def test_the_documents_and_a_search_with_the_command_lines_filters(service, catalogue):
    from obligations import query

    with browser(service, "reader.kh") as person:
        listing = person.get("/documents")
        assert listing.status_code == 200
        assert listing.text.count('href="/documents/') >= len(catalogue.encoded_documents())
        assert "dựng lại" in listing.text and "theo bản tin" in listing.text  # 15/CT-TTg, Hậu Giang's news report
        # accents optional, as the command line: "so noi vu" is Sở Nội vụ
        found = person.get("/documents", params={"actor": "so noi vu", "document": "12/CT-UBND"})
        expected = query(catalogue, actor="so noi vu", document="12/CT-UBND")
        assert found.status_code == 200 and len(expected) > 0
        for match in expected:
            assert f'href="/obligations/{match.id}"' in found.text
        unknown = person.get("/documents", params={"document": "99/XX"})
        assert unknown.status_code == 404 and "99/XX" in unknown.text and "<html" in unknown.text
        bad_date = person.get("/documents", params={"due_before": "31/02/2015"})
        assert bad_date.status_code == 422 and "31/02/2015" in bad_date.text


def test_an_obligation_beside_its_source_with_the_quote_marked_in_place(service):
    with browser(service, "reader.kh") as person:
        page = person.get("/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/2.g")
        assert page.status_code == 200
        assert '<mark id="q' in page.text and "Xây dựng lộ trình" in page.text.split("<mark")[1]
        assert "khanh-hoa-12-ct-ubnd-2013.txt" in page.text
        # a duty of the reconstructed national directive is marked so, and what implements it is listed
        national = person.get("/obligations/ttg/15-ct-ttg-2012/r.hop-thu-cong-vu")
        assert national.status_code == 200 and "dựng lại" in national.text
        assert 'href="/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/1.dd"' in national.text
        assert person.get("/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/9.z").status_code == 404
