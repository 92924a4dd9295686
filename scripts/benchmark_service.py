"""Benchmark of the HTTP service on loopback: latency of evaluations, a large submission, and a
mixed load at a fixed rate against a server with 2 workers. Prints figures and their ratio to the
bars of issue 14; no test asserts on time.

    scripts/benchmark-service                       # the full run (about 2 minutes)
    scripts/benchmark-service --rate 100 --duration 20 --database postgresql://...

The server is ``obligations serve`` in its own processes, on a fresh store in a temporary folder
(SQLite by default) with the demo data, Khánh Hòa's registry enlarged to about 250 agencies (the
demo's 53 and 200 communes added under its districts, each reporting two figures).
Traffic goes to 127.0.0.1 only; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
OBLIGATIONS = str(Path(sys.executable).parent / "obligations")
BARS = {"agency_p50": 0.020, "agency_p99": 0.100, "province_p50": 0.500, "submit_10000": 3.0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def start(folder: Path, workers: int, database: str | None) -> tuple[subprocess.Popen, str, Path]:
    port = free_port()
    env = {**os.environ, "OBLIGATIONS_DATA_DIR": str(folder), "PYTHONUNBUFFERED": "1"}
    if database:
        env["OBLIGATIONS_DATABASE_URL"] = database
    log = folder / "serve.log"
    process = subprocess.Popen([OBLIGATIONS, "serve", "--port", str(port), "--workers", str(workers)], env=env,
                               stdout=log.open("w"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"serve exited:\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return process, base, log
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    process.kill()
    sys.exit(f"serve did not answer:\n{log.read_text()}")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and its children that are still running
    (the server's workers), from /proc (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            pids += [int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


def enlarged_registry(count: int) -> tuple[str, list[str]]:
    """Khánh Hòa's demo registry with ``count`` communes added under its districts."""
    text = (ROOT / "obligations" / "sample" / "agencies" / "khanh-hoa.yaml").read_text(encoding="utf-8")
    districts = re.findall(r"- id: (\S+)\n\s+name: .*\n\s+kind: ubnd-huyen", text)
    added, ids = [], []
    for index in range(count):
        agency = f"kh-xa-bench-{index:03d}"
        ids.append(agency)
        added.append(f"  - id: {agency}\n    name: Ủy ban nhân dân xã Mẫu {index:03d} (benchmark)\n    kind: ubnd-xa\n"
                     f"    parent: {districts[index % len(districts)]}\n    heads:\n      - {{title: Chủ tịch UBND xã Mẫu {index:03d}}}\n")
    return text.rstrip("\n") + "\n" + "".join(added), ids


def timed(client: httpx.Client, method: str, url: str, times: int, days: bool = False, **kw) -> list[float]:
    """``times`` requests; with ``days``, each evaluation as at another day (2015-01-15, then one day
    later each time): the service keeps its last 16 evaluations while the facts stay the same
    (``Service.evaluation``), and asking one question again would time that memory, not an evaluation."""
    out = []
    for index in range(times):
        if days:
            kw["params"] = {**kw["params"], "as_of": (dt.date(2015, 1, 15) + dt.timedelta(days=index)).isoformat()}
        began = time.perf_counter()
        answer = client.request(method, url, **kw)
        out.append(time.perf_counter() - began)
        if answer.status_code >= 400:
            sys.exit(f"{method} {url}: {answer.status_code} {answer.text[:500]}")
    return out


