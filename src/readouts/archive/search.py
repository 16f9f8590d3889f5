"""`readouts search`: ranked full-text search with filters, snippets and facet counts.

SQLite ranks with FTS5's bm25 (title weighted above text); PostgreSQL with ts_rank_cd over
a tsvector (title weight A, text B). Snippets mark each match; a hit carries the snippet
as plain text and the [start, end) offsets of its highlights, so any front end can mark
them its own way. Only the current capture of each document is searched.
"""
from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..store import Store
from ..store.base import wrap_errors
from .bitmaps import FacetIndex, byte_mask, facet_index, from_seqs, has, highest, members
from .facets import FACETS, FACET_SIZE, empty, facet_counts
from .filters import Filters, document_condition
from .matching import (ONLY_CURRENT, count_sql, fts_seqs_sql, masked_count_sql,
                       masked_page_sql, matched_sql, page_sql, snippets_sql)
from .query import Query, contradictory, parse, to_fts5, to_tsquery

__all__ = ["FACETS", "FACET_SIZE", "Hit", "SearchOptions", "SearchResult", "search",
           "split_highlights"]

OPEN, CLOSE = "\ue000", "\ue001"   # private-use characters: never in a readout's text


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
    if contradictory(query):   # `x -x`: nothing can match; answer without asking the store
        return SearchResult(options.query, 0, [], empty() if options.facets else {})
    with wrap_errors("search failed"):
        index = facet_index(store)   # before _reading(): it may write the bitmaps
        with _reading(store):
            return _search(store, options, query, index, filters)


@contextlib.contextmanager
def _reading(store: Store) -> Iterator[None]:
    """SQLite: the search's statements in one read transaction (deferred: it waits for no
    writer), so they see one state of the archive, and the lookup FTS5 makes for each match
    it scores (its size, for bm25) skips ending a transaction of its own: 13% off ranking
    50,000 matches. Inside a caller's transaction, that one serves."""
    if store.dialect != "sqlite" or store.connection.in_transaction:
        yield
        return
    store.execute("BEGIN")
    try:
        yield
    finally:
        if store.connection.in_transaction:
            store.execute("COMMIT")   # nothing was written: this only ends the read


def _search(store: Store, options: SearchOptions, query: Query, index: FacetIndex,
            filters: Filters) -> SearchResult:
    where, params = document_condition(filters, "d")
    allowed = index.filter_bits(filters)
    if allowed is None:        # filters only SQL can check (a person, two event filters)
        total, page = _sql_page(store, query, where, params, options)
        matched = from_seqs(r["seq"] for r in store.rows(
            *matched_sql(store, query, where, params))) if options.facets and total else 0
    elif not query.clauses:    # browsing: the filter is the whole answer, newest first
        matched = allowed
        total = matched.bit_count()
        page = [{"seq": seq, "score": 0.0}
                for seq in highest(matched, options.offset, options.limit)]
    elif allowed == index.current and not options.facets:
        total, page = _sql_page(store, query, where, params, options)
        matched = 0
    elif store.dialect == "sqlite" and not options.facets:
        # without facets the set of matches is not needed, only how many pass the filter
        total, page = _masked_page(store, query, allowed, options)
        matched = 0
    else:
        found = store.scalar(*fts_seqs_sql(store, query))
        every = from_seqs(map(int, found.split(","))) if found else 0
        matched = every & allowed
        total = matched.bit_count()
        if allowed == index.current:
            page = _ranked(store, query, where, params, options) \
                if total > options.offset else []
        else:
            page = _filtered_page(store, query, matched, every.bit_count(), options)
    hits = _hits(store, query, page)
    facets = (facet_counts(index, matched) if total else empty()) if options.facets else {}
    return SearchResult(options.query, total, hits, facets)


def _sql_page(store: Store, query: Query, where: str, params: list[Any],
              options: SearchOptions) -> tuple[int, list[dict[str, Any]]]:
    total = int(store.scalar(*count_sql(store, query, where, params)))
    return total, _ranked(store, query, where, params, options) if total > options.offset else []


def _ranked(store: Store, query: Query, where: str, params: list[Any],
            options: SearchOptions) -> list[dict[str, Any]]:
    return store.rows(*page_sql(store, query, where, params, options.limit, options.offset,
                                _ranking_marks(store, query)))


