"""The service as a real process: ``obligations serve`` tried as a new user would (first start with
the demo and its sample accounts, a reporter uploading, the administrator evaluating, reminders
downloaded, the audit log read), and a server killed with SIGKILL in the middle of a large import,
after which the store is as it was before (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import io
import signal
import threading
import time
import zipfile
from pathlib import Path

import httpx
import pytest

import obligations

from service_fixtures import Server, free_port

def test_a_new_user_starts_the_service_and_sends_the_reminders(tmp_path):
    server = Server(tmp_path)
    try:
        out = server.output()
        assert "TÀI KHOẢN MẪU (tài khoản mẫu cho dữ liệu minh họa; mật khẩu chỉ hiện lần này" in out
        accounts = server.accounts()
        assert {"quantri.khanh-hoa", "baocao.kh-so-y-te", "xem.khanh-hoa"} <= set(accounts)
        # the reporter of Sở Y tế uploads its figures for 2015 (as the demo file's rows, a new year)
        reporter = server.token("baocao.kh-so-y-te", accounts["baocao.kh-so-y-te"])
        sheet = ("type,agency,metric,period,value,reported,source\n"
                 "value,kh-so-y-te,ty-le-vbdt-hoan-toan-noi-bo,2015,0.81,2016-01-12,Báo cáo số 01/BC-SYT\n"
                 "value,kh-so-y-te,ty-le-vb-so-hoa-tu-giay,2015,0.45,2016-01-12,Báo cáo số 01/BC-SYT\n")
        stored = httpx.post(f"{server.base}/facts/upload", headers={**reporter, "Idempotency-Key": "syt-2015"},
                            files={"file": ("so-y-te-2015.csv", sheet.encode(), "text/csv")})
        assert stored.status_code == 201, stored.text
        admin = server.token("quantri.khanh-hoa", accounts["quantri.khanh-hoa"])
        found = httpx.get(f"{server.base}/evaluations", headers=admin,
                          params={"as_of": "2016-01-15", "agency": "kh-so-y-te", "status": "met"}, timeout=60).json()
        assert any(f["period"] == "2015" and f["actual"]["value"] == 81.0 for f in found["findings"])
        reminders = httpx.post(f"{server.base}/letters/generate", headers=admin, timeout=120,
                               json={"as_of": "2015-01-15", "kinds": ["reminder"], "formats": ["docx"]})
        assert reminders.status_code == 200 and reminders.headers["content-type"] == "application/zip"
        names = zipfile.ZipFile(io.BytesIO(reminders.content)).namelist()
        assert "khanh-hoa/nhac-viec-so-y-te-tinh-khanh-hoa.docx" in names
        audit = httpx.get(f"{server.base}/audit", headers=admin).json()
        assert [e["action"] for e in audit if e["principal"] == "baocao.kh-so-y-te"] == ["facts:submit"]
    finally:
        server.stop()
    again = Server(tmp_path)  # a second start: the same store, no new accounts, no passwords printed
    try:
        assert "TÀI KHOẢN MẪU" not in again.output()
        assert httpx.get(f"{again.base}/version").json()["obligations"] == len(obligations.load_catalogue().obligations)
    finally:
        again.stop()


def _large_import(agencies: list[str], rows: int) -> dict:
    """Valid facts, every one distinct: agency x period x report date (years 1950-2015, within the
    accepted date window, each reported after its period)."""
    facts = []
    for i in range(rows):
        facts.append({"type": "value", "agency": agencies[i % len(agencies)], "metric": "ty-le-vbdt-hoan-toan",
                      "period": str(1950 + (i // len(agencies)) % 66),
                      "reported": (dt.date(2016, 1, 1) + dt.timedelta(days=i // (len(agencies) * 66))).isoformat(),
                      "value": "0.5"})
    return {"facts": facts}


def _count_facts(url: str) -> tuple[int, int]:
    from sqlalchemy import create_engine, text

    from obligations.store.database import normalise_url

    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as connection:
            return (connection.execute(text("SELECT count(*) FROM facts")).scalar(),
                    connection.execute(text("SELECT count(*) FROM fact_imports")).scalar())
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_server_killed_during_a_large_import_leaves_the_store_as_it_was(backend, tmp_path, request):
    url = f"sqlite:///{tmp_path / 'obligations.db'}" if backend == "sqlite" else \
        request.getfixturevalue("postgres").new_database()
    server = Server(tmp_path, url)
    try:
        accounts = server.accounts()
        admin = server.token("quantri.khanh-hoa", accounts["quantri.khanh-hoa"])
        agencies = [a["id"] for a in httpx.get(f"{server.base}/agencies", headers=admin).json()]
        before = _count_facts(url)
        body = _large_import(agencies, 60_000)
        answer: list = []

        def send():
            try:
                answer.append(httpx.post(f"{server.base}/facts", headers={**admin, "Idempotency-Key": "big"},
                                         json=body, timeout=300))
            except httpx.HTTPError as error:
                answer.append(error)

        sender = threading.Thread(target=send)
        sender.start()
        assert _wait_for_insert(backend, tmp_path, url, lambda: bool(answer)), "the import ended before it was caught"
        server.process.send_signal(signal.SIGKILL)
        server.process.wait()
        sender.join(60)
        assert answer and isinstance(answer[0], httpx.HTTPError)  # the client saw the connection drop
    finally:
        server.stop()
    assert _count_facts(url) == before  # no fact and no import of the killed request
    # the key was not used: a retry of the import would be stored, not answered as a replay
    from sqlalchemy import create_engine, text
    from obligations.store.database import normalise_url
    engine = create_engine(normalise_url(url))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM fact_imports WHERE idempotency_key = 'big'")).scalar() == 0
    engine.dispose()


def _wait_for_insert(backend: str, folder: Path, url: str, finished) -> bool:
    """Until the server is writing the import's rows inside its transaction: for SQLite, its
    write-ahead log grows past 4 MB; for PostgreSQL, the server shows an INSERT INTO facts at work."""
    deadline = time.monotonic() + 240
    if backend == "sqlite":
        wal = folder / "obligations.db-wal"
        start = wal.stat().st_size if wal.exists() else 0
        while time.monotonic() < deadline and not finished():
            if wal.exists() and wal.stat().st_size > start + 4_000_000:
                return True
            time.sleep(0.002)
        return False
    import psycopg

    address = url.split("@", 1)[1]
    host_port, database = address.split("/", 1)
    host, port = host_port.split(":")
    with psycopg.connect(host=host, port=port, user="obligations", dbname=database, autocommit=True) as connection:
        while time.monotonic() < deadline and not finished():
            inserting = connection.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND "
                                           "state = 'active' AND query ILIKE 'INSERT INTO facts%%'",
                                           (database,)).fetchone()[0]
            if inserting:
                return True
            time.sleep(0.002)
    return False


def test_the_workers_socket_gives_every_connection_tcp_nodelay():
    """Several workers share a socket bound by ``obligations serve``; a connection accepted from it
    must have Nagle's algorithm off, or each kept-alive answer waits ~40 ms for a delayed ACK
    (uvicorn's own socket leaves it on: uvicorn issue #3149)."""
    import asyncio
    import socket

    from obligations.api.server import APP, Config

    async def accepted_nodelay(listener: socket.socket) -> int:
        seen = asyncio.get_running_loop().create_future()

        def made(reader, writer):
            seen.set_result(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(made, sock=listener)
        async with server:
            _, writer = await asyncio.open_connection(*listener.getsockname())
            value = await asyncio.wait_for(seen, 10)
            writer.close()
        return value

    listener = Config(APP, host="127.0.0.1", port=0, workers=2).bind_socket()
    assert listener.proto == socket.IPPROTO_TCP
    assert asyncio.run(accepted_nodelay(listener)) != 0
