"""From role slots to Person records: one per person, with name parts, titles, country and
organisation, each value citing its words."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from ..model import Fact, Person, derived
from . import fastre, geo, romance
from .subdivisions import division_country, subdivision_country
from .data import load
from .names import Mention, NameIndex, find_orgs, is_office_head, STATE_OFFICE_ABBREVIATIONS
from .roles import EXECUTIVE_WORDS, GOVERNMENT_WORDS, ROLE_ORDER, Roles, Slot
from .tokens import Token, name_particles
from .text import squash

# Where the family name is written first even in English-language readouts.
FAMILY_FIRST = {"CN", "KR", "KP", "TW", "HK", "MO", "VN", "KH", "HU", "MN"}
# Where a third word is usually the second of two surnames ("Delgado Peralta").
DOUBLE_SURNAME = {"MX", "ES", "AR", "CO", "PE", "CL", "VE", "EC", "BO", "PY", "UY", "CU", "DO", "GT", "HN", "SV",
                  "NI", "CR", "PA", "PR", "PT", "CV", "AO", "MZ", "GW", "ST", "GQ"}
_ROMAN = fastre.compile(r"^[IVX]+$")


@dataclass
class Participant:
    slot: Slot
    mentions: list[Mention] = field(default_factory=list)   # every mention of this person
    keys: set[str] = field(default_factory=set)
    person: Person | None = None

    @property
    def role(self) -> str:
        return self.slot.role


# At talks between two sides no one is a speaker: one who came along and "presented" the
# institute's work is an attendee.
TALKS = frozenset({"meeting", "courtesy_call", "telephone_talk"})


def merge_slots(roles: Roles, event_type: str | None = None) -> list[Participant]:
    """One participant per person: the same name words in two slots are one person, who keeps
    the first role in principal > counterpart > moderator > speaker > attendee order (at talks,
    attendee before speaker)."""
    order = {**ROLE_ORDER, "attendee": ROLE_ORDER["speaker"] - 0.5} if event_type in TALKS else ROLE_ORDER
    out: list[Participant] = []
    for slot in roles.slots:
        keys = slot.mention.keys
        if not keys:
            continue
        same = next((p for p in out if _same_person(p, slot.mention)), None)
        if same is None:
            out.append(Participant(slot=slot, mentions=[slot.mention], keys=set(keys)))
            continue
        same.mentions.append(slot.mention)
        if order[slot.role] < order[same.slot.role]:
            # keep the richer mention (the one with a title) as the naming one
            richer = same.slot.mention if len(same.slot.mention.titles) > len(slot.mention.titles) else slot.mention
            same.slot = Slot(richer, slot.role, slot.evidence, slot.side_country or same.slot.side_country,
                             slot.side_org or same.slot.side_org)
        elif slot.side_country and not same.slot.side_country:
            same.slot.side_country = slot.side_country
    return out


def _same_person(p: Participant, m: Mention) -> bool:
    keys = m.keys
    if not keys or not p.keys:
        return False
    if keys == p.keys or keys <= p.keys or p.keys <= keys:
        return True
    return False


INITIAL_JOINED = re.compile(r"[A-Z][a-z]?\.(?=[A-Z])")


_ARTICLE = re.compile(r"(?:al|el|as|ad|an|ar|at|az|ash)[-’']")
_CAPITAL_ARTICLE = re.compile(r"(?:Al|El)-(?=[A-Z])")


def family_and_given(tokens: list[Token], text: str, country: str | None, inverted: bool
                     ) -> tuple[tuple[str, int, int] | None, tuple[str, int, int] | None]:
    """(family, given) as (value, start, end); value in ordinary capitalisation."""
    words = [t for t in tokens if t.text not in {",", "."}]
    if not words:
        return None, None

    def span(ws: list[Token]) -> tuple[str, int, int]:
        s, e = ws[0].start, ws[-1].end
        if text[s:e].endswith(("'s", "’s")):
            e -= 2
        return squash(text[s:e]), s, e

    def cap(s: str) -> str:
        return "-".join(p[:1].upper() + p[1:].lower() if p.isupper() else p for p in s.split("-"))

    def fam(ws: list[Token]) -> tuple[str, int, int]:
        raw, s, e = span(ws)
        if len(ws) == 1 and (m := INITIAL_JOINED.match(raw)) is not None:
            return raw[m.end():], s + m.end(), e      # "Ts.Ariunaa": the name after the father's initial
        # "al-Sisi" -> "Sisi" (GOLD.md), and so "Al-Jubeir" -> "Jubeir", "El-Masry" -> "Masry" (a spaced "Al Nuaimi" stays)
        article = _ARTICLE.match(raw) if ws[0].text[0].islower() else _CAPITAL_ARTICLE.match(raw)
        if article is not None and article.end() < len(raw):
            raw, s = raw[article.end():], s + article.end()
        # ("MONTEIRO DE CASTRO" -> "Monteiro de Castro": a particle inside the name in lower case)
        raw = " ".join(w.lower() if k and w.isupper() and w.lower() in name_particles() else cap(w)
                       for k, w in enumerate(raw.split()))
        return raw, s, e

    def given(ws: list[Token]) -> tuple[str, int, int] | None:
        return span(ws) if ws else None

    if inverted:        # the words before the comma ("Centeno Baez, Ramiro Alfonso")
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        head = [t for t in tokens[:comma] if t.text != "."] if comma else words[:1]
        return fam(head or words[:1]), given(words[len(head or words[:1]):])
    caps = [i for i, t in enumerate(words) if t.is_allcaps and not t.is_initial and len(words) > 1]
    if caps:
        i = j = caps[0]
        if len(caps) < len(words):
            # "João Pedro SARMENTO LOBO", "Helena MONTEIRO DE CASTRO", "Mohamed Lemine OULD SIDI MOHAMED": the
            # whole run of capitals is the family name (not when the whole name is in capitals)
            while j + 1 < len(words) and (words[j + 1].is_allcaps and not words[j + 1].is_initial
                                          or words[j + 1].text.lower() in name_particles()
                                          and j + 2 < len(words) and words[j + 2].is_allcaps):
                j += 1
        return fam(words[i:j + 1]), given(words[:i] + words[j + 1:])
    if len(words) == 1:
        return fam(words), None
    if _ROMAN.match(words[-1].text) and len(words) >= 2:
        return fam(words[-2:]), given(words[:-2])
    plain = [t for t in words if not t.is_initial]
    if country in FAMILY_FIRST and 2 <= len(plain) <= 3 or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1].text):
        return fam(words[:1]), given(words[1:])
    # particles before the last word belong to the family name: "Di Maio", "Le Drian", "bin Salman"
    k = len(words) - 1
    while k > 1 and words[k - 1].text.lower() in name_particles():
        k -= 1
    if k == len(words) - 1 and (country in DOUBLE_SURNAME or (country is None and romance.iberian(text))):
        core = [i for i, t in enumerate(words) if not t.is_initial and t.text.lower() not in name_particles()]
        if len(core) >= 3:
            k = core[-2]
    return fam(words[k:]), given(words[:k])


_STATE_ORGAN = fastre.compile(r"\b(?:Central\s+Committee|Political\s+Bureau|Politburo|Communist\s+Party|"
                              r"Workers['’]\s+Party|State\s+Council|National\s+Security\s+Council|Parliament|"
                              # a parliament's committee, not an all-party group of its members (GOLD.md's dev gold)
                              r"Parliamentary\s+(?:Standing\s+|Select\s+|Portfolio\s+)?Committee|"
                              # "chair of the Standing Committee on Foreign Affairs and Defence", "Foreign Affairs
                              # Committee" (not the humanitarian Inter-Agency Standing Committee)
                              r"(?<!Inter-Agency\s)Standing\s+Committee\s+on|Committee\s+on\s+Foreign\s+Affairs|"
                              r"Foreign\s+Affairs\s+Committee|"
                              r"National\s+Assembly|Federal\s+Council|Cabinet|Presidential\s+Administration|"
                              r"Central\s+Military\s+Commission|Foreign\s+Affairs\s+Commission|Supreme\s+National|"
                              r"Chamber\s+of\s+(?:Deputies|Representatives)|House\s+of\s+(?:Representatives|Commons|Lords|"
                              r"Councillors|Assembly)|Senate|Legislative\s+(?:Assembly|Council)|"
                              # a state's own schools of its forces: "Rector of the Police Staff College Bangladesh"
                              r"(?:Police|Military|Defen[cs]e|Army|Naval|Navy|Air\s+Force|War|Staff|Command\s+and\s+Staff)\s+"
                              r"(?:Staff\s+)?(?:College|Academy|School|University|Institute|Training\s+(?:Centre|Center|College|School)))\b")
# "Chairperson of the Zambian Committee": a committee its state's adjective names, of a parliament
_NATIONAL_COMMITTEE = fastre.compile(r"(?:the\s+)?(?P<state>[A-Z][\w’'-]+)\s+(?:(?:Portfolio|Select|Standing|Parliamentary)\s+)?"
                                     r"Committee")


def _national_committee(body: str) -> bool:
    named = _NATIONAL_COMMITTEE.fullmatch(body)
    return named is not None and geo.is_adjective(named.group("state"))


_UN_TITLE = fastre.compile(r"\b(?:Under-Secretary-General|Assistant\s+Secretary-General|Deputy\s+Secretary-General|"
                           # "Personal Envoy of the Secretary-General for Sudan": the Secretary-General's own
                           r"(?:Personal|Special)\s+(?:Envoy|Advis[eo]r)\s+(?:of|to)\s+the\s+Secretary-General(?!\s+of\b))\b")
_NATIONAL_SERVICE = fastre.compile(r"\b(?:Ministry|Department|Government|Party|Cabinet|National|Federal|State)\b")
# a government's minister: an organisation named later in the title is the ministry's field
_A_MINISTER = fastre.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}?(?:Deputy\s+|Vice[- ]|State\s+)?Minister\b(?!-)")
# a ministry's unit named by the regions it covers ("Department of Europe and America", "Asia and
# Australia Department", "Central Asia Division")
_UNIT_NAME = fastre.compile(r"\b(?:Department|Division|Bureau|Directorate|Desk|Section|Unit)\s+(?:of|for)\s+(?:the\s+)?"
                            r"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*"
                            # "the Asia, Australia and Oceania Directorate": a list of the remit's places before it
                            r"|\b(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?)+(?:Department|Division|Directorate|Desk|Section)\b")
# "Unit of the Gambia Police Force": the state's body the unit belongs to, not the unit's remit
_BODY_AFTER = fastre.compile(r"\s+(?!(?:and|Department|Division|Bureau|Directorate|Desk|Section|Unit)\b)[A-Z][\w’'-]*")
# a body's head noun alone, referring back to one named earlier ("the Committee", "the Council")
_BARE_HEAD = re.compile(r"[A-Z][a-z]+")
# air force ranks whose words look like a body's ("Group Captain" is no "Group")
# a state's minister (not an envoy or a commissioner, whom an organisation has too)
MINISTER = fastre.compile(r"\b(?:Minister|Prime\s+Minister|Secretary\s+of\s+State|Governor|Mayor|Premier)\b")
LEGISLATOR = fastre.compile(r"\b(?:Senator|Senate|Deputy\s+of|Chamber\s+of\s+Deputies|Congress(?:woman|man)?|Parliament|"
                            r"Parliamentarian|Member\s+of\s+(?:the\s+)?(?:Parliament|Legislative|National\s+Assembly|House)|"
                            r"House\s+of\s+(?:Commons|Representatives)|Legislative\s+Assembly)\b")
# a state's senior official, whom an organisation's officer meets in the host country: its ministers, and
# "Foreign Secretary", "Principal Secretary", "Permanent Secretary" (not "Deputy Secretary-General")
HOST_OFFICIAL = fastre.compile(r"\b(?:Minister|Prime\s+Minister|Secretary\s+of\s+State|Governor|Mayor|Premier|"
                               r"(?:Foreign|Principal|Permanent|Cabinet|State|Finance|Home|Defen[cs]e|Health)\s+Secretary(?!-)|"
                               # "the Secretary General of the Ministry": a ministry's own head of staff
                               r"(?:Secretary|Director)[- ]General\s+of\s+the\s+Ministry)\b")
_AIR_RANK = fastre.compile(r"(?:Group\s+Captain|Wing\s+Commander|Squadron\s+Leader|Flight\s+Lieutenant)\b")
_LOCAL_HEAD = fastre.compile(r"(?:the\s+)?(?:Lord\s+|Deputy\s+)?(?:Mayor|Mayoress|Councillor|Council\s+Chair|Administrator)\b")
_BRACKETED = re.compile(r"\([^()]*\)")
# "Ministry of Foreign Affairs (Iraq)": a country alone in the title's closing bracket names the body's
# state, unless a rank stands before it ("Joint Secretary (Pakistan)" is a desk's remit)
_BODY_STATE_BRACKET = re.compile(r"(?<!Secretary )(?<!Director )(?<!Officer )(?<!Head )(?<!Chief )(?<!Adviser )"
                                 r"(?<!Advisor )(?<!Desk )(?<!Coordinator )\([^()]+\)\s*$")
# ... of a state's body, not of a society's: "Executive Director of Fórum Mulher (Mozambique)" serves none
_STATE_BODY = fastre.compile(r"\b(?:Ministry|Commission|Government|Department|Parliament|National\s+Assembly|Senate|Police|"
                             r"Armed\s+Forces|Directorate|Embassy|Permanent\s+Mission)\b")
_POSSESSIVE_END = re.compile(r"['’]s\b")
# (and in Romance titles: "embajador de Corea en Costa Rica", "ambassadeur du Sénégal au Mali", "auprès de",
# "embaixador do Japão no Brasil", "ante la OEA")
_DESTINATION = re.compile(r"\b(?:to|in|on|for|en|ante|au|aux|auprès\s+d[eu]|auprès\s+de\s+la|em|no|na|junto\s+(?:ao|à|a)|presso)"
                          r"\s+(?:the\s+|la\s+|el\s+|l['’]\s*)?")


_DIVISION_AFTER = fastre.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:de|del|do|da)\s+)?[A-Z][\w’'-]*)*")
_DIVISION_POSSESSIVE = fastre.compile(r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})['’]s\s+$")
# "Sonora Governor", "the Western Cape Premier": the division named before a bare head
_DIVISION_BEFORE = fastre.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}$")
# "Borno State Commissioner for Women Affairs": a title opening on a federation's state
_STATE_OPENING = fastre.compile(r"(?:the\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+State\s+(?=[A-Z])")
_LEADING_WORDS = fastre.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?=\s+[A-Z])")
_BARE_SUBNATIONAL_HEAD = fastre.compile(r"(?:Premier|Chief\s+Minister|Governor|Minister-President|First\s+Minister)\s*$")


_DIVISION_BODY = fastre.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:Provincial|Prefectural|"
                                r"Regional|Oblast|Krai|State)\s+(?:Government|Department|Bureau|Office|Commission|"
                                r"Assembly|Council|Administration|Committee|People['’]s)\b")


def _subnational_country(text: str, s: int, e: int) -> tuple[str, int, int] | None:
    """The state whose division a sub-national head's title names, after the head word ("Premier
    of the Western Cape") or, for a bare head, just before the title ("Sonora Governor X")."""
    head = _SUBNATIONAL_HEAD.search(text, s, e)
    if head is not None:
        for rs, re_, region in geo.find_regions(text, head.end(), e):
            if rs == head.end() and region.country:
                return region.country, rs, re_
        named = _DIVISION_AFTER.match(text, head.end(), e)
        code = subdivision_country(named.group()) if named is not None else None
        return (code, named.start(), named.end()) if code is not None and named is not None else None
    opening = _STATE_OPENING.match(text, s, e)
    if opening is not None and (code := division_country(opening.group("name"))) is not None:
        return code, opening.start("name"), opening.end("name")
    # "North Dakota Commerce Commissioner", "Manitoba Trade Minister": a division's own office
    leading = _LEADING_WORDS.match(text, s, e)
    last = text[s:e].split()[-1] if text[s:e].split() else ""
    # an office, not a body ("Wajir Women for Peace"); or its abbreviation ("Tennessee Gov.")
    if leading is not None and (is_office_head(last) or last in STATE_OFFICE_ABBREVIATIONS):
        words = leading.group().split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if (code := division_country(name)) is not None:
                return code, s, s + len(name)
    owner = _DIVISION_POSSESSIVE.search(text, max(0, s - 50), s)
    if owner is not None:
        # "the Western Cape's Minister of Finance": a province's own minister
        code = division_country(owner.group("name"))
        if code is not None:
            return code, owner.start("name"), owner.end("name")
    if not _BARE_SUBNATIONAL_HEAD.match(text, s, e) or (e - s) > 20:
        return None
    before = _DIVISION_BEFORE.search(text, max(0, s - 50), s)
    if before is None:
        return None
    words = before.group().split()
    for k in range(len(words)):
        name = " ".join(words[k:])
        start = s - len(before.group()) + before.group().index(words[k])
        code = division_country(name)
        if code is not None:
            return code, start, start + len(name)
    return None


