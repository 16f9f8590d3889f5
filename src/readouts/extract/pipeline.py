"""The extraction pipeline: segment → date line → when → type → place → people and roles →
references → series → zones → record. Each step is a function over one document."""
from __future__ import annotations

import hashlib
import re
from typing import Any

from ..model import Document, Event, Fact, Office, Problem, Record, Span, derived
from . import fastre, geo
from .gender import assign_genders
from .kind import classify
from .language import language_of
from .coref import link_mentions, resolve_office
from .names import NameIndex
from .persons import HOST_OFFICIAL, Participant, build_person, merge_slots
from .place import REMOTE, find_place, issuing_clock
from .publisher import find_publisher
from .refs import find_attendance, find_resolutions
from .roles import ROLE_ORDER, Slot, assign_roles
from .segment import Layout, find_layout, truncation
from .series import find_series
from .sides import counterpart_country, home_for, publisher_side_attendees
from .statements import find_statements
from .topics import tag_topics
from .text import Doc, squash
from .timing import resolve
from .unwrap import remap_spans, unwrap
from .when import read_when

# A readout is a few thousand characters; the grammar reads at most this many, so a huge text
# (a whole site dumped into one file) costs seconds, not hours. Spans still index the full text.
MAX_CHARS = 100_000
# the offices of a government's leaders, which an unnamed principal holds ("The Prime Minister")
PERSON_OFFICE = re.compile(r"\b(?:Minister|President|Secretary|Chancellor|Premier|King|Queen|Emperor|Taoiseach|"
                           r"Tánaiste)\b(?!.*\b(?:United Nations|UN|Commission|Organi[sz]ation)\b)")


def extract_text(text: str, source: str | None = None, meta: Any = None, doc_id: str | None = None) -> Record:
    """One record from a readout's text; `meta` is an inputs.PageMeta for HTML pages (title, site, date)."""
    full_text = text
    cut = None
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        cut = cut if cut > MAX_CHARS // 2 else MAX_CHARS
        text = text[:cut]
    # a hard-wrapped text is read as paragraphs of one line; its spans are mapped back at the end
    unwrapped = unwrap(text) if cut is None else None
    record = _extract(unwrapped.text if unwrapped is not None else text, full_text, cut, source, meta, doc_id)
    if unwrapped is not None:
        remap_spans(record, unwrapped.span)
    return record


