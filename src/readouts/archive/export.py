"""`readouts export`: the archive (a search's selection) in one of several formats.

    with open_store(url) as store, open("out.csv", "w") as out:
        export(store, "csv", out, query="", filters=Filters(country="JP"))

Text formats take a text stream; `parquet` a binary one (see BINARY).
"""
from __future__ import annotations

import importlib
from typing import IO, Any

from ..store import Store
from .filters import Filters
from .selection import selection

FORMATS: dict[str, str] = {
    "jsonl": "archive_jsonl",
    "csv": "archive_csv",
    "parquet": "parquet",
    "ics": "ics",
    "graphml": "graphml",
}
BINARY = frozenset({"parquet"})


def export(store: Store, fmt: str, out: IO[Any], query: str = "",
           filters: Filters = Filters()) -> int:
    """Writes the selection; returns how many items (records, rows, events, nodes)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    module = importlib.import_module(f"..export.{FORMATS[fmt]}", __package__)
    with selection(store, query, filters) as selected:
        return int(module.write(store, selected, out))
