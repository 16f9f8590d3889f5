"""Time zones and UTC offsets, offline and machine-independent.

Every zone is read from the files of the `tzdata` package (never the machine's
/usr/share/zoneinfo), so an offset computed here is the same on every machine that has the
same tzdata version. Zones are loaded on first use and kept.

Times in a daylight-saving gap (missing) or overlap (ambiguous) are read with fold=0, the
earlier reading: for a missing time, the offset in force just before the gap; for an
ambiguous time, its first occurrence. `resolve_local` says which case a time fell in.

Stated zones ("(Japan time)", "JST", "EDT", "UTC+05:30", "local time") are grammar data in
lexicon/stated_zones.json. Abbreviations that name more than one zone in practice ("CST":
US Central or China; "IST": India, Ireland or Israel; "AST"; "GST") parse to None.
"""
from __future__ import annotations

import datetime as _dt
import functools
import json
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Union
from zoneinfo import ZoneInfo

from . import fastre
from ..errors import ReadoutsError
from .text import squash

if TYPE_CHECKING:  # pragma: no cover
    from .geo import City

__all__ = [
    "UnknownZoneError", "StatedZone", "LocalTime", "ZoneMention",
    "get_zone", "is_zone", "canonical_zone", "country_zones",
    "zone_for_place", "resolve_local", "offset_at", "is_ambiguous_or_missing",
    "parse_offset", "format_offset", "parse_stated_zone", "settle_stated_zone", "find_stated_zones",
    "STATED_ZONE_PATTERN", "to_utc", "format_utc", "convert",
]

UTC = _dt.timezone.utc


def _resources():
    import importlib.resources  # deferred: importing it costs ~8 ms at start-up
    return importlib.resources


class UnknownZoneError(ReadoutsError, KeyError):
    """A name that is not an IANA zone in the tzdata package."""
    code = "unknown_zone"

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"unknown time zone: {self.name!r}"


# --- tzdata access --------------------------------------------------------------------------

_ZONE_NAME = fastre.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*")


def _tz_file(*parts: str):
    return _resources().files("tzdata").joinpath("zoneinfo", *parts)


@functools.cache
def _zone_names() -> frozenset[str]:
    """Every zone name (links included) that the tzdata package ships."""
    text = _resources().files("tzdata").joinpath("zones").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@functools.cache
def _zone_tab() -> dict[str, tuple[str, ...]]:
    """zone.tab: ISO country code -> its zones, in the file's order (the main zone first)."""
    out: dict[str, list[str]] = {}
    for line in _tz_file("zone.tab").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        out.setdefault(fields[0], []).append(fields[2])
    return {cc: tuple(zs) for cc, zs in out.items()}


@functools.cache
def _zone_tab_zones() -> frozenset[str]:
    return frozenset(z for zs in _zone_tab().values() for z in zs)


@functools.cache
def _links() -> dict[str, str]:
    """Backward-compatible link name -> target, from tzdata.zi's 'L' lines."""
    out = {}
    for line in _tz_file("tzdata.zi").read_text(encoding="utf-8").splitlines():
        if line.startswith("L "):
            _, target, link = line.split()
            out[link] = target
    return out


def is_zone(name: str) -> bool:
    """True if `name` is an IANA zone (or link) in the tzdata package."""
    return isinstance(name, str) and name in _zone_names()


_zone_lock = threading.Lock()
_zone_cache: dict[str, ZoneInfo] = {}


def get_zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, read from the tzdata package; raises UnknownZoneError."""
    z = _zone_cache.get(name)
    if z is not None:
        return z
    if not isinstance(name, str) or not _ZONE_NAME.fullmatch(name) or name not in _zone_names():
        raise UnknownZoneError(str(name))
    with _zone_lock:
        z = _zone_cache.get(name)
        if z is None:
            with _tz_file(*name.split("/")).open("rb") as f:
                z = ZoneInfo.from_file(f, key=name)
            _zone_cache[name] = z
    return z


def canonical_zone(name: str) -> str:
    """The zone.tab name for a deprecated alias ("Europe/Kiev" -> "Europe/Kyiv",
    "Asia/Calcutta" -> "Asia/Kolkata"); other names unchanged. Raises UnknownZoneError."""
    if name in _zone_tab_zones():
        return name
    if not is_zone(name):
        raise UnknownZoneError(str(name))
    target = _links().get(name)
    if target is not None and target in _zone_tab_zones():
        return target
    return name


def country_zones(iso2: str) -> tuple[str, ...]:
    """The zones tzdata's zone.tab lists for a country (ISO alpha-2), main zone first."""
    return _zone_tab().get(iso2.upper(), ()) if isinstance(iso2, str) else ()