def _extract(text: str, full_text: str, cut: int | None, source: str | None, meta: Any, doc_id: str | None
             ) -> Record:
    doc = Doc(text=text,
              title_hint=getattr(meta, "title", None),
              publisher_hint=getattr(meta, "publisher", None),
              published_hint=getattr(meta, "published", None))
    document = Document(source=source,
                        id=doc_id or hashlib.sha256(full_text.encode("utf-8", "surrogatepass")).hexdigest())
    record = Record(document=document, text=full_text)
    if cut is not None:
        record.problems.append(Problem("text_too_long", f"only the first {cut:,} of {len(full_text):,} characters "
                                       "were read: a readout is a few thousand", (Span(cut - 1, cut),)))
    layout = find_layout(doc)
    document.title = layout.title
    document.published = layout.published
    if document.published is None and doc.published_hint:
        document.published = Fact(doc.published_hint)
    # whether the text itself stops mid-sentence is read at its real end, not at our cut
    document.truncated = layout.truncated if cut is None else truncation(Doc(text=full_text))
    document.language = language_of(text)   # (cached: the name grammar asks it again)
    publisher = find_publisher(doc)
    document.publisher = publisher.name or (Fact(doc.publisher_hint) if doc.publisher_hint else None)
    if document.truncated is not None and document.truncated.value:
        record.problems.append(Problem("truncated", "the text stops mid-sentence or mid-list; lists may be incomplete",
                                       document.truncated.spans))
    if layout.lead is None and layout.notice is None:
        # (an event's notice, "Date: ... / Time: ... / Venue: ...", reports one in its own way)
        record.problems.append(Problem("not_a_readout", "no sentence reports a meeting, call or event"))
        return record

    when = read_when(doc, layout)
    record.problems.extend(when.problems or [])
    event = Event(date=when.date, start_time=when.start_time, duration_minutes=when.duration)
    event.type = classify(doc, layout)
    kind = event.type.value if event.type else None
    # a town is looked for in the country a mission abroad serves, else in the publisher's
    where = publisher.host or publisher.country
    place = find_place(doc, layout, kind, where.value if where else None,
                       publisher.host.value if publisher.host else None, publisher.city, when.stated_zone)
    event.location = place.location

    index = NameIndex(doc, 0, layout.body_end)
    roles = assign_roles(doc, layout, index, kind)
    _office_holder_above(doc, layout, index, roles)
    _visitor(doc, layout, index, roles)
    people = merge_slots(roles, kind)
    if document.truncated is not None and document.truncated.value:
        # "... and Mr. Ro" where the text is cut: a name the cut shortened is no one's
        cut_at = len(text.rstrip())
        people = [p for p in people if p.slot.mention.end < cut_at]
    if not _a_person_office(doc, roles):     # "The Prime Minister welcomed ...": the office leads
        _fallback_principal(people, doc.text)
    home = home_for(doc, layout, index, publisher, people, roles, place)
    counterpart_fallback = counterpart_country(doc, layout, home, place)
    abroad = place.location.country is not None and home is not None and place.location.country.value != home[0]
    where = place.location.country
    venue_state = (where.value, where.spans[0].start, where.spans[0].end) if where is not None and where.spans else None
    _build_people(index, people, home, counterpart_fallback, publisher.host, abroad, venue_state)
    if _publisher_side_first(people, publisher, layout.lead_paragraph or layout.lead, doc.text):
        _build_people(index, people, home, counterpart_fallback, publisher.host, abroad, venue_state)
    _un_secretary_general(doc, layout, people)
    _the_organisations_head(people, publisher, doc.text[:(layout.lead_paragraph or layout.lead or (0, 0))[0]])
    publisher_side_attendees(doc.text, people, home, abroad)
    _the_counterparts_department(people, home)
    link_mentions(index, people)
    genders = assign_genders(doc, index, people, lambda m: resolve_office(index, m, people, roles))
    for i, p in enumerate(people):
        if i in genders:
            p.person.gender = genders[i]
    # principals first, then counterparts ...: the order a reader expects, whichever sentence named whom first
    people.sort(key=lambda p: ROLE_ORDER[p.slot.role])
    event.participants = [p.person for p in people]
    event.statements = find_statements(doc, layout, index, people)
    topics_from = min(layout.title_range[0], layout.dateline_end) if layout.title_range else layout.dateline_end
    event.topics = tag_topics(doc, topics_from, layout.body_end)
    if roles.principal_office is not None and not any(p.role == "principal" for p in people):
        office, verb = roles.principal_office
        s, e = office.titles[0]
        title = squash(doc.text[s:e])
        event.offices.append(Office(title=Fact.at(title, s, e),
                                    country=derived(home[0], Fact.at(home[0], home[1], home[2])) if home else None,
                                    role=Fact("principal").citing(Fact.at("principal", s, e),
                                                                  Fact.at("principal", verb[0], verb[1]))))

    event.references = find_resolutions(doc)
    event.attendance = find_attendance(doc, layout.dateline_end, layout.body_end,
                                       (layout.lead_paragraph or layout.lead)[1] if layout.lead else None,
                                       event.date.value if event.date else None)
    event.series = find_series(doc, layout)

    place_zone = None
    place_fact = place.location.city or place.location.country
    if place.venue is not None:
        place_zone = place.venue.timezone
    elif place.city is not None:
        place_zone = place.city.timezone
    elif place.region is not None and place.region.timezone:
        place_zone = place.region.timezone      # "in the Azores": Atlantic/Azores, not Lisbon
    elif place.location.country is not None:
        place_zone = geo.country_timezone(place.location.country.value)
    year = (when.date_value or layout.published_date).year if (when.date_value or layout.published_date) else None
    home_clock = _home_region(publisher, home)
    if home_clock is None and kind in REMOTE and when.start_time is not None:
        # a call on the clock of the city its release was issued in, where the publisher sits
        home_clock = issuing_clock(doc, layout, home[0] if home else None)
    timing = resolve(when, kind, place_zone, place_fact, home, year, home_clock)
    if timing.start_time is not None:
        event.date, event.start_time = timing.date, timing.start_time
    event.utc_offset, event.timezone = timing.utc_offset, timing.timezone
    event.start_utc, event.end_utc = timing.start_utc, timing.end_utc
    record.problems.extend(timing.problems)
    record.events.append(event)
    return record


