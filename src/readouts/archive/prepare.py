"""One document in, rows out: read, hash, extract and turn into rows, with no database.

This is the costly part of ingest (the extractor), so it is what runs in worker processes.
A document whose bytes were stored before by this extractor version is skipped before it
is decoded: re-running an ingest costs one read and one hash per document.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import AbstractSet, Any

from ..errors import ReadoutsError
from ..inputs import STDIN, extract_loaded, load, read_bytes
from ..model import EXTRACTOR_VERSION
from .provenance import Provenance, page_licence, real_path
from .rows import DocumentRows, document_rows

log = logging.getLogger("readouts")


@dataclass(frozen=True, slots=True)
class Task:
    source: str                           # a path, `-`, or `FILE.jsonl:LINE` for a record
    provenance: Provenance | None = None  # from the manifest
    data: bytes | None = None             # bytes already read (standard input)
    record_line: str | None = None        # a stored record to import as it is (JSON)


@dataclass(frozen=True, slots=True)
class Prepared:
    source: str
    rows: DocumentRows
    extractor_version: str


@dataclass(frozen=True, slots=True)
class Skipped:
    source: str


@dataclass(frozen=True, slots=True)
class Failed:
    source: str
    code: str
    message: str
    document_id: str | None = None


Result = Prepared | Skipped | Failed


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def prepare(task: Task, known: AbstractSet[str]) -> Result:
    """Never raises for a bad document: a Failed says what was wrong."""
    try:
        if task.record_line is not None:
            return _imported(task, known)
        return _extracted(task, known)
    except ReadoutsError as exc:
        return Failed(task.source, exc.code, str(exc))
    except Exception as exc:  # a bug met on one document costs that document only
        log.debug("internal error on %s", task.source, exc_info=True)
        return Failed(task.source, "internal", f"{type(exc).__name__}: {exc}")


def _extracted(task: Task, known: AbstractSet[str]) -> Result:
    data = task.data if task.data is not None else read_bytes(task.source)
    digest = hashlib.sha256(data).hexdigest()
    if digest in known:
        return Skipped(task.source)
    loaded = load(data, task.source)
    record = extract_loaded(loaded)
    if record.error is not None:
        return Failed(task.source, record.error.code, record.error.message, record.document.id)
    page = Provenance()
    if loaded.meta is not None:
        page = Provenance(url=loaded.meta.url, publisher=loaded.meta.publisher,
                          published=loaded.meta.published, licence=page_licence(data),
                          origin="page")
    given = task.provenance or Provenance()
    path = None if task.source == STDIN else real_path(task.source)
    prov = given.merged(page)
    prov = Provenance(path=path, url=prov.url, publisher=prov.publisher,
                      published=prov.published, captured=prov.captured, licence=prov.licence,
                      attribution=prov.attribution, origin=prov.origin)
    rows = document_rows(record.to_dict(), record.text, prov, now(), digest)
    return Prepared(task.source, rows, EXTRACTOR_VERSION)


def _imported(task: Task, known: AbstractSet[str]) -> Result:
    """A record exported by `readouts export --format jsonl` (or `extract --with-text`)."""
    line = task.record_line or ""
    digest = hashlib.sha256(line.encode("utf-8")).hexdigest()
    if digest in known:
        return Skipped(task.source)
    try:
        data: Any = json.loads(line)
    except ValueError as exc:
        return Failed(task.source, "bad_record", f"not a JSON record: {exc}")
    if not isinstance(data, dict) or not isinstance(data.get("document"), dict):
        return Failed(task.source, "bad_record", "not a readouts record (no 'document')")
    if data.get("error"):
        err = data["error"]
        return Failed(task.source, str(err.get("code", "error")), str(err.get("message", "")))
    text = data.get("text")
    if not isinstance(text, str) or not data["document"].get("id"):
        return Failed(task.source, "bad_record",
                      "the record carries no text (export with --format jsonl, or extract "
                      "with --with-text)")
    extractor = data.get("extractor") or {}
    version = str(extractor.get("version") or "unknown")
    data["extractor"] = {"name": extractor.get("name", "readouts"), "version": version}
    stated = data.pop("provenance", None) or {}
    lineage = str(stated.get("lineage") or "")
    prov = Provenance(path=lineage[5:] if lineage.startswith("path:") else None,
                      url=stated.get("url"),
                      publisher=stated.get("publisher"), captured=stated.get("captured"),
                      licence=stated.get("licence"), attribution=stated.get("attribution"),
                      origin=stated.get("from"))
    if task.provenance is not None:
        prov = task.provenance.merged(prov)
    if prov.path is None and prov.url is None:
        prov = Provenance(path=data["document"].get("source"), publisher=prov.publisher,
                          captured=prov.captured, licence=prov.licence,
                          attribution=prov.attribution, origin=prov.origin)
    rows = document_rows(data, text, prov, now(), digest)
    return Prepared(task.source, rows, version)

