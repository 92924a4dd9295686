"""The HTTP service over the store, against SQLite and a real PostgreSQL server (one parameter):
reads of the catalogue, facts submitted and uploaded (all or none, idempotent, append-only, as at a
moment), evaluations equal to the library's, letters issued into the register, who may do what,
and the audit log. The demo data of Khánh Hòa are the facts; the dates sit on both sides of the
report dates and deadlines they test."""

from __future__ import annotations

import datetime as dt
import io
import json
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from obligations import evaluate, evaluate_history, i18n, load_sample
from obligations.api.app import create_app
from obligations.api.demo import load_demo_if_empty
from obligations.api.service import Service
from obligations.api.settings import Settings
from obligations.catalogue.load import default_root
from obligations.catalogue.version import catalogue_version
from obligations.evaluation.facts import FactError, read_facts
from obligations.evaluation.schema import EvaluationView
from obligations.store import Store
from service_fixtures import PASSWORD, database_url

V1 = "/api/v1"
PROBLEM = "application/problem+json"
VI = {"Accept-Language": "vi"}  # the default, asked for explicitly: this module's client asks for English
KH = "Khánh Hòa"
NOI_BO = "ttg/1950-ttg-kgvx-2013/r.noi-bo-55-80#t0"  # ≥ 55% of internal documents fully electronic, 2014


@dataclass
class Api:
    client: TestClient
    service: Service
    tokens: dict = field(default_factory=dict)

    def auth(self, user: str) -> dict:
        if user not in self.tokens:
            answer = self.client.post(f"{V1}/auth/token", json={"username": user, "password": PASSWORD})
            assert answer.status_code == 200, answer.text
            self.tokens[user] = answer.json()["token"]
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def get(self, path: str, user: str | None = None, headers: dict | None = None, **kw):
        return self.client.get(V1 + path, headers={**(self.auth(user) if user else {}), **(headers or {})}, **kw)

    def post(self, path: str, user: str | None = None, headers: dict | None = None, **kw):
        return self.client.post(V1 + path, headers={**(self.auth(user) if user else {}), **(headers or {})}, **kw)

    def audit(self, **filters) -> list[dict]:
        return self.get("/audit", "admin.kh", params={"limit": 50, **filters}).json()

    def sql(self, statement: str):
        with self.service.store.engine.begin() as connection:
            return connection.execute(text(statement)).all()


@pytest.fixture(autouse=True)
def english():
    """The library calls made here (the store's refusals) speak English, as the requests do."""
    with i18n.use("en"):
        yield


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def api(request, catalogue, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"store-{request.param}")
    url = database_url(request.param, request, folder)
    settings = Settings(database_url=url, secret_key="test-key", data_dir=folder, demo=True).resolved()
    service = Service(settings, catalogue, catalogue_version(default_root()), Store(url, "test-key"))
    assert load_demo_if_empty(service)  # the demo registries, facts and sample accounts
    store = service.store
    store.add_user("admin.kh", PASSWORD, "admin", KH)
    store.add_user("admin.bg", PASSWORD, "admin", "Bắc Giang")
    store.add_user("reader.kh", PASSWORD, "reader", KH)
    store.add_user("reader.bg", PASSWORD, "reader", "Bắc Giang")
    store.add_user("yte.kh", PASSWORD, "reporter", KH, "kh-so-y-te")
    # this module asserts the English wording (Accept-Language: en); the Vietnamese default is tested below
    with TestClient(create_app(service=service), headers={"Accept-Language": "en"}) as client:
        yield Api(client, service)
    store.close()


# --- reading the catalogue ---------------------------------------------------------------------


def test_catalogue_reads_give_the_command_lines_json(api, catalogue):
    from obligations import query, to_json

    documents = api.get("/documents", "reader.kh").json()
    assert len(documents) == len(catalogue.encoded_documents())
    found = api.get("/obligations", "reader.kh", params={"actor": "so noi vu", "document": "12/CT-UBND"}).json()
    assert found == to_json(catalogue, query(catalogue, actor="so noi vu", document="12/CT-UBND"))
    one = api.get("/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/2.g", "reader.kh").json()
    assert one["id"] == "ubnd-khanh-hoa/12-ct-ubnd-2013/2.g" and one["quotes"][0]["text"].startswith("Xây dựng lộ trình")
    csv_text = api.get("/obligations", "reader.kh", params={"metric": "ty-le-vbdt-hoan-toan", "format": "csv"})
    assert csv_text.headers["content-type"].startswith("text/csv") and "ty-le-vbdt-hoan-toan" in csv_text.text
    assert api.get("/trace/ttg/28-2018-qd-ttg/19.2", "reader.kh").json()["obligation"]
    assert api.get("/coverage", "reader.kh", params={"province": "Nghệ An"}).status_code == 200
    assert api.get("/graph/export", "reader.kh", params={"format": "mermaid"}).text.startswith("flowchart")
    assert isinstance(api.get("/graph/check", "reader.kh").json(), list)
    assert {m["id"] for m in api.get("/metrics", "reader.kh").json()} == set(catalogue.metrics)
    missing = api.get("/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/9.z", "reader.kh")
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM
    assert missing.json()["type"] == "/api/v1/problems/not-found" and "9.z" in missing.json()["detail"]
    version = api.get("/version").json()
    assert version["catalogue_version"] == catalogue_version(default_root()) and version["obligations"] == len(catalogue.obligations)


def test_reads_need_a_token_and_the_refusal_is_logged(api):
    answer = api.get("/obligations")
    assert answer.status_code == 401 and answer.headers["content-type"] == PROBLEM
    assert answer.headers["www-authenticate"] == "Bearer"
    wrong = api.client.post(f"{V1}/auth/token", json={"username": "admin.kh", "password": "not-it"})
    assert wrong.status_code == 401 and wrong.json()["detail"].startswith("wrong username or password")
    logged = api.sql("SELECT action, status, path FROM audit_log WHERE principal IS NULL ORDER BY id")
    assert ("refused:not-authenticated", 401, "/api/v1/obligations") in logged
    assert ("refused:not-authenticated", 401, "/api/v1/auth/token") in logged


# --- who may do what ---------------------------------------------------------------------------


