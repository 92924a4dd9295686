"""The web pages over the service (FastAPI's TestClient): signing in into a session cookie, CSRF on
every form, who sees what, escaping, Vietnamese dates and numbers; the pages' data are the library's."""

from __future__ import annotations

import datetime as dt
import io
import re

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
        assert '<mark id="q1-1">' in page.text and "Xây dựng lộ trình" in page.text.split("<mark")[1]
        assert 'href="#q1-1"' in page.text
        assert "khanh-hoa-12-ct-ubnd-2013.txt" in page.text
        # a duty of the reconstructed national directive is marked so, and what implements it is listed
        national = person.get("/obligations/ttg/15-ct-ttg-2012/r.hop-thu-cong-vu")
        assert national.status_code == 200 and "dựng lại" in national.text
        assert 'href="/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/1.dd"' in national.text
        assert person.get("/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/9.z").status_code == 404


# --- who sees what ---------------------------------------------------------------------------------

PAGES = ["/overview?as_of=2015-01-15", "/documents", "/documents/ubnd-khanh-hoa/12-ct-ubnd-2013",
         "/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/2.g", "/uptake", "/agencies?as_of=2015-01-15",
         "/agencies/kh-so-y-te?as_of=2015-01-15", "/findings?as_of=2015-01-15&status=unmet"]


@pytest.mark.parametrize("user", ["admin.kh", "reader.kh", "yte.kh"])
def test_every_page_opens_for_each_role_and_the_navigation_follows_it(service, user):
    with browser(service, user) as person:
        for path in PAGES:
            answer = person.get(path)
            assert answer.status_code == 200, (path, answer.text[:500])
            assert '<html lang="vi">' in answer.text and 'href="/documents"' in answer.text
            # every field has its label
            for field_id in re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', answer.text):
                assert f'for="{field_id}"' in answer.text, (path, field_id)


def test_pages_need_a_session(service):
    with browser(service) as person:
        for path in PAGES:
            answer = person.get(path)
            assert answer.status_code == 303 and answer.headers["location"].startswith("/login?next="), path


def test_a_reporter_sees_only_its_own_agency(service):
    with browser(service, "yte.kh") as person:
        own = person.get("/overview?as_of=2015-01-15")
        assert own.status_code == 200 and "/agencies/kh-so-y-te?" in own.text
        assert "/agencies/kh-so-tu-phap?" not in own.text  # another Sở of the same province
        other = person.get("/agencies/kh-so-tu-phap?as_of=2015-01-15")
        assert other.status_code == 403 and "kh-so-y-te" in other.text
        assert person.get("/findings?as_of=2015-01-15&agency=kh-so-tu-phap").status_code == 403
        registry = person.get("/agencies?as_of=2015-01-15")
        assert "/agencies/kh-so-tu-phap" not in registry.text


def test_another_provinces_agency_is_refused(service):
    with browser(service, "admin.bg") as person:
        assert person.get("/agencies/kh-so-y-te").status_code == 403
        refused = person.post("/agencies/kh-so-y-te/heads", {"title": "Giám đốc Sở Y tế", "since": "2016-03-01"},
                              token_from="/agencies")
        assert refused.status_code == 403


# --- Tổng quan --------------------------------------------------------------------------------------


def test_the_dashboard_as_at_a_date_is_the_librarys_evaluation(service, catalogue):
    from obligations.api.routes.evaluations import EvaluationParams, run
    from obligations.evaluation.overview import overview
    from obligations.store import Principal

    principal = Principal("reader.kh", "reader", KH)
    expected = overview(run(service, principal, EvaluationParams(as_of=dt.date(2015, 1, 15)))[0])
    with browser(service, "reader.kh") as person:
        page = person.get("/overview", params={"as_of": "15/01/2015"})  # typed the Vietnamese way
        assert page.status_code == 200 and "15/01/2015" in page.text
        for status, count in expected.totals.items():
            assert f'href="/findings?as_of=2015-01-15&amp;status={status}">{number(count)}</a>' in page.text
        assert len(expected.unmet) > 0
        for finding in expected.unmet:
            assert finding.responsible["title"] in page.text
        # the unmet list: 15 findings on the demo data as at 15/01/2015, each with the head who answers
        unmet = person.get("/findings", params={"as_of": "2015-01-15", "status": "unmet"})
        assert unmet.text.count('class="status-unmet"') == expected.totals["unmet"]
        assert '<script src="/vendor/chart.js/chart.umd.min.js">' in page.text
        assert person.get("/vendor/chart.js/chart.umd.min.js").status_code == 200
        assert "Ủy ban nhân dân tỉnh Khánh Hòa" in page.text


def test_the_dashboard_changes_across_a_deadline(service):
    # Khánh Hòa's 2014 targets are due 31/12/2014: pending the day before, decided the day after
    with browser(service, "reader.kh") as person:
        before = person.get("/findings", params={"as_of": "2014-12-30", "status": "unmet"})
        after = person.get("/findings", params={"as_of": "2015-01-15", "status": "unmet"})
        assert before.text.count('class="status-unmet"') < after.text.count('class="status-unmet"')


def test_the_dashboard_exports_to_excel(service):
    from openpyxl import load_workbook

    with browser(service, "reader.kh") as person:
        answer = person.get("/overview.xlsx", params={"as_of": "2015-01-15"})
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        book = load_workbook(io.BytesIO(answer.content))
        assert book.sheetnames == ["Tổng hợp", "Theo cơ quan", "Theo nghĩa vụ", "Chưa đạt", "Thiếu báo cáo"]
        assert book["Tổng hợp"]["B2"].value.date() == dt.date(2015, 1, 15)
        assert book["Chưa đạt"].max_row - 1 == 15


