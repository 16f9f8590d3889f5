"""A named recurring mechanism and its round ("the fourth meeting on 'WPS + Innovation'",
"9th EU-Mexico High Level Dialogue on Human Rights", "VIth High-Level Political Dialogue")."""
from __future__ import annotations

import re
from functools import lru_cache

from . import fastre, romance
from ..model import Fact, Series
from .data import load
from .segment import Layout
from .tokens import title_heads
from .text import Doc, squash

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# The event is the series only when it is not the occasion of something else.
CONTEXT_BEFORE = fastre.compile(
    r"\b(?:to\s+attend|to\s+participate\s+in|attending|for|of|at|on\s+the\s+margins\s+of|on\s+the\s+sidelines\s+of|"
    r"ahead\s+of|towards|toward|before|after|following|since|during|host(?:ing)?|chair\s+of|anniversary\s+of|"
    # "at a side event to the seventieth session of the Commission ..."
    r"event\s+to)\s+(?:the\s+)?$",
    re.I)


# ... nor a body's number or term: "the 3rd Standing Committee (Foreign Affairs and Defence)", "the 18th Parliament"
NOT_A_MECHANISM = fastre.compile(r"\b(?:Plan|Strategy|Report|Programme|Program|Resolution|Agreement|Protocol|Declaration|"
                                 r"Standing\s+Committee|Select\s+Committee|Legislature|Parliament)\b")
# "Thirty-two women met in Tunis on 24 June for the third round of the ... Track": the gathering is the round
GATHERED_FOR = fastre.compile(r"\b(?:met|meet|meets|gathered|convened|reconvened|assembled|came\s+together)\b[^.;]*\bfor\s+(?:the\s+)?$")
JOINED_AT = fastre.compile(r"\b(?:joined|attended|took\s+part|participated)\b")
TALKS_AT = fastre.compile(r"\b(?:met|meets|held|talks|spoke|sidelines|margins)\b")


def roman(s: str) -> int | None:
    s = s.upper()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


# "the Forum on Saturday, March 7": a day, not what the forum is on
_DAY_OR_MONTH = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                 r"August|September|October|November|December)\b")


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}


# the compounds as one compact alternative: a regular expression of eighty words was a fifth of a
# millisecond a page
_COMPOUND_ORDINAL = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|"
                     r"sixth|seventh|eighth|ninth)|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth")


def _ordinal_words(ordinals: dict[str, int]) -> str:
    """The ordinal words as a regular expression's alternatives, longest first, compounds compacted."""
    listed = sorted((w for w in ordinals if "-" not in w and not w.endswith("ieth")), key=len, reverse=True)
    return _COMPOUND_ORDINAL + "|" + "|".join(listed)


def _all_ordinals(listed: dict[str, int]) -> dict[str, int]:
    """The listed ordinal words and every compound up to the ninety-ninth ("sixty-ninth session"),
    so that a round is never read from a compound's last half ("sixty-" + "ninth")."""
    out = dict(listed)
    for tens, t in _TENS.items():
        out.setdefault(tens[:-1] + "ieth", t)       # "fortieth", "eightieth"
        for unit, u in _UNITS.items():
            out.setdefault(f"{tens}-{unit}", t + u)
    return out


