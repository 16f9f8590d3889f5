"""The filters `search`, `export` and `stats` share, as one dataclass and one SQL condition.

A document passes when one of its events passes every event filter; `--person`, `--org`,
`--role` and `--country` must all hold for the same participant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import ReadoutsError

WPS_RESOLUTIONS = (1325, 1820, 1888, 1889, 1960, 2106, 2122, 2242, 2467, 2493)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FilterError(ReadoutsError):
    code = "bad_filter"


@dataclass(frozen=True, slots=True)
class Filters:
    person: str | None = None        # part of a participant's name, any case
    org: str | None = None           # part of a participant's organisation
    country: str | None = None       # ISO alpha-2 of a participant (or unnamed office)
    type: str | None = None          # event type
    role: str | None = None          # principal, counterpart, moderator, speaker, attendee
    date_from: str | None = None     # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    date_to: str | None = None
    topic: str | None = None         # a topic tag
    resolution: str | None = None    # a resolution number, or "wps" for 1325 and successors
    publisher: str | None = None     # part of the publisher's name
    exclude_truncated: bool = False

    def validated(self) -> "Filters":
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                flag = "--from" if name == "date_from" else "--to"
                raise FilterError(f"{flag} takes YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        if self.resolution is not None:
            value = self.resolution.strip().lower()
            if value != "wps" and not value.isdigit():
                raise FilterError(f"--resolution takes a number (1325) or 'wps', "
                                  f"not {self.resolution!r}")
        return self


def start_of(value: str) -> str:
    return value + {4: "-01-01", 7: "-01"}.get(len(value), "")


def end_of(value: str) -> str:
    return value + {4: "-12-31", 7: "-31"}.get(len(value), "")


def document_condition(f: Filters, alias: str = "d") -> tuple[str, list[Any]]:
    """An SQL condition on documents `alias` (current captures only), and its parameters."""
    parts = [f"{alias}.is_current = 1"]
    params: list[Any] = []
    if f.exclude_truncated:
        parts.append(f"{alias}.truncated = 0")
    if f.publisher:
        parts.append(f"lower({alias}.publisher) LIKE ?")
        params.append(f"%{f.publisher.lower()}%")
    event, event_params = event_condition(f, "e")
    if event != "1 = 1":
        parts.append(f"EXISTS (SELECT 1 FROM events e WHERE e.document_id = {alias}.id "
                     f"AND {event})")
        params.extend(event_params)
    return " AND ".join(parts), params


def event_condition(f: Filters, e: str = "e") -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if f.type:
        parts.append(f"{e}.type = ?")
        params.append(f.type)
    if f.date_from:
        parts.append(f"{e}.date >= ?")
        params.append(start_of(f.date_from))
    if f.date_to:
        parts.append(f"{e}.date <= ?")
        params.append(end_of(f.date_to))
    person: list[str] = []
    if f.person:
        person.append("lower(p.name) LIKE ?")
        params.append(f"%{f.person.lower()}%")
    if f.org:
        person.append("lower(p.organisation) LIKE ?")
        params.append(f"%{f.org.lower()}%")
    if f.role:
        person.append("p.role || '' = ?")   # || '': look up by event, not by role
        params.append(f.role)
    if f.country and (f.person or f.org or f.role):
        person.append("p.country = ?")
        params.append(f.country.upper())
    if person:
        parts.append("EXISTS (SELECT 1 FROM participations p WHERE p.event_id = "
                     f"{e}.id AND {' AND '.join(person)})")
    elif f.country:
        parts.append(f"(EXISTS (SELECT 1 FROM participations p WHERE p.event_id = {e}.id "
                     f"AND p.country = ?) OR EXISTS (SELECT 1 FROM offices o WHERE "
                     f"o.event_id = {e}.id AND o.country = ?))")
        params.extend([f.country.upper()] * 2)
    if f.topic:
        parts.append(f"EXISTS (SELECT 1 FROM topics t WHERE t.event_id = {e}.id "
                     "AND t.tag = ?)")
        params.append(f.topic)
    if f.resolution:
        value = f.resolution.strip().lower()
        numbers = list(WPS_RESOLUTIONS) if value == "wps" else [int(value)]
        marks = ", ".join("?" for _ in numbers)
        parts.append(f"EXISTS (SELECT 1 FROM event_references r WHERE r.event_id = {e}.id "
                     f"AND r.number IN ({marks}))")
        params.extend(numbers)
    return (" AND ".join(parts) or "1 = 1"), params
