"""Writers for `readouts extract` output, one module per format.

Each module has `write(records, out, with_text=False) -> None`: it takes an iterable of
Records and writes each as it comes, so memory stays flat however many there are.
"""
from __future__ import annotations

import importlib
from typing import Callable, Iterable, Protocol, TextIO

from ..model import Record

# Format name -> module; imported only when chosen, so start-up pays for one format at most.
FORMATS: dict[str, str] = {
    "jsonl": "jsonl",
    "json": "json_array",
    "table": "table",
    "csv": "csv_rows",
}


class Writer(Protocol):
    def __call__(self, records: Iterable[Record], out: TextIO, with_text: bool = False) -> None: ...


def writer_for(fmt: str) -> Writer:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    module = importlib.import_module(f".{FORMATS[fmt]}", __name__)
    write: Callable[..., None] = module.write
    return write
