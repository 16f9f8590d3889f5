"""The SQL that finds the documents a search matches: their count, one ranked page, and the
whole set (for facets and exports), for each backend.

SQLite: FTS5 yields the matching rowids (documents.seq) and scores them itself (bm25, the
title weighted 10 to the text's 1); the top page is sorted there, with LIMIT, before any
document row is read. The index holds current captures only (migration 0010), so a search
without filters never reads `documents`. Filters are checked per match through
`documents_search_key`, an index that covers a document's id, is_current, truncated and
publisher by seq, so the wide rows (text, record) are read for the page only. PostgreSQL:
the GIN index on documents.search, ts_rank_cd, LIMIT.
"""
from __future__ import annotations

from typing import Any

from ..store import Store
from .query import Query, to_fts5, to_tsquery

TITLE_WEIGHT, TEXT_WEIGHT = 10.0, 1.0
ONLY_CURRENT = "d.is_current = 1"   # the condition of a search without filters
_FTS_DOCS = ("documents_fts CROSS JOIN documents d INDEXED BY documents_search_key "
             "ON d.seq = documents_fts.rowid")
_TSQUERY = "to_tsquery('english', ?)"
_BM25 = f"bm25(documents_fts, {TITLE_WEIGHT}, {TEXT_WEIGHT})"


def _sqlite_from(query: Query, where: str, params: list[Any]) -> tuple[str, list[Any]]:
    """FROM ... WHERE for the matches; documents joined only when a filter needs them."""
    if where == ONLY_CURRENT:   # the index holds current captures only
        return "documents_fts WHERE documents_fts MATCH ?", [to_fts5(query)]
    return f"{_FTS_DOCS} WHERE documents_fts MATCH ? AND {where}", [to_fts5(query), *params]


def count_sql(store: Store, query: Query, where: str, params: list[Any]
              ) -> tuple[str, list[Any]]:
    if not query.clauses:
        return f"SELECT count(*) FROM documents d WHERE {where}", params
    if store.dialect == "sqlite":
        sql, sql_params = _sqlite_from(query, where, params)
        return f"SELECT count(*) FROM {sql}", sql_params
    return (f"SELECT count(*) FROM documents d WHERE d.search @@ {_TSQUERY} AND {where}",
            [to_tsquery(query), *params])


def fts_seqs_sql(store: Store, query: Query) -> tuple[str, list[Any]]:
    """One string of the comma-separated seqs of every document the text query matches
    (current captures only on SQLite, any capture on PostgreSQL): one row is far cheaper
    to fetch than tens of thousands."""
    if store.dialect == "sqlite":
        return ("SELECT group_concat(rowid) FROM documents_fts WHERE documents_fts MATCH ?",
                [to_fts5(query)])
    return (f"SELECT string_agg(d.seq::text, ',') FROM documents d WHERE d.search @@ {_TSQUERY}",
            [to_tsquery(query)])


def page_sql(store: Store, query: Query, where: str, params: list[Any], limit: int,
             offset: int, marks: tuple[str, str] | None = None) -> tuple[str, list[Any]]:
    """(seq, score) of one page of matches, best first (score: lower is better). With
    `marks` (SQLite), also each hit's snippet, its matches between the two marks: SQLite
    makes it after sorting, for the page's rows only."""
    if not query.clauses:
        return (f"SELECT d.seq, 0.0 AS score FROM documents d WHERE {where} "
                "ORDER BY d.seq DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    if store.dialect == "sqlite":
        sql, sql_params = _sqlite_from(query, where, params)
        snippet, snippet_params = _snippet(marks)
        return (f"SELECT documents_fts.rowid AS seq, {_BM25} AS score{snippet} FROM {sql} "
                "ORDER BY score, seq LIMIT ? OFFSET ?",
                [*snippet_params, *sql_params, limit, offset])
    return (f"SELECT d.seq, -ts_rank_cd(d.search, q.q) AS score FROM documents d, "
            f"{_TSQUERY} AS q(q) WHERE d.search @@ q.q AND {where} "
            "ORDER BY score, d.seq LIMIT ? OFFSET ?", [to_tsquery(query), *params, limit, offset])


def masked_page_sql(query: Query, mask: bytes, limit: int, offset: int,
                    marks: tuple[str, str] | None = None) -> tuple[str, list[Any]]:
    """SQLite: a page of the matches whose seq is marked in `mask` (byte seq is 1), the
    filter tested per match in C before bm25 is computed, so only passing rows are scored."""
    snippet, snippet_params = _snippet(marks)
    return (f"SELECT documents_fts.rowid AS seq, {_BM25} AS score{snippet} FROM documents_fts "
            "WHERE documents_fts MATCH ? AND substr(?, documents_fts.rowid + 1, 1) = x'01' "
            "ORDER BY score, seq LIMIT ? OFFSET ?",
            [*snippet_params, to_fts5(query), mask, limit, offset])


def masked_count_sql(query: Query, mask: bytes) -> tuple[str, list[Any]]:
    """SQLite: how many matches are marked in `mask` (see masked_page_sql)."""
    return ("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ? "
            "AND substr(?, documents_fts.rowid + 1, 1) = x'01'", [to_fts5(query), mask])


def snippets_sql(query: Query, seqs: list[int], marks: tuple[str, str]
                 ) -> tuple[str, list[Any]]:
    """SQLite: (seq, snippet) of these matches only. FTS5 looks each rowid up, so a page's
    snippets cost a lookup each, where making them while ranking costs one for every match
    that enters the sorter's top rows on the way (several times the page)."""
    snippet, snippet_params = _snippet(marks)
    places = ", ".join("?" for _ in seqs)
    return (f"SELECT documents_fts.rowid AS seq{snippet} FROM documents_fts "
            f"WHERE documents_fts MATCH ? AND documents_fts.rowid IN ({places})",
            [*snippet_params, to_fts5(query), *seqs])


def _snippet(marks: tuple[str, str] | None) -> tuple[str, list[Any]]:
    if marks is None:
        return "", []
    return ", snippet(documents_fts, 1, ?, ?, ' … ', 24) AS snippet", list(marks)


def matched_sql(store: Store, query: Query, where: str, params: list[Any]
                ) -> tuple[str, list[Any]]:
    """SQL giving (id, seq, publisher) of every matching document."""
    if not query.clauses:
        return f"SELECT d.id, d.seq, d.publisher FROM documents d WHERE {where}", params
    if store.dialect == "sqlite":
        return (f"SELECT d.id, d.seq, d.publisher FROM {_FTS_DOCS} "
                f"WHERE documents_fts MATCH ? AND {where}", [to_fts5(query), *params])
    return (f"SELECT d.id, d.seq, d.publisher FROM documents d WHERE d.search @@ {_TSQUERY} "
            f"AND {where}", [to_tsquery(query), *params])
