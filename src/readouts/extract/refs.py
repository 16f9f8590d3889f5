"""References to UN Security Council resolutions, and the stated head-count of the audience."""
from __future__ import annotations

import itertools
import re

from . import cardinals, fastre, romance
from .dates import find_dates
from ..model import Fact, Reference
from .data import load
from .text import Doc

RESOLUTION = fastre.compile(
    r"\b(?:UNSCR|UNSC\s+[Rr]esolutions?|S/RES/|(?:Security\s+Council\s+)?[Rr]esolution(?:s|en)?|[Rr]esoluci[oó]n(?:es)?|"
    r"[Rr]ésolutions?|[Rr]esoluç(?:ão|ões)|[Rr]isoluzion[ei])"
    r"\s*(?:No\.?|Number|#|N[°º]\.?)?\s*"
    r"(?P<nums>\d{3,4}(?:\s*\(\d{4}\))?(?:\s*(?:,|and|&|\be\b|\bet\b|\by\b|\bund\b)\s*(?:\d{3,4})(?:\s*\(\d{4}\))?)*)")
SC_CONTEXT = fastre.compile(r"Security\s+Council|UNSC|UNSCR|S/RES|Sicherheitsrat|Consejo\s+de\s+Seguridad|Conseil\s+de\s+sécurité|"
                            r"Conselho\s+de\s+Segurança|Consiglio\s+di\s+Sicurezza", re.I)
# another body's resolutions: "the Assembly, in its Resolution 2476 (2023)" (PACE's, not the Council's)
NOT_SC = fastre.compile(r"General\s+Assembly|Human\s+Rights\s+Council|UNGA|A/RES|\bAssembly\b|\bPACE\b|"
                        r"Ministerial\s+Council|Council\s+of\s+Europe", re.I)


def find_resolutions(doc: Doc) -> list[Reference]:
    text = doc.text
    wps = set(load("resolutions.json")["wps"])
    seen: dict[int, Reference] = {}
    for m in RESOLUTION.finditer(text):
        window = text[max(0, m.start() - 150):m.end()]
        # "... Security Council Resolution 1325, ... peacebuilding under Resolution 2250.": the
        # Council named earlier in the paragraph
        paragraph = max(0, text.rfind("\n\n", 0, m.start()))
        sc = bool(SC_CONTEXT.search(window)) or bool(SC_CONTEXT.search(text, paragraph, m.start()))
        before = text[max(0, m.start() - 60):m.start()]
        other = [o for o in NOT_SC.finditer(before)]
        # the body named nearest before the number cites it
        other = bool(other) and not SC_CONTEXT.search(before, other[-1].end())
        for n in re.finditer(r"(?<![\d(])(\d{3,4})(?!\d)(?!\s*\))", m.group("nums")):
            num = int(n.group(1))
            # "resolution 2250 (2015)": a number and its year is how the Security Council's are cited
            sc = sc or bool(re.match(r"\s*\((?:19|20)\d\d\)", m.group("nums")[n.end():]))
            if 1000 <= num <= 1900 and re.fullmatch(r"(19|20)\d\d", n.group(1)) and not sc:
                continue
            if (sc and not other) or num in wps:
                s = m.start("nums") + n.start(1)
                if num in seen:
                    continue
                keyword_end = m.start() + len(text[m.start():m.start("nums")].rstrip())
                seen[num] = Reference(kind="unscr", number=Fact(num).citing(
                    Fact.at(num, m.start(), keyword_end), Fact.at(num, s, s + len(n.group(1)))))
        if sc and not other:
            # numbers further on in the sentence: the agenda's, named bare ("resolution 1325 and its
            # successor resolutions, including 1888 and 2122"), and after a plural keyword any cited
            # with its year ("resolutions 1820 (2008) and 2467 (2019) on sexual violence and 2493 (2019)")
            plural = m.group().lower().startswith(PLURAL_KEYWORDS)
            keyword_end = m.start() + len(text[m.start():m.start("nums")].rstrip())
            for n in RUN_ON_NUMBER.finditer(text, m.end(), _sentence_end(text, m.end())):
                num = int(n.group("num"))
                if num not in seen and (num in wps or (plural and n.group("year"))):
                    seen[num] = Reference(kind="unscr", number=Fact(num).citing(
                        Fact.at(num, m.start(), keyword_end), Fact.at(num, n.start("num"), n.end("num"))))
    for run in CITATION_RUN.finditer(text):
        # "(Reference) The Women, Peace and Security resolutions of the Security Council // 1325 (2000); 1820
        # (2008); ...": numbers cited with their years under a heading that names the Council
        window_start = max(0, run.start() - 300)
        council = None
        for council in SC_CONTEXT.finditer(text, window_start, run.start()):
            pass
        if council is None or not re.search(r"[Rr]esolution", text[window_start:run.start()]):
            continue
        for n in RUN_ON_NUMBER.finditer(text, run.start(), run.end()):
            num = int(n.group("num"))
            if num not in seen and n.group("year"):
                seen[num] = Reference(kind="unscr", number=Fact(num).citing(
                    Fact.at(num, council.start(), council.end()), Fact.at(num, n.start("num"), n.end("num"))))
    return list(seen.values())


