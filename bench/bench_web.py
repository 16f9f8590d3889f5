#!/usr/bin/env python3
"""A small, bounded load test of the web app: requests per second and latency (p50, p95) of
the search page and the event page, against `readouts serve` on 127.0.0.1.

    python bench/bench_web.py [--db sqlite:///bench/out/archive-100000.db] [--requests 400]
                              [--concurrency 4] [--seconds 60]

The archive is by default the 100,000 synthetic readouts bench_ingest.py builds (from
`readouts.synth.write`); give --db for another. The server runs in a subprocess (one
uvicorn worker, as `readouts serve` starts it) on a free port of 127.0.0.1 only; the load
comes from --concurrency client threads with keep-alive connections, each kind of page
for at most --requests requests or --seconds seconds, whichever ends first. Then the
server is stopped. Measured in the same run, as the reference: the same load on a static
file (/static/app.css), which is what the server and client cost without the archive.

Pages: `/search?q=...` (20 hits, snippets, facet counts) with queries drawn (seeded) from
the archive's own words, some with filters; `/events/{id}` for events drawn at random
(the text with every value's evidence marked); `/api/search` and `/api/events/{id}` for
the JSON of the same.

Not run by CI. Results are printed and written to bench/out/bench_web.json.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "bench" / "out"
HOST = "127.0.0.1"            # never anything else
WORDS = ("women", "peace", "security", "climate", "trade", "humanitarian", "nuclear",
         "cooperation", "dialogue", "economic", "maritime", "health", "energy", "minister")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def targets(db: str, n: int, seed: int) -> dict[str, list[str]]:
    from readouts.store import open_store
    rnd = random.Random(seed)
    with open_store(db) as store:
        total = int(store.scalar("SELECT count(*) FROM events"))
        events = [r["id"] for r in store.rows(
            "SELECT id FROM events WHERE idx = 0 ORDER BY id LIMIT 20000")]
        families = [r["f"] for r in store.rows(
            "SELECT DISTINCT family_name AS f FROM participations WHERE family_name IS NOT "
            "NULL LIMIT 1000")] or ["minister"]
        countries = [r["c"] for r in store.rows(
            "SELECT DISTINCT country AS c FROM participations WHERE country IS NOT NULL")]
    searches = []
    for _ in range(n):
        q = rnd.choice([rnd.choice(WORDS), rnd.choice(families),
                        f"{rnd.choice(families)} {rnd.choice(WORDS)}",
                        f'"{rnd.choice(["prime minister", "foreign minister", "telephone talk"])}"'])
        params = {"q": q}
        if countries and rnd.random() < 0.3:
            params["country"] = rnd.choice(countries)
        searches.append(urlencode(params))
    picked = [rnd.choice(events) for _ in range(n)] if events else []
    return {"events_total": [str(total)],
            "search_page": [f"/search?{s}" for s in searches],
            "event_page": [f"/events/{quote(e, safe=':')}" for e in picked],
            "api_search": [f"/api/search?{s}" for s in searches],
            "api_event": [f"/api/events/{quote(e, safe=':')}" for e in picked],
            "static_reference": ["/static/app.css"] * n}


def load(port: int, paths: list[str], concurrency: int, seconds: float) -> dict[str, float]:
    """Each path once, spread over `concurrency` threads; stops early after `seconds`."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    work = list(paths)
    deadline = time.monotonic() + seconds

    def worker() -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                if not work:
                    break
                path = work.pop()
            started = time.perf_counter()
            conn.request("GET", path, headers={"Accept": "text/html"})
            response = conn.getresponse()
            response.read()
            took = time.perf_counter() - started
            with lock:
                latencies.append(took)
                statuses[response.status] = statuses.get(response.status, 0) + 1
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    ms = [x * 1000 for x in latencies]
    return {"requests": len(ms), "seconds": round(wall, 2),
            "requests_per_s": round(len(ms) / wall, 1) if wall else 0.0,
            "p50_ms": round(statistics.median(ms), 1) if ms else 0.0,
            "p95_ms": round(percentile(ms, 0.95), 1) if ms else 0.0,
            "statuses": {str(k): v for k, v in sorted(statuses.items())}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=f"sqlite:///{OUT / 'archive-100000.db'}")
    ap.add_argument("--requests", type=int, default=400, help="per kind of page (max 5000)")
    ap.add_argument("--concurrency", type=int, default=4, help="client threads (max 16)")
    ap.add_argument("--seconds", type=float, default=60.0, help="cap per kind (max 300)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    requests = max(1, min(args.requests, 5000))
    concurrency = max(1, min(args.concurrency, 16))
    seconds = max(1.0, min(args.seconds, 300.0))
    if args.db.startswith("sqlite:///") and not Path(args.db[len("sqlite:///"):]).exists():
        sys.exit(f"bench_web: no archive at {args.db}: build it with bench/bench_ingest.py "
                 "--count 100000, or give --db")

    plan = targets(args.db, requests, args.seed)
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen([sys.executable, "-m", "readouts", "serve", "--db", args.db,
                               "--host", HOST, "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results: dict[str, object] = {
        "db": args.db, "events": int(plan.pop("events_total")[0]), "requests": requests,
        "concurrency": concurrency, "cpu_count": os.cpu_count()}
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = http.client.HTTPConnection(HOST, port, timeout=5)
                conn.request("GET", "/api")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit("bench_web: the server did not start")
            time.sleep(0.2)
        for kind, paths in plan.items():
            load(port, paths[:max(1, len(paths) // 10)], concurrency, 10)   # warm up
            results[kind] = figures = load(port, paths, concurrency, seconds)
            print(f"{kind:<17} {figures['requests_per_s']:>8} req/s  p50 "
                  f"{figures['p50_ms']:>7} ms  p95 {figures['p95_ms']:>7} ms  "
                  f"({figures['requests']} requests, {figures['statuses']})", flush=True)
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:    # still busy with requests left queued
            server.kill()
            server.wait(10)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench_web.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
