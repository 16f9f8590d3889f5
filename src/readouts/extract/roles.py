"""Role slots: who took part, and as what.

Only people standing in a slot are participants; people merely mentioned in the account
("he had telephone talks with President X last week") are not. The slots:
- the lead sentence's subject (principal) and the objects of its verb (counterparts);
- "co-chaired by A and B" (principal, counterpart); "moderated/chaired by X" (moderator);
- "presentations from ...", "with the participation of ...", "... made remarks" (speakers);
- "In attendance were ...", "attending on the U.S. side were ..." (attendees).
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import Iterator

from . import fastre, geo, german, northern, romance
from .subdivisions import subdivision_country
from .names import BUILDING_WORDS, Mention, NameIndex
from .listing import CELL_BREAK, listed_rows
from .segment import CAPTION_WITH, POST_CALL, Layout
from .text import Doc, squash

GOVERNMENT_WORDS = fastre.compile(
    r"\b(?:Minister|Ministry|Secretary|Ambassador|Government|Parliamentary|Defence|Defense|Department|Director-General|"
    r"President|Prime|Chancellor|Senator|Deputy|Vice-Minister|Envoy|Representative|Councilor|Councillor|Cabinet|"
    r"Military|Champion|Spokesperson|Press|Consul|Attach[ée]|Counsell?or|Commissioner|Embassy|Consulate|"
    # a ministry's own directors and units: "Director of the Europe Bureau", "Director General of Foreign Policy"
    r"(?<!Executive )(?<!Programme )(?<!Program )(?<!Project )(?<!Managing )(?<!Research )(?<!Artistic )Director|Directorate|Bureau|Division|Foreign\s+(?:Affairs|Policy|Service|Relations)|"
    # in Spanish, French and Portuguese, often in lower case: "viceministra de Defensa", "embajador", "ministère"
    r"[Mm]inistr[oa]|[Vv]iceministr[oa]|[Mm]inisterio|[Mm]inistério|[Mm]inistère|[Ss]ubsecretari[oa]|[Ss]ecretari[oa]\s+de\s+Estado|"
    r"[Ee]mbajador(?:a)?|[Ee]mbajada|[Ee]mbaixador(?:a)?|[Ee]mbaixada|[Aa]mbassadeur|[Aa]mbassadrice|[Cc]ancillería|"
    r"[Gg]obierno|[Gg]overno|[Gg]ouvernement|[Cc]onsejer[oa]|[Cc]ónsul|[Dd]iputad[oa]|[Ss]enador(?:a)?|coronel(?:a)?|"
    r"capitán\s+de|teniente|Fuerzas\s+Armadas|Ejército|Policía\s+Nacional)\b")

EXECUTIVE_WORDS = fastre.compile(r"\b(?:Minister|Secretary|Ambassador|Director-General|President|Chancellor|Envoy|"
                             r"Commissioner|Governor|Mayor)\b")
ROLE_ORDER = {"principal": 0, "counterpart": 1, "moderator": 2, "speaker": 3, "attendee": 4}

MAIN_VERB = fastre.compile(
    r"\b(?:held|holds|hold|had|has|have|met|meets|meet|spoke|speaks|speak|talked|received|receives|"
    # an announcement: "The Lord Mayor ... will receive a courtesy call from Mrs. X"
    r"(?<=will\s)receive|(?<=will\s)welcome|organi[sz]ed|"
    r"participated|participates|attended|attends|hosted|co-hosted|headlined|co-chaired|chaired|visited|exchanged|convened|paid|took\s+part|"
    r"travell?ed|took\s+a\s+(?:tele)?phone\s+call|opened|"
    r"(?:during|at|in)\s+(?:his|her|their)\s+(?:meeting|talks|telephone\s+conversation|call)\s+with|"
    # "The highlight of the visit was the Chief Minister's meeting yesterday with X"
    r"(?<=['’]s\s)(?<!day['’]s\s)(?:meeting|talks|telephone\s+conversation|call)\s+(?:(?:yesterday|today|this\s+\w+|on\s+\w+)\s+)?with|"
    # "The centrepiece of the programme was her meeting with X", "... was Tuesday's meeting in Ottawa with X"
    r"(?<=\bwas\s)(?:his|her|their|[A-Z][a-z]+day['’]s)\s+(?:meeting|talks)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*\s+)?with|"
    r"granted\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+to|"
    # "The agreement was reached at a bilateral meeting in Kupang, East Nusa Tenggara, between A and B"
    r"(?<=\s)(?:bilateral\s+)?meeting\s+(?:in\s+[A-Z][^.;]{0,50}?,\s+)?between|"
    r"welcomed|welcomes|joined|called|telephoned|phoned|gathered|conducted|presided\s+over|launched|inaugurated|briefed|briefs|signed|"
    # "..., Minister X told an audience of 200 students"
    r"told\s+(?:an?\s+)?(?:audience|gathering|conference|forum|meeting|seminar|symposium)|"
    r"accepted\s+(?:the\s+)?(?:letters\s+of\s+credence|credentials)\s+from|"
    # "H.E. Ms. X ... presented her credentials today at 11:00 to Ms. Y, Director-General of ..."
    r"presented\s+(?:his|her|their)\s+credentials(?=[^.;]{0,60}?\bto\b)|"
    r"with\s+(?:a\s+)?(?:meeting|talks)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+){0,2}with|"
    # "He expressed these views while meeting a delegation of ..."
    r"(?:while|when)\s+(?:meeting|receiving|talking\s+to|speaking\s+to|calling\s+on)|"
    # "... began a two-day field visit to Cox's Bazar, with a courtesy call on the Commissioner, Mr. X"
    r"with\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+(?:on|to)|"
    # "offered this Tuesday a working lunch in honour of his Costa Rican counterpart, X"
    r"offered(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\b(?:lunch|luncheon|dinner|breakfast|reception)\b)|"
    # "Undersecretary X led the launch on behalf of the Office ..."
    r"led(?=\s+the\s+(?:launch|ceremony|event|celebration|commemoration|opening)\b)|"
    r"will\s+(?:co-)?(?:host|hold|convene|organi[sz]e)|"
    # a minister's post: "Good call this morning with @MFA_MoldovaFM Victor Rusnac"
    r"(?P<post>" + POST_CALL + r")|" + CAPTION_WITH + r"|"
    + romance.LEAD_VERBS + r"|" + german.LEAD_VERBS + r"|" + northern.LEAD_VERBS + r")\b")
# the rest of a dateline after its town: ", B.C. –", " –", ", Alberta —"
_DATELINE_AFTER = fastre.compile(r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"
                                 # "CAPITOL HILL, Saipan (Office of the Governor) – ...": the source in brackets
                                 r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*[–—-][ \t]")
_HANDLE = fastre.compile(r"\s*(?:@\w{2,30}\s+)?")
# a post's author, as a platform's page shows it: the name on its line, the handle below
POST_AUTHOR = fastre.compile(r"(?m)^[ \t]*(?P<name>[A-ZÀ-Ý][^\n@|]{2,60}?)[ \t]*\n[ \t]*(?:@\w{2,30}|"
                             # a professional network's card: the name, then the office on the next line
                             r"(?:Ambassador|Minister|Consul|High\s+Commissioner|Secretary|Director|Head|Deputy|Chargé|"
                             r"Permanent\s+Representative)\b[^\n]{0,80}?)[ \t]*$")
PASSIVE_COCHAIR = fastre.compile(r"\bco-?chaired\b[^.]*?\bby\b|\b(?:" + romance.CO_CHAIRED_BY + r")\b", re.I)
MODERATOR = fastre.compile(r"\b(?:moderated|facilitated|chaired|presided\s+over)\s+by\b|\bmoderator\s*(?:was|,)|"
                           r"\b(?:" + romance.MODERATED_BY + r"|" + romance.CHAIRED_BY + r")\b|"
                           # "Director of ceremonies for the day was Ms. X"
                           r"\b(?:master|mistress|director)\s+of\s+ceremon(?:y|ies)(?:\s+for\s+the\s+(?:day|event|occasion|"
                           r"ceremony|launch))?\s+was\b", re.I)
# "Professor X, of the Universidad Nacional, moderated the exchange."
MODERATED_THE = fastre.compile(r"\b(?:moderated|facilitated)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:exchange|discussion|debate|panel|"
                               r"session|dialogue|round\s*table|roundtable|conversation|event|seminar|webinar)\b"
                               # "Mr. X led a discussion on the Plan's implementation"
                               r"|\bled\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,2}?(?:discussion|debate)\b"
                               # "..., while Assistant Chief Constable X chaired the afternoon session on ...": a part's chair
                               r"|\b(?:chaired|co-chaired)\s+the\s+(?:morning|afternoon|evening|first|second|third|fourth|fifth|"
                               r"final|closing|opening|concluding|last|next)\s+(?:[\w'’-]+\s+)?(?:session|panel|segment|discussion)\b"
                               # "Ms. X, ..., served as master of ceremonies"
                               r"|\b(?:served|acted)\s+as\s+(?:the\s+)?(?:(?:master|mistress|director)\s+of\s+ceremon(?:y|ies)|"
                               r"moderator|emcee)\b", re.I)
SPEAKERS_AFTER = fastre.compile(
    r"\b(?:presentations?|remarks|speeches|statements|briefings?|interventions?|contributions)\s+"
    r"(?:(?:were|was)\s+(?:also\s+)?(?:made|given|delivered)\s+)?(?:from|by)\b|\bwith the participation of\b|"
    # "The opening session ... was addressed by H.E. Ambassador X"
    r"\b(?:session|meeting|event|forum|workshop|conference|seminar|ceremony)\b[^.;]{0,80}?\b(?:was|were)\s+(?:also\s+)?"
    r"addressed\s+by\b|"
    # "The keynote address was delivered by Lady X"
    r"\b(?:keynote\s+)?(?:address|speech|presentation|lecture|paper|vote\s+of\s+thanks)\s+was\s+(?:delivered|given|made|"
    r"presented|moved)\s+by\b|"
    r"\b(?:fellow\s+)?(?:panel(?:l?ists)?|speakers|presenters)\s+(?:included|were|including)\b|"
    # "Other speakers at the opening session included", "Members of the Group who spoke included"
    r"\b(?:speakers|panell?ists|presenters)(?:\s+(?!included\b)[\w-]+){1,5}?\s+included\b|\bwho\s+spoke\s+included\b|"
    # "The rapporteurs of the meeting were Mr. X of ... and Ms. Y of ..."
    r"\b(?:rapporteurs|briefers|discussants)(?:\s+(?!were\b|included\b)[\w-]+){0,4}?\s+(?:were|included)\b(?!\s*:)|"
    # "Participants heard from Ms. A, ...; B, ...; and Dr. C"
    r"\b(?:participants|guests|attendees|delegates|the\s+audience)\s+heard\s+from\b|"
    # a speaker's turn after another's: "He was followed by Ms. X of the Association ..., who described ..."
    r"\b(?:He|She)\s+was\s+followed\s+by\b|"
    # "The group was briefed by Ms. A, ...; by Mr. B ...; and by Ms. C", "The Council was briefed by"
    r"\b(?:group|council|committee|commission|meeting|members|participants|experts)\s+(?:was|were)\s+(?:also\s+)?"
    r"briefed\s+by\b|"
    # "The first panel, on women's leadership in climate security, heard from A, ...; B, ...; and C"
    r"\b(?:panel|session|segment|dialogue|forum|discussion)\b[^.;]{0,200}?\bheard\s+from\b|"
    r"\bkeynote\s+(?:speech|address|remarks)\s+(?:by|from)\b|\bpanel(?:\s+discussion)?\s+with\b|"
    # "A panel discussion moderated by Ms. X brought together Ms. A of ..., the Ambassador ..., B, and Mr. C"
    r"\bpanel\b(?:[^.;]|(?<=Mr)\.|(?<=Ms)\.|(?<=Dr)\.|(?<=Mrs)\.|(?<=Hon)\.){0,160}?\bbrought\s+together\b(?!\s*:)|"
    # "In her opening remarks, Ms. X, UN Women Representative, recalled ..."
    r"\bIn\s+(?:his|her|their)\s+(?:opening|closing|keynote|welcoming|welcome|introductory|concluding)\s+"
    r"(?:remarks|address|speech|statement|message)s?,|\b(?:" + romance.SPEAKERS_INTRO + r")\b", re.I)
SPEAKERS_BEFORE = fastre.compile(
    # "..., joined by video link from Dublin to deliver the closing statement"
    r"\b(?:made|delivered|gave|offered|(?:to|will)\s+(?:make|deliver|give|present))\s+(?:the\s+|a\s+)?"
    r"(?:(?:opening|keynote|closing|brief|short|concluding|welcome|welcoming)\s+)?"
    r"(?:remarks|presentations?|speech(?:es)?|statements?|interventions|address|vote\s+of\s+thanks|paper)\b|"
    # an announcement: "Hon. X, Minister for Foreign Affairs, will address the inaugural session as the Chief Guest"
    r"\bwill\s+(?:address|open|close|speak\s+at|brief)\s+the\s+(?:[\w-]+\s+){0,2}?(?:session|seminar|symposium|"
    r"conference|forum|panel|event|meeting|dialogue|participants|audience)\b|"
    # not an ambassador who "presented his credentials" (or a copy of them) on another day
    r"\bpresented\b(?!\s+(?:(?:his|her|their)\s+)?(?:a\s+copy\s+of\s+)?(?:(?:his|her|their)\s+)?(?:credentials|letters?\s+of\s+credence))|"
    r"\btook the floor\b|"
    # "X, in his welcome address, noted"; "The Course Director, Y, gave an overview of the programme"
    r"\bin\s+(?:his|her|their)\s+(?:opening|welcome|welcoming|keynote|closing|introductory|concluding)\s+"
    r"(?:remarks|address|speech|statement)\b|\bgave\s+(?:an?\s+)?(?:overview|briefing|lecture|talk)\b|"
    # "Uganda's Deputy Chief of Defence Forces, X, welcomed participants on behalf of ..."
    r"\bwelcomed\s+(?:the\s+)?(?:participants|delegates|guests|attendees|audience)\b|"
    # "A, ..., and H.E. Mr. B, ..., spoke as special guests"
    r"\bspoke\s+as\s+(?:the\s+)?(?:special\s+|guest\s+|keynote\s+|lead\s+)?(?:guests?|speakers?|panell?ists?|discussants?)\b|"
    r"\baddressed\s+the\s+(?:participants|meeting|audience|gathering|forum|dialogue|event|session|conference|panel|"
    r"seminar|symposium|consultation|workshop|launch|ceremony|roundtable|round\s+table|webinar|commemoration)\b|"
    # "Ms. X, co-founder of ..., briefed on behalf of the NGO Working Group", "Y briefed the Council"
    r"\bbriefed\s+(?:the\s+(?:Council|Committee|Commission|meeting|participants|members|audience|delegations?|visitors|guests)\b|"
    r"(?:participants|delegates|attendees)\b|on\s+behalf\s+of\b)",
    re.I)
# Who made remarks at a dialogue or symposium: '"...," said Ms. X, ..., in her opening remarks',
# "Thailand's Vice Minister for Foreign Affairs, Mr. Y, said Thailand was ..."
REMARK_WORDS = ("said", "stated", "noted", "stressed", "emphasised", "emphasized", "underlined", "highlighted",
                "recalled", "urged", "announced", "reaffirmed", "reiterated", "added", "called for", "spoke", "explained", "described", "shared",
                "outlined", "pointed out", "underscored", "referred to", "told delegates", "told participants", "told the audience",
                "told the conference", "told the forum", "told the meeting") + romance.SAID
# (a French past with words between its parts: "a pour sa part souligné", "a également rappelé")
_FRENCH_BETWEEN = r"a\s+(?:(?:pour\s+sa\s+part|également|aussi|ensuite|notamment|quant\s+à\s+(?:lui|elle))\s+)?"
REMARK_VERB = "(?:" + "|".join(_FRENCH_BETWEEN + w[2:].replace(" ", r"\s+") if w.startswith("a ") else w.replace(" ", r"\s+")
                               for w in REMARK_WORDS) + ")"
QUOTE_SAID = fastre.compile(r"[”\"]\s*,?\s*" + REMARK_VERB + r"\s+", re.I)
SUBJECT_SAID = fastre.compile(r"\s*,?\s*" + REMARK_VERB + r"\b")
# "Ms. X, a signatory ... in Mesetas, Meta, explained": the rest of her description, a comma, the verb
# ... past a body's acronym in brackets: "Ms. X, Chief of the Gender Unit of ... Afghanistan (UNAMA), referred to"
SUBJECT_SAID_LATER = fastre.compile(r"(?:[^.;\"“”()]|\([A-Z]{2,10}\)){0,140}?,\s*" + REMARK_VERB + r"\b")
REMARKS_AT_EVENTS = {"symposium", "dialogue"}
REMARKS_OF_NEWCOMERS = {"meeting", "meal"}
SPOKESPERSON = fastre.compile(r"\b[Ss]pokes(?:person|man|woman)\b")
# The sentences to read for remarks, only at such events: "said" is in nearly every readout, and
# every sentence a body pattern hits is read through every pattern
REMARK_SLOT = (fastre.compile(r"\b" + REMARK_VERB + r"\b"),
               REMARK_WORDS + tuple(w[2:] for w in REMARK_WORDS if w.startswith("a ")))
OPENING_REMARKS = fastre.compile(r"\b(?:opening|welcoming|welcome|introductory)\s+(?:remarks|address|statement|speech)\b|"
                                 r"\b(?:" + romance.OPENING_REMARKS + r")\b", re.I)
# A chair of another meeting than the event: one before or after it
ANOTHER_SESSION = fastre.compile(r"\b(?:last|previous|next|upcoming|forthcoming|future)\s+(?:[\w-]+\s+){0,2}"
                                 r"(?:session|meeting|summit|round|assembly)\b|\bto\s+be\s+$", re.I)
# A sentence about another occasion than the event's
OTHER_OCCASION = fastre.compile(r"(?:\d+[.)]\s+)?(?:Earlier|Later)\s+(?:in\s+the\s+day|that\s+day|today|on|this|in)\b|"
                                r"(?:\d+[.)]\s+)?(?:Earlier|Previously),", re.I)
# Someone a speaker speaks for or quotes, not a speaker: "delivered on behalf of President X",
# "conveyed a message from Minister Y"
SPOKEN_FOR = fastre.compile(r"\b(?:on\s+behalf\s+of|message\s+from|greetings\s+(?:of|from)|letter\s+from)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w.’'-]*\s+){0,4}$")
ALONGSIDE = fastre.compile(r"\balongside\b", re.I)
# "The discussion ... was opened by First Deputy Minister X": the host's principal, when the lead names none
# "was officially opened this morning at 09:00 at the SADC Secretariat in Gaborone by the Executive Secretary"
OPENED_BY = fastre.compile(r"\b(?:was|were)\s+(?:officially\s+)?(?:opened|inaugurated|convened)\s+"
                           # "was opened at 9:00 a.m. by": a clock's stops inside
                           # (the first "by": "opened by A, and by B")
                           r"(?:(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.|(?<=\d)\.(?=\d)){1,100}?\s)??by\b|"
                           # "La apertura tuvo lugar el jueves a las 9:30 horas y estuvo a cargo de la directora ..., X"
                           r"\b(?:apertura|inauguración|abertura)\b[^.;]{0,100}?\b(?:estuvo|esteve|ficou)\s+a\s+cargo\s+d[eoa]\b|"
                           # "La actividad inició a las 9:00 a.m. con las palabras de apertura del ministro ..., X"
                           r"\bpalabras\s+de\s+(?:apertura|bienvenida)\s+(?=del?\b)|"
                           # ("El curso fue inaugurado el lunes 27 de octubre, a las 09:30 horas, por el director ...")
                           r"\b(?:fue|foi)\s+(?:inaugurad[oa]|abiert[oa]|abert[oa])\s+(?:[^.;]{1,100}?\s)??(?:por|pel[oa])\b|"
                           # "Ad aprire il convegno è stata l'Assessora regionale ..., Dott.ssa X"
                           r"\b[Aa]d\s+aprire\s+(?:[\w'’]+\s+){1,3}?(?:è\s+stat[oa]|sono\s+stat[ie])\b", re.I)
# minutes: "The Committee met ... at 3:33 p.m. this day, in Room 415, the Chair, Karen X, presiding."
PRESIDING = fastre.compile(r"\b(?:[Tt]he\s+)?(?:Chair|Chairperson|Chairman|Chairwoman|Speaker|President|Presiding\s+Member)"
                           r"\s*,\s*[^,.;]{3,60}?\s*,\s*presiding\b")
# "The Undersecretary of Foreign Affairs, Gloria de la Fuente, opened the event."
OPENED = fastre.compile(r"\b(?:"
                        # "La alcaldesa de Coyhaique, X, dio la bienvenida a las asistentes": the welcome is the host's
                        r"(?:dio|dieron)\s+la\s+bienvenida|deu\s+as\s+boas-vindas|a\s+souhaité\s+la\s+bienvenue|"
                        r"ha\s+dato\s+il\s+benvenuto|"
                        r"(?P<verb>opened|closed|inaugurated|eröffnete|schloss)\s+(?:the|die|den|das)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:event|seminar|session|forum|course|breakfast|lunch|luncheon|dinner|reception|"
                        r"meeting|panel|dialogue|conference|symposium|workshop|discussion|proceedings|roundtable|"
                        r"round\s+table|consultation|consultations|summit|retreat|colloquium|webinar|"
                        # "Botschafter Dr. X eröffnete die Tagung"
                        r"Tagung|Fachtagung|Veranstaltung|Diskussion|Podiumsdiskussion|Konferenz|Sitzung|Dialog|Symposium))\b",
                        re.I)
# "The Colombian delegation was made up of the Vice Minister ..., X; the Ambassador ..., Y; and ...": found
# by its verb (a pattern opening on the side's capitalised name would be tried at every word)
# ("The Equatoguinean delegation to the talks was made up of ...")
DELEGATION_MEMBERS = fastre.compile(r"\bdelegations?(?:\s+(?:to|at|for)\s+the\s+(?:talks|meeting|session|consultations|visit))?"
                                    r",?\s+(?:which\s+)?(?:also\s+)?(?:included|includes|was\s+made\s+up\s+of|"
                                    r"was\s+composed\s+of|comprised|consisted\s+of)\b|"
                                    # "The Speaker received the delegation together with the Deputy Speaker, Hon. X, and ..."
                                    r"\b(?:received|welcomed|hosted)\s+the\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:together|along)\s+with\b")
ACRONYM_GAP = fastre.compile(r"[A-Z][A-Za-z&-]{1,9}\s")
# a title in lower case after a bare name, as wire services write it
LOWER_TITLE_AFTER = fastre.compile(r",\s+(?:(?:its|their|the|an?|la|le|el|o)\s+|l['’])?(?P<title>(?:(?:deputy|vice|first|second|third|state)[\s-]+)?(?:minister|vice-minister|secretary|"
                                   # "S.E. Mme Haruka Suzuki, ambassadrice du Japon en Suisse", "Sr. X, embajador de Chile"
                                   r"ambassadrice|ambassadeur|ministre|secrétaire|directeur|directrice|conseill(?:er|ère)|"
                                   r"représentante?|présidente?|cheffe|embajador(?:a)?|embaixador(?:a)?|ministr[oa]|viceministr[oa]|"
                                   r"secretari[oa]|secretári[oa]|subsecretari[oa]|director(?:a)?|diretor(?:a)?|consejer[oa]|"
                                   r"conselheir[oa]|representante|presidenta|jef[ea]|chefe|cônsul|cónsul|"
                                   r"ambassador|director(?:-general)?|director\s+general|president|chairman|chairperson|chair|"
                                   # "Lucia B., financial attaché at the Permanent Representation"
                                   r"(?:(?:financial|defen[cs]e|military|economic|commercial|political|press|cultural|agricultural|"
                                   r"trade|legal|police|science|labour|labor)\s+)?(?:attach[ée]|counsel(?:l)?or)|consul(?:[\s-]general)?|"
                                   r"spokes(?:person|man|woman)|counsellor|head|member|adviser|advisor|coordinator|"
                                   r"representative|envoy|commissioner|mayor|governor|premier|chief|"
                                   # "moderated by Ann Lind, professor of the practice of peace studies"
                                   r"(?:associate\s+|assistant\s+)?(?:professor|lecturer|(?:senior\s+|research\s+)?fellow)(?=\s+(?:of|at|in)\s)|"
                                   # "moderated by Katrin O., a journalist with Deutsche Welle": a trade, with its article
                                   r"(?<=\ba\s)(?:journalist|researcher|professor|lecturer|scholar|lawyer|analyst|consultant)|"
                                   r"(?<=\ban\s)(?:activist|academic|analyst|expert))\b[^,;()]{0,120}?)"
                                   r"(?=\s*(?:[,;)]|\.(?:\s|$)|\s+(?:and|were|was|held|met|said)\b))")
# "Also present were X, of the women's platform of Cité Soleil, and Y, of a farmers' cooperative": a
# name with the body it comes from, in a list of those present
AFFILIATION_AFTER = fastre.compile(r",\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+)?(?P<title>[\w’'-][^,;()]{2,100}?)"
                                   r"(?=\s*(?:[,;)]|\.(?:\s|$)|\s+and\b))")
PASSIVE_PRONOUN = fastre.compile(r"(?:[^,;]{0,40},\s*)?(?:he|she|He|She)\s+(?:was|were)\s+$")
OWN_MEETING = fastre.compile(r"(?:(?:during|at|in)\s+)?(?:his|her|their|[A-Z][a-z]+day['’]s)\s")
FRONTED_WITH = fastre.compile(r"\s*With\s[^,;.]*,\s*")
AND_BY = fastre.compile(r",?\s+and\s+(?:also\s+)?by\b")
PRECEDED_BY = fastre.compile(r"\b(?:preceded|followed)\s+(?:[^.;]{0,40}?\s)?by\b")
AND_NEXT = fastre.compile(r",?\s+and\s+")
GATHERINGS = frozenset({"symposium", "dialogue"})
_BODY_LABEL = fastre.compile(r"[A-Z]{2,10}|.*\b(?:Navy|Army|Air\s+Force|Forces|Guard|Ministry|Delegation|Police|Secretariat)")
OPENED_TOGETHER = fastre.compile(r",?\s*(?:together|jointly|along)\s+with\b")
CO_CHAIRS = fastre.compile(r"\bco-?chair", re.I)
AS_DID = fastre.compile(r",\s+as\s+did\b")
ROLE_NOUN = fastre.compile(r"\s+(?:the\s+|la\s+|el\s+|le\s+|l['’]|a\s+|o\s+)?(?:[\w-]+\s+){0,2}?(?:journalist|broadcaster|writer|author|"
                           r"researcher|academic|professor|presenter|host|anchor|editor|scholar|expert|activist|lawyer|diplomat|"
                           r"historian|economist|analyst|sociologist|political\s+scientist|commentator|"
                           # "moderado por la periodista X", "animée par la journaliste Y"
                           r"periodista|journaliste|jornalista|investigador[a]?|chercheuse|chercheur|acad[eé]mic[oa]|"
                           r"profesor[a]?|professeure?|professor[a]?|abogad[oa]|avocate?|advogad[oa])\s+(?=[A-ZÀ-Ý])")
# "... moderated by Ms. X, journalist at ARTE. Speakers:" and the list below
LABEL_AFTER_SENTENCE = fastre.compile(r"(?:(?<=[.!?]\s)|(?<=\n))(?:Speakers|Panell?ists|Presenters|Contributions|Presentations|"
                                      r"Interventions|Discussants|Briefers)\s*:[ \t]*(?:\n|$)"
                                      # "Guest speakers" as a heading of its own line over the bullets
                                      r"|(?<=\n)(?:Guest|Invited|Keynote|Featured)\s+(?:speakers|panell?ists|briefers)"
                                      r"[ \t]*:?[ \t]*(?:\n|$)")
COLON_LINE_END = fastre.compile(r"[ \t]*:[ \t]*\n")
ROMANCE_PRESENT = fastre.compile(r"(?m)^[ \t]*(?:Ont[ \t]+(?:également[ \t]+)?(?:pris[ \t]+part|participé)|Étaient[ \t]+(?:également[ \t]+)?"
                                 r"présents|Participaient|Estiveram[ \t]+(?:também[ \t]+)?presentes|Participaram|"
                                 r"Asistieron|Participaron|Estuvieron[ \t]+(?:también[ \t]+)?presentes)\b[^\n:]{0,80}:[ \t]*\n")
ROMANCE_PRESENT_KEYS = re.compile(r"pris part|particip|présents|presentes|asistieron")
# "Also present at the meeting were:" and the list below
# a heading of its own line over a list: "Delegations", "Composition of the delegations", "Delegation members"
ATTENDEES_HEADING = fastre.compile(r"(?m)^[ \t]*(?P<word>Attendees|In\s+attendance)[ \t]*\n(?=(?:[ \t]*\n)*[ \t]*[-•*–][ \t])")
HEADING_WORD_END = fastre.compile(r"(?:delegations|members|lists?|attendees|in\s+attendance)$", re.I)
REST_TO_COLON = fastre.compile(r"[^\n:.;]{0,60}:[ \t]*\n")
LINE_END = fastre.compile(r"[ \t]*\n")
# "The Myanmar delegation comprised the following officials:"
THE_FOLLOWING_COLON = fastre.compile(r"\s+the\s+following(?:\s+[\w-]+){0,2}[ \t]*:[ \t]*\n")
# "The Turks and Caicos delegation": a side named by one to four words, "and" among them
_SIDE_BEFORE = fastre.compile(r"(?P<side>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})\s+$")
# "In closing, Mr. X, Deputy Head of Mission, thanked ...": who closes speaks
CLOSING_FRONT = fastre.compile(r"\b(?:In\s+closing|In\s+conclusion|Closing\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:discussion|session|"
                               r"event|meeting|panel|forum|seminar|dialogue|conference|debate|symposium|roundtable))\s*,\s*")
OPENING_FRONT = fastre.compile(r"\bOpening\s+the\s+(?:[\w'’-]+\s+){0,2}?(?i:discussion|session|event|meeting|panel|forum|"
                               r"seminar|dialogue|conference|debate|symposium|roundtable|workshop|consultation)"
                               # "Opening the dialogue on behalf of the AOSIS Chair, Palau's Minister of State, X, said"
                               r"(?:\s+on\s+behalf\s+of\s+(?:the\s+)?[^,.;]{1,60}?)?\s*,\s*"
                               # "In his opening remarks, the Director of the Force, X, said ..."
                               r"|\bIn\s+(?:his|her|their)\s+opening\s+(?:remarks|address|statement|speech)\s*,\s*"
                               # "Ao abrir a roda, a secretária ..., X, lembrou", "Al inaugurar el conversatorio, la alcaldesa"
                               r"|\b(?:Al|Ao)\s+(?:abrir|inaugurar)\s+(?:el|la|o|a)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*"
                               r"|\b(?:En\s+la\s+apertura|Na\s+abertura|[ÀA]\s+l['’]ouverture)(?:\s+d[eoa]l?\s+[^,.;]{1,60}?)?\s*,\s*")
# "On the Canadian side, the Minister of Natural Resources, Jonathan Wilkinson, took part."
SIDE_TOOK_PART = fastre.compile(r"\b(?:On|From) the (?P<side>[^,;()]{2,30}?) side,\s+"
                                r"(?:[^.;]|(?<=Mr)\.|(?<=Ms)\.|(?<=Mrs)\.|(?<=Dr)\.){3,200}?\s+(?P<verb>(?:also\s+)?"
                                r"(?:took part|participated|attended|(?:was|were) present))\b")
# Heads of delegations: "the Sri Lankan delegation was led by Ms. X", "and the Vietnamese delegation by Mr. Y",
# "The Japanese side was represented by Mr. A and Mr. B"; "Foreign Secretary X led the Bangladesh delegation"
_SIDE = r"(?P<side>(?:[A-Z]\.){2,}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"     # "the U.S. delegation", "the Sri Lanka Army delegation"
DELEGATION_AFTER = fastre.compile(
    r"\b(?:[Tt]he\s+)?" + _SIDE + r"\s+(?:delegations?|side|part\s+of\s+the\s+[A-Z][\w-]+)"
    # "The Sri Lanka Army delegation to the talks is headed by ..."
    r"(?:\s+(?:to|at|for)\s+the\s+(?:talks|meeting|consultations|dialogue|session))?"
    r"\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:led|co-led|headed|co-headed|represented|chaired|co-chaired)\s+by\b|"
    # "The Falkland Islands were represented by MLA X, together with ...": a state or territory, by its name
    r"\b[Tt]he\s+" + _SIDE.replace("side>", "side3>") + r"\s+(?:was|were)\s+represented\s+by\b|"
    r"(?:,|\band|\bwhile)\s+the\s+" + _SIDE.replace("side>", "side2>") + r"\s+(?:delegation|side)\s+by\b|"
    # "The network's delegation was led by its national coordinator, Ms. X": a group's, no state's
    r"\b[Tt]he\s+[a-z][\w’'-]*['’]s?\s+delegation\s+(?:was\s+|were\s+)?(?:led|headed)\s+by\b|"
    # "The delegation, led by the Commandant of the College, Lieutenant General X, is in Ghana ..."
    r"\b[Tt]he\s+(?:[\w-]+\s+)?delegation,\s+(?:led|headed)\s+by\b|"
    # "A five-member delegation of the Election Commission of India (ECI), led by ...": the body's state
    r"\bdelegation\s+(?:of|from)\s+(?:the\s+)?(?P<side4>[A-Z][^,;.()]{2,100}?\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,3})"
    r"\s*(?:\([A-Z]{2,8}\))?,\s+(?:led|headed)\s+by\b")
_SIDE_NAME = fastre.compile(r"\b([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:delegation|side)\b")
# "Chair of the Peacebuilding Commission": the chair of the body whose meeting it is leads it
BODY_CHAIR = fastre.compile(r"(?:the\s+)?(?:Chair|Chairperson|Chairman|Chairwoman|President)\s+of\s+the\s+[A-Z]")
CHAIRED_BY = fastre.compile(r"(?<!co-)\bchaired\s+by\b")
# the opening presided by someone: the event's host ("The opening session was chaired by the Regional
# Director, Ms. X", "La séance inaugurale, modérée par ..., a été présidée par le Directeur de l'École, X")
OPENING_CHAIRED = fastre.compile(
    r"\s*(?:(?:The|the)\s+opening\s+(?:session|ceremony|segment|plenary)(?:,[^.;]{1,120},)?\s+(?:was|were)\s+|"
    r"(?:La|Les)\s+(?:cérémonies?|séances?|sessions?)\s+(?:(?:officielle\s+)?d['’]ouverture|inaugurales?)(?:,[^.;]{1,120},)?\s+"
    r"(?:a|ont)\s+été\s+|(?:La|Les)\s+(?:cérémonies?|séances?)\s+(?:(?:officielle\s+)?d['’]ouverture|inaugurales?)\s+"
    r"(?:était|étaient)\s+|"
    # a course's ceremony, opening or closing: "La cérémonie était présidée par le Directeur général de l'École, X"
    r"(?:La|Les)\s+cérémonies?(?:\s+(?:de\s+clôture|officielles?|de\s+remise\s+des\s+(?:attestations|diplômes|certificats)))?"
    r"\s+(?:était|étaient|a\s+été|ont\s+été)\s+|L['’]ouverture\s+(?:officielle\s+)?(?:des\s+travaux\s+|du\s+\w+\s+)?(?:a\s+été|était)\s+|"
    # ... "La ceremonia de apertura se realizó a las 09:00 horas y fue presidida por", "La jornada inaugural, ..., fue"
    r"(?:La|El)\s+(?:ceremonia|sesión|jornada|acto)\s+(?:de\s+(?:apertura|inauguración)|inaugural)"
    r"(?:,(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.){1,120},|\s[^.;]{1,120}?\s+y)?\s+(?:fue|estuvo)\s+|"
    r"A\s+(?:cerim[oô]nia|sess[aã]o)\s+(?:de\s+abertura|inaugural)(?:,[^.;]{1,120},)?\s+foi\s+|"
    r"La\s+(?:cerimonia|sessione)\s+(?:di\s+apertura|inaugurale)(?:,[^.;]{1,120},)?\s+è\s+stata\s+|"
    # "El curso comenzó ... con una ceremonia de aproximadamente una hora, presidida por el director del CENCOPAZ"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,200}?\b(?:una|la)\s+ceremonia\b[^.;]{0,80}?,\s*)$")
SIDE_CHAIRED = fastre.compile(r"\b(?:side|delegation)\s+(?:was\s+|were\s+)?(?:co-)?chaired\s+by$")
# "... led the Bangladesh delegation", "Deputy Secretary X led New Zealand's side"
DELEGATION_BEFORE = fastre.compile(r"\b(?:led|headed)\s+(?:the\s+" + _SIDE + r"|" + _SIDE.replace("side>", "side2>")
                                   + r"['’]s)\s+(?:delegation|side)\b")
MEMBERS_AFTER_HEAD = fastre.compile(r",?\s+and\s+(?:also\s+)?(?:included|comprised|consisted\s+of)\b")
# "Deputy Minister Alvin Botes also attended the session": the people before it attended
ATTENDEES_BEFORE = fastre.compile(r"\b(?:also (?:attended|took part|participated)|(?:was|were) also (?:present|in "
                                  # "..., was present during the call."
                                  r"attendance)|(?:was|were) present (?:at|during|for|in) the (?:meeting|talks|call|discussions?|dialogue|"
                                  r"session|summit|dinner|lunch|luncheon|conversation|consultations)(?=\s*[.;])|"
                                  # "Chief Secretary A and First Secretary B were present on the occasion."
                                  r"(?:was|were) (?:also )?present on the occasion(?=\s*[.;])|"
                                  r"joined (?:me|us)|(?:joined|accompanied) the (?:[A-Z][\w-]*\s+){0,3}?"
                                  r"(?:Secretary|Minister|President|Chancellor|Premier)|"
                                  r"(?:also\s+)?joined (?:the|our) (?:\w+\s+){0,2}?(?:talks|meeting|call|discussion|session|"
                                  r"event|dialogue|part|hour|lunch|luncheon|dinner|breakfast|conversation|conference|"
                                  r"video\s*conference|video\s+call|webinar)|"
                                  # "..., and the Ambassador of Sweden, Henrik Lind, took part in the talks."
                                  r"(?:took\s+part|participated)\s+in\s+the\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|"
                                  r"consultations|discussions?|dialogue|call|session)(?=\s*[.;]|,\s+as\s+did\b)|"
                                  # "Shin Won-sik and Kim Tae-hyo accompanied President Yoon"; "... and Monica Juma attended."
                                  r"(?:accompanied|joined) (?:President|Prime\s+Minister|Minister|Secretary|Chancellor|him|"
                                  r"her)|"
                                  r"accompanied the (?:[A-Z][\w-]*\s+){0,3}?(?:Representative|Envoy|Ambassador|"
                                  r"Commissioner|Director-General)|"
                                  # "The High Commissioner of India, Shri X, accompanied the delegation"
                                  r"accompanied the (?:[\w-]+\s+){0,2}?delegation|"
                                  r"attended(?=\s*[.;]|\s+the\s+(?:phone\s+|telephone\s+|video\s+|bilateral\s+)?(?:meeting|talks|call|discussion|session|event|dinner|lunch|"
                                  r"summit|consultations|dialogue)\b)|"
                                  # "Mr. A, Director, Trade Finance, and Ms. B, ..., attended for the Bank."
                                  r"attended\s+(?:for|on\s+behalf\s+of)\s+the\s+[A-Z][\w’'-]*(?=\s*[.;])|"
                                  r"(?:formed|(?:was|were)\s+(?:also\s+)?(?:a\s+)?)\s*part of the (?:[\w-]+\s+)?"
                                  r"delegation|"
                                  # "..., M. X, a également pris part à l'entretien", "participó también en la reunión"
                                  r"(?:a|ont)\s+(?:également|aussi)\s+pris\s+part|(?:était|étaient)\s+(?:également|aussi)\s+présente?s?|"
                                  # "M. A, ..., et Mme B, ..., assistaient à l'entretien", "... ont pris part à l'audience"
                                  r"(?:assistait|assistaient|a\s+assisté|ont\s+assisté|(?:a|ont)\s+pris\s+part|(?:a|ont)\s+participé)"
                                  r"\s+(?:à|au)\s+(?:l['’]\s*|la\s+|le\s+)?(?:entretien|audience|réunion|rencontre|séance|échange|"
                                  r"déjeuner|dîner|visite|conversation|visioconférence|entrevue)(?=\s*[.;])|"
                                  r"(?:participó|participaron|estuvo\s+presente|estuvieron\s+presentes)\s+(?:también|asimismo)|"
                                  r"(?:também|igualmente)\s+(?:participou|participaram|esteve\s+presente|estiveram\s+presentes))"
                                  r"(?!\w)", re.I)
LIST_INTRO = fastre.compile(r"(?:\bthe\s+following\s+(?:[\w-]+\s+){0,8}?(?:panell?ists|speakers|presenters|experts|participants|"
                            r"witnesses|briefers|discussants|"
                            # "The following Chiefs of Defence and heads of delegation presented country statements:"
                            r"presentations|interventions|presented|made|delivered|spoke|addressed|took\s+the\s+floor)\b[^:\n]*"
                            # "The panel, moderated by Ms. X, journalist at The Jakarta Post, comprised:"
                            r"|\b(?:speakers|panell?ists|presenters|panel|discussants|briefers|rapporteurs|contributors)(?:,[^:\n]{1,150},)?"
                            r"(?:\s+[\w-]+){0,5}?\s+(?:were|are|will\s+be|included|include|comprised|consisted\s+of|was\s+composed\s+of|"
                            r"was\s+made\s+up\s+of)(?:\s+as\s+follows)?"
                            r"|\bfeatured|\bheard\s+from"
                            # "The Council heard three briefers:" and the numbered list below
                            r"|\bheard\s+(?:from\s+)?(?:the\s+following\s+|\w+\s+)?(?:briefers|speakers|presentations|panell?ists)"
                            r"|\bbrought\s+together"
                            # "... and featured presentations by:" with the speakers listed below
                            r"|\b(?:presentations?|remarks|interventions|contributions|briefings?|messages(?:\s+of\s+support)?|"
                            r"statements|greetings)\s+"
                            r"(?:came\s+|were\s+(?:also\s+)?(?:made|given|delivered)\s+)?(?:from|by)"
                            # "Statements were delivered by the heads of delegation:" and the list below
                            r"(?:\s+(?:the\s+)?(?:heads\s+of\s+(?:the\s+)?delegations?|representatives|delegates)(?=\s*:))?"
                            r"|\bOn\s+the\s+panel"
                            # "Among the speakers:" and the list below
                            r"|\bAmong\s+the\s+(?:speakers|panell?ists|presenters|briefers|discussants)(?:\s+were)?"
                            # "Also speaking at the ceremony were:"
                            r"|\bAlso\s+speaking\b[^:\n]{0,60}"
                            # "The opening session also heard:" and the speakers below
                            r"|\b(?:session|meeting|panel|forum|workshop|conference|participants|Council|Committee|"
                            r"Commission|Assembly)\s+(?:also\s+)?heard(?:,?\s+among\s+others,?)?"
                            r"|\bwith\s+the\s+participation\s+of"
                            # "participants from the region presented their countries' experiences, among them:"
                            r"|\b(?:presented|shared|spoke|briefed)\b[^:\n.;]{0,100}?,?\s+among\s+(?:them|others)"
                            r"|\b(?:" + romance.SPEAKERS_INTRO + r"))"
                            # "The panelists were as follows." and a numbered list below
                            r"\s*(?::|(?<=as follows)\.)[ \t]*(?:\n|$)", re.I)
# A programme's labels: "Moderation: Frau Dr. Elke Brandt, ...", "Panel:" and a list below
PROGRAMME_ROLE = fastre.compile(
    # a programme's line may begin with its time slot: "09:30 - 10:00  Keynote: ..."
    r"(?m)^[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)?"
    r"[ \t]*[-–:]?[ \t]*)?"
    # a bilingual page's French label first: "Modérateur / Chair: M. X", "Modératrice / Moderator: Y"
    r"(?:(?:Modérat(?:eur|rice)|Animat(?:eur|rice)|Présidente?|Moderador(?:a)?)[ \t]*/[ \t]*(?=[A-Z]))?"
    r"(?:(?P<moderator>Moderat(?:ion|or|ed\s+by)|Facilitat(?:ion|or|ed\s+by)|Chair(?:ed\s+by)?|"
    # "MC: Ms. X, Chief Field Officer"
    r"MC|Emcee|Master\s+of\s+[Cc]eremonies)|"
    r"(?P<speaker>Panel(?:l?ists)?|Speakers?|Presenters?|Presentations|Keynote(?:\s+(?:speaker|address|speech))?|"
    # "Welcome remarks: Mr. X", "Remarks on behalf of development partners: Mr. Y", "Keynote address and official
    # launch: Hon. Z", "Vote of thanks: ..."
    r"(?:(?:Welcome|Welcoming|Opening|Closing)\s+)?(?:remarks|address|words)(?:\s+on\s+behalf\s+of\s+[^:\n]{1,60})?|"
    r"Keynote\s+address\s+and\s+[^:\n]{1,40}|Vote\s+of\s+thanks|"
    r"(?:Introductory\s+|Opening\s+)?(?:interventions|statements)|Discussants|Lead\s+discussants|Respondents|"
    # "Panel 1 – Women's mediation networks in the Mediterranean:" and its panellists below
    r"Panel(?:\s+discussion)?\s+(?:\d+|[IVX]+)(?:[ \t]*[–—:-][ \t]*[^\n:]{1,120}?)?|"
    # 'Panel "Twenty-five years on: what has changed?":' and its panellists below
    r"Panel(?:\s+discussion)?[ \t]+[\"“][^\"”\n]{1,150}[\"”]))[ \t]*:", re.I)
MODERATOR_LINE = fastre.compile(r"(?<=\n)(?:Moderated|Facilitated|Chaired)\s+by\b[^\n]*")
_LAUNCHES = re.compile(r"\b(?:official\s+)?(?:launch|opening)\b", re.I)
# a programme's time slot and who fills it: "11:00 Welcome by H.E. Ms. X", "5.30pm  Welcome and opening
# remarks – Ms Y", "5.40pm  Keynote address – Hon. Z"; the welcome is the host's
_SLOT_TIME = r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?)"
PROGRAMME_SLOT = fastre.compile(
    r"(?m)^[ \t]*" + _SLOT_TIME + r"(?:[ \t]*[-–][ \t]*" + _SLOT_TIME + r")?[ \t]+"
    # a bilingual programme's French label first: "Mot de bienvenue / Welcome – M. X", "Allocution / Statement – Y"
    r"(?:(?P<welcome_fr>Mot[ \t]+de[ \t]+bienvenue)[ \t]*/[ \t]*|(?:Allocution|Discours|Présentation|Ouverture[ \t]+officielle|"
    r"Mot[ \t]+de[ \t]+clôture)[ \t]*/[ \t]*)?"
    r"(?:(?P<welcome>Welcome|Welcoming)(?:[ \t]+(?:and[ \t]+opening[ \t]+)?(?:remarks|address|words))?|"
    r"Official[ \t]+opening|"
    r"Opening[ \t]+(?:remarks|address|statement)|Keynote(?:[ \t]+(?:address|speech|remarks))?|Remarks|Address|"
    r"Statement|Closing[ \t]+remarks|Presentation)"
    r"[ \t]*(?:by\b|[–—:-])", re.I)
# list marks: bullets, "1." or "1)", "3.1", "a." or "b)"
BULLET_LINE = fastre.compile(r"(?m)^[ \t]*(?P<mark>[-•*–]|\d+[.)]|\d+\.\d+\.?|[a-z][.)]|\(\d+\)|\([a-z]\))(?:[ \t]+|(?<=\))[ \t]*)"
                             r"(?P<item>[^\n]+)$")
REPORTED = fastre.compile(r"\b(?:stated|said|announced|noted|reported|added|explained)\s+that\b|"
                          # "told journalists at today's regular press briefing at the Ministry ... that the Minister hosted"
                          r"\b(?:told|briefed|informed)\s+(?:the\s+)?(?:journalists|reporters|the\s+media|media|the\s+press|press)\b"
                          r"[^.;\"“]{0,160}?\bthat\b")
# "A and B", "A, B", "A and his Iraqi counterpart B"
# ("As deputadas A (PSD) e B (PDT)": a party in brackets after the first)
# ("M. A, chef du Département de l'économie, et la conseillère d'État B": an office in lower case after the first)
COORDINATED = fastre.compile(r"(?:\s*\([A-Za-zÀ-ÿ/-]{2,12}\))?(?:\s*,\s*(?:chef|cheffe|jef[ea]|chefe|head|director|directora|"
                             r"directeur|directrice|ministre|ministr[oa]|minister|secretary|secretari[oa]|secrétaire|"
                             r"président|présidente|presidente|presidenta|president)\s[^,;()]{1,120}?(?=\s*,))?(?:\s*,?\s*and\s+(?:the\s+|(?:his|her|their)\s+(?:[A-Z][\w’'-]*\s+)?counterparts?,?\s+)?"
                             # "... and Raksha Mantri Shri Rajnath Singh": a title the grammar does not know
                             r"(?:[A-Z][\w’'-]*\s+){0,3}"
                             # "..., y la embajadora de Suecia, ...", "et son homologue, ...", "e o ministro ..."
                             r"|\s*,?\s*(?:y|e|et)\s+(?:(?:la|el|le|les|l['’]|o|a|su|sa|son|sua|seu)\s*)?"
                             r"(?:homólog[oa]|homologue|counterpart)?,?\s*"
                             # "Os Ministros da Economia e Finanças, Sr. A, e da Indústria e Comércio, Sra. B": the
                             # plural office's second remit
                             r"(?:(?:d[oa]s?|del?|de\s+la|du|des)\s+[^,;.()]{1,80}?,\s*)?"
                             r"|\s*,\s*)")
# "He held ...", "In Chișinău she met ...": the pronoun opens the sentence, or follows a fronted place
PRONOUN_SUBJECT = fastre.compile(r"\s*(?:(?:He|She)|(?:In|At|Later|Then|During)\s[^,.;]{1,40}?,?\s+(?:he|she))\s+"
                                 r"(?:also\s+|then\s+|later\s+)?"
                                 # "He expressed these views while meeting ...": what was said, then the meeting
                                 r"(?:(?:said|expressed|stated|made|shared)\s+(?:this|these|the|his|her)\b[^,.;]{0,30}?\s+)?$|"
                                 # "She was speaking at 10 o'clock this morning when she received a delegation"
                                 r"\s*(?:He|She)\s+was\s+speaking\b[^.;]{0,80}?\s(?:when|after|as)\s+(?:he|she)\s+$")
OWN_PARTY = fastre.compile(r"\s+(?:his|her|their)\b")
# a character of a clause: no stop, but the stop of a title's abbreviation ("Ms.", "Dr.", "H.E.")
_NO_STOP = r"(?:[^.;]|(?<=\bM[rs])\.|(?<=\bDr)\.|(?<=\bMrs)\.|(?<=\bHon)\.|(?<=\bProf)\.|(?<=\b[A-Z])\.)"
# "On the afternoon of Tuesday, after the official welcome ceremony, the two Prime Ministers held official talks"
THE_TWO_SUBJECT = fastre.compile(r"\s*(?:" + _NO_STOP + r"{0,120}?,\s+)?(?:[Tt]he\s+two|Both)(?:\s+(?:[A-Z][\w-]*\s+)?"
                                 r"(?:leaders|ministers|sides|officials|heads|Ministers|Presidents|Premiers|Chancellors|"
                                 r"Secretaries|Governors|Mayors|Ambassadors|Foreign\s+Ministers))?\s+(?:also\s+)?$")
FIRST_PERSON = fastre.compile(r"\b(?:I|[Ww]e)\s+(?:\w+\s+){0,3}$")   # "I was pleased to meet"
TOGETHER_WITH = fastre.compile(r"[^.;]{0,40}?,?\s*(?:together|along)\s+with\b")
ATTENDEES = fastre.compile(
    # "The Korean side was joined by Ambassador X and Director-General Y"
    r"\b[Tt]he\s+(?P<side20>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+side\s+was\s+(?:also\s+)?joined\s+by\b|"
    # a questions-and-answers readout's heading: "Who took part?" and a list below
    r"\bWho\s+(?:took\s+part|attended|participated)\s*\?|"
    # ... or the same as a heading of its own line, without its question mark
    r"(?<=\n)[ \t]*Who\s+(?:took\s+part|attended|participated)[ \t]*(?=\n|$)|"
    # "Attendees:" on a line of its own, one line a side below ("Maryland: Mr. X, Secretary of ...")
    r"(?<=\n)[ \t]*(?:Attendees|Attendance|In\s+attendance|Present)[ \t]*:[ \t]*(?=\n)|"
    # minutes: "Members of the Committee present: A, B and C.", "Acting Members present: D for E.", "Also present: ..."
    r"\b(?:(?:Acting|Associate|Other)\s+)?Members(?:\s+of\s+the\s+(?:Committee|Subcommittee|Commission|Board|Council|"
    r"Assembly))?\s+present\s*:(?P<roster>)|(?<![\w ])(?:Also\s+present|In\s+attendance)\s*:(?![ \t]*\n)(?P<roll>)|"
    # "Attending from the United Nations Office at Geneva was the Director ..., Mr. X"
    r"\b(?:Attending|Present|Participating|Taking\s+part)\s+from\s+(?:the\s+)?(?P<side21>[A-Z][^,;.()\n]{1,80}?)\s+(?:were|was)\b|"
    r"\bIn attendance were\b|\b(?:Participating|Attending|Taking\s+part)\s+(?:were|was)\b|"
    # a photo caption's "Also pictured: Mr. A, ..., and Ms. B, ...", a list's "Also present: Mr. A, ...; Ms. B, ..."
    r"\bAlso\s+(?:pictured|present|in\s+attendance|in\s+the\s+(?:photo|picture))\s*:|"
    # "Also at the lunch were Mr A, Head of Development at the Embassy; Ms B, ...; and Ms C, ..."
    r"\bAlso\s+(?:at|attending)\s+the\s+(?:working\s+|official\s+)?(?:lunch|luncheon|dinner|breakfast|meeting|talks|"
    r"reception|call|session)\s+(?:were|was)\b|"
    # "Also in the delegation were the platform's secretary-general, Ms. X, and ..."
    r"\bAlso\s+(?:in|on)\s+(?:the|his|her|their)\s+(?:[\w’'-]+\s+)?(?:delegation|team)\s+(?:were|was)\b|"
    r"\b(?:Participating|Attending|Taking\s+part) in the (?:meeting|talks|call|dinner|lunch|session|"
    r"consultations|conversation|video\s*conference) (?:were|was)\b|"
    r"\bAttending the (?:meeting|talks|call|dinner|lunch|luncheon|breakfast|reception|session|consultations) (?:were|was)\b|"
    r"\bParticipants included\b|\bin\s+the\s+presence\s+of\b|"
    # "The following also took part in the video conference:" and the list below
    r"\bthe\s+following\s+(?:also\s+)?(?:took\s+part|participated|attended|were\s+(?:also\s+)?present)\b[^:\n]{0,80}:|"
    r"(?:" + romance.DELEGATION_LIST + r")|"
    # "Among the guests were Baroness X, ...; Dame Y, ...", "Guests included ..."
    r"\bAmong\s+(?:the\s+)?(?:(?:around|about|some|nearly|more\s+than)\s+\d+\s+)?(?:guests|participants|those\s+(?:present|"
    r"attending|at\s+the\s+(?:table|dinner|lunch|luncheon|breakfast|meeting|reception)))\s+(?:were|was)\b|\bGuests\s+included\b|"
    # "The following Partner State delegations are taking part in the meeting:" and the rows below
    r"\b(?:are|were)\s+taking\s+part\s+in\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|consultations?|dialogue|"
    r"conference|forum|workshop|seminar)\s*:|"
    # "Ministers and senior officials who took part in the meeting included:"
    r"\bwho\s+(?:took\s+part|participated)\s+in\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|session|consultations?|dialogue|"
    r"call|videoconference|video\s+conference|webinar|hearing)\s+(?:included|were)\b|\b(?:Members|Composition)\s+of\s+the\s+(?:(?P<side18>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s+)?(?:delegations?|side)(?:\s+(?:who|that)\s+[^:\n.;]{1,80}?)?(?:\s+(?:were|included))?(?:\s*:|(?=[ \t]*(?:\n|$)))|\b(?:delegations?|participants)\s+(?:were|was)\s+(?:composed|made\s+up)\s+as\s+follows\s*:|"
    # "Participaram da videoconferência o ministro ..., X", "Participaron en la reunión ..."
    r"\b(?:[Pp]articiparam|[Pp]articipou|[Pp]articiparon|[Pp]articipó)\b(?:\s+(?:d[aoe]s?|en|na|no)\s+(?:la\s+|el\s+)?[\wéêçãáó-]+)?|"
    # "Asistieron también la embajadora de España, Sra. X, y ...", "Acompañaron al Embajador ...", "Estiveram presentes ..."
    # "Acompañó al Vicepresidente en la comunicación el secretario técnico ..., X"
    r"\b(?:[Aa]sistieron|[Aa]sistió|[Ee]stuvieron\s+(?:también\s+)?presentes|[Aa]compañaron|[Aa]compañó|[Aa]ssistiram|"
    r"[Ee]stiveram\s+(?:também\s+|igualmente\s+)?presentes|[Aa]companharam|[Aa]companhou)\b|"
    r"\b(?:était|étaient)\s+accompagnée?s?\s+(?:de|par)\b|"
    # "Ont pris part à l'entretien, aux côtés de la ministre, M. X, ..., et ..."
    r"\b(?:Ont|ont)\s+(?:également\s+|aussi\s+)?(?:pris\s+part|participé|assisté)\b|\b[ÉE]taient\s+(?:également\s+)?présent(?:e)?s\b|"
    r"\b(?:estaba|estaban|estava|estavam)\s+acompanhad[oa]s?\s+(?:de|por|pel[oa])\b|\bacompañad[oa]s?\s+(?:de|por)\b|\bPresent(?: (?:at|during|in) the (?:[\w-]+ ){0,2}?(?:meeting|talks|call|session|discussions?|visit|ceremony|dinner|lunch|luncheon|audience|consultations)| with (?:him|her|them))? (?:were|was)\b|\bAccompanying\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
    r"(?:\s+(?:in|at|during|on)\s+the\s+(?:meeting|talks|visit|call))?\s+(?:were|was)\b|"
    # "Joining President X in the video call from Malacañan Palace were ..."
    # ... "Joining Gov. Whitcomb at the meeting were ..."
    r"\bJoining\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s+(?:in|on|at|for)\s+the\s+[^,.;]{1,60}?)?\s+(?:were|was)\b|"
    r"\bAlso (?:in attendance|present|attending|taking part|participating|at the table)"
    r"(?: for (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})?"     # "Also taking part for Inatsisartut were"
    r"(?: (?:(?:at|in|during|for) )?the (?:[A-Z][\w-]*\s+)?(?:meeting|talks|session|event|dinner|lunch|luncheon|breakfast|reception|"
    r"ceremony|call|dialogue|consultations|discussions?))?(?: on the (?P<side9>[^,;()]{2,30}?) side)? "
    r"(?:were|was)\b:?|"
    # "The Department of Foreign Affairs was represented by Head of Department X"
    r"\b(?:Department|Ministry|Office|Embassy|Government|Secretariat)\b[^.;]{0,60}?\bwas\s+represented\s+by\b|"
    r"\battended by\b|\baccompanied by\b|\bjoined by\b|\b(?:was|were)\s+assisted\s+by\b|"
    # "The signing was witnessed by the Ambassador of Korea, H.E. Mr. X"
    r"\b(?:was|were)\s+(?:also\s+)?witnessed\s+by\b|"
    # "The round is attended as observers by the IGAD Special Envoy, Ms. X, and by Maj. Gen. Y"
    r"\battended\s+as\s+(?:an?\s+)?observers?\s+by\b|"
    # "Minister X was joined on the call by the Deputy Minister, Mr Y"
    # "The Minister was accompanied at the Council table by ..."
    r"\b(?:joined|accompanied)\s+(?:on|in|at|for)\s+the\s+(?:[A-Z][\w’'-]*\s+)?(?:call|meeting|talks|visit|conversation|"
    r"discussions?|table|podium)\s+by\b|"
    r"\battending(?:\s+the\s+(?:meeting|talks|consultations?|dialogue|call|session))? on the (?P<side1>[^,;()]{2,30}?) "
    r"side (?:were|was)\b|"
    # "Attending the consultation were Ambassador of Viet Nam to Chile Do Van Hai and ..."
    r"\bAttending\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|consultations?|dialogue|call|session|event|ceremony|"
    r"videoconference)\s+(?:were|was)\b|"
    r"\b(?:the )?participants on the (?P<side2>[^,;()]{2,30}?) side included\b|"
    r"\bthose on the (?P<side3>[^,;()]{2,30}?) side included\b|"
    # ... "On the Polish side they included:" and the list below
    r"\bon the (?P<side4>[^,;()]{2,30}?) side,? (?:(?:they|these|those)\s+)?(?:were|included)\b|"
    # "The memorandum was signed on behalf of Mexico by ..., and on behalf of Guatemala by ..."
    r"\bsigned\s+on\s+behalf\s+of\s+(?P<side5>[^,;()]{2,30}?)\s+by\b|"
    r"\band\s+on\s+behalf\s+of\s+(?P<side6>[^,;()]{2,30}?)\s+by\b|"
    # "... on the Russian side were A and B; on the Kazakh side, C and D"
    r";\s*on\s+the\s+(?P<side19>[^,;()]{2,30}?)\s+side\b,?|"
    # "Taking part in the talks on the Russian side was X, and on the Korean side Ambassador Y"
    r"\btaking\s+part(?:\s+in\s+the\s+(?:talks|meeting|consultations?))?\s+on\s+the\s+(?P<side7>[^,;()]{2,30}?)\s+side\s+"
    r"(?:were|was)\b|\band\s+on\s+the\s+(?P<side8>[^,;()]{2,30}?)\s+side\b(?!,?\s+(?:were|was|included)\b)|"
    # "A and B attended, together with C and D"
    r"\b(?:attended|(?:was|were)\s+(?:also\s+)?present),?\s+(?:together|along)\s+with\b", re.I)
CHIEF_GUEST = fastre.compile(r"\b(?:was|were)\s+(?:present\s+)?as\s+(?:the\s+)?chief\s+guests?\b", re.I)
# attendees in the words of other languages' pages (a pattern of its own: inside ATTENDEES' alternation it
# would be tried on every English sentence ATTENDEES reads)
OTHER_LANGUAGE_ATTENDEES = fastre.compile(
    # French: "Assistaient également à la visioconférence M. X", "Prenaient également part à l'audience M. Y", "La
    # délégation belge comprenait également M. Z", "avait à ses côtés M. W", "en présence de Mme V"
    r"\b[Aa]ssistai(?:en)?t\s+(?:également\s+|aussi\s+)?(?:à|au)\b|\b[Pp]renai(?:en)?t\s+(?:également\s+|aussi\s+)?part\b|"
    r"\bdélégation\s+(?:[\wéèêç-]+\s+)?comprenait\b|\bavait\s+à\s+ses\s+côtés\b|\ben\s+présence\s+d(?:e|u|es|['’])|"
    # German: "An dem Arbeitsessen nahmen auch die Botschafterin ..., X, sowie ... Y teil", "Begleitet wurde sie von X"
    # (past degrees' stops: "nahmen ... Sektionschefin Mag.a Claudia X, ... teil")
    r"\bnahm(?:en)?\s+(?:(?:auch|außerdem|zudem|ferner|ebenfalls)\s+)?(?=(?:[^.;]|(?<=\bMag)\.|(?<=\bMag\.a)|(?<=\bDr)\.|"
    r"(?<=\bProf)\.|(?<=\bIng)\.){0,300}?\bteil\b)|"
    r"\b[Bb]egleitet\s+wurde(?:n)?\b[^.;]{0,40}?\bvon\b|\bin\s+Begleitung\s+(?:von|der|des)\b|\banwesend\s+(?:waren|war)\b|"
    # Italian: "Erano presenti la responsabile ..., Dott.ssa X", "All'incontro hanno preso parte ...", "Alla riunione hanno
    # partecipato anche ...", "L'Ambasciatrice era accompagnata dall'Addetto alla Difesa, Colonnello X", "alla presenza di"
    r"\b(?:[Ee]rano|[Ee]ra)\s+(?:inoltre\s+|anche\s+)?presenti?\b|\b(?:hanno|ha)\s+(?:inoltre\s+|anche\s+)?(?:preso\s+parte|partecipato)\b|"
    r"\baccompagnat[oaie]\s+(?:da|dal|dalla|dallo|dall['’]|dai|dalle)\b|\balla\s+presenza\s+(?:di|del|della|dello|dell['’]|dei|degli|delle)\b|"
    r"\b[Aa]l\s+tavolo\s+(?:anche|inoltre)\b|"
    # "Por la parte española se conectó también la consejera ..., X", "contó también con la presencia del cónsul ..., Sr. X"
    r"\bse\s+(?:conectó|conectaron|sumó|sumaron|unió|unieron)\b|\bcon\s+la\s+presencia\s+de(?:l)?\b|\ben\s+presencia\s+de(?:l)?\b|"
    # Dutch "Bij het gesprek waren ook aanwezig:", "Ook aanwezig waren ..."; Scandinavian "Vid lunchen deltog även:",
    # "Fra norsk side deltok også ..."; Polish "W spotkaniu uczestniczyli także (m.in.):"
    r"\b(?:waren|was)\s+(?:ook\s+)?aanwezig\b|\baanwezig\s+(?:waren|was)\b|\bdeltog\s+(?:även|också|och)?|"
    r"\bdeltok\s+(?:også\s+)?|\bdeltog\s+(?:også\s+)?|\buczestniczy(?:li|ły|ł|ła)\s+(?:także|również|też)?(?:\s+m\.in\.)?",
    re.I)
_ROMANCE_SIDE_WORDS = (r"(?:[Dd]u\s+côté|[Pp]or\s+(?:la\s+parte|el\s+lado|la\s+delegación)|[Pp]ela\s+(?:parte|delegação)|[Pp]elo\s+lado|[Dd]o\s+lado|"
                       r"[Pp]er\s+(?:la\s+)?parte)\s+(?P<side>[a-zà-ÿ][\w-]+)")
# a side named by its nationality in a Romance text, then who took part for it: "Por la parte guatemalteca
# participaron el director general ..., Sr. X, y la directora ..., Y", "Pela parte angolana estiveram presentes",
# "Du côté sénégalais, ont pris part ...", "Por parte de Chile asistieron"
ROMANCE_SIDE_ATTENDEES = fastre.compile(
    r"\b(?:[Pp]or\s+(?:la\s+parte|el\s+lado|la\s+delegación|parte\s+de(?:l|\s+la)?)|[Pp]ela\s+(?:parte|delegação)|[Pp]elo\s+lado|"
    r"[Dd]o\s+lado|[Dd]u\s+côté|[Dd]e\s+la\s+partie|[Pp]er\s+(?:la\s+)?parte|[Dd]a\s+parte|[Pp]our\s+la\s+partie)\s+"
    r"(?P<side25>[\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?)\s*,?\s*(?:(?:también|además|ainda|também|également|aussi|anche|inoltre)\s+)?"
    r"(?:participaron|participó|asistieron|asistió|estuvieron\s+presentes|estuvo\s+presente|intervinieron|se\s+encontraban|"
    r"participaram|participou|estiveram\s+presentes|esteve\s+presente|ont\s+(?:également\s+)?(?:participé|pris\s+part)|"
    r"a\s+participé|étaient\s+présent(?:e)?s|hanno\s+partecipato|erano\s+presenti|se\s+conect(?:ó|aron)|"
    r"tomaron\s+parte|tomaram\s+parte)\b|"
    # ... or after the verb: "Ont également pris part aux travaux, du côté suisse, Mme A ..., et M. B ; du côté
    # sénégalais, Mme C"
    # ("Participaron por la parte paraguaya el viceministro ..., y por la parte taiwanesa el embajador ...")
    r"(?i:pris\s+part|participé|assisté|présents|présentes|participaron|asistieron|presentes|participaram|partecipato|"
    r"presenti)\b[^.;]{0,60}?,?\s*" + _ROMANCE_SIDE_WORDS.replace("side>", "side26>") + r"\s*,?|"
    # ... and the next side: "; du côté sénégalais, Mme C", ", y, por la parte chilena, el Subsecretario ..."
    r"[;,]\s*(?:(?:et|y|e)\s*,?\s*)?" + _ROMANCE_SIDE_WORDS.replace("side>", "side27>") + r"(?!\s*,?\s*(?:par|por|pel[oa])\b)\s*,?")
# a delegation named by its nationality and who led it: "La délégation suisse était conduite par Mme X ; la
# délégation sénégalaise par M. Y", "la delegación uruguaya estuvo encabezada por", "a delegação angolana foi chefiada por"
ROMANCE_DELEGATION_LED = fastre.compile(
    r"\b(?:[Ll]a|[Aa]|[Ll]['’])\s*(?:delegación|délégation|delegação|delegazione)\s+(?P<side>[a-zà-ÿ][\w-]+)"
    r"(?:\s*,[^,;.]{1,80},)?\s+(?:(?:était|a\s+été|est|fue|estuvo|estaba|foi|esteve|era|è\s+stata)\s+)?"
    r"(?:conduite|dirigée|présidée|menée|encabezada|presidida|liderada|dirigida|chefiada|guidata|presieduta)\s+"
    r"(?:par|por|pel[oa]|da|dal|dalla|dallo)\b|"
    r"[;,]\s*(?:et\s+|y\s+|e\s+)?(?:la|a|l['’])\s*(?:delegación|délégation|delegação|delegazione)\s+(?P<side2>[a-zà-ÿ][\w-]+)\s+"
    r"(?:par|por|pel[oa]|da|dal|dalla)\b|"
    # "Les échanges étaient conduits, du côté rwandais, par le Président ..., X, et, du côté français, par Mme Y"
    r"[;,]\s*(?:(?:et|y|e)\s*,?\s*)?" + _ROMANCE_SIDE_WORDS.replace("side>", "side3>") + r"\s*,?\s*(?:par|por|pel[oa])\b")
ROMANCE_DELEGATION_KEYS = ("delegación", "délégation", "delegação", "delegazione", "du côté", "por la parte", "pela parte",
                           "do lado", "por el lado", "pelo lado")
ROMANCE_SIDE_KEYS = ("por la parte", "por parte d", "por el lado", "por la delegaci", "pela parte", "pela delega", "pelo lado",
                     "do lado", "du côté", "de la partie", "per parte", "per la parte", "da parte", "pour la partie")
# "Chile was also represented by the Undersecretary ..., Ms X" (patterns of their own: in ATTENDEES' case-blind
# alternation, a capital or a line's start that can begin a match made its scan of every body ten times slower)
ALSO_REPRESENTED = fastre.compile(r"(?:(?P<side17>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+)?(?:was|were)\s+also\s+"
                                  r"represented\s+by\b")
# "Delegations" or "Delegation members" as a heading of its own line over a list or a table
DELEGATION_HEADING = fastre.compile(r"(?m)^[ \t]*(?:Delegations|Delegation\s+(?:members|lists?))[ \t]*:?(?=[ \t]*$)")
# delegation lines: "From the Vietnamese side: Madam A, ...; Mr. B, ...", "Japanese side: Rear Admiral C, ..."
# (a pattern of its own: inside ATTENDEES' case-blind alternation it made that scan seven times slower)
# attendees named by side in running text (a pattern of its own: in ATTENDEES' case-blind alternation these
# made its scan of every body slower)
SIDE_ATTENDEES = fastre.compile(
    # "The meeting was attended, on the Korean side, by ..., and, on the Australian side, by ..."
    r"\battended,?\s+on\s+the\s+(?P<side12>[^,;()]{2,30}?)\s+side,?\s+by\b|"
    r"\b(?:and|while),?\s+on\s+the\s+(?P<side13>[^,;()]{2,30}?)\s+side,?\s+by\b|"
    # "Present there from the Lao side were Mr. A, ..., and from the Myanmar side Daw B, ..."
    r"\b(?:[Pp]resent|[Aa]ttending|[Pp]articipating|[Tt]aking\s+part)\s+(?:there\s+)?(?:from|on)\s+the\s+"
    r"(?P<side15>[^,;()]{2,30}?)\s+side\s+(?:were|was)\b|"
    r"\band,?\s+from\s+the\s+(?P<side16>[^,;()]{2,30}?)\s+side\b|"
    # "The Indonesian side included the Director-General ..., Mr. Haryanto; ..."
    # ... "The Syrian side at the talks included Minister ..."
    r"\b[Tt]he\s+(?P<side14>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+side(?:\s+(?:at|in|during)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|session|consultations))?\s+(?:also\s+)?included\b|"
    # "Present at the talks for Tonga were the Minister ..., Hon. X, and ..."
    r"\b(?:[Pp]resent|[Aa]ttending|[Pp]articipating|[Tt]aking\s+part)\s+(?:at|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|"
    r"session|consultations)\s+(?:for|from|on\s+behalf\s+of)\s+(?P<side28>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:were|was)\b|"
    # "On the Comorian side, the meeting was attended by the Secretary General of the Ministry, Ms. X"
    r"\b[Oo]n\s+the\s+(?P<side22>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+side,\s+(?:the\s+\w+\s+)?(?:was|were)\s+"
    r"(?:also\s+)?attended\s+by\b")
SIDE_LINE = fastre.compile(r"(?m)^[ \t]*(?:(?:[Ff]rom|[Oo]n)\s+the\s+(?P<side10>[^,;:()\n]{2,30}?)\s+side\s*(?::|-|–)"
                           r"|(?P<side11>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:side|delegation)\s*:"
                           # "Delegation of the Republic of Korea:" over its list
                           r"|Delegation\s+of\s+(?:the\s+)?(?P<side23>[A-Z][^:\n]{2,50}?)[ \t]*:(?=[ \t]*$)"
                           # a participants' list by state: "Japan: Mr. MIYAGAWA Tetsuro, Commandant ...; Mr. KOIKE ..."
                           r"|(?P<side24>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]*:(?=[ \t]+(?:Mr|Ms|Mrs|Dr|H\.\s?E|"
                           r"Rear|Vice|Admiral|General|Commodore|Ambassador|Prof|Hon|Lieutenant|Colonel|Captain|Major|Minister)\b))[ \t]*")
# Objects after these are context, not participants.
NOT_OBJECT = fastre.compile(
    r"\b(?:including(?!\s+an?\s)|such as|organi[sz]ed by|hosted by|co-hosted by|invitation (?:by|of|from)|to attend|"
    r"to participate in|on the margins of|in the presence of|on behalf of|according to|(?:moderated|facilitated) by|"
    r"on the occasion of|with(?=\s" + _NO_STOP + r"{0,200}?\bas\s+(?:the\s+)?(?:moderator|facilitator|master\s+of\s+"
    r"ceremonies)\b))\b", re.I)
# a lead that opens on the event: "In a call today, A and B reaffirmed ...", "During a video call on Monday, ..."
FRONTED_CALL = fastre.compile(r"\s*(?:[A-Z][\w ,.'’-]{0,60}?\s[-–—]\s+)?(?:In|During|Over)\s+(?:a|an|their)\s+(?:telephone\s+|phone\s+|"
                              r"video\s+|virtual\s+)?(?:call|conversation|meeting|video\s*conference)\s+"
                              r"(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+\w+(?:\s+\d{1,2})?)?,\s*")
CHAIRED_COLON = fastre.compile(r"(?:co-)?chaired\s+(?:the\s+)?(?:meeting|session|discussion|dialogue|debate)\s*:")
HELD_BETWEEN = fastre.compile(r"held\s+(?:today\s+|yesterday\s+|on\s+\w+\s+|this\s+\w+\s+)?between\b|"
                              r"(?:bilateral\s+)?meeting\s+(?:in\s+[A-Z][^.;]{0,50}?,\s+)?between\b")
# a body as the lead's subject: "The Lord Howe Island Board yesterday welcomed a delegation ..., led by Dr X":
# whom it welcomed or met is the other side
BODY_SUBJECT = fastre.compile(r"\s*(?:\d+[.)]\s+)?(?:(?:Members|Representatives|Officials|Officers)\s+of\s+)?(?:The|the)\s+"
                              r"(?:[A-Z][\w’'-]*\s+){0,6}?(?P<body>Board|Council|Ministry|Embassy|"
                              r"High\s+Commission|Commission|Secretariat|Government|Mission|Agency|Department|Office|"
                              r"Authority|Bank|Institute|University|Foundation|Parliament|Assembly|Senate|Municipality|"
                              r"Bundestag|Congress|Knesset|Storting|Riksdag|Folketing|Sejm)"
                              r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
                              r"(?:\s+(?:yesterday|today|this\s+(?:morning|afternoon|evening)|on\s+\w+(?:\s+\d{1,2})?))?\s*|"
                              # "A Comissão de Relações Exteriores e Defesa Nacional (CRE) recebeu ... uma delegação"
                              r"\s*(?:A|O|La|El|Le|L['’])\s*(?P<body2>Comissão|Comisión|Commission|Comité|Comitê|Senado|Sénat|"
                              r"Cámara|Câmara|Asamblea|Assemblée|Congreso|Congresso|Ministerio|Ministério|Ministère|Embajada|"
                              r"Embaixada|Ambassade|Secretaría|Secretaria|Gobierno|Governo|Gouvernement)"
                              r"(?:\s+(?:[A-ZÀ-Ý][\w’'-]*|de|del|de\s+la|da|do|das|dos|des|du|e|y|et))*(?:\s+\([A-Z]{2,10}\))?\s*")
# "The event was hosted by Ambassador X": the host of the event leads it (not "The delegation was hosted by")
EVENT_HOSTED_BY = fastre.compile(r"(?:\d+[.)]\s+)?(?:The|This)\s+(?:[\w-]+\s+){0,3}?(?:event|meeting|dialogue|symposium|"
                                 r"seminar|panel|forum|discussion|dinner|lunch|luncheon|reception|session|ceremony|"
                                 r"conference|webinar|round\s*table|workshop|launch)\s+"
                                 # "The forum ran from 0830 to 1600 and was hosted by ..."
                                 r"(?:[^.;]{0,80}?\s+and\s+)?(?:was|were)\s+(?:hosted|convened)\s+by\b")
CREDENTIALS_BY = fastre.compile(r"\b(?:[Cc]redentials|[Ll]etters\s+of\s+credence)\s+were\s+(?:presented|handed\s+over|"
                                r"submitted)\s+by\s*:?")
# "..., with Ms. X, Chief of Staff at the Institute, as moderator"
WITH_AS_MODERATOR = fastre.compile(r"\bwith\s+(?P<who>" + _NO_STOP + r"{3,200}?),?\s+as\s+(?:the\s+)?(?:moderator|facilitator|"
                                   r"master\s+of\s+ceremonies)\b")
# Each body slot pattern with words one of which any match must contain (lower-cased).
# who co-hosts an event is the other side's principal: "As co-host, Ambassador X ...", "Ms. Y ...
# spoke as co-host", "The event was co-hosted by Deputy Minister A and Ms. B"
# ... "The co-host, Sierra Leone's Minister of Gender, Dr X, described ..."
CO_HOST_AFTER = fastre.compile(r"\b(?:As|as)\s+(?:the\s+)?co-?hosts?\s*,|\bco-?hosted\s+by\b|\b[Tt]he\s+co-?hosts?\s*,|"
                               # "The consultation, which the Special Envoy co-chaired with the Minister, Ms. X, ..."
                               r"\bco-?(?:chaired|hosted|convened)\s+(?:it\s+)?with\b|"
                               # "It was hosted by EFA's Managing Director, X, and the PNG delegation was led by Y"
                               r"\b(?:was|were)\s+hosted\s+by\b", re.I)
CO_HOST_BEFORE = fastre.compile(r"\b(?:spoke|speaking|took\s+the\s+floor)\s+as\s+(?:the\s+)?co-?host\b", re.I)

# "The agreement was signed at 2:00 p.m. ... by H.E. Mr. A, ..., and Ms. B, ..., in the presence of ...": the
# signatories lead the two sides
SIGNED_BY = fastre.compile(r"\b(?:was|were)\s+signed\b(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.|(?<=Mr)\.|(?<=Ms)\.|"
                           r"(?<=Dr)\.|(?<=H\.E)\.|(?<=\bH)\.){0,100}?\bby\b")
PRESENCE_OF = fastre.compile(r"\bin\s+the\s+presence\s+of\b")

BODY_SLOTS = (
    (PASSIVE_COCHAIR, ("chaired",) + romance.CHAIRED_KEYS),
    (SIGNED_BY, ("signed",)),
    (CO_HOST_AFTER, ("co-host", "cohost", "co-chaired", "cochaired", "co-convened", "hosted by")),
    (CO_HOST_BEFORE, ("co-host", "cohost")),
    (MODERATOR, ("moderat", "facilitated", "chaired", "presided", "of ceremon") + romance.MODERATED_KEYS
     + romance.CHAIRED_KEYS),
    (MODERATED_THE, ("moderated the", "facilitated the", "led a ", "led the ", "chaired the ", "of ceremon", "as moderator",
                     "as the moderator", "as emcee")),
    (SPEAKERS_AFTER, ("presentation", "remarks", "speeches", "statement", "briefing", "intervention",
                      "contribution", "participation of", "panel", "speakers", "presenters", "keynote", "address",
                      "speech", "who spoke", "heard from", "paper was", "rapporteurs", "briefers", "discussants",
                      "vote of thanks", "message", "briefed by", "was followed by") + romance.SPEAKERS_KEYS),
    (DELEGATION_AFTER, ("delegation", " side by", "led by", "headed by", "represented by", "chaired by")),
    (DELEGATION_BEFORE, ("delegation", " side")),
    (OPENED_BY, ("opened", "convened", "a cargo d", "inaugurad", "abierta por", "abierto por", "aberta pel", "aberto pel", "aprire",
                 "palabras de apertura", "palabras de bienvenida")),
    (PRESIDING, ("presiding",)),
    (OPENED, ("opened the", "closed the", "inaugurated the", "eröffnete d", "schloss d", "bienvenida", "boas-vindas",
              "bienvenue", "benvenuto")),
    (OPENING_FRONT, ("opening the", "opening remarks", "opening address", "opening statement", "opening speech",
                     "al abrir", "ao abrir", "al inaugurar", "ao inaugurar", "en la apertura", "na abertura", "l'ouverture",
                     "l’ouverture")),
    (CLOSING_FRONT, ("in closing", "in conclusion", "closing the")),
    (SIDE_TOOK_PART, (" side,",)),
    (DELEGATION_MEMBERS, ("delegation",)),
    (LIST_INTRO, ("the following", "speakers", "panelists", "panellists", "presenters", "featured", "brought together",
                  "presentation", "remarks", "statement", "interventions", "contributions", "participation of", "panel",
                  "heard from", "heard:", "among others:", "among them:", "discussants", "messages", "briefing", "also speaking", "briefers", "addressed by",
                  "contributors")
     + romance.SPEAKERS_KEYS),
    (CREDENTIALS_BY, ("credentials were", "credence were")),
    (WITH_AS_MODERATOR, ("as moderator", "as the moderator", "as facilitator", "as the facilitator", "master of ceremon")),
    (LABEL_AFTER_SENTENCE, ("speakers:", "panelists:", "panellists:", "presenters:", "contributions:", "presentations:",
                            "interventions:", "discussants:", "guest speakers", "invited speakers", "keynote speakers",
                            "featured speakers", "guest panel", "invited panel", "guest briefers", "briefers:")),
    (SIDE_ATTENDEES, (" side", "present at the", "present in the", "attending the", "participating in the",
                      "taking part in the")),
    (PROGRAMME_ROLE, ("moderat", "facilitat", "chair", "panel", "speaker", "presenter", "presentation", "keynote", "interventions",
                      "statements", "discussants", "respondents", "mc:", "emcee", "of ceremonies", "remarks:",
                      "remarks on behalf", "address:", "words:", "vote of thanks")),
    (PROGRAMME_SLOT, ("welcom", "remarks", "keynote", "address", "statement", "presentation")),

    (SPEAKERS_BEFORE, ("remarks", "presentation", "speech", "statement", "interventions", "presented", "floor", "paper",
                       "will address", "will open", "will close", "will speak", "will brief", "vote of thanks", "briefed the", "briefed on behalf", "briefed participants", "briefed delegates", "briefed attendees", "spoke as",
                       "address", "overview", "briefing", "lecture", "talk", "welcomed")),
    (ATTENDEES, ("attendance", "attendees", "present:", "attended by", "witnessed by", "as observer", "among the guests", "among those", "guests included", "pris part", "présent",
                 "assisté", "asisti", "presentes", "acompañaron", "acompañó", "assistiram", "acompanharam", "acompanhou") + romance.DELEGATION_KEYS + (
                  "the following also", "the following took", "the following participated", "the following attended",
                  "the following were", "who took part?", "who attended?", "who participated?", "attending from", "present from", "participating from", "taking part from", "accompanied", "accompanying", "at the table", "joined by", "joined on", "joined in", "joined at", "joined for", "accompanied on", " side",
                  "participating in the", "participants included", "attending the", "attending in the",
                  "taking part in the", "taking part were", "taking part was", "participating were", "attending were",
                  "present",
                  "accompagné", "acompañad", "acompanhad", "of the delegation", "joining", "particip", "presence of",
                  "who took part", "who participated", "taking part in the",
                  "were present", "also attending",
                  "also taking part", "on behalf of", "together with", "along with", "also participating",
                  "represented by", "as follows", "members of the", "composition of the", "also in the", "also on the",
                  "also in his", "also in her", "also in their", "also on his", "also on her", "also on their", "assisted by",
                  "also at the", "also attending the", "also pictured", "also in the photo", "also in the picture")),
    (ROMANCE_SIDE_ATTENDEES, ROMANCE_SIDE_KEYS),
    (ROMANCE_DELEGATION_LED, ROMANCE_DELEGATION_KEYS),
    (OTHER_LANGUAGE_ATTENDEES, ("aanwezig", "deltog", "deltok", "uczestniczy", "se conect", "se sum", "se uni", "presencia d", "presenti", "era presente", "preso parte",
                                "partecipato", "accompagnat", "presenza d", "al tavolo", "nahm", "begleitet", "begleitung",
                                "anwesend", "assistai", "prenai", "comprenait", "à ses côtés", "en présence")),
    (ALSO_REPRESENTED, ("also represented by",)),
    (CHIEF_GUEST, ("chief guest",)),
    (DELEGATION_HEADING, ("\ndelegation",)),
    (SIDE_LINE, (" side", " delegation:", "\ndelegation of", ": mr", ": ms", ": dr", ": h.e", ": rear", ": vice",
                 ": ambassador", ": minister", ": general", ": commodore", ": admiral", ": prof", ": hon")),
    (ATTENDEES_BEFORE, ("also attended", "also present", "also in attendance", "also took part", "also participated",
                        "joined me", "joined us", "joined the", "joined p", "joined m", "joined s", "joined c", "joined h", "accompanied ", "formed part of", "attended.", "attended for the", "attended on behalf of the",
                        "attended;", "attended the", "joined our", "took part in the", "participated in the",
                        "present at the", "present on the occasion", "present during the", "present for the", "present in the", "part of the", "pris part",
                        "présent", "participó", "participaron", "presente", "participou", "participaram", "assist",
                        "participé")),
)
# Words after which a bare name (with its title after a comma) is a party to the event:
# "met / received / welcomed / called on Badr Albusaidi, Foreign Minister of Oman".
SLOT_WORD = fastre.compile(r"\b(?:with|met|to|from|by|between|counterparts?,?|and|received|receives|welcomed|welcomes|"
                       # "attended by, from the Korean side, Namgung Hyun-woo, ..."
                       r"side,|hosted|hosts|visited|visits|called\s+on|calls\s+on|telephoned)\s+"
                       # "received today Sima Bahous, Executive Director of UN Women"
                       r"(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s+)?(?:the\s+)?"
                       # "hosted a working dinner at the Ministry for Paulo Rangel, Minister of State ..."
                       r"|\b(?:dinner|lunch|luncheon|breakfast|reception)\b[^;,]{0,40}?\b(?:in\s+honou?r\s+of|for)\s+(?:the\s+)?"
                       # "hosted a working dinner this evening at Villa Borsig, the guest house ..., in honour of X"
                       r"|\b(?:dinner|lunch|luncheon|breakfast|reception)\b[^;.]{0,160}?\bin\s+honou?r\s+of\s+(?:the\s+)?")
ON_BEHALF = fastre.compile(r"\bon behalf of (?:the )?", re.I)
ON_SIDE = fastre.compile(r"\bon the (?P<side>[^,;()]{2,30}?) side\b", re.I)
_COMMA = fastre.compile(r"\s*,\s*")
# what may follow an office before the comma and the name: "(Political)", "and head of UNAMA"
_TITLE_TAIL = fastre.compile(r"(?:\s*\([^()\n]{1,30}\)|\s+(?:province|prefecture|governorate|region|state|district)\b|\s+and\s+(?:head|chief|director|coordinator|chair)\s+of\s+(?:the\s+)?"
                             r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}"
                             # "Minister of Foreign Affairs of the Syrian caretaker government, X"
                             r"|\s+(?:caretaker|interim|transitional|provisional|de\s+facto)\s+(?:government|authorities)\b"
                             # "the Ambassador of Ethiopia accredited to Greece, X", "..., who is also accredited to Y, X"
                             r"|,?\s+(?:who\s+is\s+)?(?:also\s+)?(?:accredited|concurrent)\s+(?:to|in)\s+(?:the\s+)?"
                             r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
                             # "Permanent Representative ... to the United Nations Office and other international
                             # organizations in Geneva, Ambassador X"
                             r"|\s+and\s+other\s+international\s+organi[sz]ations\s+(?:in|at)\s+[A-Z][\w’'-]*"
                             # "Chief Negotiator with the EU, X", "Special Envoy for the Sahel, Y"
                             r"|\s+(?:with|for|on)\s+(?:the\s+)?(?:[A-Z]{2,6}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?=\s*,))*")
_CAPITALISED_RUN = fastre.compile(r"(?:the\s+)?[A-Z][^,;.]*")   # "Vice Minister for Asia, the Middle East and Oceania, X"
BUILDING_AT_END = fastre.compile(r"\b(?:" + "|".join(sorted(BUILDING_WORDS)) + r")\s*$")
BUILDING_AFTER = fastre.compile(r"\s+(?:" + "|".join(sorted(BUILDING_WORDS)) + r")\b")
# "the President of the Althing, Iceland's parliament, X": a possessive apposition between the office and the name
_POSSESSIVE_APPOSITION = fastre.compile(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?['’]s\s+[a-z]+(?:\s+[a-z]+){0,2}(?=\s*,)|"
                                        # "the Speaker of the Løgting, the parliament of the Faroe Islands, X"
                                        r"the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=\s*,)")
# "the Ambassador of Mozambique, resident in Brasília, X": where an envoy accredited to several states lives
_RESIDENT_IN = fastre.compile(r"(?:resident|based|residing)\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=\s*,)")
# the next part of an office's remit, as names.py reads it: "..., África y Oceanía," (names seldom hold a "y")
_REMIT_PART = fastre.compile(r"[^,;.()\n]*\s(?:e|y|et)\s[^,;.()\n]*,")
_LOWER_WORD = fastre.compile(r"\b[a-z]+\b(?<!\band)(?<!\bof)(?<!\bfor)(?<!\bthe)")
_VERB_NEXT = fastre.compile(r"\s+(?:and\s+(?:the\s+)?[A-Z][^.;,]{0,80}?\s+)?(?:had|held|met|spoke|hosted|received|welcomed|"
                            r"paid|talked|telephoned)\b")     # "X and President of Kazakhstan Y held talks"
# ... after a wire dateline in capitals: "TORONTO — Today, Gregory Kilbride, Ontario's Minister ..., met with"
_LEAD_IN = fastre.compile(r"(?:[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}[ \t]+[–—-][ \t]+)?"
                          r"(?:(?:Today|Yesterday|This\s+\w+|On\s+[^,]{3,30}),\s+)?"
                          # a list's item in Spanish or French: "- la Dra. Rosa Insfrán, investigadora ..."
                          r"(?:(?:la|el|le|los|las)[ \t]+(?=[A-ZÀ-Ý]))?")
_WHO_IS = fastre.compile(r"\bwho\s+(?:is|are|was|were)\s+\S*\s*$")
_PASSIVE_BY = fastre.compile(r"\b(?:was|were)\s+(?:received|welcomed|hosted|visited)\s+(?:[^.;]{1,80}?\s)?by\b")
# (not a mission's title: "... to the United Nations Office and other international organizations in Geneva")
GAPPED_BY = fastre.compile(r"\s+by\s")
_LIST_END = fastre.compile(r"\bamong others\b|\band (?:\d+|several|many|other)\b(?!\s+international\s+organi[sz]ations\b)")
_NEXT_SIDE = fastre.compile(r";\s*(?:attending|and those|those|on\s+the\s+[^,;()]{2,30}?\s+side\b)|\band those on\b|\bthose on the\b|\band on behalf of\b|"
                            # "..., while Director-General B took part on the Mongolian side"
                            r",\s*while\b(?=(?:[^.;]|(?<=\b[A-Z])\.){0,120}\bon\s+the\s+[^,;()]{2,30}?\s+side\b)|"
                            r"\band,? on the [^,;()]{2,30}? side\b|\band from the [^,;()]{2,30}? side\b|"
                            # "..., while the seven-member Bangladesh Army delegation is led by ..."
                            r",?\s*\bwhile\s+the\s+(?:[\w-]+\s+){0,4}?(?:delegation|side)\b|"
                            # the next side in a Romance text: "; du côté sénégalais, Mme C", "; la délégation
                            # sénégalaise par M. Y", "y por la parte peruana"
                            r"[;,]\s*(?:(?:et|y|e)\s*,?\s*)?(?:du\s+côté|por\s+la\s+parte|por\s+el\s+lado|pela\s+parte|"
                            r"pelo\s+lado|do\s+lado|per\s+(?:la\s+)?parte|(?:la|a|l['’])\s*(?:delegación|délégation|"
                            r"delegação|delegazione))\s+[a-zà-ÿ]|"
                            # "..., the Iraqi delegation by Dr. X"
                            r"(?:,|\band|\bwhile)\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:delegation|side)\s+by\b|"
                            # "..., while the Iranian side included ..."
                            r"(?:,|\band|\bwhile)\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:delegation|side)\s+"
                            r"(?:included|comprised|was\s+represented)\b|"
                            # "...; the Moroccan delegation was led by Mr. Y"
                            r";\s*the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:delegation|side)\s+(?:was|were)\s+"
                            r"(?:led|headed|represented)\s+by\b|"
                            # the next delegation line: "\nAustralian side: ...", "\nFrom the Chilean side: ..."
                            r"\n[ \t]*(?:(?:[Ff]rom|[Oo]n)\s+the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+side\s*[:\-–]")


@dataclass
class Slot:
    mention: Mention
    role: str
    evidence: tuple[int, int]                 # the words that give the role
    side_country: tuple[str, int, int] | None = None
    side_org: tuple[str, int, int] | None = None
    other_side: bool = False                  # "Prime Minister Marape was accompanied by his ..."
    companion: Mention | None = None          # whom an attendee of the other side came with
    weak: bool = False                        # a speaker at a meeting by what they said: yields to an office's holder


@dataclass
class Roles:
    slots: list[Slot]
    principal_office: tuple[Mention, tuple[int, int]] | None
    main_verb: tuple[int, int] | None


_HEAD_TITLE = fastre.compile(r"\b(?:Chair(?:man|woman|person)?|President|Head|Director(?:-General)?|Secretary[- ]General|"
                             r"Executive\s+Secretary|Governor|Mayor|Ambassador|High\s+Commissioner|Minister|Speaker|"
                             r"Chief\s+Executive(?:\s+Officer)?|CEO|Rector|Vice-Chancellor)\b")


def _post_author(index: NameIndex, before: int) -> Mention | None:
    """The author a platform's page names above the post ("Aino Hakala / @AinoHakala")."""
    m = POST_AUTHOR.search(index.text, 0, min(before, 800))
    if m is None:
        return None
    named = index.bare_name_at(m.start("name"))
    return named if named is not None and named.end <= m.end("name") else None