# two or more numbers, each with its year, in a row: "1325 (2000); 1820 (2008); 1888 (2009)"
CITATION_RUN = fastre.compile(r"(?<![\d/])[12]\d{3}\s*\((?:19|20)\d\d\)(?:\s*[;,]\s*(?:and\s+)?[12]\d{3}\s*\((?:19|20)\d\d\))+")
PLURAL_KEYWORDS = ("resolutions", "security council resolutions", "unsc resolutions", "résolutions", "resoluções",
                   "resoluciones", "risoluzioni")
RUN_ON_NUMBER = fastre.compile(r"(?<![\d/.,-])(?P<num>[12]\d{3})(?P<year>\s*\((?:19|20)\d\d\))?(?![\d/]|,\d|\.\d)")


def _sentence_end(text: str, pos: int) -> int:
    stop = text.find(". ", pos)
    nl = text.find("\n", pos)
    ends = [x for x in (stop, nl) if x >= 0]
    return min(ends) if ends else len(text)


# Who a head-count counts ("about 60 women mediators", "over 250 officers")
HEAD_COUNT_NOUNS = (r"(?:people|persons|participants|attendees|guests|audience(?:\s+members)?|individuals|delegates|"
                    r"representatives|observers|diplomats|officials|experts|ministers|scholars|academics|researchers|"
                    r"students|journalists|stakeholders|leaders|women|men|mediators|peacebuilders|officers|"
                    r"peacekeepers|parliamentarians|ambassadors|activists|practitioners|members|defenders|lawyers|"
                    r"survivors|advocates|negotiators|specialists|professionals|partners|entrepreneurs|volunteers|"
                    r"judges|scientists|analysts|policymakers|attendees|advis[eo]rs|trainers|trainees|commanders|focal\s+points|"
                    r"islanders|residents|villagers|elders|nurses|midwives|doctors|teachers|mayors|senators|"
                    r"legislators|councill?ors|investors|economists|executives|donors|envoys|veterans|youths?|girls|"
                    r"farmers|workers|clerics|personnel)")
ATTENDANCE = fastre.compile(
    # not "the two ministers met", "all 27 ministers attended": a group already known, not a count of the room
    r"(?<!\bthe\s)(?<!\ball\s)(?<!\bboth\s)(?<!\btheir\s)(?<!\bits\s)"
    r"\b(?:a\s+total\s+of\s+)?(?:(?:about|approximately|around|some|over|more\s+than|nearly|roughly|almost|"
    r"close\s+to|up\s+to)\s+)?(?P<n>\d{1,3}(?:,\d{3})*|\d+|(?P<words>" + cardinals.PATTERN + r"))\s+"
    # "some 350 foreign ministers, ...", "some 90 senior military leaders": qualifying words may come first
    # ... or a pair of them: "more than 200 military and civilian officials"
    r"(?:(?!million|billion|thousand|hundred|(?:on|of|for|in|from|to|with|at|by)\s)[a-z][a-z-]+\s+){0,2}"
    r"(?:(?<=\sand\s)[a-z][a-z-]+\s+)?" + HEAD_COUNT_NOUNS + r"\b|"
    # "Some 60 customs, railway, trade and border officials": a list of kinds before the noun
    r"\b(?:about|approximately|around|some|over|more\s+than|nearly|roughly|almost)\s+(?P<n2>\d{2,3}(?:,\d{3})?)\s+"
    r"(?:[a-z][a-z-]+,\s+){1,4}(?:[a-z][a-z-]+\s+)?(?:and|or)\s+(?:[a-z][a-z-]+\s+){0,2}" + HEAD_COUNT_NOUNS + r"\b", re.I)
ATTENDANCE_HINT = fastre.compile(r"(?:\d|\b(?:" + cardinals.PATTERN + r"))\s+(?:[a-z][a-z-]+,?\s+){0,6}" + HEAD_COUNT_NOUNS + r"\b", re.I)
ATTEND_VERB = fastre.compile(r"\b(?:attended|attending|attendance|participated|participating|gathered|joined|audience|"
                             # "... held ... a round table ..., with the participation of some 45 representatives of
                             # ministries" (an event's, not a programme's: "to extend the programme, with the participation
                             # of 640 professionals")
                             r"(?:round\s+table|roundtable|meeting|seminar|workshop|symposium|conference|forum|consultation|"
                             r"dialogue|session|event|panel|training|course|opened|held|organi[sz]ed|convened|hosted)\b"
                             r"[^.;]{0,250}?\bwith\s+the\s+participation\s+of|"
                             r"took\s+part|taking\s+part|present|in\s+the\s+presence\s+of|br(?:ought|inging|ings)\s+together|drew|attracted|"
                             r"filled|met|connected|logged\s+on|tuned\s+in|witnessed|watched|in\s+front\s+of|"
                             r"welcomed(?=\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|roughly)\s+)?\d)|"
                             r"followed\s+the\s+(?:\w+\s+){0,2}?(?:discussion|debate|event|proceedings|forum|session|"
                             r"conference|seminar|webinar|dialogue|ceremony|panel|launch)|(?-i:Among)\s+the)\b", re.I)