def test_a_bad_date_is_one_clear_message(service):
    with browser(service, "reader.kh") as person:
        answer = person.get("/overview", params={"as_of": "2015-13-01"})
        assert answer.status_code == 422 and "Tính đến ngày: &#39;2015-13-01&#39; không phải ngày" in answer.text
        far = person.get("/overview", params={"as_of": "9999-01-01"})
        assert far.status_code == 422 and "01/01/9999" in far.text


# --- Cơ quan ---------------------------------------------------------------------------------------


def test_the_registry_as_at_a_date(service):
    with browser(service, "reader.kh") as person:
        before = person.get("/agencies", params={"as_of": "2015-01-15"})
        after = person.get("/agencies", params={"as_of": "2025-03-01"})
        # Sở Kế hoạch và Đầu tư was merged into Sở Tài chính from 01/3/2025 (its last day 28/02/2025)
        section = lambda text: text.split("Không hoạt động ngày")[1] if "Không hoạt động ngày" in text else ""
        assert "Sở Kế hoạch và Đầu tư" not in section(before.text)
        assert "Sở Kế hoạch và Đầu tư" in section(after.text) and "Hợp nhất với Sở Tài chính" in after.text
        # the chairman who signed 12/CT-UBND is named on the day he signed; other days show the title
        assert "Nguyễn Chiến Thắng" in person.get("/agencies", params={"as_of": "2013-07-31"}).text
        assert "Nguyễn Chiến Thắng" not in before.text and "Chủ tịch UBND tỉnh Khánh Hòa" in before.text


def test_an_administrator_records_a_new_head_from_a_date_and_it_is_audited(catalogue, tmp_path):
    hostile = '<script>alert("x")</script>'
    with web_service(tmp_path, catalogue) as svc, browser(svc, "admin.kh") as person:
        versions = len(svc.store.current_registries())
        answer = person.post("/agencies/kh-so-y-te/heads", {"title": "Giám đốc Sở Y tế", "name": hostile,
                                                           "since": "01/03/2016", "source": "Quyết định 1/QĐ-UBND"},
                             token_from="/agencies/kh-so-y-te")
        assert answer.status_code == 303
        before = person.get("/agencies/kh-so-y-te", params={"as_of": "2016-02-29"})
        after = person.get("/agencies/kh-so-y-te", params={"as_of": "2016-03-01"})
        assert hostile not in after.text and "&lt;script&gt;" in after.text
        head_cell = lambda text: text.split("Người đứng đầu ngày")[1].split("</dd>")[0]
        assert "&lt;script&gt;" not in head_cell(before.text) and "&lt;script&gt;" in head_cell(after.text)
        assert len(svc.store.current_registries()) == versions  # one version in force per province
        entry = svc.store.audit_entries(KH, limit=5)[0]
        assert entry.action == "registry:edit" and entry.detail["agency"] == "kh-so-y-te"
        assert entry.detail["from"] == "2016-03-01"


def test_a_reader_cannot_edit_the_registry(service):
    with browser(service, "reader.kh") as person:
        answer = person.post("/agencies/kh-so-y-te/heads", {"title": "X", "since": "2016-03-01"},
                             token_from="/agencies/kh-so-y-te")
        assert answer.status_code == 403
        page = person.get("/agencies/kh-so-y-te")
        assert 'action="/agencies/kh-so-y-te/heads"' not in page.text
        missing = person.client.post("/agencies/kh-so-y-te/heads", data={"title": "X", "since": "2016-03-01"},
                                     follow_redirects=False)
        assert missing.status_code == 403 and "CSRF" in missing.text


# --- Tiếp nhận ---------------------------------------------------------------------------------------


def test_a_province_formed_in_2025_sees_the_uptake_of_the_former_province_it_carries_on(service):
    with browser(service, "reader.bn") as person:
        page = person.get("/uptake")
        assert page.status_code == 200
        assert "Tỉnh Bắc Ninh chưa có văn bản nào trong danh mục" in page.text and "tỉnh Bắc Giang cũ" in page.text
        assert "01/07/2025" in page.text
        assert "tỉnh Bắc Giang cũ" in person.get("/uptake", params={"province": "Bắc Ninh"}).text


def test_uptake_and_the_picture_whose_boxes_link_to_their_pages(service):
    with browser(service, "reader.kh") as person:
        page = person.get("/uptake")
        assert page.status_code == 200 and "<svg" in page.text
        assert 'xlink:href="/documents/ubnd-khanh-hoa/12-ct-ubnd-2013"' in page.text
        assert "8/8" in page.text or "8 of 8" in page.text  # 15/CT-TTg's 8 duties taken up by 12/CT-UBND
        duties = person.get("/uptake", params={"document": "ubnd-khanh-hoa/12-ct-ubnd-2013",
                                               "obligation": "ubnd-khanh-hoa/12-ct-ubnd-2013/2.g"})
        assert 'xlink:href="/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/2.g"' in duties.text
        assert 'href="/obligations/ttg/15-ct-ttg-2012/r.ty-le-60-2015"' in duties.text  # traced upwards


def test_the_api_draws_the_same_picture(service):
    with browser(service) as person:
        token = person.client.post("/api/v1/auth/token", json={"username": "reader.kh",
                                                                "password": "mat-khau-thu-nghiem"}).json()["token"]
        answer = person.client.get("/api/v1/graph/picture", params={"document": "12/CT-UBND"},
                                   headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200 and answer.headers["content-type"] == "image/svg+xml"
        assert 'xlink:href="/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/2.g"' in answer.text
        missing = person.client.get("/api/v1/graph/picture", params={"document": "99/XX"},
                                    headers={"Authorization": f"Bearer {token}"})
        assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
