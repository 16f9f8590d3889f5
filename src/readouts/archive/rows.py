"""A record (as `readouts extract` writes it) -> the rows the archive stores for it.

Pure functions, no database: `document_rows` turns one record dict, its text and its
provenance into one `DocumentRows`, which the store writes in one transaction. Ids are
derived from content (the document's hash, an index, a folded name), never random, so the
same document always gives the same rows.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .provenance import Provenance

# Columns of each table, in the order the tuples below follow.
TABLES: dict[str, tuple[str, ...]] = {
    "documents": ("id", "lineage", "is_current", "source", "source_sha256", "url", "publisher",
                  "published", "captured", "licence", "attribution", "provenance_from", "title",
                  "language", "truncated", "text", "extractor_version", "record", "ingested_at"),
    "series": ("id", "name"),
    "people": ("id", "name", "family_name", "given_name"),
    "organisations": ("id", "name", "country"),
    "events": ("id", "document_id", "idx", "meeting_id", "type", "date", "start_time",
               "start_local", "utc_offset", "timezone", "start_utc", "end_utc",
               "duration_minutes", "venue", "city", "country", "attendance", "series_id",
               "series_number"),
    "participations": ("id", "event_id", "document_id", "idx", "person_id", "name",
                       "family_name", "given_name", "honorific", "gender", "role", "title",
                       "titles", "organisation", "organisation_id", "country"),
    "offices": ("id", "event_id", "document_id", "idx", "title", "country", "role"),
    "event_references": ("id", "event_id", "document_id", "idx", "kind", "number"),
    "statements": ("id", "event_id", "document_id", "idx", "text", "speaker_id", "attribution",
                   "joint", "start_char", "end_char"),
    "topics": ("id", "event_id", "document_id", "idx", "tag", "pillar", "trigger", "start_char",
               "end_char"),
    "evidence": ("document_id", "path", "n", "start_char", "end_char"),
    "problems": ("document_id", "source", "kind", "code", "message", "spans", "noted_at"),
}
# Tables whose rows belong to one document (deleted and rewritten on re-extraction),
# children first so foreign keys hold at every step.
DOCUMENT_TABLES = ("evidence", "problems", "topics", "statements", "event_references",
                   "offices", "participations", "events")
# Shared rows, inserted once and kept: ON CONFLICT DO NOTHING.
SHARED_TABLES = ("series", "people", "organisations")


# Ids of a document's events and of what hangs from them (participations, statements...)
# and its provisional person keys begin with ID_PREFIX characters of its hash; the writer
# puts its ingest order there instead (`number_in_ingest_order`).
ID_PREFIX = 16
# Columns holding such ids, by table.
ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("id", "meeting_id"),
    "people": ("id",),
    "participations": ("id", "event_id", "person_id"),
    "offices": ("id", "event_id"),
    "event_references": ("id", "event_id"),
    "statements": ("id", "event_id", "speaker_id"),
    "topics": ("id", "event_id"),
}


@dataclass(slots=True)
class DocumentRows:
    document_id: str
    lineage: str
    captured: str | None
    tables: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.tables.setdefault(table, []).append(row)


def number_in_ingest_order(rows: DocumentRows, seq: int) -> None:
    """Begin the document's ids with its ingest order (`documents.seq`, zero-padded) instead
    of its hash, so the indexes on them grow at their end: a hash puts each batch's rows on
    pages all over every index, and at 100,000 documents writing those pages back was most
    of a batch's commit. The ids stay opaque, and stable while the document keeps its seq."""
    prefix = f"{seq:0{ID_PREFIX}d}"
    if len(prefix) != ID_PREFIX:
        return  # past 10^16 documents: keep the hash
    for table, columns in ID_COLUMNS.items():
        table_rows = rows.tables.get(table)
        if not table_rows:
            continue
        positions = [TABLES[table].index(c) for c in columns]
        for n, row in enumerate(table_rows):
            values = list(row)
            for i in positions:
                value = values[i]
                if isinstance(value, str):
                    values[i] = _renumbered(value, prefix)
            table_rows[n] = tuple(values)


def _renumbered(value: str, prefix: str) -> str:
    # "<hash16>:e0:p1" and "p-<hash16>-<name hash>": the hash sits at 0 or after "p-"
    start = 2 if value.startswith("p-") else 0
    return value[:start] + prefix + value[start + ID_PREFIX:]


