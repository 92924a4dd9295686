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

from obligations import evaluate, load_sample
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

    def get(self, path: str, user: str | None = None, **kw):
        return self.client.get(V1 + path, headers=self.auth(user) if user else {}, **kw)

    def post(self, path: str, user: str | None = None, headers: dict | None = None, **kw):
        return self.client.post(V1 + path, headers={**(self.auth(user) if user else {}), **(headers or {})}, **kw)

    def audit(self, **filters) -> list[dict]:
        return self.get("/audit", "admin.kh", params={"limit": 50, **filters}).json()

    def sql(self, statement: str):
        with self.service.store.engine.begin() as connection:
            return connection.execute(text(statement)).all()


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
    with TestClient(create_app(service=service)) as client:
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


# --- facts ---------------------------------------------------------------------------------------


def test_rejected_rows_are_each_reported_and_nothing_is_stored(api):
    before = api.service.store.count_facts()
    answer = api.post("/facts", "admin.kh", json={"facts": [
        {"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2015", "value": "0.6"},
        {"type": "value", "agency": "kh-so-y-tee", "metric": "ty-le-vbdt-hoan-toan", "period": "2015", "value": "0.6"},
        {"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2015", "value": 80}]})
    assert answer.status_code == 422 and answer.headers["content-type"] == PROBLEM
    errors = answer.json()["errors"]
    assert [(e["line"], e["field"]) for e in errors] == [(2, "agency"), (3, "value")]
    assert "ý bạn là 'kh-so-y-te'" in errors[0]["hint"]  # Vietnamese by default, as the command line
    assert errors[1]["message"] == "80 không phải là tỷ lệ từ 0 đến 1" and errors[1]["hint"].startswith("hãy viết 0.80 hoặc 80%")
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
    bad = api.get("/evaluations", "admin.bg", params={"as_of": "2015-01-15", "status": "unmett"})
    assert bad.status_code == 422 and "ý bạn là 'unmet'" in bad.json()["detail"]
    english = api.client.get("/api/v1/evaluations", params={"as_of": "2015-01-15", "status": "unmett"},
                             headers={**api.auth("admin.bg"), "Accept-Language": "en"})
    assert english.status_code == 422 and "did you mean 'unmet'" in english.json()["detail"]


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


# --- registries, agencies, audit --------------------------------------------------------------


def test_a_registry_upload_is_checked_by_the_registry_reader(api):
    text_ = (Path(str(default_root().parent / "obligations" / "sample" / "agencies" / "khanh-hoa.yaml"))
             .read_text(encoding="utf-8"))
    broken = text_.replace("name: Sở Y tế tỉnh Khánh Hòa\n    kind: so\n", "name: Sở Y tế tỉnh Khánh Hòa\n    kind: soo\n")
    assert broken != text_
    answer = api.post("/registries", "admin.kh", files={"file": ("khanh-hoa.yaml", broken.encode(), "text/yaml")})
    assert answer.status_code == 422 and answer.json()["type"] == "/api/v1/problems/invalid-registry"
    error = answer.json()["errors"][0]
    assert error["file"] == "khanh-hoa.yaml" and error["line"] == 139 and "không rõ loại cơ quan 'soo'" in error["message"]
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
