"""Placeholder pipeline: replaced by the real grammar steps (being written now)."""
from __future__ import annotations

import hashlib

from ..model import Document, Event, Record


def extract_text(text: str, source: str | None = None) -> Record:
    doc = Document(source=source, id=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    return Record(document=doc, text=text, events=[Event()])
