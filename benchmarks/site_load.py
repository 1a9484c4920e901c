"""How fast does the published site answer under load? Bounded: N concurrent clients for at most
SECONDS and at most REQUESTS requests, on 127.0.0.1.

    python benchmarks/site_load.py DB [--clients 16] [--seconds 20] [--requests 3000] [--think 0] [--port 8765]

DB is a database written by `papers ingest` (all Kent papers for the project's figures). It is
copied to a scratch folder as papers.db (the name metadata.yml describes) and served with
`papers serve`, so the site's own settings and metadata are measured. Each client requests, in
turn, table pages (with their facets), row pages, full-text searches and canned queries, and
the script prints p50 / p95 / max latency for each kind and for all requests (goal p95 < 100 ms).
With `--think S` each client waits S seconds on average between its requests (at random, as
readers do between pages); with 0 (the default) every client asks again the moment it has an answer, which measures
the server's throughput more than its latency (16 clients / throughput = the mean latency).
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def urls(db: Path) -> list[tuple[str, str]]:
    """(kind, path) for the requests, from what the database holds."""
    con = sqlite3.connect(db)
    ids = {t: [r[0] for r in con.execute(f"select id from [{t}] order by id limit 20")]
           for t in ("documents", "decisions", "recommendations", "reports", "amounts", "agenda_items")}
    council = (con.execute("select council from documents where council is not null limit 1").fetchone() or [""])[0]
    report = (ids["reports"] or [1])[0]
    con.close()
    out = []
    for table in ("documents", "meetings", "agenda_items", "reports", "recommendations", "decisions", "tables",
                  "amounts", "targets", "pages", "table_cells"):
        out.append(("table page", f"/papers/{table}"))
    out.append(("table page", "/papers"))  # the database's page: every table and its count
    out.append(("table page", f"/papers/documents?council={council}"))
    out.append(("table page", "/papers/amounts?unit=GBP&_sort_desc=value"))
    for table, rows in ids.items():
        out.extend(("row page", f"/papers/{table}/{i}") for i in rows[:5])
    for term in ("budget", "school transport", "recommendation", "adult social care", "council tax"):
        out.append(("search", f"/papers/pages?_search={term}"))
        out.append(("search", f"/papers/decisions?_search={term}"))
        out.append(("search", f"/papers/agenda_items?_search={term}"))
    out += [("canned query", "/papers/money_in_recommendations?min_value="),
            ("canned query", "/papers/targets_due?period=2025"),
            ("canned query", f"/papers/decided_on_report?report_id={report}"),
            ("canned query", "/papers/decisions_by_committee_and_month"),
            ("canned query", "/papers/largest_amounts_by_council?unit="),
            ("canned query", "/papers/new_decisions?committee=")]
    return out


async def load(base: str, targets: list[tuple[str, str]], clients: int, seconds: float, requests: int,
               think: float = 0.0):
    times: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    order = itertools.cycle(targets)
    pauses = random.Random(16)
    deadline = time.perf_counter() + seconds
    sent = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        async def one_client():
            nonlocal sent
            while sent < requests and time.perf_counter() < deadline:
                sent += 1
                kind, path = next(order)
                t = time.perf_counter()
                try:
                    r = await client.get(path)
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = time.perf_counter() - t
                times[kind].append(elapsed)
                times["all"].append(elapsed)
                if not ok:
                    errors[kind] += 1
                if think:
                    # readers do not click in step: waits drawn at random around the mean (a
                    # fixed wait keeps all clients in phase, so they arrive as bursts of 16)
                    await asyncio.sleep(pauses.expovariate(1 / think))
        await asyncio.gather(*(one_client() for _ in range(clients)))
    return times, errors


def pct(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--think", type=float, default=0.0, help="seconds each client waits between requests")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--no-cache", action="store_true", help="serve with `papers serve --no-cache`: every page made afresh")
    ap.add_argument("--workers", type=int, default=1, help="server processes (`papers serve --workers`)")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="papers-site-"))
    db = tmp / "papers.db"
    src = sqlite3.connect(a.db)  # a consistent copy even while the WAL holds recent writes
    dest = sqlite3.connect(db)
    src.backup(dest)
    src.close()
    dest.close()
    server = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port", str(a.port)]
                              + (["--no-cache"] if a.no_cache else []) + ["--workers", str(a.workers)],
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{a.port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(base + "/-/versions.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        else:
            raise SystemExit("the site did not start")
        targets = urls(db)
        asyncio.run(load(base, targets, 1, 30, len(targets)))  # warm up: every page once
        t = time.perf_counter()
        times, errors = asyncio.run(load(base, targets, a.clients, a.seconds, a.requests, a.think))
        wall = time.perf_counter() - t
        print(f"{len(times['all'])} requests from {a.clients} clients (waiting {a.think} s between requests) in {wall:.1f} s "
              f"({len(times['all']) / wall:.0f} requests/s)")
        print(f"{'':14s}{'count':>7s}{'p50 ms':>9s}{'p95 ms':>9s}{'max ms':>9s}{'errors':>8s}")
        for kind in ("table page", "row page", "search", "canned query", "all"):
            v = times.get(kind, [])
            print(f"{kind:14s}{len(v):7d}{1000 * pct(v, 50):9.0f}{1000 * pct(v, 95):9.0f}"
                  f"{1000 * max(v, default=0):9.0f}{errors.get(kind, sum(errors.values()) if kind == 'all' else 0):8d}")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
