"""Archive -> JSON Lines: each document's record exactly as `readouts extract --with-text`
writes it, plus `provenance`. It re-scores with score.py and re-imports with
`readouts ingest FILE.jsonl`. A document reviewers corrected carries its values as corrected,
and `corrections`: every correction (who, when, old -> new, why, and whether it was undone).
"""
from __future__ import annotations

import json
from typing import Any, TextIO

from ..archive.corrections import effective_record, list_corrections
from ..archive.selection import pages
from ..store import Store

COLUMNS = ("d.seq, d.record, d.text, d.url, d.publisher, d.captured, d.licence, d.attribution, "
           "d.provenance_from, d.lineage, d.extractor_version")


def provenance(row: dict[str, Any]) -> dict[str, Any]:
    return {"url": row["url"], "publisher": row["publisher"], "captured": row["captured"],
            "licence": row["licence"], "attribution": row["attribution"],
            "from": row["provenance_from"], "lineage": row["lineage"],
            "extractor_version": row["extractor_version"]}


def write(store: Store, selected: str, out: TextIO) -> int:
    count = 0
    sql = (f"SELECT {COLUMNS}, d.id FROM documents d JOIN {selected} s ON s.id = d.id "
           "WHERE s.seq > ?")
    corrected = {r["document_id"] for r in store.rows(
        f"SELECT DISTINCT c.document_id FROM corrections c JOIN {selected} s "
        "ON s.id = c.document_id")}
    for row in pages(store, sql):
        record = json.loads(row["record"])
        if row["id"] in corrected:
            history = list_corrections(store, row["id"])
            record = effective_record(record, history)
            record["corrections"] = [
                {k: c[k] for k in ("id", "path", "old_value", "new_value", "reason", "author",
                                   "created_at", "undone_at", "undone_by")}
                for c in reversed(history)]
        record["text"] = row["text"]
        record["provenance"] = provenance(row)
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