def _headline(text: str, layout: Layout, prior: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The page's headline: its title, or a line without a stop right above the lead."""
    if layout.title_range is not None:
        return layout.title_range
    if prior and not text[prior[-1][1] - 1] in ".!?:;\"”" and "\n" not in text[prior[-1][0]:prior[-1][1]]:
        return prior[-1]
    return None


def _pair_of_the_title(index: NameIndex, title: tuple[int, int], end: int) -> tuple[Mention, Mention] | None:
    """The headline's subject and the one it met: two people, or a person and an office whose holder
    the text names below ("the Prime Minister of Iceland, Ragnheiður S.")."""
    people = _with_bare(index, *title)
    if len(people) == 2:
        return people[0], people[1]
    offices = [m for m in _mentions_in(index, *title, people_only=False) if m.kind == "office"]
    if len(people) == 1 and len(offices) == 1 and offices[0].start > people[0].end:
        text = index.text
        office = squash(text[offices[0].titles[0][0]:offices[0].titles[0][1]]).lower().removeprefix("the ")
        for m in index.mentions:
            if not title[1] <= m.start < end or not any(
                    squash(text[a:b]).lower().removeprefix("the ") == office for a, b in m.titles):
                continue
            if m.kind != "office":
                return people[0], m
            # "the Prime Minister of Iceland, Ragnheiður S.": the bare name after the office's comma
            named = [x for x in _with_bare(index, m.start, min(end, m.end + 120)) if x.end > m.end]
            if named:
                return people[0], named[0]
    return None


def _head_of_body(index: NameIndex, body: str, start: int, end: int) -> Mention | None:
    """The first person after `start` whose title heads that body: "The Chair of the Board, Ms X"."""
    text = index.text
    for m in index.mentions:
        if m.kind == "office" or m.start < start or m.start >= end:
            continue
        for a, b in m.titles:
            title = text[a:b]
            if body in title and (hm := _HEAD_TITLE.search(title)) is not None and hm.start() < title.find(body):
                return m
    return None


def _mentions_in(index: NameIndex, s: int, e: int, people_only: bool = True) -> list[Mention]:
    return [m for m in index.mentions_within(s, e) if m.kind != "office" or not people_only]


_ITEM_BREAK = fastre.compile(r";\s+|:[ \t]+(?=[A-Z])")     # (a group's label before its names: "Embassy of X: A, ...")
# between the names of a roll: "A, B, C and D", "A; B"
_ROLL_BREAK = fastre.compile(r"(?:,|;|\s+and)\s+")
_BODY_LOWER_TITLE = fastre.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+(?:o\s+|of\s+|for\s+|and\s+)?){1,6}(?:chair|chairperson|"
                                   r"chairman|chairwoman|co-chair|chief\s+executive|president|director|manager|"
                                   r"coordinator|spokesperson|secretary)\s+(?=[A-Z])")


