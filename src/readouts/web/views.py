"""What pages and the API show, read from the store: lists with totals, and whole views of
an event, a document, a person, an organisation. Plain dicts, JSON-ready; both the HTML
pages and the JSON API render these same dicts."""
from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..archive.corrections import effective_record, list_corrections
from ..archive.filters import Filters, document_condition, event_condition
from ..store import Store
from .errors import ApiError

_EVENT_COLUMNS = ("e.id, e.document_id, e.idx, e.meeting_id, e.type, e.date, e.start_time, "
                  "e.start_local, e.utc_offset, e.timezone, e.start_utc, e.end_utc, "
                  "e.duration_minutes, e.venue, e.city, e.country, e.attendance, "
                  "d.title, d.publisher, d.url")


def _document_only(f: Filters) -> Filters:
    return dataclasses.replace(f, person=None, org=None, country=None, type=None, role=None,
                               date_from=None, date_to=None, topic=None, resolution=None)


def list_events(store: Store, filters: Filters, limit: int, offset: int, *,
                all_male: bool = False, people: tuple[str, ...] = (),
                organisation_id: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """Events of current documents that pass the filters, newest first, with the total."""
    filters = filters.validated()
    doc_where, params = document_condition(_document_only(filters), "d")
    ev_where, ev_params = event_condition(filters, "e")
    where = f"{doc_where} AND {ev_where}"
    params = [*params, *ev_params]
    if all_male:
        where += (" AND EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id) "
                  "AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id "
                  "AND (p.gender IS NULL OR p.gender <> 'male'))")
    for person_id in people:            # each of them took part (or held the office)
        where += (" AND (EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id AND "
                  "p.person_id = ?) OR EXISTS (SELECT 1 FROM offices o WHERE "
                  "o.event_id = e.id AND o.person_id = ?))")
        params += [person_id, person_id]
    if organisation_id:
        where += (" AND EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id AND "
                  "p.organisation_id = ?)")
        params.append(organisation_id)
    base = f"FROM events e JOIN documents d ON d.id = e.document_id WHERE {where}"
    total = int(store.scalar(f"SELECT count(*) {base}", params))
    rows = store.rows(f"SELECT {_EVENT_COLUMNS} {base} "
                      "ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date DESC, e.id "
                      "LIMIT ? OFFSET ?", [*params, limit, offset])
    _add_people(store, rows)
    return rows, total


def _add_people(store: Store, events: list[dict[str, Any]]) -> None:
    if not events:
        return
    ids = [e["id"] for e in events]
    marks = ", ".join("?" for _ in ids)
    people: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for r in store.rows(
            "SELECT event_id, id, person_id, name, role, gender, title, country FROM "
            f"participations WHERE event_id IN ({marks}) ORDER BY event_id, idx", ids):
        people[r.pop("event_id")].append(r)
    for e in events:
        e["participants"] = people[e["id"]]


def list_documents(store: Store, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    total = int(store.scalar("SELECT count(*) FROM documents WHERE is_current = 1"))
    rows = store.rows(
        "SELECT id, title, publisher, published, url, source, truncated, extractor_version, "
        "ingested_at FROM documents WHERE is_current = 1 ORDER BY seq DESC LIMIT ? OFFSET ?",
        (limit, offset))
    for r in rows:
        r["truncated"] = bool(r["truncated"])
    return rows, total


def _document_row(store: Store, document_id: str) -> dict[str, Any]:
    rows = store.rows(
        "SELECT id, seq, title, publisher, published, url, source, captured, licence, "
        "attribution, provenance_from, lineage, is_current, truncated, language, text, "
        "extractor_version, record, ingested_at FROM documents WHERE id = ?", (document_id,))
    if not rows:
        raise ApiError(404, f"no document {document_id}")
    row = rows[0]
    row["truncated"] = bool(row["truncated"])
    row["is_current"] = bool(row["is_current"])
    return row


def document_view(store: Store, document_id: str) -> dict[str, Any]:
    row = _document_row(store, document_id)
    corrections = list_corrections(store, document_id)
    record = effective_record(json.loads(row.pop("record")), corrections)
    events = store.rows("SELECT id, idx, type, date FROM events WHERE document_id = ? "
                        "ORDER BY idx", (document_id,))
    return {"document": row, "record": record, "events": events,
            "corrections": corrections}


# --- an event, with every value and where it came from --------------------------------------

def _label(path: str) -> str:
    return path.rsplit(".", 1)[-1].replace("_", " ")


def _fields(event: dict[str, Any], base: str, evidence: dict[str, list[list[int]]],
            extracted: dict[str, Any], corrected: dict[str, dict[str, Any]]
            ) -> dict[str, list[dict[str, Any]]]:
    """Groups of fields: each with its path, value, extracted value and spans."""
    def field(path: str, label: str, value: Any, correctable: bool = True) -> dict[str, Any]:
        from ..archive.corrections import value_at
        return {"path": path, "label": label, "value": value,
                "extracted": value_at(extracted, path) if correctable else value,
                "spans": evidence.get(path, []), "correctable": correctable,
                "correction": corrected.get(path)}

    groups: dict[str, list[dict[str, Any]]] = {"event": [], "participants": [], "offices": [],
                                                "references": [], "topics": [],
                                                "statements": []}
    for key in ("type", "date", "start_time", "utc_offset", "timezone", "start_utc",
                "end_utc", "duration_minutes", "attendance"):
        groups["event"].append(field(f"{base}.{key}", _label(key), event.get(key)))
    location = event.get("location") or {}
    for key in ("venue", "city", "country"):
        groups["event"].append(field(f"{base}.location.{key}", key, location.get(key)))
    series = event.get("series") or {}
    if series:
        groups["event"].append(field(f"{base}.series.name", "series", series.get("name"),
                                     False))
        if series.get("number") is not None:
            groups["event"].append(field(f"{base}.series.number", "round",
                                         series.get("number"), False))
    for j, person in enumerate(event.get("participants") or []):
        path = f"{base}.participants[{j}]"
        items = [field(f"{path}.{k}", _label(k), person.get(k))
                 for k in ("name", "role", "gender", "honorific", "organization", "country")]
        titles = person.get("titles") or []
        for t, title in enumerate(titles or [None]):
            items.insert(2 + t, field(f"{path}.titles[{t}]", "title", title))
        groups["participants"].append({"index": j, "name": person.get("name"),
                                       "fields": items})  # type: ignore[arg-type]
    for j, office in enumerate(event.get("offices") or []):
        path = f"{base}.offices[{j}]"
        groups["offices"].append({"index": j, "name": office.get("title"), "fields": [
            field(f"{path}.{k}", k, office.get(k)) for k in ("title", "country", "role")]})  # type: ignore[arg-type]
    for j, ref in enumerate(event.get("references") or []):
        groups["references"].append(field(f"{base}.references[{j}]",
                                          f"{ref.get('kind', 'resolution')}".replace("_", " "),
                                          ref.get("number"), False))
    for j, statement in enumerate(event.get("statements") or []):
        words = statement.get("text") or ""
        groups["statements"].append(field(f"{base}.statements[{j}].text", f"point {j + 1}",
                                          words if len(words) <= 90 else words[:87] + "...",
                                          False))
    for j, topic in enumerate(event.get("topics") or []):
        groups["topics"].append(field(f"{base}.topics[{j}]", topic.get("tag", "topic"),
                                      topic.get("trigger"), False))
    return groups


def text_segments(text: str, spans: dict[str, list[list[int]]]) -> list[dict[str, Any]]:
    """The text cut where any span starts or ends; each piece with the paths covering it
    (`first`: the paths whose first span starts here, for anchors)."""
    bounds = {0, len(text)}
    for pieces in spans.values():
        for start, end in pieces:
            if 0 <= start < end <= len(text):
                bounds.update((start, end))
    cuts = sorted(bounds)
    covering: list[list[str]] = [[] for _ in range(len(cuts) - 1)]
    first: list[list[str]] = [[] for _ in range(len(cuts) - 1)]
    index = {c: i for i, c in enumerate(cuts)}
    for path, pieces in spans.items():
        valid = [(s, e) for s, e in pieces if 0 <= s < e <= len(text)]
        for n, (start, end) in enumerate(sorted(valid)):
            if n == 0:
                first[index[start]].append(path)
            for i in range(index[start], index[end]):
                covering[i].append(path)
    return [{"text": text[a:b], "start": a, "end": b, "paths": covering[i],
             "first": first[i]} for i, (a, b) in enumerate(zip(cuts, cuts[1:]))]


def event_view(store: Store, event_id: str) -> dict[str, Any]:
    rows = store.rows(f"SELECT {_EVENT_COLUMNS}, e.series_id, e.series_number "
                      "FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = ?",
                      (event_id,))
    if not rows:
        raise ApiError(404, f"no event {event_id}")
    row = rows[0]
    doc = _document_row(store, row["document_id"])
    corrections = list_corrections(store, doc["id"])
    extracted = json.loads(doc.pop("record"))
    record = effective_record(extracted, corrections)
    idx = int(row["idx"])
    events = record.get("events") or []
    event = events[idx] if idx < len(events) else {}
    base = f"events[{idx}]"
    evidence = {p: s for p, s in (record.get("evidence") or {}).items()
                if p.startswith((base + ".", "document."))}
    in_force = {c["path"]: c for c in reversed(corrections) if c["active"]}
    groups = _fields(event, base, evidence, extracted, in_force)
    document_fields = [{"path": f"document.{k}", "label": k,
                        "value": (record.get("document") or {}).get(k),
                        "extracted": (extracted.get("document") or {}).get(k),
                        "spans": evidence.get(f"document.{k}", []), "correctable": True,
                        "correction": in_force.get(f"document.{k}")}
                       for k in ("title", "publisher", "published")]
    participants = store.rows(
        "SELECT id, idx, person_id, name, role, gender, title, organisation, "
        "organisation_id, country FROM participations WHERE event_id = ? ORDER BY idx",
        (event_id,))
    meeting = store.rows(
        "SELECT e.id, d.title, d.publisher FROM events e JOIN documents d ON "
        "d.id = e.document_id WHERE e.meeting_id = ? AND e.id <> ? AND d.is_current = 1 "
        "ORDER BY e.id", (row["meeting_id"], event_id))
    problems = store.rows("SELECT code, message, spans FROM problems WHERE document_id = ? "
                          "ORDER BY id", (doc["id"],))
    for p in problems:
        p["spans"] = json.loads(p["spans"] or "[]")
    return {
        "event": row, "document": doc, "fields": groups, "document_fields": document_fields,
        "participants": participants, "same_meeting": meeting, "corrections": corrections,
        "problems": problems, "evidence": evidence,
        "times": {"local": event.get("start_local") or event.get("date"),
                  "utc_offset": event.get("utc_offset"), "timezone": event.get("timezone"),
                  "utc": event.get("start_utc"), "end_utc": event.get("end_utc")},
    }


# --- people and organisations -------------------------------------------------------------

def list_people(store: Store, q: str | None, limit: int, offset: int
                ) -> tuple[list[dict[str, Any]], int]:
    where, params = "", []
    if q:
        where, params = "WHERE lower(pe.name) LIKE ?", [f"%{q.lower()}%"]
    total = int(store.scalar(f"SELECT count(*) FROM people pe {where}", params))
    rows = store.rows(
        "SELECT pe.id, pe.name, pe.wikidata, (SELECT count(DISTINCT p.event_id) FROM "
        "participations p JOIN documents d ON d.id = p.document_id WHERE p.person_id = pe.id "
        f"AND d.is_current = 1) AS events FROM people pe {where} "
        "ORDER BY events DESC, pe.name, pe.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return rows, total


def person_view(store: Store, person_id: str) -> dict[str, Any]:
    people = store.rows("SELECT id, name, family_name, given_name, wikidata FROM people "
                        "WHERE id = ?", (person_id,))
    if not people:
        raise ApiError(404, f"no person {person_id}")
    rows = store.rows(
        "SELECT p.id AS participation_id, p.event_id, p.document_id, e.idx AS event_index, "
        "p.idx AS participant_index, p.name, p.role, p.title, p.gender, p.country, "
        "p.organisation, e.date, e.type, e.city, e.country AS event_country, d.title AS "
        "document_title, d.publisher FROM participations p JOIN events e ON e.id = p.event_id "
        "JOIN documents d ON d.id = p.document_id WHERE p.person_id = ? AND d.is_current = 1 "
        "ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date, p.event_id", (person_id,))
    ids = sorted({r["event_id"] for r in rows})
    others: dict[str, list[dict[str, Any]]] = {}
    if ids:
        marks = ", ".join("?" for _ in ids)
        for o in store.rows(
                "SELECT event_id, person_id, name, role, title, country FROM participations "
                f"WHERE event_id IN ({marks}) AND person_id <> ? ORDER BY event_id, idx",
                [*ids, person_id]):
            others.setdefault(o.pop("event_id"), []).append(o)
    for r in rows:
        r["counterparts"] = others.get(r["event_id"], [])
    offices = store.rows(
        "SELECT o.event_id, o.title, o.country, o.role, e.date, d.title AS document_title "
        "FROM offices o JOIN events e ON e.id = o.event_id JOIN documents d ON "
        "d.id = o.document_id WHERE o.person_id = ? AND d.is_current = 1 ORDER BY e.date",
        (person_id,))
    names = sorted({r["name"] for r in rows})
    return {"person": people[0], "names": names, "events": rows, "offices": offices}


def list_organisations(store: Store, q: str | None, limit: int, offset: int
                       ) -> tuple[list[dict[str, Any]], int]:
    where, params = "", []
    if q:
        where, params = "WHERE lower(o.name) LIKE ?", [f"%{q.lower()}%"]
    total = int(store.scalar(f"SELECT count(*) FROM organisations o {where}", params))
    rows = store.rows(
        "SELECT o.id, o.name, o.country, (SELECT count(DISTINCT p.event_id) FROM "
        "participations p WHERE p.organisation_id = o.id) AS events FROM organisations o "
        f"{where} ORDER BY events DESC, o.name, o.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return rows, total


def organisation_view(store: Store, organisation_id: str) -> dict[str, Any]:
    rows = store.rows("SELECT id, name, country FROM organisations WHERE id = ?",
                      (organisation_id,))
    if not rows:
        raise ApiError(404, f"no organisation {organisation_id}")
    members = store.rows(
        "SELECT p.person_id, min(p.name) AS name, count(DISTINCT p.event_id) AS events "
        "FROM participations p JOIN documents d ON d.id = p.document_id WHERE "
        "p.organisation_id = ? AND d.is_current = 1 GROUP BY p.person_id "
        "ORDER BY events DESC, name", (organisation_id,))
    return {"organisation": rows[0], "people": members}