@lru_cache(maxsize=1)
def _data():
    data = load("series.json")
    ordinals = _all_ordinals(data["ordinals"])
    ord_re = (r"(?P<ord>\d{1,3}(?:st|nd|rd|th)|(?i:" + _ordinal_words(ordinals) + r")|[IVXL]{2,6}(?:th|st|nd|rd)?|Vth|Xth)")
    heads = "|".join(sorted(data["heads"], key=len, reverse=True))
    # "Women, Peace and Security Focal Points Network": a comma may follow a word of the name
    # ... or a quoted name before the head: 'the third "WPS + Humanitarian Action" Geneva Dialogue'
    # ... or a gloss in brackets: "the second Feto ba Dame (Women for Peace) Symposium"
    name = (r"(?P<name>(?:[A-Z][\w’'+.–-]*,?\s+|\([A-Z]{2,}\)\s+|\([A-Z][\w’' ]{2,40}\)\s+|[\"“][A-Z][^\"”\n]{1,60}[\"”]\s+|"
            r"(?:of|on|for|and|the|in)\s+|(?:ba|da|de|do|la|le)\s+(?=[A-Z])){0,10}?(?:" + heads + r")"
            # what the mechanism is of, in capitals even where the pattern is case-blind ("... in Santiago" is not)
            # ("... on Women, Peace and Security": a comma inside the field's name)
            r"(?:\s+(?i:on|of|for)\s+(?:the\s+)?(?!" + _DAY_OR_MONTH + r")(?-i:[A-Z])[\w’'-]*"
            r"(?:,?\s+(?:and\s+)?(?!" + _DAY_OR_MONTH + r")(?-i:[A-Z])[\w’'-]*){0,3})?)\b")
    # "the fifth annual Ottawa Dialogue": the round, then how often it comes round
    ordinal_series = fastre.compile(r"\b" + ord_re + r"\s+(?:(?:annual|biennial|regular|yearly)\s+)?" + name)
    # "the ninth capital-level meeting of the ... Network", "the fifth annual meeting of the ..."
    # "the V Meeting of the Mechanism ...": a one-letter numeral only right before the word for a round
    session_ord = ord_re[:-1] + r"|[VX](?=\s+(?:Session|Round|Meeting|Edition)\b))"
    session_of = fastre.compile(r"\b" + session_ord + r"\s+(?:[\w-]+\s+){0,2}?(?:session|round|meeting|edition)\s+of\s+"
                                r"(?:the\s+|their\s+|its\s+)?" + name, re.I)
    # a "fallback" name ("2+2") only when no fuller name with its round is found
    named = [(n["name"], fastre.compile(n["pattern"]), bool(n.get("fallback"))) for n in data["named"]]
    # "the Niger–Togo Joint Commission of Cooperation held its fifth session": the body, then its round
    # (a name with no comma inside: not "Government of the Republic of the Niger, the Niger–Togo ...")
    held_its = fastre.compile(name.replace(r"[\w’'+.–-]*,?\s+", r"[\w’'+.–-]*\s+", 1)
                              + r"\s+(?:held|holds|convened|convenes)\s+its\s+" + ord_re
                              + r"\s+(?:(?:ordinary|regular|annual|plenary)\s+)?(?:session|meeting|round)\b")
    return ordinals, (ordinal_series, held_its), session_of, named


# words of a person's rank, which an ordinal may qualify ("First Vice Minister", "Second Lady")
RANKS = frozenset({"Vice", "Deputy", "Lady", "Gentleman", "Secretary", "Minister", "Ministers"})


@lru_cache(maxsize=None)
def _round_of(name_pattern: str) -> re.Pattern:
    """"the fourth meeting on 'WPS + Innovation'"."""
    # ... or "the fifth 'WPS + Innovation' seminar": the ordinal right before the quoted name
    return fastre.compile(r"\b(?P<ord>\w+)\s+(?:(?:meeting|round|session|edition|dialogue)\s+(?:on|of)\s+)?[\"“‘']?"
                      + name_pattern, re.I)


@lru_cache(maxsize=1)
def _ordinal_hint() -> re.Pattern:
    words = _ordinal_words(_data()[0])
    return fastre.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|(?i:" + words + r")|[IVXL]{2,6}(?:th|st|nd|rd)?|Vth|Xth|"
                          r"[VX](?=\s+(?:Session|Round|Meeting|Edition)\b))\b")


@lru_cache(maxsize=1)
def _quoted() -> re.Pattern:
    words = _ordinal_words(_data()[0])
    ordinal = r"(?P<ord>\d{1,3}(?:st|nd|rd|th)|(?i:" + words + r")|[IVXL]{2,6}(?:th|st|nd|rd)?)"
    quoted = r"[\"“‘'](?P<name>[^\"”’\n]{3,80})[\"”’']"
    heads = r"(?i:dialogue|meeting|symposium|forum|seminar|conference|session|round|roundtable|talks?|summit)"
    return fastre.compile(r"\b" + ordinal + r"\s+(?:" + quoted + r",?\s+" + heads
                      + r"|" + heads + r"\s+(?:on|of|entitled|titled)\s+" + quoted.replace("name", "name2") + r")")