def org_and_country(index: NameIndex, titles: list[tuple[int, int]]) -> tuple[tuple[str, int, int] | None,
                                                                             tuple[str, int, int] | None]:
    """The organisation and government a title names ("Permanent Representative of Norway to
    the United Nations" → NO; "Executive Director of UN Women" → UN Women)."""
    text = index.text
    org = country = None
    non_state = False
    first_title = min((s for s, _ in titles), default=0)
    # "ITU Secretary-General X": the organisation's acronym written right before the title
    ahead = next((o for o in index.org_spans if o[1] <= first_title and not text[o[1]:first_title].strip()), None) \
        if titles else None
    if ahead is not None and not _A_MINISTER.match(text, first_title):
        org = (ahead[2], ahead[0], ahead[1])
    for s, e in dict.fromkeys(titles):
        # "Ambassador to Japan", "Envoy on Myanmar", "Special Representative for Afghanistan": a country the
        # title serves or is about, not the one the person speaks for
        dest = [(m.start(), m.end()) for m in _DESTINATION.finditer(text, s, e)]

        def after_dest(pos: int) -> bool:
            return any(de == pos for _, de in dest)

        units = [(m.start(), m.end()) for m in _UNIT_NAME.finditer(text, s, e)]
        # "Joint Secretary (Bangladesh and Myanmar)", "Secretary (East)": a remit in brackets
        brackets = [(m.start() + s, m.end() + s) for m in _BRACKETED.finditer(text[s:e])] if "(" in text[s:e] else []
        # "Secretary General of GUAM": a country's name that is an international body's own name
        title_orgs = find_orgs(text, s, e)
        bodies = [(os_, oe) for os_, oe, _ in title_orgs]
        for cs, ce, code in geo.find_countries(text[s:e]):
            if any(os_ <= cs + s and ce + s <= oe for os_, oe in bodies):
                continue
            if any(us <= cs + s < ue and not _BODY_AFTER.match(text, ce + s, ue) for us, ue in units):
                continue        # "Head of the Department of Europe and America": a unit's remit, not a state
            if any(bs <= cs + s < be for bs, be in brackets) and not (
                    _BODY_STATE_BRACKET.match(text, cs + s - 1, e) and _STATE_BODY.search(text, first_title, cs + s)):
                continue
            if _FIELD_OFFICE_BEFORE.search(text, s, cs + s) and _FIELD_OFFICE_AFTER.match(text, ce + s, e):
                continue        # "Chief Representative of the JICA Philippines Office": an agency's office there
            if _CIVIL_BODY_AFTER.match(text, ce + s, e):
                continue        # "Policy Coordinator, Irish Consortium on Gender Based Violence": a body of its people
            if not after_dest(cs + s) and country is None and not non_state:
                country = (code, cs + s, ce + s)
        # "Ambassador to the UN" serves a government; "Special Adviser to the African Union" serves the AU
        posted = re.search(r"\b(?:Ambassador|Representative|Envoy|Delegate|Observer)\b", text[s:e])
        minister = _A_MINISTER.match(text, s, e)
        for os_, oe, name in title_orgs:
            if any(bs <= os_ < be for bs, be in brackets):
                continue
            if minister and os_ >= minister.end():
                continue    # "Minister for Foreign Affairs, European Union and Cooperation": a ministry's remit
            if not (after_dest(os_) and posted) and org is None:
                org = (name, os_, oe)
        if org is None and country is None:
            # "Deputy Director of the GCSP" after "the Geneva Centre for Security Policy (GCSP)": a body's
            # acronym the text defined
            for ma in _ACRONYM_WORD.finditer(text, s, e):
                if ma.group() in _defined_bodies(text):
                    org = (ma.group(), ma.start(), ma.end())
                    non_state = True
                    break
        if org is None:
            m = _non_state_org().search(text[s:e]) or _ROMANCE_NON_STATE.search(text[s:e]) \
                or (None if _AIR_RANK.match(text, s, e) else _body_named().match(text[s:e]))
            if m and _BARE_HEAD.fullmatch(m.group(1).rstrip()):
                m = None        # "Chairperson of the Committee": a body named before, not a name
            if m and (_STATE_ORGAN.search(m.group(1)) or _national_committee(m.group(1).rstrip())):
                m = None        # "Member of the Political Bureau of the CPC Central Committee": an organ of a state
            if m and geo.country_code(m.group(1).rstrip()) is not None:
                m = None        # "President of the Union of the Comoros": a state
            if m and _legislatures()[0].search(m.group(1)):
                m = None        # "Chair of the Saeima Foreign Affairs Committee": a parliament's, a state organ
            if m and EXECUTIVE_WORDS.search(text, s, e) and not _PRIVATE_BODY.search(m.group(1)):
                m = None        # "Minister ... of the X Committee": an office of government
            # but "President of the ... Industries Association" heads a private body
            if m:
                org_text = m.group(1).rstrip()
                org = (org_text, s + m.start(1), s + m.start(1) + len(org_text))
                country = None
                non_state = True
    if country is None and org is None:
        for s, e in titles:
            un = _UN_TITLE.search(text, s, e)
            if un and not _NATIONAL_SERVICE.search(text, s, e):
                # "Under-Secretary-General for Political and Peacebuilding Affairs": the UN Secretariat's ranks
                return ("United Nations", un.start(), un.end()), None
    if country is None and org is None:
        # "Secretary-General, Lok Sabha", "President of the Althing": a parliament known by its own name
        for s, e in titles:
            m = _legislatures()[0].search(text, s, e)
            if m is not None:
                country = (_legislatures()[1][m.group()], m.start(), m.end())
                break
    if country is None and org is None:
        # the head of a state's or province's government: "Premier of Newfoundland and Labrador",
        # "Governor of Kaduna State", "Sonora Governor X"
        for s, e in titles:
            country = _subnational_country(text, s, e)
            if country:
                break
    if country is None and org is None:
        # "Director of the Fujian Provincial Department of Commerce": a body of a named province or state
        for s, e in titles:
            for m in _DIVISION_BODY.finditer(text, s, e):
                code = division_country(m.group("name"))
                if code is not None:
                    country = (code, m.start("name"), m.end("name"))
                    break
            if country:
                break
    if country is None and org is None:
        # a sub-national government: "of the City of Rio de Janeiro"
        for s, e in titles:
            for m in re.finditer(r"\bof\s+(?:the\s+)?((?:[A-Z][\w’'-]*)(?:\s+(?:de|do|da|del|of)?\s*[A-Z][\w’'-]*){0,3})",
                                 text[s:e]):
                # "Director of Himeji's International Exchange Division": the city before its possessive
                named = _POSSESSIVE_END.split(m.group(1), maxsplit=1)[0]
                # "Lord Mayor of Westminster" on a page that names the United Kingdom: its Westminster first
                # (a choice between cities the gazetteer knows by that name alone, not a hamlet found by its country)
                wanted = named.split(" of ")[-1]
                city = geo.lookup_city(wanted)
                if city is not None:
                    # (a state named above the title, or a city of that name not much smaller: not the small
                    # Hobart of "the United States" named further down a page that lists "Lord Mayor of Hobart")
                    first_named: dict[str, int] = {}
                    for cs, _, code in index.country_spans:
                        first_named.setdefault(code, cs)
                    city = next((c for code, cs in first_named.items()
                                 if (c := geo.lookup_city(wanted, code)) is not None and c.country == code
                                 and c.name.lower() in (wanted.lower(), f"city of {wanted.lower()}")
                                 and (cs < s or (c.population or 0) * 5 >= (city.population or 0))), city)
                if city is not None and f"{named} Island" in text:
                    city = None     # "Officer-in-Charge of Kanton" on Kanton Island: not Guangzhou
                if city is not None:
                    country = (city.country, s + m.start(1), s + m.start(1) + len(named))
                    break
                # "Mayor of the Chatham Islands": a council of a division that is no city
                code = division_country(named) if _LOCAL_HEAD.match(text, s, e) else None
                if code is not None:
                    country = (code, s + m.start(1), s + m.start(1) + len(named))
                    break
            if country:
                break
    for s, e in dict.fromkeys(titles):
        # "..., International Organization for Migration (IOM)": annotators name the organisation by its acronym
        # (an acronym: two capitals at least, not a remit in brackets, "Deputy Director General (Operations)")
        ma = re.search(r"\(([A-Z](?=[a-z]*[A-Z])[A-Za-z]{1,9})\)", text[s:e])
        if ma and (_OFFICE_BEFORE_BRACKET.search(text[s:s + ma.start()])
                   or _abbreviates_a_rank(text[max(0, s - 25):s + ma.start()].strip(), ma.group(1))):
            ma = None       # "Refugee Relief and Repatriation Commissioner (RRRC)", "Deputy Superintendent of Police (DSP)": the office's acronym
        if ma and not geo.country_code(ma.group(1)) and (country is None or country[1] > s + ma.start()):
            org = (ma.group(1), s + ma.start(1), s + ma.end(1))
            country = None
            break
    if org is not None and country is not None and org[1] < country[1]:
        if _NATIONAL_BODY.match(text, org[2]):
            org = None       # "Chairperson of the APRM National Governing Council of The Gambia": a state's organ
        else:
            country = None       # "UN Women Representative in Japan": staff of the organisation
    if org is not None and country is not None and country[1] < org[1]:
        org = None           # "Ambassador of Japan to ...", a government's officer
    return org, country