def test_a_reporter_of_so_y_te_cannot_submit_for_so_tu_phap(api):
    before = api.service.store.count_facts()
    answer = api.post("/facts", "yte.kh", json={"facts": [
        {"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2015", "value": "55%"},
        {"type": "value", "agency": "kh-so-tu-phap", "metric": "ty-le-vbdt-hoan-toan", "period": "2015",
         "value": "75%"}]})
    assert answer.status_code == 403 and answer.headers["content-type"] == PROBLEM
    problem = answer.json()
    assert problem["errors"] == [{"file": "facts", "line": 2, "field": "agency", "severity": "error", "hint": None,
                                  "message": "'yte.kh' reports for kh-so-y-te, not for kh-so-tu-phap"}]
    assert api.service.store.count_facts() == before  # the allowed row was not stored either
    entry = api.audit(principal="yte.kh")[0]
    assert (entry["action"], entry["status"], entry["path"]) == ("refused:forbidden", 403, "/api/v1/facts")
    assert "kh-so-tu-phap" in entry["detail"]["detail"] and entry["address"]


def test_a_reporter_reads_only_its_agencys_facts(api):
    own = api.get("/facts", "yte.kh").json()
    assert own["total"] > 0 and {f["agency"] for f in own["facts"]} == {"kh-so-y-te"}
    other = api.get("/facts", "yte.kh", params={"agency": "kh-so-tu-phap"})
    assert other.status_code == 403
    assert api.get("/letters/register", "yte.kh").status_code == 403


def test_a_reader_of_one_province_cannot_read_anothers_facts(api):
    assert api.get("/facts", "reader.kh", params={"agency": "bg-so-tu-phap"}).status_code == 403
    assert api.get("/facts", "reader.kh", params={"province": "Bắc Giang"}).status_code == 403
    assert api.get("/evaluations", "reader.kh", params={"province": "Bắc Giang", "as_of": "2015-01-15"}).status_code == 403
    mine = api.get("/facts", "reader.kh", params={"limit": 10_000}).json()
    assert mine["total"] > 100 and {f["province"] for f in mine["facts"]} == {KH}
    theirs = api.get("/facts", "reader.bg", params={"limit": 10_000}).json()
    assert {f["province"] for f in theirs["facts"]} == {"Bắc Giang"}
    assert api.post("/facts", "reader.kh", json={"facts": [{"type": "value"}]}).status_code == 403


def test_revoked_and_expired_tokens_are_refused(api):
    made = api.post("/tokens", "admin.kh", json={"name": "cổng báo cáo", "role": "reader", "days": 30})
    assert made.status_code == 201
    system = {"Authorization": f"Bearer {made.json()['token']}"}
    assert api.client.get(f"{V1}/agencies", headers=system).status_code == 200
    assert api.post(f"/tokens/{made.json()['id']}/revoke", "admin.kh").status_code == 200
    revoked = api.client.get(f"{V1}/agencies", headers=system)
    assert revoked.status_code == 401 and "was revoked" in revoked.json()["detail"]
    plain, _ = api.service.store.issue_token("hết hạn", "reader", KH, None, by="test", hours=-1 / 3600)
    expired = api.client.get(f"{V1}/agencies", headers={"Authorization": f"Bearer {plain}"})
    assert expired.status_code == 401 and "expired on" in expired.json()["detail"]
    # the same token one hour earlier, when it was still valid
    assert api.service.store.principal(plain, at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1)).role == "reader"
    garbage = api.client.get(f"{V1}/agencies", headers={"Authorization": "Bearer obl_nothing"})
    assert garbage.status_code == 401 and garbage.json()["detail"].startswith("unknown token")
    assert api.service.store.tokens(KH)[-1].token_hash != made.json()["token"]  # kept hashed only