def _with_bare(index: NameIndex, s: int, e: int, item: bool = False, present: bool = False,
               roster: bool = False) -> list[Mention]:
    """People in [s, e): honorific/title mentions plus bare names next to an office or a comma.
    With `item`, [s, e) is an item of a list of people, whose head is a name without more; with
    `present`, a list of those present, where a name with its affiliation ("X, of the Y") counts;
    with `roster`, minutes' roll of names alone ("Members present: A, B and C"), each a person."""
    found = _mentions_in(index, s, e, people_only=False)
    people = [m for m in found if m.kind != "office"]
    text = index.text
    # Bare names: right after an office and its comma segments, or after a slot word.
    anchors = []
    for m in found:
        if m.kind == "office":
            pos = _TITLE_TAIL.match(text, m.end).end()
            for _ in range(3):
                mc = _COMMA.match(text, pos)
                if not mc:
                    break
                anchors.append((mc.end(), m, mc.start()))
                # "Minister of Foreign Affairs, Cooperation and Regional Integration, Rui ...": only
                # capitalised title words may stand between the office and the name
                nxt = _CAPITALISED_RUN.match(text, mc.end())
                if nxt and BUILDING_AT_END.search(nxt.group()):
                    break       # "the Office of the Prime Minister, Sir Cecil Wallace-Whitfield Building, Cable Beach": an address
                if nxt and _LOWER_WORD.search(nxt.group()):
                    nxt = None
                if not nxt:
                    nxt = _POSSESSIVE_APPOSITION.match(text, mc.end()) or _RESIDENT_IN.match(text, mc.end())
                if not nxt:
                    break
                pos = nxt.end()
    trusted = set()
    for mt in SLOT_WORD.finditer(text, max(0, s - 20), e):
        if mt.end() >= s:
            anchors.append((mt.end(), None, None))
            if mt.group().startswith("counterpart"):
                trusted.add(mt.end())       # "his counterpart, S. Raghavan."
    body_titles = {}
    if present:     # "Also taking part were Dr A, ...; Ulrike B, the Office's Commissioner ...; and C, ..."
        for ms in _ITEM_BREAK.finditer(text, s, e):
            anchors.append((ms.end(), None, None))
        # "Hokotehi Moriori Trust chair Miriama Tapu": a body's name, its office in lower case, the name
        for mt in _BODY_LOWER_TITLE.finditer(text, s, e):
            anchors.append((mt.end(), None, None))
            trusted.add(mt.end())
            body_titles[mt.end()] = (mt.start(), mt.end() - len(mt.group()) + len(mt.group().rstrip()))
    # a name opening the sentence: "Jean Roy, Minister for ..., spoke with ..."
    lead_in = _LEAD_IN.match(text, s)
    anchors.append((lead_in.end(), None, None))
    if roster:
        for mr in _ROLL_BREAK.finditer(text, s, e):
            anchors.append((mr.end(), None, None))
            trusted.add(mr.end())
        trusted.add(lead_in.end())
    if item:
        trusted.add(lead_in.end())      # "- Rania Haddad, of the Arab Women Mediators Network"
    for pos, office, title_end in anchors:
        # "the Minister of Foreign Affairs, Cooperation and Regional Integration of Cabo Verde, Mr. X":
        # the office's words run to the comma before the name
        office_title = [(office.titles[0][0], max(office.titles[0][1], title_end))] if office is not None else []
        if office is not None:
            named = next((p for p in people if p.start == pos and (not p.titles or _rank_only(text, p))), None)
            if named is not None:
                # "Egypt's Minister of Foreign Affairs, Dr Badr Abdelatty"; "the Chief of the General Staff of the
                # Croatian Armed Forces, General Zvonimir Matić": the office, then the rank worn before the name
                named.titles = office_title + named.titles
        if pos >= e or any(p.start <= pos < p.end for p in people):
            continue
        bare = index.bare_name_at(pos, single_ok=office is not None)
        if bare is None or bare.end > e:
            continue
        if any(o.kind == "office" and o is not office and o.start < bare.end and bare.start < o.end for o in found):
            continue        # "O Ministro dos Negócios Estrangeiros, X": an office's own capitals, no name
        if BUILDING_AFTER.match(text, bare.end):
            continue        # "the Office of the Prime Minister, Greaham Louisy Administrative Building": a building
        if office is not None and _REMIT_PART.match(text, pos, bare.end + 1):
            continue        # "la directora de Asia, África y Oceanía, embajadora X": the office's remit, then its holder
        # (a roll's next names are no title of the one before: "A, B and C")
        post = [] if roster and pos in trusted else index.post_title(bare)
        # "Vladimir Putin had a telephone conversation with ...": a name heading the sentence, then the verb
        if pos == lead_in.end() and office is None and not item and _DATELINE_AFTER.match(text, bare.end):
            continue          # "Fort Nelson, B.C. – Mayor X hosted ...": the dateline's town, no person
        heads = pos == lead_in.end() and _VERB_NEXT.match(text, bare.end) is not None
        lower_title = LOWER_TITLE_AFTER.match(text, bare.end) if office is None and not post else None
        if lower_title is None and present and office is None and not post:
            lower_title = AFFILIATION_AFTER.match(text, bare.end)
        if office is None and not post and pos not in trusted and not heads and lower_title is None:
            continue          # a bare name needs a title beside it to count as a person
        if lower_title is not None:     # "Talks between X, vice-minister of foreign affairs of ..., and Y"
            post = [(lower_title.start("title"), lower_title.end("title"))]
        bare.titles = post or office_title or ([body_titles[pos]] if pos in body_titles else [])
        if office is not None:
            bare.start = office.start
        people.append(bare)
    people.sort(key=lambda m: m.start)
    # drop a bare name swallowed by a wider mention
    out: list[Mention] = []
    for m in people:
        if out and m.name_tokens and out[-1].name_tokens and m.name_start < out[-1].name_end:
            continue
        if not m.titles and m.kind == "honorific" and (lower := LOWER_TITLE_AFTER.match(text, m.end)) is not None:
            m.titles = [lower.span("title")]    # "Daw Khin Mar Lwin, director-general of the ASEAN affairs department"
        out.append(m)
    return out


