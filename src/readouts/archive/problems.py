"""`readouts problems`: documents that could not be stored, and what the extractor noted."""
from __future__ import annotations

import json
from typing import Any

from ..store import Store
from ..store.base import wrap_errors


def list_problems(store: Store, include_notes: bool = False, limit: int | None = None
                  ) -> list[dict[str, Any]]:
    """Errors (documents not stored) first; with `include_notes`, also the problems the
    extractor noted in stored documents (current captures)."""
    kinds = "('error', 'extraction')" if include_notes else "('error')"
    sql = ("SELECT p.kind, p.source, p.document_id, p.code, p.message, p.spans, p.noted_at "
           "FROM problems p LEFT JOIN documents d ON d.id = p.document_id "
           f"WHERE p.kind IN {kinds} AND (d.id IS NULL OR d.is_current = 1) "
           "ORDER BY CASE WHEN p.kind = 'error' THEN 0 ELSE 1 END, p.source, p.id")
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    with wrap_errors("cannot list problems"):
        rows = store.rows(sql, params)
    for row in rows:
        row["spans"] = json.loads(row["spans"] or "[]")
    return rows
