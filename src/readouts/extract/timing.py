"""From a local time and a place (or a stated zone) to an IANA zone, a UTC offset and UTC
instants, following GOLD.md: the offset in force at that date and time where the time is
given (daylight saving counts), or what a stated zone says."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from ..model import Fact, Problem, Span, derived
from . import geo, zones
from .data import load
from .when import When

REMOTE = {"telephone_talk", "video_conference"}


@dataclass
class Timing:
    utc_offset: Fact[str] | None = None
    timezone: Fact[str] | None = None
    start_utc: Fact[str] | None = None
    end_utc: Fact[str] | None = None
    problems: list[Problem] = field(default_factory=list)
    # set when the text gave the time in another zone than the venue's: the local date and time
    date: Fact[str] | None = None
    start_time: Fact[str] | None = None


def _home_zone(home: str | None) -> str | None:
    if home is None:
        return None
    capitals = load("home_zones.json")["zones"]
    return capitals.get(home) or geo.country_timezone(home)


def _home_zone_at(home: str, when: When, fixed: str) -> str | None:
    """The home country's zone when it is at the stated offset on that date, else None."""
    zone = _home_zone(home)
    if zone is None or when.date_value is None or when.time_value is None or not zones.is_zone(zone):
        return None
    return zone if zones.offset_at(zone, when.date_value, when.time_value) == fixed else None


# the years a readout with no date at all may come from: a zone's offset is known without a date
# only when it has not moved in any of them (Buenos Aires kept summer time in 2007-2009)
UNDATED_YEARS = range(1995, dt.date.today().year + 1)


def _steady_offset(zone: str, year: int | None) -> str | None:
    """The zone's offset when it is the same all year (no daylight saving), else None; with no
    year known, the same in every year a readout may come from."""
    offsets = {zones.offset_at(zone, dt.date(y, m, 15), dt.time(12))
               for y in ((year,) if year is not None else UNDATED_YEARS) for m in (1, 7)}
    return offsets.pop() if len(offsets) == 1 else None


def resolve(when: When, event_type: str | None, place_zone: str | None, place_fact: Fact | None,
            home: tuple[str, int, int] | None, reference_year: int | None,
            home_region: tuple[str, Fact] | None = None) -> Timing:
    """The event's clock. `home_region` is the zone of the province or state whose government
    publishes (a call from Manitoba's premier is on Winnipeg's clock, not Ottawa's)."""
    out = Timing()
    time_fact = when.start_time
    zone: str | None = None
    zone_source: list[Fact | None] = []
    fixed: str | None = None
    guessed = False

    stated = zones.parse_stated_zone(when.stated_zone.value) if when.stated_zone else None
    if stated is not None and place_zone is not None and when.local_marked is not None \
            and when.local_marked.spans[0].end <= when.stated_zone.spans[0].start:
        # "9:30 a.m. local time (CDT)" in Havana: the venue's clock, whose abbreviation another zone shares
        stated = None
    if stated is None and when.stated_zone:
        # "4:30 pm (BST)" on a page from Dhaka is Bangladesh's time, on one from London Britain's
        stated = zones.settle_stated_zone(when.stated_zone.value, place_zone, home[0] if home else None)
    local = _held_elsewhere(when, stated, event_type, place_zone, place_fact)
    if local is not None:
        # "a working lunch in Darwin ... from 11:30 a.m. (Japan time)": start_time and the date
        # are the venue's clock (record contract), so the stated time is converted
        out = resolve(local, event_type, place_zone, place_fact, home, reference_year, home_region)
        out.date, out.start_time = local.date, local.start_time
        return out
    if stated is not None and not stated.local:
        if stated.offset_minutes is not None:
            fixed = zones.format_offset(stated.offset_minutes)
            zone = place_zone or stated.zone
            if zone is None and event_type in REMOTE and home is not None:
                # "10:00 GMT" on a call from Freetown: the home zone, when its clock reads the same
                zone = _home_zone_at(home[0], when, fixed)
        else:
            zone = stated.zone
        zone_source = [when.stated_zone]
    elif place_zone is not None and not (event_type in REMOTE and place_fact is None):
        zone, zone_source = place_zone, [place_fact]
    elif event_type in REMOTE and home_region is not None:
        zone, zone_source = home_region[0], [home_region[1]]
    elif event_type in REMOTE and home is not None:
        zone = _home_zone(home[0])
        zone_source = [Fact.at(home[0], home[1], home[2])]
        guessed = True      # the capital's clock, for a country of several zones only a guess

    if zone is not None:
        out.timezone = derived(zone, *zone_source)
    if time_fact is None:
        return out

    date = when.date_value
    offset: str | None = None
    if fixed is not None:
        offset = fixed
        if zone and date and zones.is_zone(zone):
            there = zones.offset_at(zone, date, when.time_value)
            if there != fixed:
                out.problems.append(Problem("stated_zone_mismatch",
                                            f"the stated zone gives {fixed} but the place is at {there} on that date",
                                            when.stated_zone.spans))
    elif zone is not None and date is not None:
        local = zones.resolve_local(zone, date, when.time_value)
        offset = local.offset
        if local.kind != "normal":
            out.problems.append(Problem(f"local_time_{local.kind}",
                                        f"{time_fact.value} on {date} is {local.kind} in {zone} (daylight saving change)",
                                        time_fact.spans))
    elif zone is not None:
        offset = _steady_offset(zone, reference_year)

    pair = _offset_from_pair(when)
    if pair is not None:
        pair_offset, pair_fact = pair
        if offset is None or (guessed and offset != pair_offset and len(zones.country_zones(home[0])) > 1):
            # "2:00 p.m. (4:00 p.m. in Ottawa)" on a call from Regina: the two clocks, not the capital's
            offset = pair_offset
            zone_source = [pair_fact]
            if out.timezone is not None and zone is not None and date is not None \
                    and zones.offset_at(zone, date, when.time_value) != offset:
                out.timezone = None
        elif offset != pair_offset:
            out.problems.append(Problem("stated_time_mismatch",
                                        f"the local time and the stated {pair_fact.value} time imply {pair_offset}, "
                                        f"but the place gives {offset}", time_fact.spans + pair_fact.spans))
    if offset is None:
        return out
    out.utc_offset = derived(offset, time_fact, *zone_source, when.date)
    if date is not None:
        start = zones.to_utc(date, when.time_value, offset)
        out.start_utc = derived(zones.format_utc(start), time_fact, when.date, out.utc_offset)
        if when.duration is not None:
            end = start + dt.timedelta(minutes=when.duration.value)
            out.end_utc = derived(zones.format_utc(end), out.start_utc, when.duration)
    return out


