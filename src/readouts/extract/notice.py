"""The details block of an event notice or a chair's summary, which gives the event's date, time
and venue apart from the prose: labelled lines ("Date: Sunday 8 March 2026" / "Time: 11:00 –
13:00 (GMT+3)" / "Venue: ..., Amman"), or a date-and-time line under the headline ("Friday,
30 October 2026, 10:00 a.m. – 12:30 p.m.") over a venue line ("Conference Room 1, United
Nations Headquarters, New York"). Its lines are read first, like a lead sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import fastre
from .dates import find_dates
from .text import Doc

# how far below the headline the block may stand
WITHIN = 2500
_LABEL_WORDS = (r"dates?(?:\s*(?:and|&)\s*times?)?|time|when|venue|location|place|where|opening|start|"
                r"fecha|hora|horario|horaire|lugar|lieu|heure|ouverture|data|local|horário|"
                # the Nordic languages' "Tid: mandag 31. mars kl. 10.00–11.15" / "Sted: ...", "Aika:" / "Paikka:"
                r"tid|tidspunkt|dato|datum|sted|plats|aika|paikka")
LABELLED = fastre.compile(
    r"(?im)^[ \t]*(?:[-•*■▪◆●][ \t]+|\(?\d{1,2}[.)][ \t]+)?(?P<label>" + _LABEL_WORDS + r")"
    # a bilingual page's two labels: "Lieu / Venue:", "Ouverture / Opening:"
    r"(?:[ \t]*/[ \t]*(?:" + _LABEL_WORDS + r"))?[ \t]*:[ \t]*(?P<value>\S[^\n]*)$")
# an outline's numbered heading over its value: "1 Date and time" / "Tuesday, October 22, 2024, 14:00-14:30",
# "2 Venue" / "Reception Room, ... Kyoto Prefectural Government Office"
LABEL_OVER_VALUE = fastre.compile(
    r"(?im)^[ \t]*\(?\d{1,2}[.)]?[ \t]+(?P<label>dates?(?:\s*(?:and|&)\s*times?)?|time|venue|location|place)[ \t]*:?[ \t]*\n"
    r"[ \t]*(?P<value>\S[^\n]*)$")
VENUE_LABELS = frozenset({"venue", "location", "place", "where", "lugar", "lieu", "local", "sted", "plats", "paikka"})
# a time on a line: "10:00 a.m.", "5.30pm", "11:00", "15h00"
_CLOCK = r"(?<![\d.:])(?:[0-2]?\d(?:[:.h][0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?)|[0-2]?\d[:.h][0-5]\d(?![\d.:]))"
CLOCK = re.compile(_CLOCK, re.I)
# "10:00 a.m. – 12:30 p.m.": a start and an end, as a page's own time stamp never has
CLOCK_RANGE = re.compile(_CLOCK + r"\s*(?:[-–—]|to|until)\s*" + _CLOCK, re.I)
# a line that only dates and times something: no verb, short
SENTENCE_WORDS = re.compile(r"\b(?:is|was|were|are|will|has|have|had|met|held|said|the)\b", re.I)


@dataclass
class Notice:
    when: tuple[int, int]                 # the lines giving the date and the time
    venue: tuple[int, int] | None         # the venue's words, after any label


def find_notice(doc: Doc, start: int, end: int) -> Notice | None:
    """The details block between `start` (the headline) and `end` (the body's end), if any."""
    stop = min(end, start + WITHIN)
    return _labelled(doc, start, stop) or _schedule_line(doc, start, stop)


def _labelled(doc: Doc, start: int, stop: int) -> Notice | None:
    text = doc.text
    when: list[tuple[int, int]] = []
    venue = None
    last_end = None
    labels = sorted(list(LABELLED.finditer(text, start, stop)) + list(LABEL_OVER_VALUE.finditer(text, start, stop)),
                    key=lambda m: m.start())
    for m in labels:
        if last_end is not None and text[last_end:m.start()].count("\n") > 2:
            break       # one block: its lines together
        label = m.group("label").lower()
        if label in VENUE_LABELS:
            venue = venue or m.span("value")
        else:
            when.append(m.span("value"))
        last_end = m.end()
    # a "Date:" alone may be the page's own date; a notice times the event too
    if not when or not any(find_dates(text, s, e) for s, e in when) \
            or not any(CLOCK.search(text, s, e) for s, e in when):
        return None
    return Notice((when[0][0], when[-1][1]), venue)


# (its zone after it: "9:30 AM – 11:00 AM EDT", "15:00 - 16:30 (CET)")
DATE_THEN_RANGE = re.compile(r"[ \t]*\n[ \t]*(?P<range>" + _CLOCK + r"\s*(?:[-–—]|to|until)\s*" + _CLOCK
                             + r"(?:[ \t]+(?-i:[A-Z]{2,5})|[ \t]*\([^)\n]{1,40}\))?)[ \t]*(?=\n)", re.I)
_WEEKDAY_DATE = re.compile(r"[ \t]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+[^\n]{4,30}?\d{4}[ \t]*$")


def _weekday_date_only(text: str, s: int, e: int) -> bool:
    """A line that is a weekday and a date, nothing more ("Tuesday 3 November 2026")."""
    return _WEEKDAY_DATE.match(text[s:e]) is not None


def _schedule_line(doc: Doc, start: int, stop: int) -> Notice | None:
    """A line of a date with its year and a time, alone, among the first lines of the page."""
    text = doc.text
    for line in doc.lines:
        if line.start < start or line.start >= stop:
            continue
        s, e = line.start, line.end
        words = text[s:e]
        if not words.strip() or len(words) > 90 or SENTENCE_WORDS.search(words):
            continue
        # a start and an end: a page's own time stamp ("10 Feb 2026 13:12") has one clock
        if not CLOCK_RANGE.search(words):
            # ... or the date on its line and the times on the next: "Tuesday 3 November 2026" / "15:00 - 16:30"
            nxt_line = DATE_THEN_RANGE.match(text, e)
            if nxt_line is None or not _weekday_date_only(text, s, e):
                continue
            e = nxt_line.end("range")
        dates = [d for d in find_dates(text, s, e) if d.year is not None]
        if not dates:
            continue
        nxt = text.find("\n", e + 1)
        venue_end = len(text) if nxt < 0 else nxt
        venue_line = text[e + 1:venue_end]
        venue = None
        if venue_line.strip() and "," in venue_line and len(venue_line) <= 120 \
                and not SENTENCE_WORDS.search(venue_line) and not find_dates(text, e + 1, venue_end):
            lead_space = len(venue_line) - len(venue_line.lstrip())
            venue = (e + 1 + lead_space, e + 1 + len(venue_line.rstrip()))
        return Notice((s, e), venue)
    return None