# ... "a delegation of the Committee on Foreign Policy of the Parliament of the Republic of Moldova, led by its
# Chair, Ms X": the state last named in the delegation's words
_DELEGATION_FROM_LED_BY = fastre.compile(r"\bdelegation\s+(?:from|of)\s+(?:[^.;]{0,120}?\s(?:of|from)\s+)?(?:the\s+)?"
                                         r"(?P<state>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}),?\s+"
                                         r"(?:was\s+)?(?:led|headed)\s+by\s+(?:(?:its|their|the)\s+[A-Z][\w-]*,\s+)?$")
_NATIONAL_BODY = fastre.compile(r"\s+National\s+[A-Z]")
# an organisation's own ranks, which a field office's page names without the organisation
_UN_STAFF = fastre.compile(r"\b(?:Special\s+Representative|Special\s+Envoy|Resident\s+Coordinator|Humanitarian\s+Coordinator|"
                           r"Force\s+Commander|Police\s+Commissioner|Head\s+of\s+(?:Mission|Office)|Chief\s+of\s+Staff|"
                           r"Gender\s+Adviser|Senior\s+Adviser|Director\s+of\s+Mission\s+Support)\b")
_SIDE_AFTER = fastre.compile(r",?\s+on\s+the\s+(?P<side>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+side\b")
_NATIONAL_COUNTERPART = fastre.compile(r"\b(?:his|her|their)\s+(?P<nat>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+counterparts?\s*,?\s*(?:the\s+)?$")
# ... "Minister-President of the Government of Flanders": the division's government named
_SUBNATIONAL_HEAD = fastre.compile(r"\b(?:(?:Premier|Chief\s+Minister|Governor|Minister-President|First\s+Minister|Rais)\s+"
                                   r"of\s+(?:the\s+)?(?:(?:Government|State|Province|Region|Republic)\s+of\s+(?:the\s+)?)?|"
                                   # "Head of the Republic of Dagestan" (not "Head of the Gulf Department")
                                   r"Head\s+of\s+the\s+Republic\s+of\s+)")
