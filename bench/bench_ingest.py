#!/usr/bin/env python3
"""Ingest rate into SQLite (or --db URL) on synthetic readouts, and store size per document.

    python bench/bench_ingest.py [--count 100000] [--jobs 2] [--db sqlite:///bench/out/archive.db]

The readouts come from `readouts.synth.write(count, out_dir, answers_path, seed)` (made once
and reused under bench/out/synth-COUNT/). Measured in the same run:

- the reference: extraction alone, in this one process, over a sample of the same files
  (`extract_path`, no store) — what one core does without any database;
- `ingest` with --jobs worker processes into a new store: documents per second of the
  whole job (reading, extraction, writing, full-text indexing, entity resolution), and
  separately the time of the final resolution step;
- a second `ingest` of the same files (everything unchanged): the cost of a resumed run;
- the store's size on disk per document.

Not run by CI. Results are printed and written to bench/out/bench_ingest.json.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "bench" / "out"


def corpus(count: int, seed: int) -> Path:
    folder = OUT / f"synth-{count}"
    if not (folder / ".complete").exists():
        try:
            from readouts.synth import write
        except ImportError:
            sys.exit("bench_ingest: readouts.synth.write is not available yet")
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        write(count, folder, OUT / f"synth-{count}.answers.jsonl", seed)
        (folder / ".complete").write_text(f"{time.perf_counter() - started:.1f}s\n")
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1325)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--db", default=None, help="default: a new SQLite file in bench/out/")
    ap.add_argument("--reference-n", type=int, default=2000)
    args = ap.parse_args()

    from readouts.archive import people
    from readouts.archive.ingest import IngestOptions, ingest
    from readouts.inputs import expand, extract_path
    from readouts.store import open_store

    folder = corpus(args.count, args.seed)
    files = list(expand([str(folder)]))
    sample = files[:args.reference_n]
    started = time.perf_counter()
    for path in sample:
        extract_path(path).to_dict()
    reference = len(sample) / (time.perf_counter() - started)

    url = args.db
    if url is None:
        target = OUT / f"archive-{args.count}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{target}"
    resolve_time = [0.0]
    original = people.resolve_archive

    def timed(*a, **k):  # the final step, timed on its own
        t = time.perf_counter()
        try:
            return original(*a, **k)
        finally:
            resolve_time[0] = time.perf_counter() - t

    import readouts.archive.ingest as ingest_module
    ingest_module.resolve_archive = timed
    with open_store(url) as store:
        started = time.perf_counter()
        statuses: dict[str, int] = {}
        for outcome in ingest(store, [str(folder)], IngestOptions(jobs=args.jobs,
                                                                   batch=args.batch)):
            statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
        first = time.perf_counter() - started
        started = time.perf_counter()
        again: dict[str, int] = {}
        for outcome in ingest(store, [str(folder)], IngestOptions(jobs=args.jobs)):
            again[outcome.status] = again.get(outcome.status, 0) + 1
        second = time.perf_counter() - started
        if store.dialect == "sqlite":
            store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = store.size_bytes()
        documents = int(store.scalar("SELECT count(*) FROM documents"))
    result = {
        "documents": len(files), "stored": documents, "statuses": statuses, "jobs": args.jobs,
        "store": url.split("@")[-1], "cores": os.cpu_count(),
        "reference_extract_only_docs_per_s_one_process": round(reference, 1),
        "ingest_seconds": round(first, 1), "ingest_docs_per_s": round(len(files) / first, 1),
        "of_which_resolution_seconds": round(resolve_time[0], 1),
        "rerun_unchanged_seconds": round(second, 1), "rerun_statuses": again,
        "store_bytes": size, "store_bytes_per_document": round(size / max(1, documents)),
    }
    print(json.dumps(result, indent=2))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench_ingest.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