def zone_country(zone: str) -> str | None:
    """The one country whose zones tzdata's zone.tab lists `zone` among ("Europe/Madrid" -> "ES");
    None for a zone several countries share or none lists."""
    owners = [code for code, zones in _zone_tab().items() if zone in zones]
    return owners[0] if len(owners) == 1 else None


def zone_for_place(city: "City | None", country: str | None) -> str | None:
    """The city's zone, else the country's single zone in practice, else None."""
    if city is not None and city.timezone:
        return city.timezone
    if country:
        from .geo import country_timezone
        return country_timezone(country)
    return None


# --- offsets --------------------------------------------------------------------------------

_OFFSET = fastre.compile(
    r"(?:(?:UTC|GMT|UT)\s*)?([+\-\u2212\u2013])\s*(\d{1,2})(?:(?::|\.)?(\d{2}))?", re.IGNORECASE)


def format_offset(offset: int | _dt.timedelta) -> str:
    """Minutes east of UTC (or a timedelta) as "+HH:MM" / "-HH:MM" (seconds are dropped)."""
    if isinstance(offset, _dt.timedelta):
        seconds = int(offset.total_seconds())
        minutes = abs(seconds) // 60 * (1 if seconds >= 0 else -1)
    else:
        minutes = int(offset)
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def parse_offset(s: str) -> int | None:
    """"+09:00", "-0330", "+5", "UTC+05:30", "GMT-3", "UTC", "Z" -> minutes east of UTC; else None."""
    if not isinstance(s, str):
        return None
    s = s.strip()
    if s in ("Z", "UTC", "GMT", "UT"):
        return 0
    m = _OFFSET.fullmatch(s)
    if not m:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    total = hours * 60 + minutes
    return -total if m.group(1) != "+" else total


def _as_date(d: _dt.date | str) -> _dt.date:
    if isinstance(d, _dt.datetime):
        return d.date()
    if isinstance(d, _dt.date):
        return d
    if isinstance(d, str):
        return _dt.date.fromisoformat(d.strip())
    raise TypeError(f"expected a date or 'YYYY-MM-DD', got {type(d).__name__}")


def _as_time(t: _dt.time | str) -> _dt.time:
    if isinstance(t, _dt.time):
        if t.tzinfo is not None:
            raise ValueError("expected a local (naive) time")
        return t.replace(fold=0)
    if isinstance(t, str):
        return _dt.time.fromisoformat(t.strip())
    raise TypeError(f"expected a time or 'HH:MM', got {type(t).__name__}")


@dataclass(frozen=True, slots=True)
class LocalTime:
    """A local wall time read in a zone."""
    zone: str
    local: _dt.datetime            # aware, fold=0
    utc: _dt.datetime              # aware, UTC
    offset_minutes: int
    kind: Literal["normal", "ambiguous", "missing"]

    @property
    def offset(self) -> str:
        return format_offset(self.offset_minutes)


