"""Who is who across documents: entity resolution and event linking over the whole archive.

Rows are written per document with provisional keys (`rows.person_key`: one person per
name per document; one meeting per event). After an ingest has written its documents,
`resolve_archive` reads every current participation, office and event, asks
`readouts.resolve` for a person per mention (`resolve_people`, `resolve_offices`, with the
registry a person edits) and a meeting per event (`link_events`), and writes the answers
back in one transaction: `participations.person_id`, `offices.person_id`,
`events.meeting_id` and the `people` table. Every query reads those columns, so nothing
else changes. A flag in `archive_state`, set in the same transaction as each write of
documents, makes a re-run resolve again if an ingest was stopped before it did.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..resolve import (EventRow, OfficeMention, OfficeRef, ParticipantRef, PersonMention,
                       describe_people, link_events, load_registry, resolve_offices,
                       resolve_people)
from ..store import Store

STALE = "people_stale"


def mark_stale(store: Store) -> None:
    """Call inside the transaction that writes documents."""
    store.execute("INSERT INTO archive_state (key, value) VALUES (?, '1') "
                  "ON CONFLICT (key) DO UPDATE SET value = '1'", (STALE,))


def is_stale(store: Store) -> bool:
    return store.scalar("SELECT value FROM archive_state WHERE key = ?", (STALE,)) == "1"


def _mention_rows(store: Store) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT p.id, p.document_id, e.idx AS e_idx, p.idx AS p_idx, "
        "coalesce(e.date, d.published) AS date, p.name, p.family_name, p.given_name, "
        "p.honorific, p.gender, p.titles, p.organisation, p.country, p.role, d.publisher, "
        "p.person_id FROM participations p JOIN events e ON e.id = p.event_id "
        "JOIN documents d ON d.id = p.document_id WHERE d.is_current = 1")


def resolve_archive(store: Store, registry_path: str | None = None) -> dict[str, int]:
    """Resolve people, offices and meetings over the current documents; returns counts."""
    registry = load_registry(registry_path) if registry_path else None
    rows = _mention_rows(store)
    mentions = [PersonMention(
        f"{r['document_id']}:{r['e_idx']}:{r['p_idx']}", r["document_id"], r["date"],
        r["name"], r["family_name"], r["given_name"], r["honorific"], r["gender"],
        tuple(t for t in (r["titles"] or "").split("; ") if t), r["organisation"],
        r["country"], r["role"], r["publisher"]) for r in rows]
    assignment = resolve_people(mentions, registry)
    office_rows = store.rows(
        "SELECT o.id, o.document_id, e.idx AS e_idx, o.idx AS o_idx, o.title, o.country, "
        "o.role, coalesce(e.date, d.published) AS date, d.publisher, o.person_id "
        "FROM offices o JOIN events e ON e.id = o.event_id "
        "JOIN documents d ON d.id = o.document_id WHERE d.is_current = 1")
    offices = [OfficeMention(f"{r['document_id']}:{r['e_idx']}:o{r['o_idx']}",
                             r["document_id"], r["date"], r["title"], r["country"], r["role"],
                             r["publisher"]) for r in office_rows]
    office_people = resolve_offices(offices, registry)
    # people known only from an office the registry maps need their row too
    summaries = describe_people(mentions, {**assignment, **{k: v for k, v in office_people.items() if v}}, registry)
    meetings = link_events(_event_rows(store, rows, assignment, office_rows, office_people))

    with store.transaction():
        store.executemany(
            "INSERT INTO people (id, name, family_name, given_name, wikidata) "
            "VALUES (?, ?, ?, NULL, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
            "family_name = excluded.family_name, wikidata = excluded.wikidata",
            [(s.person_id, s.name, s.family_name, s.wikidata) for s in summaries])
        changed = [(assignment[m.mention_id], r["id"]) for m, r in zip(mentions, rows)
                   if m.mention_id in assignment and assignment[m.mention_id] != r["person_id"]]
        store.executemany("UPDATE participations SET person_id = ? WHERE id = ?", changed)
        office_changed = [(office_people.get(m.mention_id), r["id"])
                          for m, r in zip(offices, office_rows)
                          if office_people.get(m.mention_id) != r["person_id"]]
        store.executemany("UPDATE offices SET person_id = ? WHERE id = ?", office_changed)
        current = _current_meetings(store)
        moved = [(meeting, event_id) for event_id, (key, old) in current.items()
                 if (meeting := meetings.get(key, event_id)) != old]
        store.executemany("UPDATE events SET meeting_id = ? WHERE id = ?", moved)
        store.execute("DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM participations p "
                      "WHERE p.person_id = people.id) AND NOT EXISTS (SELECT 1 FROM offices o "
                      "WHERE o.person_id = people.id)")
        store.execute("UPDATE archive_state SET value = '0' WHERE key = ?", (STALE,))
    return {"people": len(summaries), "participations_moved": len(changed),
            "offices_mapped": sum(1 for v in office_people.values() if v),
            "meetings": len(set(meetings.values())), "events_relinked": len(moved)}


def _current_meetings(store: Store) -> dict[str, tuple[str, str]]:
    """event id -> (resolve's event key, stored meeting id), current documents only."""
    return {r["id"]: (f"{r['document_id']}:{r['idx']}", r["meeting_id"]) for r in store.rows(
        "SELECT e.id, e.document_id, e.idx, e.meeting_id FROM events e "
        "JOIN documents d ON d.id = e.document_id WHERE d.is_current = 1")}


def _event_rows(store: Store, mention_rows: list[dict[str, Any]], assignment: dict[str, str],
                office_rows: list[dict[str, Any]], office_people: dict[str, str]
                ) -> list[EventRow]:
    parts: dict[str, list[ParticipantRef]] = defaultdict(list)
    for r in mention_rows:
        key = f"{r['document_id']}:{r['e_idx']}"
        parts[key].append(ParticipantRef(
            r["name"], assignment.get(f"{key}:{r['p_idx']}"), r["family_name"], r["country"],
            r["organisation"], r["role"], tuple(t for t in (r["titles"] or "").split("; ") if t)))
    offs: dict[str, list[OfficeRef]] = defaultdict(list)
    for r in office_rows:
        key = f"{r['document_id']}:{r['e_idx']}"
        offs[key].append(OfficeRef(r["title"], r["country"],
                                   office_people.get(f"{key}:o{r['o_idx']}")))
    events = store.rows(
        "SELECT e.document_id, e.idx, e.date, e.type, d.publisher, e.city, e.country, "
        "e.start_utc FROM events e JOIN documents d ON d.id = e.document_id "
        "WHERE d.is_current = 1")
    out = []
    for e in events:
        key = f"{e['document_id']}:{e['idx']}"
        out.append(EventRow(key, e["document_id"], e["date"], e["type"], e["publisher"],
                            e["city"], e["country"], e["start_utc"], tuple(parts[key]),
                            tuple(offs[key])))
    return out