def test_only_an_administrator_manages_users_and_tokens(api):
    assert api.post("/users", "reader.kh", json={"username": "x.y", "password": "0123456789", "role": "reader"}
                    ).status_code == 403
    made = api.post("/users", "admin.kh", json={"username": "tuphap.kh", "password": PASSWORD, "role": "reporter",
                                                "agency": "kh-so-tu-phap"})
    assert made.status_code == 201 and made.json()["province"] == KH
    other = api.post("/users", "admin.kh", json={"username": "bg.x", "password": PASSWORD, "role": "reporter",
                                                 "agency": "bg-so-tu-phap"})
    assert other.status_code == 403  # another province's agency
    stored = api.sql("SELECT password_hash FROM users WHERE username = 'tuphap.kh'")[0][0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_a_disabled_user_is_shut_out_at_once_and_passwords_change(api):
    """An administrator disables a clerk: the clerk's token stops working with the next request and
    the password no longer signs in; enabled again, the clerk signs in anew (the old token stays
    revoked). The clerk changes their own password (the old one is needed; other sessions end, this
    one stays); an administrator resets it. Every step is in the audit log; refusals too."""
    assert api.post("/users", "admin.kh", json={"username": "vanthu.kh", "password": PASSWORD, "role": "reader"}
                    ).status_code == 201
    clerk = api.auth("vanthu.kh")
    assert api.client.get(f"{V1}/agencies", headers=clerk).status_code == 200
    assert api.post("/users/vanthu.kh/disable", "reader.kh").status_code == 403  # not an administrator
    assert api.post("/users/vanthu.kh/disable", "admin.bg").status_code == 404  # another province's user
    disabled = api.post("/users/vanthu.kh/disable", "admin.kh")
    assert disabled.status_code == 200 and disabled.json()["active"] is False
    refused = api.client.get(f"{V1}/agencies", headers=clerk)
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
    sign_in = {"username": "vanthu.kh", "password": PASSWORD}
    assert api.client.post(f"{V1}/auth/token", json=sign_in).status_code == 401
    assert api.post("/users/admin.kh/disable", "admin.kh").status_code == 409  # not oneself
    assert api.post("/users/vanthu.kh/enable", "admin.kh").json()["active"] is True
    assert api.client.get(f"{V1}/agencies", headers=clerk).status_code == 401  # the old session stays closed
    first = {"Authorization": "Bearer " + api.client.post(f"{V1}/auth/token", json=sign_in).json()["token"]}
    second = {"Authorization": "Bearer " + api.client.post(f"{V1}/auth/token", json=sign_in).json()["token"]}

    new_password = "mat-khau-moi-2026"
    wrong = api.client.post(f"{V1}/auth/password", headers=first,
                            json={"current_password": "not-it", "new_password": new_password})
    assert wrong.status_code == 403
    changed = api.client.post(f"{V1}/auth/password", headers=first,
                              json={"current_password": PASSWORD, "new_password": new_password})
    assert changed.status_code == 200
    assert api.client.get(f"{V1}/agencies", headers=first).status_code == 200  # the session it was changed in
    assert api.client.get(f"{V1}/agencies", headers=second).status_code == 401  # the other ends
    assert api.client.post(f"{V1}/auth/token", json=sign_in).status_code == 401
    assert api.client.post(f"{V1}/auth/token", json={**sign_in, "password": new_password}).status_code == 200
    system = api.post("/tokens", "admin.kh", json={"name": "cổng", "role": "reader", "days": 1}).json()["token"]
    assert api.client.post(f"{V1}/auth/password", headers={"Authorization": f"Bearer {system}"},
                           json={"current_password": "x", "new_password": new_password}).status_code == 403

    reset = api.post("/users/vanthu.kh/password", "admin.kh", json={"password": "dat-lai-boi-quan-tri"})
    assert reset.status_code == 200
    assert api.client.get(f"{V1}/agencies", headers=first).status_code == 401
    assert api.client.post(f"{V1}/auth/token", json={**sign_in, "password": "dat-lai-boi-quan-tri"}).status_code == 200
    stored = api.sql("SELECT password_hash FROM users WHERE username = 'vanthu.kh'")[0][0]
    assert stored.startswith("$argon2id$")
    actions = [(e["action"], e["principal"]) for e in api.audit()]
    for expected in [("users:disable", "admin.kh"), ("users:enable", "admin.kh"),
                     ("auth:password-change", "vanthu.kh"), ("users:password-reset", "admin.kh"),
                     ("refused:forbidden", "reader.kh")]:
        assert expected in actions, expected


# --- facts ---------------------------------------------------------------------------------------


def test_rejected_rows_are_each_reported_and_nothing_is_stored(api):
    before = api.service.store.count_facts()
    answer = api.post("/facts", "admin.kh", json={"facts": [
        {"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2015", "value": "0.6"},
        {"type": "value", "agency": "kh-so-y-tee", "metric": "ty-le-vbdt-hoan-toan", "period": "2015", "value": "0.6"},
        {"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2015", "value": 180}]})
    assert answer.status_code == 422 and answer.headers["content-type"] == PROBLEM
    errors = answer.json()["errors"]
    assert [(e["line"], e["field"]) for e in errors] == [(2, "agency"), (3, "value")]
    assert "did you mean 'kh-so-y-te'" in errors[0]["hint"]
    assert errors[1]["message"] == "180 is outside 0%-100%" and errors[1]["hint"].startswith("percentages are written as")
    assert api.service.store.count_facts() == before
    assert api.audit()[0]["action"] == "rejected:invalid-facts"


def test_an_upload_is_read_by_the_command_lines_reader_with_its_messages(api, catalogue, tmp_path):
    bad = tmp_path / "bao-cao-2015.csv"
    bad.write_text("type,agency,metric,period,value,reported\n"
                   "value,kh-so-y-te,ty-le-vbdt-hoan-toan,2015,0.61,2016-01-10\n"
                   "value,kh-so-y-te,ty-le-vbdt-hoan-toan,2015x,61,2016-01-10\n", encoding="utf-8")
    registry = api.service.registry()
    with pytest.raises(FactError) as cli:
        read_facts([bad], catalogue, registry)
    answer = api.post("/facts/upload", "admin.kh", files={"file": (bad.name, bad.read_bytes(), "text/csv")})
    assert answer.status_code == 422
    assert [e["message"] for e in answer.json()["errors"]] == [p.message for p in cli.value.problems]
    assert {(e["file"], e["line"]) for e in answer.json()["errors"]} == {("bao-cao-2015.csv", 3)}
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["Loại", "Cơ quan", "Chỉ tiêu", "Kỳ", "Giá trị", "Ngày báo cáo"])
    book.active.append(["value", "kh-so-y-te", "ty-le-vb-so-hoa-tu-giay", "2015", 0.7, "2016-01-10"])
    content = io.BytesIO()
    book.save(content)
    stored = api.post("/facts/upload", "yte.kh", files={"file": ("so-y-te.xlsx", content.getvalue(),
                                                                 "application/octet-stream")})
    assert stored.status_code == 201, stored.text
    assert stored.json()["rows"] == 1 and stored.json()["source"] == "so-y-te.xlsx"
    # 0.7 in a cell not formatted as a percentage is a ratio: stored as 70%, and the answer says so.
    [note] = stored.json()["notes"]
    assert (note["file"], note["line"], note["message"], note["severity"]) == ("so-y-te.xlsx", 2, "0,7 is read as 70%", "note")


def test_a_retried_submission_with_its_idempotency_key_is_stored_once(api):
    body = {"facts": [{"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2016",
                       "value": "0.66", "reported": "2017-01-10"}]}
    key = {"Idempotency-Key": "so-y-te-2016-lan-1"}
    first = api.post("/facts", "yte.kh", headers=key, json=body)
    before = api.service.store.count_facts()
    again = api.post("/facts", "yte.kh", headers=key, json=body)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["import_id"] == first.json()["import_id"] and again.json()["replayed"]
    assert api.service.store.count_facts() == before
    assert api.audit(principal="yte.kh")[0]["action"] == "facts:replay"