RANKS = frozenset({"General", "Colonel", "Lieutenant", "Major", "Captain", "Admiral", "Commodore", "Brigadier",
                   "Commander", "Marshal", "Lieutenant-General", "Major-General", "Lieutenant-Colonel",
                   "Rear-Admiral", "Vice-Admiral", "Air", "Rear", "Vice", "Brigadier-General"})


# forms of address worn before a name under an office: "the Lord Mayor of Hobart, Councillor Bronwyn F."
ADDRESS_FORMS = frozenset({"Councillor", "Cr", "Alderman", "Senator", "Ambassador"})


def _rank_only(text: str, m: Mention) -> bool:
    """A mention whose only title is a military rank or a form of address at its head ("General
    Zvonimir Matić", "Councillor Bronwyn F.")."""
    if m.kind != "title" or len(m.titles) != 1 or m.titles[0][0] != m.start:
        return False
    return all(w in RANKS or w in ADDRESS_FORMS or w in ROMANCE_RANK_WORDS
               for w in text[m.titles[0][0]:m.titles[0][1]].split())


# the words of a Romance rank worn before a name under an office: "el Comandante del Ejército Brasileño, General de
# Ejército X", "capitana de navío Y"
ROMANCE_RANK_WORDS = frozenset({"General", "general", "Coronel", "coronel", "Capitán", "capitán", "Capitana", "capitana",
                                "Teniente", "teniente", "Almirante", "almirante", "Vicealmirante", "vicealmirante",
                                "Contralmirante", "contralmirante", "Comandante", "comandante", "de", "del", "do", "da",
                                "Ejército", "Exército", "Armada", "Fragata", "fragata", "Corbeta", "corbeta", "Navío",
                                "navío", "Brigada", "brigada", "División", "división", "Mar", "Guerra", "e", "Coronela",
                                "coronela", "Brigadeiro", "brigadeiro", "Tenente", "tenente", "Capitão", "capitão"})