def ordinal_value(word: str, ordinals: dict) -> int | None:
    w = word.lower()
    if w in ordinals:
        return ordinals[w]
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    return roman(re.sub(r"(?:th|st|nd|rd)$", "", word))


def _clean(name: str) -> str:
    name = re.sub(r"\s*\([A-Z]{2,}\)", "", name)
    name = re.sub(r"^(?:the|The)\s+", "", name)
    return squash(name).strip()


def find_series(doc: Doc, layout: Layout) -> Series | None:
    text = doc.text
    ordinals, ordinal_series, session_of, named = _data()
    regions = [r for r in (layout.title_range, layout.lead) if r]
    extended = (layout.lead[0], min(layout.body_end, layout.lead[1] + 1500)) if layout.lead else None

    found = _named(text, regions, extended, [n for n in named if not n[2]], ordinals) \
        or _numbered(text, regions, ordinals, ordinal_series, session_of)
    found = found or _named(text, regions, extended, [n for n in named if n[2]], ordinals)
    if found is None and romance.written_in_romance(text):
        # (the lead's paragraph too: "... a organisé hier une table ronde ... . Troisième rendez-vous du cycle « ... »")
        # (there only a cycle named in quotes: "Foi o primeiro encontro do governador com ..." is no round)
        paragraph = [(layout.lead[1], layout.lead_paragraph[1])] if layout.lead and layout.lead_paragraph else []
        found = _romance_numbered(text, regions) or _romance_numbered(text, paragraph, named_cycles_only=True)
    if found is None and layout.lead:
        paragraph = (layout.lead[0], (layout.lead_paragraph or layout.lead)[1])
        found = _quoted_series(text, [r for r in (layout.title_range, paragraph) if r], ordinals)
    return found


@lru_cache(maxsize=1)
def _series_word() -> re.Pattern:
    """'the second of the "Inclusive Ceasefires" expert series', 'part of the Embassy's "WPS Talks" series'."""
    words = _ordinal_words(_data()[0])
    ordinal = r"(?P<ord>\d{1,3}(?:st|nd|rd|th)|(?i:" + words + r"))"
    event = r"(?:(?:panel|event|edition|session|dialogue|meeting|conversation|webinar|round)\s+)?"
    return fastre.compile(r"(?:\b" + ordinal + r"\s+" + event + r"(?:of|in)\s+(?:the|its|their|our|[A-Z][\w-]*['’]s)\s+"
                          r"(?:[\w'’]+\s+)?)?"
                          r"[\"“‘](?P<name>[^\"”’\n]{3,60})[\"”’]\s+(?:[\w-]+\s+){0,2}?series\b"
                          # "the third panel in the Embassy's Voices for Peace series": unquoted, with its round
                          r"|\b" + ordinal.replace("ord>", "ord2>") + r"\s+" + event + r"(?:of|in)\s+(?:(?:the|its|their|our)\s+)?"
                          r"(?:[A-Z][\w-]*['’]s\s+)?(?P<name2>[A-Z][\w’'+-]*(?:\s+(?:for|of|on|and|in|[A-Z][\w’'+-]*)){0,6}?)"
                          r"\s+series\b")


def _quoted_series(text: str, regions: list[tuple[int, int]], ordinals: dict) -> Series | None:
    for s, e in regions:
        if "series" not in text[s:e]:
            continue
        m = _series_word().search(text, s, e)
        if m is None:
            continue
        name, ord_ = ("name", "ord") if m.group("name") else ("name2", "ord2")
        v = ordinal_value(m.group(ord_), ordinals) if m.group(ord_) else None
        return Series(name=Fact.at(m.group(name).strip(), m.start(name), m.end(name)),
                      number=Fact.at(v, m.start(ord_), m.end(ord_)) if v else None)
    return None


