"""Archive -> Parquet, one row per participation, typed columns (pyarrow).

Dates are `date32`, `start_utc` a UTC timestamp, counts `int32`, `truncated` a boolean.
The file's metadata names the readouts version that wrote it; every row names the
extractor version that read its document.
"""
from __future__ import annotations

import datetime
from typing import Any, BinaryIO

from ..model import EXTRACTOR_VERSION
from ..store import Store, StoreError
from .participation_rows import COLUMNS, rows

BATCH = 10_000


def _arrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise StoreError("Parquet needs pyarrow: pip install 'readouts[all]'") from None
    return pyarrow


def schema() -> Any:
    pa = _arrow()
    types = {"str": pa.string(), "bool": pa.bool_(), "int": pa.int32(), "date": pa.date32(),
             "timestamp": pa.timestamp("ms", tz="UTC")}
    return pa.schema([pa.field(name, types[kind]) for name, kind in COLUMNS],
                     metadata={"readouts.version": EXTRACTOR_VERSION,
                               "readouts.rows": "one per participation"})


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    if out["date"]:
        out["date"] = datetime.date.fromisoformat(out["date"])
    if out["start_utc"]:
        out["start_utc"] = datetime.datetime.fromisoformat(
            out["start_utc"].replace("Z", "+00:00"))
    return out


def write(store: Store, selected: str, out: BinaryIO) -> int:
    pa = _arrow()
    import pyarrow.parquet as pq

    sch = schema()
    count = 0
    with pq.ParquetWriter(out, sch) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows(store, selected):
            batch.append(_typed(row))
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=sch))
                count += len(batch)
                batch = []
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=sch))
            count += len(batch)
    return count