# a group's label inside minutes' roll: "Also present: Delegation of the ... of the Republic of Poland: A, Chair; ..."
ROLL_LABEL = fastre.compile(r"(?:(?<=:)|(?<=\.))\s*(?P<label>[A-Z][^:.;\n]{3,120}):[ \t]+(?=[A-Z])")


def _label_sides(text: str, listed: list[Slot], start: int, stop: int) -> None:
    """Each name of a roll on the side its group's label names, when the label names one state."""
    labels = list(ROLL_LABEL.finditer(text, start, stop))
    for k, lab in enumerate(labels):
        until = labels[k + 1].start() if k + 1 < len(labels) else stop
        codes = {code for _, _, code in geo.find_countries(lab.group("label"))}
        if len(codes) != 1:
            continue
        code = codes.pop()
        for slot in listed:
            if lab.end() <= slot.mention.start < until and slot.side_country is None:
                slot.side_country = (code, lab.start("label"), lab.end("label"))


def _side(text: str, spec: str, start: int) -> tuple[str, int, int] | None:
    # "the Kenyan side", "the Brazilian Army delegation", "the Kaduna State delegation" (a province's)
    code = geo.side_country(spec) or (subdivision_country(spec) if spec[:1].isupper() else None)
    if code is None:
        return None
    idx = text.find(spec, start)
    return (code, idx, idx + len(spec)) if idx >= 0 else None


IN_THE_CHAIR = fastre.compile(r"(?:,?[ \t]*(?:MP|M\.P\.|MLA|MNA|MHA|TD))?,?\s+in\s+the\s+[Cc]hair\b")


def _in_the_chair(index: NameIndex, layout: Layout) -> tuple[Mention, tuple[int, int]] | None:
    """The person "in the chair" in the lead's paragraph, and the words that say so."""
    if layout.lead is None or "chair" not in index.text:
        return None
    para = layout.lead_paragraph or layout.lead
    for m in index.mentions_within(*para):
        hit = IN_THE_CHAIR.match(index.text, m.end) if m.kind != "office" else None
        if hit is not None:
            return m, (hit.start(), hit.end())
    return None


_RUN_ON = 200      # characters a slot pattern may read past the end of the sentence it starts in


def _sentences_with_slots(text: str, low: str, start: int, stop: int, sentences: list[tuple[int, int]],
                          slots: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]) -> set[int]:
    """The starts of the sentences in which a slot pattern matches. A pattern is tried only on
    the sentences holding one of its keywords (found by substring search in C, `low` being the
    lower-cased text from `start`): a case-blind alternation run over the whole body was the
    largest single cost of role reading."""
    sentence_starts = [s for s, _ in sentences]
    found: set[int] = set()
    for pattern, keywords in slots:
        candidates = set()
        for keyword in keywords:
            at = low.find(keyword)
            while at >= 0:
                # the sentence holding the keyword's end, and the one before (a match may run on)
                k = bisect.bisect_right(sentence_starts, start + at + len(keyword) - 1) - 1
                candidates.update((k, k - 1))
                at = low.find(keyword, at + len(keyword))
        for k in sorted(candidates):
            if k < 0:
                continue
            s, e = sentences[k]
            # a match starting in the sentence, its look-ahead free to read a little beyond
            m = None if s in found else pattern.search(text, s, min(stop, e + _RUN_ON))
            if m is not None and m.start() < e:
                found.add(s)
    return found


_OPENING_QUOTE = fastre.compile(r"\s*[\"“]")


def _opening_quote_end(text: str, s: int, e: int) -> int:
    """Where a sentence's opening quotation ends (its start when it opens with none)."""
    m = _OPENING_QUOTE.match(text, s, e)
    if m is None:
        return s
    close = min((i for i in (text.find('"', m.end(), e), text.find("”", m.end(), e)) if i >= 0), default=-1)
    return close if close >= 0 else s


# a delegation, not a person, as the lead's subject: "The delegation began its programme ...", "The
# five-member delegation of the Parliament of India paid a courtesy call on ..."
GROUP_SUBJECT = fastre.compile(r"\s*(?:(?:This|That|Later|Earlier|In\s+the|On)\b[^,;.]{0,40},\s*)?"   # "This morning, the delegation met"
                               r"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)\b[^,;.]{0,80}?"
                               # "A delegation from Gyeongsangnam-do, Republic of Korea, Kyoto's sister province, paid"
                               r"(?:,[^,;.]{1,60}){0,3}?,?"
                               r"(?:\s+(?:began|opened|started)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:programme|program|"
                               r"visit|day|engagements)\b[^,;.]{0,60}?)?\s*$")
LED_BY = fastre.compile(r"\b(?:led|headed)\s+by\b")
NAME_TABLE_HEADER = fastre.compile(r"(?m)^(?P<word>[^\n|]{0,40}\|[ \t]*Names?[ \t]*(?:\|[^\n]*)?)\n")
PARTICIPANTS_COLON = fastre.compile(r"(?m)^[ \t]*(?P<word>Participants|List\s+of\s+participants)[ \t]*:[ \t]*\n")
# a group's own line between two listed people: "KASA", "Philippine Embassy in Seoul"
_GROUP_BETWEEN = fastre.compile(r"\n[ \t]*[^\s\-•*–\d(|][^\n]{0,80}\n")
PARTICIPANTS_TABLE = fastre.compile(r"(?m)^[ \t]*(?P<word>Participants|List\s+of\s+participants)[ \t]*:?[ \t]*\n(?=(?:[ \t]*\n)*[^\n]*\|)")
# a participants table's last cell: the part each one played
TABLE_PART = fastre.compile(r"\|[ \t]*(?:(?P<moderator>Moderator|Chair\b(?!\s*of))|Co-chair|Keynote|Presenter|Speaker|Panell?ist|"
                            r"Discussant|Rapporteur|Opening\s+remarks|Closing\s+remarks)[^|\n]*$", re.I)
VISITED_ON = fastre.compile(r"\b(?:call(?:ed)?\s+on|visit(?:ed)?|was\s+received\s+by|were\s+received\s+by|met(?:\s+with)?)\s+"
                            r"(?:the\s+)?[^.;]{0,80}$")
# "Sen. A has returned to Monrovia after leading a four-member Senate delegation to ...": its head, named before
LEADING = fastre.compile(r"\b(?:leading|leads|led|heading|heads|headed)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b")


# "A six-member delegation of the Senate of the Republic of Kenya, led by ...": whose delegation
DELEGATION_OF = fastre.compile(r"\bdelegation\s+of\s+(?P<of>[^;:]{3,120}?),?\s+(?:led|headed)\s+by\b")