def _named(text: str, regions: list[tuple[int, int]], extended: tuple[int, int] | None, named: list,
           ordinals: dict) -> Series | None:
    # 1. a named series, in the headline or lead, or "the fifth meeting on 'WPS + Innovation'"
    for label, pattern, _fallback in named:
        hit = None
        for s, e in regions:
            hit = pattern.search(text, s, e)
            if hit:
                break
        number = None
        if extended or regions:
            search_from = min(r[0] for r in regions) if regions else extended[0]
            search_to = max(extended[1] if extended else 0, max((r[1] for r in regions), default=0))
            # the round is named just before the series' name: look only there
            for named_hit in pattern.finditer(text, search_from, search_to):
                window = max(search_from, named_hit.start() - 60)
                m = _round_of(pattern.pattern).search(text, window, named_hit.end())
                if m and (v := ordinal_value(m.group("ord"), ordinals)):
                    number = Fact.at(v, m.start("ord"), m.end("ord"))
                    hit = hit or named_hit
                    break
        if hit:
            return Series(name=Fact.at(label, hit.start(), hit.end()), number=number)
    return None


def _numbered(text: str, regions: list[tuple[int, int]], ordinals: dict, ordinal_series, session_of
              ) -> Series | None:
    # 2. a quoted name with its round: the fourth "WPS + Resilience" dialogue,
    #    the fifth meeting on "Women in Diplomacy"
    for s, e in regions:
        if _ordinal_hint().search(text, s, e) is None:
            continue
        for m in _quoted().finditer(text, s, e):
            if CONTEXT_BEFORE.search(text[max(s, m.start() - 40):m.start()]):
                continue
            v = ordinal_value(m.group("ord"), ordinals)
            group = "name" if m.group("name") else "name2"
            name = re.split(r"\s+[-–:]\s+", m.group(group))[0].strip(" ,.")
            if v and len(name) >= 3:
                return Series(name=Fact.at(name, m.start(group), m.start(group) + len(name)),
                              number=Fact.at(v, m.start("ord"), m.end("ord")))

    # 3. an ordinal before a mechanism's name, where the event is that mechanism
    for s, e in regions:
        found = _ordinal_mechanism(text, s, e, ordinals, ordinal_series, session_of)
        if found is not None:
            return found
    return None


def _ordinal_mechanism(text: str, s: int, e: int, ordinals: dict, ordinal_series, session_of) -> Series | None:
    if _ordinal_hint().search(text, s, e) is None:
        return None           # no ordinal, no round: skip the costly patterns
    for pat in (session_of, *ordinal_series):
        for m in pat.finditer(text, s, e):
            context = CONTEXT_BEFORE.search(text[max(s, m.start() - 40):m.start()])
            if context and not (context.group().lower().startswith("at")
                                and JOINED_AT.search(text, s, m.start()) and not TALKS_AT.search(text, s, m.start())) \
                    and not GATHERED_FOR.search(text[max(s, m.start() - 160):m.start()]):
                continue        # "... today joined other Heads of State at the 25th Summit": the summit itself
            v = ordinal_value(m.group("ord"), ordinals)
            if not v:
                continue
            name = _clean(m.group("name"))
            if len(name) < 4 or name.lower() in {"meeting", "session", "round", "summit"}:
                continue
            if NOT_A_MECHANISM.search(name):
                continue          # "the second National Action Plan on ... Security Council Resolution 1325"
            first_word = name.split()[0]
            if first_word in RANKS or first_word in title_heads():
                continue          # "First Vice Foreign Minister Holds ...": a rank, not a round
            return Series(name=Fact.at(name, m.start("name"), m.end("name")),
                          number=Fact.at(v, m.start("ord"), m.end("ord")))
    return None