_PRIVATE_BODY = re.compile(r"\b(?:Association|Foundation|University|Company|Corporation|Chamber|Institute|Academy|"
                           r"College|Society|Trust|Coalition|Initiative)\b")


@lru_cache(maxsize=1)
def _legislatures() -> tuple[re.Pattern, dict[str, str]]:
    table = load("legislatures.json")["legislatures"]
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"), table


@lru_cache(maxsize=1)
def _non_state_org() -> re.Pattern:
    """"Dean of the Federal University of X", "Chair of the Evaluation Committee for Y"."""
    heads = "|".join(load("organizations.json")["non_state_heads"])
    return fastre.compile(r"\b(?:of|at|in)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+(?:(?:of|for|on|and|the)\s+)*)*"
                      r"(?:" + heads + r")\b"
                      r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|on|and|the|de))*)?)")


# a body of no state in a Romance title: "présidente de la Plateforme des femmes leaders du Mali", "directora de la
# Red de Mujeres Mediadoras", "coordenadora da Rede de Mulheres"
_ROMANCE_NON_STATE = fastre.compile(
    r"\b(?:de|del|de\s+la|du|de\s+l['’]|da|do|des|della|dell['’])\s*((?:Plateforme|Plataforma|Réseau|Red|Rete|Rede|"
    r"Asociación|Association|Associação|Associazione|Fundación|Fondation|Fundação|Fondazione|Coalition|Coalición|Coalizão|"
    r"Universidad|Université|Universidade|Università|Collectif|Colectivo|Coletivo|Observatoire|Observatorio|Observatório|"
    r"Mouvement|Movimiento|Movimento|Ligue|Liga)\b[^,;()]{0,100})")
