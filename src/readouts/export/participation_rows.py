"""One row per participation, with typed columns: shared by the CSV and Parquet exports.

Each row repeats its document's provenance and extractor version, and its event's facts,
so any row can be traced back and any figure recomputed from the file alone.
"""
from __future__ import annotations

from typing import Any, Iterator

from ..archive.selection import pages
from ..store import Store

# (column, type): str, bool, int, date (YYYY-MM-DD), timestamp (UTC, ISO 8601 with Z)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("document_id", "str"), ("source", "str"), ("url", "str"), ("publisher", "str"),
    ("captured", "str"), ("licence", "str"), ("attribution", "str"),
    ("extractor_version", "str"), ("truncated", "bool"),
    ("event_id", "str"), ("meeting_id", "str"), ("event_type", "str"), ("date", "date"),
    ("start_utc", "timestamp"), ("duration_minutes", "int"), ("city", "str"),
    ("event_country", "str"), ("series", "str"), ("series_number", "int"),
    ("participation_id", "str"), ("person_id", "str"), ("name", "str"),
    ("honorific", "str"), ("gender", "str"), ("role", "str"), ("title", "str"),
    ("organisation", "str"), ("country", "str"),
)

_SQL = (
    "SELECT s.seq, d.id AS document_id, d.source, d.url, d.publisher, d.captured, d.licence, "
    "d.attribution, d.extractor_version, d.truncated, e.id AS event_id, e.meeting_id, "
    "e.type AS event_type, e.date, e.start_utc, e.duration_minutes, e.city, "
    "e.country AS event_country, sr.name AS series, e.series_number, "
    "p.id AS participation_id, p.person_id, p.name, p.honorific, p.gender, p.role, p.title, "
    "p.organisation, p.country, p.idx AS p_idx, e.idx AS e_idx "
    "FROM {selected} s JOIN documents d ON d.id = s.id "
    "JOIN events e ON e.document_id = d.id "
    "JOIN participations p ON p.event_id = e.id "
    "LEFT JOIN series sr ON sr.id = e.series_id "
    "WHERE s.seq > ?")


def rows(store: Store, selected: str) -> Iterator[dict[str, Any]]:
    """Rows in document order; within a document, by event and participant."""
    buffer: list[dict[str, Any]] = []
    seq = None
    for row in _by_document(store, selected):
        if row["seq"] != seq and buffer:
            yield from _sorted(buffer)
            buffer = []
        seq = row["seq"]
        buffer.append(row)
    yield from _sorted(buffer)


def _by_document(store: Store, selected: str) -> Iterator[dict[str, Any]]:
    # 200 whole documents a page: a page never splits a document.
    last = -1
    while True:
        chunk = store.rows(_SQL.format(selected=selected) +
                           " AND s.seq IN (SELECT seq FROM " + selected +
                           " WHERE seq > ? ORDER BY seq LIMIT 200) ORDER BY s.seq",
                           [last, last])
        if not chunk:
            return
        yield from chunk
        last = chunk[-1]["seq"]


def _sorted(buffer: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in sorted(buffer, key=lambda r: (r["e_idx"], r["p_idx"])):
        out = {name: row[name] for name, _ in COLUMNS}
        out["truncated"] = bool(out["truncated"])
        yield out
