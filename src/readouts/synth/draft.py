"""A readout being written: its text in parts, and what a careful annotator would read off it
(the answer), kept in step as each sentence is added."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from .world import BY_ISO, Identity, Population

JST = "Asia/Tokyo"


@lru_cache(maxsize=None)
def zone(name: str) -> ZoneInfo:
    """The zone as the pinned tzdata package has it (not the machine's zone files), so the
    answers agree with what the extractor computes from the same package."""
    with resources.files("tzdata").joinpath("zoneinfo", *name.split("/")).open("rb") as f:
        return ZoneInfo.from_file(f, key=name)


def aware(d: dt.date, t: dt.time, tz: str) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, t.hour, t.minute, tzinfo=zone(tz))


def offset(d: dt.date, t: dt.time, tz: str) -> str:
    """The UTC offset in force at local d t in tz, as +HH:MM."""
    off = aware(d, t, tz).utcoffset()
    assert off is not None
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def convert(d: dt.date, t: dt.time, src: str, dst: str) -> tuple[dt.date, dt.time]:
    x = aware(d, t, src).astimezone(zone(dst))
    return x.date(), x.time()


@dataclass
class Part:
    """A participant as this readout shows them."""
    ident: Identity
    role: str
    name: str                          # as the text writes it, without honorific or title
    country: str | None
    organization: str | None
    gendered: bool = False             # the text itself says the gender
    forms: list[str] = field(default_factory=list)   # every way the text names them


class Draft:
    def __init__(self, rng: random.Random, pop: Population, style: str, publisher: str) -> None:
        self.rng = rng
        self.pop = pop
        self.style = style
        self.publisher = publisher
        self.parts: list[Part] = []
        self.chunks: list[str] = []
        self.published: dt.date | None = None
        self.type: str | None = None
        self.date: dt.date | None = None
        self.start_time: dt.time | None = None
        self.duration: int | None = None
        self.city: str | None = None
        self.country: str | None = None
        self.utc_offset: str | None = None
        self.attendance: int | None = None
        self.series: dict[str, Any] | None = None
        self.resolutions: list[str] = []
        self.offices: list[str] = []
        self.cut_from: int | None = None     # truncation may cut from here ...
        self.cut_to: int | None = None       # ... to here (the points, after every participant)
        self.cut_ok = True                   # False where the date evidence sits at the end

    # -- text -------------------------------------------------------------------------------
    def add(self, *chunks: str) -> None:
        self.chunks.extend(chunks)

    @property
    def length(self) -> int:
        return sum(len(c) for c in self.chunks)

    def mark_cut_from(self) -> None:
        self.cut_from = self.length

    def mark_cut_to(self) -> None:
        self.cut_to = self.length

    # -- participants ---------------------------------------------------------------------------
    def part(self, ident: Identity, role: str, name: str, gendered: bool = False) -> Part:
        for p in self.parts:
            if p.ident.pid == ident.pid:
                p.gendered = p.gendered or gendered
                return p
        p = Part(ident, role, name, ident.country if ident.organization is None else None,
                 ident.organization, gendered, [name])
        self.parts.append(p)
        return p

    def form(self, ident: Identity, written: str, gendered: bool = False) -> str:
        for p in self.parts:
            if p.ident.pid == ident.pid:
                if written not in p.forms:
                    p.forms.append(written)
                p.gendered = p.gendered or gendered
        return written

    def pronoun(self, ident: Identity, kind: str = "subject", capital: bool = False) -> str:
        """he/she, his/her: a pronoun that plainly refers to a named participant says their gender."""
        female = ident.gender == "female"
        word = {"subject": ("she", "he"), "possessive": ("her", "his")}[kind][0 if female else 1]
        for p in self.parts:
            if p.ident.pid == ident.pid:
                p.gendered = True
        return word.capitalize() if capital else word

    # -- time -------------------------------------------------------------------------------------
    def at_local(self, d: dt.date, t: dt.time | None, tz: str | None) -> None:
        self.date = d
        self.start_time = t
        self.utc_offset = offset(d, t, tz) if (t is not None and tz is not None) else None

    # -- answer -----------------------------------------------------------------------------------
    def answer(self, doc_id: str, text: str, truncated: bool) -> dict[str, Any]:
        iso = (lambda d: d.isoformat() if d else None)
        resolutions = [r for r in self.resolutions if r in text]
        people = []
        participants = []
        for p in self.parts:
            participants.append({
                "name": p.name, "family_name": p.ident.family, "role": p.role,
                "gender": p.ident.gender if p.gendered else None,
                "country": p.country, "organization": p.organization, "person_id": p.ident.pid})
            people.append({
                "person_id": p.ident.pid, "given_name": p.ident.given, "family_name": p.ident.family,
                "gender": p.ident.gender, "country": p.ident.country, "organization": p.ident.organization,
                "office": p.ident.title, "in_office": [p.ident.start, p.ident.end],
                "forms": [f for f in p.forms if f in text]})        # a truncated text may have lost some
        return {
            "id": doc_id,
            "source": f"synth://{self.style}/{doc_id}",
            "publisher": self.publisher,
            "truncated": truncated,
            "published": iso(self.published),
            "event": {
                "type": self.type,
                "date": iso(self.date),
                "start_time": self.start_time.strftime("%H:%M") if self.start_time else None,
                "duration_minutes": self.duration,
                "city": self.city,
                "country": self.country,
                "utc_offset": self.utc_offset,
                "participants": participants,
                "offices": self.offices,
                "attendance": self.attendance,
                "resolutions": list(dict.fromkeys(resolutions)),
                "series": self.series,
            },
            "people": people,
        }


def country_name(iso: str) -> str:
    return BY_ISO[iso].name
