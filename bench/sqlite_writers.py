"""How far SQLite carries one office: concurrent writers against gunicorn with the default
production settings (docs/deploy.md, "How far SQLite carries one office").

Starts one gunicorn server exactly as deployed (default workers and threads, SQLite in a
temporary home, or DATABASE_URL's PostgreSQL in a fresh database), logs in N office users
and has each make W writes (an organisation alias: one transaction with its audit event)
while one leader keeps reading the organisations page.  Prints per level: writes/s and
its ratio to the single-writer run in the same process, p50/p95 write latency, reads'
p95, and errors (HTTP 5xx, "database is locked").  Loopback only; bounded.

    .venv/bin/python bench/sqlite_writers.py [--levels 1,4,8,16,32] [--writes 20]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.deploy_servers import AppServer, Browser, manage, production_env  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run_level(server: AppServer, org: str, writers: int, writes: int, tag: str) -> dict:
    browsers = []
    for _ in range(writers):
        b = Browser()
        b.login(server.url, "office")  # fails loudly if a login is refused
        browsers.append(b)
    reader = Browser()
    reader.login(server.url, "leader")
    latencies: list[float] = []
    reads: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def write(i: int, b: Browser) -> None:
        status, _, page = b.get(server.url + "/organisations/")
        if status != 200:
            with lock:
                errors.append(f"form {status}")
            return
        token = b.csrf(page)
        for n in range(writes):
            body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "alias": f"{tag}-{i}-{n}"}).encode()
            t0 = time.perf_counter()
            status, _, content = b.request(f"{server.url}/organisations/{org}/alias/", body,
                                           {"Content-Type": "application/x-www-form-urlencoded"})
            elapsed = time.perf_counter() - t0
            with lock:
                latencies.append(elapsed)
                if status != 302:  # the alias view redirects after a save
                    errors.append(f"{status}")

    def read() -> None:
        while not stop.is_set():
            t0 = time.perf_counter()
            status, _, _ = reader.get(server.url + "/organisations/")
            with lock:
                reads.append(time.perf_counter() - t0)
                if status >= 500:
                    errors.append(f"read {status}")

    threads = [threading.Thread(target=write, args=(i, b)) for i, b in enumerate(browsers)]
    reading = threading.Thread(target=read)
    t0 = time.perf_counter()
    reading.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    stop.set()
    reading.join()
    return {"writers": writers, "writes": len(latencies), "per_s": len(latencies) / wall,
            "p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
            "read_p95": percentile(reads, 95), "errors": len(errors)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="1,4,8,16,32")
    parser.add_argument("--writes", type=int, default=20)
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        extra = {}
        url = os.environ.get("DATABASE_URL", "")
        db = "SQLite (default settings)"
        if url.startswith("postgres"):
            import psycopg

            base = urllib.parse.urlsplit(url)
            name = f"luoshi_bench_writers_{os.getpid()}"
            with psycopg.connect(base._replace(path="/postgres").geturl(), autocommit=True) as c:
                c.execute(f'CREATE DATABASE "{name}"')
            extra["DATABASE_URL"] = base._replace(path="/" + name).geturl()
            db = "PostgreSQL"
        env = production_env(home, **extra)
        manage(env, "collectstatic", "--noinput", "-v", "0")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "create_demo_accounts")
        manage(env, "shell", "-c", "from luoshi.core.models import Organisation; "
                                   "Organisation.objects.get_or_create(name='区发改经信局')")
        env["LUOSHI_ACCESS_LOG"] = ""
        server = AppServer("bench", env, home,
                           workers=(os.cpu_count() or 1) + 1, threads=4)
        try:
            b = Browser()
            b.login(server.url, "office")
            _, _, page = b.get(server.url + "/organisations/")
            org = re.search(rb'action="/organisations/(\d+)/alias/"', page).group(1).decode()
            print(f"{db}; gunicorn {(os.cpu_count() or 1) + 1} workers x 4 threads (gthread); "
                  f"{args.writes} writes per writer, one leader reading meanwhile")
            print(f"{'writers':>7} {'writes':>6} {'writes/s':>9} {'x 1 writer':>10} {'p50 ms':>7} {'p95 ms':>7} "
                  f"{'read p95 ms':>11} {'errors':>6}")
            base = None
            for level in levels:
                r = run_level(server, org, level, args.writes, f"w{level}")
                base = base or r["per_s"]
                print(f"{r['writers']:>7} {r['writes']:>6} {r['per_s']:>9.1f} {r['per_s'] / base:>10.2f} "
                      f"{r['p50'] * 1000:>7.0f} {r['p95'] * 1000:>7.0f} {r['read_p95'] * 1000:>11.0f} "
                      f"{r['errors']:>6}")
            errors = server.output().count("database is locked")
            print(f"'database is locked' in the server log: {errors}")
        finally:
            server.stop()
            if "DATABASE_URL" in extra:
                import psycopg

                admin = urllib.parse.urlsplit(url)._replace(path="/postgres").geturl()
                with psycopg.connect(admin, autocommit=True) as c:
                    c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
