"""The Số liệu, Thư and Nhật ký pages through FastAPI's TestClient: what the browser tests do not
reach quickly. An upload of the wrong kind or with a wrong row stores nothing; a confirmation
without its form token, or of nothing pending, stores nothing; a reply is recorded once per click
and never before its letter; the audit log filters by kind and date."""

from __future__ import annotations

import pytest

from web_helpers import browser, web_service

SHEET = ("type,agency,metric,period,value,reported,source\n"
         "value,kh-so-y-te,ty-le-vbdt-hoan-toan-noi-bo,2014,{value},2015-01-10,Báo cáo số 05/BC-SYT\n")


@pytest.fixture(scope="module")
def service(catalogue, tmp_path_factory):
    with web_service(tmp_path_factory.mktemp("web-flows"), catalogue) as svc:
        yield svc


def _imports(service) -> int:
    return len(service.store.list_facts(agencies_in=["kh-so-y-te"], limit=10_000)[1])


def _upload(person, name: str, content: bytes, agency: str = "kh-so-y-te"):
    return person.client.post("/facts/upload", data={"csrf_token": person.csrf("/facts"), "agency": agency,
                                                     "period": "2014"},
                              files={"file": (name, content, "application/octet-stream")})


def test_an_upload_of_another_kind_or_with_a_wrong_row_stores_nothing(service):
    before = _imports(service)
    with browser(service, "yte.kh") as person:
        answer = _upload(person, "bao-cao.docx", b"PK\x03\x04")
        assert answer.status_code == 200 and "không đọc được loại tệp này" in answer.text
        answer = _upload(person, "bao-cao.csv", SHEET.format(value="bảy mươi").encode())
        assert "chưa lưu gì" in answer.text and "bảy mươi" in answer.text and "Giá trị" in answer.text
        # a row of another agency: refused for this reporter, before anything is stored
        other = SHEET.replace("kh-so-y-te", "kh-so-tu-phap").format(value="0.7").encode()
        answer = _upload(person, "bao-cao.csv", other)
        assert "kh-so-tu-phap" in answer.text and "Xác nhận và lưu" not in answer.text
    assert _imports(service) == before
    actions = [e.action for e in service.store.audit_entries(None, limit=5, principal="yte.kh")]
    assert {"rejected:upload-type", "rejected:invalid-facts", "refused:forbidden"} <= set(actions)


def test_a_confirmation_stores_the_checked_file_once(service):
    before = _imports(service)
    with browser(service, "yte.kh") as person:
        answer = _upload(person, "bao-cao.csv", SHEET.format(value="0.7").encode())
        assert "Xác nhận và lưu" in answer.text and _imports(service) == before
        key = answer.text.split('name="key" value="')[1].split('"')[0]
        forged = person.client.post("/facts/confirm", data={"key": key}, follow_redirects=False)
        assert forged.status_code == 403 and _imports(service) == before  # no form token
        stored = person.post("/facts/confirm", {"key": key}, token_from="/facts")
        assert stored.status_code == 303 and _imports(service) == before + 1
        again = person.post("/facts/confirm", {"key": key}, token_from="/facts")
        assert again.status_code == 409 and _imports(service) == before + 1


def test_a_reply_is_recorded_after_its_letter_only_and_the_audit_log_filters(service):
    with browser(service, "admin.kh") as person:
        issued = person.post("/letters/issue", {"as_of": "2015-01-15", "letter_date": "2015-01-20",
                                                "kinds": "reminder", "only": "0", "first_number": "401",
                                                "format": "docx"}, token_from="/letters")
        assert issued.status_code == 303, issued.text
        letter = service.store.letters("Khánh Hòa", 10, 0)[-1]
        assert (letter.number, letter.reply_due.isoformat()) == ("401", "2015-02-04")
        early = person.post(f"/letters/register/{letter.id}/reply", {"received_on": "19/01/2015"},
                            token_from="/letters/register")
        assert early.status_code == 422 and "19/01/2015" in early.text
        assert service.store.replies([letter.id]) == {}
        done = person.post(f"/letters/register/{letter.id}/reply", {"received_on": "02/02/2015"},
                           token_from="/letters/register")
        assert done.status_code == 303 and service.store.replies([letter.id])[letter.id].received_on.day == 2
        log = person.get("/audit", params={"action": "letters"}).text
        assert "letters:reply" in log and "letters:issue" in log and "sign-in" not in log.split("<tbody>")[1]
        assert "Không có mục nào khớp" in person.get("/audit", params={"until": "2000-01-01"}).text
    with browser(service, "reader.kh") as person:
        assert person.get("/audit").status_code == 403
        refused = person.post(f"/letters/register/{letter.id}/reply", {"received_on": "03/02/2015"},
                              token_from="/letters/register")
        assert refused.status_code == 403
