"""Who is who across documents: the plug for entity resolution and event linking.

Until `readouts.resolve` lands, each document's people are its own (`rows.person_key`:
the document's hash and the folded name) and each event is its own meeting. To plug
resolution in, `assign_people` reads the participation rows, asks
`resolve.resolve_people(rows)` for a person id per participation and
`resolve.link_events(rows)` for a meeting id per event, and writes both back; nothing
else in the archive changes, since every query reads `participations.person_id` and
`events.meeting_id`.
"""
from __future__ import annotations

from ..store import Store


def assign_people(store: Store) -> None:
    """Drop people no participation names any more (after a document was re-extracted)."""
    with store.transaction():
        store.execute("DELETE FROM people WHERE NOT EXISTS "
                      "(SELECT 1 FROM participations p WHERE p.person_id = people.id)")
