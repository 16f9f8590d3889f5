"""One JSON array, written item by item so that it never sits whole in memory."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..model import Record


def write(records: Iterable[Record], out: TextIO, with_text: bool = False) -> None:
    separator = "[\n"
    for record in records:
        item = json.dumps(record.to_dict(with_text=with_text), ensure_ascii=False, indent=2)
        out.write(separator)
        out.write("  " + item.replace("\n", "\n  "))
        separator = ",\n"
    out.write("[]\n" if separator == "[\n" else "\n]\n")
