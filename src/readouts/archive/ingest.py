"""`readouts ingest`: documents in, archive rows out; idempotent and resumable.

    from readouts.archive.ingest import IngestOptions, ingest
    with open_store(url) as store:
        for outcome in ingest(store, ["readouts/"], IngestOptions()):
            ...

Paths are what `readouts extract` takes (files, folders, `-`), and also `.jsonl` files of
records that `readouts export --format jsonl` wrote, which are stored as they are (with
their own extractor version) instead of being extracted again. Extraction runs in worker
processes when there are many documents; writing happens here, a batch per transaction.
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
from dataclasses import dataclass, field
from typing import AbstractSet, Iterable, Iterator

from ..inputs import STDIN, expand, read_bytes
from ..errors import InputError
from ..model import EXTRACTOR_VERSION
from ..store import Store
from .people import is_stale, resolve_archive
from .prepare import Failed, Result, Task, prepare
from .provenance import Manifest
from .write import Outcome, known_digests, write_batch

RECORD_SUFFIXES = (".jsonl",)
POOL_THRESHOLD = 64   # fewer documents than this: extract in-process (a pool costs ~1 s)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    jobs: int | None = None           # worker processes; None: one per core
    batch: int = 256                  # documents per transaction: fewer commits (each flushes the full-text index)
    manifest: Manifest | None = field(default=None)
    registry: str | None = None       # the people registry (CSV), applied after every ingest


def ingest(store: Store, paths: Iterable[str], options: IngestOptions = IngestOptions()
           ) -> Iterator[Outcome]:
    """One Outcome per document, in input order, each after its batch has committed."""
    known = known_digests(store, EXTRACTOR_VERSION)
    results = _results(tasks(paths, options.manifest), known, options.jobs)
    while True:
        batch = list(itertools.islice(results, max(1, options.batch)))
        if not batch:
            break
        yield from write_batch(store, batch)
    # People and meetings across documents: after every write (a flag set with each batch
    # survives an interruption), and whenever a registry is given (it may have changed).
    if options.registry is not None or is_stale(store):
        resolve_archive(store, options.registry)


def tasks(paths: Iterable[str], manifest: Manifest | None = None) -> Iterator[Task]:
    for path in paths:
        if path != STDIN and path.lower().endswith(RECORD_SUFFIXES) and os.path.isfile(path):
            yield from _record_tasks(path, manifest)
            continue
        for source in expand([path]):
            prov = manifest.get(source) if manifest is not None and source != STDIN else None
            if source == STDIN:
                try:
                    yield Task(source, prov, data=read_bytes(source))
                except InputError:
                    yield Task(source, prov)  # reading again reports what is wrong
            else:
                yield Task(source, prov)


def _record_tasks(path: str, manifest: Manifest | None) -> Iterator[Task]:
    prov = manifest.get(path) if manifest is not None else None
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if line.strip():
                yield Task(f"{path}:{n}", prov, record_line=line)


# --- extraction, in-process or in a pool -------------------------------------------------

_known: AbstractSet[str] = frozenset()


def _init_worker(known: AbstractSet[str]) -> None:
    global _known
    _known = known


def _prepare_in_worker(task: Task) -> Result:
    return prepare(task, _known)


def _results(all_tasks: Iterator[Task], known: AbstractSet[str], jobs: int | None
             ) -> Iterator[Result]:
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    head = list(itertools.islice(all_tasks, POOL_THRESHOLD))
    if workers <= 1 or len(head) < POOL_THRESHOLD:
        for task in itertools.chain(head, all_tasks):
            yield prepare(task, known)
        return
    # spawn: workers start clean (no copy of this process's open database or threads).
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(known,)) as pool:
        # 32 documents a message: 15% less time than 8 on 10,000 synthetic readouts (the pool's
        # per-message work in both processes); more gains nothing
        yield from pool.imap(_prepare_in_worker, itertools.chain(head, all_tasks),
                             chunksize=32)


__all__ = ["Failed", "IngestOptions", "Outcome", "RECORD_SUFFIXES", "ingest", "tasks"]