def fold(text: str) -> str:
    """Case-, accent- and punctuation-blind form of a name, for keys."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def short_hash(*parts: str, size: int = 16) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def person_key(document_id: str, name: str) -> str:
    """A person as one document names them. Entity resolution (readouts.resolve) replaces
    these per-document keys with ids shared across documents; see archive/people.py."""
    return f"p-{document_id[:ID_PREFIX]}-{short_hash(fold(name), size=12)}"


def organisation_key(name: str, country: str | None) -> str:
    return "o-" + short_hash(fold(name), country or "")


def series_key(name: str) -> str:
    return "s-" + short_hash(fold(name), size=12)


def document_rows(data: dict[str, Any], text: str, prov: Provenance, now: str,
                  source_sha256: str | None) -> DocumentRows:
    doc = data["document"]
    doc_id: str = doc["id"]
    evidence: dict[str, list[list[int]]] = data.get("evidence") or {}
    stored = {k: v for k, v in data.items() if k != "text"}
    lineage = prov.url or f"path:{prov.path or doc.get('source') or doc_id}"
    rows = DocumentRows(doc_id, lineage, prov.captured)
    rows.add("documents", (
        doc_id, lineage, 1, doc.get("source"), source_sha256, prov.url,
        prov.publisher or doc.get("publisher"), doc.get("published") or prov.published,
        prov.captured, prov.licence, prov.attribution, prov.origin, doc.get("title"),
        doc.get("language"), 1 if doc.get("truncated") else 0, text,
        data["extractor"]["version"], json.dumps(stored, ensure_ascii=False, sort_keys=False),
        now))
    for path, spans in evidence.items():
        for n, (start, end) in enumerate(spans):
            rows.add("evidence", (doc_id, path, n, start, end))
    for problem in data.get("problems") or []:
        rows.add("problems", (doc_id, doc.get("source"), "extraction", problem["code"],
                              problem.get("message"), json.dumps(problem.get("spans") or []),
                              now))
    base = doc_id[:ID_PREFIX]
    for i, event in enumerate(data.get("events") or []):
        _event_rows(rows, event, f"{base}:e{i}", i, doc_id, evidence, f"events[{i}]")
    return rows


def _first_span(evidence: dict[str, list[list[int]]], path: str) -> tuple[int | None, int | None]:
    spans = evidence.get(path)
    if not spans:
        return None, None
    return spans[0][0], spans[0][1]


def _event_rows(rows: DocumentRows, e: dict[str, Any], event_id: str, i: int, doc_id: str,
                evidence: dict[str, list[list[int]]], path: str) -> None:
    loc = e.get("location") or {}
    series = e.get("series")
    series_id = None
    if series and series.get("name"):
        series_id = series_key(series["name"])
        rows.add("series", (series_id, series["name"]))
    rows.add("events", (
        event_id, doc_id, i, event_id, e.get("type"), e.get("date"), e.get("start_time"),
        e.get("start_local"), e.get("utc_offset"), e.get("timezone"), e.get("start_utc"),
        e.get("end_utc"), e.get("duration_minutes"), loc.get("venue"), loc.get("city"),
        loc.get("country"), e.get("attendance"), series_id,
        series.get("number") if series else None))
    people_ids: list[str] = []  # participation ids, for statements' speakers
    for j, p in enumerate(e.get("participants") or []):
        pid = f"{event_id}:p{j}"
        people_ids.append(pid)
        person = person_key(doc_id, p["name"])
        rows.add("people", (person, p["name"], p.get("family_name"), p.get("given_name")))
        org = p.get("organization")
        org_id = organisation_key(org, p.get("country")) if org else None
        if org_id:
            rows.add("organisations", (org_id, org, p.get("country")))
        titles = p.get("titles") or []
        rows.add("participations", (
            pid, event_id, doc_id, j, person, p["name"], p.get("family_name"),
            p.get("given_name"), p.get("honorific"), p.get("gender"), p.get("role"),
            titles[0] if titles else None, "; ".join(titles) or None, org, org_id,
            p.get("country")))
    for j, o in enumerate(e.get("offices") or []):
        rows.add("offices", (f"{event_id}:o{j}", event_id, doc_id, j, o["title"],
                             o.get("country"), o.get("role")))
    for j, r in enumerate(e.get("references") or []):
        rows.add("event_references", (f"{event_id}:r{j}", event_id, doc_id, j, r["kind"],
                                      r.get("number")))
    for j, s in enumerate(e.get("statements") or []):
        start, end = _first_span(evidence, f"{path}.statements[{j}].text")
        speaker = s.get("speaker")
        speaker_id = people_ids[speaker] if isinstance(speaker, int) and \
            0 <= speaker < len(people_ids) else None
        rows.add("statements", (f"{event_id}:s{j}", event_id, doc_id, j, s.get("text"),
                                speaker_id, s.get("attribution"), 1 if s.get("joint") else 0,
                                start, end))
    for j, t in enumerate(e.get("topics") or []):
        start, end = _first_span(evidence, f"{path}.topics[{j}]")
        rows.add("topics", (f"{event_id}:t{j}", event_id, doc_id, j, t["tag"],
                            1 if t.get("pillar") else 0, t.get("trigger"), start, end))