def _ranking_marks(store: Store, query: Query) -> tuple[str, str] | None:
    """Marks when SQLite should make snippets while ranking rather than after (_hits): for a
    prefix, which FTS5 expands afresh at each lookup of a row by rowid."""
    prefix = any(t.prefix for c in query.clauses for t in c.alternatives)
    return (OPEN, CLOSE) if store.dialect == "sqlite" and prefix else None


def _masked_page(store: Store, query: Query, allowed: int, options: SearchOptions
                 ) -> tuple[int, list[dict[str, Any]]]:
    """SQLite: how many matches the filter (the bitmap `allowed`) lets through, and one
    ranked page of them, each match tested against it before it is scored."""
    if not allowed:
        return 0, []
    mask = byte_mask(allowed)
    total = int(store.scalar(*masked_count_sql(query, mask)))
    if total <= options.offset:
        return total, []
    return total, store.rows(*masked_page_sql(query, mask, options.limit, options.offset,
                                              _ranking_marks(store, query)))


def _filtered_page(store: Store, query: Query, matched: int, every: int,
                   options: SearchOptions) -> list[dict[str, Any]]:
    """One page of the matches the filter lets through (the bitmap `matched`), ranked as
    without the filter (bm25 does not depend on it). SQLite tests each match against a byte
    mask before scoring it; PostgreSQL's ranking is read deep enough for the filter's share
    of the matches to fill the page."""
    wanted = options.offset + options.limit
    total = matched.bit_count()
    if total <= options.offset:
        return []
    if store.dialect == "sqlite":
        return store.rows(*masked_page_sql(query, byte_mask(matched), options.limit,
                                           options.offset, _ranking_marks(store, query)))
    marks = members(matched)
    depth = every if total <= wanted else min(every, int(wanted * every / total * 2) + 50)
    while True:
        ranked = store.rows(*page_sql(store, query, ONLY_CURRENT, [], depth, 0))
        kept = [r for r in ranked if has(marks, r["seq"])]
        if len(kept) >= wanted or depth >= every:
            return kept[options.offset:wanted]
        depth = every if depth * 4 > every // 2 else depth * 4


def _hits(store: Store, query: Query, page: list[dict[str, Any]]) -> list[Hit]:
    """The page's documents, in the page's order, with snippets and people."""
    if not page:
        return []
    snippets = {r["seq"]: r["snippet"] for r in page if "snippet" in r}
    if not query.clauses:
        snippet_sql, snippet_params = "substr(d.text, 1, 240)", []
    elif store.dialect == "sqlite":
        snippet_sql, snippet_params = "NULL", []   # from FTS5: with the ranking, or now
        snippets.update(_fts_snippets(store, query, [r["seq"] for r in page
                                                     if "snippet" not in r]))
    else:
        snippet_sql = ("ts_headline('english', d.text, to_tsquery('english', ?), "
                       "'StartSel=\ue000, StopSel=\ue001, MaxWords=30, MinWords=12, "
                       "MaxFragments=2, FragmentDelimiter=\" … \"')")
        snippet_params = [to_tsquery(query)]
    seqs = [r["seq"] for r in page]
    marks = ", ".join("?" for _ in seqs)
    rows = {r["seq"]: r for r in store.rows(
        f"SELECT d.seq, d.id, d.title, d.publisher, d.url, {snippet_sql} AS snippet, "
        "e.date, e.type FROM documents d "
        "LEFT JOIN events e ON e.document_id = d.id AND e.idx = 0 "
        f"WHERE d.seq IN ({marks})", [*snippet_params, *seqs])}
    people = _people(store, [rows[s]["id"] for s in seqs])
    hits = []
    for ranked in page:
        r = rows[ranked["seq"]]
        plain, highlights = split_highlights(snippets.get(r["seq"], r["snippet"]) or "")
        hits.append(Hit(r["id"], r["title"], r["publisher"], r["url"], r["date"], r["type"],
                        None if not query.clauses else round(-float(ranked["score"]), 4),
                        plain, highlights, people.get(r["id"], [])))
    return hits


def _fts_snippets(store: Store, query: Query, seqs: list[int]) -> dict[int, str]:
    """SQLite: the snippets of these hits, made for them alone once the page is known."""
    if not seqs:
        return {}
    return {r["seq"]: r["snippet"]
            for r in store.rows(*snippets_sql(query, seqs, (OPEN, CLOSE)))}


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
