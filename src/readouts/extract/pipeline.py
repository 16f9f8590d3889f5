"""The extraction pipeline: segment → date line → when → type → place → people and roles →
references → series → zones → record. Each step is a function over one document."""
from __future__ import annotations

import hashlib
import re
from typing import Any

from ..model import Document, Event, Fact, Office, Problem, Record, derived
from . import geo
from .gender import assign_genders
from .kind import classify
from .names import Mention, NameIndex
from .persons import Participant, build_person, merge_slots, org_and_country
from .place import find_place
from .publisher import find_publisher, home_country
from .refs import find_attendance, find_resolutions
from .roles import Slot, assign_roles
from .segment import find_layout
from .series import find_series
from .text import Doc
from .timing import resolve
from .when import read_when

LANGUAGE_HINT = re.compile(r"\b(?:the|and|of|with|was|were|on|for)\b", re.I)


def extract_text(text: str, source: str | None = None, meta: Any = None, doc_id: str | None = None) -> Record:
    """One record from a readout's text; `meta` is an inputs.PageMeta for HTML pages (title, site, date)."""
    doc = Doc(text=text,
              title_hint=getattr(meta, "title", None),
              publisher_hint=getattr(meta, "publisher", None),
              published_hint=getattr(meta, "published", None))
    document = Document(source=source, id=doc_id or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    record = Record(document=document, text=text)
    layout = find_layout(doc)
    document.title = layout.title
    document.published = layout.published
    if document.published is None and doc.published_hint:
        document.published = Fact(doc.published_hint)
    document.truncated = layout.truncated
    document.language = "en" if len(LANGUAGE_HINT.findall(text[:3000])) >= 5 else None
    publisher = find_publisher(doc)
    document.publisher = publisher.name or (Fact(doc.publisher_hint) if doc.publisher_hint else None)
    if layout.truncated is not None and layout.truncated.value:
        record.problems.append(Problem("truncated", "the text stops mid-sentence or mid-list; lists may be incomplete",
                                       layout.truncated.spans))
    if layout.lead is None:
        record.problems.append(Problem("not_a_readout", "no sentence reports a meeting, call or event"))
        return record

    when = read_when(doc, layout)
    record.problems.extend(when.problems or [])
    event = Event(date=when.date, start_time=when.start_time, duration_minutes=when.duration)
    event.type = classify(doc, layout)
    kind = event.type.value if event.type else None
    place = find_place(doc, layout, kind)
    event.location = place.location

    index = NameIndex(doc, 0, layout.body_end)
    roles = assign_roles(doc, layout, index, kind)
    people = merge_slots(roles)
    _fallback_principal(people)
    home = _home(doc, layout, index, publisher, people, roles, place)
    counterpart_fallback = _counterpart_country(doc, layout, home, place)
    for p in people:
        p.person = build_person(index, p, home, counterpart_fallback)
    # coreference: later mentions of each participant
    for m in index.mentions:
        if m.kind == "office":
            continue
        hits = [p for p in people if m.keys and (m.keys <= p.keys or p.keys <= m.keys
                                                 or (len(m.keys) == 1 and m.keys & p.keys))]
        if len(hits) == 1 and m not in hits[0].mentions:
            hits[0].mentions.append(m)
    genders = assign_genders(doc, index, people, lambda m: _resolve_office(index, m, people, roles))
    for i, p in enumerate(people):
        if i in genders:
            p.person.gender = genders[i]
    event.participants = [p.person for p in people]
    if roles.principal_office is not None and not any(p.role == "principal" for p in people):
        office, verb = roles.principal_office
        s, e = office.titles[0]
        title = re.sub(r"\s+", " ", doc.text[s:e])
        event.offices.append(Office(title=Fact.at(title, s, e),
                                    country=derived(home[0], Fact.at(home[0], home[1], home[2])) if home else None,
                                    role=Fact("principal").citing(Fact.at("principal", s, e),
                                                                  Fact.at("principal", verb[0], verb[1]))))

    event.references = find_resolutions(doc)
    event.attendance = find_attendance(doc, layout.dateline_end, layout.body_end)
    event.series = find_series(doc, layout)

    place_zone = None
    place_fact = place.location.city or place.location.country
    if place.venue is not None:
        place_zone = place.venue.timezone
    elif place.city is not None:
        place_zone = place.city.timezone
    elif place.location.country is not None:
        place_zone = geo.country_timezone(place.location.country.value)
    year = (when.date_value or layout.published_date).year if (when.date_value or layout.published_date) else 2024
    timing = resolve(when, kind, place_zone, place_fact, home, year)
    event.utc_offset, event.timezone = timing.utc_offset, timing.timezone
    event.start_utc, event.end_utc = timing.start_utc, timing.end_utc
    record.problems.extend(timing.problems)
    record.events.append(event)
    return record


def _fallback_principal(people: list[Participant]) -> None:
    """With no principal named in the lead, the first attendee or speaker leads the
    publisher's side (checked against the home country once it is known)."""
    if any(p.role == "principal" for p in people) or not people:
        return
    for p in people:
        if p.role in {"attendee", "speaker"}:
            p.slot = Slot(p.slot.mention, "principal", p.slot.evidence, p.slot.side_country, p.slot.side_org)
            return


def _home(doc, layout, index: NameIndex, publisher, people: list[Participant], roles, place):
    principal = next((p for p in people if p.role == "principal"), None)
    principal_country = None
    if principal is not None:
        _, c = org_and_country(index, [t for m in principal.mentions for t in m.titles])
        principal_country = c
    exclude = set()
    for p in people:
        if p.role == "counterpart":
            _, c = org_and_country(index, [t for m in p.mentions for t in m.titles])
            if c:
                exclude.add(c[0])
            if p.slot.mention.tail_country:
                exclude.add(p.slot.mention.tail_country[0])
    host = None
    loc = place.location.country
    if place.visit_start is not None and loc is not None and roles.main_verb and place.visit_start > roles.main_verb[1]:
        host = (loc.value, loc.spans[0].start, loc.spans[0].end)
    return home_country(doc, publisher, principal_country, exclude, layout.dateline_end, layout.body_end,
                        [r for r in (layout.title_range, layout.lead) if r], host,
                        [p.slot.side_country for p in people if p.slot.side_country], layout.dateline_range,
                        _principal_possessives(doc, layout, index, principal))


COUNTERPART_ADJ = re.compile(r"\b(?:his|her|their|its)\s+(?P<adj>[A-Z][\w’'-]+)\s+counterparts?\b")
POSSESSIVE = re.compile(r"['’]s?\b")


def _principal_possessives(doc: Doc, layout, index: NameIndex, principal) -> list[tuple[str, int, int]]:
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
            if POSSESSIVE.match(text, ce) and not text[cs:ce].endswith("s'"):
                out.append((code, cs, ce))
    return out


PAIR = re.compile(r"\b(?P<a>(?:[A-Z]\.){2,}|[A-Z]\w*)\s*[-–]\s*(?P<b>(?:[A-Z]\.){2,}|[A-Z]\w*)")


def _counterpart_country(doc: Doc, layout, home, place) -> tuple[str, int, int] | None:
    """The other side's country when the text names it only as a pair ("U.S.-Mexican
    cooperation", "Japan-Australia Foreign Ministers' Meeting") or as the host country."""
    text = doc.text
    if home is not None:
        for region in (layout.title_range, (layout.dateline_end, layout.body_end)):
            if not region:
                continue
            for m in PAIR.finditer(text, *region):
                a, b = geo.country_code(m.group("a")), geo.country_code(m.group("b"))
                if a and b and a != b and home[0] in (a, b):
                    other, grp = (b, "b") if a == home[0] else (a, "a")
                    return other, m.start(grp), m.end(grp)
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


def _resolve_office(index: NameIndex, m: Mention, people: list[Participant], roles) -> int | None:
    """Which participant "the Prime Minister" or "the Foreign Secretary" refers to."""
    text = index.text
    s, e = m.titles[0]
    title = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text[s:e]).lower())
    if roles.principal_office is not None and not any(p.role == "principal" for p in people):
        ps, pe = roles.principal_office[0].titles[0]
        if re.sub(r"\s+", " ", text[ps:pe]).lower() == title:
            return None
    hits = []
    for i, p in enumerate(people):
        titles = [re.sub(r"\s+", " ", text[a:b]).lower() for x in p.mentions for a, b in x.titles]
        if any(t == title or t.endswith(" " + title) or t.startswith(title + " of") or title in t.split(", ")
               for t in titles):
            hits.append(i)
    principal = [i for i in hits if people[i].role == "principal"]
    if principal:
        return principal[0]
    return hits[0] if len(hits) == 1 else None
