"""Record -> plain JSON-ready dict, with an `evidence` map from value paths to spans."""
from __future__ import annotations

from typing import Any

from .model import EXTRACTOR_VERSION, Event, Fact, Person, Record


class _Evidence:
    def __init__(self) -> None:
        self.paths: dict[str, list[list[int]]] = {}

    def value(self, path: str, fact: Fact | None) -> Any:
        if fact is None:
            return None
        spans = [[s.start, s.end] for s in fact.spans if s.end > s.start]
        if spans:
            self.paths[path] = spans
        return fact.value


def _person(p: Person, path: str, ev: _Evidence) -> dict[str, Any]:
    return {
        "name": ev.value(f"{path}.name", p.name),
        "family_name": ev.value(f"{path}.family_name", p.family_name),
        "given_name": ev.value(f"{path}.given_name", p.given_name),
        "honorific": ev.value(f"{path}.honorific", p.honorific),
        "gender": ev.value(f"{path}.gender", p.gender),
        "titles": [ev.value(f"{path}.titles[{i}]", t) for i, t in enumerate(p.titles)],
        "organization": ev.value(f"{path}.organization", p.organization),
        "country": ev.value(f"{path}.country", p.country),
        "role": ev.value(f"{path}.role", p.role),
    }


def _event(e: Event, path: str, ev: _Evidence) -> dict[str, Any]:
    loc = e.location
    return {
        "type": ev.value(f"{path}.type", e.type),
        "date": ev.value(f"{path}.date", e.date),
        "start_time": ev.value(f"{path}.start_time", e.start_time),
        "start_local": ev.value(f"{path}.start_local", e.start_local),
        "utc_offset": ev.value(f"{path}.utc_offset", e.utc_offset),
        "timezone": ev.value(f"{path}.timezone", e.timezone),
        "start_utc": ev.value(f"{path}.start_utc", e.start_utc),
        "end_utc": ev.value(f"{path}.end_utc", e.end_utc),
        "duration_minutes": ev.value(f"{path}.duration_minutes", e.duration_minutes),
        "location": {
            "venue": ev.value(f"{path}.location.venue", loc.venue),
            "city": ev.value(f"{path}.location.city", loc.city),
            "country": ev.value(f"{path}.location.country", loc.country),
        },
        "participants": [_person(p, f"{path}.participants[{i}]", ev)
                         for i, p in enumerate(e.participants)],
        "offices": [{"title": ev.value(f"{path}.offices[{i}].title", o.title),
                     "country": ev.value(f"{path}.offices[{i}].country", o.country),
                     "role": ev.value(f"{path}.offices[{i}].role", o.role)}
                    for i, o in enumerate(e.offices)],
        "attendance": ev.value(f"{path}.attendance", e.attendance),
        "references": [{"kind": r.kind, "number": ev.value(f"{path}.references[{i}]", r.number)}
                       for i, r in enumerate(e.references)],
        "series": None if e.series is None else {
            "name": ev.value(f"{path}.series.name", e.series.name),
            "number": ev.value(f"{path}.series.number", e.series.number),
        },
        "statements": [{"text": ev.value(f"{path}.statements[{i}].text", s.text),
                        "speaker": s.speaker,
                        "attribution": ev.value(f"{path}.statements[{i}].attribution", s.attribution),
                        "joint": s.joint}
                       for i, s in enumerate(e.statements)],
        "topics": [{"tag": t.tag, "pillar": t.pillar, "trigger": ev.value(f"{path}.topics[{i}]", t.evidence)}
                   for i, t in enumerate(e.topics)],
    }


def record_to_dict(record: Record, with_text: bool = False) -> dict[str, Any]:
    ev = _Evidence()
    doc = record.document
    out: dict[str, Any] = {
        "document": {
            "source": doc.source,
            "id": doc.id,
            "title": ev.value("document.title", doc.title),
            "publisher": ev.value("document.publisher", doc.publisher),
            "published": ev.value("document.published", doc.published),
            "language": doc.language,
            "truncated": ev.value("document.truncated", doc.truncated),
        },
        "events": [_event(e, f"events[{i}]", ev) for i, e in enumerate(record.events)],
    }
    out["evidence"] = ev.paths
    out["problems"] = [{"code": p.code, "message": p.message,
                        "spans": [[s.start, s.end] for s in p.spans]} for p in record.problems]
    out["error"] = None if record.error is None else {"code": record.error.code,
                                                      "message": record.error.message}
    out["extractor"] = {"name": "readouts", "version": EXTRACTOR_VERSION}
    if with_text:
        out["text"] = record.text
    return out