def _home_region(publisher, home: tuple[str, int, int] | None) -> tuple[str, Fact] | None:
    """The zone of the province or state a publisher's name holds ("Province of Manitoba"), in the home country."""
    name = publisher.name
    if name is None or home is None or not name.spans:
        return None
    for s, e, region in geo.find_regions(name.value):
        if region.timezone and region.country == home[0]:
            start = name.spans[0].start + s
            return region.timezone, Fact.at(region.name, start, start + (e - s))
    return None


def _publisher_side_first(people: list[Participant], publisher, lead: tuple[int, int] | None, text: str) -> bool:
    """The principal is the publisher's side (GOLD.md): when the page's masthead names its
    government and the lead's subject states another country ("Ambassador of India ... paid a
    courtesy call on Secretary Manalo" from the Philippines' ministry), the counterpart with
    no other country is the principal and the subject the counterpart. A ministry named in
    the lead paragraph is no masthead. True when roles were swapped."""
    if publisher.name is None or lead is None:
        return False
    named_at = publisher.name.spans[0].start if publisher.name.spans else lead[0]
    if lead[0] <= named_at < lead[1]:
        return False
    if publisher.country is None:
        return publisher.org is not None and _organisation_first(people, publisher.org.value, text[:lead[0]])
    home = publisher.country.value
    principal = next((p for p in people if p.role == "principal"), None)
    if principal is None or principal.person is None:
        return False
    guest = (principal.person.country is not None and principal.person.country.value != home) \
        or _posted_to(principal.person, home)
    # "Madam Sacko (AU Commissioner) paid a courtesy call on State Minister Mesganu" on Ethiopia's page
    visitor_of_an_organisation = principal.person.country is None and principal.person.organization is not None \
        and not _own_body(principal.person.organization.value, text[:lead[0]])
    if not (guest or visitor_of_an_organisation):
        return False
    # a counterpart given the guest's own country got it by default (the other side of a pair): ours too
    guest_country = principal.person.country.value if principal.person.country is not None \
        and _from_own_title(principal.person.country, principal.person) else None
    ours = [p for p in people if p.role == "counterpart" and p.person is not None
            and (p.person.country is None or p.person.country.value in (home, guest_country))]
    if len(ours) != 1:
        return False
    _swap(principal, ours[0])
    return True