_OFFICE_BEFORE_BRACKET = re.compile(r"\b(?:Commissioner|Secretary|Minister|Director|Representative|Coordinator|"
                                    r"Adviser|Advisor|Officer|Governor|Administrator|Envoy)\s*$")
_ACRONYM_WORD = fastre.compile(r"\b[A-Z]{2,8}\b")


def _abbreviates_a_rank(name: str, acronym: str) -> bool:
    """"Additional Inspector General of Police (AIG)", "Deputy Superintendent of Police (DSP)": the letters
    of a rank's own words, not a body's."""
    words = [w for w in name.split() if w not in ("of", "for", "on", "and", "the")]
    for k in range(len(words)):
        initials = "".join(w[0] for w in words[k:])
        # (a rank opens the letters: not "Centre for Peace and Justice (CPJ)", whose "Justice" heads no rank here)
        if initials.startswith(acronym) and (is_office_head(words[k]) or words[k] in _RANK_MODIFIERS):
            return True
        # ... or an office's letters to its last word: "County Executive Committee Member (CECM)"
        if initials == acronym and len(acronym) >= 3 and is_office_head(words[-1]):
            return True
    return False


_RANK_MODIFIERS = frozenset({"Additional", "Addl.", "Assistant", "Deputy", "Senior", "Chief", "Joint", "Special", "Principal"})