def _group_head(index: NameIndex, start: int, before: int, floor: int) -> tuple[Mention, tuple[str, int, int] | None] | None:
    """Who leads the delegation, named where it was "led by" above the lead's sentence, and the
    state the delegation comes from where the same words say ("a delegation of the Senate of Kenya")."""
    found = None
    for s, e in index.doc.sentences(max(floor, start - 1500), before):
        for m in LEADING.finditer(index.text, s, e):
            named = _with_bare(index, s, m.start())
            if named:
                found = (named[-1], None)
    for m in LED_BY.finditer(index.text, max(floor, start - 1500), before):
        named = _with_bare(index, m.end(), min(before, m.end() + 200))
        if named:
            of = DELEGATION_OF.search(index.text, max(floor, m.start() - 160), m.end())
            countries = index.doc.countries(*of.span("of")) if of is not None else []
            side = countries[-1] if countries and len({c for _, _, c in countries}) == 1 else None
            found = (named[0], (side[2], side[0], side[1]) if side else None)
    return found


def assign_roles(doc: Doc, layout: Layout, index: NameIndex, event_type: str | None) -> Roles:
    text = doc.text
    slots: list[Slot] = []
    office = None
    main_verb = None
    sentences = doc.sentences(layout.dateline_end, layout.body_end)
    lead = layout.lead
    lead_sents = [(s, e) for s, e in sentences if lead and layout.lead_paragraph
                  and layout.lead_paragraph[0] <= s < max(layout.lead_paragraph[1], lead[1])]
    if lead and lead not in lead_sents:
        lead_sents.insert(0, lead)

    # 1. Subject and objects of the lead (or the first sentence of the lead paragraph that has them).
    before: list[Mention] = []           # the people of the lead sentences already read
    above: list[Mention] = []            # ... and of the sentence above the lead, even across a paragraph
    if lead:
        # (not a paragraph's number alone: "2.")
        prior = [(ps, pe) for ps, pe in sentences if pe <= lead[0] and text[ps:pe].strip(" \t\n.)0123456789")]
        above = _with_bare(index, *prior[-1]) if prior else []
        if prior and "\n\n" not in text[prior[-1][1]:lead[0]]:
            before = above      # "X undertook a visit. He held a meeting ..."
    for s, e in itertools.chain(lead_sents[:4], _next_paragraph_lead(index, layout, sentences)):
        verb = None
        group_side = None       # the state of a delegation that is the lead's subject
        quoted_until = _opening_quote_end(text, s, e)
        for v in MAIN_VERB.finditer(text, s, e):
            if v.start() < quoted_until:
                continue        # '"Peace was not signed into being," Minister X told ...': the quote's verbs are hers
            if _WHO_IS.search(text[max(s, v.start() - 30):v.start()]):
                continue
            if text[max(s, v.start() - 5):v.start()].rstrip().endswith("also"):
                continue        # "X and Y also took part": those who attended, not who met
            verb = v
            break
        if verb is None:
            before = _with_bare(index, s, e)
            fronted_call = FRONTED_CALL.match(text, s, e)
            if fronted_call is not None and len(before) >= 2 and before[0].start - fronted_call.end() < 5 \
                    and COORDINATED.fullmatch(text, _after_titles(before[0]), _before_titles(before[1])):
                # "In a call today, Prime Minister A and Prime Minister B of Japan reaffirmed ...": the pair
                main_verb = fronted_call.span()
                slots.append(Slot(before[0], "principal", main_verb))
                slots.append(Slot(before[1], "counterpart", main_verb))
                break
            continue
        people = _with_bare(index, s, e)
        reported = None
        for reported in REPORTED.finditer(text, s, verb.start()):
            pass                # "Spokesperson X stated that FM Y met ...": the clause after "that"
        clause = reported.end() if reported is not None else s
        fronted = FRONTED_WITH.match(text, clause, verb.start())
        if fronted is not None:
            clause = fronted.end()  # "With Prime Minister X in Wellington ..., the Deputy ... met": not X
        offices = [m for m in _mentions_in(index, clause, verb.start(), people_only=False) if m.kind == "office"]
        subject = [m for m in people if clause <= m.start and m.end <= verb.start()]
        if offices and not subject and THE_TWO_SUBJECT.match(text, clause, verb.start()):
            offices = []        # "the two Prime Ministers held talks": the pair named above, no office of its own
        passive_by = _PASSIVE_BY.search(text[verb.start() - 10:e])
        objects = [m for m in people if m.start >= verb.end()]
        if not objects and verb.group("post"):
            # "... with @MFA_MoldovaFM Victor Rusnac": the name after the handle
            at = _HANDLE.match(text, verb.end())
            named = index.bare_name_at(at.end()) if at is not None else None
            objects = [named] if named is not None and named.end <= e else []
        if not objects:
            # "... met the Director-General on Tuesday": the office's holder, named in a sentence before
            holder = _office_holder_before(index, verb.end(), e, s) or _office_holder_after(index, verb.end(), e)
            objects = [holder] if holder is not None else []
        co_authors: list[Mention] = []
        if not subject and not offices:
            authors = _first_person_authors(index, layout, s, verb.start())
            if authors:
                subject = authors[:1]   # "Today I welcomed ...", from the minister's own release
                co_authors = authors[1:]
            elif len(before or above) == 1 and PRONOUN_SUBJECT.match(text, s, verb.start()):
                # "X undertook a visit to Kabul. He held a meeting with ...", and across a paragraph:
                # "X has said that ... // He expressed these views while meeting ..."
                subject = before or above
            elif verb.group("post") and (author := _post_author(index, s)) is not None:
                subject = [author]      # "Good call this morning with X", under the post's author
            elif len(before or above) == 2 and THE_TWO_SUBJECT.match(text, s, verb.start()):
                # "A and B agreed yesterday to ... . // The two held a video conference ...": the pair above
                subject = before or above
                if not objects and not COORDINATED.fullmatch(text, _after_titles(subject[0]), _before_titles(subject[1])):
                    # "At the invitation of A, B paid a visit ... // The two Prime Ministers held talks"
                    subject, objects = subject[:1], subject[1:]
            elif len(before or above) < 2 and (headline := _headline(text, layout, prior)) is not None \
                    and THE_TWO_SUBJECT.match(text, s, verb.start()) \
                    and (pair := _pair_of_the_title(index, headline, layout.body_end)) is not None:
                # "Prime Minister A spoke with the Prime Minister of Iceland" over "The two leaders spoke by
                # telephone ...": the headline's pair, the office's holder named further down
                subject, objects = [pair[0]], [pair[1]]
            elif len(before or above) == 1 and PASSIVE_PRONOUN.match(text, s, verb.start()) and passive_by:
                subject = before or above   # "... began a visit to Nepal. // At 10:30 a.m., she was received by Y"
            elif len(before or above) == 1 and OWN_MEETING.match(verb.group()):
                subject = before or above   # "..., said Minister X. // He said ... during his meeting with Y"
        if not subject and not offices and len(objects) >= 2 and (
                HELD_BETWEEN.match(text, verb.start(), e) or CHAIRED_COLON.match(text, verb.start(), e)):
            # "A telephone conversation was held today between Minister A and Deputy Prime Minister B"; "The
            # co-chairs, Germany and Peru, chaired the meeting: for Germany, Ms. A, and for Peru, Ambassador B"
            subject, objects = objects[:1], objects[1:]
        body_subject = BODY_SUBJECT.fullmatch(text, clause, verb.start()) if not subject and not offices and objects \
            else None
        if body_subject is not None:
            # "The Chair of the Board, Ms X, said ...": the body's own head, named further on, leads it
            body = "body" if body_subject.group("body") else "body2"
            head = _head_of_body(index, body_subject.group(body), e, layout.body_end)
            if head is not None:
                slots.append(Slot(head, "principal", body_subject.span(body)))
        if not subject and not offices and objects and not body_subject \
                and GROUP_SUBJECT.fullmatch(text, clause, verb.start()) is not None:
            # "The delegation began its programme with a courtesy call on the Speaker ..., Hon. X": the
            # delegation's head (named where it was "led by") leads it, the one it called on is the other side
            led = _group_head(index, layout.lead_paragraph[0] if layout.lead_paragraph else s, s, layout.dateline_end)
            if led is not None and led[0] not in objects:
                subject = [led[0]]
                group_side = led[1]
            elif led is None and VISITED_ON.search(text, verb.start(), objects[0].start):
                # "A delegation from Gyeongsangnam-do paid a courtesy call on Vice-Governor X": a delegation no one
                # is named to lead visits, and the one it calls on receives it, at home
                main_verb = (verb.start(), verb.end())
                slots.append(Slot(objects[0], "principal", main_verb))
                break
        if not subject and not offices and not (passive_by and objects) and not body_subject:
            if PASSIVE_COCHAIR.search(text, s, e):
                break
            continue
        main_verb = (verb.start(), verb.end())
        if subject:
            groups = [m for m in subject if m.group is not None and m.group == subject[0].group]
            first = subject[0]
            # a chair who holds no office of government is the moderator (GOLD.md), a minister the principal
            chaired_alone = verb.group() == "chaired" and not objects and not any(
                EXECUTIVE_WORDS.search(text, a, b) for a, b in first.titles)
            slots.append(Slot(first, "moderator" if chaired_alone else "principal", main_verb,
                              side_country=group_side if first is subject[0] else None))
            for m in co_authors:        # "Today we welcomed ...": every minister of a joint release leads
                slots.append(Slot(m, "principal", main_verb))
            for m in groups[1:]:
                slots.append(Slot(m, "counterpart", main_verb))
            # "Lord A and Defence Secretary B met C": both lead the publisher's side; "Mr. A, title,
            # and Ms. B, title, co-chaired the Dialogue" (no one else named): B is the other side
            previous = first
            for m in subject[1:]:
                if m in groups or not COORDINATED.fullmatch(text, _after_titles(previous),
                                                            _before_titles(m, _after_titles(previous))):
                    break
                slots.append(Slot(m, "principal" if objects else "counterpart", main_verb))
                previous = m
            # "A, together with B, met ...": other named subjects take part as principals' side
        elif offices:
            office = (offices[0], main_verb)
            if not objects and layout.lead_paragraph and not _with_bare(index, *layout.lead_paragraph):
                # a summary under the headline that names no one ("... when Iceland's Minister for
                # Foreign Affairs visited Nuuk"): the paragraph after it may say who met whom
                continue
        blocked_from = None
        for nb in NOT_OBJECT.finditer(text, verb.end(), e):
            if event_type in {"meal", "meeting", "courtesy_call"} and nb.group().lower().startswith(("hosted", "co-hosted")):
                continue        # "attended a working lunch hosted by the Chief Minister": the host took part
            blocked_from = nb.start()
            break
        along = ALONGSIDE.search(text, s, e)
        for m in objects:
            if blocked_from is not None and m.start > blocked_from:
                break
            if _inside_parens(text, s, m.start):
                continue
            role = "principal" if not subject and m is objects[0] and EVENT_HOSTED_BY.match(text, s, e) else "counterpart"
            if along and along.end() <= m.start and (subject and along.start() < verb.start() or along.start() > verb.end()):
                role = "speaker" if event_type in {"symposium", "dialogue"} else "counterpart"
            slots.append(Slot(m, role, main_verb))
        # "alongside X" before the verb: "Ms. A, alongside H.E. Ms. B, participated in ..."
        if along and along.start() < verb.start():
            for m in subject[1:]:
                if m.start > along.start():
                    role = "speaker" if event_type in {"symposium", "dialogue"} else "counterpart"
                    slots.append(Slot(m, role, (along.start(), along.end())))
            slots[:] = [sl for sl in slots if not (sl.role == "counterpart" and sl.mention in subject[1:]
                                                    and sl.mention.group is None)] + []
        if subject and objects and verb.group().startswith("presented"):
            # "Ambassador X presented her credentials to Ms. Y, Director-General of ...": Y receives, X calls
            for sl in slots:
                if sl.mention is subject[0] and sl.role == "principal":
                    sl.role = "counterpart"
                elif sl.mention is objects[0] and sl.role == "counterpart":
                    sl.role = "principal"
        break

    if main_verb and TRAVEL_VERB.fullmatch(text, *main_verb) and not any(sl.role == "counterpart" for sl in slots):
        # "X travelled to Moldova today. In Chișinău she met ... with Y": the visit's meeting
        # (or in the next paragraph: "... visited Ankara for talks. // Mr. X met with the Deputy Minister, Y")
        after_lead = [(s, e) for s, e in sentences if layout.lead_paragraph and s >= layout.lead_paragraph[1]][:2]
        visitor = next((sl.mention for sl in slots if sl.role == "principal"), None)
        slots.extend(_met_on_the_visit(index, [(s, e) for s, e in lead_sents if s >= main_verb[1]][:2] + after_lead,
                                       visitor))
    lead_roles = bool(slots)
    # the lead named who led, but not whom they met: the other delegation's head ("The network's
    # delegation was led by its national coordinator, Ms. X") is the counterpart
    lead_counterpart = any(sl.role == "counterpart" for sl in slots)
    lead_principal = any(sl.role == "principal" for sl in slots)
    delegations: list[tuple[tuple[str, int, int] | None, list[Mention], tuple[int, int]]] = []
    state_lists: list[list[Slot]] = []
    # 2. Patterns anywhere in the body.
    start, stop = layout.dateline_end, layout.body_end
    low = text[start:stop].lower()
    hits = _sentences_with_slots(text, low, start, stop, sentences,
                                 BODY_SLOTS + ((REMARK_SLOT,) if event_type in REMARKS_AT_EVENTS else ()))
    # at a meeting, sentences read for remarks alone: no other pattern can match there, so only that is tried
    remarks_only = _sentences_with_slots(text, low, start, stop, sentences, (REMARK_SLOT,)) - hits \
        if event_type in REMARKS_OF_NEWCOMERS else set()
    for s, e in sentences:
        if s not in hits and s not in remarks_only:
            continue
        if OTHER_OCCASION.match(text, s, e):
            continue        # "Earlier in the day, EAM took part in the Quad meeting ... also attended by ..."
        if s in remarks_only:
            slots.extend(_weak_remarks(index, slots, s, e))
            continue
        seg = text[s:e]
        for mc in PASSIVE_COCHAIR.finditer(text, s, e):
            # "..., with Professor X, ..., as moderator": the co-chairs end where the moderator is named
            moderated = WITH_AS_MODERATOR.search(text, mc.end(), e)
            people = _with_bare(index, mc.end(), moderated.start() if moderated else e)
            chair = CHAIRED_BY.search(text, s, mc.start())
            if chair is not None and not any(sl.role == "principal" for sl in slots):
                # "The meeting was chaired by A, and co-chaired by B": A leads, B is the other side
                leads = _with_bare(index, chair.end(), mc.start())[:1]
                for m in leads:
                    slots.append(Slot(m, "principal", (chair.start(), chair.end())))
            has_principal = any(sl.role == "principal" for sl in slots)
            # "The JMC was preceded by a Senior Officials' Meeting co-chaired by A and B": they chaired
            # another meeting, and are at this one
            before = PRECEDED_BY.search(text, s, mc.start()) is not None and has_principal
            for k, m in enumerate(people[:3]):
                role = "attendee" if before else "principal" if k == 0 and not has_principal else "counterpart"
                slots.append(Slot(m, role, (mc.start(), mc.end()), side_country=_behalf(text, mc.end(), m)))
        if not PASSIVE_COCHAIR.search(seg):
            for mm in MODERATOR.finditer(text, s, e):
                if _in_table_cell(text, mm.start()):
                    continue
                if ANOTHER_SESSION.search(text, max(s, mm.start() - 90), mm.start()):
                    continue    # "the last ordinary session ..., chaired by X", "next year, to be chaired by Y"
                if SIDE_CHAIRED.search(text, max(s, mm.start() - 60), mm.end()):
                    continue    # "The Bahraini side was chaired by X": a delegation's head, not a moderator
                people = _with_bare(index, mm.end(), e)
                if not people and (noun := ROLE_NOUN.match(text, mm.end(), e)) is not None:
                    # "moderated by the journalist Ivalo Kleist of KNR": a trade before a bare name
                    named = index.bare_name_at(noun.end())
                    people = [named] if named is not None else []
                elif not people:
                    # "Moderó el segundo panel Mercedes Villagrán Ortiz, ...": the name right after the verb's object;
                    # "moderated by Joseph Mutua of the Kenya School of Government": a name alone after "by"
                    named = index.bare_name_at(mm.end() + 1)
                    people = [named] if named is not None else []
                if people:
                    # "The Association Council ... was chaired by the High Representative/Vice-President,
                    # Josep Borrell": who chairs a meeting of governments holding an office leads it
                    governs = mm.group().lower().startswith(("chaired", "presided", "présid", "presidid", "presied")) and event_type != "symposium" \
                        and any(EXECUTIVE_WORDS.search(text, a, b) or BODY_CHAIR.match(text, a, b)
                                for a, b in people[0].titles)
                    led = any(sl.role == "principal" for sl in slots)
                    if not led and mm.group().lower().startswith(("chaired", "presided", "présid", "presidid", "presied")) \
                            and OPENING_CHAIRED.match(text, s, mm.start()):
                        governs = True      # "The opening session was chaired by the Regional Director, Ms. X": the host
                    # ... and at a summit the publisher's leader attended, the chair is the other side
                    role = "moderator" if not governs else "principal" if not led \
                        else "counterpart" if event_type in {"meeting", "meal"} else "moderator"
                    slots.append(Slot(people[0], role, (mm.start(), mm.end())))
                    if role == "moderator" and (line := MODERATOR_LINE.match(text, mm.start())) is not None:
                        # "Moderated by Ms. X, Programme Specialist" on a line of its own over the panel's bullets
                        for ls, le in _list_lines(text, line.end(), layout.body_end):
                            slots.extend(Slot(m, "speaker", (mm.start(), mm.end()))
                                         for m in _with_bare(index, ls, le, item=True)[:1])
        for mm in MODERATED_THE.finditer(text, s, e):
            # the clause's subject: "The morning session was chaired by A, while B chaired the afternoon session"
            clause = max((c.end() for c in CLAUSE_START.finditer(text, s, mm.start())), default=s)
            before = _with_bare(index, clause, mm.start()) or _with_bare(index, s, mm.start())
            if before:
                slots.append(Slot(before[0], "moderator", (mm.start(), mm.end())))
        for mc in CREDENTIALS_BY.finditer(text, s, e):
            # "Credentials were presented by:" and the ambassadors listed below (or named after it): the other side
            below = LINE_END.match(text, mc.end())
            named = [sl.mention for sl in _listed(index, below.end(), layout.body_end, mc.span(), None)] \
                if below is not None else _with_bare(index, mc.end(), e)
            for m in named:
                slots.append(Slot(m, "counterpart", mc.span()))
        for mm in WITH_AS_MODERATOR.finditer(text, s, e):
            named = _with_bare(index, mm.start("who"), mm.end("who"))
            if named:
                slots.append(Slot(named[0], "moderator", (mm.start(), mm.end())))
        for ms in SPEAKERS_AFTER.finditer(text, s, e):
            stop = _list_end(text, ms.end(), e)
            named = [m for m in _with_bare(index, ms.end(), stop) if not SPOKEN_FOR.search(text, max(s, m.start - 30), m.start)]
            if ms.group().lower().startswith(("in ", "he ", "she ")):
                named = named[:1]       # "In her opening remarks, X conveyed a message from Y": X alone spoke
                #                         ("She was followed by Ms. X, Chair of the Association ...": X, the next)
            for m in named:
                slots.append(Slot(m, "speaker", (ms.start(), ms.end())))
        for mb in SPEAKERS_BEFORE.finditer(text, s, e):
            for m in _with_bare(index, s, mb.start()):
                slots.append(Slot(m, "speaker", (mb.start(), mb.end())))
        if "chief guest" in low:
            for mc in CHIEF_GUEST.finditer(text, s, e):
                # "Foreign Secretary X was present as the chief guest": the event's principal guest leads it,
                # unless someone already does (then a speaker)
                led = any(sl.role == "principal" for sl in slots)
                for m in _with_bare(index, s, mc.start())[:1]:
                    slots.append(Slot(m, "speaker" if led else "principal", (mc.start(), mc.end())))
        for mb in ATTENDEES_BEFORE.finditer(text, s, e):
            companion = _joins_a_counterpart(index, slots, mb, e)
            for m in _with_bare(index, s, mb.start()):
                slots.append(Slot(m, "attendee", (mb.start(), mb.end()), other_side=companion is not None,
                                  companion=companion))
            as_did = AS_DID.match(text, mb.end(), e)
            if as_did is not None:      # "X took part in the talks, as did the Director ..., Mr. Y."
                for m in _with_bare(index, as_did.end(), e):
                    slots.append(Slot(m, "attendee", (mb.start(), as_did.end())))
            together = TOGETHER_WITH.match(text, mb.end(), e)
            if together is not None:    # "X also took part, together with Ms. Y, Senior Adviser ..."
                for m in _with_bare(index, together.end(), e):
                    slots.append(Slot(m, "attendee", (mb.start(), together.end())))
        slots.extend(_co_hosts(index, slots, s, e))
        for msig in SIGNED_BY.finditer(text, s, e):
            presence = PRESENCE_OF.search(text, msig.end(), e)
            led = any(sl.role == "principal" for sl in slots)
            for k, m in enumerate(_with_bare(index, msig.end(), presence.start() if presence else e)[:2]):
                # when the meeting's principals are known, who signs for them attends
                role = "attendee" if led else "principal" if k == 0 else "counterpart"
                slots.append(Slot(m, role, (msig.start(), msig.end())))
        if event_type in REMARKS_AT_EVENTS:
            slots.extend(_remarks(index, slots, s, e))
        elif event_type in REMARKS_OF_NEWCOMERS:
            slots.extend(_weak_remarks(index, slots, s, e))
        for slot_line in PROGRAMME_SLOT.finditer(text, s, e):
            line_end = text.find("\n", slot_line.end())
            line_end = len(text) if line_end < 0 else line_end
            for m in _with_bare(index, slot_line.end(), line_end, item=True)[:1]:
                host = slot_line.group("welcome") and not any(sl.role == "principal" for sl in slots)
                slots.append(Slot(m, "principal" if host else "speaker", (slot_line.start(), slot_line.end())))
        for label in PROGRAMME_ROLE.finditer(text, s, e):
            if _in_table_cell(text, label.start()):
                continue
            role = "moderator" if label.group("moderator") else "speaker"
            if role == "speaker" and _LAUNCHES.search(label.group()) and not any(sl.role == "principal" for sl in slots):
                role = "principal"      # "Keynote address and official launch: Hon. X": who launches it leads
            line_end = text.find("\n", label.end())
            line_end = len(text) if line_end < 0 else line_end
            named = _with_bare(index, label.end(), line_end)
            if not named:       # "Panel:" and the panellists on the lines below
                named = [m for ls, le in _list_lines(text, line_end, layout.body_end)
                         for m in _with_bare(index, ls, le)[:1]]
            if not named and line_end < len(text):
                # 'Keynote: "Twenty-five years of ..."' and, on the next line, who gives it
                nxt = text.find("\n", line_end + 1)
                nxt = len(text) if nxt < 0 else nxt
                named = _with_bare(index, line_end + 1, nxt, item=True)[:1]
            for m in named[:1] if role == "moderator" else named:
                slots.append(Slot(m, role, (label.start(), label.end())))
        intro = LIST_INTRO.search(text, s, e) or LABEL_AFTER_SENTENCE.search(text, s, e)
        if intro is not None:       # "the following panelists made presentations:" and a list below
            lines = _list_lines(text, e, layout.body_end)
            if not lines and text[intro.start():e].rstrip().endswith(":"):
                lines = _people_lines(index, e, layout.body_end)
            for ls, le in lines:
                for m in _with_bare(index, ls, le, item=True)[:1]:
                    slots.append(Slot(m, "speaker", (intro.start(), intro.end())))
        for mo in OPENED_BY.finditer(text, s, e):
            openers = _with_bare(index, mo.end(), e)[:3]
            if openers and any(sl.role == "principal" for sl in slots):
                # "The session was inaugurated by the Vice-Chancellor, Ambassador X, who recalled ...": one
                # more who spoke, beside the co-chairs the lead named (at a gathering of many; a bilateral's
                # opener opened something else: "the Forum, opened by President X", beside whose margins it met)
                if event_type in GATHERINGS and openers[0].start - mo.end() <= 80 and not any(openers[0].keys & sl.mention.keys for sl in slots):
                    slots.append(Slot(openers[0], "speaker", (mo.start(), mo.end())))
                continue
            if openers:
                slots.append(Slot(openers[0], "principal", (mo.start(), mo.end())))
                if len(openers) >= 2 and OPENED_TOGETHER.match(text, _after_titles(openers[0]), openers[1].start):
                    # "opened by Ireland's Permanent Representative, Ambassador A, together with the Permanent
                    # Representative of Norway, Ambassador B, and ..., Ambassador C": the co-hosts' heads
                    for m in openers[1:]:
                        slots.append(Slot(m, "counterpart", (mo.start(), mo.end())))
                    continue
                openers = openers[:2]
                # "opened by UNEP's Deputy Executive Director, Ms. A, and by South Australia's Minister ..., B":
                # the co-host's principal
                if len(openers) == 2 and (AND_BY.search(text, openers[0].end, openers[1].start) or (
                        CO_CHAIRS.search(text, layout.lead[0] if layout.lead else s, e)
                        and AND_NEXT.search(text, openers[0].end, openers[1].start))):
                    # ... or, at an event two co-chair, "opened by A, and B" (the co-chair's head)
                    slots.append(Slot(openers[1], "counterpart", (mo.start(), mo.end())))
        # "Opening the discussion, X said ...", "X opened the event", "X closed the roundtable"
        for mo in OPENING_FRONT.finditer(text, s, e):
            slots.extend(_opener(slots, _with_bare(index, mo.end(), e)[:1], mo))
        for mo in CLOSING_FRONT.finditer(text, s, e):
            closer = [m for m in _with_bare(index, mo.end(), e)[:1] if m.start - mo.end() <= 4]
            slots.extend(_opener(slots, closer, mo, closes=True))
        for mo in OPENED.finditer(text, s, e):
            slots.extend(_opener(slots, _with_bare(index, s, mo.start())[-1:], mo,
                                 closes=(mo.group("verb") or "").lower() == "closed"))
        for mo in PRESIDING.finditer(text, s, e):
            slots.extend(Slot(m, "principal", (mo.start(), mo.end())) for m in _with_bare(index, mo.start(), mo.end())[:1])
        for md in DELEGATION_MEMBERS.finditer(text, s, e):
            named = _SIDE_BEFORE.search(text, max(s, md.start() - 40), md.start())
            side = _side(text, named.group("side"), named.start()) if named else None
            stop = _list_end(text, md.end(), e, stop_at_side=True)
            for m in _with_bare(index, md.end(), stop):
                slots.append(Slot(m, "attendee", (md.start(), md.end()), side_country=side))
            colon = COLON_LINE_END.match(text, md.end()) or THE_FOLLOWING_COLON.match(text, md.end())
            if colon is not None:       # "The Sri Lanka delegation comprised:" and its members listed below
                slots.extend(_listed(index, colon.end(), layout.body_end, (md.start(), md.end()), side))
        for mt in SIDE_TOOK_PART.finditer(text, s, e):
            side = _side(text, mt.group("side"), mt.start())
            for m in _with_bare(index, mt.start("side"), mt.start("verb")):
                slots.append(Slot(m, "attendee", (mt.start(), mt.end()), side_country=side))
        if not lead_roles or not lead_counterpart or not lead_principal:
            for md in DELEGATION_AFTER.finditer(text, s, e):
                spec = md.group("side") or md.group("side2") or md.group("side3") or md.group("side4")
                side = _side(text, spec, md.start()) if spec else None
                stop = _list_end(text, md.end(), e, stop_at_side=True)
                heads = [m for m in _with_bare(index, md.end(), stop) if not _after_clause(text, md.end(), m.start)]
                members = MEMBERS_AFTER_HEAD.search(text, md.end(), stop)
                if members is not None:
                    # "Tonga's delegation was led by Mr A, and included the High Commissioner, B": B attends
                    for m in heads:
                        if m.start >= members.end():
                            slots.append(Slot(m, "attendee", (members.start(), members.end()), side_country=side))
                    heads = [m for m in heads if m.start < members.start()]
                if md.group("side3") and len(heads) > 1:
                    # "The Falkland Islands were represented by MLA A, ..., together with MLA B and Mr C": A heads them
                    for m in heads[1:]:
                        slots.append(Slot(m, "attendee", (md.start(), md.end()), side_country=side))
                    heads = heads[:1]
                delegations.append((side, heads, (md.start(), md.end())))
            for md in ROMANCE_DELEGATION_LED.finditer(text, s, e) if any(k in low for k in ROMANCE_DELEGATION_KEYS) else ():
                side = _side(text, md.group("side") or md.group("side2") or md.group("side3"), md.start())
                stop = _list_end(text, md.end(), e, stop_at_side=True)
                delegations.append((side, _with_bare(index, md.end(), stop)[:1], (md.start(), md.end())))
            for md in DELEGATION_BEFORE.finditer(text, s, e):
                side = _side(text, md.group("side") or md.group("side2"), md.start())
                delegations.append((side, _with_bare(index, s, md.start())[-1:], (md.start(), md.end())))
        for ma in itertools.chain(ATTENDEES.finditer(text, s, e), SIDE_LINE.finditer(text, s, e),
                                  OTHER_LANGUAGE_ATTENDEES.finditer(text, s, e) if _other_language_attendees(seg.lower())
                                  else (),
                                  SIDE_ATTENDEES.finditer(text, s, e),
                                  ROMANCE_SIDE_ATTENDEES.finditer(text, s, e) if any(k in seg.lower() for k in ROMANCE_SIDE_KEYS)
                                  else (),
                                  ALSO_REPRESENTED.finditer(text, s, e) if "also represented by" in low else (),
                                  DELEGATION_HEADING.finditer(text, s, e) if "\ndelegation" in low else ()):
            groups = ma.groupdict()
            spec = next((groups[g] for g in ("side1", "side2", "side3", "side4", "side5", "side6", "side7", "side8", "side9",
                                             "side10", "side11", "side12", "side13", "side14", "side15", "side16", "side17",
                                             "side18", "side19", "side20", "side21", "side22", "side23", "side24",
                                             "side25", "side26", "side27", "side28")
                         if groups.get(g)), None)
            side = _side(text, spec, ma.start()) if spec else None
            stop = _list_end(text, ma.end(), e, stop_at_side=True)
            if groups.get("side24"):
                line_end = text.find("\n", ma.end())
                stop = min(stop, line_end if line_end >= 0 else stop)   # the state's own line
            companion, other_side = _accompanies_the_other_side(index, slots, s, ma)
            body = None if side else _represented_body(index, ma.start(), ma.end())
            listed_here = []
            for m in _with_bare(index, ma.end(), stop, present=True, roster=groups.get("roster") is not None):
                if GAPPED_BY.match(text, m.end):
                    continue        # "A was joined by B, and Mr. C by D": C is joined, not joining
                listed_here.append(Slot(m, "attendee", (ma.start(), ma.end()), side_country=side,
                                        other_side=other_side, companion=companion, side_org=body))
            if groups.get("roll") is not None:
                _label_sides(text, listed_here, ma.end(), stop)
            if groups.get("side24"):
                # (a label no state names, "JMSDF: Rear Admiral X", counts only beside a state's list, below,
                # and only a body's name or acronym: "Contact: Mr. X" is no participant)
                if listed_here and (side is not None or _BODY_LABEL.fullmatch(spec)):
                    state_lists.append(listed_here)
                if side is None:
                    continue
            slots.extend(listed_here)
            # the colon right after the words, at the end of their line, or already inside the match
            # ... or a heading of its own line ("Annex: Composition of the delegations")
            colon = REST_TO_COLON.match(text, ma.end()) \
                or (LINE_END.match(text, ma.end()) if text[ma.end() - 1] in ":?" or HEADING_WORD_END.search(ma.group())
                    or ma.group().lstrip().startswith("Who") else None)
            if colon is not None:       # "The ceremony was also attended by:", "Also present at the meeting were:"
                for listed in _listed(index, colon.end(), layout.body_end, (ma.start(), ma.end()), side):
                    # "The Maldivian Foreign Minister was accompanied by a delegation comprising:": his side
                    listed.other_side, listed.companion = other_side, companion
                    slots.append(listed)
    # an event page's programme: "15:10 Introductions" over the lines of those who speak in that slot
    for heading in PROGRAMME_HEADING.finditer(text, layout.dateline_end, layout.body_end):
        for ls, le in _people_lines(index, heading.end(), layout.body_end, programme=True):
            for m in _with_bare(index, ls, le, item=True)[:1]:
                slots.append(Slot(m, "speaker", heading.span("word")))
    # "Attendees" as a heading of its own line, without its colon, over a list of those present
    if "attendees" in low or "in attendance" in low:
        for heading in ATTENDEES_HEADING.finditer(text, layout.lead[1] if layout.lead else 0, layout.body_end):
            slots.extend(_listed(index, heading.end(), layout.body_end, heading.span("word"), None))
    if "\nparticipants" in low:
        # "Participants" over a table whose last column says each one's part ("Co-chair; opening remarks",
        # "Moderator, Session 1", "Keynote", "Presenter", "Participant")
        for heading in PARTICIPANTS_TABLE.finditer(text, layout.lead[1] if layout.lead else 0, layout.body_end):
            for listed in _listed(index, heading.end(), layout.body_end, heading.span("word"), None):
                row_end = text.find("\n", listed.mention.end)
                part = TABLE_PART.search(text, listed.mention.end, len(text) if row_end < 0 else row_end)
                if part is not None:
                    listed.role = "moderator" if part.group("moderator") else "speaker"
                    listed.evidence = part.span()
                slots.append(listed)
    if "|" in low and "name" in low:
        # a table under its header row ("Country / Organisation | Name | Title"), whatever the heading above it
        for header in NAME_TABLE_HEADER.finditer(text, layout.lead[1] if layout.lead else 0, layout.body_end):
            if not any(sl.evidence == header.span("word") for sl in slots):
                slots.extend(_listed(index, header.end(), layout.body_end, header.span("word"), None))
    # minutes' roll under a heading of its own line: "PRESENT" / "1. Hon. A, MCA – Chairperson" / ..., "IN ATTENDANCE" /
    # "Delegation from the House of Representatives of Zanzibar" / "1. Hon. B – ..." (never "ABSENT WITH APOLOGY")
    if "present" in low or "attendance" in low:
        for heading in ROLL_HEADING.finditer(text, layout.dateline_end, layout.body_end):
            slots.extend(_roll(index, heading.end(), layout.body_end, heading.span("word")))
    # an event page's line-up: "Welcome remarks" / "Speakers" / "Moderator" as headings of their own lines, each over
    # the lines of those it names ("Dana X, Vice President for Studies, ...")
    for heading in ROLE_HEADING.finditer(text, layout.dateline_end, layout.body_end):
        word = heading.group("word").lower()
        role = "moderator" if word.startswith(("moderat", "chair", "facilitat")) else \
            "principal" if word.startswith("welcom") else "speaker"
        for ls, le in _people_lines(index, heading.end(), layout.body_end):
            for m in _with_bare(index, ls, le, item=True)[:1]:
                slots.append(Slot(m, role, heading.span("word")))
    if "participants:" in low:
        # "Participants:" over groups, each a body's or a side's name over its bullets ("PhilSA / - Engr. A, ...
        # / KASA / - B, ..."): with no one leading in the text, the first group's head leads, the second's is the
        # other side's
        for heading in PARTICIPANTS_COLON.finditer(text, layout.lead[1] if layout.lead else 0, layout.body_end):
            if PARTICIPANTS_TABLE.match(text, heading.start()):
                continue
            listed = _listed(index, heading.end(), layout.body_end, heading.span("word"), None)
            heads = [sl for k, sl in enumerate(listed)
                     if k > 0 and _GROUP_BETWEEN.search(text, listed[k - 1].mention.end, sl.mention.start)]
            if listed and heads and not any(sl.role in ("principal", "counterpart") for sl in slots):
                listed[0].role, heads[0].role = "principal", "counterpart"
                # the other side's group, up to the next group: its members came with its head
                first, rest = listed.index(heads[0]), heads[1:]
                for sl in listed[first + 1:listed.index(rest[0]) if rest else len(listed)]:
                    sl.other_side, sl.companion = True, heads[0].mention
            slots.extend(listed)
    # "Ont pris part à l'entretien :", "Estiveram presentes:": those listed below, in French,
    # Portuguese or Spanish pages
    if ROMANCE_PRESENT_KEYS.search(low):
        for intro in ROMANCE_PRESENT.finditer(text, layout.lead[1] if layout.lead else 0, layout.body_end):
            slots.extend(_listed(index, intro.end(), layout.body_end, (intro.start(), intro.end()), None))
    # "2. Participants / Japan: Mr. A, Commandant ...; Mr. B ... / Sri Lanka: Rear Admiral C, ...": with no one
    # leading in the text, each state's first named leads its side, the first state's being the principal
    if len(state_lists) >= 2 and any(listed[0].side_country for listed in state_lists) \
            and not any(sl.role in ("principal", "counterpart") for sl in slots):
        for k, listed in enumerate(state_lists):
            listed[0].role = "principal" if k == 0 else "counterpart"
            if listed[0].side_country is None:
                slots.extend(listed)
    # a dialogue between delegations and no one in the lead: the first side named leads
    # (the publisher's own, as readouts name it first), the other sides are counterparts
    first_side: list = []
    led = any(sl.role == "principal" for sl in slots)    # "chaired by the High Representative, ...": led already
    # "The meeting was co-chaired by A and B. ... The EFTA delegations were led by C, D and E": the co-chairs
    # lead the two sides; the delegations' heads attend
    chaired = led and any(sl.role == "counterpart" for sl in slots)
    for side, heads, evidence in sorted(delegations, key=lambda d: d[2][0]):
        # a side no state names ("the CIS delegation", "the SCO delegation") is told apart by its name
        named = _SIDE_NAME.search(text, *evidence)
        key = side[0] if side else named.group(1) if named else None
        first_side = first_side or [key]
        role = "attendee" if chaired else "principal" if key == first_side[0] and not led else "counterpart"
        body = None if side else _represented_body(index, *evidence)
        for m in heads:
            slots.append(Slot(m, role, evidence, side_country=side, side_org=body))
    # "..., Presidential Spokesperson Kang Yu-jung said in a written briefing": the source, not a party
    slots.extend(_coverage_speakers(text, index, layout))
    slots = [sl for sl in slots if sl.role == "principal" or not _is_source(index, sl.mention)]
    # "..., who delivered a written message from President A to the President of the Republic, Mr. B": the
    # message's sender and addressee, not there; "the Special Envoy of President A": whose envoy
    slots = [sl for sl in slots if not _ABSENT_PARTY.search(text, max(0, sl.mention.start - 120), sl.mention.start)]
    for sl in [sl for sl in slots if any(_ENVOY_OF_HEAD.search(text, a, b) for a, b in sl.mention.titles[:1])]:
        slots.remove(sl)
        # ... whose state is the envoy's, named next: "..., Minister of Fisheries Mr. Amadou S."
        envoy = min((o for o in slots if o.mention.start > sl.mention.end and o.side_country is None),
                    key=lambda o: o.mention.start, default=None)
        if envoy is not None and sl.mention.tail_country is not None:
            envoy.side_country = sl.mention.tail_country
    # "X, who had been due to close the Dialogue, was called away", "Y addressed the event in a video
    # message": named among those present, but not there
    absent = [sl.mention.keys for sl in slots if ABSENT.match(text, _after_titles(sl.mention))]
    if absent:
        slots = [sl for sl in slots if not any(sl.mention.keys and (sl.mention.keys <= keys or keys <= sl.mention.keys)
                                               for keys in absent)]
    chair = _in_the_chair(index, layout)
    if chair is not None and not any(sl.role == "principal" and sl.mention.keys == chair[0].keys for sl in slots):
        # "... at the Jatiya Sangsad Bhaban, with Committee Chairman Mr. X, MP in the chair": the host presides;
        # a visiting delegation's leader, read as principal before, is the other side
        slots = [Slot(sl.mention, "counterpart", sl.evidence, sl.side_country, sl.side_org) if sl.role == "principal" else sl
                 for sl in slots]
        slots.insert(0, Slot(chair[0], "principal", chair[1]))
    return Roles(slots=slots, principal_office=office, main_verb=main_verb)