@lru_cache(maxsize=1)
def _romance_round() -> re.Pattern:
    numeral = (r"(?P<ord>[IVXL]{1,6}|\d{1,2}(?:e|er|re|ème|ᵉ|ª|º|\.ª|\.º)|(?i:"
               + "|".join(sorted(romance.ORDINALS, key=len, reverse=True)) + r"))")
    # "XV Reunión del Mecanismo ...", "quatrième session ordinaire du Comité ...": a round of a named body
    of_round = (r"(?i:" + romance.ROUND_WORDS + r")(?:\s+(?i:ordinaria|ordinaire|ordinária|plenaria|plénière|anual|annuelle|"
                r"extraordinaria|extraordinaire))?\s+(?i:de\s+la|del|de\s+l['’]|de|du|des|das|dos|da|do)\s*")
    return fastre.compile(r"\b" + numeral + r"\s+(?:" + of_round + r")?(?P<name>(?i:" + romance.MECHANISM_HEADS + r")\b)")


# a word that ends a mechanism's name: a verb, a day, a preposition of a place ("en Caracas")
_NAME_STOP = fastre.compile(r"(?i:se|s['’]est|ont|est|sont|fue|fueron|es|que|qui|tuvo|tiene|tient|realizad[oa]|"
                            r"celebrad[oa]|organizad[oa]|organisée?|hoy|ayer|este|esta|cette|ce|le|el|foi|teve|"
                            r"decorreu|realizou|com|con|avec|sous|bajo)$")
_PLACE_NEXT = fastre.compile(r"(?:en|à|em|au|in|no|na)\s+[A-ZÁÉÍÓÚ]")
_OCCASION_BEFORE = fastre.compile(romance.OCCASION_BEFORE, re.I)
_VERB_NEXT = fastre.compile(r"a\s+[a-zé]")       # French "a réuni", not Portuguese "entre a República"


def _romance_numbered(text: str, regions: list[tuple[int, int]], named_cycles_only: bool = False) -> Series | None:
    """"la XV Reunión del Mecanismo de Consultas Políticas México-España": the round, and the name
    after it up to a comma, a verb or a place."""
    found: Series | None = None
    for s, e in regions:
        for m in _romance_round().finditer(text, s, e):
            word = m.group("ord")
            v = romance.ORDINALS.get(word.lower()) or roman(word) \
                or (int(re.match(r"\d+", word).group()) if word[0].isdigit() else None)
            if not v or _OCCASION_BEFORE.search(text, max(s, m.start() - 40), m.start()):
                continue        # "al margen de la 62ª Conferencia de Seguridad de Múnich": the meeting's occasion
            end = _name_end(text, m.end("name"), e)
            name_start = m.start("name")
            cycle = _CYCLE_NAMED.match(text, m.end("name"), e)
            if cycle is None and named_cycles_only:
                continue
            if cycle is not None:
                # "el segundo conversatorio del ciclo «Diálogos por la Igualdad»": the cycle's own name
                name_start, end = cycle.span("q")
            name = squash(text[name_start:end])
            if len(name.split()) < 2:
                continue
            if found is None:
                found = Series(name=Fact.at(name, name_start, end), number=Fact.at(v, m.start("ord"), m.end("ord")))
            elif v == found.number.value and name.startswith(found.name.value) and len(name) > len(found.name.value):
                # the headline's short "XVIII Reunión Bilateral", then the lead's whole name of the same round
                found = Series(name=Fact.at(name, m.start("name"), end), number=Fact.at(v, m.start("ord"), m.end("ord")))
    return found


# the round of a cycle with a name of its own: "del ciclo «...»", "da série “...”", "du cycle « ... »"
_CYCLE_NAMED = fastre.compile(r"\s+(?:del\s+ciclo|de\s+la\s+serie|do\s+ciclo|da\s+série|du\s+cycle|de\s+la\s+série)"
                              r"\s+[«\"“]\s*(?P<q>[^»\"”\n]{3,80}?)\s*[»\"”]")


def _name_end(text: str, start: int, stop: int) -> int:
    end = start
    for w in re.finditer(r"\S+", text[start:stop]):
        token, at = w.group(), start + w.start()
        if _NAME_STOP.match(token) or _PLACE_NEXT.match(text, at) or _VERB_NEXT.match(text, at):
            break
        core = token.rstrip(",.;:)")
        if not core or core.startswith(("(", "\"", "“")):
            break
        end = at + len(core)
        if core != token:
            break
    return end
