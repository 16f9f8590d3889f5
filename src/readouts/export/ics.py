"""Archive -> iCalendar (RFC 5545): one VEVENT per event with a known date.

With a known UTC start, DTSTART is in UTC (…Z) and DURATION follows when the length is
known; with only a date, the event is all-day (DTSTART;VALUE=DATE). Each event's
DESCRIPTION carries its document's provenance and the extractor version; X-READOUTS-*
properties carry them for machines.
"""
from __future__ import annotations

from typing import Any, Iterable, TextIO

from ..archive.selection import pages
from ..model import EXTRACTOR_VERSION
from ..store import Store

_SQL = (
    "SELECT s.seq, e.id, e.type, e.date, e.start_utc, e.duration_minutes, e.venue, e.city, "
    "e.country, d.id AS document_id, d.title, d.url, d.source, d.publisher, d.licence, "
    "d.attribution, d.captured, d.extractor_version, d.ingested_at "
    "FROM {selected} s JOIN documents d ON d.id = s.id JOIN events e ON e.document_id = d.id "
    "WHERE e.date IS NOT NULL AND s.seq > ?")


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > (75 if not parts else 74):
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def _stamp(iso: str) -> str:
    digits = iso.replace("-", "").replace(":", "")
    return digits[:15] + "Z"


def _names(store: Store, event_id: str) -> list[str]:
    return [r["name"] for r in store.rows(
        "SELECT name FROM participations WHERE event_id = ? ORDER BY idx", (event_id,))]


def vevent(row: dict[str, Any], names: list[str]) -> list[str]:
    kind = (row["type"] or "event").replace("_", " ")
    summary = f"{kind.capitalize()}: {', '.join(names)}" if names else \
        (row["title"] or kind.capitalize())
    lines = ["BEGIN:VEVENT", f"UID:{row['id']}@readouts",
             f"DTSTAMP:{_stamp(row['ingested_at'])}"]
    if row["start_utc"]:
        lines.append(f"DTSTART:{_stamp(row['start_utc'])}")
        if row["duration_minutes"]:
            lines.append(f"DURATION:PT{int(row['duration_minutes'])}M")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{row['date'].replace('-', '')}")
    lines.append(f"SUMMARY:{escape(summary)}")
    place = ", ".join(p for p in (row["venue"], row["city"], row["country"]) if p)
    if place:
        lines.append(f"LOCATION:{escape(place)}")
    origin = row["url"] or row["source"] or row["document_id"]
    about = [f"Source: {origin}", f"Document: {row['document_id']}"]
    for label, key in (("Publisher", "publisher"), ("Licence", "licence"),
                       ("Attribution", "attribution"), ("Captured", "captured")):
        if row[key]:
            about.append(f"{label}: {row[key]}")
    about.append(f"Extracted by readouts {row['extractor_version']}")
    lines.append(f"DESCRIPTION:{escape(chr(10).join(about))}")
    if row["url"]:
        lines.append(f"URL:{row['url']}")
    lines.append(f"X-READOUTS-DOCUMENT:{row['document_id']}")
    lines.append(f"X-READOUTS-EXTRACTOR-VERSION:{row['extractor_version']}")
    lines.append("END:VEVENT")
    return lines


def write(store: Store, selected: str, out: TextIO) -> int:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0",
            f"PRODID:-//readouts//readouts {EXTRACTOR_VERSION}//EN", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:readouts archive"]
    _emit(out, head)
    count = 0
    for row in pages(store, _SQL.format(selected=selected)):
        _emit(out, vevent(row, _names(store, row["id"])))
        count += 1
    _emit(out, ["END:VCALENDAR"])
    return count


def _emit(out: TextIO, lines: Iterable[str]) -> None:
    for line in lines:
        out.write(fold(line))