# meetings coverage: a paragraph opens with the speaker's name in capitals, then the delegation or a
# title ("ROSALBA QUINTERO ARIZMENDI (Panama) said ...", "MAYSAA HADDAD-RIZK, co-founder of ...")
_CAPS_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.-]+"
COVERAGE_SPEAKER = fastre.compile(
    r"(?m)^[ \t]*(?:(?:Lieutenant|Major|Brigadier|Colonel|General|Captain|Admiral|Commander|Ambassador|Dr\.?|Mr\.?|"
    r"Ms\.?|Mrs\.?)[ \t]+)*(?P<name>" + _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r"){1,4})"
    r"(?:[ \t]*\((?P<country>[A-Z][^()\n]{1,40})\)|(?=,))")
# a body's name in capitals, not a speaker's: "MINISTRY OF TRADE AND INDUSTRY, SINGAPORE" under a statement
BODY_IN_CAPITALS = fastre.compile(r"\b(?:OF|AND|THE|FOR|MINISTRY|DEPARTMENT|OFFICE|REPUBLIC|GOVERNMENT|EMBASSY|MISSION|"
                                  r"SECRETARIAT|COMMISSION|COUNCIL)\b")
MIN_COVERAGE_SPEAKERS = 2      # one capitalised line is a heading; a coverage names several speakers so


def _coverage_speakers(text: str, index: NameIndex, layout: Layout) -> list[Slot]:
    start = layout.lead[1] if layout.lead else layout.dateline_end
    found = []
    for m in COVERAGE_SPEAKER.finditer(text, start, layout.body_end):
        named = index.bare_name_at(m.start("name"))
        if named is None or named.end != m.end("name") or BODY_IN_CAPITALS.search(m.group("name")):
            continue
        code = geo.country_code(m.group("country")) if m.group("country") else None
        side = (code, m.start("country"), m.end("country")) if code else None
        found.append(Slot(named, "speaker", (m.start(), m.end()), side_country=side))
    return found if len(found) >= MIN_COVERAGE_SPEAKERS else []


def _office_named(index: NameIndex, start: int, end: int) -> str | None:
    """The words of the first office named in [start, end) ("Governor of Alaska"), without "the"."""
    offices = [m for m in _mentions_in(index, start, end, people_only=False) if m.kind == "office"]
    if not offices:
        return None
    s, e = offices[0].titles[0]
    return squash(index.text[s:e]).removeprefix("the ").removeprefix("The ")


def _office_holder_before(index: NameIndex, start: int, end: int, before: int) -> Mention | None:
    """The one person named before `before` whose title begins with the office in [start, end)."""
    text = index.text
    wanted = _office_named(index, start, end)
    if wanted is None:
        return None
    found: dict[frozenset, Mention] = {}
    for m in index.mentions:
        if m.kind == "office" or m.end > before or not m.keys:
            continue
        for a, b in m.titles:
            if squash(text[a:b]).removeprefix("the ").removeprefix("The ").startswith(wanted):
                found.setdefault(frozenset(m.keys), m)
    return next(iter(found.values())) if len(found) == 1 else None


def _office_holder_after(index: NameIndex, start: int, end: int) -> Mention | None:
    """"... met with the Governor of Alaska by video conference", and further down "Governor Dale
    L.": the one person named after the sentence under a title that begins that office and names
    nothing else ("Governor"), when the office names a place or state ("of Alaska")."""
    text = index.text
    wanted = _office_named(index, start, end)
    if wanted is None or " of " not in wanted:
        return None
    found: dict[frozenset, Mention] = {}
    for m in index.mentions:
        if m.kind == "office" or m.start < end or not m.keys or len(m.titles) != 1:
            continue
        title = squash(text[m.titles[0][0]:m.titles[0][1]])
        if " " not in title and wanted.startswith(title + " of "):
            found.setdefault(frozenset(m.keys), m)
    return next(iter(found.values())) if len(found) == 1 else None


def _co_hosts(index: NameIndex, slots: list[Slot], s: int, e: int) -> list[Slot]:
    """Co-hosts of the event in [s, e) other than its principal: counterparts."""
    principal_keys = [sl.mention.keys for sl in slots if sl.role == "principal"]

    def other(m: Mention) -> bool:
        return not any(m.keys & keys for keys in principal_keys)

    out = []
    led = bool(principal_keys)
    for mc in CO_HOST_AFTER.finditer(index.text, s, e):
        named = _with_bare(index, mc.end(), _list_end(index.text, mc.end(), e))
        if not mc.group().lower().startswith("co") and not mc.group().rstrip(" ,").endswith("s"):
            named = named[:1]       # "As co-host, X, ..., spoke about ...": X alone ("As co-hosts, A and B")
        for m in [m for m in named if other(m)]:
            # "The launch was co-hosted by A and B" with no one leading yet: the first named leads
            out.append(Slot(m, "counterpart" if led else "principal", (mc.start(), mc.end())))
            led = True
    for mc in CO_HOST_BEFORE.finditer(index.text, s, e):
        named = _with_bare(index, s, mc.start())[:1]
        out += [Slot(m, "counterpart", (mc.start(), mc.end())) for m in named if other(m)]
    return out


def _represented_body(index: NameIndex, s: int, e: int) -> tuple[str, int, int] | None:
    """"The EFTA Secretariat was represented by ...": the international body whose people follow."""
    if "represented by" not in index.text[s:e]:
        return None
    return next(((name, bs, be) for bs, be, name in index.org_spans if bs < e and be > s), None)


def _opener(slots: list[Slot], found: list[Mention], match: re.Match, closes: bool = False) -> list[Slot]:
    """Who opens an event is the host's principal when none is known yet; otherwise, and
    whoever closes it, a speaker."""
    if not found:
        return []
    led = any(sl.role == "principal" for sl in slots)
    return [Slot(found[0], "speaker" if closes or led else "principal", (match.start(), match.end()))]