def test_facts_are_append_only_and_an_evaluation_sees_what_was_known(api):
    """A revision of Sở Y tế's 2014 internal e-document ratio (38% reported 12/01/2015, target ≥ 55%):
    60% reported on 14/01/2015. As at 13/01 the revision is not yet reported; as at 15/01 it is; with
    known_at before it was stored, the store did not know it; a withdrawal takes the figure out."""
    def status(as_of: str, known_at: str | None = None) -> tuple[str, float | None]:
        params = {"as_of": as_of, "agency": "kh-so-y-te", **({"known_at": known_at} if known_at else {})}
        found = [f for f in api.get("/evaluations", "admin.kh", params=params).json()["findings"]
                 if f["check"] == NOI_BO and f["period"] == "2014"]
        return found[0]["status"], (found[0]["actual"] or {}).get("value")

    assert status("2015-01-15") == ("unmet", 38.0)
    time.sleep(0.01)
    before_revision = dt.datetime.now(dt.timezone.utc).isoformat()
    time.sleep(0.01)
    revised = api.post("/facts", "yte.kh", json={"facts": [{
        "type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan-noi-bo", "period": "2014",
        "value": "60%", "reported": "2015-01-14", "source": "Báo cáo bổ sung số 03/BC-SYT"}]})
    assert revised.status_code == 201
    assert status("2015-01-15") == ("met", 60.0)
    assert status("2015-01-13") == ("unmet", 38.0)  # the revision was reported after that day
    assert status("2015-01-15", before_revision) == ("unmet", 38.0)  # the store did not know it yet
    withdrawn = api.post("/facts/withdrawals", "yte.kh", json={"facts": [{
        "type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan-noi-bo", "period": "2014"}],
        "reason": "số liệu nhập nhầm"})
    assert withdrawn.status_code == 201
    assert status("2015-01-15")[0] == "no_data"
    history = api.get("/facts/history", "yte.kh", params={"agency": "kh-so-y-te", "period": "2014",
                                                          "metric": "ty-le-vbdt-hoan-toan-noi-bo"}).json()
    assert [(h["value"], h["withdrawn"]) for h in history] == [(38.0, False), (60.0, False), (None, True)]
    with pytest.raises(Exception, match="append-only"):
        api.sql("UPDATE facts SET value = 99 WHERE agency = 'kh-so-y-te'")
    with pytest.raises(Exception, match="append-only"):
        api.sql("DELETE FROM audit_log")


def test_an_evaluation_is_kept_while_the_stores_facts_stay_the_same(api):
    """The Thư page lists, previews and issues letters from one evaluation: asked again with the same
    facts it is the same evaluation, not recomputed; a fact reported since, or another language, gives
    a new one that sees it."""
    from obligations.api.routes.evaluations import EvaluationParams, evaluation_for
    from obligations.store import Principal

    admin = Principal("admin.kh", "admin", "Khánh Hòa")
    params = EvaluationParams(as_of=dt.date(2015, 1, 15), agency=["kh-so-y-te"])
    first, _moment = evaluation_for(api.service, admin, params)
    again, _moment = evaluation_for(api.service, admin, params)
    assert again is first
    i18n.set_language("vi")
    try:
        assert evaluation_for(api.service, admin, params)[0] is not first  # its notices are in Vietnamese
    finally:
        i18n.set_language("en")
    stored = api.post("/facts", "yte.kh", json={"facts": [{
        "type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan-noi-bo", "period": "2014",
        "value": "61%", "reported": "2015-01-14", "source": "Báo cáo bổ sung số 04/BC-SYT"}]})
    assert stored.status_code == 201
    after, _moment = evaluation_for(api.service, admin, params)
    assert after is not first
    figure = [f for f in after.findings if f.check.id == NOI_BO and f.period == "2014"][0]
    assert (figure.status, figure.used[0].value) == ("met", 61.0)
    # memory is bounded by the findings kept: with room for one evaluation, the older ones go
    api.service.EVALUATIONS_FINDINGS = 1
    try:
        other = EvaluationParams(as_of=dt.date(2015, 1, 15), agency=["kh-so-tu-phap"])
        evaluation_for(api.service, admin, other)
        assert len(api.service._evaluations) == 1
        assert evaluation_for(api.service, admin, params)[0] is not after
    finally:
        del api.service.EVALUATIONS_FINDINGS


def test_an_evaluation_is_the_librarys_on_the_same_facts(api, catalogue):
    registry, facts = load_sample(catalogue)
    expected = evaluate(catalogue, registry, facts, dt.date(2015, 1, 15), province="Bắc Giang").to_dict()
    answer = api.get("/evaluations", "admin.bg", params={"as_of": "2015-01-15"})
    got = answer.json()
    assert answer.headers["x-catalogue-version"] == got["catalogue_version"] == api.service.version
    assert got.pop("catalogue_version") and got.pop("known_at")
    assert got == json.loads(json.dumps(expected))
    EvaluationView.model_validate(answer.json())  # the findings' schema, with the service's two fields
    csv_text = api.get("/evaluations", "admin.bg", params={"as_of": "2015-01-15", "status": "no_data", "format": "csv"})
    assert csv_text.text.count("\n") == 1 + expected["summary"]["totals"]["no_data"] > 1
    summary = api.get("/evaluations", "admin.bg", params={"as_of": "2015-01-15", "summary": "true"}).json()
    assert summary["findings"] == [] and summary["summary"] == got["summary"]
    bad = api.get("/evaluations", "admin.bg", params={"as_of": "2015-01-15", "status": "unmett"}, headers=VI)
    assert bad.status_code == 422 and bad.json()["detail"].startswith("không có trạng thái 'unmett': dùng unmet, ")
    assert "ý bạn là 'unmet'" in bad.json()["detail"]
    english = api.client.get("/api/v1/evaluations", params={"as_of": "2015-01-15", "status": "unmett"},
                             headers={**api.auth("admin.bg"), "Accept-Language": "en"})
    assert english.status_code == 422 and "did you mean 'unmet'" in english.json()["detail"]


def test_the_history_is_the_librarys_over_http(api, catalogue):
    registry, facts = load_sample(catalogue)
    expected = evaluate_history(catalogue, registry, facts, [2014, 2015], as_of=dt.date(2026, 12, 1),
                                agencies=[a.id for a in registry.in_province("Bắc Giang")]).to_dict()
    answer = api.get("/evaluations/history", "admin.bg", params={"years": "2014-2015", "as_of": "2026-12-01"})
    got = answer.json()
    assert got.pop("catalogue_version") == api.service.version and got.pop("known_at")
    assert got == json.loads(json.dumps(expected))
    assert [y["as_of"] for y in got["years"]] == ["2015-12-31", "2016-12-31"] and got["agencies"]
    csv_text = api.get("/evaluations/history", "admin.bg", params={"years": "2014-2015", "as_of": "2026-12-01",
                                                                   "format": "csv"}).text
    assert csv_text.splitlines()[0] == "scope,id,name,year,met,assessed,share"
    late = api.get("/evaluations/history", "admin.bg", params={"years": "2014-2030", "as_of": "2026-12-01"})
    assert late.status_code == 422