@lru_cache(maxsize=64)
def _defined_bodies(text: str) -> frozenset[str]:
    """Acronyms the text defines for a body of no state: "the Geneva Centre for Security Policy (GCSP)"."""
    found = set()
    for m in _ACRONYM_DEFINED.finditer(text):
        body = _body_named().search(m.group("name"))
        # (not a state's own: "the Joint Peace Operations Centre of Chile (CECOPAC)")
        if body is not None and not _STATE_ORGAN.search(m.group("name")) and geo.country_code(m.group("acronym")) is None \
                and not geo.find_countries(m.group("name")) and not _abbreviates_a_rank(m.group("name"), m.group("acronym")):
            found.add(m.group("acronym"))
    return frozenset(found)


_ACRONYM_DEFINED = fastre.compile(r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|on|and|the)){1,8})\s+\((?P<acronym>[A-Z]{2,8})\)")


@lru_cache(maxsize=1)
def _body_named() -> re.Pattern:
    """A title that is a body's name alone (", German Institute for Human Rights"), the name
    as group 1 like _non_state_org's."""
    heads = "|".join(load("organizations.json")["non_state_heads"])
    return re.compile(r"((?:[A-Z][\w’'-]*\s+(?:(?:for|and)\s+)?)*(?:" + heads + r")\b"
                      r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|on|and|the|de))*)?)")


