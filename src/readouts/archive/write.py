"""Prepared documents -> the store, a batch per transaction.

A batch commits whole or not at all, so an ingest stopped at any moment (Ctrl-C, SIGKILL, a
power cut with a journaling file system) leaves only whole documents; running it again
skips them and finishes the rest. A document already stored by the same extractor version
is left as it is; one stored by another version has its rows replaced. If a batch fails in
the database, its documents are retried one by one, so one bad document costs itself only.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from ..store import Store, StoreError
from .corrections import adopt as adopt_corrections
from .corrections import apply as apply_corrections
from .people import mark_stale
from .prepare import Failed, Prepared, Result, Skipped, now
from .rows import DOCUMENT_TABLES, SHARED_TABLES, TABLES, number_in_ingest_order

log = logging.getLogger("readouts")

INSERT_ORDER = ("events", "participations", "offices", "event_references", "statements",
                "topics", "evidence", "problems")


@dataclass(frozen=True, slots=True)
class Outcome:
    source: str
    status: str                      # stored | updated | unchanged | failed
    document_id: str | None = None
    code: str | None = None
    message: str | None = None


def _insert_sql(table: str, conflict: bool = False) -> str:
    cols = TABLES[table]
    marks = ", ".join("?" for _ in cols)
    tail = " ON CONFLICT DO NOTHING" if conflict else ""
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks}){tail}"


_UPDATE_DOCUMENT = ("UPDATE documents SET " + ", ".join(
    f"{c} = ?" for c in TABLES["documents"] if c not in ("id", "lineage", "is_current"))
    + " WHERE id = ?")
_RECORD = TABLES["documents"].index("record")
_KEEP = [i for i, c in enumerate(TABLES["documents"]) if c not in ("id", "lineage", "is_current")]


def write_batch(store: Store, results: list[Result]) -> list[Outcome]:
    try:
        with store.transaction():
            return _write(store, results)
    except StoreError:
        if len(results) == 1:
            raise
    except Exception as exc:
        if not type(exc).__module__.startswith(("sqlite3", "psycopg")) or len(results) == 1:
            raise
    outcomes: list[Outcome] = []
    for result in results:  # find the one the database refused
        try:
            with store.transaction():
                outcomes.extend(_write(store, [result]))
        except Exception as exc:
            if not type(exc).__module__.startswith(("sqlite3", "psycopg")):
                raise
            message = " ".join(str(exc).split())
            with store.transaction():
                outcomes.extend(_write(store, [Failed(result.source, "store", message)]))
    return outcomes


def _write(store: Store, results: list[Result]) -> list[Outcome]:
    stamp = now()
    outcomes: list[Outcome] = []
    prepared = [r for r in results if isinstance(r, Prepared)]
    versions = _stored_versions(store, [p.rows.document_id for p in prepared])
    fresh: list[Prepared] = []
    replaced: list[Prepared] = []
    for result in results:
        if isinstance(result, Failed):
            _clear_errors(store, result.source)
            store.execute(_insert_sql("problems"), (
                None, result.source, "error", result.code, result.message, "[]", stamp))
            outcomes.append(Outcome(result.source, "failed", result.document_id, result.code,
                                    result.message))
        elif isinstance(result, Skipped):
            outcomes.append(Outcome(result.source, "unchanged"))
        else:
            doc_id = result.rows.document_id
            _clear_errors(store, result.source)
            if doc_id in versions and versions[doc_id] == result.extractor_version:
                outcomes.append(Outcome(result.source, "unchanged", doc_id))
                continue
            (replaced if doc_id in versions else fresh).append(result)
            versions[doc_id] = result.extractor_version  # the same document twice in a batch
            status = "updated" if result in replaced else "stored"
            outcomes.append(Outcome(result.source, status, doc_id))
    if replaced:
        ids = [p.rows.document_id for p in replaced]
        marks = ", ".join("?" for _ in ids)
        for table in DOCUMENT_TABLES:
            store.execute(f"DELETE FROM {table} WHERE document_id IN ({marks})", ids)
        store.executemany(_UPDATE_DOCUMENT, [
            [row[i] for i in _KEEP] + [row[0]]
            for p in replaced for row in p.rows.tables["documents"]])
    store.executemany(_insert_sql("documents"),
                      [row for p in fresh for row in p.rows.tables["documents"]])
    written = fresh + replaced
    seqs = _seqs(store, [p.rows.document_id for p in written])
    for p in written:
        number_in_ingest_order(p.rows, seqs[p.rows.document_id])
    for table in SHARED_TABLES:
        store.executemany(_insert_sql(table, conflict=True),
                          [row for p in written for row in p.rows.tables.get(table, ())])
    for table in INSERT_ORDER:
        store.executemany(_insert_sql(table),
                          [row for p in written for row in p.rows.tables.get(table, ())])
    for lineage in sorted({p.rows.lineage for p in fresh}):
        _mark_current(store, lineage)
    if written:
        # Reviewers' corrections outlive re-extraction: put them in force again (and take
        # in those an exported record carries).
        for p in written:
            if '"corrections"' in p.rows.tables["documents"][0][_RECORD]:
                adopt_corrections(store, p.rows.document_id)
        apply_corrections(store, [p.rows.document_id for p in written])
        mark_stale(store)
    return outcomes


def _by_id(store: Store, ids: list[str], column: str) -> dict[str, Any]:
    """documents.<column> of the stored documents among ids."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {r["id"]: r[column] for r in store.rows(
        f"SELECT id, {column} FROM documents WHERE id IN ({marks})", ids)}


def _seqs(store: Store, ids: list[str]) -> dict[str, int]:
    return _by_id(store, ids, "seq")


def _stored_versions(store: Store, ids: list[str]) -> dict[str, str]:
    return _by_id(store, ids, "extractor_version")


def _clear_errors(store: Store, source: str) -> None:
    store.execute("DELETE FROM problems WHERE kind = 'error' AND source = ?", (source,))


def _mark_current(store: Store, lineage: str) -> None:
    """The latest capture of a lineage (by capture date, then ingest order) is current."""
    store.execute(
        "UPDATE documents SET is_current = CASE WHEN seq = ("
        " SELECT seq FROM documents WHERE lineage = ?"
        " ORDER BY coalesce(captured, '') DESC, seq DESC LIMIT 1) THEN 1 ELSE 0 END "
        "WHERE lineage = ?", (lineage, lineage))


def known_digests(store: Store, version: str) -> frozenset[str]:
    """Hashes of the bytes already stored by this extractor version: skipped unread."""
    return frozenset(r[0] for r in store.execute(
        "SELECT source_sha256 FROM documents WHERE extractor_version = ? "
        "AND source_sha256 IS NOT NULL", (version,)).fetchall())


def as_json(outcome: Outcome) -> dict[str, Any]:
    return {"source": outcome.source, "status": outcome.status,
            "document_id": outcome.document_id, "code": outcome.code,
            "message": outcome.message}


__all__ = ["Outcome", "as_json", "known_digests", "write_batch"]