# --- letters -------------------------------------------------------------------------------------


def test_letters_composed_generated_and_issued_into_the_register(api):
    body = {"as_of": "2015-01-15", "province": KH, "kinds": ["reminder"], "letter_date": "2015-01-20"}
    assert api.post("/letters/compose", "reader.kh", json=body).status_code == 403
    letters = api.post("/letters/compose", "admin.kh", json=body).json()
    assert letters and all(letter["kind"] == "reminder" for letter in letters)
    yte = next(letter for letter in letters if letter["recipient_agency"] == "kh-so-y-te")
    # its 2014 share of paper documents digitised (62%) against the text's figure (t2)
    assert {"check": NOI_BO.replace("#t0", "#t2"), "agency": "kh-so-y-te", "period": "2014",
            "status": "unmet"} in yte["findings"]
    assert all(f["agency"] == "kh-so-y-te" for f in yte["findings"]) and yte["findings"]
    page = api.post("/letters/preview", "admin.kh", params={"index": yte["index"]}, json=body)
    assert page.headers["content-type"].startswith("text/html") and "Sở Y tế" in page.text
    one = api.post("/letters/generate", "admin.kh", json={**body, "only": [yte["index"]], "formats": ["docx"]})
    assert one.content[:2] == b"PK" and one.headers["content-disposition"].endswith('.docx"')
    bundle = api.post("/letters/generate", "admin.kh", json={**body, "formats": ["md", "html"]})
    names = zipfile.ZipFile(io.BytesIO(bundle.content)).namelist()
    assert len(names) == 2 * len(letters) + 1 and "danh-sach-thu.csv" in names
    issued = api.post("/letters/issue", "admin.kh", json={**body, "format": "docx", "first_number": 101,
                                                          "only": [yte["index"]]})
    assert issued.status_code == 201, issued.text
    entry = issued.json()[0]
    assert (entry["number"], entry["letter_date"], entry["recipient_agency"]) == ("101", "2015-01-20", "kh-so-y-te")
    assert entry["findings"] == yte["findings"] and entry["catalogue_version"] == api.service.version
    again = api.post("/letters/issue", "admin.kh", json={**body, "first_number": 101, "only": [0]})
    assert again.status_code == 409 and "101" in again.json()["detail"]
    register = api.get("/letters/register", "reader.kh").json()
    assert [r["number"] for r in register] == ["101"]
    assert api.get("/letters/register", "reader.bg").json() == []
    file = api.get(f"/letters/register/{entry['id']}/file", "reader.kh")
    assert file.content[:2] == b"PK"
    assert api.get(f"/letters/register/{entry['id']}/file", "reader.bg").status_code == 404
    assert api.audit()[0]["action"] in ("letters:issue", "rejected:conflict")


def test_the_register_follows_the_replies_up(api):
    """A reminder asks for a reply 15 days after its date (Khánh Hòa's sender); the register says when
    it is due and that it is overdue until the clerk records the reply, which is appended and audited."""
    body = {"as_of": "2015-01-15", "province": KH, "kinds": ["reminder"], "letter_date": "2015-01-20"}
    letters = api.post("/letters/compose", "admin.kh", json=body).json()
    tu_phap = next(letter for letter in letters if letter["recipient_agency"] == "kh-so-tu-phap")
    issued = api.post("/letters/issue", "admin.kh", json={**body, "first_number": 201, "only": [tu_phap["index"]]})
    assert issued.status_code == 201, issued.text
    entry = issued.json()[0]
    assert (entry["reply_due"], entry["reply_received"]) == ("2015-02-04", None)
    listed = {r["number"]: r for r in api.get("/letters/register", "reader.kh").json()}
    assert listed["201"]["overdue"] is True  # due 04/02/2015, nothing received since
    path = f"/letters/register/{entry['id']}/reply"
    assert api.post(path, "reader.kh", json={"received_on": "2015-02-02"}).status_code == 403
    assert api.post(path, "admin.bg", json={"received_on": "2015-02-02"}).status_code == 404
    early = api.post(path, "admin.kh", json={"received_on": "2015-01-19"})
    assert early.status_code == 422 and "19/01/2015" in early.json()["detail"]
    reply = api.post(path, "admin.kh", json={"received_on": "2015-02-02", "reference": "12/BC-STP ngày 02/02/2015"})
    assert reply.status_code == 201, reply.text
    listed = {r["number"]: r for r in api.get("/letters/register", "reader.kh").json()}
    assert (listed["201"]["reply_received"], listed["201"]["overdue"]) == ("2015-02-02", False)
    assert listed["201"]["reply_reference"] == "12/BC-STP ngày 02/02/2015"
    assert api.audit()[0]["action"] == "letters:reply"
    with pytest.raises(Exception, match="append-only"):
        api.sql("UPDATE letter_replies SET received_on = '2015-01-01'")


