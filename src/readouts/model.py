"""Typed records: every extracted value carries the character spans it came from.

The extraction core builds these; storage, exports and the CLI only read them.
`Record.to_dict()` is the JSON shape of `readouts extract` (see
`../shared/eval/record-contract.md`), with `evidence` mapping each value's path to its spans.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, Iterable, TypeVar

T = TypeVar("T")

EXTRACTOR_VERSION = "0.4.0"

EVENT_TYPES = ("meeting", "telephone_talk", "video_conference", "courtesy_call", "dialogue",
               "symposium", "meal", "other")
ROLES = ("principal", "counterpart", "moderator", "speaker", "attendee")


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of the document text."""
    start: int
    end: int

    def read(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True, slots=True)
class Fact(Generic[T]):
    """A value and the spans that support it (derived values cite every span they used)."""
    value: T
    spans: tuple[Span, ...] = ()

    @staticmethod
    def at(value: T, start: int, end: int) -> "Fact[T]":
        return Fact(value, (Span(start, end),))

    def citing(self, *others: "Fact | None") -> "Fact[T]":
        """The same value, also citing the spans of other facts."""
        spans = list(self.spans)
        for other in others:
            if other is not None:
                spans.extend(s for s in other.spans if s not in spans)
        return Fact(self.value, tuple(spans))


def derived(value: T, *sources: Fact | None) -> Fact[T]:
    """A value computed from other facts, citing all their spans."""
    return Fact(value).citing(*sources)


@dataclass(slots=True)
class Person:
    name: Fact[str]
    family_name: Fact[str] | None = None
    given_name: Fact[str] | None = None
    honorific: Fact[str] | None = None
    gender: Fact[str] | None = None
    titles: list[Fact[str]] = field(default_factory=list)
    organization: Fact[str] | None = None
    country: Fact[str] | None = None
    role: Fact[str] | None = None


@dataclass(slots=True)
class Office:
    """A principal the text leaves unnamed ("The Prime Minister spoke with ...")."""
    title: Fact[str]
    country: Fact[str] | None = None
    role: Fact[str] | None = None


@dataclass(slots=True)
class Location:
    venue: Fact[str] | None = None
    city: Fact[str] | None = None
    country: Fact[str] | None = None


@dataclass(slots=True)
class Reference:
    kind: str
    number: Fact[int]


@dataclass(slots=True)
class Series:
    name: Fact[str]
    number: Fact[int] | None = None


@dataclass(slots=True)
class Statement:
    """A point of what was said, attributed where the text says who said it."""
    text: Fact[str]                          # the words of the point, as a span
    speaker: int | None = None               # index into Event.participants, when attributed
    attribution: Fact[str] | None = None     # the words that attribute it ("Minister Ono stated")
    joint: bool = False                      # "the two ministers confirmed ..."


@dataclass(slots=True)
class Topic:
    """A topic tag from the vocabulary in extract/lexicon/topics.json, with its trigger words."""
    tag: str
    pillar: bool                             # one of the four WPS pillars
    evidence: Fact[str]


@dataclass(slots=True)
class Event:
    type: Fact[str] | None = None
    date: Fact[str] | None = None            # YYYY-MM-DD, local calendar date of the start
    start_time: Fact[str] | None = None      # HH:MM local
    utc_offset: Fact[str] | None = None      # +HH:MM
    timezone: Fact[str] | None = None        # IANA name
    start_utc: Fact[str] | None = None       # YYYY-MM-DDTHH:MM:SSZ
    end_utc: Fact[str] | None = None
    duration_minutes: Fact[int] | None = None
    location: Location = field(default_factory=Location)
    participants: list[Person] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    attendance: Fact[int] | None = None
    references: list[Reference] = field(default_factory=list)
    series: Series | None = None
    statements: list[Statement] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)

    @property
    def start_local(self) -> Fact[str] | None:
        if self.date is None or self.start_time is None:
            return None
        return derived(f"{self.date.value}T{self.start_time.value}", self.date, self.start_time)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the extractor noticed and could not settle."""
    code: str
    message: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """Why a document could not be read at all."""
    code: str
    message: str


@dataclass(slots=True)
class Document:
    source: str | None
    id: str | None = None                    # sha256 of the input bytes (or text), hex
    title: Fact[str] | None = None
    publisher: Fact[str] | None = None
    published: Fact[str] | None = None
    language: str | None = None
    truncated: Fact[bool] | None = None


@dataclass(slots=True)
class Record:
    document: Document
    text: str = ""
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    error: ErrorInfo | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        from .serialize import record_to_dict
        return record_to_dict(self, with_text=with_text)


def spans_of(facts: Iterable[Fact | None]) -> list[Span]:
    out: list[Span] = []
    for f in facts:
        if f is not None:
            out.extend(f.spans)
    return out
