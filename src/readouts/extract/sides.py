"""Whose side each person is on: the government the readout speaks for (its home
country) and, where the text names it only indirectly, the other side's country."""
from __future__ import annotations

import re

from . import fastre, geo
from .names import NameIndex
from ..model import Fact, derived
from .persons import ENVOY_TITLE, LEGISLATOR, Participant, org_and_country
from .publisher import Publisher, country_pairs, home_country
from .text import Doc


def home_for(doc: Doc, layout, index: NameIndex, publisher: Publisher, people: list[Participant], roles, place):
    """The home country as (code, start, end), gathering the signs `home_country` weighs."""
    principal = next((p for p in people if p.role == "principal"), None)
    principal_country = principal_org = None
    if principal is not None:
        principal_org, principal_country = org_and_country(index, [t for m in principal.mentions for t in m.titles])
    exclude = set()
    for p in people:
        if p.role == "counterpart":
            _, c = org_and_country(index, [t for m in p.mentions for t in m.titles])
            if c:
                exclude.add(c[0])
            if p.slot.mention.tail_country:
                exclude.add(p.slot.mention.tail_country[0])
    sides = []
    for p in people:
        side = p.slot.side_country
        if side is None:
            continue
        line_start = doc.text.rfind("\n", 0, side[1]) + 1
        if p.role == "counterpart" or _DELEGATION_HEADING.match(doc.text, line_start, side[1]):
            # the other side's ("Delegation of the Federal Parliament of Somalia" over its names): the guests
            exclude.add(side[0])
        elif side[0] not in exclude:
            # (not the counterpart's own side: "do lado angolano, o Embaixador de Angola" beside Angola's guest)
            sides.append(side)
    host = None
    loc = place.location.country
    if place.visit_start is not None and loc is not None and roles.main_verb and place.visit_start > roles.main_verb[1]:
        host = (loc.value, loc.spans[0].start, loc.spans[0].end)
    elif loc is not None and exclude and loc.value not in exclude and principal_org is None and roles.main_verb \
            and RECEIVING.fullmatch(doc.text, *roles.main_verb):
        # "Governor X today welcomed Governor Y of Tochigi Prefecture, Japan, to the Statehouse" in
        # Indianapolis: who receives a guest from abroad is at home where they meet
        host = (loc.value, loc.spans[0].start, loc.spans[0].end)
    return home_country(doc, publisher, principal_country, exclude, layout.dateline_end, layout.body_end,
                        [r for r in (layout.title_range, layout.lead) if r], host,
                        sides, layout.dateline_range,
                        principal_possessives(doc, layout, index, principal))


_DELEGATION_HEADING = fastre.compile(r"[ \t]*(?:The\s+)?(?:Visiting\s+)?Delegation\s+of\b")
RECEIVING = fastre.compile(r"welcomed|welcomes|received|receives|hosted|hosts")
COUNTERPART_ADJ = fastre.compile(r"\b(?:his|her|their|its)\s+(?P<adj>[A-Z][\w’'-]+)\s+counterparts?\b")
POSSESSIVE = fastre.compile(r"['’]s?\b")
APPOSITION_AFTER = fastre.compile(r"\s+[a-z]+(?:\s+[a-z]+){0,2}\s*,")
HOSTILE = fastre.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:aggression|invasion|war|attacks?|occupation|annexation|"
                         r"violations?|threats?|provocations?|missile|nuclear|military)\b", re.I)


def principal_possessives(doc: Doc, layout, index: NameIndex, principal) -> list[tuple[str, int, int]]:
    """Countries written in the possessive ("New Zealand's commitment") in sentences whose
    subject is the principal."""
    if principal is None:
        return []
    text = doc.text
    out = []
    for s, e in doc.sentences(layout.dateline_end, layout.body_end):
        first = next((m for m in index.mentions if s <= m.start < e and m.kind != "office"), None)
        if first is None or not (first.keys & principal.keys) or first.start - s > 40:
            continue
        for cs, ce, code in doc.countries(first.end, e):
            poss = POSSESSIVE.match(text, ce)
            if poss and APPOSITION_AFTER.match(text, poss.end()) and text[max(0, cs - 2):cs] == ", ":
                continue        # "the President of the Althing, Iceland's parliament, X": the other side's body
            if poss and not text[cs:ce].endswith("s'") and not HOSTILE.match(text, poss.end()):
                out.append((code, cs, ce))      # not "Russia's aggression": another country's
    return out




