"""Fixtures of the HTTP service's tests: a real PostgreSQL server started for the session (Debian's
package, installed by scripts/system-packages; initdb in a temporary folder, a free loopback port,
stopped at the end), the store on SQLite or PostgreSQL through one parameter, and the app.

Run as root (as CI does), the server runs as the unprivileged 'postgres' user (or 'nobody'):
PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import pytest

PASSWORD = "mat-khau-thu-nghiem"  # the test accounts' password (argon2-hashed in the store)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _runuser() -> str:
    """util-linux's runuser, in /usr/sbin or /sbin, which a root shell's PATH may leave out (cron, `env PATH=...`)."""
    return shutil.which("runuser") or next((p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.path.exists(p)),
                                           "runuser")


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PostgresServer:
    def __init__(self):
        bin_dir = postgres_bin()
        if bin_dir is None:
            message = "PostgreSQL is not installed (scripts/system-packages installs Debian's 'postgresql')"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        self.bin = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="obligations-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.user = None
        if os.geteuid() == 0:
            for candidate in ("postgres", "nobody"):
                try:
                    pwd.getpwnam(candidate)
                    self.user = candidate
                    break
                except KeyError:
                    continue
            shutil.chown(self.folder, self.user)
            os.chmod(self.folder, 0o755)
            # the parents must be passable by that user
            os.chmod(self.folder.parent, os.stat(self.folder.parent).st_mode | 0o001)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "obligations", "-E", "UTF8", "--locale=C",
                  "--no-sync")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w", "-t", "60", "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -F -c max_connections=200",
                  "start")

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self.user:
            command = [_runuser(), "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.folder / "server.log"
            raise RuntimeError(f"{program} failed: {done.stderr or done.stdout}"
                               + (log.read_text() if log.exists() else ""))

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://obligations@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=obligations dbname=postgres",
                             autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres():
    server = PostgresServer()
    yield server
    server.stop()


def database_url(kind: str, request, folder: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{folder / 'obligations.db'}"
    return request.getfixturevalue("postgres").new_database()


OBLIGATIONS = str(Path(sys.executable).parent / "obligations")


class Server:
    """``obligations serve`` as a user starts it: a process on a free loopback port, its store in
    ``folder`` (SQLite unless a database URL is given), the demo loaded on first start; ready once
    /api/v1/health answers."""

    def __init__(self, folder: Path, database_url: str | None = None, extra: tuple[str, ...] = ()):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/api/v1"
        env = {**os.environ, "OBLIGATIONS_DATA_DIR": str(folder), "PYTHONUNBUFFERED": "1"}
        env.pop("OBLIGATIONS_DATABASE_URL", None)
        for name in ("LC_ALL", "LC_MESSAGES"):  # a Vietnamese province's server: the default language
            env.pop(name, None)
        env["LANG"] = "C.UTF-8"
        if database_url:
            env["OBLIGATIONS_DATABASE_URL"] = database_url
        self.log = folder / f"serve-{self.port}.log"
        self.process = subprocess.Popen([OBLIGATIONS, "serve", "--port", str(self.port), *extra], env=env,
                                        stdout=self.log.open("w"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve exited: {self.log.read_text()}")
            try:
                if httpx.get(f"{self.base}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"serve did not answer in time: {self.log.read_text()}")

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def accounts(self) -> dict[str, str]:
        return dict(re.findall(r"^\s+\w+\s+(\S+)\s+(\S+)\s+\(", self.output(), re.M))

    def token(self, user: str, password: str) -> dict:
        answer = httpx.post(f"{self.base}/auth/token", json={"username": user, "password": password})
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['token']}"}

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