def _joins_a_counterpart(index: NameIndex, slots: list[Slot], match: re.Match, e: int) -> Mention | None:
    """"Deputy Minister Ms. X ... joined Minister Kearney-Walsh": they came with the other side
    (the counterpart they joined)."""
    if not match.group().lower().startswith(("accompanied", "joined")):
        return None
    joined = [m for m in _with_bare(index, match.start(), e) if m.start < match.end() + 2][:1]
    counterparts = [sl.mention.keys for sl in slots if sl.role == "counterpart"]
    return joined[0] if joined and any(joined[0].keys & keys for keys in counterparts) else None


def _accompanies_the_other_side(index: NameIndex, slots: list[Slot], s: int, match: re.Match
                                ) -> tuple[Mention | None, bool]:
    """"Prime Minister Marape was accompanied by his Foreign Minister, ...": people who come
    with someone belong to that person's side — the other side's when it is not the principal
    (whom they came with, and whether that is the other side)."""
    own_party = OWN_PARTY.match(index.text, match.end()) is not None
    if not own_party and not match.group().lower().startswith("accompanied"):
        return None, False
    before = [m for m in _with_bare(index, s, match.start())]
    if not before:
        # "The Ambassador was accompanied by ...": the office of a counterpart named before
        office = [m for m in _mentions_in(index, s, match.start(), people_only=False) if m.kind == "office"][-1:]
        fits = [sl for sl in slots if office and _office_fits(index.text, office[0], sl.mention)]
        if office and not fits:
            # "The Maldivian Foreign Minister was accompanied by ...": the leader of that nationality, whose
            # side those listed take (whichever side the text turns out to speak for)
            states = {code for _, _, code in geo.find_countries(index.text[office[0].start:office[0].end])}
            led = [sl.mention for sl in slots if states and sl.role in ("principal", "counterpart") and any(
                code in states for a, b in sl.mention.titles for _, _, code in geo.find_countries(index.text[a:b]))]
            if len(led) == 1:
                return led[0], True
        if not any(sl.role == "principal" for sl in fits):     # "The Minister ...": the principal's own
            before = [sl.mention for sl in fits if sl.role == "counterpart"][:1]
    if not before:
        return None, False
    # the nearest name before the verb is its subject: "A and B joined me, and Prime Minister C
    # was accompanied by"
    subject = before[-1]
    if not own_party:       # "Prime Minister Azlan was accompanied by the Minister ...": the counterpart's party
        other = any(subject.keys & sl.mention.keys for sl in slots if sl.role == "counterpart")
    else:
        other = not any(subject.keys & sl.mention.keys for sl in slots if sl.role == "principal")
    if other:
        return subject, True
    # the principal's party, for now: which side that is may change when the publisher's side is settled
    leads = any(subject.keys & sl.mention.keys for sl in slots if sl.role == "principal")
    return (subject, False) if leads else (None, False)


def _office_fits(text: str, office: Mention, person: Mention) -> bool:
    """"The Ambassador" (or "The Prime Minister") is the office in the person's own title."""
    words = squash(text[office.titles[0][0]:office.titles[0][1]]).lower().removeprefix("the ")
    return any(words in squash(text[a:b]).lower() for a, b in person.titles)


def _after_clause(text: str, start: int, pos: int) -> bool:
    """A name past the end of the clause a delegation phrase opens (", and the Vietnamese
    delegation by ..."): it belongs to the next clause."""
    return bool(re.search(r",?\s+(?:and|while)\s+the\s+[A-Z]", text[start:pos]))


def _other_language_attendees(low: str) -> bool:
    return any(k in low for k in _OTHER_LANGUAGE_KEYS)


_OTHER_LANGUAGE_KEYS = dict(BODY_SLOTS)[OTHER_LANGUAGE_ATTENDEES]


def _listed(index: NameIndex, start: int, stop: int, evidence: tuple[int, int],
            side: tuple[str, int, int] | None) -> list[Slot]:
    """Attendees listed below a colon: one person an item (a table row's first cell naming
    someone), each on the side its heading names, else on `side`."""
    out = []
    for s, e, heading_side in listed_rows(index.text, start, stop):
        cells = _cells(index.text, s, e)
        found = next(((k, m) for k, (cs, ce) in enumerate(cells) for m in _with_bare(index, cs, ce, item=True)[:1]), None)
        person = found[1] if found is not None else None
        if person is not None and not person.titles and found[0] + 1 < len(cells):
            # "Victor P.      Ambassador of the Republic of Moldova": the table's next cell is the title
            person.titles = [cells[found[0] + 1]]
        row_state = None
        if person is not None and found[0] > 0:
            # "Brunei Darussalam | Dr. X | Director ...": the row's state, in the cell before the name
            cs, ce = cells[found[0] - 1]
            code = geo.country_code(index.text[cs:ce].strip())
            row_state = (code, cs, ce) if code is not None else None
        if person is not None:
            out.append(Slot(person, "attendee", evidence, side_country=heading_side or row_state or side))
    return out


def _in_table_cell(text: str, pos: int) -> bool:
    """"... | Moderator, Session 1": a label in a table's cell gives the part of the one named in its row,
    not of a name below it."""
    return "|" in text[text.rfind("\n", 0, pos) + 1:pos]


_SPACED_DASH = fastre.compile(r"[ \t]+[-–—][ \t]+")


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A flattened table row's cells ("1. | Dr. X | Minister", or in runs of spaces), or the whole item."""
    if "|" not in text[s:e] and "   " not in text[s:e]:
        # "Rashad Guliyev - Head of the Department ...": a name, a spaced dash, the title
        dash = _SPACED_DASH.search(text, s, e)
        return [(s, dash.start()), (dash.end(), e)] if dash is not None else [(s, e)]
    out, pos = [], s
    for m in CELL_BREAK.finditer(text[s:e]):
        out.append((pos, s + m.start()))
        pos = s + m.end()
    out.append((pos, e))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out if text[a:b].strip()]


# what may stand between a list's bullets: a short heading line of a group, no sentence
_GROUP_HEADING = re.compile(r"\s*\n[ \t]*[A-ZÀ-Þ][^\n.:;]{1,60}[ \t]*\n\s*")


def _list_lines(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The bullet lines right after `start` ("- Dr. Mariam Haidari, Senior Adviser, UN Women")."""
    out = []
    style = None
    for m in BULLET_LINE.finditer(text, start, stop):
        # a group's heading of its own line may stand before its bullets ("Department of Foreign Affairs",
        # "Civil society and academia")
        gap = text[out[-1][1] if out else start:m.start()]
        if gap.strip() and not _GROUP_HEADING.fullmatch(gap):
            break
        # the list ends where its marks change: "- A / - B" then the readout's own "5. ..." points
        mark = m.group("mark")
        kind = "(1)" if mark[0] == "(" else "3.1" if "." in mark[:-1] else "1." if mark[0].isdigit() \
            else "a." if mark[0].isalpha() else mark
        if style is not None and kind != style:
            break
        style = kind
        out.append((m.start("item"), m.end("item")))
    return out


ROLL_HEADING = fastre.compile(r"(?im)^[ \t]*(?P<word>(?:members\s+)?present|in\s+attendance)[ \t]*:?[ \t]*\n"
                             r"(?=[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]|[^\n]{3,80}\n[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t])")
_ROLL_ITEM = fastre.compile(r"[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+")
_ROLL_END = fastre.compile(r"[ \t]*(?:absent|apolog|min\.|minute|agenda)", re.I)


def _roll(index: NameIndex, start: int, stop: int, evidence: tuple[int, int]) -> list[Slot]:
    """The people of a roll's items, each on the side its group's label names ("Delegation from the House of
    Representatives of Zanzibar"), until the roll of those absent or the minutes' first item."""
    text = index.text
    out: list[Slot] = []
    side = None
    pos = start
    while pos < stop:
        end = text.find("\n", pos, stop)
        end = stop if end < 0 else end
        line = text[pos:end]
        if line.strip() and _ROLL_END.match(line):
            break
        item = _ROLL_ITEM.match(text, pos, end)
        if item is not None:
            for m in _with_bare(index, item.end(), end, item=True)[:1]:
                out.append(Slot(m, "attendee", evidence, side_country=side))
        elif line.strip():
            if len(line) > 100:
                break           # prose: the roll has ended
            codes = {code for _, _, code in geo.find_countries(line)}
            side = (codes.pop(), pos, end) if len(codes) == 1 else None
        pos = end + 1
    return out


ROLE_HEADING = fastre.compile(r"(?m)^[ \t]*(?P<word>Speakers?|Panell?ists?|Presenters?|Discussants?|Moderators?|Moderated\s+by|"
                             r"Chair|Facilitators?|Welcome\s+(?:and\s+opening\s+)?remarks|Opening\s+remarks|"
                             r"Keynote(?:\s+(?:speaker|address|remarks))?|Closing\s+remarks)[ \t]*\n")
PROGRAMME_HEADING = fastre.compile(r"(?m)^[ \t]*(?P<word>Programme|Program|Agenda|Event\s+programme)[ \t]*:?[ \t]*$")
_SLOT_CLOCK = fastre.compile(r"[ \t]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?[ \t]+")


def _people_lines(index: NameIndex, start: int, stop: int, programme: bool = False) -> list[tuple[int, int]]:
    """Lines after `start`, without bullets, that each open with someone's name. A list under a
    colon ("Speakers were:" / "Assistant Secretary A, Office of ..." / "Ms. B, ...") ends at its first
    other line; a programme ("15:00 Opening" / "Dr A, ..." / "15:10 Introductions" / "Ms B, ...") steps
    over its slots' own lines, reads each name after the slot's clock, and ends at prose."""
    text = index.text
    out: list[tuple[int, int]] = []
    pos, blank = start, 0
    while pos < stop and len(out) < 30:
        end = text.find("\n", pos, stop)
        end = stop if end < 0 else end
        ls, le = pos, end
        pos = end + 1
        line = text[ls:le].strip()
        if not line:
            blank += 1
            if not programme and blank > (2 if not out else 1):     # (the colon's own line ends first)
                break
            continue
        blank = 0
        if programme:
            if len(line) > 220 or (line.endswith(".") and len(line.split()) > 14):
                break           # prose again: the programme has ended
            clock = _SLOT_CLOCK.match(text, ls, le)
            if clock is not None:
                ls = clock.end()
        elif len(line) > 300 or line.endswith(":"):
            break
        while ls < le and text[ls].isspace():
            ls += 1
        first = _with_bare(index, ls, le, item=True)[:1]
        if first and first[0].start - ls <= 2:
            out.append((ls, le))
        elif not programme:
            break               # the prose resumes: the list has ended
    return out


def _weak_remarks(index: NameIndex, slots: list[Slot], s: int, e: int) -> list[Slot]:
    """At a meeting or a meal: "Ms. X, Head of ..., spoke about ..." (a weak slot: the sides' heads found
    later, by their office, are not made speakers by what they said); not a spokesperson telling the
    press what was said ("Ambassador X, the Official Spokesperson, said that the two ministers ...")."""
    text = index.text
    return [replace(sl, weak=True) for sl in _remarks(index, slots, s, e)
            if not any(SPOKESPERSON.search(text, ts, te) for ts, te in sl.mention.titles)
            and not SPOKESPERSON.search(text, max(s, sl.mention.start - 60), min(e, sl.mention.end + 80))]


def _remarks(index: NameIndex, slots: list[Slot], s: int, e: int) -> list[Slot]:
    """At a dialogue or symposium, who is quoted or reported as saying something there made
    remarks: a speaker (or, in opening remarks, the opener)."""
    text = index.text
    out: list[Slot] = []
    for mq in QUOTE_SAID.finditer(text, s, e):
        found = _with_bare(index, mq.end(), e)[:1]
        # '"...," said ODIHR First Deputy Director Ms. X': an organisation's acronym may come first
        if found and (found[0].start - mq.end() <= 1 or ACRONYM_GAP.fullmatch(text, mq.end(), found[0].start)):
            if OPENING_REMARKS.search(text, _after_titles(found[0]), e):
                out.extend(_opener(slots + out, found, mq))
            else:
                out.append(Slot(found[0], "speaker", (mq.start(), mq.end())))
    # each clause's subject: "Dr. X presented the results, and the Representative of UN Women, Ms. Y, spoke about ..."
    everyone = _with_bare(index, s, e)
    for clause_start in [s] + [m.end() for m in CLAUSE_START.finditer(text, s, e)] if everyone else ():
        first = next((m for m in everyone if m.start >= clause_start), None)
        if first is None:
            continue
        before = text[clause_start:first.start]
        said = SUBJECT_SAID.match(text, _after_titles(first)) or SUBJECT_SAID_LATER.match(text, _after_titles(first))
        # the clause's subject: nothing but its own title (and a possessive country) before it
        # (an acronym may stand before the title: "BYC Chairperson Mr. X, who co-convened the forum, said")
        if said and before.strip() in _ROMANCE_SUBJECT_ARTICLES \
                and any(m.keys > first.keys for m in index.mentions_within(0, first.start) if m.kind != "office"):
            continue    # "La consejera Ortuño Sánchez presentó ...": someone named in full before, already placed
        if said and len(before) <= 90 and not _QUOTE_MARK.search(before) and (
                not before.strip() or before.strip() in _SUBJECT_ARTICLES or before.rstrip().endswith(",")
                or _ACRONYM_ONLY.fullmatch(before)
                or _ARTICLE_AFTER_COMMA.search(before)):
            out.append(Slot(first, "speaker", (said.start(), said.end())))
    return out


CLAUSE_START = fastre.compile(r";\s+|,\s+(?:and|while|whereas|but)\s+(?=the\s|[A-Z])")
# the article before a subject's lower-case office: "The", "Le colonel X a présenté", "La formatrice Y a animé"
_ROMANCE_SUBJECT_ARTICLES = frozenset({"Le", "La", "L'", "L’", "El", "O", "A", "Il", "Lo"})
_SUBJECT_ARTICLES = frozenset({"The", "the"}) | _ROMANCE_SUBJECT_ARTICLES



_QUOTE_MARK = fastre.compile(r"[\"“”]")
# "En su mensaje de bienvenida, la subsecretaria ..., X, destacó": an article before a lower-case office
_ARTICLE_AFTER_COMMA = fastre.compile(r",\s*(?:la|el|le|l['’]|o|a)\s*$")
_ACRONYM_ONLY = fastre.compile(r"\s*[A-Z][A-Z&-]{1,9}\s+")


def _next_paragraph_lead(index: NameIndex, layout: Layout, sentences: list[tuple[int, int]]
                         ) -> Iterator[tuple[int, int]]:
    """"The Philippines and Australia held the 2nd Dialogue ...": a lead paragraph that names no
    one; the next paragraph's first sentence says who ("X and Y co-chaired the Dialogue").
    Read only when the lead's sentences gave no one (a generator: the check costs nothing else)."""
    if not (layout.lead and layout.lead_paragraph):
        return
    after = [(s, e) for s, e in sentences if s >= layout.lead_paragraph[1]]
    if _with_bare(index, *layout.lead_paragraph):
        if not MAIN_VERB.search(index.text, *layout.lead_paragraph):
            # ... or names them with no meeting verb: "X was in Mexico City on 10 April. // At noon, he met Y"
            yield from after[:1]
        return
    # the first sentence of each next paragraph, up to one that names someone ("1. The webinar was held
    # at 8.00am ... // 2. The Associate Minister, Hon. X, launched the Plan.")
    text = index.text
    mark_before = False
    for k, (s, e) in enumerate(after[:8]):
        if _LIST_MARK_ONLY.fullmatch(text, s, e):
            mark_before = _opens_paragraph(text, s)     # "2." read as a sentence of its own: the point follows
            continue
        if k == 0 or mark_before or _opens_paragraph(text, s):
            yield s, e
            if _with_bare(index, s, e):
                return
        mark_before = False


_LIST_MARK_ONLY = fastre.compile(r"\s*(?:\d+|[a-z])[.)]\s*")


def _opens_paragraph(text: str, pos: int) -> bool:
    """Does a blank line (or the text's start) come right before pos?"""
    before = text[max(0, pos - 200):pos]
    stripped = before.rstrip()
    return not stripped or "\n\n" in before[len(stripped):].replace(" ", "").replace("\t", "")


ABSENT = fastre.compile(r"\s*,?\s*(?:who\s+(?:had\s+been|was)\s+(?:due|scheduled|expected)\s+to\b[^.;]{0,80}?,\s*"
                        r"(?:was|were)\s+(?:called\s+away|unable|not\s+able|prevented)|"
                        r"(?:was|were)\s+(?:unable|not\s+able)\s+to\s+(?:attend|join|be\s+present|travel)|"
                        r"could\s+not\s+(?:attend|join|travel|be\s+present)|"
                        r"(?:sent|addressed\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in|through|by|with))\s+"
                        r"(?:a\s+)?(?:recorded\s+|pre-recorded\s+)?video(?:\s+|-)message)\b", re.I)
SPOKESPERSON = fastre.compile(r"\b(?:Spokesperson|Spokesman|Spokeswoman|Press\s+Secretary)\b", re.I)
REPORTING = fastre.compile(r"\s*,?\s*(?:said|told|stated|announced|noted|added)\b")


def _is_source(index: NameIndex, m: Mention) -> bool:
    """A spokesperson reporting the event, named where they say so."""
    return any(SPOKESPERSON.search(index.text, a, b) for a, b in m.titles) \
        and REPORTING.match(index.text, _after_titles(m)) is not None


_ABSENT_PARTY = fastre.compile(r"\b(?:message|letter|greetings)\s+(?:of\s+\w+\s+)?(?:from|of)\s+(?:[^.;]{0,60}?\bto\s+)?"
                               r"(?:(?:His|Her)\s+(?:Highness|Majesty|Excellency)\s+)?(?:the\s+)?"
                               r"(?:(?:President|Amir|Emir|King|Prime\s+Minister)(?:\s+of\s+[^,.;]{1,40}?)?,?\s+)?"
                               r"(?:(?:Mr|Ms|Mrs|Dr|Sheikh|H\.E\.)\.?\s+)?$"
                               r"|\b(?:Special\s+)?(?:Envoy|Emissary)\s+of\s+(?:the\s+)?(?:President|Amir|Emir|King|Prime\s+Minister)\s+$")
# "the Special Envoy of President Bassirou F." read as one title and a name: the name is the President's
_ENVOY_OF_HEAD = fastre.compile(r"(?:Envoy|Emissary)\s+of\s+(?:the\s+)?(?:President|Amir|Emir|King|Prime\s+Minister)$")
TRAVEL_VERB = fastre.compile(r"travell?ed|visited")


def _met_on_the_visit(index: NameIndex, sents: list[tuple[int, int]], visitor: Mention | None = None) -> list[Slot]:
    """Those the visitor, named by a pronoun or by name again, met in the sentences after the visit's."""
    text = index.text
    for s, e in sents:
        for v in MAIN_VERB.finditer(text, s, e):
            if PRONOUN_SUBJECT.match(text, s, v.start()) is None and not _names_the_visitor(index, visitor, s, v.start()):
                break
            blocked = NOT_OBJECT.search(text, v.end(), e)
            met = [m for m in _with_bare(index, v.end(), blocked.start() if blocked else e)]
            return [Slot(met[0], "counterpart", (v.start(), v.end()))] if met else []
    return []


def _names_the_visitor(index: NameIndex, visitor: Mention | None, s: int, verb_start: int) -> bool:
    """The sentence's subject, all that stands before its verb, is the visitor again ("Mr. Holmgaard met ...")."""
    if visitor is None:
        return False
    named = _mentions_in(index, s, verb_start)
    return len(named) == 1 and bool(named[0].keys & visitor.keys) and not index.text[named[0].end:verb_start].strip()


def _before_titles(m: Mention, after: int = -1) -> int:
    """Where a mention and the titles written before it begin ("Australia's Ambassador ..., Ms. X"),
    not before `after` (the plural office of "As deputadas A e B" is B's too, but begins before A)."""
    return min([m.start] + [s for s, _ in m.titles if after <= s < m.start])


def _after_titles(m: Mention) -> int:
    """Where a mention and the titles written after it end ("Mr. A, Secretary of X")."""
    return max([m.end] + [e for _, e in m.titles])


def _first_person_authors(index: NameIndex, layout: Layout, s: int, verb_start: int) -> list[Mention]:
    """"Today I welcomed ..." in a release whose masthead names its author ("Minister for
    Foreign Affairs / Senator the Hon Penny Wong"): the person named above the lead; "Today we
    welcomed ..." in a joint release: each minister its masthead names."""
    first = FIRST_PERSON.search(index.text, max(s, verb_start - 30), verb_start)
    if not first:
        return []
    # the masthead above the headline, or a byline between the date line and the lead
    # ("07 April 2026 / The Hon Catherine Vance MP / Prime Minister of Australia / Today I welcomed ...")
    top = layout.title_range[0] if layout.title_range else layout.dateline_end
    # (a byline may stand above the date line: "By Consul General X / November 9, 2026")
    below_from = layout.title_range[1] if layout.title_range else layout.dateline_end
    people = [m for m in index.mentions if m.kind in ("honorific", "title") and m.end <= layout.lead[0]]
    named = [m for m in people if m.end <= top] or [m for m in people if m.start >= below_from]
    if not (len(named) == 1 or first.group().lower().startswith("we") and 1 <= len(named) <= 3):
        return []
    for author in named:
        above = [m for m in index.mentions if m.kind == "office" and m.end <= author.start
                 and not index.text[m.end:author.start].strip()]
        if above and not author.titles:
            author.titles = [above[-1].titles[0]]   # "Prime Minister of Australia" on the line above
    return named


def _behalf(text: str, start: int, m: Mention) -> tuple[str, int, int] | None:
    """"... and on behalf of Mexico, by the Vice-Minister ..." gives the next person's side."""
    window = text[start:m.start]
    hits = list(ON_BEHALF.finditer(window))
    if hits:
        tail = window[hits[-1].end():]
        for s, e, code in geo.find_countries(tail):
            return code, start + hits[-1].end() + s, start + hits[-1].end() + e
    return None


_CAPITAL = fastre.compile(r"[A-ZÀ-Ý]")


def _list_end(text: str, start: int, end: int, stop_at_side: bool = False) -> int:
    """Where a list of people ends: "among others", or (for sides) the next side clause."""
    m = _LIST_END.search(text, start, end)
    stop = m.start() if m else end
    if stop_at_side:
        m2 = _NEXT_SIDE.search(text, start, stop)
        if m2 is not None and not _CAPITAL.search(text, start, m2.start()):
            # the list's own side, before any name ("Participaram igualmente no encontro, do lado português, A"):
            # the next one ends it
            m2 = _NEXT_SIDE.search(text, m2.end(), stop)
        if m2:
            stop = m2.start()
    return stop


def _inside_parens(text: str, start: int, pos: int) -> bool:
    seg = text[start:pos]
    return seg.count("(") > seg.count(")")
