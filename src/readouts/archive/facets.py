"""Facet counts of a search: documents per value of each facet, over every match (not only
the page). The matches come as a bitmap of documents.seq; each value's count is the size of
its AND with the bitmap of documents having that value (bitmaps.py), a few microseconds per
value whatever the number of matches."""
from __future__ import annotations

from typing import Any

from .bitmaps import FacetIndex

FACETS = ("type", "year", "publisher", "country", "role", "gender", "topic")
FACET_SIZE = 10


def empty() -> dict[str, list[dict[str, Any]]]:
    return {f: [] for f in FACETS}


def facet_counts(index: FacetIndex, matched: int) -> dict[str, list[dict[str, Any]]]:
    """The FACET_SIZE most frequent values of each facet among the matched documents."""
    found = empty()
    for facet in FACETS:
        counts = [{"value": value, "count": n}
                  for value, bits in index.family(facet).items()
                  if (n := (bits & matched).bit_count())]
        counts.sort(key=lambda v: (-v["count"], str(v["value"])))
        found[facet] = counts[:FACET_SIZE]
    return found
