"""One meeting, several readouts: which events of different documents are one meeting.

Both governments (sometimes a third) publish a readout of one meeting. Two events are linked
when all of these hold:

1. they come from different documents, and both are dated, at most one day apart (a call at
   21:00 in Washington is 10:00 the next day in Tokyo);
2. their types are compatible: in person (meeting, courtesy call, meal, dialogue), remote
   (telephone talk, video conference) or forum (symposium, dialogue); `other` or unknown
   fits any;
3. their places do not contradict (the countries, and the cities, agree where both are known);
4. their UTC start times, where both are known, are within 90 minutes;
5. they share a named participant — the same resolved person, or for participants without a
   person id the same folded family name with no contradicting country — and for every party
   (country, or organisation) both name people of, at least one of those people is shared
   (the foreign minister's meeting with Blinken is not the prime minister's, the same day);
6. their parties (countries and organisations of participants and of unnamed offices) agree:
   for a bilateral kind of event (meeting, call, courtesy call, meal) the sets are equal, so
   a bilateral is not the trilateral held the same day; for a forum one set holds the other.
   With only one shared participant, both events must name two parties or more.

Linked events form meetings; a meeting never holds two events of one document, and every
pair in it passes rules 1-4 and the party part of rule 5. Candidate pairs come only from
events a day apart that share a family name or a person id, so the work stays proportional to
the archive.
A meeting's id is `m:` and 16 hex digits of the SHA-256 of its smallest event key, so the id
of a meeting stays put as more readouts of it are linked (unless one sorts before it).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .names import family_key, fold, org_key, split_name
from .registry import to_day

_IN_PERSON = frozenset({"meeting", "courtesy_call", "meal", "dialogue"})
_REMOTE = frozenset({"telephone_talk", "video_conference"})
_FORUM = frozenset({"symposium", "dialogue"})
_BILATERAL = frozenset({"meeting", "courtesy_call", "meal", "telephone_talk", "video_conference"})
MAX_START_GAP_MINUTES = 90


@dataclass(frozen=True, slots=True)
class ParticipantRef:
    """A participant of an event, as linking needs it."""
    name: str
    person_id: str | None = None
    family_name: str | None = None
    country: str | None = None
    organization: str | None = None
    role: str | None = None
    titles: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        return family_key(self.family_name or split_name(self.name)[0])

    @property
    def party(self) -> str | None:
        if self.country:
            return self.country.upper()
        if self.organization:
            return "org:" + org_key(self.organization)
        return None


@dataclass(frozen=True, slots=True)
class OfficeRef:
    """An unnamed principal ("The Prime Minister"), with the person the registry maps it to."""
    title: str
    country: str | None = None
    person_id: str | None = None


@dataclass(frozen=True, slots=True)
class EventRow:
    key: str                                 # DOC:EVENT
    document_id: str
    date: str | None
    type: str | None = None
    publisher: str | None = None
    city: str | None = None
    country: str | None = None
    start_utc: str | None = None
    participants: tuple[ParticipantRef, ...] = ()
    offices: tuple[OfficeRef, ...] = ()


def event_key(document_id: str, event_index: int) -> str:
    return f"{document_id}:{event_index}"


def event_rows_from_record(record: Mapping[str, Any],
                           person_ids: Mapping[str, str] | None = None) -> list[EventRow]:
    """The events of one record (the JSON shape `readouts extract` writes), with the person
    ids `resolve_people` / `resolve_offices` gave its mentions, where known."""
    person_ids = person_ids or {}
    doc = record.get("document") or {}
    doc_id = doc.get("id") or ""
    out: list[EventRow] = []
    for i, e in enumerate(record.get("events") or ()):
        loc = e.get("location") or {}
        parts = tuple(
            ParticipantRef(p["name"], person_ids.get(f"{doc_id}:{i}:{j}"), p.get("family_name"),
                           p.get("country"), p.get("organization"), p.get("role"),
                           tuple(p.get("titles") or ()))
            for j, p in enumerate(e.get("participants") or ()) if p.get("name"))
        offices = tuple(OfficeRef(o["title"], o.get("country"),
                                  person_ids.get(f"{doc_id}:{i}:o{j}"))
                        for j, o in enumerate(e.get("offices") or ()) if o.get("title"))
        out.append(EventRow(event_key(doc_id, i), doc_id, e.get("date") or None, e.get("type"),
                            doc.get("publisher"), loc.get("city"), loc.get("country"),
                            e.get("start_utc"), parts, offices))
    return out


# --- pairwise tests ----------------------------------------------------------------------

class _E:
    __slots__ = ("row", "day", "minute", "people", "keys", "office_parties")

    def __init__(self, row: EventRow) -> None:
        self.row = row
        self.day = to_day(row.date)
        self.minute = _minutes(row.start_utc)
        self.people = [(p.person_id, p.family, p.party) for p in row.participants]
        # An office the registry maps to a person is that person; any other is a party only.
        self.people += [(o.person_id, "", o.country.upper() if o.country else None)
                        for o in row.offices if o.person_id is not None]
        self.office_parties = frozenset(o.country.upper() for o in row.offices if o.country)
        # What candidate pairs are found by: family names, and person ids (which may tie
        # differently spelt names, through the registry).
        self.keys = {f for _, f, _ in self.people if f} | \
            {"id:" + pid for pid, _, _ in self.people if pid}


def _minutes(stamp: str | None) -> int | None:
    day = to_day(stamp)
    if day is None or stamp is None or len(stamp) < 16:
        return None
    try:
        return day * 1440 + int(stamp[11:13]) * 60 + int(stamp[14:16])
    except ValueError:
        return None


def _types_ok(a: str | None, b: str | None) -> bool:
    if not a or not b or a == "other" or b == "other" or a == b:
        return True
    return any(a in group and b in group for group in (_IN_PERSON, _REMOTE, _FORUM))


def _place_ok(a: EventRow, b: EventRow) -> bool:
    if a.country and b.country and a.country.upper() != b.country.upper():
        return False
    if a.city and b.city and fold(a.city) != fold(b.city):
        return False
    return True


def _same_person(p: tuple, q: tuple) -> bool:
    pid, fam, party = p
    qid, qfam, qparty = q
    if pid is not None and qid is not None:
        return pid == qid
    return bool(fam) and fam == qfam and (party is None or qparty is None or party == qparty)


def _compare(a: _E, b: _E) -> tuple[int, bool, frozenset[str], frozenset[str]]:
    """(people shared, no party contradiction, a's parties, b's parties).

    Each person is matched at most once; a shared person whose party one side leaves unknown
    takes the other side's, on both sides."""
    used: dict[int, int] = {}
    for i, p in enumerate(a.people):
        for k, q in enumerate(b.people):
            if k not in used and _same_person(p, q):
                used[k] = i
                break
    filled_a = [p[2] for p in a.people]
    filled_b = [q[2] for q in b.people]
    shared_parties: set[str] = set()
    for k, i in used.items():
        party = filled_a[i] or filled_b[k]
        filled_a[i] = filled_a[i] or party
        filled_b[k] = filled_b[k] or party
        if party:
            shared_parties.add(party)
    named_a = {x for x in filled_a if x}
    named_b = {x for x in filled_b if x}
    ok = all(party in shared_parties for party in named_a & named_b)
    return (len(used), ok, frozenset(named_a | a.office_parties),
            frozenset(named_b | b.office_parties))


