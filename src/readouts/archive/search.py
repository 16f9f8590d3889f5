"""`readouts search`: ranked full-text search with filters, snippets and facet counts.

SQLite ranks with FTS5's bm25 (title weighted above text); PostgreSQL with ts_rank_cd over
a tsvector (title weight A, text B). Snippets mark each match; a hit carries the snippet
as plain text and the [start, end) offsets of its highlights, so any front end can mark
them its own way. Only the current capture of each document is searched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..store import Store
from ..store.base import wrap_errors
from .filters import Filters, document_condition
from .query import Query, parse, to_fts5, to_tsquery

OPEN, CLOSE = "\ue000", "\ue001"   # private-use characters: never in a readout's text
FACETS = ("type", "year", "publisher", "country", "role", "gender", "topic")
FACET_SIZE = 10


@dataclass(frozen=True, slots=True)
class SearchOptions:
    query: str = ""
    filters: Filters = field(default_factory=Filters)
    limit: int = 20
    offset: int = 0
    facets: bool = True


@dataclass(slots=True)
class Hit:
    document_id: str
    title: str | None
    publisher: str | None
    url: str | None
    date: str | None
    type: str | None
    score: float | None
    snippet: str
    highlights: list[list[int]]
    people: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]


@dataclass(slots=True)
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[dict[str, Any]]]

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total,
                "hits": [h.to_dict() for h in self.hits], "facets": self.facets}


def search(store: Store, options: SearchOptions) -> SearchResult:
    """Raises QueryError for a malformed query, FilterError for a bad filter."""
    query = parse(options.query)
    filters = options.filters.validated()
    where, params = document_condition(filters, "d")
    with wrap_errors("search failed"):
        matched, matched_params = matched_sql(store, query, where, params)
        total = int(store.scalar(f"SELECT count(*) FROM ({matched}) m", matched_params))
        hits = _page(store, query, matched, matched_params, options)
        facets = _facets(store, matched, matched_params) if options.facets else {}
    return SearchResult(options.query, total, hits, facets)


def matched_sql(store: Store, query: Query, where: str, params: list[Any]
             ) -> tuple[str, list[Any]]:
    """SQL giving (id, seq, score) of every matching document."""
    if not query.clauses:
        return f"SELECT d.id, d.seq, 0.0 AS score FROM documents d WHERE {where}", params
    if store.dialect == "sqlite":
        return ("SELECT d.id, d.seq, bm25(documents_fts, 10.0, 1.0) AS score "
                "FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid "
                f"WHERE documents_fts MATCH ? AND {where}", [to_fts5(query), *params])
    return ("SELECT d.id, d.seq, -ts_rank_cd(d.search, to_tsquery('english', ?)) AS score "
            "FROM documents d WHERE d.search @@ to_tsquery('english', ?) AND " + where,
            [to_tsquery(query), to_tsquery(query), *params])


def _page(store: Store, query: Query, matched: str, params: list[Any],
          options: SearchOptions) -> list[Hit]:
    order = "m.score, m.seq" if query.clauses else "m.seq DESC"
    page = (f"SELECT m.id, m.seq, m.score FROM ({matched}) m ORDER BY {order} "
            "LIMIT ? OFFSET ?")
    page_params = [*params, options.limit, options.offset]
    if not query.clauses:
        snippet_sql, snippet_params = "substr(d.text, 1, 240)", []
    elif store.dialect == "sqlite":
        # snippet() needs the MATCH in the same statement: re-match, limited to the page.
        snippet_sql = "(SELECT snippet(documents_fts, 1, ?, ?, ' … ', 24) FROM documents_fts " \
                      "WHERE documents_fts MATCH ? AND documents_fts.rowid = d.seq)"
        snippet_params = [OPEN, CLOSE, to_fts5(query)]
    else:
        snippet_sql = ("ts_headline('english', d.text, to_tsquery('english', ?), "
                       "'StartSel=\ue000, StopSel=\ue001, MaxWords=30, MinWords=12, "
                       "MaxFragments=2, FragmentDelimiter=\" … \"')")
        snippet_params = [to_tsquery(query)]
    rows = store.rows(
        f"SELECT d.id, d.title, d.publisher, d.url, m.score, {snippet_sql} AS snippet, "
        "e.date, e.type FROM (" + page + ") m JOIN documents d ON d.id = m.id "
        "LEFT JOIN events e ON e.document_id = d.id AND e.idx = 0 "
        f"ORDER BY {order}", [*snippet_params, *page_params])
    ids = [r["id"] for r in rows]
    people = _people(store, ids)
    hits = []
    for r in rows:
        plain, marks = split_highlights(r["snippet"] or "")
        hits.append(Hit(r["id"], r["title"], r["publisher"], r["url"], r["date"], r["type"],
                        None if not query.clauses else round(-float(r["score"]), 4),
                        plain, marks, people.get(r["id"], [])))
    return hits


def _people(store: Store, ids: list[str]) -> dict[str, list[str]]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    out: dict[str, list[str]] = {}
    for r in store.rows(
            "SELECT p.document_id, p.name FROM participations p JOIN events e ON e.id = "
            f"p.event_id WHERE e.idx = 0 AND p.document_id IN ({marks}) ORDER BY p.idx", ids):
        out.setdefault(r["document_id"], []).append(r["name"])
    return out


def _facets(store: Store, matched: str, params: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """Documents per value of each facet, over every match (not only the page)."""
    per_facet = {
        "type": "SELECT 'type' AS facet, e.type AS value, count(DISTINCT m.id) AS n "
                "FROM m JOIN events e ON e.document_id = m.id GROUP BY e.type",
        "year": "SELECT 'year', substr(e.date, 1, 4), count(DISTINCT m.id) "
                "FROM m JOIN events e ON e.document_id = m.id GROUP BY substr(e.date, 1, 4)",
        "publisher": "SELECT 'publisher', d.publisher, count(*) "
                     "FROM m JOIN documents d ON d.id = m.id GROUP BY d.publisher",
        "country": "SELECT 'country', p.country, count(DISTINCT m.id) "
                   "FROM m JOIN participations p ON p.document_id = m.id GROUP BY p.country",
        "role": "SELECT 'role', p.role, count(DISTINCT m.id) "
                "FROM m JOIN participations p ON p.document_id = m.id GROUP BY p.role",
        "gender": "SELECT 'gender', p.gender, count(DISTINCT m.id) "
                  "FROM m JOIN participations p ON p.document_id = m.id GROUP BY p.gender",
        "topic": "SELECT 'topic', t.tag, count(DISTINCT m.id) "
                 "FROM m JOIN topics t ON t.document_id = m.id GROUP BY t.tag",
    }
    sql = (f"WITH m AS MATERIALIZED (SELECT id FROM ({matched}) x) "
           + " UNION ALL ".join(per_facet[f] for f in FACETS))
    found: dict[str, list[dict[str, Any]]] = {f: [] for f in FACETS}
    for row in store.execute(sql, params).fetchall():
        facet, value, n = row
        if value is not None:
            found[facet].append({"value": value, "count": int(n)})
    for facet, values in found.items():
        values.sort(key=lambda v: (-v["count"], str(v["value"])))
        del values[FACET_SIZE:]
    return found


def split_highlights(marked: str) -> tuple[str, list[list[int]]]:
    """Text with OPEN/CLOSE marks -> plain text and [start, end) of each highlight."""
    plain: list[str] = []
    marks: list[list[int]] = []
    start: int | None = None
    length = 0
    for piece in re.split(f"([{OPEN}{CLOSE}])", marked):
        if piece == OPEN:
            start = length
        elif piece == CLOSE:
            if start is not None and length > start:
                marks.append([start, length])
            start = None
        elif piece:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), marks
