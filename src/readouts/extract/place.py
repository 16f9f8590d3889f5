"""Where: the city and country the event was held in, only as the text states them.

A telephone talk or video conference gets no place unless the text says where it was held;
a release's dateline is where it was issued, not where the event was.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from ..model import Fact, Location
from . import fastre, geo, romance as _romance, zones
from .data import load
from .dates import WEEKDAY_OR_INDONESIAN
from .language import language_of
from .names import BUILDING_WORDS
from .segment import Layout
from .subdivisions import subdivision_country
from .text import Doc, squash

# (an Arabic article joined to the next word: "Ain el-Tineh", "Dar es-Salaam")
_PLACE_WORDS = (r"[A-Z][\w’'.-]*(?:\s+(?:(?:de\s+los|de\s+las|de|do|da|dos|das|del|of|upon|on|am|la|le|el|es|al|an|du|des)?\s*[A-Z][\w’'.-]*|"
                r"(?:el|al|ad|ar|as|an|at|az|en|es|ash)-[A-Z][\w’'.-]*)){0,3}")
# "who is visiting Geneva, Switzerland", "during his visit to Luxembourg", "met ... in London"
PLACE_INTRO = fastre.compile(
    r"(?:\b(?:(?:is|was|are|were)\s+(?:currently\s+)?visiting|visiting|visited|(?:his|her|their|the\s+latter[’']s|an?|official|working)"
    r"\s+(?:[\w-]+\s+){0,2}?visit\s+to|paying\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?visit\s+to|(?:was|were|is|are)\s+in|held\s+in|took\s+place\s+in|"
    r"travell?ed\s+to|home\s+town\s+of|hometown\s+of|home\s+city\s+of|"
    # "The Region's mission to Japan moved to Nagoya yesterday, where the Vice-President ... was received"
    r"(?:moved|went|headed|proceeded|continued)\s+(?:on\s+)?to(?=\s+[A-Z][^.;]{0,60}?,\s+where\b)|"
    # "at Waitangi, on the Chatham Islands", "at Hillsborough, Northern Ireland": "at" only before a place and its region
    r"at(?=\s+(?:the\s+)?[A-Z][^,.;]{1,40},\s+(?:(?:on|in)\s+the\s+)?[A-Z])|"
    # "met over a working lunch at Eucla on Tuesday": a town of one word, then the day
    r"at(?=\s+[A-Z][\w’'-]+\s+(?:on|this|last|yesterday|today)\b)|"
    # "a working lunch on Lord Howe Island": "on" only before an island's name
    r"on(?=\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+Islands?\b)|"
    # "welcomed the Republic of Korea's Foreign Minister Cho Hyun to Auckland"
    r"came\s+to|invited\s+to|arrived\s+in|welcomed\b[^.;]{0,100}?\bto|in|"
    # a sentence fronted by its place: "In Wellington on 29 September, the Minister held ..."
    r"In(?=\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,|\s+on\s+\d|\s+on\s+[A-Z]|\s+(?:today|yesterday|this)\b))|en(?=\s+(?:la\s+)?(?:[A-ZÁÉÍÓÚ]|ciudad\s))|"
    # French and Portuguese: "à Moroni", "au Caire", "em São Tomé", "no Rio de Janeiro"; a visit: "visita oficial a
    # la República del Paraguay", "visite officielle au Sénégal", "visita de trabalho a Angola"
    r"à(?=\s+[A-ZÀ-Ý])|au(?=\s+[A-ZÀ-Ý])|em(?=\s+[A-ZÀ-Ý])|n[oa](?=\s+[A-ZÀ-Ý])|na\s+cidade\s+de|dans\s+la\s+ville\s+de|"
    r"visita\s+(?:oficial\s+|de\s+trabajo\s+|de\s+Estado\s+|de\s+trabalho\s+)?(?:a|à|ao)(?:\s+la|\s+el)?(?=\s+[A-ZÀ-Ý])|"
    r"visite\s+(?:officielle\s+|de\s+travail\s+|d['’]État\s+)?(?:en|au|à)(?=\s+[A-ZÀ-Ý]))|[’']s\s+visit\s+to)"
    r"\s+#?(?:the\s+|la\s+)?"   # ("in #Lagos": a post's hashtag)
    # "in the Chilean city of Punta Arenas", "in the port city of Mombasa"
    r"(?:(?:(?P<adj>[A-Z][\w’'-]+)\s+|port\s+)?(?:city|town|capital|island|village|district|municipality|suburb|borough)"
    r"\s+of\s+|capital\s+(?=[A-Z])|"
    # "in the City of Buenos Aires" (but not "the City of London", a place of its own: known by that name)
    r"City\s+of\s+(?!London\b)|"
    # "en la ciudad andaluza de Córdoba", "dans la ville de Kindu", "na cidade de São Tomé"
    r"(?:ciudad|ville|cidade)\s+(?:[a-záéíóúñçãõêè]+\s+)?d[eoa]\s+|"
    # "at the ministry's offices in central Santiago", "in downtown Nairobi"
    r"(?:central|downtown|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|"
    r"greater)\s+(?=[A-Z]))?(?P<place>"
    + _PLACE_WORDS + r")"
    # ... "in Vila Militar, Rio de Janeiro": a district, then its city
    r"(?:\s*,\s*(?:the\s+)?(?P<country>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?|d[eoa]s?\s+|del\s+)?[A-Z][\w’'.-]*){0,4}))?")
# a venue of several words, then its city between commas: "at the State Administration Centre on Victoria Square,
# Adelaide, at 10 am"
# ... or two parts of a site: "at HMAF Headquarters, Vilai Barracks, Nuku'alofa, yesterday"
# ... or a street address: "at 54 Hai Ba Trung Street, Ha Noi, ..."
# ... or a room: "in Committee Room No. 3 of the Jatiya Sangsad Bhaban, Dhaka, with ..."
AT_VENUE_CITY = fastre.compile(r"\b(?:at|in)\s+(?:the\s+)?"
                               # "at the office of the President of the Dewan Negara, Parliament House, Kuala Lumpur"
                               r"(?:(?:office|offices|premises|headquarters|residence|seat)\s+of\s+(?:the\s+)?)?(?P<venue>"
                               # an owner's site, then its street: "at DAV's campus, 69 Chua Lang Street, Ha Noi"
                               r"(?:[A-Z][\w’'-]*[’']s\s+[a-z]+(?=,\s+\d)|"
                               r"(?:\d{1,4}[A-Za-z]?\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*\.?|\d{1,4}|on|of|for|the|and|"
                               # a street's generic word in the page's language: "at Bem rakpart, Budapest"
                               r"rakpart|utca|út|tér|körút|väg|vägen|gatan|gata|gade|vej|veien|gate|straße|strasse|gasse|weg|"
                               r"platz|plein|laan|ulitsa|ulica|iela|gatvė|tänav|katu|tie|kuja|sokak|caddesi|bulvarı)){1,9}?)"
                               # ("at the National Police Academy (NPA), Maharajgunj, Kathmandu": its acronym in brackets)
                               r"(?:\s+\([A-Z][A-Za-z&.-]{1,12}\))?"
                               # ("..., Presint 4, Putrajaya": a numbered precinct between them)
                               r"(?:,\s+(?:\d{1,4}[A-Za-z]?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+\d{1,4})?)?),\s+"
                               r"(?P<city>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
                               r"(?=\s*[,.;]|\s+(?:at|on|in|for|to|with|yesterday|today|this|last)\b)")
ISLAND_WORDS = frozenset({"island", "islands", "isle", "archipelago", "atoll"})
NOT_PLACE_BEFORE = fastre.compile(r"\b(?:(?:Support|Assistance|Stabili[sz]ation|Integrated|Interim|Verification|Observer|"
                              # "the United Nations Support Mission in Libya": a body's name, not the place
                              r"Peacekeeping|Political|Transition|Multidimensional|Peacebuilding)\s+(?:Mission|Office|Force|"
                              r"Operation|Presence)|(?i:situation|crisis|war|conflict|peace|stability|security|developments?|"
                              r"efforts|people|interest|presence|role|invasion|aggression|elections?|"
                              # "on the situation of women and girls in Afghanistan": people who live there
                              r"women|girls|children|refugees|civilians|communities|minorities|"
                              r"rights|violence|progress|leadership|"
                              # "the Ambassador of Mozambique, resident in Brasília": where an envoy lives
                              r"resident|residing|based|accredited|"
                              # "the Final Peace Agreement signed in Bogotá on 24 November 2016": the agreement's place
                              # (but "The MoU was signed in Tokyo today", "today signed in X a memorandum" are the signing's)
                              r"(?:Agreement|Accords?|Treaty|Protocol|Declaration|Convention|Charter)\s+"
                              r"(?:signed|adopted|concluded|ratified))|"
                              # in lower case only: "the Ministry of External Economic Relations in X" is a place
                              r"investment|cooperation|trade|relations)\s+$")
# "the Defense Attaché of the Embassy of Japan in Manila": whose mission it is, not where they met
# ... or "The DTI and the Embassy of Poland in Manila brought together ...": (but "at the Embassy of
# Japan in Manila" is where, and "The Embassy of Ireland in Addis Ababa hosted ..." most likely hosted there)
MISSION_OF_BEFORE = fastre.compile(r"(?:\b(?:of|and)\s+(?:the\s+|its\s+|their\s+)?(?:Embassy|Consulate(?:[- ]General)?|High\s+Commission)|"
                                   # "the Consul General of Japan in Hagåtña": an envoy's post, not where they met
                                   r"\b(?:Consul(?:[- ]General)?|Charg[ée]\s+d['’]Affaires))\s+of\s+"
                                   r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}\s+$|"
                                   # "the Director-General of the Hong Kong Economic and Trade Office in Sydney": a
                                   # body's seat in an office-holder's title, not where the event was
                                   r"\b(?:Director|Head|Chief|Representative|Commissioner)[- ](?:General\s+)?of\s+the\s+"
                                   r"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,6}\s+(?:Office|Bureau|Representation|"
                                   r"Delegation|Centre|Center)\s+$|"
                                   # "Québec's Delegate General in London, Ms. X, travelled to Edinburgh": a state's envoy's post
                                   r"[’']s\s+(?:[A-Z][\w-]*\s+){0,2}(?:Delegate(?:[- ]General)?|Ambassador|High\s+Commissioner|"
                                   r"Representative|Envoy|Consul(?:[- ]General)?)\s+$")
FRONTED_WITH = fastre.compile(r"\s*With\s[^,;.]*$")
# a clock inside the bracket, a few words before the place: "(Rabat time; 08:00 in Asunción)"
CLOCK_IN_PAREN = fastre.compile(r"(?:\b\d{1,2}[:.h]\d{2}|\b\d{1,2}\s*[ap]\.?m\.?|\b\d{1,2}\s?h\b|\b\d{1,2}\s+(?:heures?|horas?)\b|"
                                r"\b(?:noon|midnight|midday|midi|minuit)\b|"
                                # "(Japan time; the same time in Koror)"
                                r"\b(?:the\s+)?same\s+(?:time|hour)\b|"
                                # "(heure de Rabat, soit la même heure à Dakar)", "la misma hora en", "la stessa ora a"
                                r"\b(?:la\s+|a\s+)?(?:même\s+heure|misma\s+hora|mesma\s+hora|stessa\s+ora)\b)"
                                r"[^()]{0,30}$", re.I)
# a second clock, unbracketed, before its city: "soit 8 h 00 à", "which was 10:30 p.m. in"
_CLOCK_WORDS = r"(?:\d{1,2}(?:\s?h(?:\s?\d{2})?|[:.]\d{2})(?:\s*[ap]\.?m\.?)?|midi|minuit|noon|midnight)"
SECOND_CLOCK_BEFORE = fastre.compile(r"\b(?:soit|which\s+was|that\s+is|i\.e\.)\s+(?:de\s+|from\s+)?" + _CLOCK_WORDS
                                     + r"(?:\s+(?:à|to|-|–)\s+" + _CLOCK_WORDS + r")?\s*(?:(?:à|in|en|em)\s*)?$", re.I)
# an event held beside another, whose place follows the other's name
ON_THE_MARGINS = fastre.compile(r"\bon\s+the\s+(?:margins|sidelines)\s+of\b[^.;]*$")
HELD_PEOPLE = fastre.compile(r"\b(?:hostages?|detainees?|prisoners?|captives?|people|those|citizens|nationals)\s+$", re.I)
REMOTE = {"telephone_talk", "video_conference"}
IN_PERSON = {"meeting", "courtesy_call", "meal", "dialogue", "symposium", "other"}
# a part of a date line: words between commas, dashes or bars ("Addis Ababa, Ethiopia, 16 May 2024")
PLACE_LINE = fastre.compile(r"[ \t]*\n[ \t]*(?P<line>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}"
                            r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})?)[ \t]*\n")
DATELINE_PART = fastre.compile(r"[A-Z][^,|\n–—]*?(?=\s*(?:,|\||\s[-–—]\s|$))", re.M)
# a capital letter, Latin-1 and Latin Extended-A included: "Ölgii", "Łódź", "Šiauliai"
_CAP = "[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĪĮİĴĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŪŬŮŰŲŴŶŸŹŻŽ]"
_ROMANCE_MONTHS = (r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
                   r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
                   r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro")
# a news dateline opening the lead: "TEHRAN - The fourth ...", "NAIROBI, Kenya — ..."
# ... or a venue in capitals, then its city: "CAMP GENERAL EMILIO AGUINALDO, Quezon City – ..."
LEAD_DATELINE = fastre.compile(r"(?P<city>" + _CAP + r"[A-Z.'’À-Þ]+(?:[ \t-]" + _CAP + r"[A-Z.'’À-Þ]+){0,4})"
                               r"(?:,[ \t]*(?:the[ \t]+)?(?P<country>[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,2}))?"
                               # "AJMAN, 3rd March, 2025 – His Highness ...": the date after the town
                               r"(?:,[ \t]*(?:[0-3]?\d(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?)"
                               r"(?:,?[ \t]+(?:19|20)\d\d)?)?"
                               # "COTABATO CITY (OPAPRU) — ...": the agency's name in brackets
                               # ... or the date: "SALT LAKE CITY (March 10, 2025) – Gov. X met ..."
                               # ... or the office that issued it: "CAPITOL HILL, Saipan (Office of the Governor) –"
                               r"(?:[ \t]*\((?:[A-Z][\w.-]{1,15}|[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]+\.?[ \t]+\d{4}|"
                               r"(?:Office|Department|Ministry|Bureau)\s+of\s+(?:the\s+)?[A-Z][\w ]{1,40})\))?"
                               # "PALIKIR, Pohnpei—On October 21, ...": a long dash needs no space
                               r"[ \t]*(?:(?:-|--|:)[ \t]+|[–—][ \t]*)(?=[A-Z])"
                               # "Ha Noi, 17 September – ...": in ordinary case, only with a date
                               # "Amman, Jan. 14 (MoFAE) -- ...": a news agency's name after the date
                               r"|(?P<city2>" + _CAP + r"[\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,2}),[ \t]*(?:(?:[0-3]?\d[ \t]+[A-Z][a-z]+\.?|"
                               r"[A-Z][a-z]+\.?[ \t]+[0-3]?\d)(?:,?[ \t]+(?:19|20)\d\d)?"
                               # "Jakarta, Thursday (15/5) – The Deputy ...": a weekday and its day/month in brackets
                               r"|" + WEEKDAY_OR_INDONESIAN + r"[ \t]*\([0-3]?\d/[01]?\d\)"
                               # "Madrid, 29 de octubre de 2025.- La Agencia ...", "Paris, le 12 mars 2025 – ..."
                               r"|(?:le[ \t]+)?[0-3]?\d(?:er)?[ \t]+(?:de[ \t]+)?(?:" + _ROMANCE_MONTHS + r")[ \t]+(?:de[ \t]+)?(?:19|20)\d\d\.?)"
                               # "Ölgii, September 17 (MONTSAME). Minister ...": the agency, then a full stop
                               # "Abuja, Feb. 19, 2025 (NAN) The Minister ...": the agency's acronym alone
                               r"(?:[ \t]*\([^()\n]{2,20}\)(?:[ \t]*(?:-|–|—|--)|\.|:)|[ \t]*\([A-Z][A-Za-z]{1,12}\)|"
                               # ("Mexico City, April 9, 2024.- The Admiral ...": a full stop before the dash)
                               r"\.?[ \t]*(?:-|–|—|--|:))[ \t]+(?=[A-Z])"
                               # "Asunción, Paraguay.– The Minister ...": a city and its country, in ordinary case
                               # "Port of Spain, Trinidad and Tobago – ...": a connector inside either name
                               r"|(?P<city3>" + _CAP + r"[\w'’]*(?:[ \t](?:of[ \t]|de[ \t]|du[ \t])?[A-Z][\w'’]*){0,2}),[ \t]*"
                               r"(?P<country3>[A-Z][\w'’]*(?:[ \t](?:and[ \t]|of[ \t](?:the[ \t])?)?[A-Z][\w'’]*){0,3})\.?[ \t]*(?:–|—|--|-)[ \t]*(?=[A-Z])"
                               # "Amman – Minister of Foreign Affairs ... hosted": a known city alone, in ordinary case, then a dash
                               # ... or a colon: "Berlin: Twenty-five years after ..."
                               # ... or with its district's initials: "Santo Domingo, D. N. – La vicepresidenta ..."
                               r"|(?P<city4>" + _CAP + r"[a-zà-ÿ'’]+(?:[ \t]" + _CAP + r"[a-zà-ÿ'’]+)?)(?:,[ \t]*(?:[A-Z]\.[ \t]?){1,3})?"
                               r"(?:[ \t]+(?:–|—|--|-)|:)[ \t]+(?=[A-Z])"
                               # a post's pinned place: "1/4 📍#Mogadishu | The Special Representative ..."
                               r"|(?:\d{1,2}/\d{1,2}[ \t]+)?📍[ \t]*#?(?P<city5>" + _CAP + r"[\w'’-]+(?:[ \t]" + _CAP + r"[\w'’-]+)?)"
                               r"(?=[ \t]*(?:[|–—,:-]|$))")


# the last word of a building's or a site's name ("Rawson Hall", "Vilai Barracks")
VENUE_NOUNS = frozenset(w.lower() for w in BUILDING_WORDS) | {
    "barracks", "camp", "stadium", "theatre", "theater", "library", "museum", "chambers", "pavilion", "arena",
    "headquarters", "college", "school", "campus"}
NAME_PARTICLES = frozenset({"de", "do", "da", "del", "dos", "das", "la", "du", "des"})
# a hall or palace named in a language that puts the noun first ("Sala Koch", "Salle Pleyel", "Palazzo Chigi")
HALL_WORDS_FIRST = frozenset({"sala", "salle", "salón", "salão", "palazzo", "palacio", "palácio", "palais", "aula"})
_NEXT_PART = fastre.compile(r"\s*,\s*(?P<part>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})")
_REGION_AFTER = fastre.compile(r",?\s+(?:on|in)\s+(?:the\s+)?(?P<region>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


@dataclass
class Place:
    location: Location
    city: geo.City | None
    venue: geo.Venue | None
    visit_start: int | None = None     # where "who is visiting ..." / "invited to ..." begins
    region: geo.Region | None = None   # a state or islands that fix the country (and maybe the zone), not a city
    unknown: bool = False              # a place named that the gazetteer lacks ("on Kanton Island"): no fallback


_PLACE_END = re.compile(r"(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bFt)\.\s")   # "St. John's" goes on


_FUTURE_VISIT = fastre.compile(r"\b(?:invit\w*|early|future|forthcoming|upcoming|planned|next|return|reciprocal)\s+"
                               r"(?:[\w’'-]+\s+){0,4}?visit|\b(?:to|will|would)\s+visit\b")
_VISIT_INTRO = re.compile(r"visit|came|invited|arrived|travell?ed|welcomed|home\s*town|home\s+city")
_HELD_SENTENCE = fastre.compile(r"\b(?:call|audience|meeting|talks)\s+(?:took\s+place|was\s+held)\s+at\s+the\s+"
                                r"(?:office|offices|premises|headquarters|residence)\s+of\b|"
                                r"\b(?:meeting|talks?|discussion|dialogue|session|event|seminar|symposium|"
                                r"consultations|panel|ceremony|signing|launch|forum|conference|workshop|roundtable|hearing|"
                                r"lunch|luncheon|dinner|breakfast|reception)\s+(?:took\s+place|was\s+held)\b"
                                # "was held at 10:00 hours (Mexico City time) in the Foreign Ministry building",
                                # "The event, held from 10:00 to 11:30 a.m. in Conference Room 11 at ..."
                                # ... "took place on 10 March in Conference Room 1 at UN Headquarters"
                                r"(?:\s+(?:at|from|on)\s+(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.){1,90}?)?\s+in\b|"
                                # "The agreement was signed at 2:00 p.m. at the UN compound in Yangon by ..."
                                # "The workshop opened at 9:00 a.m. on Monday, January 29, at a hotel in Bishoftu"
                                r"\b(?:meeting|talks|discussion|dialogue|session|event|seminar|symposium|workshop|conference|"
                                r"forum|consultation|consultations|panel|ceremony|lunch|luncheon|dinner|breakfast|reception)"
                                r"(?:,\s+which)?\s+(?:opened|began|started|commenced)\s+(?:at|on)\s+(?:"
                                # "The seminar began at 12.00 in UI's auditorium at ... in Stockholm", "the panel, which
                                # started at 11:00 a.m. at the Institute's premises in Kuwait City"
                                # ... "began at 10am (AEDT) at State Library Victoria in Melbourne": a zone in brackets, a
                                # venue's own name
                                r"(?:[^.;()]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.|\([^().;]{1,12}\)){1,80}?\bat\s+(?:(?:a|an|the)\s+|(?=[A-Z]))"
                                r"[^.;(),]{1,60}?\s+in\b|"
                                # (the time's own words, with no second clock: not "at 10am AEST – 11am in Sydney")
                                r"(?:[^.;(),–—]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.|(?<=\d)\.(?=\d)){1,30}?\s+(?:in|at)\s+"
                                r"(?:the\s+|[A-Z][\w’'-]*[’']s\s+)[^.;(),–—]{1,60}?\s+in\s+(?=[A-Z]))|"
                                r"\b(?:agreement|memorandum|declaration|treaty|accord|protocol)\s+(?:was|were)\s+signed"
                                r"(?:\s+(?:at|on)\s+(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.){1,50}?)?\s+in\b", re.I)
_ROMANCE_HELD_SENTENCE = fastre.compile(_romance.HELD_SENTENCE)
# "The event, held from 10:00 to 11:30 a.m. in Conference Room 11 at ...": this sentence's own event
_HELD_OPENING = fastre.compile(r"(?:The|This)\s+(?:meeting|talks|discussion|dialogue|session|event|seminar|symposium|"
                               r"consultations|panel|roundtable|forum),\s+held\b")
# a town's name: "Courseulles-sur-Mer", "Saint-Malo", "Bad Ischl"
_SMALL_TOWN = fastre.compile(r"[A-Z][a-zà-ÿ’']+(?:(?:-|\s)(?:[a-zà-ÿ]{1,4}-)?[A-Z]?[a-zà-ÿ’']+){0,3}")
_CITY_WORD_BEFORE = fastre.compile(r"\b([A-Z][\w’'-]+)\s+$")
# "hosted the third Roundtable on Women, Peace and Security in London": the event's topic, then its place
EVENT_ON_A_TOPIC = fastre.compile(r"\b(?:hosted|held|convened|organi[sz]ed|opened|co-hosted)\s+[^.;]{0,80}?\b(?i:roundtable|round\s+table|"
                                  r"forum|conference|dialogue|symposium|seminar|workshop|panel|consultation)\s+on\s+"
                                  r"[^.;]{0,60}$")
_A_DISTRICT_OF = fastre.compile(r"\b(?:district|suburb|borough|municipality)\s+of\s+$")
_HELD_INTRO = re.compile(r"took\s+place|held\s+in")     # "The discussion took place in Kyiv from 11:00"


def _as_written(text: str, s: int, e: int, city: geo.City) -> str:
    """The city as the text writes it ("Marrakech", "Ha Noi": GOLD.md takes a place as the text
    states it), capitals set right ("TEHRAN" -> "Tehran"); the gazetteer's name for the same
    letters ("Tokyo")."""
    written = " ".join(text[s:e].split()).strip(" ,.")
    if written.isupper():
        # "ST. JOHN'S" -> "St. John's", not "St. John'S"
        return city.name if written.lower() == city.name.lower() else re.sub(r"(?<=['’])S\b", "s", written.title())
    # "Santiago de Chile", "Guatemala City": the city, less its country's name
    short = _WITH_ITS_COUNTRY.sub("", written)
    if short != written and short.lower() == city.name.lower() and geo.country_code(written[len(short):].split()[-1]):
        return city.name
    return written or city.name


_WITH_ITS_COUNTRY = re.compile(r"\s+(?:de|del|of)\s+[A-Z][\w'’-]*$")


# Italian: "a Innsbruck", "ad Addis Abeba", "a Milano" (an English "a" is an article: read only on Italian pages)
ITALIAN_AT = fastre.compile(r"\b(?:a|ad|nella\s+città\s+di)\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


# "i Stockholm", "i Stadshuset i Stockholm", "w Warszawie", "w Krakowie"
NORTHERN_AT = fastre.compile(r"(?<![\w.])(?:i|w|we)\s+(?P<place>[A-ZÅÄÖÆØŁŚŻŹ][\w’'-]+(?:\s+[A-ZÅÄÖÆØŁŚŻŹ][\w’'-]+)?)")
# a Polish town in the locative, back to its own name: "Warszawie" -> "Warszawa", "Krakowie" -> "Kraków",
# "Wilnie" -> "Wilno", "Gdańsku" -> "Gdańsk", "Poznaniu" -> "Poznań", "Brukseli" -> "Bruksela"
_LOCATIVE = ((r"owie$", "ów"), (r"wie$", "wa"), (r"nie$", "no"), (r"nie$", "n"), (r"ie$", "a"), (r"ie$", ""),
             (r"niu$", "ń"), (r"u$", ""), (r"i$", "a"), (r"ze$", "ga"))


def _northern_town(doc: Doc, region: tuple[int, int], home: str | None) -> Place | None:
    """Where a Scandinavian ("i Stockholm") or Polish ("w Warszawie") page places its event."""
    language = language_of(doc.text)
    if language not in ("sv", "no", "da", "pl"):
        return None
    for m in NORTHERN_AT.finditer(doc.text, *region):
        word = m.group("place").split()[0]
        forms = [word] + ([re.sub(ending, own, word) for ending, own in _LOCATIVE if re.search(ending, word)]
                          if language == "pl" else [])
        for form in forms:
            if geo.country_code(form) is not None:
                break
            city = geo.lookup_city(form, home) or geo.lookup_city(form)
            if city is not None:
                s = m.start("place")
                if form == word:
                    return _city_at(doc.text, s, s + len(word), city)
                # the town's own name, read off its locative ("w Krakowie": Kraków)
                own = form if _by_its_name(city, form) else city.name
                return Place(Location(city=Fact.at(own, s, s + len(word)), country=Fact.at(city.country, s, s + len(word))),
                             city, None)
    return None


def _italian_town(doc: Doc, region: tuple[int, int], home: str | None) -> Place | None:
    if language_of(doc.text) != "it":
        return None
    for m in ITALIAN_AT.finditer(doc.text, *region):
        words = m.group("place").split()
        for n in (len(words), 1):       # "Addis Abeba", or the town alone before a capitalised word
            name = " ".join(words[:n])
            if geo.country_code(name) is not None:
                break
            city = geo.lookup_city(name, home)
            if city is not None:
                s = m.start("place")
                return _city_at(doc.text, s, s + len(name), city)
    return None


def _city_at(text: str, s: int, e: int, city: geo.City) -> Place:
    """The place of a city the text names at [s, e): the city as written, and its country."""
    return Place(Location(city=Fact.at(_as_written(text, s, e, city), s, e), country=Fact.at(city.country, s, e)),
                 city, None)


def _by_its_name(city: geo.City, written: str) -> bool:
    """The gazetteer's city under the very name written, whatever its apostrophe ("Nuku'alofa") or
    its spacing ("Ha Noi")."""
    name = _SPACING.sub("", geo.norm_text(city.name)).lower()
    as_written = _SPACING.sub("", geo.norm_text(written)).lower()
    # ... or with "City" after it ("Cotabato City" for the gazetteer's Cotabato)
    return name == as_written or (as_written.endswith("city") and name == as_written[:-4])


_SPACING = re.compile(r"[\s-]+")


def _strip(s: str) -> str:
    """The place words up to a sentence end ("Tokyo. In response" → "Tokyo")."""
    return _PLACE_END.split(s)[0].rstrip(" .,")


# a clock named in words, which says whose it is: "hora peninsular", "ora italiana", "Atlantic time", "Pacific
# time" (not an abbreviation: "EST" is Canada's as much as the United States')
_NATIONAL_CLOCK = fastre.compile(r".*[a-zà-ÿ]")


def find_place(doc: Doc, layout: Layout, event_type: str | None, home: str | None = None,
               host: str | None = None, own_city: Fact[str] | None = None,
               clock_zone: Fact[str] | None = None) -> Place:
    """Where the event was held. `home`, the publisher's country, lets a town too small to be
    named without a country be found there ("in Ponta Delgada" on a Portuguese page); `host`, the
    country a mission abroad serves, is where a city its release names most likely lies ("Embassy
    of Spain in Venezuela": Valencia, Carabobo, not Valencia, Spain)."""
    empty = Place(Location(), None, None, None)
    if event_type in REMOTE:
        return empty
    if home is None and layout.dateline_range is not None:
        # "14 January 2026 | Lalitpur, Nepal": a date line's country stands in for an unknown publisher's
        named = doc.countries(*layout.dateline_range)
        home = named[0][2] if len({c for _, _, c in named}) == 1 else None
    if home is None and clock_zone is not None and _NATIONAL_CLOCK.match(clock_zone.value) \
            and (stated := zones.parse_stated_zone(clock_zone.value)) is not None and stated.zone:
        # "a las 09:30 horas (hora peninsular)": the clock's country is where a town of several countries' names lies
        home = zones.zone_country(stated.zone)

    if layout.notice is not None and layout.notice.venue is not None:
        found = _notice_place(doc, layout.notice.venue, home)
        if found is not None:
            return found
    if layout.lead is None:
        return empty
    lead = layout.lead
    para = layout.lead_paragraph or lead
    later = (para[1], min(layout.body_end, para[1] + 900))
    unknown = False
    # (the visit a meeting belongs to names its town: "X visited Melbourne from March 3 to 6")
    for region in (lead, para) + ((layout.restatement,) if layout.restatement else ()) \
            + ((layout.frame,) if layout.frame else ()):
        found = _place_in(doc, region, home=home, host=host) or _venue_named_after_city(doc, region) \
            or _office_in_city(doc, region, home) or _city_named_gathering(doc, region) \
            or _italian_town(doc, region, home) or _northern_town(doc, region, home) \
            or _at_the_legislature(doc, region)
        if found is not None and found.unknown:
            unknown = True      # read on for a town named later ("took place ... in Puerto Ayora"), not the date line
            continue
        if found is not None:
            if found.location.city is None and found.location.country is not None:
                # a city named a little later that lies in that country ("... visit to Kazakhstan. The talks
                # started at 11:00 ... in Almaty"), in the same paragraph or the next ones
                city = _city_in(doc, (region[0], later[1]), found.location.country.value, strict=True) \
                    or _venue_city_in(doc, (region[0], later[1]), found.location.country.value) \
                    or _known_venue_in(doc, (region[0], later[1]), found.location.country.value) \
                    or _lead_dateline_in(doc, para, found.location.country.value, home) \
                    or _dateline_city_in(doc, layout, found, event_type) \
                    or _seat_at_home(doc, para, found, home, host, event_type) \
                    or _masthead_venue(doc, layout, found.location.country.value)
                if city is not None:
                    city.visit_start = found.visit_start
                    return city
            return found
    if layout.standfirst is not None and not unknown:
        # "Minister X brought together ... in New York to discuss ...": the summary above the date
        found = _place_in(doc, layout.standfirst, home=home, host=host)
        if found is not None and found.location.city is not None:
            return found
    for s, e in doc.sentences(*later)[:4]:
        english_held = _HELD_SENTENCE.search(doc.text, s, e) or _HELD_OPENING.match(doc.text, s, e)
        romance_held = None if english_held else _ROMANCE_HELD_SENTENCE.search(doc.text, s, e)
        if english_held or romance_held:
            # "The discussion took place in Kyiv from 11:00 ..."; "El almuerzo comenzó ... en Santo Domingo" (only
            # the words of the Romance clause, not a second clock's city after a dash)
            held = _place_in(doc, romance_held.span() if romance_held else (s, e))
            if held is not None and not held.unknown:
                return held
    if unknown:
        return empty
    later_found = _place_in(doc, later, visits_only=True)
    if later_found is not None:
        city = _city_in(doc, later, later_found.location.country.value if later_found.location.country else None,
                        strict=True) or _dateline_city_in(doc, layout, later_found, event_type) \
            or _seat_at_home(doc, para, later_found, home, host, event_type) \
            or (later_found.location.country is not None
                and _masthead_venue(doc, layout, later_found.location.country.value))
        if city is not None:
            city.visit_start = later_found.visit_start
        return city or later_found
    if event_type in IN_PERSON:
        # the lead's own dateline before the page's: "Santo Domingo, July 15" above "Asunción, Paraguay.– The Minister met ..."
        first = doc.sentences(layout.dateline_end, layout.body_end)[:1]
        return _lead_dateline_place(doc, para, home) or _clock_city(doc, clock_zone) \
            or (first and _lead_dateline_place(doc, first[0], home)) or _title_place(doc, layout, home) or _dateline_place(doc, layout, home) or _masthead_place(doc, layout) \
            or _city_state_host(doc, para, home) or _own_seat(doc, para, home, host) \
            or _town_hall(doc, para, own_city, later) or empty
    return empty


# the publisher's own seat, named without its city: "at the President's Office", "at the Ministry"
OWN_SEAT = fastre.compile(r"\bat\s+the\s+(?:(?:President|Prime\s+Minister|Vice[- ]President)['’]s\s+Office|"
                          r"Presidential\s+(?:Palace|Office|Secretariat)|Royal\s+Palace|State\s+House|Foreign\s+Ministry|"
                          r"Office\s+of\s+the\s+(?:President|Prime\s+Minister|Vice[- ]President)|"
                          # a legislature's own house: "at the Palace of the Nation" on the Belgian Senate's page
                          r"Palace\s+of\s+the\s+Nation|Legislative\s+Palace|Parliament\s+(?:House|Building)|"
                          r"Ministry(?:['’]s\s+(?:offices|headquarters|premises))?)"
                          # the rest of its name, where a state other than the publisher's may be named
                          r"(?:,?\s+(?:of|for|and|the|[A-Z][\w’'-]*))*")


def _seat_at_home(doc: Doc, para: tuple[int, int], found: Place, home: str | None, host: str | None,
                  event_type: str | None) -> Place | None:
    """The publisher's own country was found without a city: its seat, where the lead meets there."""
    if event_type not in IN_PERSON or found.location.country is None or found.location.country.value != home:
        return None
    return _own_seat(doc, para, home, host)


def _own_seat(doc: Doc, para: tuple[int, int], home: str | None, host: str | None) -> Place | None:
    """A government's release of a meeting "at the President's Office" or "at the Ministry",
    placed nowhere else: its seat of government (a mission abroad's release is not read so)."""
    if home is None or host is not None:
        return None
    m = OWN_SEAT.search(doc.text, *para)
    if m is None or any(code != home for _s, _e, code in geo.find_countries(m.group())):
        return None
    city = geo.seat_of_government(home)
    if city is None:
        return None
    span = m.span()
    return Place(Location(city=Fact.at(city.name, *span), country=Fact.at(city.country, *span)), city, None)


# a city government's own building: "at the Town Hall", "at City Hall", "in the Council Chambers"
TOWN_HALL = fastre.compile(r"(?:\b(?:at|in)\s+(?:the\s+)?|,\s+)(?:Town\s+Hall|City\s+Hall|Civic\s+Cent(?:re|er)|"
                           # a Lord Mayor's or Lord Provost's own house: "at the Mansion House", "at the City Chambers"
                           r"Council\s+Chambers?|Municipal\s+(?:Building|Offices|Hall)|Mansion\s+House|City\s+Chambers|"
                           r"seat\s+of\s+the\s+City\s+Government|Palacio\s+Municipal|Pa[çc]o\s+Municipal|"
                           # "at the headquarters of the City People's Committee"
                           r"headquarters\s+of\s+the\s+City\s+People['’]s\s+Committee|"
                           # Central Asia's city and regional administrations: "in the akimat building", "at the
                           # Akimat of Almaty city", "in the building of the regional khokimiyat"
                           r"(?:[Aa]kimat|[Kk]hokimiyat|[Hh]okimiyat|[Hh]akimlik)\b(?:\s+building)?|"
                           r"building\s+of\s+the\s+(?:regional\s+|city\s+)?(?:[Aa]kimat|[Kk]hokimiyat|[Hh]okimiyat|[Hh]akimlik))\b")
# the head of a city's or a region's administration, by the place it heads: "Akim of Astana", "the khokim of
# Samarkand region", "Mayor of Tbilisi"
CITY_HEAD_OF = fastre.compile(r"\b(?:[Aa]kim|[Kk]hokim|[Hh]okim|[Hh]akim|Mayor|Lord\s+Mayor)\s+of\s+(?:the\s+)?"
                              r"(?P<city>[A-Z][\w’'-]+)(?:\s+(?:region|city|oblast|province|velayat))?\b")


def _town_hall(doc: Doc, para: tuple[int, int], own_city: Fact[str] | None,
               later: tuple[int, int] | None = None) -> Place | None:
    """A city government's release of a meeting "at the Town Hall", placed nowhere else: its city."""
    if (m := TOWN_HALL.search(doc.text, *para)) is None:
        # ... or in the next paragraph, when the lead's office heads a city ("The meeting took place at 11:00
        # in the akimat building")
        m = TOWN_HALL.search(doc.text, *later) if later is not None and own_city is None else None
        if m is None:
            return None
    if own_city is None:
        # no city in the publisher's name: the one the principal's office heads ("Akim of Astana ... met
        # today ... in the akimat building")
        head = CITY_HEAD_OF.search(doc.text, *para)
        if head is None:
            return None
        own_city = Fact.at(head.group("city"), *head.span("city"))
    city = geo.lookup_city(own_city.value)
    if city is None:
        return None
    span = m.span()
    return Place(Location(city=Fact.at(city.name, *span), country=Fact.at(city.country, *span)), city, None)


_HOSTED = fastre.compile(r"\b(?:hosted|received|welcomed|a\s+reçu|a\s+accueilli|recibió|recebeu)\b")


def _city_state_host(doc: Doc, para: tuple[int, int], home: str | None) -> Place | None:
    """A city-state's own release of a guest it hosted and placed nowhere ("Principauté de Monaco ...
    hosted Mr X at a working lunch at the Ministry of State"): the state is its city."""
    if home is None or not _HOSTED.search(doc.text, *para):
        return None
    city = geo.city_state(home)
    if city is None:
        return None
    at = doc.text.lower().find(city.name.lower())
    if at < 0:
        return None
    span = (at, at + len(city.name))
    return Place(Location(city=Fact.at(city.name, *span), country=Fact.at(city.country, *span)), city, None)


def _dateline_city_in(doc: Doc, layout: Layout, found: Place, event_type: str | None) -> Place | None:
    """A country named for an event held in person, and the date line's city in that country
    ("Santiago, April 3, 2026. ... the Embassy of India in Chile"; "St. John's, Antigua ... who
    arrived in Antigua on Wednesday")."""
    if event_type not in IN_PERSON or found.region is not None or found.location.city is not None \
            or found.location.country is None:
        return None
    dated = _dateline_place(doc, layout, found.location.country.value)
    if dated is not None and dated.location.country is not None \
            and dated.location.country.value == found.location.country.value:
        return dated
    return None


def _clock_city(doc: Doc, clock_zone: Fact[str] | None) -> Place | None:
    """An event held in person, placed nowhere else, at the city whose time its own clock is given in
    ("The call began at 10:00 a.m. Taipei time (2:00 p.m. in Majuro)"; the timing step has told the
    clock's own zone from its bracketed equivalent), not the date line's town."""
    place = zones.stated_place(clock_zone.value) if clock_zone is not None and clock_zone.spans else None
    city = geo.lookup_city(place) if place else None
    if city is None:
        return None
    s = clock_zone.spans[0].start
    e = s + len(place)
    return Place(Location(city=Fact.at(_as_written(doc.text, s, e, city), s, e), country=Fact.at(city.country, s, e)),
                 city, None)


def issuing_clock(doc: Doc, layout: Layout, home: str | None) -> tuple[str, Fact[str]] | None:
    """The clock of the city a release was issued in ("ST. JOHN'S, NL — ... held a telephone call at
    9:30 a.m. today"): a call's time where the publisher sits, when that city lies in the
    publisher's country (or the publisher's country is unknown)."""
    para = layout.lead_paragraph or layout.lead
    found = (_lead_dateline_place(doc, para, home) if para else None) or _dateline_place(doc, layout, home)
    if found is None or found.city is None or found.location.city is None or not found.city.timezone:
        return None
    if home is not None and found.city.country != home:
        return None
    return found.city.timezone, found.location.city


def _dateline_place(doc: Doc, layout: Layout, home: str | None = None) -> Place | None:
    """A meeting the text places nowhere else was held where its release is datelined
    ("Kathmandu, 30 October 2023", "May 16, 2024 - Ottawa, Ontario - ..."): the first city
    among the date line's comma, dash or bar separated parts, a country part helping, or else the
    publisher's own country for a name several countries share ("San José" of Costa Rica's
    government)."""
    if layout.dateline_range is None or layout.published is None:
        return None
    text = doc.text
    ls, le = layout.dateline_range
    date = layout.published.spans[0]
    if not ls <= date.start < date.end <= le:
        return None
    spans = [(ls, date.start), (date.end, le)]
    below = PLACE_LINE.match(text, le)
    if below:       # "June 23, 2025" / "Brussels, Belgium" (Canada's Prime Minister's readouts)
        spans.append(below.span("line"))
    parts = [(m.start(), m.end()) for span in spans for m in DATELINE_PART.finditer(text, *span)]
    for k, (s, e) in enumerate(parts):
        nxt = text[parts[k + 1][0]:parts[k + 1][1]] if k + 1 < len(parts) else ""
        hint = geo.country_code(nxt) if nxt else None
        region = geo.lookup_region(nxt) if nxt and hint is None else None
        # "Happy Valley-Goose Bay, Newfoundland and Labrador": a town with its province
        city = geo.lookup_city(text[s:e], hint or (region.country if region else None)) \
            or ((hint or (region and region.country)) and geo.lookup_town(text[s:e], hint or region.country)) \
            or (home and not hint and not region and not _named_elsewhere(text, text[s:e], home)
                and geo.lookup_city(text[s:e], home))
        if city:
            loc = Location(city=Fact.at(_as_written(text, s, e, city), s, e), country=Fact.at(city.country, s, e))
            return Place(loc, city, None)
    return None


def _named_elsewhere(text: str, name: str, home: str) -> bool:
    """The text names a town of this name in another country ("la alcaldesa de San José, California" on
    Costa Rica's page): the publisher's own town of that name is no safe reading of its date line."""
    for m in re.finditer(re.escape(name) + r",\s*(?P<where>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})", text):
        where = m.group("where")
        region = geo.lookup_region(where)
        code = geo.country_code(where) or (region.country if region else None)
        if code is not None and code != home:
            return True
    return False


MASTHEAD_ADDRESS = fastre.compile(r"[ \t]*(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]*)?"
                                   r"(?P<city>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})"
                                   # "Tridevi Marg, Kathmandu, Nepal"
                                   r"(?:,[ \t]*(?P<country>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}))?[ \t]*$")


TOWN_AND_REGION = fastre.compile(r"[ \t]*(?P<town>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}),[ \t]*"
                                 r"(?P<region>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]*")
# "... COMMISSION WAS HELD IN ASHGABAT", "Minister meets counterpart in Brussels": the headline's last place
# ("STL calls on Indonesian Minister of Transportation in Jakarta (with photos)": a note in brackets after it)
TITLE_IN = fastre.compile(r"\b(?:in|IN|In|en|EN|à|À|em|EM|au|AU)[ \t]+(?P<city>" + _CAP + r"[\w'’.-]*(?:[ \t]+" + _CAP + r"[\w'’.-]*){0,2})"
                          r"(?:[ \t]*\((?:with|avec|con|com)[ \t][^()\n]{1,30}\))?[ \t]*$")


def _title_place(doc: Doc, layout: Layout, home: str | None) -> Place | None:
    """Where the headline says the event was held, when the text says it nowhere else."""
    if not layout.title_range:
        return None
    text = doc.text
    m = TITLE_IN.search(text, *layout.title_range)
    if m is None:
        return None
    name = m.group("city")
    written = name.title() if name.isupper() else name
    city = geo.lookup_city(written, home) if geo.country_code(written) is None else None
    if city is None:
        return None
    # "... ANTIGUA AND BARBUDA–NETHERLANDS ... TALKS HELD IN ST. JOHN'S", or the lead's "St. John's, Antigua":
    # the town of that name in a state the text names, before the best-known one elsewhere
    named = [code for _, _, code in doc.countries(layout.title_range[0], layout.lead[1] if layout.lead
                                                  else layout.title_range[1])]
    city = _strongly_hinted(written, list(dict.fromkeys(named))) or city
    s, e = m.span("city")
    return _city_at(text, s, e, city)


def _notice_place(doc: Doc, venue: tuple[int, int], home: str | None) -> Place | None:
    """A notice's venue line ("Residence of the Ambassador ..., Abdoun, Amman", "Conference Room 1,
    United Nations Headquarters, New York"): the last of its parts that names a city or a venue."""
    text = doc.text
    # "..., Tokyo (hybrid; livestreamed ...)": a note in brackets is no part of the place
    # ("Auditorium (B1), ..., Seoul": a bracket with more of the line after it is no note: skipped over)
    line = text[venue[0]:venue[1]]
    while (inner := re.search(r"\([^()]*\)(?=[^(]*,)", line)) is not None:
        line = line[:inner.start()] + " " * len(inner.group()) + line[inner.end():]
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,(]+", line.split("(")[0])]
    parts = [(venue[0] + a + len(text[venue[0] + a:venue[0] + b]) - len(text[venue[0] + a:venue[0] + b].lstrip()),
              venue[0] + b - (len(text[venue[0] + a:venue[0] + b]) - len(text[venue[0] + a:venue[0] + b].rstrip())))
             for a, b in parts]
    for s, e in reversed(parts):
        words = text[s:e]
        known = geo.lookup_venue(words)
        if known is not None and known.city:
            city = geo.lookup_city(known.city, known.country)
            if city is not None:
                return Place(Location(venue=Fact.at(known.name, s, e), city=Fact.at(city.name, s, e),
                                      country=Fact.at(city.country, s, e)), city, known)
        if geo.country_code(words) is not None or any(ch.isdigit() for ch in words):
            continue
        city = geo.lookup_city(words, home) or (home and geo.lookup_town(words, home)) or None
        if city is not None:
            first = parts[0]
            venue_fact = Fact.at(squash(text[first[0]:first[1]]), *first) if first != (s, e) else None
            return Place(Location(venue=venue_fact, city=Fact.at(_as_written(text, s, e, city), s, e),
                                  country=Fact.at(city.country, s, e)), city, None)
    # "Reception Room, ... Government Office (Kamigyo-ku, Kyoto City)": the city in the closing bracket
    note = re.search(r"\(([^()]*)\)\s*$", line)
    if note is not None:
        for m in reversed(list(re.finditer(r"[^,]+", note.group(1)))):
            words = m.group().strip()
            name = re.sub(r"\s+City$", "", words)
            city = geo.lookup_city(name, home) if name != words or geo.country_code(words) is None else None
            if city is not None:
                s = venue[0] + note.start(1) + m.start() + (len(m.group()) - len(m.group().lstrip()))
                return Place(Location(city=Fact.at(_as_written(text, s, s + len(name), city), s, s + len(name)),
                                      country=Fact.at(city.country, s, s + len(name))), city, None)
    return None


# the word for "city" that heads towns' names in other languages
CITY_WORD = frozenset({"madinat", "medinat", "ciudad", "cidade", "ville", "città", "kota", "shahr", "thanh"})


def _masthead_place(doc: Doc, layout: Layout) -> Place | None:
    """"Government of Nepal / Ministry of Foreign Affairs / Singha Durbar, Kathmandu": the
    ministry's address above the title places, like a date line, a meeting the text places
    nowhere else."""
    text = doc.text
    top = layout.title_range[0] if layout.title_range else (layout.lead[0] if layout.lead else 0)
    for line in doc.lines[:6]:
        if line.start >= top:
            break
        named = _named_venue_in_lead(doc, layout, line.start, line.end)
        if named is not None:
            return named
        m = MASTHEAD_ADDRESS.match(text, line.start, line.end)
        if m is None:
            found = _address_line_city(text, line.start, line.end)
            if found is not None:
                return found
            continue
        town_region = TOWN_AND_REGION.fullmatch(text, line.start, line.end)
        region = geo.lookup_region(town_region.group("region")) if town_region is not None else None
        if region is not None and region.country:
            # "Fort Nelson, British Columbia": a town and its province
            town = geo.lookup_city(town_region.group("town"), region.country) \
                or geo.lookup_town(town_region.group("town"), region.country)
            if town is not None and town.country == region.country:
                ts, te = town_region.span("town")
                return _city_at(text, ts, te, town)
        country = geo.country_code(m.group("country")) if m.group("country") else None
        if m.group("country") and country is None:
            # "Fort Nelson, British Columbia": a province names its state
            region = geo.lookup_region(m.group("country"))
            country = region.country if region is not None else None
        if m.group("country") and country is None:
            continue
        city = geo.lookup_city(m.group("city"), country) or (geo.lookup_town(m.group("city"), country) if country else None)
        if city is not None and geo.country_code(m.group("city")) is None:
            s, e = m.span("city")
            return _city_at(text, s, e, city)
    return None


ADDRESS_PART = fastre.compile(r"[ \t]*(?P<part>[A-Z0-9][\w.'’ \t-]{1,40}?)[ \t]*(?:,|$)")


def _address_line_city(text: str, start: int, end: int) -> Place | None:
    """"Houses of Parliament, Mount Wheldale, St. George's": an address line's last part a city (or
    the part before a country), the building and the street before it."""
    parts = [m.span("part") for m in ADDRESS_PART.finditer(text, start, end)]
    if not 2 <= len(parts) <= 5 or sum(e - s for s, e in parts) + 2 * len(parts) < end - start - 4:
        return None         # not a line of comma-separated parts alone
    s, e = parts[-1]
    country = geo.country_code(text[s:e])
    if country is not None:
        s, e = parts[-2]
    city = geo.lookup_city(text[s:e], country)
    if city is None or geo.country_code(text[s:e]) is not None:
        return None
    return _city_at(text, s, e, city)


# a masthead's building and city: "Government House Adelaide", "State House, Suva"
VENUE_AND_CITY_LINE = fastre.compile(r"[ \t]*(?P<venue>(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)(?:[ \t]*,)?[ \t]+"
                                     r"(?P<city>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)[ \t]*$")


def _masthead_venue(doc: Doc, layout: Layout, country: str) -> Place | None:
    """"State House, Suva" above a lead that says "at State House", in the country found."""
    top = layout.title_range[0] if layout.title_range else (layout.lead[0] if layout.lead else 0)
    for line in doc.lines[:8]:
        if line.start >= top:
            break
        named = _named_venue_in_lead(doc, layout, line.start, line.end)
        if named is not None and named.location.country is not None and named.location.country.value == country:
            return named
    return None


def _named_venue_in_lead(doc: Doc, layout: Layout, start: int, end: int) -> Place | None:
    """"Government House Adelaide" above a lead that says "at Government House": the building the
    lead names, in the city the masthead gives it."""
    m = VENUE_AND_CITY_LINE.fullmatch(doc.text, start, end)
    if m is None or layout.lead is None or m.group("venue").split()[-1].lower() not in VENUE_NOUNS:
        return None
    para = layout.lead_paragraph or layout.lead
    at_venue = re.compile(r"\bat\s+(?:the\s+)?" + re.escape(m.group("venue")) + r"\b")
    if at_venue.search(doc.text, para[0], para[1]) is None:
        return None
    city = geo.lookup_city(m.group("city"))
    if city is None or not _by_its_name(city, m.group("city")) or geo.country_code(m.group("city")) is not None:
        return None
    s, e = m.span("city")
    return _city_at(doc.text, s, e, city)


# "at the Hilton Gyeongju", "at the Tianjin Guest House", "at Government House Auckland"
# ... "at the auditorium of the Jaffna District Secretariat": a room of the named building
AT_NAMED_VENUE = fastre.compile(r"\bat\s+(?:[Tt]he\s+)?(?:(?:auditorium|main\s+hall|hall|premises|offices?|conference\s+(?:room|hall)|"
                                r"board\s+room|boardroom|courtyard|grounds)\s+of\s+(?:the\s+)?)?(?P<venue>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4})")
NOT_A_VENUE_IN_THE_CITY = fastre.compile(r"\b(?:Embassy|Consulate|Mission|Ministry|University|Agreement|Conference|Summit|"
                                         r"Forum|Post|Times|Declaration|Dialogue|Process)\b")


# "Palacio Santos", "Villa Madama": a building named after someone, not after its city
LOCALITY_AFTER = fastre.compile(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*[,.;]")
NAMED_BUILDING = fastre.compile(r"(?:Palacio|Palace|Palais|Palazzo|Casa|Villa|Maison|Quinta|Castle|Castillo|Fort|Schloss)\s")


# "at the Ministry's Auckland office", "at the Bank's Nairobi headquarters": a body's premises in a city
# ... or the publisher's own: "hosted a working dinner at its Berlin office"
OFFICE_IN_CITY = fastre.compile(r"\bat\s+(?:(?:the|its|their)\s+(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*['’]s|its|their|our)\s+"
                                r"(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:office|offices|headquarters|premises|"
                                r"campus|branch|residence|chancery)\b|"
                                # "à l'Hôtel de Ville de La Chaux-de-Fonds", "en el Ayuntamiento de Cádiz", "na Prefeitura de Recife"
                                r"\b(?:[Hh]ôtel\s+de\s+[Vv]ille|[Mm]airie|[Aa]yuntamiento|[Pp]refeitura|[Cc]âmara\s+[Mm]unicipal|"
                                r"[Pp]alais\s+de\s+[Jj]ustice|[Mm]unicipio)\s+(?:de|d['’]|do|da)\s*(?P<city2>(?:L[ae]s?\s+|El\s+)?"
                                r"[A-ZÀ-Ý][\w’'-]+(?:[\s-]+(?:de\s+|du\s+|des\s+)?[A-ZÀ-Ý][\w’'-]+){0,3})")


# "on the margins of the 60th Munich Security Conference": a gathering named after the city that holds it
CITY_NAMED_GATHERING = fastre.compile(r"\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+|"
                                      r"(?:annual|first|second|third)\s+)?(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)??)\s+"
                                      r"(?:(?:Security|Strategic|International|Economic|Peace|Global|Regional)\s+){0,2}"
                                      r"(?:Conference|Summit|Forum|Dialogue)\b")


def _city_named_gathering(doc: Doc, region: tuple[int, int]) -> Place | None:
    m = CITY_NAMED_GATHERING.search(doc.text, *region)
    if m is None or geo.country_code(m.group("city")) is not None:
        return None
    city = geo.lookup_city(m.group("city"))
    if city is None or not _by_its_name(city, m.group("city")):
        return None
    s, e = m.span("city")
    return _city_at(doc.text, s, e, city)


@functools.lru_cache(maxsize=1)
def _legislature_venue() -> re.Pattern[str]:
    names = sorted(load("legislatures.json")["legislatures"], key=len, reverse=True)
    return re.compile(r"\b(?:at|in)\s+the\s+(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _at_the_legislature(doc: Doc, region: tuple[int, int]) -> Place | None:
    """"... received the Ambassador for a courtesy call at the Riksdag": a state's parliament, by its
    own name, sits in the state's seat of government (a venue that fixes one city)."""
    m = _legislature_venue().search(doc.text, *region)
    if m is None:
        return None
    city = geo.seat_of_government(load("legislatures.json")["legislatures"][m.group("name")])
    if city is None:
        return None
    s, e = m.span("name")
    return Place(Location(city=Fact.at(city.name, s, e), country=Fact.at(city.country, s, e)), city, None)


def _office_in_city(doc: Doc, region: tuple[int, int], home: str | None) -> Place | None:
    m = OFFICE_IN_CITY.search(doc.text, *region)
    if m is None:
        return None
    group = "city" if m.group("city") else "city2"
    city = geo.lookup_city(m.group(group), home)
    if city is None or geo.country_code(m.group(group)) is not None:
        return None
    s, e = m.span(group)
    return _city_at(doc.text, s, e, city)


# the word after a city of several words heading a venue's name: "San Francisco City Hall", "Kuala Lumpur
# Convention Centre" (not "the Benito Juárez Administrative Unit", a person's name)
_CITY_VENUE_NEXT = frozenset({"City", "Town", "Convention", "Municipal", "Metropolitan", "International"})


def _venue_named_after_city(doc: Doc, region: tuple[int, int]) -> Place | None:
    """A venue whose name holds its city: the city, as written."""
    text = doc.text
    for m in AT_NAMED_VENUE.finditer(text, *region):
        venue = m.group("venue")
        if NOT_A_VENUE_IN_THE_CITY.search(venue) or NAMED_BUILDING.match(venue):
            continue
        if LOCALITY_AFTER.match(text, m.end()):
            continue        # "at Rawson Hall, Burnt Pine": the text says where the hall is, and it is not Rawson
        words = list(re.finditer(r"[A-Z][\w'’.-]*", venue))
        heads = [words[0], words[-1]]           # "Tianjin Guest House", "Hilton Gyeongju": the city heads or ends it
        owner = next((k for k, w in enumerate(words[:-1]) if w.group().endswith(("'s", "’s"))), None)
        if owner is not None:
            heads.insert(1, words[owner + 1])   # "the AFP's Sydney Office": or follows its owner
        for k in (3, 2):
            # "San Francisco City Hall": a city of several words heads it (not "San", a town in Mali)
            if len(words) > k and words[k].group() in _CITY_VENUE_NEXT:
                name = venue[words[0].start():words[k - 1].end()]
                city = geo.lookup_city(name)
                if city is not None and city.name.lower() == name.lower() and geo.country_code(name) is None:
                    s = m.start("venue") + words[0].start()
                    return _city_at(text, s, s + len(name), city)
        for w in heads:
            word = w.group().rstrip(".")
            if geo.country_code(word) is not None or len(word) < 3:
                continue        # "the Singapore Room": a country's name is no city's; "Te Pae ...": nor a particle
            city = geo.lookup_city(word)
            if city is not None:
                s = m.start("venue") + w.start()
                e = s + len(word)
                return _city_at(text, s, e, city)
    return None


def _venue_city_in(doc: Doc, region: tuple[int, int], country: str) -> Place | None:
    """"... in Timor-Leste ... at the Dili Convention Centre": a venue named after a city of the country found."""
    found = _venue_named_after_city(doc, region)
    return found if found is not None and found.location.country is not None \
        and found.location.country.value == country else None


def _known_venue_in(doc: Doc, region: tuple[int, int], country: str) -> Place | None:
    """"... who is visiting Japan ... The meeting took place in the Speaker's Reception Room of the National
    Diet Building": a building the lexicon knows, in the country found."""
    s, _ = region
    for vs, ve, venue in geo.find_venues(doc.text[s:region[1]]):
        if venue.country == country and venue.city:
            loc = Location(venue=Fact.at(venue.name, s + vs, s + ve), city=Fact.at(venue.city, s + vs, s + ve),
                           country=Fact.at(venue.country, s + vs, s + ve))
            return Place(loc, geo.lookup_city(venue.city, venue.country), venue)
    return None


def _lead_dateline_in(doc: Doc, para: tuple[int, int], country: str, home: str | None) -> Place | None:
    """"Sylhet – The Resident Coordinator in Bangladesh met ...": the lead's own dateline, when its
    town lies in the country the lead names."""
    found = _lead_dateline_place(doc, para, home)
    return found if found is not None and found.location.country is not None \
        and found.location.country.value == country else None


def _lead_dateline_place(doc: Doc, para: tuple[int, int], home: str | None = None) -> Place | None:
    """"TEHRAN - The fourth Tehran Dialogue Forum opened ...": a wire-style dateline in capitals
    at the head of the lead paragraph, read like a date line (see _dateline_place). A town too
    small to be named without its country is looked for in the publisher's ("Ölgii, September 17
    (MONTSAME)")."""
    # the paragraph's line: a sentence split at "Jan." may start the lead inside its dateline
    line_start = doc.text.rfind("\n", 0, para[0]) + 1
    start = line_start if para[0] - line_start <= 40 else para[0]
    m = LEAD_DATELINE.match(doc.text, start, para[1])
    if m is None:
        return None
    group = next(g for g in ("city", "city2", "city3", "city4", "city5") if m.group(g))
    stated = m.group("country") or m.group("country3")
    hint = geo.country_code(stated) if stated else None
    if stated and hint is None and len(named := {code for _, _, code in geo.find_countries(stated)}) == 1:
        hint = named.pop()      # "Tripoli, North Lebanon –": the country inside a region's name
    first = m.group(group).title() if m.group(group).isupper() else m.group(group)
    if stated and hint is None and geo.lookup_city(first) is None \
            and (after := geo.lookup_city(stated)) is not None and _by_its_name(after, stated):
        # "CAMP GENERAL EMILIO AGUINALDO, Quezon City –", "Price Barracks, Ladyville –": a camp or a
        # building, then the city it lies in
        s, e = m.span("country" if group == "city" else "country3")
        return _city_at(doc.text, s, e, after)
    if group == "city3" and hint is None:
        return None     # "Foreign Minister, Health Ministry - ...": no country, no dateline
    name = m.group(group)
    written = name.title() if name.isupper() else name
    city = geo.lookup_city(written, hint) or (hint is None and home is not None and geo.lookup_city(written, home)) or None
    if city is None or group in ("city4", "city5") and (geo.country_code(written) is not None
                                                       or not _by_its_name(city, written)):
        return None     # "Amman –", not "Jordan –" or a word the gazetteer reads as some other town
    s, e = m.span(group)
    return _city_at(doc.text, s, e, city)


_CAPITALISED_RUN = fastre.compile(r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}")


def _strongly_hinted(name: str, countries: list[str]) -> "geo.City | None":
    """The city of that name in one of `countries` when the best-known city of the name lies elsewhere
    (Hyderabad, Sindh; Valencia, Carabobo); None when it already lies there or none does."""
    top = geo.lookup_city(name)
    if top is not None and top.country in countries:
        return None
    for code in countries:
        city = geo.lookup_city(name, code)
        if city is not None and city.country == code:
            return city
    return None


def _divisions(text: str, s: int, e: int) -> list[tuple[str, str]]:
    """(name, country) of the first-level divisions a sentence names, not names of countries or
    cities ("Sindh" → PK, "Carabobo" → VE, "Andalucía" → ES)."""
    out = []
    for m in _CAPITALISED_RUN.finditer(text, s, e):
        run = m.group()
        if geo.country_code(run) is not None or geo.lookup_city(run) is not None:
            continue        # a division named like its capital ("Lima") says nothing beyond the city
        code = subdivision_country(run)
        if code is not None:
            out.append((run, code))
    return out


def _region_countries(text: str, s: int, e: int) -> list[str]:
    """The countries of the states and islands a sentence names ("the Chatham Islands Council ...
    in Waitangi"): a small town there is found in its country."""
    return [r.country for _, _, r in geo.find_regions(text, s, e) if r.country]


# a place's other name after a slash ("Rēkohu/Chatham Islands", "Rēkohu / Wharekauri")
_SLASH_NAME = fastre.compile(r"[ \t]*/[ \t]*(?P<alt>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
                             # "in Iqaluktuuttiaq (Cambridge Bay)": the other name in brackets
                             r"|[ \t]*\([ \t]*(?P<alt2>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]*\)")
# a place of an event still to come: "in Tonga next month", "in Honiara later this year"
_LATER_ON = fastre.compile(r"\s+(?:next\s+(?:week|month|year)|later\s+(?:this|in\s+the)\s+(?:week|month|year))\b")
# "Also agreed to meet at #FAC in Brussels": a meeting still to come
_MEET_LATER = fastre.compile(r"\b(?:agreed|agree|plan(?:s|ned)?|decided|looks?\s+forward|looking\s+forward|hopes?|invited\s+\w+)"
                             r"\s+to\s+(?:meet|meeting|hold|holding|visit|visiting|convene|continue)\b[^.;!?]{0,70}$", re.I)
_TO_BE = fastre.compile(r"\b(?:to\s+be|will\s+be|would\s+be)\s+$")     # "... Committee, to be held in Beijing"
_AHEAD_OF = fastre.compile(r"\b(?:ahead\s+of|in\s+preparation\s+for|in\s+the\s+run-up\s+to)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,8}$")


def _island_town(name: str, country: str) -> "geo.City | None":
    """The town called `name` itself (no other name of another place) in `country`."""
    city = geo.lookup_city(name, country)
    return city if city is not None and city.country == country and _by_its_name(city, name) else None


# the seats of international organisations, which have no namesake in a member state's capital
INTERNATIONAL_VENUE = fastre.compile(r"United Nations|Palais des Nations|Headquarters|headquarters|Secretariat|"
                                     r"Palais de l'Europe")


_IN_A_CITY = fastre.compile(r"\bin\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _other_city_before(text: str, start: int, end: int, country: str) -> bool:
    """A city of another country named with "in" before a venue of the same name elsewhere, in the
    venue's own sentence."""
    start = max(start, text.rfind(". ", start, end) + 1)
    for m in _IN_A_CITY.finditer(text, start, end):
        city = geo.lookup_city(m.group("city"))
        if city is not None and city.country != country and city.name.lower() == m.group("city").lower():
            return True
    return False


def _place_in(doc: Doc, region: tuple[int, int], visits_only: bool = False, home: str | None = None,
              host: str | None = None) -> Place | None:
    text = doc.text
    s, e = region
    if not visits_only:
        for vs, ve, venue in geo.find_venues(text[s:e]):
            if home is not None and venue.country != home and venue.city and venue.city not in text \
                    and not INTERNATIONAL_VENUE.search(venue.name) \
                    and not any(code == venue.country for _, _, code in doc.countries(0, len(text))):
                continue    # "the Peace Palace" on Cambodia's page, its city and country never named: Phnom Penh's
            if _other_city_before(text, s, s + vs, venue.country):
                continue    # "in Algiers ..., held at the Palais des Nations in Club des Pins": Algiers' own palace
            own = _CITY_WORD_BEFORE.search(text, max(s, s + vs - 30), s + vs)
            town = geo.lookup_city(own.group(1), venue.country) if own is not None else None
            if town is not None and town.country == venue.country and town.name != venue.city \
                    and _by_its_name(town, own.group(1)):
                # "at the Kazan Kremlin": another city's building of that kind, not Moscow's
                loc = Location(city=Fact.at(_as_written(text, own.start(1), own.end(1), town), own.start(1), own.end(1)),
                               country=Fact.at(town.country, own.start(1), own.end(1)))
                return Place(loc, town, None)
            loc = Location(venue=Fact.at(venue.name, s + vs, s + ve))
            if venue.city:
                loc.city = Fact.at(venue.city, s + vs, s + ve)
            loc.country = Fact.at(venue.country, s + vs, s + ve)
            city = geo.lookup_city(venue.city, venue.country) if venue.city else None
            return Place(loc, city, venue)
    countries: list[tuple[int, int, str, int | None]] = []
    unknown_island = False
    region_found: Place | None = None
    region_codes: list[str] | None = None
    divisions: list[tuple[str, str]] | None = None
    for m in PLACE_INTRO.finditer(text, s, e):
        intro = m.group(0)[: m.start("place") - m.start()]
        is_visit = bool(_VISIT_INTRO.search(intro))
        if visits_only and not is_visit and not _HELD_INTRO.search(intro):
            continue
        if visits_only and _FUTURE_VISIT.search(text, max(s, m.start() - 80), m.start() + len(intro)):
            continue        # "a letter of invitation for an early visit to India": a visit to come, not this one
        if FRONTED_WITH.match(text, s, m.start()):
            continue        # "With Prime Minister X in Wellington for talks, the Deputy ... met ...": his place
        paren = text.rfind("(", s, m.start())
        if intro.strip() in {"in", "en", "em", "à"} and paren > text.rfind(")", s, m.start()) \
                and CLOCK_IN_PAREN.search(text, paren, m.start()):
            # "(10:00 in Santiago; 23:00 Japan time)", "(23:00 on 29 September in Brussels)": another clock
            continue
        if intro.strip() in {"in", "en", "em", "à"} and SECOND_CLOCK_BEFORE.search(text, max(s, m.start() - 40), m.start()):
            continue        # "à 14 h 00 (heure de Tokyo), soit 8 h 00 à Antananarivo": the other clock's city
        if intro.strip() == "in" and NOT_PLACE_BEFORE.search(text[max(s, m.start() - 30):m.start()]) \
                and not ON_THE_MARGINS.search(text, max(s, m.start() - 160), m.start()) \
                and not EVENT_ON_A_TOPIC.search(text, max(s, m.start() - 200), m.start()):
            continue        # "peace and security in Sudan", but "on the margins of the open debate on ... Security in New York"
        if intro.strip() == "in" and MISSION_OF_BEFORE.search(text, max(s, m.start() - 80), m.start()):
            continue
        if intro.strip().startswith("held") and HELD_PEOPLE.search(text[max(s, m.start() - 30):m.start()]):
            continue        # "the hostages held in Gaza": people kept there, not the event
        place = _strip(m.group("place"))
        pstart = m.start("place")
        if "-" in place and geo.lookup_city(place) is None and geo.lookup_region(place) is None \
                and (head := geo.lookup_city(place.split("-")[0])) is not None and _by_its_name(head, place.split("-")[0]):
            place = place.split("-")[0]     # "at the Primature in Abidjan-Plateau": the city's quarter, in the city
        if _LATER_ON.match(text, m.end("place")) or _AHEAD_OF.search(text, max(s, m.start() - 100), m.start()) \
                or _TO_BE.search(text, max(s, m.start() - 12), m.start()) \
                or _MEET_LATER.search(text, max(s, m.start() - 80), m.start()):
            continue        # "... talks ahead of the Leaders' Meeting in Tonga next month": another, later event's place
        alt = _SLASH_NAME.match(text, m.end("place"))
        other = (alt.group("alt") or alt.group("alt2")) if alt is not None else None
        if other and geo.lookup_city(place) is None and geo.lookup_region(place) is None \
                and geo.country_code(place) is None \
                and (geo.lookup_region(other) is not None or geo.lookup_city(other, home) is not None):
            # "Rēkohu/Chatham Islands", "Iqaluktuuttiaq (Cambridge Bay)": the name the gazetteer knows
            place, pstart = other, alt.start("alt") if alt.group("alt") else alt.start("alt2")
        if m.group("country") and _A_DISTRICT_OF.search(intro):
            # "in the district of Miraflores, Lima": a quarter, then the city it lies in
            wider_name = _strip(m.group("country"))
            wider = geo.lookup_city(wider_name, home)
            if wider is not None and _by_its_name(wider, wider_name):
                return _city_at(text, m.start("country"), m.start("country") + len(wider_name), wider)
        country_hint = None
        if m.group("country"):
            country_hint = geo.country_code(_strip(m.group("country")))
            if country_hint is None and (region := geo.lookup_region(_strip(m.group("country")))) is not None:
                country_hint = region.country       # "Stephenville, Newfoundland"
        if country_hint is None and m.group("adj"):
            country_hint = geo.country_code(m.group("adj"))     # "the Chilean city of ..."
        if country_hint is None and (after := _REGION_AFTER.match(text, m.end("place"), e)) is not None \
                and (region := geo.lookup_region(_strip(after.group("region")))) is not None:
            country_hint = region.country           # "at Waitangi, on the Chatham Islands"
        if country_hint is None and m.group("country") and geo.country_code(place) is None:
            # "in London, Kiritimati": a village named like a far bigger city, then the town it lies by; the
            # village as written, in the town's country and clock
            wider_name = _strip(m.group("country"))
            wider = geo.lookup_city(wider_name)
            usual = geo.lookup_city(place)
            if wider is not None and _by_its_name(wider, wider_name) and usual is not None \
                    and usual.country != wider.country and geo.lookup_city(place, wider.country) in (None, usual):
                loc = Location(city=Fact.at(place, pstart, pstart + len(place)),
                               country=Fact.at(wider.country, m.start("country"), m.end("country")))
                return Place(loc, wider, None, m.start() if is_visit else None)
        code = geo.country_code(place)
        if code is not None and geo.is_adjective(place):
            continue        # "in the Indian, Pacific and Southern Oceans": an adjective, not a country
        if code is not None:
            city_same = geo.lookup_city(place, code) if place.lower() in {"luxembourg", "singapore", "monaco",
                                                                            "djibouti", "kuwait", "vatican city",
                                                                            "andorra", "san marino"} else None
            loc = Location(country=Fact.at(code, pstart, pstart + len(place)))
            if city_same is not None:
                loc.city = Fact.at(city_same.name, pstart, pstart + len(place))
                return Place(loc, city_same, None, m.start() if is_visit else None)
            countries.append((pstart, pstart + len(place), code, m.start() if is_visit else None))
            continue
        if visits_only:
            continue
        words = place.split()
        # countries named nearby help a small capital ("Samoa's ... in Apia")
        if region_codes is None:
            region_codes = _region_countries(text, s, e)     # once a region, not once a place named in it
        # a mission's host country, or a state or province the sentence names ("from across Sindh gathered in
        # Hyderabad", "the Governor of Carabobo ... in Valencia"), before the best-known city of that name
        strong = [h for h in (host,) if h]
        if country_hint is None:
            if divisions is None:
                divisions = _divisions(text, s, e)      # once a region, like region_codes
            strong += [c for run, c in divisions if c not in strong and run != place and not place.startswith(run)]
        hints = [country_hint] + [c for _, _, c in doc.countries(s, e) if c != country_hint] + region_codes + [home]
        island = words[-1].lower() in ISLAND_WORDS
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k])
            if k < len(words) and words[0].lower() in HALL_WORDS_FIRST:
                break       # "in the Sala Koch of Palazzo Madama in Rome": a hall, not Salé
            if island and k < len(words) and not any(_island_town(cand, h) for h in hints if h):
                # "on Santa Cruz Island", "on Kanton Island": an island, not a town of that name elsewhere
                # (but "Kiritimati" is both, in the country the text speaks of)
                unknown_island = unknown_island or not visits_only
                break
            if not island and (f"{cand} Island" in text or f"{cand} Islands" in text) \
                    and geo.lookup_region(cand) is None and _island_town(cand, home or "") is None:
                # "welcomed the delegation to Kanton" after "on Kanton Island", "the Phoenix Group" beside the
                # "Phoenix Islands": the islands the text names, not Guangzhou or Phoenix, Arizona
                continue
            if k < len(words) and cand.lower() in CITY_WORD:
                continue    # "Madinat Zayed", "Ciudad Quesada": the word for a city heads a name; alone it is Medina
            if k < len(words) - 1 and words[k].lower() in NAME_PARTICLES \
                    and geo.country_code(" ".join(words[k + 1:])) is None:
                continue    # "Praia da Vitória" is not Praia; but "Santiago de Chile" is Santiago
            if island and k < len(words):
                # an island's town: the one of that very name in the country the text speaks of
                city = next((c for c in (_island_town(cand, h) for h in hints if h) if c is not None), None)
            else:
                city = (_strongly_hinted(cand, strong) if strong and country_hint is None else None) \
                    or next((c for c in (geo.lookup_city(cand, h) for h in hints) if c is not None), None)
                if city is not None and country_hint is None and city.country not in hints:
                    # "The Mayor of Norfolk Island ... at the Council Chambers in Kingston": a city of that name
                    # in a country the text names, before the best-known one elsewhere
                    city = next((c for c, h in ((geo.lookup_city(cand, h), h) for h in hints if h)
                                 if c is not None and c.country == h), city)
            if city is not None and k < len(words) and words[k].lower() in VENUE_NOUNS and city.country not in hints:
                continue    # "at Rawson Hall, Burnt Pine": a building named after someone, not Rawson, Argentina
            if city is None:
                # "Tapa Camp, Estonia", "met Canadian Prime Minister X in Stephenville": a town, with its
                # country named beside it or in the same sentence
                city = next((c for c in (geo.lookup_town(cand, h) for h in hints[:-1] if h) if c is not None), None)
            if city is None:
                region_hit = geo.lookup_region(cand) if hasattr(geo, "lookup_region") else None
                if region_hit is not None and region_hit.country:
                    # a province or state fixes the country, not a city (GOLD.md)
                    loc = Location(country=Fact.at(region_hit.country, pstart, pstart + len(cand)))
                    # "in the Canary Islands, in Las Palmas": a city named after it is more precise
                    region_found = region_found or Place(loc, None, None, m.start() if is_visit else None,
                                                         region=region_hit)
                    break
                continue
            cend = pstart + len(cand)
            loc = Location(city=Fact.at(_as_written(text, pstart, cend, city), pstart, cend),
                           country=Fact.at(city.country, pstart, cend))
            if m.group("country") and country_hint == city.country:
                loc.country = Fact.at(city.country, pstart, m.end("country"))
            return Place(loc, city, None, m.start() if is_visit else None)
        if m.group("country") and country_hint is not None and region_found is None:
            # "at the ICAC Building in North Point, Hong Kong": a district the gazetteer lacks, then a city-state
            wider_name = _strip(m.group("country"))
            wider = geo.lookup_city(wider_name, country_hint)
            if wider is not None and wider.country == country_hint and _by_its_name(wider, wider_name):
                return _city_at(text, m.start("country"), m.start("country") + len(wider_name), wider)
        if m.group("country") and country_hint is not None and region_found is None \
                and geo.country_code(_strip(m.group("country"))) == country_hint and _SMALL_TOWN.fullmatch(place) \
                and not any(w.lower() in VENUE_NOUNS for w in re.split(r"[\s-]+", place)) \
                and geo.country_timezone(country_hint) and geo.country_code(place) is None:
            # "at the Juno Beach Centre in Courseulles-sur-Mer, France": a town too small for the gazetteer, in the
            # one-clock state named after it; the town as written
            loc = Location(city=Fact.at(place, pstart, pstart + len(place)),
                           country=Fact.at(country_hint, m.start("country"), m.end("country")))
            return Place(loc, None, None, m.start() if is_visit else None)
        if m.group("country") and country_hint is None:
            # "in Tlatelolco, Mexico City": a district the gazetteer lacks, then its city; "at the Army
            # Pavilion, Tundikhel, Kathmandu": a venue, its district, then its city
            parts = [(m.start("country"), _strip(m.group("country")))]
            more = _NEXT_PART.match(text, m.end("country"), e)
            if more is not None:
                parts.append((more.start("part"), _strip(more.group("part"))))
            found_here: list[tuple[int, str, geo.City]] = []
            for ws, wider in parts:
                # "at Government House, Quality Row, Kingston" on Norfolk Island's page: the Kingston of a
                # country the text names, before the best-known one
                city = next((c for h in dict.fromkeys([home] + [c for _, _, c in doc.countries(s, e)]) if h
                             if (c := geo.lookup_city(wider, h)) is not None and c.country == h
                             and _by_its_name(c, wider)), None) or geo.lookup_city(wider)
                at_home = geo.lookup_city(wider, home) if home else None
                if at_home is not None and at_home.country == home and (
                        city is None or (city.country != home and at_home.population * 2 >= city.population)):
                    city = at_home      # "at ICIMOD headquarters in Khumaltar, Lalitpur" under "Lalitpur, Nepal"
                # by its own name, not a variant ("in Rakhine, Chin and ...": no "Chin" for Jinzhou)
                venue_states = {c for _, _, c in geo.find_countries(place)}
                if city is not None and venue_states and city.country not in venue_states:
                    continue    # "at the Guyana Marriott Hotel, Kingston": Guyana's Kingston, not Jamaica's
                if city is not None and (_by_its_name(city, wider) or city is at_home):
                    found_here.append((ws, wider, city))
            if found_here:
                # "in the Board Room of Bangladesh Bank, Motijheel, Dhaka": a district, then its city (the larger)
                ws, wider, city = found_here[0]
                later = [f for f in found_here[1:] if f[2].country == city.country and f[2].population > 5 * city.population]
                named = {home} | {c for _, _, c in doc.countries(s, e)}
                if city.country not in named:
                    # "at the Bintumani Conference Centre, Aberdeen, Freetown" on Sierra Leone's page: the
                    # district shares a far city's name; the city after it lies in the state the page names
                    later = [f for f in found_here[1:] if f[2].country in named][:1] or later
                if later:
                    ws, wider, city = later[0]
                loc = Location(city=Fact.at(_as_written(text, ws, ws + len(wider), city), ws, ws + len(wider)),
                               country=Fact.at(city.country, ws, ws + len(wider)))
                return Place(loc, city, None, m.start() if is_visit else None)
    if not visits_only:
        for m in AT_VENUE_CITY.finditer(text, s, e):
            # "at the State Administration Centre on Victoria Square, Adelaide, at 10 am": a venue, then its city
            cand = m.group("city")
            hinted = [h for h in [home] + [c for _, _, c in doc.countries(s, e)] if h]
            city = next((c for c in (geo.lookup_city(cand, h) for h in hinted + [None]) if c is not None), None)
            venue_states = {c for _, _, c in geo.find_countries(m.group("venue"))}
            if city is not None and venue_states and city.country not in venue_states:
                continue    # "at the Guyana Marriott Hotel, Kingston": not Kingston, Jamaica
            if city is not None and _by_its_name(city, cand) and geo.country_code(cand) is None:
                cs = m.start("city")
                loc = Location(city=Fact.at(_as_written(text, cs, cs + len(cand), city), cs, cs + len(cand)),
                               country=Fact.at(city.country, cs, cs + len(cand)))
                return Place(loc, city, None, None)
    if region_found is not None:
        return region_found
    if countries:
        cs, ce, code, visit = countries[0]
        return Place(Location(country=Fact.at(code, cs, ce)), None, None, visit)
    if unknown_island:
        # an island the gazetteer does not know: the place is unknown, not the date line's city
        return Place(Location(), None, None, None, unknown=True)
    return None


MEET_IN = fastre.compile(r"\b(?:(?:meet|meets|met|meeting|welcome|welcomed|welcoming|see|host|hosted|hosting|receive|"
                     # farther within one clause: "met in the President's office in the Storting building in Oslo"
                     r"received)\b(?:[^.;]{0,50}?|[^.;,]{51,80}?)|"
                     # "The talks started at 11:00 at the Representative Office of the Ministry ... in Almaty"
                     # (within its clause: not "which started at 11:00, followed up on the outcomes of COP27 in ...")
                     # (past a bracketed second clock: "began at 10 am Chatham Islands time (9.15 am in Wellington) at
                     # the Council chambers in Waitangi")
                     r"(?:talks|started|began|took\s+place|was\s+held)\b(?:[^.;,()]|\([^()]{0,60}\)){0,100}?)\bin\s+"
                     r"(?P<place>" + _PLACE_WORDS + ")")


FRONTED_MEET_IN = fastre.compile(r"\bIn\s+(?P<place>" + _PLACE_WORDS + r"),?\s+(?:he|she|they|we)\s+(?:also\s+)?"
                                 r"(?:met|held|had|hosted|received|visited)\b")


def _city_in(doc: Doc, region: tuple[int, int], country: str | None, strict: bool) -> Place | None:
    """A city named where the text speaks of meeting there ("a pleasure to meet ... in Tokyo",
    "In Chișinău she met ...")."""
    text = doc.text
    for m in itertools.chain(MEET_IN.finditer(text, region[0], region[1]),
                             FRONTED_MEET_IN.finditer(text, region[0], region[1])):
        words = _strip(m.group("place")).split()
        for k in range(len(words), 0, -1):
            place = " ".join(words[:k])
            city = geo.lookup_city(place, country)
            if city is None or (strict and city.country != country):
                continue
            s = m.start("place")
            loc = Location(city=Fact.at(_as_written(text, s, s + len(place), city), s, s + len(place)),
                           country=Fact.at(city.country, s, s + len(place)))
            return Place(loc, city, None)
    return None
