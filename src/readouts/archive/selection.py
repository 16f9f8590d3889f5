"""The documents an export covers: a search query and filters, fixed once in a temp table.

Exports read the selection page by page in ingest order, so memory stays flat however many
documents it holds.
"""
from __future__ import annotations

import contextlib
from typing import Any, Iterator

from ..store import Store
from ..store.base import wrap_errors
from .filters import Filters, document_condition
from .query import parse
from .matching import matched_sql

TABLE = "selected_documents"
PAGE = 500


@contextlib.contextmanager
def selection(store: Store, query: str = "", filters: Filters = Filters()) -> Iterator[str]:
    """Fills the temp table `selected_documents (id, seq)` and yields its name."""
    parsed = parse(query)
    where, params = document_condition(filters.validated(), "d")
    sql, sql_params = matched_sql(store, parsed, where, params)
    with wrap_errors("cannot select documents"):
        store.execute(f"DROP TABLE IF EXISTS {TABLE}")
        store.execute(f"CREATE TEMP TABLE {TABLE} (id TEXT PRIMARY KEY, seq BIGINT)")
        store.execute(f"INSERT INTO {TABLE} (id, seq) SELECT id, seq FROM ({sql}) m",
                      sql_params)
    try:
        yield TABLE
    finally:
        with contextlib.suppress(Exception):
            store.execute(f"DROP TABLE IF EXISTS {TABLE}")


def pages(store: Store, sql: str, params: list[Any] = ()) -> Iterator[dict[str, Any]]:  # type: ignore[assignment]
    """Rows of `sql` (which must select `seq` and end with `WHERE ... s.seq > ?` ordering
    by seq) a page at a time."""
    last = -1
    while True:
        rows = store.rows(f"{sql} ORDER BY s.seq LIMIT {PAGE}", [*params, last])
        if not rows:
            return
        yield from rows
        last = rows[-1]["seq"]
