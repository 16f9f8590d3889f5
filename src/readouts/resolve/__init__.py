"""Entity resolution and event linking: pure functions over plain typed rows.

The store builds the rows (from records in the shape `readouts extract` writes, with the
helpers `mentions_from_record`, `offices_from_record` and `event_rows_from_record`), calls
these functions and keeps what they return; nothing here touches a database.

- `resolve_people(mentions, registry)`: mention id -> person id.
- `resolve_offices(offices, registry)`: office mention id -> person id, where the registry
  maps the office and date to a person.
- `link_events(events)`: event key -> meeting id (several readouts of one meeting).
- `load_registry(path)`: the CSV registry a person edits (see `registry.py` and
  docs/resolution.md); a malformed file raises `RegistryError`.
"""
from __future__ import annotations

from .events import (EventRow, OfficeRef, ParticipantRef, event_key, event_rows_from_record,
                     link_events)
from .people import (MARGIN_DAYS, OfficeMention, PersonMention, PersonSummary, describe_people,
                     mention_id, mentions_from_record, offices_from_record, resolve_offices,
                     resolve_people)
from .registry import Registry, RegistryError, RegistryPerson, load_registry, parse_registry

__all__ = [
    "EventRow", "MARGIN_DAYS", "OfficeMention", "OfficeRef", "ParticipantRef", "PersonMention",
    "PersonSummary", "Registry", "RegistryError", "RegistryPerson", "describe_people",
    "event_key", "event_rows_from_record", "link_events", "load_registry", "mention_id",
    "mentions_from_record", "offices_from_record", "parse_registry", "resolve_offices",
    "resolve_people",
]