def _held_elsewhere(when: When, stated: zones.StatedZone | None, event_type: str | None,
                    place_zone: str | None, place_fact: Fact | None) -> When | None:
    """An in-person event whose time the text gives in another zone than the venue's: the
    When with the venue's local date and time (citing the stated time, its zone and the place)."""
    if stated is None or stated.local or event_type in REMOTE or place_zone is None or place_fact is None \
            or when.date_value is None or when.time_value is None or not zones.is_zone(place_zone):
        return None
    source: zones.ZoneLike = stated.offset_minutes if stated.offset_minutes is not None else stated.zone
    if source is None:
        return None
    if zones.to_utc(when.date_value, when.time_value, source).utcoffset() is None:
        return None
    there_date, there_time = zones.convert(when.date_value, when.time_value, source, place_zone)
    if (there_date, there_time) == (when.date_value, when.time_value):
        return None     # the same clock: nothing to convert
    time_fact = derived(there_time.strftime("%H:%M"), when.start_time, when.stated_zone, place_fact)
    date_fact = derived(there_date.isoformat(), when.date, when.start_time, when.stated_zone, place_fact)
    return dataclasses.replace(when, date=date_fact, date_value=there_date, start_time=time_fact,
                               time_value=there_time, stated_zone=None, equivalent=None)


def _offset_from_pair(when: When) -> tuple[str, Fact[str]] | None:
    """"4:35 p.m. (local time; March 19, 5:35 a.m. JST)": the local offset is what makes the
    two clocks agree."""
    if when.equivalent is None or when.time_value is None:
        return None
    eq_time, eq_label, eq_date = when.equivalent
    stated = zones.parse_stated_zone(eq_label.value)
    if stated is None or stated.local:
        return None
    ref = when.date_value or dt.date(2024, 1, 15)
    eq_offset = zones.parse_offset(stated.offset_at(eq_date or ref, dt.time(eq_time.hour, eq_time.minute)))
    local_minutes = when.time_value.hour * 60 + when.time_value.minute
    eq_minutes = eq_time.hour * 60 + eq_time.minute
    diff = eq_minutes - local_minutes
    if eq_date is not None and when.date_value is not None:
        diff += (eq_date - when.date_value).days * 1440
    else:
        while diff <= -300:
            diff += 1440
        while diff > 1140:
            diff -= 1440
    offset = eq_offset - diff
    if not -12 * 60 <= offset <= 14 * 60:
        return None
    return zones.format_offset(offset), Fact(eq_label.value, eq_label.spans + (Span(eq_time.start, eq_time.end),))