def resolve_local(zone: str, date: _dt.date | str, time: _dt.time | str) -> LocalTime:
    """Read a local date and time in an IANA zone (fold=0), saying whether the wall time was
    ambiguous (it happened twice: a clock went back) or missing (a clock went forward over it)."""
    tz = get_zone(zone)
    naive = _dt.datetime.combine(_as_date(date), _as_time(time))
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    off0, off1 = first.utcoffset(), second.utcoffset()
    assert off0 is not None and off1 is not None
    utc = first.astimezone(UTC)
    kind: Literal["normal", "ambiguous", "missing"] = "normal"
    if off0 != off1:
        back = utc.astimezone(tz).replace(tzinfo=None)
        kind = "ambiguous" if back == naive else "missing"
    return LocalTime(zone=zone, local=first, utc=utc,
                     offset_minutes=int(off0.total_seconds()) // 60, kind=kind)


def offset_at(zone: str, date: _dt.date | str, time: _dt.time | str) -> str:
    """The UTC offset ("+HH:MM") in force in `zone` at that local date and time.

    `zone` is an IANA name, or a fixed offset such as "+05:30" (returned as is, normalised).
    Ambiguous and missing wall times are read with fold=0; see `resolve_local`."""
    fixed = parse_offset(zone) if not is_zone(zone) else None
    if fixed is not None:
        return format_offset(fixed)
    return resolve_local(zone, date, time).offset


def is_ambiguous_or_missing(zone: str, date: _dt.date | str, time: _dt.time | str) -> bool:
    """True if the local time happened twice or not at all in `zone` (a DST switch, Samoa 2011)."""
    return resolve_local(zone, date, time).kind != "normal"


# --- stated zones ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class StatedZone:
    """A zone as a text states it.

    `offset_minutes`, when set, is what the label itself means ("EDT" is -04:00 whatever the
    date) and wins over `zone`, which is then only a hint of the region. Without an offset,
    `zone` is an IANA name whose offset depends on the date ("Japan time", "Eastern Time").
    `local` marks "local time": the zone of the place where the event was held."""
    zone: str | None = None
    offset_minutes: int | None = None
    local: bool = False

    @property
    def is_fixed(self) -> bool:
        return self.offset_minutes is not None

    def tzinfo(self) -> _dt.tzinfo:
        if self.offset_minutes is not None:
            return _dt.timezone(_dt.timedelta(minutes=self.offset_minutes))
        if self.zone is not None:
            return get_zone(self.zone)
        raise ValueError("'local time' has no zone of its own: resolve the place first")

    def offset_at(self, date: _dt.date | str, time: _dt.time | str) -> str:
        if self.offset_minutes is not None:
            return format_offset(self.offset_minutes)
        if self.zone is not None:
            return offset_at(self.zone, date, time)
        raise ValueError("'local time' has no zone of its own: resolve the place first")


@dataclass(frozen=True, slots=True)
class ZoneMention:
    """A stated zone found in a text: characters [start, end); `zone` None when the label
    is ambiguous (e.g. "IST") or names a country with several zones ("American time")."""
    start: int
    end: int
    zone: StatedZone | None


@functools.cache
def _stated_data() -> dict:
    path = _resources().files(__package__).joinpath("lexicon", "stated_zones.json")
    raw = json.loads(path.read_text(encoding="utf-8"))

    def entry(spec: dict) -> StatedZone | None:
        if "ambiguous" in spec:
            return None
        if spec.get("local"):
            return StatedZone(local=True)
        off = parse_offset(spec["offset"]) if "offset" in spec else None
        return StatedZone(zone=spec.get("zone"), offset_minutes=off)

    return {
        "ambiguous": {k: (tuple(v["ambiguous"]), v.get("default")) for k, v in raw["abbreviations"].items()
                      if "ambiguous" in v},
        "abbr": {k: entry(v) for k, v in raw["abbreviations"].items()},
        "phrases": {_norm_phrase(k): entry(v) for k, v in raw["phrases"].items()},
        "cities": {_norm_phrase(k): v for k, v in raw["cities"].items()},
        "city_names": list(raw["cities"]),
    }


def _norm_phrase(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2212", "-").replace("\u2013", "-")
    return squash(s).strip().casefold()


_PLACE_TIME = fastre.compile(r"(.+?)\s+(?:(local|standard|summer|daylight)\s+)?time", re.IGNORECASE)
# French, Spanish and Portuguese put the place after the word for time: "heure de Madagascar",
# "hora de Madrid", "horário de Brasília", "heure d'Abidjan"
# (and Italian: "ora di Roma")
_ROMANCE_CLOCK = r"(?:[Hh]eure|[Hh]ora|[Hh]or[aá]rio|[Oo]ra)\s+(?:officielle\s+|oficial\s+)?(?:de\s+la\s+|de\s+|d['’]\s?|del\s+|da\s+|do\s+|di\s+)"
_PLACE_CLOCK = fastre.compile(_ROMANCE_CLOCK + r"(.+)")


def stated_place(label: str) -> str | None:
    """The place a stated zone names, as written: "Taipei time" -> "Taipei"; None for "JST", "UTC+8"."""
    m = _PLACE_TIME.fullmatch(label.strip())
    return m.group(1).strip() if m else None


def parse_stated_zone(s: str) -> StatedZone | None:
    """Read a stated zone: "JST", "(Japan time)", "Japan Standard Time", "Tokyo time",
    "EDT", "Eastern Time", "CET", "GMT+1", "UTC+05:30", "UTC-3", "AEDT", "local time".
    None for anything else, including ambiguous labels ("CST", "IST") and countries with
    several zones ("US time")."""
    if not isinstance(s, str):
        return None
    s = s.strip().strip("()[]").strip().rstrip(".,;:").strip()
    if not s or len(s) > 80:
        return None
    data = _stated_data()
    if s in data["abbr"]:
        return data["abbr"][s]
    if re.fullmatch(r"(?:UTC|GMT|UT)\s*[+\-\u2212\u2013].*", s):
        off = parse_offset(s)
        return StatedZone(offset_minutes=off) if off is not None else None
    key = _norm_phrase(s)
    if key in data["phrases"]:
        return data["phrases"][key]
    m = _PLACE_TIME.fullmatch(s) or _PLACE_CLOCK.fullmatch(s)
    if not m:
        return None
    place = m.group(1).strip()
    zone = data["cities"].get(_norm_phrase(place))
    if zone is None:
        from .geo import capital_of, country_code, country_timezone, lookup_city
        code = country_code(place)
        zone = country_timezone(code) if code else None
        if zone is None and capital_of(place):
            city = lookup_city(place, capital_of(place))
            zone = city.timezone if city is not None else None
        if zone is None:
            city = lookup_city(place)       # "Adelaide time", "Cape Town time": any city of the gazetteer
            zone = city.timezone if city is not None else None
        if zone is None:
            from .geo import lookup_region
            region = lookup_region(place)   # "Chatham Islands time": islands or a state with a zone of its own
            zone = region.timezone if region is not None else None
    if zone is None:
        return None
    return StatedZone(zone=zone)


def settle_stated_zone(s: str, place_zone: str | None, country: str | None) -> StatedZone | None:
    """An abbreviation several zones use ("BST": British Summer or Bangladesh Standard Time;
    "IST"), read in context: the zone of the place, or one of the country's zones, else the
    label's usual reading when it has one. None when it is no such label or nothing settles it."""
    if not isinstance(s, str):
        return None
    label = s.strip().strip("()[]").strip().rstrip(".,;:").strip()
    spec = _stated_data()["ambiguous"].get(label)
    if spec is None:
        return None
    candidates, default = spec
    own = set(country_zones(country)) if country else set()
    for zone in candidates:
        if zone == place_zone or zone in own:
            return StatedZone(zone=zone)
    return StatedZone(zone=default) if default else None


# Capitalised words, then "time": checked against the known places in Python, since a pattern
# listing every country, city and capital took 170 ms to compile at each start-up
_PLACE_WORDS = r"[A-Z][\w’'.-]*(?:[ \t]+(?:de|da|do|del|es|of|al|el|la|le|[A-Z][\w’'.-]*)){0,4}"


@functools.cache
def _stated_pattern() -> re.Pattern[str]:
    from .geo import trie_regex
    data = _stated_data()
    abbr = trie_regex(data["abbr"])
    phrases = trie_regex(sorted(data["phrases"]))
    offset = r"(?:UTC|GMT)\s?[+\-\u2212\u2013]\s?\d{1,2}(?::?\d{2})?(?!\d)"
    body = (rf"{offset}|(?i:{phrases})|{abbr}"
            rf"|(?P<place>{_PLACE_WORDS})\s+(?i:(?:local|standard|summer|daylight)\s+)?(?i:time)"
            rf"|{_ROMANCE_CLOCK}(?P<after>{_PLACE_WORDS})")
    return fastre.compile(rf"(?<![\w+\-])(?:{body})(?!\w)")


@functools.cache
def _time_places() -> frozenset[str]:
    """Places a text may tell the time by: countries, the lexicon's cities, national capitals
    ("Apia time", "Nuku'alofa time"), and islands or states with a zone of their own ("Phoenix
    Islands time")."""
    from .geo import _country_strings, _venues, capital_names, lookup_region
    regions = (name for name in _venues()["region_names"] if (r := lookup_region(name)) is not None and r.timezone)
    return frozenset(_country_strings()) | frozenset(_stated_data()["city_names"]) | frozenset(capital_names()) \
        | frozenset(regions)


def _known_place_start(text: str, m: re.Match) -> int | None:
    """Where the known place of "<words> time" begins: the longest run of its last words that
    names one ("Central Tokyo time" -> "Tokyo"); None when none does."""
    s, e = m.span("place")
    words = [w for w in re.finditer(r"\S+", text[s:e])]
    places = _time_places()
    for w in words:
        if text[s + w.start():e][:1].isupper() and text[s + w.start():e] in places:
            return s + w.start()
    return None


def _known_place_end(text: str, m: re.Match) -> int | None:
    """Where the known place of "heure de <words>" ends: the longest run of its first words
    that names one ("heure de Madagascar, soit ..." -> "Madagascar"); None when none does."""
    s, e = m.span("after")
    places = _time_places()
    ends = [s + w.end() for w in re.finditer(r"\S+", text[s:e])]
    for end in reversed(ends):
        if text[s:end] in places:
            return end
    return None


def find_stated_zones(text: str) -> list[ZoneMention]:
    """Every stated zone in `text`, in order, as (start, end, StatedZone or None)."""
    out = []
    for m in _stated_pattern().finditer(text):
        start, end = m.start(), m.end()
        if m.group("place") is not None:
            start = _known_place_start(text, m)
            if start is None:
                continue
        elif m.group("after") is not None:
            end = _known_place_end(text, m)
            if end is None:
                continue
        out.append(ZoneMention(start, end, parse_stated_zone(text[start:end])))
    return out


def __getattr__(name: str):
    if name == "STATED_ZONE_PATTERN":   # compiled on first use, keeping the import cheap
        return _stated_pattern()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- conversions ----------------------------------------------------------------------------

ZoneLike = Union[str, int, StatedZone, _dt.tzinfo]


def _tzinfo(where: ZoneLike) -> _dt.tzinfo:
    if isinstance(where, StatedZone):
        return where.tzinfo()
    if isinstance(where, _dt.tzinfo):
        return where
    if isinstance(where, bool):
        raise TypeError("expected a zone, an offset or minutes")
    if isinstance(where, int):
        return _dt.timezone(_dt.timedelta(minutes=where))
    if isinstance(where, str):
        if is_zone(where):
            return get_zone(where)
        off = parse_offset(where)
        if off is not None:
            return _dt.timezone(_dt.timedelta(minutes=off))
        raise UnknownZoneError(where)
    raise TypeError(f"expected a zone, an offset or minutes, got {type(where).__name__}")


def to_utc(date: _dt.date | str, time: _dt.time | str, zone_or_offset: ZoneLike) -> _dt.datetime:
    """The aware UTC datetime of a local date and time in a zone (IANA name), a fixed offset
    ("+05:30", minutes east of UTC) or a StatedZone. Gaps and overlaps are read with fold=0."""
    naive = _dt.datetime.combine(_as_date(date), _as_time(time))
    return naive.replace(tzinfo=_tzinfo(zone_or_offset), fold=0).astimezone(UTC)


def format_utc(dt: _dt.datetime) -> str:
    """An aware datetime as "YYYY-MM-DDTHH:MM:SSZ"."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("format_utc needs an aware datetime")
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def convert(date: _dt.date | str, time: _dt.time | str, from_zone: ZoneLike,
            to_zone: ZoneLike) -> tuple[_dt.date, _dt.time]:
    """The local date and time in `to_zone` of a local date and time in `from_zone`
    (e.g. to check a stated Japan time against the local time of the venue)."""
    there = to_utc(date, time, from_zone).astimezone(_tzinfo(to_zone))
    return there.date(), there.time().replace(tzinfo=None, fold=0)
