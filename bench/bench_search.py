#!/usr/bin/env python3
"""Search latency over an archive (by default the one bench_ingest.py built), beside a plain
LIKE scan of the same table measured in the same run.

    python bench/bench_search.py [--db sqlite:///bench/out/archive-100000.db] [--queries 200]

200 varied queries are drawn (seeded) from the archive's own words: family names,
countries, cities, topic words, two-word phrases, OR pairs, prefixes, exclusions, and a
share of them with filters (country, type, role, dates, resolution). Reported, p50 and p95
in milliseconds:

- first page (20 hits) ranked, with snippets, no facets;
- the same with facet counts over every match;
- the reference: `SELECT ... WHERE lower(text) LIKE '%word%'` (count and first 20) for the
  one-word queries, on a sample when it is slow.

Not run by CI. Results are printed and written to bench/out/bench_search.json.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "bench" / "out"
WORDS = ("women", "peace", "security", "climate", "trade", "humanitarian", "nuclear",
         "disarmament", "refugees", "energy", "investment", "cooperation", "dialogue",
         "economic", "maritime", "health", "technology", "sanctions", "ukraine", "development")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def draw_queries(store, n: int, seed: int) -> list[tuple[str, dict]]:
    rnd = random.Random(seed)
    families = [r["f"] for r in store.rows(
        "SELECT DISTINCT family_name AS f FROM participations WHERE family_name IS NOT NULL "
        "LIMIT 2000")] or ["minister"]
    cities = [r["c"] for r in store.rows(
        "SELECT DISTINCT city AS c FROM events WHERE city IS NOT NULL LIMIT 500")] or ["tokyo"]
    countries = [r["c"] for r in store.rows(
        "SELECT DISTINCT country AS c FROM participations WHERE country IS NOT NULL")] or ["JP"]
    kinds = [
        lambda: rnd.choice(WORDS),
        lambda: rnd.choice(families),
        lambda: rnd.choice(cities),
        lambda: f'"{rnd.choice(["prime minister", "foreign minister", "peace and security", "bilateral relations", "telephone talk", "joint statement"])}"',
        lambda: f"{rnd.choice(WORDS)} OR {rnd.choice(WORDS)}",
        lambda: f"{rnd.choice(WORDS)[:5]}*",
        lambda: f"{rnd.choice(WORDS)} -{rnd.choice(WORDS)}",
        lambda: f"{rnd.choice(families)} {rnd.choice(WORDS)}",
    ]
    out = []
    for i in range(n):
        query = rnd.choice(kinds)()
        filters: dict = {}
        if i % 3 == 0:
            pick = rnd.choice(["country", "type", "role", "dates", "resolution"])
            if pick == "country":
                filters["country"] = rnd.choice(countries)
            elif pick == "type":
                filters["type"] = rnd.choice(["meeting", "telephone_talk", "dialogue"])
            elif pick == "role":
                filters["role"] = rnd.choice(["principal", "counterpart"])
            elif pick == "dates":
                year = rnd.randint(2015, 2024)
                filters.update(date_from=str(year), date_to=str(year + 1))
            else:
                filters["resolution"] = "1325"
        out.append((query, filters))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=f"sqlite:///{OUT / 'archive-100000.db'}")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=2242)
    ap.add_argument("--like-sample", type=int, default=30)
    args = ap.parse_args()

    from readouts.archive.filters import Filters
    from readouts.archive.search import SearchOptions, search
    from readouts.store import open_store

    with open_store(args.db) as store:
        documents = int(store.scalar("SELECT count(*) FROM documents"))
        queries = draw_queries(store, args.queries, args.seed)
        search(store, SearchOptions("minister"))  # warm the page cache once
        timings: dict[str, list[float]] = {"page": [], "facets": [], "like": []}
        totals = []
        for query, filters in queries:
            options = SearchOptions(query, Filters(**filters), limit=20, facets=False)
            started = time.perf_counter()
            result = search(store, options)
            timings["page"].append((time.perf_counter() - started) * 1000)
            totals.append(result.total)
            started = time.perf_counter()
            search(store, SearchOptions(query, Filters(**filters), limit=20, facets=True))
            timings["facets"].append((time.perf_counter() - started) * 1000)
        plain = [q for q, f in queries if " " not in q and q.isalpha() and not f]
        for word in plain[:args.like_sample]:
            started = time.perf_counter()
            store.scalar("SELECT count(*) FROM documents WHERE is_current = 1 "
                         "AND lower(text) LIKE ?", (f"%{word.lower()}%",))
            store.rows("SELECT id, title FROM documents WHERE is_current = 1 "
                       "AND lower(text) LIKE ? LIMIT 20", (f"%{word.lower()}%",))
            timings["like"].append((time.perf_counter() - started) * 1000)
    result = {"documents": documents, "queries": len(queries), "store": args.db.split("@")[-1],
              "median_hits": statistics.median(totals) if totals else 0}
    for name, values in timings.items():
        if values:
            result[name] = {"n": len(values), "p50_ms": round(percentile(values, 0.5), 1),
                            "p95_ms": round(percentile(values, 0.95), 1),
                            "max_ms": round(max(values), 1)}
    print(json.dumps(result, indent=2))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench_search.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
