"""CSV, one row per participant of each event; a document with none still gets one row.

Document and event columns repeat on every row of their document, so each row stands alone
in a spreadsheet or a `GROUP BY`.
"""
from __future__ import annotations

import csv
from typing import Any, Iterable, TextIO

from ..model import Record

DOCUMENT = ("source", "document_id", "title", "publisher", "published", "error_code",
            "error_message", "problems")
EVENT = ("event", "type", "date", "start_time", "start_local", "utc_offset", "timezone",
         "start_utc", "end_utc", "duration_minutes", "venue", "city", "country", "attendance",
         "series_name", "series_number", "references")
PERSON = ("participant", "name", "family_name", "given_name", "honorific", "gender", "role",
          "titles", "organization", "participant_country")
COLUMNS = DOCUMENT + EVENT + PERSON


def write(records: Iterable[Record], out: TextIO, with_text: bool = False) -> None:
    """`with_text` is accepted for a uniform interface; CSV rows carry no document text."""
    rows = csv.writer(out, lineterminator="\n")
    rows.writerow(COLUMNS)
    for record in records:
        rows.writerows(document_rows(record.to_dict()))


def document_rows(data: dict[str, Any]) -> list[list[Any]]:
    doc, error = data["document"], data["error"] or {}
    head = [doc["source"], doc["id"], doc["title"], doc["publisher"], doc["published"],
            error.get("code"), error.get("message"),
            ";".join(p["code"] for p in data["problems"])]
    rows: list[list[Any]] = []
    for i, event in enumerate(data["events"]):
        ev = _event_cells(event, i)
        people = event["participants"]
        rows.extend(head + ev + _person_cells(p, j) for j, p in enumerate(people))
        if not people:
            rows.append(head + ev + [None] * len(PERSON))
    if not rows:
        rows.append(head + [None] * (len(EVENT) + len(PERSON)))
    return rows


def _event_cells(e: dict[str, Any], index: int) -> list[Any]:
    loc, series = e["location"], e["series"] or {}
    refs = ";".join(f"{r['kind']}:{r['number']}" for r in e["references"])
    return [index, e["type"], e["date"], e["start_time"], e["start_local"], e["utc_offset"],
            e["timezone"], e["start_utc"], e["end_utc"], e["duration_minutes"], loc["venue"],
            loc["city"], loc["country"], e["attendance"], series.get("name"),
            series.get("number"), refs]


def _person_cells(p: dict[str, Any], index: int) -> list[Any]:
    return [index, p["name"], p["family_name"], p["given_name"], p["honorific"], p["gender"],
            p["role"], ";".join(p["titles"]), p["organization"], p["country"]]