_POSTED_TO = fastre.compile(r"\b(?:Ambassador|High\s+Commissioner|Advis[eo]r|Attach[ée]|Envoy|Consul(?:\s+General)?)\b"
                            r"[^,;()]{0,40}?\bto\s+(?:the\s+)?(?P<state>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


def _posted_to(person, home: str) -> bool:
    """"Defence Adviser to Malawi" on Malawi's page: a foreign envoy posted to the publisher's country,
    whatever country the text leaves them."""
    for t in person.titles:
        m = _POSTED_TO.search(t.value)
        if m is not None and any(code == home for _, _, code in geo.find_countries(m.group("state"))):
            return True
    return False


def _own_body(organization: str, above: str) -> bool:
    """The publishing body itself, named in the masthead or the headline above the lead ("Instituto
    Nacional de las Mujeres | ..." and "Inmujeres y el Ministerio ... acuerdan ..."): not a visitor."""
    return re.search(r"(?<!\w)" + re.escape(organization) + r"(?!\w)", above) is not None


# "Chief Executive of the Department for Trade and Investment": the remit of a department or ministry
# (a "Ministry of Foreign Affairs" is as often the publisher's own, its staff beside their minister)
_DEPARTMENT_REMIT = fastre.compile(r"\b(?:Department|Ministry)\s+(?:of|for)\s+(?:the\s+)?(?P<remit>[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+)?"
                                   r"[A-Z][\w’'-]*){0,5})")
_MINISTER_REMIT = fastre.compile(r"\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?P<remit>[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+)?"
                                 r"[A-Z][\w’'-]*){0,5})")


def _the_counterparts_department(people: list[Participant], home: tuple[str, int, int] | None) -> None:
    """An official the text gives no state, of the department whose remit is the counterpart
    minister's ("the South Australian Minister for Trade and Investment" and "the Chief Executive
    of the Department for Trade and Investment"), serves the counterpart's state, not the publisher's."""
    if home is None:
        return
    remits, own = {}, set()
    for p in people:
        if p.person is None:
            continue
        found = [m.group("remit") for t in p.person.titles if (m := _MINISTER_REMIT.search(t.value)) is not None]
        if p.role == "counterpart" and p.person.country is not None and p.person.country.value != home[0]:
            remits.update({r: p.person.country for r in found})
        elif p.role == "principal":
            own.update(found)       # both sides' ministers of Foreign Affairs: whose ministry, the text does not say
    remits = {r: c for r, c in remits.items() if r not in own}
    if not remits:
        return
    for p in people:
        person = p.person
        if p.role != "attendee" or person is None or person.organization is not None or person.country is None \
                or person.country.value != home[0] or _from_own_title(person.country, person):
            continue
        for t in person.titles:
            m = _DEPARTMENT_REMIT.search(t.value)
            if m is not None and m.group("remit") in remits:
                person.country = derived(remits[m.group("remit")].value, remits[m.group("remit")], t)
                break


def _from_own_title(country: Fact, person) -> bool:
    """The country was read from the person's own titles ("High Commissioner of New Zealand")."""
    titles = [sp for t in person.titles for sp in t.spans]
    # inside a title, after its head: "High Commissioner of New Zealand", not a title that begins with a
    # state's name swallowed from the words before ("State of Libya, the Minister ...")
    # ... or the state alone after a first title ("Lieutenant Governor of the State of Maryland, United States")
    return bool(country.spans) and all(any((ts.start < sp.start or (k > 0 and ts.start == sp.start))
                                           and sp.end <= ts.end for k, ts in enumerate(titles))
                                       for sp in country.spans)


def _office_holder_above(doc: Doc, layout, index, roles) -> None:
    """"The Prime Minister welcomed ..." in a body whose summary line above names him ("Prime
    Minister Keir Starmer welcomed President ..."): the office's holder, named above the lead,
    is the principal."""
    if roles.principal_office is None or any(sl.role == "principal" for sl in roles.slots) or layout.lead is None:
        return
    office, verb = roles.principal_office
    s, e = office.titles[0]
    # ("the Chief Minister's meeting yesterday with ...": the office, less its possessive)
    wanted = squash(doc.text[s:e]).removeprefix("The ").removeprefix("the ").removesuffix("'s").removesuffix("’s")
    for m in index.mentions:
        # "Prime Minister Keir Starmer", "The Deputy Secretary-General, Ms. X, arrived in Juba ..."
        if m.kind in ("title", "honorific") and m.end <= layout.lead[0] and m.titles and m.keys and \
                _same_office(squash(doc.text[m.titles[0][0]:m.titles[0][1]]).removeprefix("The ").removeprefix("the "),
                             wanted) and \
                not any(m.keys & sl.mention.keys for sl in roles.slots if not sl.weak):   # not the other side's namesake
            roles.slots[:] = [sl for sl in roles.slots if not (sl.weak and m.keys & sl.mention.keys)]
            roles.slots.insert(0, Slot(m, "principal", (s, e)))
            return


def _visitor(doc: Doc, layout, index, roles) -> None:
    """"Minister X paid an official visit to Kazakhstan from 27 to 29 February. / On 28 February, MoS held
    talks with ...": the visit's subject is the principal of the meeting it frames, when the meeting's own
    sentence names no principal."""
    if layout.frame is None or any(sl.role == "principal" for sl in roles.slots):
        return
    s, e = layout.frame
    verb = VISITED.search(doc.text, s, e)
    if verb is None:
        return
    subject = next((m for m in index.mentions if s <= m.start and m.end <= verb.start() and m.keys), None)
    if subject is None or any(subject.keys & sl.mention.keys for sl in roles.slots if not sl.weak):
        return
    roles.slots[:] = [sl for sl in roles.slots if not (sl.weak and subject.keys & sl.mention.keys)]
    roles.slots.insert(0, Slot(subject, "principal", verb.span()))


VISITED = fastre.compile(r"\b(?:visited|is\s+visiting|was\s+visiting|(?:paid|(?:is|was)\s+paying)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visits?)\b")


def _same_office(full: str, short: str) -> bool:
    """"Special Adviser of the Secretary-General on Myanmar" is "the Special Adviser" again; "Minister
    of National Defence of the Islamic Republic of Mauritania" is "the Mauritanian Minister"."""
    if full == short or full.startswith((short + " of ", short + " for ", short + " on ", short + " to ")):
        return True
    adjective, _, office = short.partition(" ")
    state = geo.country_code(adjective) if office and geo.is_adjective(adjective) else None
    return state is not None and full.startswith((office + " of ", office + " for ")) \
        and any(code == state for _, _, code in geo.find_countries(full))


def _a_person_office(doc: Doc, roles) -> bool:
    """The lead's subject is an office someone holds ("The Prime Minister"), not a ministry."""
    if roles.principal_office is None:
        return False
    s, e = roles.principal_office[0].titles[0]
    return PERSON_OFFICE.search(doc.text, s, e) is not None


# a meeting of the United Nations' own organs, as the lead names it
UN_ORGAN = fastre.compile(r"\b(?:United\s+Nations\s+|UN\s+)?(?:Security\s+Council|General\s+Assembly)\b")


def _un_secretary_general(doc: Doc, layout: Layout, people: list[Participant]) -> None:
    """"Secretary-General X briefed the Council": at a meeting of the Security Council or the General
    Assembly, a Secretary-General of no named body is the United Nations' (no state's)."""
    lead = layout.lead_paragraph or layout.lead
    organ = UN_ORGAN.search(doc.text, *lead) if lead else None
    if organ is None:
        return
    for p in people:
        person = p.person
        if person is None or person.organization is not None or not person.titles:
            continue
        if all(t.value in ("Secretary-General", "UN Secretary-General") for t in person.titles):
            person.organization = Fact.at("United Nations", organ.start(), organ.end())
            person.country = None


def _build_people(index: NameIndex, people: list[Participant], home, counterpart_fallback, field_host=None,
                  abroad: bool = False, venue_state: tuple[str, int, int] | None = None) -> None:
    """Each participant's record; who came with someone of the other side takes that person's
    side (an organisation's staff no country), known once the companion is built."""
    for p in people:
        if p.slot.companion is None:
            p.person = build_person(index, p, home, counterpart_fallback, field_host=field_host, abroad=abroad)
    principal = next((p.person for p in people if p.role == "principal" and p.person is not None), None)
    if principal is not None and principal.organization is not None and principal.country is None:
        # "The UN Resident Coordinator ... paid a courtesy call on the Minister for Health": the host state's;
        # with no home state, the state of the one the officer met ("received by the President of South
        # Sudan ... The Minister of Foreign Affairs also attended")
        hosts = {p.person.country.value: p.person.country for p in people if p.role == "counterpart"
                 and p.person is not None and p.person.country is not None and p.person.country.spans}
        host = home
        if host is None and len(hosts) == 1:
            c = next(iter(hosts.values()))
            host = (c.value, c.spans[0].start, c.spans[0].end)
        # ... or where the event was held ("UN Women – Africa" on a forum in Nairobi: a Principal Secretary there)
        host = host or venue_state
        for p in people:
            if p.slot.companion is not None or p.person.country is not None or p.person.organization is not None:
                continue
            if p.role == "counterpart":
                p.person = build_person(index, p, home, counterpart_fallback, host_state=True, field_host=field_host)
            elif p.role in ("attendee", "speaker") and host is not None \
                    and any(HOST_OFFICIAL.search(t.value) for t in p.person.titles):
                # an organisation's own staff come with its officer; a minister there is the host's
                p.person = build_person(index, p, host, counterpart_fallback, host_state=True, field_host=field_host)
    for p in people:
        if p.slot.companion is None:
            continue
        keys = p.slot.companion.keys
        companion = next((q for q in people if q.slot.companion is None and q.person is not None
                          and q.slot.mention.keys & keys), None)
        if (companion is not None and companion.role == "principal") or (companion is None and not p.slot.other_side):
            # with the principal (once the publisher's side is settled): the principal's own people
            p.slot.other_side = False
            p.person = build_person(index, p, home, counterpart_fallback, field_host=field_host)
            continue
        p.slot.other_side = True        # with the counterpart, or with a leader of the other side
        side = counterpart_fallback
        if companion is not None:
            country, org = companion.person.country, companion.person.organization
            side = (country.value, country.spans[0].start, country.spans[0].end) if country is not None \
                and country.spans else None if org is not None else counterpart_fallback
        p.person = build_person(index, p, home, side, field_host=field_host)


def _organisation_first(people: list[Participant], org: str, masthead: str = "") -> bool:
    """On an organisation's page ("UNDP Myanmar"), its own officer leads: a principal of a
    government changes places with the one counterpart of the organisation."""
    principal = next((p for p in people if p.role == "principal"), None)
    # a principal of no organisation is a government's, though its country be unknown yet (but not an officer
    # of the organisation's own organs: "The President of the General Assembly")
    if principal is None or principal.person is None or (principal.person.country is None and (
            principal.person.organization is not None
            or any(_ORGANISATION_OFFICE.search(t.value) for t in principal.person.titles))):
        return False
    ours = [p for p in people if p.role == "counterpart" and p.person is not None
            and p.person.organization is not None and (p.person.organization.value == org or (
                p.person.organization.value == "United Nations" and _part_of_the_un(org)))]
    if not ours:
        # "... paid a courtesy call on Secretary-General Hiroshi Tanabe" on the organisation's page: the one
        # counterpart holding a head's office of no other body is the organisation's own head
        ours = [p for p in people if p.role == "counterpart" and p.person is not None
                and p.person.organization is None and p.person.titles
                and not (p.person.country is not None and _from_own_title(p.person.country, p.person))
                and all(_heads_this_body(t.value, masthead) for t in p.person.titles)]
    if len(ours) != 1:
        return False
    _swap(principal, ours[0])
    return True


# a body's head named by the office alone ("Secretary-General", "Vice-Chancellor"): whose body, the page says
_BODY_HEAD = fastre.compile(r"(?:[Tt]he\s+)?(?:Secretary[- ]General|Director[- ]General|President|Vice-Chancellor|"
                            r"Executive\s+Director|Chief\s+Executive(?:\s+Officer)?|Chair(?:man|woman|person)?|"
                            r"Rector|Executive\s+Secretary)")


def _heads_this_body(title: str, masthead: str) -> bool:
    """A head's office alone, or of the body the page's masthead names ("Executive Director of IPS"
    under "Institute of Policy Studies of Sri Lanka / IPS")."""
    m = _BODY_HEAD.match(title)
    if m is None:
        return False
    rest = title[m.end():]
    if not rest:
        return True
    of = _OF_BODY.fullmatch(rest)
    return of is not None and re.search(rf"(?<![\w-]){re.escape(of.group('body'))}(?![\w-])", masthead) is not None


_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][A-Z&]{1,7})")       # its acronym: "of IPS", "of the IHO"