def titles_facts(index: NameIndex, m: Mention) -> list[Fact[str]]:
    out = []
    for s, e in m.titles:
        value = squash(index.text[s:e]).strip(" ,")
        value = re.sub(r"^(?:the|The)\s+", "", value)
        if value:
            out.append(Fact.at(value, s, e))
    return out


def build_person(index: NameIndex, p: Participant, home: tuple[str, int, int] | None,
                 counterpart_fallback: tuple[str, int, int] | None, host_state: bool = False,
                 field_host: Fact[str] | None = None, abroad: bool = False) -> Person:
    """The participant's record. With `host_state` (the principal is an organisation's officer),
    a counterpart holding a government office serves the home state the text speaks of. With
    `field_host` (the page of an organisation's office in a country: "United Nations Support
    Mission in Libya"), others holding a government office serve that country."""
    text = index.text
    m = p.slot.mention
    fuller = _fuller_name(index, p)
    # the mention with the most to say names the person
    titled = max(p.mentions + ([fuller] if fuller is not None else []),
                 key=lambda x: (len(x.titles), len(x.name_tokens)))
    titles = titles_facts(index, titled) or titles_facts(index, m)
    all_title_spans = [t for x in p.mentions + ([fuller] if fuller is not None else []) for t in x.titles]
    org, country = org_and_country(index, all_title_spans)
    if p.slot.side_org is not None and country is None and (org is None or org[0] == "United Nations"):
        org = p.slot.side_org       # "The EFTA Secretariat was represented by Deputy Secretary-General X"
    country_fact: Fact[str] | None = Fact.at(country[0], country[1], country[2]) if country else None
    if country_fact is None and m.tail_country:
        c = m.tail_country
        country_fact = Fact.at(c[0], c[1], c[2])
    if country_fact is None and p.slot.side_country:
        c = p.slot.side_country
        country_fact = Fact.at(c[0], c[1], c[2])
    if country_fact is None:
        # "..., Mr. Vivek R., Chief General Manager of the Reserve Bank, on the Indian side": the side after
        tail = max([m.end] + [e for _, e in m.titles])
        side = _SIDE_AFTER.match(text, tail)
        code = geo.side_country(side.group("side")) if side else None
        if code is not None:
            country_fact = Fact.at(code, side.start("side"), side.end("side"))
    if country_fact is None and org is None:
        # "received a delegation from the Republic of Malawi led by Hon. X": the state the delegation came from
        led = _DELEGATION_FROM_LED_BY.search(text, max(0, m.start - 240), m.start)
        found = geo.find_countries(led.group("state")) if led else []
        if found and found[0][0] == 0:
            country_fact = Fact.at(found[0][2], led.start("state"), led.start("state") + found[0][1])
    if country_fact is None and org is None and p.slot.role != "principal":
        # "welcomed his Costa Rican counterpart, Gabriela Soto": whose counterpart the text says
        own = _NATIONAL_COUNTERPART.search(text, max(0, m.start - 60), m.start)
        code = geo.country_code(own.group("nat")) if own is not None else None
        if code is not None:
            country_fact = Fact.at(code, own.start("nat"), own.end("nat"))
    role = p.slot.role
    gov_title = any(GOVERNMENT_WORDS.search(text, s, e) for s, e in all_title_spans)
    if country_fact is None and org is None and role == "attendee" and p.slot.other_side:
        c = counterpart_fallback            # the side of the one they came with: not the publisher's
        country_fact = Fact.at(c[0], c[1], c[2]) if c else None
    elif country_fact is None and org is None and home is not None:
        # a legislator at an event abroad ("Senator X, President of the Senate Committee on Foreign
        # Relations" at an embassy's panel) is as likely the host's as the publisher's: unknown
        legislator = abroad and role != "principal" and any(LEGISLATOR.search(text, s, e) for s, e in all_title_spans)
        # a bare "Consul-General" beside the publisher at home is posted here by another state (see sides)
        envoy_here = not abroad and role == "attendee" and bool(all_title_spans) \
            and all(ENVOY_TITLE.fullmatch(text, s, e) for s, e in all_title_spans)
        if abroad and field_host is not None and role in {"attendee", "moderator", "speaker"} and gov_title \
                and field_host.value != home[0] \
                and not _of_the_mission_or_home(text, all_title_spans, home[0]):
            # an embassy's event in its host country: an official named with no state is the host's
            # ("Mr. X, Deputy Minister, Ministry of Public Order and Safety, Bangsamoro ..." at Manila's embassy's panel)
            country_fact = derived(field_host.value, field_host, _role_fact(p))
        elif not legislator and not envoy_here and (role == "principal" or (role in {"attendee", "moderator", "speaker"} and gov_title)
                               or (host_state and role in ("counterpart", "attendee")
                                   and any(HOST_OFFICIAL.search(text, s, e) for s, e in all_title_spans))):
            country_fact = derived(home[0], Fact.at(home[0], home[1], home[2]), _role_fact(p))
    if country_fact is None and org is None and home is None and field_host is not None and gov_title \
            and role != "principal" and not _UN_STAFF.search(" ".join(t.value for t in titles)):
        country_fact = derived(field_host.value, field_host, _role_fact(p))
    if country_fact is None and org is None and titles:
        # "Secretary of State" here, "the Secretary of State of the United States" in the headline
        country_fact = _office_country(index, titles[0].value)
    if country_fact is None and org is None and role == "counterpart" and counterpart_fallback is not None:
        c = counterpart_fallback
        country_fact = Fact.at(c[0], c[1], c[2])
    named = fuller or m
    name = Fact.at(named.name(text), named.name_start, named.name_end)
    fam, given = family_and_given(named.name_tokens, text, country_fact.value if country_fact else None,
                                  named.inverted)
    hon = next(((f, s, e) for x in p.mentions for f, s, e in x.honorifics), None)
    return Person(
        name=name,
        family_name=Fact.at(*fam) if fam else None,
        given_name=Fact.at(*given) if given else None,
        honorific=Fact.at(hon[0], hon[1], hon[2]) if hon else None,
        titles=titles,
        organization=Fact.at(org[0], org[1], org[2]) if org else None,
        country=country_fact,
        role=_role_fact(p),
    )