# those who signed up, not those who came
REGISTERED_AFTER = fastre.compile(r"\s+(?:had\s+)?(?:registered|signed\s+up|applied|were\s+invited|had\s+been\s+invited)\b"
                                  r"(?!\s+and\s+(?:took\s+part|joined|attended|participated))")
NOT_IN_THE_ROOM = fastre.compile(r"\s+(?:[a-z]+ly\s+)?(?:displaced|killed|injured|wounded|affected|evacuated|detained|"
                                 r"arrested|missing|dead|fled|stranded|trapped|in\s+need|at\s+risk)\b")
# "some 260 joined live": a count the verb follows, with no noun
COUNT_THEN_VERB = fastre.compile(r"\b(?:about|approximately|around|some|over|more\s+than|nearly|roughly|almost)\s+"
                                 r"(?P<n>\d{2,3}(?:,\d{3})?|\d{2,5})\s+(?=(?:joined|attended|took\s+part|participated|"
                                 r"connected|tuned\s+in|logged\s+on)\b)")
# a later sentence about another day or part of a visit
OTHER_DAY = fastre.compile(r"\s*(?:Yesterday|Tomorrow|Earlier|Later|The\s+(?:next|following|previous)\s+day|"
                           r"In\s+the\s+(?:evening|afternoon|morning)|At\s+(?:midday|lunchtime)|"
                           # "After the meeting, the Vice President travelled to Belu, where he inaugurated a market"
                           r"After\s+(?:the|this|their)\s+(?:meeting|talks|call|visit|lunch|dinner|discussions?)\b|"
                           r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# "The Nitijela is the unicameral legislature ..., with 33 Senators": a body's standing description
DEFINITION = fastre.compile(r"\s*(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}(?:is|are)\s+(?:the|a|an|one)\s")
SIDE_OCCASION = fastre.compile(r"\s*(?:On|In)\s+the\s+(?:sidelines|margins?)\s+of\b", re.I)
PAST_PERFECT = fastre.compile(r"\bhad\s+$", re.I)
# "the business forum held yesterday, attended by more than 300 entrepreneurs": another day's occasion
HELD_ANOTHER_DAY = fastre.compile(r"\bheld\s+(?:yesterday|earlier|last\s+(?:week|month|year|night)|the\s+(?:day|evening|night)\s+"
                                  r"before|the\s+previous\s+(?:day|evening|week)|on\s+the\s+eve\b)", re.I)
WITH_COUNT = fastre.compile(r"\bwith(?=\s+$)", re.I)
# "On 28 October, the President met ...": a sentence that opens on a date (read against the event's)
DATED_OPENING = fastre.compile(r"\s*(?:On|From)\s+(?=\d|(?:January|February|March|April|May|June|July|August|September|"
                               r"October|November|December)\s+\d)")     # "..., with some 40 participants from ...": a head count


ROMANCE_HEAD_COUNT = fastre.compile(romance.HEAD_COUNT, re.I)
ROMANCE_ATTEND_VERB = fastre.compile(r"\b(?:" + romance.ATTEND_VERB + r")\b", re.I)
ROMANCE_SUBSET_BEFORE = fastre.compile(romance.SUBSET_BEFORE, re.I)
ROMANCE_WITH_COUNT = fastre.compile(romance.WITH_COUNT_BEFORE)


# an outline's labelled line, in the body or the "(Reference)" section below it: "5. Participants: about 180"
LABELLED_COUNT = fastre.compile(r"(?im)^[ \t]*(?:[-•*○◦▪■□●・※][ \t]+|\(?\d{1,2}[.)][ \t]+)?(?P<label>Participants|Attendance|"
                                r"Attendees|Number\s+of\s+(?:participants|attendees))[ \t]*:[ \t]*(?:(?:about|approximately|"
                                r"approx\.|around|some|over|more\s+than|nearly)[ \t]+)?(?P<n>\d[\d,]*)\b(?![.)]|[ \t]*(?:countries|"
                                r"states|nations|organi[sz]ations|delegations|ministries|institutions))")


def _another_date(text: str, s: int, e: int, event_date: str | None) -> bool:
    """Whether the sentence opens on a day other than the event's ("On 28 October, ..." on a page
    whose meeting was on the 27th)."""
    opening = DATED_OPENING.match(text, s, e)
    if opening is None or event_date is None:
        return False
    dates = find_dates(text, opening.end(), min(e, opening.end() + 30))
    if not dates or dates[0].start != opening.end():
        return False
    _, month, day = (int(x) for x in event_date.split("-"))
    return (dates[0].month, dates[0].day) != (month, day)


def find_attendance(doc: Doc, start: int, end: int, lead_end: int | None = None,
                    event_date: str | None = None) -> Fact[int] | None:
    text = doc.text
    labelled = LABELLED_COUNT.search(text, start)
    if labelled is not None and int(labelled.group("n").replace(",", "")) > 0:
        n = int(labelled.group("n").replace(",", ""))
        return Fact(n).citing(Fact.at(n, labelled.start("n"), labelled.end("n")),
                              Fact.at(n, labelled.start("label"), labelled.end("label")))
    if ATTENDANCE_HINT.search(text, start, end) is None:
        return _romance_attendance(doc, start, end)
    in_words: Fact[int] | None = None
    other_until = -1        # the end of a paragraph that turned to another occasion
    for s, e in doc.sentences(start, end):
        if SIDE_OCCASION.match(text, s, e) or DEFINITION.match(text, s, e):
            continue        # "On the sidelines of the meeting, a business forum ... with 300 entrepreneurs"
        if lead_end is not None and s >= lead_end and (OTHER_DAY.match(text, s, e)
                                                       or _another_date(text, s, e, event_date)):
            # "In the evening she attended a reception ... attended by some 200": another occasion, and the
            # rest of its paragraph ("Later on Thursday, the minister opened a forum. Some 200 took part.")
            paragraph_end = text.find("\n\n", e)
            other_until = len(text) if paragraph_end < 0 else paragraph_end
            continue
        if s < other_until:
            continue
        for m in itertools.chain(ATTENDANCE.finditer(text, s, e), COUNT_THEN_VERB.finditer(text, s, e)):
            if REGISTERED_AFTER.match(text, m.end()):
                continue        # "More than 400 people registered, and some 260 joined live": those who came
            if NOT_IN_THE_ROOM.match(text, m.end()):
                continue        # "... with more than 40,000 people newly displaced": a crisis's count, not the room's
            verb = ATTEND_VERB.search(text, s, e)
            if verb is None:
                verb = WITH_COUNT.search(text, max(s, m.start() - 12), m.start())
            if verb is None or PAST_PERFECT.match(text, max(s, verb.start() - 4), verb.start()) \
                    or HELD_ANOTHER_DAY.search(text, s, m.start()):
                continue        # "the first dialogue had brought together eleven women": an earlier occasion
            n = _head_count(m)
            if n > 0:
                found = Fact(n).citing(Fact.at(n, m.start(), m.end()), Fact.at(n, verb.start(), verb.end()))
                if m.groupdict().get("words") is None:
                    return found
                # "More than a hundred women ... gathered" then "Some 120 participants took part":
                # a count in words is a round figure, and a later count in digits is the exact one
                in_words = in_words or found
    return in_words or _romance_attendance(doc, start, end)


def _head_count(m: re.Match) -> int:
    if m.groupdict().get("words") is None:
        return int((m.group("n") or m.group("n2")).replace(",", ""))
    # "Twelve ambassadors took part" is a head count; "two ministers met" names the sides, not the room
    n = cardinals.value(m.group("words")) or 0
    return n if n >= 10 else 0


def _romance_attendance(doc: Doc, start: int, end: int) -> Fact[int] | None:
    """"Asistieron cerca de 70 personas", "une soixantaine de membres ... y ont pris part"."""
    text = doc.text
    if not romance.written_in_romance(text):
        return None
    for m in ROMANCE_HEAD_COUNT.finditer(text, start, end):
        s = max(text.rfind(". ", start, m.start()) + 1, text.rfind("\n", start, m.start()) + 1, start)
        e = text.find(".", m.end(), end)
        verb = ROMANCE_ATTEND_VERB.search(text, s, e if e >= 0 else end) \
            or ROMANCE_WITH_COUNT.search(text, max(s, m.start() - 40), m.start())
        if verb is None or ROMANCE_SUBSET_BEFORE.search(text, max(s, m.start() - 30), m.start()):
            continue
        if m.group("round"):
            n = romance.ROUND_NUMBERS[m.group("round").lower()]
        elif m.group("word"):
            n = romance.NUMBERS[m.group("word").lower()]
        else:
            n = int(re.sub(r"[.,]", "", m.group("n")))
        if n > 0:
            return Fact(n).citing(Fact.at(n, m.start(), m.end()), Fact.at(n, verb.start(), verb.end()))
    return None
