"""Facet counts of a search: documents per value of each facet, over every match (not only
the page), in one statement: the matches are fixed once, then each facet is one grouped
pass over an index that covers it (events by document for type and year, participations
by document for country, role and gender, topics by document for tag)."""
from __future__ import annotations

from typing import Any

from ..store import Store

FACETS = ("type", "year", "publisher", "country", "role", "gender", "topic")
FACET_SIZE = 10

_PER_FACET = {
    "type": "SELECT 'type' AS facet, e.type AS value, count(DISTINCT m.id) AS n "
            "FROM m JOIN events e ON e.document_id = m.id GROUP BY e.type",
    "year": "SELECT 'year', substr(e.date, 1, 4), count(DISTINCT m.id) "
            "FROM m JOIN events e ON e.document_id = m.id GROUP BY substr(e.date, 1, 4)",
    "publisher": "SELECT 'publisher', m.publisher, count(*) FROM m GROUP BY m.publisher",
    "country": "SELECT 'country', p.country, count(DISTINCT m.id) "
               "FROM m JOIN participations p ON p.document_id = m.id GROUP BY p.country",
    "role": "SELECT 'role', p.role, count(DISTINCT m.id) "
            "FROM m JOIN participations p ON p.document_id = m.id GROUP BY p.role",
    "gender": "SELECT 'gender', p.gender, count(DISTINCT m.id) "
              "FROM m JOIN participations p ON p.document_id = m.id GROUP BY p.gender",
    "topic": "SELECT 'topic', t.tag, count(DISTINCT m.id) "
             "FROM m JOIN topics t ON t.document_id = m.id GROUP BY t.tag",
}


def empty() -> dict[str, list[dict[str, Any]]]:
    return {f: [] for f in FACETS}


def facet_counts(store: Store, matched: str, params: list[Any]
                 ) -> dict[str, list[dict[str, Any]]]:
    """`matched` selects (id, publisher) of every match."""
    sql = (f"WITH m AS MATERIALIZED (SELECT id, publisher FROM ({matched}) x) "
           + " UNION ALL ".join(_PER_FACET[f] for f in FACETS))
    found = empty()
    for facet, value, n in store.execute(sql, params).fetchall():
        if value is not None:
            found[facet].append({"value": value, "count": int(n)})
    for values in found.values():
        values.sort(key=lambda v: (-v["count"], str(v["value"])))
        del values[FACET_SIZE:]
    return found
