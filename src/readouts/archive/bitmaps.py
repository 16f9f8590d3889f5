"""Bitmaps of current documents per facet value, so search counts facets and applies a
single filter by AND-ing integers instead of joining every match to its rows.

A bitmap is a Python int with bit `seq` set for each document (documents.seq): at 100,000
documents it is 12.5 KB, and AND plus `bit_count()` over it takes microseconds. The index is
built from the archive's tables, stored in `facet_bitmaps` with the archive's generation
(which every write of documents or corrections advances, see migration 0009), and kept in
memory per store until the generation moves on, so a server builds it once per change and a
one-shot command loads it in milliseconds.
"""
from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..store import Store
from ..store.sqlite import BUSY_TIMEOUT_MS
from .filters import WPS_RESOLUTIONS, Filters, end_of, start_of

# Families counted as facets (FACETS in facets.py) and those only filters read.
CURRENT, COMPLETE = "current", "complete"   # complete: not truncated
COUNTRY_ANY, RESOLUTION, MONTH, PARTIAL_DATE = "country_any", "resolution", "month", "partial_date"

_SOURCES = {
    # family -> SQL giving (seq, value) of current documents; DISTINCT is done in Python
    "type": "SELECT d.seq, e.type FROM documents d JOIN events e ON e.document_id = d.id "
            "WHERE d.is_current = 1 AND e.type IS NOT NULL",
    "year": "SELECT d.seq, substr(e.date, 1, 4) FROM documents d JOIN events e "
            "ON e.document_id = d.id WHERE d.is_current = 1 AND e.date IS NOT NULL",
    MONTH: "SELECT d.seq, substr(e.date, 1, 7) FROM documents d JOIN events e "
           "ON e.document_id = d.id WHERE d.is_current = 1 AND length(e.date) = 10",
    PARTIAL_DATE: "SELECT d.seq, e.date FROM documents d JOIN events e ON e.document_id = d.id "
                  "WHERE d.is_current = 1 AND e.date IS NOT NULL AND length(e.date) <> 10",
    "publisher": "SELECT seq, publisher FROM documents WHERE is_current = 1 "
                 "AND publisher IS NOT NULL",
    "participant": "SELECT d.seq, p.country, p.role, p.gender FROM documents d "
                   "JOIN participations p ON p.document_id = d.id WHERE d.is_current = 1",
    "office": "SELECT d.seq, o.country FROM documents d JOIN offices o "
              "ON o.document_id = d.id WHERE d.is_current = 1 AND o.country IS NOT NULL",
    "topic": "SELECT d.seq, t.tag FROM documents d JOIN topics t ON t.document_id = d.id "
             "WHERE d.is_current = 1",
    RESOLUTION: "SELECT d.seq, r.number FROM documents d JOIN event_references r "
                "ON r.document_id = d.id WHERE d.is_current = 1 AND r.number IS NOT NULL",
}


def from_seqs(seqs: Iterable[int]) -> int:
    """The bitmap with these bits set."""
    marks = bytearray()
    for seq in seqs:
        byte = seq >> 3
        if byte >= len(marks):
            marks.extend(bytes(byte + 1 - len(marks) + 4096))
        marks[byte] |= 1 << (seq & 7)
    return int.from_bytes(marks, "little")


def members(bits: int) -> bytes:
    """The bitmap as bytes, for testing one seq in O(1): see `has`."""
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little")


_BYTE_MASKS = [bytes((b >> i) & 1 for i in range(8)) for b in range(256)]


def byte_mask(bits: int) -> bytes:
    """One byte per seq, 1 where the bit is set: a filter SQL can test with substr()."""
    return b"".join([_BYTE_MASKS[b] for b in members(bits)])


def has(marks: bytes, seq: int) -> bool:
    byte = seq >> 3
    return byte < len(marks) and bool(marks[byte] >> (seq & 7) & 1)


def highest(bits: int, skip: int, count: int) -> list[int]:
    """Seqs of the set bits from the highest down, after skipping `skip` of them."""
    out: list[int] = []
    while bits and len(out) < count:
        top = bits.bit_length() - 1
        bits ^= 1 << top
        if skip:
            skip -= 1
        else:
            out.append(top)
    return out


