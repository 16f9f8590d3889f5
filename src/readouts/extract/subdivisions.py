"""The first-level divisions of every state, by name (ISO 3166-2, from the pycountry package):
"Sonora" → MX, "Western Cape" → ZA, "Kaduna State" → NG. Read only for a title that names the
head of a state's or province's government; a name two countries share gives nothing."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import geo

# what a readout may add to a division's own name: "Kaduna State", "Tochigi Prefecture"
_KIND_AFTER = re.compile(r"\s+(?:State|Province|Region|Prefecture|Governorate|Department|Oblast|County|Territory)$",
                         re.I)
_THE = re.compile(r"^the\s+", re.I)
# one-word division names that are also plain words ("West" in Cameroon, "Delta" in Nigeria): a
# division only with its kind ("Delta State"), never alone ("the Governor of West Sepik")
_PLAIN_WORDS = frozenset({"north", "south", "east", "west", "south-west", "north-west", "delta", "gulf", "bay",
                          "lakes", "coast", "midlands", "central", "centre", "littoral", "plateau", "capital"})


@lru_cache(maxsize=1)
def _countries_by_name() -> dict[str, str]:
    """Division name (folded) → the one country that has a first-level division of that name."""
    import pycountry  # loaded only by the texts that need it (about 50 ms)

    found: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is None:
            # "Tatarstan, Respublika": ISO's kind after a comma, the name before it
            name, _, kind = division.name.partition(", ")
            names = (division.name, name) if kind.startswith("Respublik") else (division.name,)
            for key in dict.fromkeys(k for n in names for k in (geo.norm_text(n), _folded(n))):
                found.setdefault(key, set()).add(division.country_code)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|ad|at|az)[- ]", re.I)


def _folded(name: str) -> str:
    """A division's name as a text in plain letters may write it: no accents, no Arabic article
    ("Căușeni" → "causeni", "Al Mafraq" → "mafraq")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return "~" + _ARTICLE.sub("", geo.norm_text(plain).lower())


def subdivision_country(name: str) -> str | None:
    """The country whose first-level division `name` is ("the Western Cape", "Kaduna State")."""
    name = _THE.sub("", name.strip())
    table = _countries_by_name()
    bare = _KIND_AFTER.sub("", name)
    for candidate in dict.fromkeys((name, bare)):
        if candidate.lower() in _PLAIN_WORDS and bare == name:
            continue
        code = table.get(geo.norm_text(candidate)) or table.get(_folded(candidate))
        if code is not None:
            return code
    return None


def division_country(name: str) -> str | None:
    """The country of a state's division: the hand-kept regions first ("Bavaria", "Newfoundland and
    Labrador"), then ISO 3166-2."""
    region = geo.lookup_region(name)
    if region is not None and region.country:
        return region.country
    return subdivision_country(name)