# a state the lead names as its subject matter, not as a side: "met today on the situation in Mali"
_TOPIC_BEFORE = fastre.compile(r"\b(?:situation|crisis|war|conflict|peace|developments?|elections?|transition|"
                               r"process|question|issue)\s+(?:in|on|of|for)\s+(?:the\s+)?$")


def counterpart_country(doc: Doc, layout, home, place) -> tuple[str, int, int] | None:
    """The other side's country when the text names it only as a pair ("U.S.-Mexican
    cooperation", "Japan-Australia Foreign Ministers' Meeting") or as the host country."""
    text = doc.text
    if home is not None:
        for region in (layout.title_range, layout.lead, (layout.dateline_end, layout.body_end)):
            if not region:
                continue
            if region is layout.lead:
                # "... in honour of the delegation of the State Great Khural of Mongolia": the one other state
                # the lead names, before a pair further down ("the Armenia–Azerbaijan conflict")
                others = {code: (code, s, e) for s, e, code in doc.countries(*region)
                          if code != home[0] and not _TOPIC_BEFORE.search(text, max(region[0], s - 40), s)}
                if len(others) == 1:
                    return next(iter(others.values()))
                continue
            for a, b in country_pairs(text, *region):
                if a[0] != b[0] and home[0] in (a[0], b[0]):
                    return b if a[0] == home[0] else a
    # "spoke with his Indian counterpart"
    for m in COUNTERPART_ADJ.finditer(text, layout.dateline_end, layout.body_end):
        code = geo.country_code(m.group("adj"))
        if code and (home is None or code != home[0]):
            return code, m.start("adj"), m.end("adj")
    loc = place.location.country
    if loc is not None and (home is None or loc.value != home[0]):
        s = loc.spans[0]
        return loc.value, s.start, s.end
    return None


def publisher_side_attendees(text: str, people: list[Participant], home: tuple[str, int, int] | None,
                             abroad: bool) -> None:
    """An attendee the text puts on no side, beside a principal who serves the home government,
    is that government's ("Also present were Ms. X, Chief of Staff"): the publisher names its own
    people and marks the other side's. Not a legislator at an event abroad (as likely the host's)."""
    principal = next((p.person for p in people if p.role == "principal" and p.person is not None), None)
    if home is None or principal is None or principal.organization is not None \
            or principal.country is None or principal.country.value != home[0]:
        return
    guests = {p.person.country.value: p.person.country for p in people if p.role == "counterpart"
              and p.person is not None and p.person.country is not None and p.person.country.value != home[0]}
    for p in people:
        person, slot = p.person, p.slot
        if p.role != "attendee" or person is None or person.country is not None or person.organization is not None \
                or slot.other_side or slot.side_country is not None:
            continue
        spans = [t for x in p.mentions for t in x.titles]
        if any(NON_STATE_TITLE.search(text, s, e) for s, e in spans) \
                or (abroad and any(LEGISLATOR.search(text, s, e) for s, e in spans)):
            continue
        if not abroad and spans and all(ENVOY_TITLE.fullmatch(text, s, e) for s, e in spans):
            # "Ms. Zhang Hui, Consul-General in Nagasaki" at the Governor's meeting at home: an envoy posted
            # here serves the guests' state, not the publisher's
            if len(guests) == 1:
                (code, fact), = guests.items()
                person.country = derived(code, fact, Fact.at(code, *spans[0]))
            continue
        person.country = derived(home[0], Fact.at(home[0], home[1], home[2]), principal.country, person.role)



# offices of a society, a firm or a school, whose holders serve no state ("Executive Director, Réseau femmes
# et paix", "Programme Manager", "Professor of Law")
NON_STATE_TITLE = fastre.compile(r"\b(?:Executive\s+Director|Managing\s+Director|Programme|Program|Project|Research|"
                                 r"Founder|Co-?founder|Chief\s+Executive|CEO|Professor|Lecturer|University|Foundation|"
                                 r"Association|Network|Society|Company|Corporation|Chamber\s+of\s+Commerce|"
                                 r"Red\s+Cross|Red\s+Crescent|NGO|Coalition|Alliance)\b")