@dataclass
class FacetIndex:
    generation: int
    families: dict[str, dict[str, int]] = field(default_factory=dict)

    def family(self, name: str) -> dict[str, int]:
        return self.families.get(name, {})

    @property
    def current(self) -> int:
        return self.family(CURRENT).get("", 0)

    def union(self, name: str, values: Iterable[str]) -> int:
        bits = 0
        for value in values:
            bits |= self.family(name).get(value, 0)
        return bits

    def filter_bits(self, f: Filters) -> int | None:
        """Current documents passing `f`, or None when the bitmaps cannot say exactly.

        Exact when at most one event-level filter is given (a document passes when one of
        its events passes them all, which a per-document bitmap cannot check for two), and
        neither a person nor an organisation (free text matched against names)."""
        event_filters = [bool(f.type), bool(f.date_from or f.date_to), bool(f.country),
                         bool(f.role), bool(f.topic), bool(f.resolution)]
        if f.person or f.org or sum(event_filters) > 1:
            return None
        bits = self.current
        if f.exclude_truncated:
            bits &= self.family(COMPLETE).get("", 0)
        if f.publisher:
            needle = f.publisher.lower()
            bits &= self.union("publisher", [v for v in self.family("publisher")
                                             if needle in v.lower()])
        if f.type:
            bits &= self.family("type").get(f.type, 0)
        elif f.country:
            bits &= self.family(COUNTRY_ANY).get(f.country.upper(), 0)
        elif f.role:
            bits &= self.family("role").get(f.role, 0)
        elif f.topic:
            bits &= self.family("topic").get(f.topic, 0)
        elif f.resolution:
            value = f.resolution.strip().lower()
            numbers = WPS_RESOLUTIONS if value == "wps" else (int(value),)
            bits &= self.union(RESOLUTION, [str(n) for n in numbers])
        elif f.date_from or f.date_to:
            dated = self._dated(f.date_from, f.date_to)
            if dated is None:
                return None
            bits &= dated
        return bits

    def _dated(self, date_from: str | None, date_to: str | None) -> int | None:
        """Documents with an event dated in the range: whole months by bitmap; a day-level
        bound is left to SQL. Partial dates ("2024-03") compare as strings, as in SQL."""
        if any(v is not None and len(v) == 10 for v in (date_from, date_to)):
            return None
        low = start_of(date_from) if date_from else ""
        high = end_of(date_to) if date_to else "\uffff"
        months = [m for m in self.family(MONTH) if low[:7] <= m <= high[:7]]
        partial = [d for d in self.family(PARTIAL_DATE) if low <= d <= high]
        return self.union(MONTH, months) | self.union(PARTIAL_DATE, partial)


def build(store: Store, generation: int) -> FacetIndex:
    seqs: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for seq, truncated in store.execute(
            "SELECT seq, truncated FROM documents WHERE is_current = 1").fetchall():
        seqs[CURRENT][""].append(seq)
        if truncated == 0:          # as SQL's `truncated = 0`
            seqs[COMPLETE][""].append(seq)
    for name, sql in _SOURCES.items():
        rows = store.execute(sql).fetchall()
        if name == "participant":
            for seq, country, role, gender in rows:
                for family, value in (("country", country), ("role", role), ("gender", gender)):
                    if value is not None:
                        seqs[family][value].append(seq)
                if country is not None:
                    seqs[COUNTRY_ANY][country].append(seq)
        elif name == "office":
            for seq, country in rows:
                seqs[COUNTRY_ANY][country].append(seq)
        else:
            for seq, value in rows:
                if value is not None:
                    seqs[name][str(value)].append(seq)
    return FacetIndex(generation, {family: {value: from_seqs(found) for value, found in values.items()}
                                   for family, values in seqs.items()})


def generation(store: Store) -> int:
    value = store.scalar("SELECT value FROM archive_state WHERE key = 'generation'")
    return int(value or 0)


def _load(store: Store, wanted: int) -> FacetIndex | None:
    rows = store.execute("SELECT facet, value, bits FROM facet_bitmaps WHERE generation = ?",
                         (wanted,)).fetchall()
    if not any(facet == CURRENT for facet, _, _ in rows):
        return None
    index = FacetIndex(wanted)
    for facet, value, bits in rows:
        index.families.setdefault(facet, {})[value] = int.from_bytes(bytes(bits), "little")
    return index


def _save(store: Store, index: FacetIndex) -> None:
    """Keep the index for the next process; skipped when the archive moved on meanwhile
    (or cannot be written), since the bitmaps are only ever a faster way to an answer."""
    rows = [(facet, value, index.generation, members(bits) or b"\0")
            for facet, values in index.families.items() for value, bits in values.items()]
    if not index.families.get(CURRENT):
        rows.append((CURRENT, "", index.generation, b"\0"))
    busy = store.dialect == "sqlite"
    try:
        if busy:   # an ingest holding the write lock: do not wait for it, just answer
            store.execute("PRAGMA busy_timeout = 200")
        with store.transaction():
            if generation(store) != index.generation:
                return
            store.execute("DELETE FROM facet_bitmaps")
            store.executemany("INSERT INTO facet_bitmaps (facet, value, generation, bits) "
                              "VALUES (?, ?, ?, ?)", rows)
    except Exception as exc:   # a read-only archive, a busy writer: answer anyway
        if not type(exc).__module__.startswith(("sqlite3", "psycopg", "readouts")):
            raise
    finally:
        if busy:
            store.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


_lock = threading.Lock()


def facet_index(store: Store) -> FacetIndex:
    """The index for the archive as it is now: from memory (kept on the store object, so it
    dies with the connection), the table, or built afresh."""
    wanted = generation(store)
    cached = getattr(store, "_facet_index", None)
    if cached is not None and cached.generation == wanted:
        return cached
    with _lock:     # a server's threads share a store: build once
        cached = getattr(store, "_facet_index", None)
        if cached is not None and cached.generation == wanted:
            return cached
        index = _load(store, wanted)
        if index is None:
            index = build(store, wanted)
            _save(store, index)
        store._facet_index = index  # type: ignore[attr-defined]
    return index


__all__ = ["FacetIndex", "build", "byte_mask", "facet_index", "from_seqs", "generation", "has", "highest",
           "members"]