def _the_organisations_head(people: list[Participant], publisher, masthead: str = "") -> None:
    """The principal the organisation's page leads with, named by a head's office alone, is the
    organisation's (its page names it) and serves no state."""
    if publisher.org is None or publisher.country is not None:
        return
    principal = next((p for p in people if p.role == "principal" and p.person is not None), None)
    if principal is None or principal.person.organization is not None or not principal.person.titles \
            or not all(_heads_this_body(t.value, masthead) for t in principal.person.titles) \
            or (principal.person.country is not None and _from_own_title(principal.person.country, principal.person)):
        return
    principal.person.organization = publisher.org
    principal.person.country = None


_UN_SECRETARIAT_PARTS = frozenset({"OCHA", "DPPA", "DPO", "DOS", "OHCHR", "MONUSCO", "BINUH"})


def _part_of_the_un(org: str) -> bool:
    """An office or mission of the United Nations itself, whose officers the text calls the UN's
    ("the Assistant Secretary-General ..." on OCHA's page, "the SRSG" on a mission's)."""
    return org in _UN_SECRETARIAT_PARTS or org.startswith(("UN", "MINU"))


_ORGANISATION_OFFICE = fastre.compile(r"\b(?:General\s+Assembly|Security\s+Council|United\s+Nations|Secretary-General|"
                                      r"Commission|Secretariat)\b")


