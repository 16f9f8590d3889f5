"""Archive -> JSON Lines: each document's record exactly as `readouts extract --with-text`
writes it, plus `provenance`. It re-scores with score.py and re-imports with
`readouts ingest FILE.jsonl`."""
from __future__ import annotations

import json
from typing import Any, TextIO

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
    sql = (f"SELECT {COLUMNS} FROM documents d JOIN {selected} s ON s.id = d.id "
           "WHERE s.seq > ?")
    for row in pages(store, sql):
        record = json.loads(row["record"])
        record["text"] = row["text"]
        record["provenance"] = provenance(row)
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
