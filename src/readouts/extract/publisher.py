"""Who published the readout (where the page says so), and whose government it speaks for."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..model import Fact
from . import fastre, geo
from .data import load
from .subdivisions import division_country, subdivision_country
from .text import Doc, squash

JAPAN_TIME = fastre.compile(r"\bJST\b|\bJapan\s+(?:Standard\s+)?[Tt]ime\b")


@dataclass
class Publisher:
    name: Fact[str] | None
    country: Fact[str] | None       # ISO alpha-2 of the government it speaks for
    org: Fact[str] | None           # or the organisation (the EU's EEAS)
    host: Fact[str] | None = None   # the state an organisation's field office serves ("Mission in Libya")
    city: Fact[str] | None = None   # a city's own government ("City of Hobart"): the city


@lru_cache(maxsize=1)
def _specs() -> list[dict]:
    out = []
    for k, spec in enumerate(load("publishers.json")["publishers"]):
        keyword = spec.get("keyword")
        keywords = frozenset((keyword,) if isinstance(keyword, str) else (keyword or ()))
        out.append({**spec, "keywords": keywords, "index": k})
    return out


@lru_cache(maxsize=None)
def _pattern(k: int) -> re.Pattern:
    """A publisher's pattern, compiled the first time a page holds its keywords: of two hundred,
    a page needs a handful, and compiling them all cost a tenth of a second at start-up."""
    return fastre.compile(_specs()[k]["pattern"])


@lru_cache(maxsize=None)
def _pattern_any_case(k: int) -> re.Pattern:
    """The same pattern blind to case, for a masthead written in capitals ("AFRICAN UNION")."""
    return fastre.compile(_specs()[k]["pattern"], re.I)


def _patterns(present: set[str]):
    """(pattern, spec) in the lexicon's order for the publishers whose keywords the text holds,
    each pattern compiled when first asked for. Every publisher has keywords, so a page is
    matched against the handful it names, not all two hundred."""
    by_keyword = _specs_by_keyword()
    indexes = sorted({k for word in present for k in by_keyword.get(word, ())})
    specs = _specs()
    for k in indexes:
        yield _pattern(k), specs[k]


@lru_cache(maxsize=1)
def _specs_by_keyword() -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for spec in _specs():
        if not spec["keywords"]:
            raise ValueError(f"publisher without keywords: {spec['pattern'][:60]}")
        for word in spec["keywords"]:
            out.setdefault(word, []).append(spec["index"])
    return {word: tuple(ks) for word, ks in out.items()}


@lru_cache(maxsize=1)
def _all_keywords() -> tuple[str, ...]:
    return tuple(sorted({k for spec in _specs() for k in spec["keywords"]}))


@lru_cache(maxsize=1)
def _keyword_scanner() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """One pass over a text finds every keyword: a zero-width look-ahead tries the keyword trie
    at each position, the longest keyword there wins, and the keywords that are its prefixes
    come with it (they begin at the same place). Faster than a substring test per keyword."""
    keywords = _all_keywords()
    by_form: dict[str, set[str]] = {}
    for k in keywords:
        by_form.setdefault(geo.norm_text(k), set()).add(k)
    # each form with the forms that are its prefixes: its own prefixes looked up, not every pair compared
    closure = {form: frozenset(k for n in range(1, len(form) + 1) for k in by_form.get(form[:n], ()))
               for form in by_form}
    return re.compile(r"(?=(" + geo.trie_regex(keywords) + r"))"), closure


def _present(low: str) -> set[str]:
    """The publisher keywords found in a lower-cased text."""
    scanner, closure = _keyword_scanner()
    out: set[str] = set()
    for m in scanner.finditer(low):
        out |= closure.get(geo.norm_text(m.group(1)), frozenset())
    return out


MASTHEAD_LINES = 3      # the page's first lines: a publisher named there is the page's own


def _first(text: str, start: int, end: int, weak_ok: bool):
    """The publisher a page's masthead names (the earliest match in its first lines), else
    the first publisher pattern (in the lexicon's order) found in text[start:end]."""
    if start == 0:
        masthead = _in_masthead(text, _masthead_end(text, start), weak_ok)
        if masthead is not None:
            return masthead
    present = _present(text[start:end].lower())
    for pattern, spec in _patterns(present):
        if (spec.get("weak") and not weak_ok) or spec.get("masthead_only"):
            continue
        for m in pattern.finditer(text, start, end):
            if not _an_affiliation(text, m) and not _a_funder(text, m):
                return m, spec
    return None


_LIST_ITEM = re.compile(r"[ \t]*[-•*–][ \t]")


# "This activity was made possible with the support of the Government of Canada through Global Affairs Canada"
_FUNDED = fastre.compile(r"\b(?:support\s+of|supported\s+by|funded\s+by|funding\s+(?:from|of)|made\s+possible|"
                         r"sponsored\s+by|financed\s+by|grant\s+from|generosity\s+of)\b")


def _a_funder(text: str, m: re.Match) -> bool:
    """A body a page thanks for its money, at its foot: a funder, not the page's publisher."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return _FUNDED.search(text, max(line_start, m.start() - 200), m.start()) is not None


def _an_affiliation(text: str, m: re.Match) -> bool:
    """A body named after a comma in a list's item: someone's affiliation ("- Amara Kallon, Peace
    Operations, Global Affairs Canada"), not the page's publisher."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[line_start:m.start()]
    return before.rstrip().endswith(",") and _LIST_ITEM.match(before) is not None


def _in_masthead(text: str, masthead_end: int, weak_ok: bool):
    """The earliest publisher named in the page's first lines. An organisation the body often
    names (NATO, the OSCE) counts only as a masthead line of its own."""
    present = _present(text[:masthead_end].lower())
    best = None
    for pattern, spec in _patterns(present):
        weak = spec.get("weak") and not weak_ok
        # a pattern may run past the masthead's last line ("Ministry of Foreign Affairs\nSri Lanka")
        m = pattern.search(text, 0, masthead_end if weak else min(len(text), masthead_end + 200))
        if m is None:
            continue
        begins = m.start() + len(m.group()) - len(m.group().lstrip())
        if begins >= masthead_end or (weak and not _whole_line(text, m)):
            continue
        if (spec.get("country_from") or spec.get("tld_from") or spec.get("city_from") or spec.get("division_from")) \
                and _make(m, spec).country is None:
            continue        # "Department of Foreign Affairs / An Roinn Gnóthaí Eachtracha": no state named
        # the earliest; of two beginning together, the fuller ("Republic of Iraq / Ministry of ...");
        # a name two governments share gives way to any other ("... and Trade / An Roinn ...")
        if best is None or (best[1].get("yields") and not spec.get("yields")) or (
                bool(spec.get("yields")) == bool(best[1].get("yields"))
                and (begins < best[2] or (begins == best[2] and m.end() > best[0].end()))):
            best = (m, spec, begins)
    # a masthead in capitals above the first name found names the publisher when that name is another state's
    # ("CONSULATE GENERAL OF MALAYSIA IN CHENNAI" over "Kementerian Luar Negeri Malaysia", read as Indonesia's)
    capitals = _in_capitals(text, best[2] if best is not None else masthead_end, present, weak_ok)
    if capitals is not None and (best is None or _make(*capitals[:2]).country != _make(*best[:2]).country):
        best = capitals
    return best[:2] if best is not None else None


def _in_capitals(text: str, masthead_end: int, present: set[str], weak_ok: bool):
    """The first publisher named by a masthead line written wholly in capitals, read blind to
    case ("AFRICAN UNION" over "UNION AFRICAINE"); the line must be the name and nothing else
    when the name is one the body often cites."""
    by_keyword = _specs_by_keyword()
    indexes = sorted({k for word in present for k in by_keyword.get(word, ())})
    line_start = 0
    while line_start < masthead_end:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if line.strip() and line.isupper():
            for k in indexes:
                spec = _specs()[k]
                m = _pattern_any_case(k).search(text, line_start, line_end)
                # blind to case, a name is trusted only as the whole line, or the line less a country
                # that is its own ("KEMENTERIAN LUAR NEGERI MALAYSIA" is not Indonesia's ministry)
                if m is None or not _whole_line(text, m) or _other_state_after(text, m, spec):
                    continue
                if (spec.get("country_from") or spec.get("tld_from") or spec.get("city_from") or spec.get("division_from")) \
                        and _make(m, spec).country is None:
                    continue
                return m, spec, m.start()
        line_start = line_end + 1
    return None


def _other_state_after(text: str, m: re.Match, spec: dict) -> bool:
    """The rest of the match's line names a state other than the publisher's own."""
    line_end = text.find("\n", m.end())
    rest = text[m.end():len(text) if line_end < 0 else line_end].strip()
    code = geo.country_code(rest) if rest else None
    return code is not None and spec.get("country") is not None and code != spec["country"]


def _own_mission(text: str, masthead_end: int, country: str) -> Publisher | None:
    """A mission of the masthead's state named in the masthead's other lines, with its host."""
    for pattern, spec in _patterns(_present(text[:masthead_end].lower())):
        if not spec.get("host_from"):
            continue
        m = pattern.search(text, 0, masthead_end)
        if m is None or not _whole_line(text, m):
            continue
        made = _make(m, spec)
        if made.host is not None and made.country is not None and made.country.value == country:
            return made
    return None


def _whole_line(text: str, m: re.Match) -> bool:
    """The match is a line of its own ("Organization for Security and Co-operation in Europe")."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    rest = text[m.end():line_end].strip()
    # "UNDP Myanmar", "UNHCR Kenya": an organisation's office in a country; "New Zealand Defence Force | Te Ope
    # Kātua o Aotearoa": the name in another language after a bar
    return not text[line_start:m.start()].strip() and (not rest or geo.country_code(rest) is not None
                                                         or rest.startswith(("|", "–", "—")))


def _masthead_end(text: str, start: int) -> int:
    pos = start
    for _ in range(MASTHEAD_LINES):
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl
    return pos


def find_publisher(doc: Doc) -> Publisher:
    text = doc.text
    head, tail = (0, min(len(text), 1200)), (max(0, len(text) - 1500), len(text))
    masthead_end = _masthead_end(text, 0)
    masthead = _in_masthead(text, masthead_end, weak_ok=False)
    if masthead is not None:
        made = _make(*masthead)
        if made.host is None and made.country is not None:
            # "Federal Foreign Office" over "German Embassy Manila": the state's mission, in its host country
            mission = _own_mission(text, masthead_end, made.country.value)
            if mission is not None:
                return mission
        return made
    chamber = _legislature_masthead(text, masthead_end)
    if chamber is not None:
        return chamber
    # a research institute's masthead before the ministries its page goes on to name
    scholarly = _non_state_masthead(text)
    if scholarly is not None:
        return scholarly
    for s, e in (head, tail):
        hit = _first(text, s, e, weak_ok=False)
        if hit is not None:
            return _make(*hit)
    org = _organisation_masthead(text) or _unknown_organisation_masthead(text)
    if org is not None:
        return org
    if doc.publisher_hint:
        hit = _first(doc.publisher_hint, 0, len(doc.publisher_hint), weak_ok=True)
        # a name several governments share ("Ministry of Foreign Affairs and International
        # Cooperation": Italy's, South Sudan's, ...) says nothing in a page's metadata alone
        if hit is not None and not hit[1].get("yields"):
            # from the page's metadata there is no span in the text: the values alone
            made = _make(*hit)
            return Publisher(None, Fact(made.country.value) if made.country else None,
                             Fact(made.org.value) if made.org else None)
        return _site_name(doc.publisher_hint)
    return Publisher(None, None, None)


@lru_cache(maxsize=1)
def _legislature_line() -> re.Pattern[str]:
    names = sorted(load("legislatures.json")["legislatures"], key=len, reverse=True)
    # (a bilingual masthead's second name too: "House of Commons / Chambre des communes")
    return re.compile(r"(?m)^[ \t]*(?:[^\n/|]{1,60}[/|][ \t]*)?(?:the[ \t]+)?(?P<name>" + "|".join(re.escape(n) for n in names)
                      + r")[ \t]*(?:[|(/][^\n]*)?$")


def _legislature_masthead(text: str, masthead_end: int) -> Publisher | None:
    """A masthead line that is a parliament's own name ("Senato della Repubblica", "Congreso de los
    Diputados"): the chamber, which speaks for its state."""
    m = _legislature_line().search(text, 0, masthead_end)
    if m is None:
        return None
    code = load("legislatures.json")["legislatures"][m.group("name")]
    return Publisher(Fact.at(m.group("name"), m.start("name"), m.end("name")),
                     Fact.at(code, m.start("name"), m.end("name")), None)


_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.([a-z]{2})$", re.I)


def _site_name(hint: str) -> Publisher:
    """A page's site name that no publisher pattern knows: an organisation it names ("UN Women
    Asia and the Pacific"); a parliament known by its own name ("Stortinget"); the first state it
    names ("Majlis A'Shura - Sultanate of Oman", "UAE Embassy in Seoul"); or its domain's country
    code ("hellenicparliament.gr")."""
    from .names import find_orgs     # names imports this module's neighbours; read lazily
    hint = hint.strip()
    orgs = find_orgs(hint, 0, len(hint))
    named = geo.find_countries(hint)
    # whichever comes first: "UNDP Mongolia" is the organisation's, "Permanent Mission of the Philippines
    # to the United Nations" the state's
    if orgs and not (named and named[0][0] < orgs[0][0]):
        return Publisher(None, None, Fact(orgs[0][2]))
    legislatures = load("legislatures.json")["legislatures"]
    for name in sorted(legislatures, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", hint):
            return Publisher(None, Fact(legislatures[name]), None)
    if named:
        return Publisher(None, Fact(named[0][2]), None)
    domain = _DOMAIN.match(hint)
    if domain is not None:
        tld = domain.group(1).upper()
        code = "GB" if tld == "UK" else tld if geo.country_name(tld) else None
        return Publisher(None, Fact(code) if code else None, None)
    return Publisher(None, None, None)


# a research institute's, foundation's or university's own masthead: "Lowy Institute", "Friedrich-Ebert-Stiftung",
# "Chatham House | International Affairs Think Tank", "Real Instituto Elcano"
_NON_STATE_BODY = re.compile(r"\b(?:Institute|Instituto|Institut|Foundation|Fundación|Fundação|Fondation|Stiftung|"
                             r"Think\s+Tank|University|Universidad|Université|School\s+of\s+International|"
                             r"Cent(?:re|er|ro)\s+for|Centro\s+(?:de|Brasileiro)|Peace\s+Foundation)\b|-Stiftung\b")
_STATE_BODY_WORDS = re.compile(r"\b(?:Ministry|Ministerio|Ministère|Government|Gobierno|Gouvernement|National|Federal|"
                               r"Defen[cs]e|Armed|Police|Parliament|Embassy|Presidency|Office\s+of\s+the)\b")
MASTHEAD_SCAN = 4       # lines: a site's "Skip to main content" may come first
MAX_NAME_WORDS = 9


def _non_state_masthead(text: str) -> Publisher | None:
    """A masthead line naming a research institute, foundation or university: it publishes for
    no state, its own people of no state."""
    pos = 0
    for _ in range(MASTHEAD_SCAN):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        for part in re.finditer(r"[^|]+", line):
            name = part.group().strip()
            if name and len(name.split()) <= MAX_NAME_WORDS and _NON_STATE_BODY.search(name) \
                    and not _STATE_BODY_WORDS.search(name) and not re.search(r"\d", name):
                s = pos + part.start() + len(part.group()) - len(part.group().lstrip())
                return Publisher(Fact.at(name, s, s + len(name)), None, Fact.at(name, s, s + len(name)))
        pos = end + 1
        if pos >= len(text):
            break
    return None


_ACRONYM_AFTER = re.compile(r"(?:\s*\([A-Za-z&-]{2,12}\))?")


def _organisation_masthead(text: str) -> Publisher | None:
    """A masthead line that is an international organisation's name and nothing else ("CTBTO",
    "International Maritime Organization"): the organisation publishes, for no state."""
    from .names import find_orgs     # names imports this module's neighbours; read lazily
    end = _masthead_end(text, 0)
    line_start = 0
    while line_start < end:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        s = line_start + len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip())
        e = line_start + len(text[line_start:line_end].rstrip())
        if s < e:
            line = text[s:e]
            # a masthead in capitals ("COMUNIDAD ANDINA") is read in ordinary case
            probe = line.title() if line.isupper() and len(line) > 6 else line
            for os_, oe, name in find_orgs(probe, 0, len(probe)):
                # "EASTERN AFRICA STANDBY FORCE (EASF)": the name and its acronym
                if os_ == 0 and _ACRONYM_AFTER.fullmatch(probe, oe):
                    return Publisher(Fact.at(squash(line), s, e), None, Fact.at(name, s, e))
        line_start = line_end + 1
    return None


# an international body the lexicon does not know, by the shape of its name: "Asian Productivity Organization",
# "International Hydrographic Organization" (not a state's "Ports and Maritime Organization")
_INTERNATIONAL_BODY = re.compile(r"(?:International|Asian|African|Arab|Islamic|Pacific|Caribbean|European|World|Regional)"
                                 r"(?:\s+[A-Z][\w-]*){0,3}\s+Organi[sz]ation")


def _unknown_organisation_masthead(text: str) -> Publisher | None:
    """A masthead line that is an international body's name alone, though the lexicon lacks it."""
    pos = 0
    for _ in range(MASTHEAD_SCAN):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if line and _INTERNATIONAL_BODY.fullmatch(line):
            s = text.index(line, pos)
            return Publisher(Fact.at(line, s, s + len(line)), None, Fact.at(line, s, s + len(line)))
        pos = end + 1
        if pos >= len(text):
            break
    return None


def _make(m: re.Match, spec: dict) -> Publisher:
    name = spec.get("name") or squash(m.group()).strip()     # a two-line masthead reads as one name
    # the words themselves: a masthead pattern may begin with the line's indentation
    s, e = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
    if m.groupdict().get("pub"):
        # the name's own lines, past a line in another script above them
        name, (s, e) = spec.get("name") or squash(m.group("pub")).strip(), m.span("pub")
    country = spec.get("country")
    if spec.get("country_from"):
        place = m.group(spec["country_from"])
        country = geo.country_code(place) or geo.country_code(_state_name(place)) or _capital_country(place) \
            or (subdivision_country(_state_name(place)) if _STATE_PREFIX.match(" ".join(place.split())) else None) \
            or (division_country(place) if spec.get("or_division") else None) \
            or (_city_country(place) if spec.get("or_city") else None)
    if spec.get("division_from"):  # "Governor of California": the state of that division
        country = division_country(m.group(spec["division_from"]))
    own_city = None
    if spec.get("city_from"):      # "City of Hobart": the country of the city the gazetteer knows by that name
        group = next((g for g in spec["city_from"] if m.group(g)), None)
        # "City of Alexandria, Virginia": the state or country after the comma says which Alexandria
        region = m.groupdict().get("region")
        hint = (geo.country_code(region.strip()) or division_country(region.strip())) if region else None
        city = geo.lookup_city(m.group(group), hint) if group else None
        if city is not None and city.name.lower() == m.group(group).lower():
            country = city.country
            own_city = Fact.at(city.name, m.start(group), m.end(group))
        else:
            country = None
    if spec.get("tld_from"):       # a country-code domain: "gov.br" -> BR ("uk" is GB)
        tld = m.group(spec["tld_from"]).upper()
        country = "GB" if tld == "UK" else (tld if geo.country_name(tld) else None)
    host = None
    if spec.get("host_from") and m.group(spec["host_from"]):
        named = m.group(spec["host_from"]).strip()
        # "Colombo, Sri Lanka" on the line below "High Commission of India": the state after the town
        code = geo.country_code(named) or _capital_country(named) or geo.country_code(named.rsplit(",", 1)[-1].strip())
        host = Fact.at(code, m.start(spec["host_from"]), m.end(spec["host_from"])) if code else None
    return Publisher(
        name=Fact.at(name, s, e),
        country=Fact.at(country, s, e) if country else None,
        org=Fact.at(spec["org"], s, e) if spec.get("org") else None,
        host=host,
        city=own_city,
    )


_STATE_PREFIX = re.compile(r"^(?:the\s+)?(?:government|gobierno|governo|estado(?:\s+plurinacional)?|rep[uú]blica|r[ée]publique|republic|"
                           r"state|kingdom|reino|royaume)\s+(?:of|de|del|du|da|do)\s+(?:the\s+|la\s+)?", re.I)


def _city_country(place: str) -> str | None:
    """"Ayuntamiento de Gijón": the country of the town the gazetteer knows by that name alone."""
    city = geo.lookup_city(place)
    if city is not None and city.name.casefold() == place.casefold():
        return city.country
    region = geo.lookup_region(place)      # "Cabildo de Lanzarote": an island's own government
    return region.country if region is not None else None


def _capital_country(place: str) -> str | None:
    """"State House, Abuja": a capital names its state."""
    city = geo.lookup_city(place)
    return city.country if city is not None and geo.capital_of(city.name) == city.country else None


def _state_name(place: str) -> str:
    """"GOVERNMENT OF SAMOA" -> "Samoa", "Estado Plurinacional de Bolivia" -> "Bolivia"."""
    place = " ".join(place.split())
    while (m := _STATE_PREFIX.match(place)) is not None and m.end() < len(place):
        place = place[m.end():]
    return place.title() if place.isupper() else place


# "Japan-U.S.", "Australia-Papua New Guinea", "New Zealand–Fiji": up to three words a side
PAIR = fastre.compile(r"\b(?P<a>(?:[A-Z]\.){2,}|[A-Z]\w*(?:[ \t]+[A-Z]\w*){0,2})\s*[-–]\s*"
                      r"(?P<b>(?:[A-Z]\.){2,}|[A-Z]\w*(?:[ \t]+[A-Z]\w*){0,2})")
WORD = re.compile(r"\S+")


def country_pairs(text: str, start: int, end: int):
    """Each pair of countries joined by a dash, as ((code, start, end), (code, start, end)): the
    country ending the words before the dash and the one beginning the words after it."""
    for m in PAIR.finditer(text, start, end):
        a = _country_in_words(text, m.start("a"), m.end("a"), from_end=True)
        b = _country_in_words(text, m.start("b"), m.end("b"), from_end=False)
        if a is not None and b is not None:
            yield a, b


def _country_in_words(text: str, start: int, end: int, from_end: bool) -> tuple[str, int, int] | None:
    words = [(w.start() + start, w.end() + start) for w in WORD.finditer(text[start:end])]
    for k in range(len(words)):      # the longest run of words first
        s, e = (words[k][0], end) if from_end else (start, words[len(words) - 1 - k][1])
        code = geo.country_code(text[s:e])
        if code is not None:
            return code, s, e
    return None


def home_country(doc: Doc, publisher: Publisher, principal_country: tuple[str, int, int] | None,
                 exclude: set[str], start: int, end: int,
                 pair_regions: list[tuple[int, int]] = (), host: tuple[str, int, int] | None = None,
                 sides: list[tuple[str, int, int]] = (), dateline: tuple[int, int] | None = None,
                 possessives: list[tuple[str, int, int]] = ()) -> tuple[str, int, int] | None:
    """The government the readout speaks for, from the strongest sign the text gives: its
    publisher; its principal's title; times given in Japan time; the other side visiting;
    the side named in "attending on the X side"; the first of a pair ("Japan-U.S."); a capital
    in the date line; a possessive in the principal's own sentence; last, a country the text
    names clearly more often than any other (the other side's left out). None when unsure."""
    if publisher.country is not None:
        # from the page's metadata there is no span in the text: cite nothing
        s = publisher.country.spans[0] if publisher.country.spans else None
        return publisher.country.value, s.start if s else 0, s.end if s else 0
    if publisher.org is not None:
        return None
    if principal_country is not None:
        return principal_country
    m = JAPAN_TIME.search(doc.text)
    if m:
        return "JP", m.start(), m.end()
    # the other side visits: the publisher's principal is at home
    if host is not None and host[0] not in exclude:
        return host
    # "attending on the Japanese side were ...": the side that is not the other side's
    own = {s[0]: s for s in sides if s[0] not in exclude}
    if len(own) == 1:
        return next(iter(own.values()))
    # "Japan-U.S. Foreign Ministers' Telephone Talk": a government names itself first
    for region in pair_regions:
        for a, b in country_pairs(doc.text, *region):
            if a[0] != b[0] and a[0] not in exclude:
                return a
    # "Paris, 12 February 2025": a release issued in a capital speaks for that government
    if dateline is not None:
        for m in re.finditer(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}", doc.text[dateline[0]:dateline[1]]):
            city = geo.lookup_city(m.group())
            if city is not None and geo.capital_of(city.name) == city.country and city.country not in exclude:
                return city.country, dateline[0] + m.start(), dateline[0] + m.end()
    # "Minister Tane reaffirmed New Zealand's commitment": the principal speaks of their own country
    for p in possessives:
        if p[0] not in exclude:
            return p
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for s, e, code in doc.countries(start, end):
        if code in exclude:
            continue
        counts[code] += 1
        first.setdefault(code, (s, e))
    if not counts:
        return None
    (code, n), (_, runner_up) = (counts.most_common(2) + [(None, 0)])[:2]
    if n < 2 or n <= 2 * runner_up:
        return None      # no country stands out: better unknown than a guess
    return code, first[code][0], first[code][1]
