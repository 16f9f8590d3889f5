"""Zones and offsets from the tzdata package: DST, odd offsets, changed rules, stated zones."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from readouts.extract import zones
from readouts.extract.geo import City, lookup_city
from readouts.extract.zones import (StatedZone, UnknownZoneError, ZoneMention, canonical_zone,
                                    convert, find_stated_zones, format_offset, format_utc,
                                    get_zone, is_ambiguous_or_missing, offset_at, parse_offset,
                                    parse_stated_zone, resolve_local, settle_stated_zone, to_utc,
                                    zone_for_place)

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.mark.parametrize("zone, day, expected", [
    # northern-hemisphere DST
    ("America/New_York", "2023-01-20", "-05:00"),
    ("America/New_York", "2023-03-20", "-04:00"),
    ("Europe/London", "2023-01-20", "+00:00"),
    ("Europe/London", "2023-07-20", "+01:00"),
    # southern-hemisphere DST
    ("Australia/Sydney", "2023-01-15", "+11:00"),
    ("Australia/Sydney", "2023-07-15", "+10:00"),
    ("America/Santiago", "2023-01-15", "-03:00"),
    ("America/Santiago", "2023-07-15", "-04:00"),
    # Brazil dropped DST in 2019
    ("America/Sao_Paulo", "2018-01-15", "-02:00"),
    ("America/Sao_Paulo", "2020-01-15", "-03:00"),
    # half-hour and 45-minute zones
    ("Asia/Kolkata", "2023-01-15", "+05:30"),
    ("Asia/Kathmandu", "2023-01-15", "+05:45"),
    ("Australia/Adelaide", "2023-01-15", "+10:30"),
    ("Australia/Adelaide", "2023-07-15", "+09:30"),
    ("America/St_Johns", "2023-01-15", "-03:30"),
    ("America/St_Johns", "2023-07-15", "-02:30"),
    # rules that changed
    ("Europe/Moscow", "2012-06-01", "+04:00"),
    ("Europe/Moscow", "2015-06-01", "+03:00"),
    ("Europe/Istanbul", "2015-01-15", "+02:00"),
    ("Europe/Istanbul", "2017-01-15", "+03:00"),
    ("Europe/Istanbul", "2023-07-15", "+03:00"),
    ("Asia/Almaty", "2024-02-15", "+06:00"),
    ("Asia/Almaty", "2024-03-15", "+05:00"),
    ("Pacific/Apia", "2011-12-29", "-10:00"),
    ("Pacific/Apia", "2011-12-31", "+14:00"),
    ("Asia/Tokyo", "2023-10-28", "+09:00"),
])
def test_offset_at(zone, day, expected):
    assert offset_at(zone, day, "12:00") == expected
    assert offset_at(zone, date.fromisoformat(day), time(12, 0)) == expected


def test_samoa_skipped_a_day():
    """Samoa went from 2011-12-29 straight to 2011-12-31: the 30th never happened there."""
    gone = resolve_local("Pacific/Apia", "2011-12-30", "12:00")
    assert gone.kind == "missing"
    assert gone.offset == "-10:00"  # fold=0: the offset in force before the jump
    assert is_ambiguous_or_missing("Pacific/Apia", "2011-12-30", "12:00")
    assert not is_ambiguous_or_missing("Pacific/Apia", "2011-12-31", "12:00")
    # the 29th at noon and the 31st at noon are 24 hours apart, not 48
    a = to_utc("2011-12-29", "12:00", "Pacific/Apia")
    b = to_utc("2011-12-31", "12:00", "Pacific/Apia")
    assert b - a == timedelta(hours=24)


def test_dst_gap_and_overlap():
    gap = resolve_local("America/New_York", "2023-03-12", "02:30")
    assert gap.kind == "missing" and gap.offset == "-05:00"
    assert format_utc(gap.utc) == "2023-03-12T07:30:00Z"
    overlap = resolve_local("America/New_York", "2023-11-05", "01:30")
    assert overlap.kind == "ambiguous" and overlap.offset == "-04:00"  # the first 01:30
    normal = resolve_local("America/New_York", "2023-11-05", "12:00")
    assert normal.kind == "normal" and normal.offset == "-05:00"
    assert resolve_local("Europe/London", "2023-03-26", "01:30").kind == "missing"
    assert resolve_local("Europe/London", "2023-10-29", "01:30").kind == "ambiguous"
    assert resolve_local("Asia/Tokyo", "2023-10-29", "01:30").kind == "normal"


def test_fixed_offsets_pass_through():
    assert offset_at("+05:30", "2020-01-01", "10:00") == "+05:30"
    assert offset_at("UTC-3", "2020-01-01", "10:00") == "-03:00"


@pytest.mark.parametrize("minutes, text", [
    (0, "+00:00"), (540, "+09:00"), (330, "+05:30"), (345, "+05:45"), (-210, "-03:30"),
    (-150, "-02:30"), (-30, "-00:30"), (840, "+14:00"),
])
def test_format_offset(minutes, text):
    assert format_offset(minutes) == text
    assert format_offset(timedelta(minutes=minutes)) == text
    assert parse_offset(text) == minutes


@pytest.mark.parametrize("text, minutes", [
    ("+9", 540), ("-0330", -210), ("UTC+05:30", 330), ("GMT-3", -180), ("UTC", 0), ("Z", 0),
    ("UTC\u22123", -180), ("+15:00", None), ("+05:75", None), ("nine", None), ("", None),
])
def test_parse_offset(text, minutes):
    assert parse_offset(text) == minutes


# --- tzdata only --------------------------------------------------------------------------

def test_zones_come_from_the_tzdata_package():
    tz = get_zone("Asia/Tokyo")
    assert tz is get_zone("Asia/Tokyo")  # cached
    assert str(tz) == "Asia/Tokyo"
    assert tz is not ZoneInfo("Asia/Tokyo")  # built from tzdata's file, not the key cache


def test_offsets_do_not_depend_on_the_machine_zone_files(tmp_path):
    """With the system zone search path pointed at an empty folder, nothing changes."""
    code = ("from readouts.extract.zones import offset_at\n"
            "print(offset_at('America/Sao_Paulo', '2018-01-15', '10:00'),"
            " offset_at('Asia/Kathmandu', '2023-01-15', '10:00'))\n")
    env = dict(os.environ, PYTHONPATH=str(SRC), PYTHONTZPATH=str(tmp_path), TZ="UTC")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["-02:00", "+05:45"]


@pytest.mark.parametrize("bad", ["Mars/Olympus", "../../etc/passwd", "zone.tab", "tzdata.zi",
                                 "Asia", "", "asia/tokyo", "Asia/Tokyo/", "/Asia/Tokyo"])
def test_unknown_zone(bad):
    with pytest.raises(UnknownZoneError):
        get_zone(bad)
    assert not zones.is_zone(bad)


def test_unknown_zone_is_a_readouts_error():
    from readouts.errors import ReadoutsError
    with pytest.raises(ReadoutsError):
        offset_at("Nowhere/City", "2020-01-01", "10:00")


def test_canonical_zone():
    assert canonical_zone("Europe/Kiev") == "Europe/Kyiv"
    assert canonical_zone("Asia/Calcutta") == "Asia/Kolkata"
    assert canonical_zone("Asia/Kuwait") == "Asia/Kuwait"   # a country's own zone.tab entry
    assert canonical_zone("Asia/Tokyo") == "Asia/Tokyo"
    with pytest.raises(UnknownZoneError):
        canonical_zone("Asia/Nowhere")


def test_country_zones():
    assert zones.country_zones("JP") == ("Asia/Tokyo",)
    assert zones.country_zones("US")[0] == "America/New_York"
    assert len(zones.country_zones("US")) > 10
    assert zones.country_zones("ZZ") == ()


def test_zone_for_place():
    tokyo = lookup_city("Tokyo")
    assert zone_for_place(tokyo, "JP") == "Asia/Tokyo"
    assert zone_for_place(City("Somewhere", "US", "America/Denver", 0), "US") == "America/Denver"
    assert zone_for_place(None, "BE") == "Europe/Brussels"
    assert zone_for_place(None, "US") is None
    assert zone_for_place(None, None) is None


# --- stated zones -------------------------------------------------------------------------

TOKYO = StatedZone(zone="Asia/Tokyo")
JST = StatedZone(zone="Asia/Tokyo", offset_minutes=540)
NEW_YORK = StatedZone(zone="America/New_York")


@pytest.mark.parametrize("written, expected", [
    ("JST", JST), ("Japan time", TOKYO), ("Japan Time", TOKYO), ("(Japan time)", TOKYO),
    ("Japan Standard Time", JST), ("Tokyo time", TOKYO), ("Japanese time", TOKYO),
    ("EST", StatedZone(zone="America/New_York", offset_minutes=-300)),
    ("EDT", StatedZone(zone="America/New_York", offset_minutes=-240)),
    ("ET", NEW_YORK), ("Eastern Time", NEW_YORK), ("eastern time", NEW_YORK),
    ("Washington time", NEW_YORK), ("Washington, D.C. time", NEW_YORK),
    ("New York local time", NEW_YORK),
    ("CET", StatedZone(offset_minutes=60)), ("CEST", StatedZone(offset_minutes=120)),
    ("GMT", StatedZone(offset_minutes=0)), ("UTC", StatedZone(offset_minutes=0)),
    ("GMT+1", StatedZone(offset_minutes=60)), ("UTC+05:30", StatedZone(offset_minutes=330)),
    ("UTC-3", StatedZone(offset_minutes=-180)), ("UTC\u22123", StatedZone(offset_minutes=-180)),
    ("AEST", StatedZone(zone="Australia/Sydney", offset_minutes=600)),
    ("AEDT", StatedZone(zone="Australia/Sydney", offset_minutes=660)),
    ("local time", StatedZone(local=True)), ("(local time)", StatedZone(local=True)),
    ("Korean time", StatedZone(zone="Asia/Seoul")),
    ("Indian Standard Time", StatedZone(zone="Asia/Kolkata", offset_minutes=330)),
    ("Brussels time", StatedZone(zone="Europe/Brussels")),
    ("Belgian time", StatedZone(zone="Europe/Brussels")),
])
def test_parse_stated_zone(written, expected):
    assert parse_stated_zone(written) == expected


@pytest.mark.parametrize("written", [
    "CST",          # US Central or China Standard Time
    "IST",          # India, Ireland or Israel
    "BST",          # British Summer or Bangladesh Standard Time
    "AST", "GST", "Central Standard Time",
    "American time", "US time", "Russian time",   # countries with several zones
    "jst", "time", "Question Time", "UTC+15", "", "random words", "Mars time",
])
def test_unresolvable_stated_zones(written):
    assert parse_stated_zone(written) is None


@pytest.mark.parametrize("written, place_zone, country, zone", [
    ("BST", None, "BD", "Asia/Dhaka"),           # a Bangladeshi release
    ("(BST)", "Asia/Dhaka", None, "Asia/Dhaka"),
    ("BST", "Europe/London", "GB", "Europe/London"),
    ("BST", None, None, "Europe/London"),        # its usual reading when nothing says otherwise
    ("IST", None, "IN", "Asia/Kolkata"),
    ("IST", "Europe/Dublin", None, "Europe/Dublin"),
    ("IST", None, "FR", None),                  # no reading fits: unknown
    ("JST", None, "BD", None),                  # not an ambiguous label
])
def test_ambiguous_labels_settled_by_place_or_country(written, place_zone, country, zone):
    settled = settle_stated_zone(written, place_zone, country)
    assert (settled.zone if settled else None) == zone


def test_stated_zone_offsets():
    assert JST.offset_at("2023-07-01", "10:00") == "+09:00"
    # a fixed label means its own offset whatever the date ("EST" in July is still -05:00)
    assert parse_stated_zone("EST").offset_at("2023-07-01", "10:00") == "-05:00"
    assert NEW_YORK.offset_at("2023-07-01", "10:00") == "-04:00"
    with pytest.raises(ValueError):
        StatedZone(local=True).offset_at("2023-07-01", "10:00")


def test_find_stated_zones():
    text = ("Talks began at 10:00 a.m. (Japan time) / 9 p.m. EDT on the previous day, "
            "14:00 UTC+05:30 in New Delhi (local time); a call at 3 p.m. CST; 8:00 GMT+1 "
            "and 7:00 JST. Question Time. The Japan Times. ESTABLISHED, BEST.")
    found = find_stated_zones(text)
    assert all(isinstance(m, ZoneMention) for m in found)
    assert [(text[m.start:m.end], m.zone) for m in found] == [
        ("Japan time", TOKYO),
        ("EDT", StatedZone(zone="America/New_York", offset_minutes=-240)),
        ("UTC+05:30", StatedZone(offset_minutes=330)),
        ("local time", StatedZone(local=True)),
        ("CST", None),
        ("GMT+1", StatedZone(offset_minutes=60)),
        ("JST", JST),
    ]
    assert zones.STATED_ZONE_PATTERN.search("at noon (Tokyo time)").group() == "Tokyo time"


# --- conversions --------------------------------------------------------------------------

def test_to_utc_and_format():
    assert format_utc(to_utc("2023-10-28", "11:35", "Asia/Tokyo")) == "2023-10-28T02:35:00Z"
    assert format_utc(to_utc("2023-09-20", "10:00", "America/New_York")) == "2023-09-20T14:00:00Z"
    assert format_utc(to_utc("2023-01-15", "09:00", "+05:45")) == "2023-01-15T03:15:00Z"
    assert format_utc(to_utc("2023-01-15", "09:00", -210)) == "2023-01-15T12:30:00Z"
    assert format_utc(to_utc("2023-01-15", "09:00", JST)) == "2023-01-15T00:00:00Z"
    assert format_utc(to_utc(date(2023, 1, 15), time(0, 30), "Asia/Tokyo")) == "2023-01-14T15:30:00Z"
    with pytest.raises(ValueError):
        format_utc(datetime(2023, 1, 1, 12))
    with pytest.raises(ValueError):
        to_utc("2023-01-15", "09:00", StatedZone(local=True))
    with pytest.raises(UnknownZoneError):
        to_utc("2023-01-15", "09:00", "Japan time")


def test_convert_japan_time_to_local_time():
    # 10:00 in New York on 20 September 2023 was 23:00 the same day in Tokyo
    assert convert("2023-09-20", "10:00", "America/New_York", "Asia/Tokyo") == (
        date(2023, 9, 20), time(23, 0))
    # and 09:00 Japan time the next morning was 20:00 the evening before in New York
    assert convert("2023-09-21", "09:00", TOKYO, "America/New_York") == (
        date(2023, 9, 20), time(20, 0))
    # Geneva in winter is eight hours behind Japan, in summer seven
    assert convert("2023-01-10", "18:00", "Asia/Tokyo", "Europe/Zurich") == (
        date(2023, 1, 10), time(10, 0))
    assert convert("2023-07-10", "18:00", "Asia/Tokyo", "Europe/Zurich") == (
        date(2023, 7, 10), time(11, 0))


ZONES = ["America/New_York", "Australia/Sydney", "America/Santiago", "America/Sao_Paulo",
         "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "America/St_Johns",
         "Europe/Moscow", "Pacific/Apia", "Europe/Istanbul", "Asia/Almaty", "Europe/London",
         "Asia/Tokyo", "Pacific/Chatham", "Australia/Lord_Howe", "Africa/Casablanca"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ZONES), st.dates(date(1971, 1, 1), date(2037, 12, 31)),
       st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_offset_agrees_with_utc(zone, day, at):
    r = resolve_local(zone, day, at)
    assert len(r.offset) == 6 and r.offset[0] in "+-" and r.offset[3] == ":"
    assert parse_offset(r.offset) == r.offset_minutes
    assert to_utc(day, at, zone) == r.utc
    if r.kind != "missing":
        # reading the UTC instant back in the zone gives the same wall time
        assert r.utc + timedelta(minutes=r.offset_minutes) == datetime.combine(
            day, at, tzinfo=timezone.utc)
        assert convert(day, at, zone, "UTC") == (r.utc.date(), r.utc.time().replace(tzinfo=None))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_stated_zone_parsing_never_raises(text):
    parse_stated_zone(text)
    for m in find_stated_zones(text):
        assert 0 <= m.start < m.end <= len(text)


def test_public_api():
    assert sorted(zones.__all__) == sorted([
        "UnknownZoneError", "StatedZone", "LocalTime", "ZoneMention", "get_zone", "is_zone",
        "canonical_zone", "country_zones", "zone_for_place", "resolve_local", "offset_at",
        "is_ambiguous_or_missing", "parse_offset", "format_offset", "parse_stated_zone", "settle_stated_zone",
        "find_stated_zones", "STATED_ZONE_PATTERN", "to_utc", "format_utc", "convert"])
    for name in zones.__all__:
        assert getattr(zones, name) is not None