def _vetoed(a: _E, b: _E) -> bool:
    """Could these two never be one meeting? (rules 1-4 and the party part of 5)"""
    return _apart(a, b) or not _compare(a, b)[1]


def _apart(a: _E, b: _E) -> bool:
    """Rules 1-4: different documents, dates, types, places and start times that agree."""
    ra, rb = a.row, b.row
    if ra.document_id == rb.document_id:
        return True
    if a.day is None or b.day is None or abs(a.day - b.day) > 1:
        return True
    if not _types_ok(ra.type, rb.type) or not _place_ok(ra, rb):
        return True
    if a.minute is not None and b.minute is not None and \
            abs(a.minute - b.minute) > MAX_START_GAP_MINUTES:
        return True
    return False


def _linked(a: _E, b: _E) -> int:
    """0 if not one meeting, else the number of shared people (the strength of the link)."""
    if _apart(a, b):
        return 0
    count, ok, pa, pb = _compare(a, b)
    if count == 0 or not ok:
        return 0
    if pa and pb:
        kinds = {a.row.type, b.row.type} - {None, "other"}
        if kinds and kinds <= _BILATERAL:
            if pa != pb:
                return 0
        elif not (pa <= pb or pb <= pa):
            return 0
    if count == 1 and (len(pa) < 2 or len(pb) < 2):
        return 0
    return count


# --- linking -----------------------------------------------------------------------------

def link_events(events: Iterable[EventRow]) -> dict[str, str]:
    """event key -> meeting id for every event (an unlinked event is a meeting of its own)."""
    rows = [_E(r) for r in events]
    by_day_key: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, e in enumerate(rows):
        if e.day is None:
            continue
        for k in e.keys:
            by_day_key[(e.day, k)].append(i)

    pairs: set[tuple[int, int]] = set()
    for (day, k), idx in by_day_key.items():
        near = idx + by_day_key.get((day + 1, k), [])
        for x in idx:
            for y in near:
                if x != y:
                    pairs.add((min(x, y), max(x, y)))
    scored = []
    for i, j in pairs:
        strength = _linked(rows[i], rows[j])
        if strength:
            a, b = rows[i].row, rows[j].row
            gap = abs(rows[i].day - rows[j].day)
            scored.append((-strength, gap, min(a.key, b.key), max(a.key, b.key), i, j))
    scored.sort()

    parent = list(range(len(rows)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(rows))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for *_, i, j in scored:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if any(_vetoed(rows[x], rows[y]) for x in members[ri] for y in members[rj]):
            continue
        if len(members[ri]) < len(members[rj]):
            ri, rj = rj, ri
        parent[rj] = ri
        members[ri].extend(members.pop(rj))

    out: dict[str, str] = {}
    for root, idx in members.items():
        first = min(rows[i].row.key for i in idx)
        mid = "m:" + hashlib.sha256(first.encode("utf-8")).hexdigest()[:16]
        for i in idx:
            out[rows[i].row.key] = mid
    return {e.row.key: out[e.row.key] for e in rows}
