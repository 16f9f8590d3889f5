"""Archive -> CSV, one row per participation (columns: export/participation_rows.py)."""
from __future__ import annotations

import csv
from typing import TextIO

from ..store import Store
from .participation_rows import COLUMNS, rows


def write(store: Store, selected: str, out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in COLUMNS])
    count = 0
    for row in rows(store, selected):
        writer.writerow(["true" if v is True else "false" if v is False else v
                         for v in row.values()])
        count += 1
    return count