def _swap(principal: Participant, other: Participant) -> None:
    principal.slot, other.slot = (Slot(principal.slot.mention, "counterpart", principal.slot.evidence,
                                       principal.slot.side_country, principal.slot.side_org),
                                  Slot(other.slot.mention, "principal", other.slot.evidence,
                                       other.slot.side_country, other.slot.side_org))


RANK = fastre.compile(r"Admiral|General|Colonel|Brigadier|Marshal|Commodore|Captain|Major|Commander|Gen\.|Col\.|Adm\.")


# words of a list of those present beside whoever leads (French, Spanish, Portuguese pages)
_ALSO_PRESENT = re.compile(r"(?i)articiparam|articipou|articiparon|articipó|igualmente|também|également|asimismo|"
                           r"pris\s+part|accompagn|acompa|asisti|estuvieron|estiveram|assistiram")


def _fallback_principal(people: list[Participant], text: str) -> None:
    """With no principal named in the lead, the first attendee or speaker leads the
    publisher's side (checked against the home country once it is known)."""
    if any(p.role == "principal" for p in people) or not people:
        return
    for p in people:
        if p.role == "attendee" and p.slot.evidence and _ALSO_PRESENT.search(text, *p.slot.evidence):
            continue        # "Participaram igualmente no encontro ...": those with the one who leads, not the lead
        # an officer who chairs an event no one else leads leads it ("chaired by ... Rear-Admiral X")
        if p.role in {"attendee", "speaker"} or p.role == "moderator" and any(
                RANK.search(form) for m in p.mentions for form, _, _ in m.honorifics):
            p.slot = Slot(p.slot.mention, "principal", p.slot.evidence, p.slot.side_country, p.slot.side_org)
            return