def load(base: str, headers: dict, reporter: dict, rate: float, duration: float, agencies: list[str],
         connections: int = 64) -> dict:
    """Open-loop load: a request due every 1/rate s for ``duration`` s, whatever the answers' speed.
    One asyncio loop; ``connections`` senders, each with its own kept-alive connection, take the
    requests as they fall due (one shared pool of httpx connections costs the client time that
    grows with the square of the requests waiting in it: the client became the bottleneck). Each
    latency is counted from the moment the request was due, so time spent waiting for a free
    sender counts too; a request not answered within 30 s of the end is an error."""
    import asyncio

    total = int(rate * duration)
    latencies: dict[str, list[float]] = {"read": [], "evaluate": [], "submit": []}
    errors: list[str] = []
    rng = random.Random(14)
    plan = [(index, rng.random(), rng.choice(agencies), rng.randint(30, 90), rng.randrange(5)) for index in range(total)]
    reads = [("/obligations", {"actor": "so noi vu"}), ("/agencies", {}), ("/facts", {"limit": 50}),
             ("/documents", {}), ("/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/2.g", {})]

    async def one(client: httpx.AsyncClient, due: float, index: int, roll: float, agency: str, figure: int,
                  read: int) -> None:
        try:
            if roll < 0.6:
                kind = "read"
                path, params = reads[read]
                answer = await client.get(path, params=params, headers=headers)
            elif roll < 0.9:
                kind = "evaluate"
                answer = await client.get("/evaluations", headers=headers,
                                          params={"as_of": "2015-01-15", "agency": agency})
            else:
                kind = "submit"
                facts = [{"type": "value", "agency": "kh-so-y-te", "metric": "ty-le-vbdt-hoan-toan", "period": "2016",
                          "value": f"{figure}%", "reported": (dt.date(2017, 1, 1) + dt.timedelta(days=index)).isoformat()}]
                answer = await client.post("/facts", headers=reporter, json={"facts": facts})
            latencies[kind].append(time.perf_counter() - due)
            if answer.status_code >= 400:
                errors.append(f"{kind} {answer.status_code} {answer.text[:200]}")
        except httpx.HTTPError as error:
            errors.append(f"{error.__class__.__name__}: {error!r}")

    async def run() -> tuple[float, float, int]:
        queue: asyncio.Queue = asyncio.Queue()

        async def sender() -> None:
            async with httpx.AsyncClient(base_url=base, timeout=30,
                                         limits=httpx.Limits(max_connections=1, max_keepalive_connections=1)) as client:
                while (item := await queue.get()) is not None:
                    await one(client, *item)

        senders = [asyncio.create_task(sender()) for _ in range(connections)]
        began = time.perf_counter()
        for entry in plan:
            due = began + entry[0] / rate
            if due > time.perf_counter():
                await asyncio.sleep(due - time.perf_counter())
            queue.put_nowait((due, *entry))
        sent = time.perf_counter() - began
        for _ in senders:
            queue.put_nowait(None)
        _, pending = await asyncio.wait(senders, timeout=30)
        elapsed = time.perf_counter() - began
        for task in pending:  # what the server has not answered by then is an error
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return sent, elapsed, total - sum(len(values) for values in latencies.values()) - len(errors)

    sent, elapsed, unanswered = asyncio.run(run())
    errors.extend(["not answered within 30 s of the end of the run"] * unanswered)
    return {"total": total, "sent": sent, "elapsed": elapsed, "latencies": latencies, "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=200, help="requests per second of the load (default 200)")
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (default 60)")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes (default 2)")
    parser.add_argument("--communes", type=int, default=200, help="communes added to Khánh Hòa (default 200)")
    parser.add_argument("--database", help="a PostgreSQL URL instead of a fresh SQLite file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="obligations-bench-") as scratch:
        folder = Path(scratch)
        process, base, log = start(folder, args.workers, args.database)
        try:
            accounts = dict(re.findall(r"^\s+\w+\s+(\S+)\s+(\S+)\s+\(", log.read_text(encoding="utf-8"), re.M))
            client = httpx.Client(base_url=base, timeout=120)

            def sign_in(user: str) -> dict:
                answer = client.post("/auth/token", json={"username": user, "password": accounts[user]})
                return {"Authorization": f"Bearer {answer.json()['token']}"}

            admin, reporter = sign_in("quantri.khanh-hoa"), sign_in("baocao.kh-so-y-te")
            registry, communes = enlarged_registry(args.communes)
            answer = client.post("/registries", headers=admin,
                                 files={"file": ("khanh-hoa.yaml", registry.encode(), "text/yaml")})
            if answer.status_code != 201:
                sys.exit(f"registry upload: {answer.status_code} {answer.text[:2000]}")
            agencies = [a["id"] for a in client.get("/agencies", headers=admin).json()]
            rows = [{"type": "value", "agency": c, "metric": m, "period": "2014", "value": f"{random.randint(20, 95)}%",
                     "reported": "2015-01-10"} for c in communes for m in ("ty-le-vbdt-hoan-toan", "ty-le-vbdt-hoan-toan-noi-bo")]
            client.post("/facts", headers=admin, json={"facts": rows}).raise_for_status()
            print(f"obligations serve: {args.workers} worker(s), {log.read_text().splitlines()[-1].split('database ')[-1]}"
                  f"; machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the run "
                  "(other work on the machine slows every figure)")
            print(f"Khánh Hòa: {len(agencies)} agencies; facts stored in all: "
                  f"{client.get('/facts', headers=admin, params={'limit': 1}).json()['total']} in the province")

            one = {"as_of": "2015-01-15", "agency": "kh-so-y-te"}
            timed(client, "GET", "/evaluations", 20, headers=admin, params=one)  # warm: compiled rules, caches
            agency = timed(client, "GET", "/evaluations", 300, days=True, headers=admin, params=one)
            kept = timed(client, "GET", "/evaluations", 100, headers=admin, params=one)
            province = {"as_of": "2015-01-15"}
            timed(client, "GET", "/evaluations", 2, headers=admin, params=province)
            whole = timed(client, "GET", "/evaluations", 20, days=True, headers=admin, params=province)
            findings = len(client.get("/evaluations", headers=admin, params=province).json()["findings"])

            submits = []
            for run in range(3):
                facts = [{"type": "value", "agency": agencies[i % len(agencies)], "metric": "ty-le-vbdt-hoan-toan",
                          "period": str(1950 + run * 20 + (i // len(agencies)) % 20), "value": "0.5",
                          "reported": "2020-01-01"} for i in range(10_000)]
                began = time.perf_counter()
                client.post("/facts", headers=admin, json={"facts": facts}, timeout=120).raise_for_status()
                submits.append(time.perf_counter() - began)

            def line(name, value, bar=None):
                ratio = f"   bar {bar * 1000:.0f} ms, {value / bar:.2f} of it" if bar else ""
                print(f"  {name:<44} {value * 1000:9.1f} ms{ratio}")

            print("\nLatency on loopback, warm (sequential requests):")
            line("one agency's evaluation p50 (300 days)", statistics.median(agency), BARS["agency_p50"])
            line("one agency's evaluation p99", percentile(agency, 0.99), BARS["agency_p99"])
            line("the same question again, kept, p50 (100 calls)", statistics.median(kept))
            line(f"province evaluation p50 ({len(agencies)} agencies, 20 days)", statistics.median(whole),
                 BARS["province_p50"])
            line("province evaluation p99", percentile(whole, 0.99))
            print(f"  ({findings} findings in the province's answer)")
            line("10,000 fact rows submitted (median of 3)", statistics.median(submits), BARS["submit_10000"])

            print(f"\nLoad: {args.rate:.0f} requests/s for {args.duration:.0f} s, 60% reads, 30% one-agency "
                  f"evaluations, 10% submissions, {args.workers} workers:")
            server_before, client_before = cpu_seconds(process.pid), time.process_time()
            result = load(base, admin, reporter, args.rate, args.duration, agencies)
            server_cpu, client_cpu = cpu_seconds(process.pid) - server_before, time.process_time() - client_before
            every = [v for values in result["latencies"].values() for v in values]
            answered = sum(len(values) for values in result["latencies"].values())
            print(f"  {result['total']} requests sent in {result['sent']:.1f} s ({result['total'] / result['sent']:.0f}/s), "
                  f"the last answered {result['elapsed']:.1f} s after the first was sent; {answered} answered "
                  f"({answered / result['elapsed']:.0f}/s); errors: {len(result['errors'])}")
            for kind, values in result["latencies"].items():
                if values:
                    print(f"  {kind:<10} n={len(values):<6} p50 {statistics.median(values) * 1000:7.1f} ms   "
                          f"p99 {percentile(values, 0.99) * 1000:7.1f} ms")
            print(f"  all        n={len(every):<6} p50 {statistics.median(every) * 1000:7.1f} ms   "
                  f"p99 {percentile(every, 0.99) * 1000:7.1f} ms")
            if answered:
                per = server_cpu / answered
                print(f"  CPU: the server's workers {server_cpu:.1f} s, {per * 1000:.1f} ms per answer (so at most "
                      f"{1 / per:.0f} answers/s per core of this machine, this mix); the load generator "
                      f"{client_cpu:.1f} s, {client_cpu / answered * 1000:.1f} ms per answer")
            for error in result["errors"][:5]:
                print("  error:", error)
            print(f"  load average after the run: {os.getloadavg()[0]:.1f}")
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    main()