# an envoy's bare office, no state named in it
ENVOY_TITLE = fastre.compile(r"(?:the\s+)?(?:Deputy\s+)?(?:Consul(?:[- ]General)?|Ambassador|High\s+Commissioner|"
                             r"Charg[ée]\s+d['’]\s*Affaires(?:\s+a\.\s*i\.)?|Consul\s+General)")
# the mission's own staff: "Deputy Head of Mission", "Defence Attaché", "First Secretary of the Embassy"
MISSION_STAFF = fastre.compile(r"\b(?:Head\s+of\s+Mission|Ambassador|Attach[ée]|Counsell?or|Consul|Charg[ée]|"
                               r"(?:First|Second|Third)\s+Secretary|Embassy|High\s+Commission|Mission|Adviser\s+to\s+the)\b")
_CAP_WORD = re.compile(r"[A-Z][\w’'-]+")


def _of_the_mission_or_home(text: str, title_spans: list[tuple[int, int]], home: str) -> bool:
    """A title of the mission's own staff, or one naming the home state ("Australian Department of ...")."""
    for s, e in title_spans:
        if MISSION_STAFF.search(text, s, e):
            return True
        if any(geo.country_code(w.group()) == home for w in _CAP_WORD.finditer(text, s, e)):
            return True
    return False


def _fuller_name(index: NameIndex, p: Participant) -> Mention | None:
    """"Ms. Pálsdóttir" in the slot, "Ms. Dagný Pálsdóttir" earlier in the text: the one fuller
    form of the same name (none when two people share the shorter one)."""
    m = p.slot.mention
    if not m.name_tokens or len(m.name_tokens) > 1:
        return None
    found = {}
    for x in index.mentions:
        if x.kind != "office" and len(x.name_tokens) > 1 and p.keys <= x.keys:
            found.setdefault(x.name(index.text), x)
    return next(iter(found.values())) if len(found) == 1 else None


# an organisation's office in a country: "the JICA Philippines Office", "UNDP Kenya Country Office"
_FIELD_OFFICE_BEFORE = fastre.compile(r"\b[A-Z]{2,}(?:\s+[A-Z][a-z]+)?\s+$")
_FIELD_OFFICE_AFTER = fastre.compile(r"\s+(?:Country\s+|Field\s+|Liaison\s+|Representative\s+)?(?:Office|Mission|Representation)\b")
# a civil-society body named after its country or people
_CIVIL_BODY_AFTER = fastre.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,2}?(?:Consortium|Network|Coalition|Alliance|Association|Foundation|"
                                   r"Forum|Platform|Movement|League|Society|Federation|Trust|Collective|Circle|Caucus|Council\s+of\s+Churches)\b")
_APPOSITION_COMMA = fastre.compile(r",[ \t]*")


def _office_country(index: NameIndex, title: str) -> Fact[str] | None:
    """The country of the one office elsewhere in the text that is this title "of <country>"."""
    text = index.text
    found = set()
    hit = None
    people_at = [x.start for x in index.mentions if x.kind != "office"]
    for m in index.mentions:
        if m.kind != "office":
            continue
        if any(0 <= start - m.end <= 3 and not text[m.end:start].strip(" \t\n,") for start in people_at):
            continue        # a masthead's "Prime Minister of Australia" above its holder's name
        after = _APPOSITION_COMMA.match(text, m.end)
        if after is not None and index.bare_name_at(after.end()) is not None:
            continue        # "the President of Peru, Óscar Villacorta": someone else's title
        s, e = m.titles[0]
        words = squash(text[s:e])
        if not words.startswith(title + " of "):
            continue
        for cs, ce, code in geo.find_countries(words[len(title):]):
            found.add(code)
            hit = hit or Fact.at(code, s, e)
    return hit if len(found) == 1 else None


def _role_fact(p: Participant) -> Fact[str]:
    s, e = p.slot.evidence
    m = p.slot.mention
    return Fact(p.slot.role).citing(Fact.at(p.slot.role, s, e), Fact.at(p.slot.role, m.start, m.end))
