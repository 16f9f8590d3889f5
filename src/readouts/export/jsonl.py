"""JSON Lines: one record per line, the shape `score.py` and other tools read."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..model import Record


def write(records: Iterable[Record], out: TextIO, with_text: bool = False) -> None:
    for record in records:
        out.write(json.dumps(record.to_dict(with_text=with_text), ensure_ascii=False))
        out.write("\n")
