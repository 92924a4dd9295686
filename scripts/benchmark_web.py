"""The web pages' render time on the server (see scripts/benchmark-web).

The app runs in this process (FastAPI's TestClient: no network, no browser), on a fresh SQLite store
loaded with the demo registries and facts of the five seed provinces, as ``obligations serve`` loads
them on first start. For each province an administrator signs in through the sign-in form; each page
is asked once to warm it (the catalogue's caches, the compiled rules, Graphviz's picture), then
``--repeat`` times, timed from the request to the last byte. Prints p50 and p95 per page and province,
and the pages over the bar. The pages that evaluate keep their evaluation while the store's facts and
registry stay the same (``Service.evaluation``): the "new" column is the p50 of a page asked right
after the facts changed (the kept evaluations dropped before each request), the wait an officer has
on the first view after an upload.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from obligations.api.app import create_app
from obligations.api.demo import load_demo_if_empty
from obligations.api.service import Service
from obligations.api.settings import Settings
from obligations.catalogue.load import default_root, load_catalogue
from obligations.catalogue.version import catalogue_version
from obligations.store import Store

BAR_MS = 300
PASSWORD = "mat-khau-do-hieu-nang"


def pages(registry, province: str, as_of: str) -> list[tuple[str, str]]:
    agencies = registry.in_province(province)
    one = next(a for a in agencies if a.level == "provincial" and a.kind != "ubnd-tinh")
    return [
        ("Tổng quan", f"/overview?as_of={as_of}"),
        ("Kết quả: chưa đạt", f"/findings?as_of={as_of}&status=unmet"),
        ("Văn bản", "/documents"),
        ("Tìm nghĩa vụ", "/documents?actor=so+noi+vu&text=van+ban+dien+tu"),
        ("Một văn bản", "/documents/ttg/28-2018-qd-ttg"),
        ("Một nghĩa vụ", "/obligations/ubnd-khanh-hoa/12-ct-ubnd-2013/2.g"),
        ("Tiếp nhận", f"/uptake?province={province}"),
        ("Cơ quan", f"/agencies?as_of={as_of}"),
        ("Một cơ quan", f"/agencies/{one.id}?as_of={as_of}"),
        ("Số liệu", f"/facts?agency={one.id}&period={int(as_of[:4]) - 1}"),
        ("Thư", f"/letters?as_of={as_of}&kinds=reminder"),
        ("Sổ đăng ký", "/letters/register"),
        ("Nhật ký", "/audit"),
    ]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--as-of", default="2015-01-15")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="obligations-benchmark-web-"))
    url = f"sqlite:///{folder / 'web.db'}"
    catalogue = load_catalogue()
    settings = Settings(database_url=url, secret_key="benchmark", data_dir=folder, demo=True).resolved()
    service = Service(settings, catalogue, catalogue_version(default_root()), Store(url, "benchmark"))
    load_demo_if_empty(service)
    registry = service.registry()
    over = []
    print(f"Web pages rendered on the server, warm, {args.repeat} requests each, as at {args.as_of} "
          f"(bar: {BAR_MS} ms)")
    print(f"{'province':<12} {'page':<20} {'p50 ms':>8} {'p95 ms':>8} {'new ms':>8} {'KB':>6}")
    with TestClient(create_app(service=service)) as client:
        for province in registry.provinces:
            name = f"bench.{len(over)}.{abs(hash(province)) % 10**6}"
            service.store.add_user(name, PASSWORD, "admin", province)
            client.cookies.clear()
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
            signed = client.post("/login", data={"username": name, "password": PASSWORD, "csrf_token": token},
                                 follow_redirects=False)
            assert signed.status_code == 303, signed.text
            for label, path in pages(registry, province, args.as_of):
                first = client.get(path)
                if first.status_code != 200:
                    print(f"{province:<12} {label:<20} HTTP {first.status_code}: {first.text[:200]}", file=sys.stderr)
                    return 1
                times = []
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    answer = client.get(path)
                    times.append((time.perf_counter() - start) * 1000)
                p50, p95 = statistics.median(times), percentile(times, 0.95)
                fresh = []
                for _ in range(max(3, args.repeat // 4)):
                    service._evaluations.clear()
                    start = time.perf_counter()
                    client.get(path)
                    fresh.append((time.perf_counter() - start) * 1000)
                new = statistics.median(fresh)
                print(f"{province:<12} {label:<20} {p50:>8.1f} {p95:>8.1f} {new:>8.1f} {len(answer.content) / 1024:>6.0f}")
                if p95 > BAR_MS:
                    over.append((province, label, f"{p95:.0f} ms"))
                if new > BAR_MS:
                    over.append((province, label, f"{new:.0f} ms after new facts"))
    service.store.close()
    if over:
        print(f"\n{len(over)} over {BAR_MS} ms (p95, or p50 right after new facts): " + "; ".join(f"{p} {l} ({t})" for p, l, t in over))
    else:
        print(f"\nEvery page under {BAR_MS} ms at p95.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
