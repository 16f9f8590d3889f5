"""A plain-text view for a terminal: one block per document, one line per fact."""
from __future__ import annotations

from typing import Any, Iterable, TextIO

from ..model import Record

NONE = "-"
LABEL = 12  # width of the label column


def write(records: Iterable[Record], out: TextIO, with_text: bool = False) -> None:
    """`with_text` is accepted for a uniform interface; a table has no room for the text."""
    for record in records:
        out.write("\n".join(render(record.to_dict())))
        out.write("\n\n")


def render(data: dict[str, Any]) -> list[str]:
    doc = data["document"]
    lines = [str(doc["source"] if doc["source"] is not None else "<text>")]
    if data["error"]:
        lines.append(_row("error", f"{data['error']['code']}: {data['error']['message']}"))
        return lines
    lines.append(_row("title", doc["title"]))
    lines.append(_row("published", _join(doc["published"], doc["publisher"], sep=", ")))
    events = data["events"]
    for i, event in enumerate(events):
        label = "event" if len(events) == 1 else f"event {i + 1}"
        lines.extend(_event(event, label))
    if not events:
        lines.append(_row("event", None))
    for problem in data["problems"]:
        lines.append(_row("problem", f"{problem['code']}: {problem['message']}"))
    return lines


def _event(event: dict[str, Any], label: str) -> list[str]:
    lines = [_row(label, event["type"]), _row("when", _when(event)), _row("place", _place(event))]
    people = [_person(p) for p in event["participants"]]
    people += [_office(o) for o in event["offices"]]
    lines.append(_row("people", people[0] if people else None))
    lines.extend(_row("", line) for line in people[1:])
    if event["attendance"] is not None:
        lines.append(_row("attendance", event["attendance"]))
    series = event["series"]
    if series is not None:
        number = series["number"]
        lines.append(_row("series", series["name"] + (f" (round {number})" if number else "")))
    refs = [_reference(r) for r in event["references"]]
    lines.append(_row("references", ", ".join(refs) if refs else None))
    return lines


def _when(event: dict[str, Any]) -> str | None:
    local = _join(event["date"], event["start_time"])
    offset, tz = event["utc_offset"], event["timezone"]
    zone = f"UTC{offset} ({tz})" if offset and tz else f"UTC{offset}" if offset else tz
    minutes = event["duration_minutes"]
    length = f"{minutes} min" if minutes is not None else None
    utc = f"= {event['start_utc']}" if event["start_utc"] else None
    return _join(local, zone, length, utc, sep=", ") if local or zone or length else None


def _place(event: dict[str, Any]) -> str | None:
    loc = event["location"]
    return _join(loc["venue"], loc["city"], loc["country"], sep=", ")


def _person(p: dict[str, Any]) -> str:
    name = _join(p["honorific"], p["name"])
    facts = _join(p["gender"], p["country"], p["organization"], sep=", ")
    line = f"{(p['role'] or '?'):<12}{name}"
    if facts:
        line += f" ({facts})"
    if p["titles"]:
        line += " - " + "; ".join(p["titles"])
    return line


def _office(o: dict[str, Any]) -> str:
    facts = _join(o["country"], "unnamed", sep=", ")
    return f"{(o['role'] or '?'):<12}{o['title']} ({facts})"


def _reference(ref: dict[str, Any]) -> str:
    kind = "UNSCR" if ref["kind"] == "unscr" else ref["kind"]
    return f"{kind} {ref['number']}"


def _join(*parts: object, sep: str = " ") -> str | None:
    kept = [str(p) for p in parts if p not in (None, "")]
    return sep.join(kept) if kept else None


def _row(label: str, value: object) -> str:
    return f"  {label:<{LABEL}}{NONE if value is None else value}"