def test_the_reporting_template_of_one_agency_is_downloaded(api):
    from openpyxl import load_workbook

    answer = api.get("/facts/template", "yte.kh", params={"agency": "kh-so-y-te", "period": "2014"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-disposition"] == 'attachment; filename="kh-so-y-te-2014.xlsx"'
    sheet = load_workbook(io.BytesIO(answer.content))["Số liệu"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows and {r[1] for r in rows} == {"kh-so-y-te"}
    # the year's duties, and the 2013-2015 target whose period covers it
    assert {r[3] for r in rows} == {"2014", "2013..2015"}
    assert "ty-le-vb-so-hoa-tu-giay" in {r[4] for r in rows}
    # a reporter gets only its own agency's; an unknown period is named
    assert api.get("/facts/template", "yte.kh", params={"agency": "kh-so-tu-phap", "period": "2014"}).status_code == 403
    bad = api.get("/facts/template", "admin.kh", params={"agency": "kh-so-y-te", "period": "2014-Q5"})
    assert bad.status_code == 422


# --- registries, agencies, audit --------------------------------------------------------------


def test_a_registry_upload_is_checked_by_the_registry_reader(api):
    text_ = (Path(str(default_root().parent / "obligations" / "sample" / "agencies" / "khanh-hoa.yaml"))
             .read_text(encoding="utf-8"))
    broken = text_.replace("name: Sở Y tế tỉnh Khánh Hòa\n    kind: so-y-te\n", "name: Sở Y tế tỉnh Khánh Hòa\n    kind: soo\n")
    assert broken != text_
    answer = api.post("/registries", "admin.kh", files={"file": ("khanh-hoa.yaml", broken.encode(), "text/yaml")})
    assert answer.status_code == 422 and answer.json()["type"] == "/api/v1/problems/invalid-registry"
    error = answer.json()["errors"][0]
    line = broken.splitlines().index("    kind: soo") + 1  # where the registry's own text puts it
    assert error["file"] == "khanh-hoa.yaml" and error["line"] == line and "unknown kind 'soo'" in error["message"]
    assert api.post("/registries", "admin.bg", files={"file": ("khanh-hoa.yaml", text_.encode(), "text/yaml")}
                    ).status_code == 403
    renamed = text_.replace("name: Sở Y tế tỉnh Khánh Hòa", "name: Sở Y tế Khánh Hòa (mới)", 1)
    assert api.post("/registries", "admin.kh", files={"file": ("khanh-hoa.yaml", renamed.encode(), "text/yaml")}
                    ).status_code == 201
    agencies = api.get("/agencies", "reader.kh", params={"as_of": "2015-01-15"}).json()
    assert next(a for a in agencies if a["id"] == "kh-so-y-te")["name"] == "Sở Y tế Khánh Hòa (mới)"
    assert len(api.sql("SELECT id FROM registries WHERE province = 'Khánh Hòa'")) == 2  # the old one kept


def test_the_audit_log_is_for_administrators_and_records_writes(api):
    assert api.get("/audit", "reader.kh").status_code == 403
    entries = api.audit()
    assert all(e["province"] == KH for e in entries)
    assert {"sign-in", "refused:forbidden"} <= {e["action"] for e in entries}
    assert all(e["at"] and e["method"] and e["path"].startswith("/api/v1/") for e in entries)
    paths = api.get("/openapi.json").json()["paths"]
    assert {path: set(operations) for path, operations in paths.items() if "audit" in path} == {
        "/api/v1/audit": {"get"}}  # no call changes the log


def test_bad_requests_are_problem_details(api):
    answer = api.client.post(f"{V1}/facts", headers={**api.auth("admin.kh"), "content-type": "application/json"},
                             content=b"{not json")
    assert answer.status_code == 422 and answer.headers["content-type"] == PROBLEM
    assert api.get("/nowhere", "admin.kh").json()["type"] == "/api/v1/problems/not-found"
    assert api.get("/evaluations", "admin.kh", params={"as_of": "15/01/2015"}).status_code == 422


# --- the problems in Vietnamese, the default (a province's officers read them) --------------------


def _vi(answer, status: int, title: str) -> str:
    """The problem's detail, after checking its status, its Vietnamese title and its English code."""
    assert answer.status_code == status and answer.headers["content-type"] == PROBLEM, answer.text
    assert answer.json()["title"] == title
    return answer.json()["detail"]


def test_refusals_of_access_are_in_vietnamese_by_default(api):
    # no Accept-Language at all: Vietnamese, as the command line
    bare = api.client.get(f"{V1}/obligations", headers={"Accept-Language": ""})
    assert _vi(bare, 401, "Cần xác thực").startswith(
        "thao tác này cần mã truy cập (token): đăng nhập bằng POST /api/v1/auth/token rồi gửi kèm tiêu đề "
        "'Authorization: Bearer <token>'")
    assert bare.json()["type"] == "/api/v1/problems/not-authenticated"  # codes stay English
    basic = api.client.get(f"{V1}/obligations", headers={**VI, "Authorization": "Basic abc"})
    assert _vi(basic, 401, "Cần xác thực") == "tiêu đề Authorization phải có dạng 'Bearer <token>'"
    garbage = api.client.get(f"{V1}/agencies", headers={**VI, "Authorization": "Bearer obl_nothing"})
    assert _vi(garbage, 401, "Cần xác thực") == ("mã truy cập không hợp lệ: hãy đăng nhập lại hoặc đề nghị quản trị "
                                                  "viên cấp mã truy cập")
    wrong = api.client.post(f"{V1}/auth/token", headers=VI, json={"username": "admin.kh", "password": "not-it"})
    assert _vi(wrong, 401, "Cần xác thực") == "sai tên đăng nhập hoặc mật khẩu (người dùng 'admin.kh')"
    plain, _ = api.service.store.issue_token("hết hạn vi", "reader", KH, None, by="test", hours=-1 / 3600)
    expired = api.client.get(f"{V1}/agencies", headers={**VI, "Authorization": f"Bearer {plain}"})
    assert _vi(expired, 401, "Cần xác thực").startswith("mã truy cập 'hết hạn vi' đã hết hạn lúc ")
    # roles, provinces and agencies
    reader = api.post("/users", "reader.kh", headers=VI, json={"username": "x.y", "password": "0123456789",
                                                                "role": "reader"})
    assert _vi(reader, 403, "Tài khoản này không được phép") == (
        "tài khoản 'reader.kh' có vai trò reader; thao tác này cần vai trò admin")
    facts = api.post("/facts", "reader.kh", headers=VI, json={"facts": [{"type": "value"}]})
    assert _vi(facts, 403, "Tài khoản này không được phép") == (
        "tài khoản 'reader.kh' có vai trò reader; thao tác này cần vai trò reporter hoặc vai trò admin")
    other = api.get("/evaluations", "admin.bg", headers=VI, params={"as_of": "2015-01-15", "province": KH})
    assert _vi(other, 403, "Tài khoản này không được phép") == (
        "tài khoản 'admin.bg' chỉ làm việc với Bắc Giang, không phải Khánh Hòa")
    neighbour = api.get("/facts/history", "yte.kh", headers=VI, params={"agency": "kh-so-tu-phap", "metric": "x"})
    assert _vi(neighbour, 403, "Tài khoản này không được phép") == (
        "tài khoản 'yte.kh' báo cáo cho kh-so-y-te, không báo cáo cho kh-so-tu-phap")
    beyond = api.get("/facts/history", "admin.bg", headers=VI, params={"agency": "kh-so-y-te", "metric": "x"})
    assert _vi(beyond, 403, "Tài khoản này không được phép") == (
        "tài khoản 'admin.bg' chỉ làm việc với Bắc Giang; kh-so-y-te thuộc Khánh Hòa")
    register = api.get("/letters/register", "yte.kh", headers=VI)
    assert _vi(register, 403, "Tài khoản này không được phép") == (
        "tài khoản 'yte.kh' có vai trò reporter; sổ đăng ký công văn dành cho vai trò admin và reader")


def test_what_is_not_found_or_not_usable_is_said_in_vietnamese(api):
    typo = api.get("/facts/history", "admin.kh", headers=VI, params={"agency": "kh-so-y-tee", "metric": "x"})
    assert _vi(typo, 404, "Không tìm thấy").startswith(
        "không có cơ quan 'kh-so-y-tee' trong danh sách cơ quan; ý bạn là 'kh-so-y-te'")
    nothing = api.get("/facts/history", "admin.kh", headers=VI, params={"agency": "kh-so-y-te"})
    assert _vi(nothing, 422, "Yêu cầu không dùng được") == (
        "hãy cho metric (mã chỉ tiêu của một giá trị) hoặc obligation (mã nghĩa vụ của một sự kiện hoặc một xác nhận)")
    province = api.get("/evaluations", "admin.kh", headers=VI, params={"as_of": "2015-01-15", "province": "Hà Nội"})
    assert _vi(province, 404, "Không tìm thấy").startswith("không có cơ quan nào của tỉnh 'Hà Nội' trong danh sách cơ quan")
    assert _vi(api.get("/documents", "reader.kh", headers=VI, params={"province": "Hà Nội"}), 404, "Không tìm thấy") == (
        "không có văn bản nào của tỉnh 'Hà Nội'")
    assert _vi(api.get("/metrics", "reader.kh", headers=VI, params={"search": "khong-co-chi-tieu-nay"}), 404, "Không tìm thấy") == (
        "không có chỉ tiêu nào khớp với 'khong-co-chi-tieu-nay'")
    assert _vi(api.get("/nowhere", "admin.kh", headers=VI), 404, "Không tìm thấy") == (
        "không có đường dẫn này: xem /api/v1/docs")
    date = api.get("/evaluations", "admin.kh", headers=VI, params={"as_of": "15/01/2015"})
    assert _vi(date, 422, "Yêu cầu không dùng được").startswith("yêu cầu: query.as_of: ")
    assert date.json()["errors"][0]["file"] == "request"  # the JSON contract stays English


def test_rejected_facts_and_registries_are_explained_in_vietnamese(api):
    before = api.service.store.count_facts()
    rows = api.post("/facts/withdrawals", "admin.kh", headers=VI, json={"facts": [
        {"type": "valu", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2015"},
        {"type": "value", "agency": "kh-so-y-tee", "metric": "ty-le-vbdt-hoan-toan", "period": "2015"},
        {"type": "value", "agency": "kh-so-y-te", "period": "2015"}]})
    assert _vi(rows, 422, "Số liệu bị từ chối: chưa lưu gì").startswith("3 vấn đề: chưa rút số liệu nào.\n")
    assert [(e["line"], e["field"], e["message"], e["hint"]) for e in rows.json()["errors"]] == [
        (1, "type", "không có loại 'valu': dùng một trong value, event, attestation, trigger", None),
        (2, "agency", "không có cơ quan 'kh-so-y-tee'", "chạy 'obligations agencies' để xem mã các cơ quan"),
        (3, "metric", "bị thiếu", None)]
    never = api.post("/facts/withdrawals", "admin.kh", headers=VI, json={"facts": [
        {"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "1999"}]})
    assert _vi(never, 404, "Không tìm thấy").startswith("chưa rút số liệu nào\n")
    assert never.json()["errors"][0]["message"] == "chưa lưu gì cho kh-so-y-te ty-le-vbdt-hoan-toan 1999"
    submitted = api.post("/facts", "admin.kh", headers=VI, json={"facts": [
        {"type": "value", "agency": "kh-so-y-tee", "metric": "ty-le-vbdt-hoan-toan", "period": "2015", "value": "0.6"}]})
    assert _vi(submitted, 422, "Số liệu bị từ chối: chưa lưu gì").startswith(
        "1 vấn đề: chưa lưu gì. Sửa các vấn đề trên rồi gửi lại.\n")
    assert api.service.store.count_facts() == before
    text_ = (default_root().parent / "obligations" / "sample" / "agencies" / "khanh-hoa.yaml").read_text(encoding="utf-8")
    broken = text_.replace("    kind: so-y-te\n", "    kind: soo\n", 1)
    registry = api.post("/registries", "admin.kh", headers=VI, files={"file": ("khanh-hoa.yaml", broken.encode(), "text/yaml")})
    assert _vi(registry, 422, "Danh sách cơ quan bị từ chối: chưa lưu gì").startswith(
        "1 vấn đề: chưa lưu gì. Sửa các vấn đề trên rồi tải lên lại.\n")
    latin1 = api.post("/registries", "admin.kh", headers=VI,
                      files={"file": ("khanh-hoa.yaml", "tên: Sở Y tế".encode("latin-1", "replace") + b"\xe9", "text/yaml")})
    assert _vi(latin1, 422, "Danh sách cơ quan bị từ chối: chưa lưu gì").startswith("khanh-hoa.yaml: không phải văn bản mã UTF-8 (")
    assert latin1.json()["detail"].endswith("); hãy lưu lại tệp theo mã UTF-8")
    huge = api.post("/registries", "admin.kh", headers=VI,
                    files={"file": ("khanh-hoa.yaml", b"#" * (10 * 1024 * 1024 + 1), "text/yaml")})
    assert _vi(huge, 413, "Tệp tải lên quá lớn") == "khanh-hoa.yaml: lớn hơn 10 MB"
    assert api.service.store.count_facts() == before


def test_letters_users_and_tokens_problems_are_in_vietnamese(api):
    body = {"as_of": "2015-01-15", "province": KH, "kinds": ["reminder"], "letter_date": "2015-01-20"}
    both = api.post("/letters/compose", "admin.kh", headers=VI, json={**body, "reply_days": 5, "reply_by": "2015-02-01"})
    assert _vi(both, 422, "Yêu cầu không dùng được") == "chỉ cho reply_days hoặc reply_by, không cho cả hai"
    count = len(api.post("/letters/compose", "admin.kh", json=body).json())
    beyond = api.post("/letters/preview", "admin.kh", headers=VI, params={"index": count}, json=body)
    assert _vi(beyond, 422, "Yêu cầu không dùng được") == (
        f"không có công văn số thứ tự {count}: lần đánh giá này cho {count} công văn, số thứ tự từ 0 đến {count - 1}")
    missing = api.get("/letters/register/99999/file", "admin.kh", headers=VI)
    assert _vi(missing, 404, "Không tìm thấy") == (
        "không có công văn 99999 trong sổ đăng ký của tỉnh mà tài khoản này làm việc")
    no_agency = api.post("/users", "admin.kh", headers=VI, json={"username": "bc.kh", "password": PASSWORD,
                                                                  "role": "reporter"})
    assert _vi(no_agency, 422, "Yêu cầu không dùng được") == (
        "người dùng vai trò reporter cần có cơ quan mà người đó báo cáo (agency)")
    agency = api.post("/users", "admin.kh", headers=VI, json={"username": "xem2.kh", "password": PASSWORD,
                                                               "role": "reader", "agency": "kh-so-y-te"})
    assert _vi(agency, 422, "Yêu cầu không dùng được") == (
        "chỉ người dùng vai trò reporter mới gắn với một cơ quan (agency); vai trò reader làm việc với cả tỉnh")
    twice = api.post("/users", "admin.kh", headers=VI, json={"username": "reader.kh", "password": PASSWORD,
                                                              "role": "reader"})
    assert _vi(twice, 409, "Trái với dữ liệu đã lưu") == "tên đăng nhập 'reader.kh' đã có"
    revoke = api.post("/tokens/99999/revoke", "admin.kh", headers=VI)
    assert _vi(revoke, 404, "Không tìm thấy") == "không có mã truy cập 99999 ở Khánh Hòa"
    assert not any(u.username in ("bc.kh", "xem2.kh") for u in api.service.store.users())


def test_the_stores_refusals_are_in_vietnamese_by_default(tmp_path, catalogue):
    from obligations.evaluation.agencies import RegistryError
    from obligations.store import Refused, StoreError

    store = Store(f"sqlite:///{tmp_path / 'obligations.db'}", "k")
    garbage = tmp_path / "not-a-database.db"
    garbage.write_bytes(b"not a database, a spreadsheet saved under the wrong name" * 100)
    with i18n.use("vi"):
        store.add_user("xem.kh", PASSWORD, "reader", KH)
        with pytest.raises(Refused, match="^sai tên đăng nhập hoặc mật khẩu$"):
            store.sign_in("xem.kh", "not-it", 1)
        plain, token = store.issue_token("cổng", "reader", KH, None, by="test", hours=1)
        store.revoke_token(token.id, KH)
        with pytest.raises(Refused, match="^mã truy cập 'cổng' đã bị thu hồi$"):
            store.principal(plain)
        with pytest.raises(ValueError, match="^không có vai trò 'chief': dùng "):
            store.add_user("x", PASSWORD, "chief", KH)
        with pytest.raises(RegistryError) as empty:
            store.check_registry("trong.yaml", "registry:\n  province: Khánh Hòa\nagencies: []\n", catalogue.actors)
        assert [(p.file, p.field, p.message, p.hint) for p in empty.value.problems] == [
            ("trong.yaml", "agencies", "danh sách cơ quan không có cơ quan nào",
             "liệt kê các cơ quan của tỉnh dưới khóa 'agencies:'")]
        with pytest.raises(StoreError, match="^không mở hoặc cập nhật được cơ sở dữ liệu sqlite:///"):
            Store(f"sqlite:///{garbage}", "k")
    store.close()


def test_a_broken_configuration_file_is_named_in_vietnamese(tmp_path, monkeypatch):
    broken = tmp_path / "obligations.toml"
    broken.write_text('database_url = "sqlite:///x.db\n', encoding="utf-8")  # the closing quote forgotten
    monkeypatch.setenv("OBLIGATIONS_CONFIG", str(broken))
    with i18n.use("vi"), pytest.raises(SystemExit) as bad:
        Settings()
    assert str(bad.value).startswith(f"OBLIGATIONS_CONFIG: {broken} không phải tệp TOML hợp lệ: ")
    monkeypatch.setenv("OBLIGATIONS_CONFIG", str(tmp_path / "missing.toml"))
    with i18n.use("vi"), pytest.raises(SystemExit) as missing:
        Settings()
    assert str(missing.value) == f"OBLIGATIONS_CONFIG: không đọc được {tmp_path / 'missing.toml'}: No such file or directory"
    with pytest.raises(SystemExit) as english:  # this module's default: English
        Settings()
    assert str(english.value).startswith("OBLIGATIONS_CONFIG: cannot read ")


def test_a_half_year_fact_is_stored_and_a_bad_half_year_refused(api):
    """Vietnamese reporting is "định kỳ 6 tháng": a figure for the first half of 2015 is period 2015-H1."""
    before = api.service.store.count_facts()
    bad = api.post("/facts", "admin.kh", json={"facts": [
        {"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2015-H3", "value": 58}]})
    assert bad.status_code == 422 and api.service.store.count_facts() == before
    (error,) = bad.json()["errors"]
    assert error["field"] == "period" and "'2015-H3' is not a period" in error["message"] and "2014-H1" in error["message"]
    good = api.post("/facts", "admin.kh", json={"facts": [
        {"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2015-H1", "value": 58,
         "reported": "2015-07-05"}]})
    assert good.status_code in (200, 201), good.text
    stored = api.get("/facts", "admin.kh", params={"agency": "kh-so-y-te", "period": "2015-H1"}).json()
    assert [(f["period"], f["value"]) for f in stored["facts"] if f["metric"] == "ty-le-vbdt-hoan-toan"] == [("2015-H1", 58)]
