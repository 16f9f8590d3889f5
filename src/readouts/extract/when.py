"""When: the event's date, local start time, stated zone and duration, read from the lead."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import fastre, german, northern, romance, zones as _zones
from ..model import Fact, Problem, Span
from .dates import FRENCH_WEEKDAYS, RELATIVE_DAYS, WEEKDAY_REF, WEEKDAYS, find_dates, relative_offset
from .segment import Layout
from .text import Doc, squash

_AMPM = r"(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?|AM|PM|A\.M\.|P\.M\.)"
TIME = fastre.compile(
    r"(?P<approx>(?:(?:just|shortly)\s+(?:after|before)|around|about|approximately|approx\.)\s+)?"
    # ... and in Spanish, Portuguese and French: "ofreció hoy al mediodía un almuerzo", "ao meio-dia", "à midi"
    r"(?:\b(?P<noon>noon|midday|midnight|mediod[ií]a|meio-dia|(?<!-)midi)\b"
    r"|(?P<h>[0-2]?\d)(?::|\.(?=\d\d\s*[ap]\.?m))(?P<m>[0-5]\d)(?:\s*" + _AMPM + r")?"
    # "at 9.30", "from 10.30 to 11.15", "13.00 WIB", "10.30 hrs": a dotted time needs a lead-in or a tail
    # "kl. 10.00" (Norwegian, Danish, Swedish), "klo 14.00" (Finnish)
    r"|(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bto\s)|(?<=\band\s)|(?<=\bkl\.\s)|(?<=\bklo\s))"
    r"(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)(?!\.?\d)"
    r"|(?P<ht>[01]?\d|2[0-3])\.(?P<mt>[0-5]\d)(?=\s*(?:hrs|hours|h|horas|heures|WIB|WITA|WIT|local\s+time)\b)"
    # "1400hrs", "1400 hours"; "09h00", "14h30" (French and southern African usage)
    # ... or the equivalent opening its bracket: "at 1400 hrs (1300 hrs IST)"
    r"|(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bto\s)|(?<=\band\s)|(?<=\())"
    # ... or before a zone: "began at 1600 GMT"
    r"(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:\s?(?:hrs|hours|h)\b|(?=\s*(?:GMT|UTC)\b))"
    r"|(?<!\d)(?P<hf>[01]?\d|2[0-3])h(?P<mf>[0-5]\d)\b"
    # "at 14 30 hours": the military clock with a space inside
    r"|(?<![\d:.])(?P<hq>[01]\d|2[0-3])\s(?P<mq>[0-5]\d)\s?(?:hrs|hours)\b"
    # "began at 10h (local time)": an hour alone, after a lead-in
    r"|(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bto\s)|(?<=\bàs\s))(?P<hh>[01]?\d|2[0-3])h\b"
    # "this morning at 10": an hour alone after a part of the day
    r"|(?:(?<=\bmorning\sat\s)|(?<=\bafternoon\sat\s)|(?<=\bevening\sat\s))(?P<hp>[01]?\d)(?![\d:.]|\s*(?:a\.?m|p\.?m))"
    # "from 10 to 11.30 a.m.": a bare hour opening a range whose end is a time
    r"|(?<=\bfrom\s)(?P<hr>[01]?\d|2[0-3])(?=\s*(?:to|until|till|-|–)\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*"
    r"(?:[ap]\.?\s?m\b|AM\b|PM\b|hrs\b|h\b))"
    # "9 hs", "10.30 hs" (Spanish-language usage)
    r"|(?<![\d.])(?P<hs>[01]?\d|2[0-3])(?:[:.](?P<ms>[0-5]\d))?\s?hs\b"
    r"|(?P<h2>[01]?\d)\s*(?P<ap2>a\.?\s?m\.?|p\.?\s?m\.?|AM|PM))(?:(?=hrs\b)|(?![\w:]))(?:\s*(?:hrs|hours|h)\b)?", re.I)
TIMING_SENTENCE = fastre.compile(
    # a numbered point may open it: "2. The plenary session on the first day opened at 10:00 a.m."
    # "Following the official welcome ceremony, the talks in narrow format began at 11:00."
    # ... or a news dateline: "Jaffna – The second Northern Province Forum ... opened on Tuesday at 9.30 a.m."
    # ... or a date line run into it: "Bern, 28.10.2025 – The dialogue opened at 09:30 local time"
    r"(?:\d{1,2}\.\s+|[-•*▪]\s*|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+(?:\d{1,2}[./]\d{1,2}[./]\d{4}|"
    r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}))?\s+[–—-]\s+)?(?:(?:Altogether|In\s+total|In\s+all|Overall|(?:Following|After|Adapted\s+to|In\s+line\s+with|Owing\s+to|Because\s+of|Due\s+to|According\s+to)\s+[^,.;]{3,120}),\s+)?(?:[Tt]he|Our|This|That|Their)\s+(?:[\w'’-]+\s+){0,3}?(?i:meeting|talks?|call|conversation|dialogue|session|discussion|"
    r"event|seminar|symposium|lunch|dinner|breakfast|luncheon|forum|conference|panel|ceremony|consultations?|exchange|audience|"
    r"webinar|launch|lecture|briefing|debate|negotiations|gathering|summit|retreat|colloquium|plenary|hearing|"
    r"roundtable|round\s+table|reception|workshop|videoconference|video\s+conference|video\s+call|teleconference|open\s+day|"
    # "The activity began at 10 a.m.": a Spanish page's "la actividad" in English
    r"activity|"
    # "The visit, which started at 11:00 a.m., lasted some 45 minutes": a courtesy call's visit
    r"visit|"
    # the gathering in the words of the place: "The hui began at 10 am", "the fono", "the talanoa", "the indaba"
    r"hui|fono|talanoa|indaba|imbizo)"
    # "The panel, held from 1:15 p.m. to 2:45 p.m., brought together ...": the time in the inserted clause
    # "The meeting at the Ministry of Foreign Affairs of Kazakhstan began at 15:30 local time."
    # "The lunch at Ráðherrabústaðurinn, the Government's official reception house, began at 12:00"
    r"(?:,\s+held\s+(?:(?:on|in)\s+[^,.;()]{1,60}?\s+)?(?:from|at|between)\b|(?:\s+(?:at|in|with|on)\s+[^.;,]{1,160}?)?"
    # an inserted clause, a clock's "a.m." inside: "The talks, which got underway at 10:30 a.m., lasted ..."
    # ... or a title and a name ("The consultation, which the Envoy co-chaired with the Minister, Ms. X, opened at")
    r"(?:,(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,240}?,|,?\s+which)?"
    # "The meeting was chaired by the Secretary of Health, Dr. X, and opened at 9:00am"
    r"(?:\s+was\s+(?:co-)?(?:chaired|hosted|led|moderated)\s+by\s+(?:[^.;]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,200}?"
    r",?\s+and)?\s+(?:began|started|"
    r"commenced|opened|was\s+(?:officially\s+)?opened|was\s+held|were\s+held|took\s+place|lasted|ran|took|"
    # "The call was placed at 11:30 (Eswatini time)", "The meeting was convened at 10.00am Fiji time"
    r"was\s+(?:placed|made|convened|called\s+to\s+order)|got\s+under\s*way)\b)"
    # "We met for ninety minutes from 2.15pm at the Botanic Garden" (a minister's own release)
    r"|We\s+(?:met|spoke|talked|sat\s+down)\b"
    # "The round table was chaired by ... . It opened at 9:00 a.m. and closed at 4:30 p.m."
    r"|(?:It|They)\s+(?:began|started|opened|commenced|ran|lasted|was\s+held|were\s+held|took\s+place)\b"
    # "Proceedings began at 9.30 a.m. at the Multipurpose Hall ..."
    r"|(?:The\s+)?(?:proceedings|deliberations|discussions)\s+(?:began|started|commenced|opened|got\s+under\s*way)\b"
    # "Opened at 9 a.m. at the Conference Centre, the dialogue gathered ...": a fronted participle
    r"|(?:Opened|Convened|Held|Started|Beginning|Starting)\s+at\s+\d"
    # "La reunión se extendió por espacio de una hora.", "Le déjeuner, qui a débuté à 11 h 30, ...", "O encontro durou"
    r"|" + romance.TIMING_SENTENCE + r"|" + german.TIMING_SENTENCE + r"|" + northern.TIMING_SENTENCE +
    r"|(?:\d{1,2}\.\s+)?(?:The|Both)\s+(?:two\s+)?(?:ministers|leaders|sides|delegations)\s+(?:met|spoke|talked|"
    r"held\s+(?:talks|a\s+meeting|consultations))\b"
    # "The Committee met from 11:00 a.m. to 3:15 p.m. Newfoundland time"
    r"|(?:The|This)\s+(?:Joint\s+)?(?:Committee|Commission|Working\s+Group|Council|Board|Group)\s+met\s+(?:from|at|between)\s+\d"
    r"|(?:Over|During)\s+(?:the\s+)?(?:lunch|dinner|breakfast|meeting|talks|call),?\s+which\s+(?:lasted|began)\b", re.I)
# a visit's welcome, timed apart from its talks ("received with military honours at 10:00 hours")
WELCOME_PART = fastre.compile(r"\b(?:welcom\w*|arrival|arrived|airport|guard\s+of\s+honou?r|(?:military\s+)?honou?rs|"
                              r"red\s+carpet|(?:21|twenty-one)-gun|anthems?|earlier\s+in\s+the\s+(?:morning|day))\b", re.I)
# the talks themselves timed: "The talks began at 10:30 hours", "Talks between His Majesty and the President began at"
TALKS_BEGAN = fastre.compile(r"(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,3}?(?i:talks|meeting|discussions|consultations|negotiations)\b"
                             r"[^.;]{0,100}?\b(?:began|started|commenced|opened|got\s+under\s*way)\b")
# a verb by which a lead reports the meeting itself (not "was in Mexico City", "began a tour")
MEETING_VERB = fastre.compile(r"\b(?:met|meets|held|holds|hold|spoke|speaks|talked|received|receives|hosted|hosts|"
                              r"welcomed|chaired|co-chaired|attended|called|paid|had|took\s+place|was\s+held|opened)\b")
# "During the one-hour meeting, the two ministers ...": the length in a fronted phrase
DURING_THE = fastre.compile(r"(?:During|In\s+the\s+course\s+of|In)\s+(?:the|their|a)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:hour|minute)",
                            re.I)
# "At 9:30 a.m. local time (10 a.m. in New York), the Deputy Secretary-General met the Minister ..."
FRONTED_CLOCK = fastre.compile(r"(?:\d{1,2}\.\s+)?At\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:[^,.;]|(?<=\b[ap])\.|"
                               r"(?<=\b[ap]\.m)\.){0,60},\s+")
# "Prime Minister X met the Prime Minister of Canada, H.E. Mr. Y, at 14:45 hrs local time": the first
# meeting of a release that reports several
# "Following the welcome ceremony, the two Presidents held official talks ..., beginning at 11.00am."
MET_AT_CLOCK = fastre.compile(r"\b(?:met|received|held\s+(?:(?:official|bilateral|formal|private)\s+)?(?:talks|discussions)|"
                              # "Director Dr. X opened the symposium at 8:30 a.m. on March 4"
                              r"opened\s+the\s+(?:[\w-]+\s+){0,3}?(?:symposium|seminar|conference|forum|dialogue|meeting|"
                              r"session|workshop|roundtable|consultations?)|"
                              r"held\s+a\s+(?:bilateral\s+)?meeting|called\s+on)\b(?:[^.;]|(?<=\bMr)\.|(?<=\bMs)\.|"
                              r"(?<=\bDr)\.|(?<=\bH\.E)\.|(?<=\bH)\.){0,160}?\bat\s+\d{1,2}(?:[:.]\d{2}(?!\d)|\s*[ap]\.?m\b)")
# "The two met at the Council chambers in Waitangi from 10am ... and talked for two hours."
THE_TWO_MET = fastre.compile(r"(?:The\s+two|Both|They)\s+(?:(?:ministers|leaders|sides|delegations|officials|men|women)\s+)?"
                             r"(?:met|spoke|talked|held\s+talks|sat\s+down)\b")
# "President X, who is in Cape Town ..., took the call at 3pm."
TOOK_THE_CALL = fastre.compile(r"\b(?:took|made|received|placed|returned)\s+the\s+(?:(?:tele)?phone\s+|video\s+)?call\s+at\b")
# a sentence that is only about the event's start: "The meeting began at 10:04 a.m. and ended at 1:22 p.m."
STARTED_SENTENCE = fastre.compile(r"(?:The|This)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|session|debate|dialogue|consultations?|"
                                  r"call|conversation|talks|event|forum|conference|symposium|seminar|webinar)\s+"
                                  r"(?:began|started|opened|commenced|was\s+called\s+to\s+order)\s+at\b")
# a sentence that is only about the event's length: "The conversation lasted around 45 minutes."
LASTED_SENTENCE = fastre.compile(r"[\"“]?(?:The|This|Our|Their)\s+(?:[\w'’-]+\s+){0,2}?(?:call|conversation|meeting|talks|"
                                 r"discussion|exchange|videoconference|video\s+call|telephone\s+call|session|"
                                 # "The meeting, which lasted about two hours, was attended by ..."
                                 r"consultations|dialogue)(?:,\s+which)?\s+lasted\b")
# "... delivered the keynote at the opening session, which started at 9:30 local time.", "X and Y
# co-chaired the Dialogue, which ran from 9:00 a.m. to 12:00 noon." (tried only where "which" is)
TIMING_WHICH = fastre.compile(
    r"(?:[^.;]|(?<=Mr)\.|(?<=Ms)\.|(?<=Mrs)\.|(?<=Dr)\.|(?<=\b[A-Z])\.){0,200}?\b(?:meeting|talks|session|dialogue|"
    r"discussion|event|forum|conference|symposium|panel|seminar|webinar|workshop|roundtable|launch|ceremony|dinner|lunch|"
    r"luncheon|breakfast|reception|call|conversation),?\s+which\s+(?:(?:began|started|commenced|opened|got\s+under\s*way)\s+at|"
    r"ran\s+from|was\s+held\s+from|lasted)\b", re.I)
# "3:00 in the afternoon", "at 8 in the evening"
DAY_PART = fastre.compile(r"\s+in\s+the\s+(?P<part>morning|afternoon|evening)\b", re.I)
TIME_LEAD_IN = fastre.compile(r"(?:commencing|starting|beginning|begun|began|from|at|since)\s+(?:at\s+|from\s+)?$", re.I)

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "half": 0.5}
# (the tens with their units too: "seventy-five minutes", "twenty-five minutes")
_NUM = (r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)")
DURATION = fastre.compile(
    r"\b(?:for(?:\s+a\s+total\s+of)?|lasted|lasting|lasts|took|of|after)\s+(?:(?:approximately|about|around|roughly|some|nearly|almost|over|more than|"
    r"just under|just over|under|less than|a little over|a little under|approx\.|close\s+to|close\s+on|well\s+over|upwards\s+of|"
    r"just\s+about|the\s+better\s+part\s+of)\s+)?"
    r"(?:(?P<half>half an hour)|(?P<quarters>three[-\s]quarters|a\s+quarter)\s+of\s+an\s+hour|"
    r"(?P<nh>" + _NUM + r")\s+and\s+a\s+half\s+hours?|(?P<n1>" + _NUM + r")\s+(?P<u1>hours?|minutes?|mins?)"
    r"(?:\s+(?:and\s+)?(?:(?P<halfmore>a half)|(?P<quartermore>a quarter)|(?P<threequartersmore>three[-\s]quarters)|"
    r"(?P<n2>" + _NUM + r")\s+(?P<u2>minutes?|mins?)))?)\b",
    re.I)
# "a 45-minute telephone call", "an hour-long meeting", "a two-hour dialogue"
_LENGTH_WORDS = (r"(?:(?P<n>\d+|half|" + _NUM[3:-1] + r")(?P<andhalf>[-\s]and[-\s]a[-\s]half)?[-\s])?"
                 r"(?P<u>minute|hour)(?:-long)?\s+"
                 r"(?:[\w-]+\s+){0,2}(?:meeting|call|talks?|conversation|dialogue|session|discussion|"
                 r"exchange|videoconference|video\s+call|panel|lunch|dinner|breakfast|luncheon|seminar|"
                 r"forum|event|consultations?|briefing|roundtable|round\s+table|workshop|symposium|"
                 r"conference|retreat|debate|program|programme|ceremony|launch|webinar|lecture|address)\b")
HYPHENATED = fastre.compile(r"\b(?:an?|the)\s+" + _LENGTH_WORDS, re.I)
# between the start and the end: "10:00 local time at the Ministry ... and continued until 13:30"
RANGE_BETWEEN = fastre.compile(r"\s*(?:(?:[Ll]ocal|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+time\s*|[A-Z]{2,5}\b\s*)?(?:\([^)]*\)\s*)?(?:local\s+time\s*)?"
                               r"(?:(?:,?\s*(?:(?:at|in)\s+[^.;]{1,80}?\s+)?and\s+(?:ran|lasted|continued|went\s+on)\s+)?"
                               r"(?:until|till|to|-|–)|,?\s*and\s+(?:(?:will\s+)?(?:end|finish|conclude|close)|ended|finished|concluded|closed|ending|finishing)\s+at)\s*"
                               + r"|" + romance.RANGE_BETWEEN, re.I)
RANGE_BEFORE = fastre.compile(r"\b(?:from|between|(?:opened|began|started|commenced|starting|beginning|"
                              r"(?<=will\s)(?:open|begin|start|commence))\s+at|"
                              + romance.RANGE_BEFORE + r")\s+(?:\S+\s+)?$", re.I)
# "Time: 11:00 – 13:00", "Friday, 30 October 2026, 10:00 a.m. – 12:30 p.m.": a range in a details line
LISTED_BEFORE = fastre.compile(r"(?:^|\n|:|,)[ \t]*$")
END_LEAD = fastre.compile(r"\b(?:ended|finished|concluded|closed|wrapped\s+up)\s+(?:at\s+)?$", re.I)
LOCAL_MARK = fastre.compile(r"\(\s*local\s+time\s*\)", re.I)
LOCAL_TIME = fastre.compile(r"\blocal\s+time\b|\bheure\s+locale\b|\bhora\s+local\b|\bhorário\s+local\b|\bora\s+locale\b|"
                            r"\bOrtszeit\b", re.I)
STATED = fastre.compile(
    r"\b(?P<zone>JST|Japan\s+(?:Standard\s+)?[Tt]ime|Tokyo\s+time|(?:GMT|UTC)\s*[+−-]\s*\d{1,2}(?::?\d{2})?|GMT|UTC|"
    r"[ECMP][SD]T|ET|CET|CEST|MEZ|MESZ|BST|EET|EEST|WET|WEST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|KST|SGT|HKT|MSK|"
    r"Eastern\s+(?:Standard\s+|Daylight\s+)?Time|Pacific\s+(?:Standard\s+|Daylight\s+)?Time|"
    r"Central\s+European\s+(?:Summer\s+)?Time|British\s+Summer\s+Time|Greenwich\s+Mean\s+Time|"
    r"WIB|WITA|WIT|IST|PHT|PKT|SAST|EAT|WAT|CAT|ICT|MYT|"
    r"(?P<place>(?:(?:[A-Z][a-z]+|UK|US|UAE)\s+){1,2})(?:[Ss]tandard\s+)?[Tt]ime|"
    # "heure de Madagascar", "hora de Madrid", "horário de Brasília", "ora di Roma"
    r"(?:[Hh]eure|[Hh]ora|[Hh]or[aá]rio|[Oo]ra)\s+(?:de\s+|d['’]\s?|del\s+|da\s+|do\s+|di\s+)(?P<after>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|"
    # a nation's clock: "ora italiana", "hora peninsular española", "heure française"
    r"[Oo]ra\s+italiana|[Hh]ora\s+(?:peninsular\s+)?española|[Hh]ora\s+peninsular|[Hh]eure\s+(?:française|belge|suisse)|"
    r"[Hh]ora\s+(?:argentina|colombiana|peruana|uruguaya|paraguaya|venezolana|boliviana|portuguesa))\b")


@dataclass
class TimeMention:
    start: int
    end: int
    hour: int
    minute: int
    meridiem: bool = False      # a.m./p.m. (or a part of the day) was stated


@dataclass
class When:
    date: Fact[str] | None = None
    date_value: dt.date | None = None
    start_time: Fact[str] | None = None
    time_value: dt.time | None = None
    stated_zone: Fact[str] | None = None       # zone words attached to the start time ("EST", "Japan time")
    local_marked: Fact[str] | None = None      # "(local time)"
    equivalent: tuple[TimeMention, Fact[str], dt.date | None] | None = None   # "(… 01:30 a.m. JST)"
    duration: Fact[int] | None = None
    problems: list[Problem] | None = None


def _word_time(m: re.Match) -> TimeMention | None:
    """"half past ten", "three o'clock in the afternoon"."""
    half = m.group("half") is not None
    hour, minute = int(_number(m.group("hw") or m.group("hw2"))), 30 if half else 0
    end = m.end()
    part = DAY_PART.match(m.string, end)
    if not 1 <= hour <= 12 or (hour < 7 and part is None):
        return None     # "three o'clock" alone: no one meets at 03:00, and 15:00 would be a guess
    if part is not None:
        if part.group("part").lower() != "morning" and hour != 12:
            hour += 12
        end = part.end()
    return TimeMention(m.start(), end, hour, minute, part is not None)


def parse_time(m: re.Match) -> TimeMention | None:
    g = m.groupdict()
    if g["noon"]:
        hour = 0 if g["noon"].lower() == "midnight" else 12
        return TimeMention(m.start(), m.end(), hour, 0, True)
    ap = None
    for h, mi in (("h", "m"), ("hd", "md"), ("ht", "mt"), ("hm", "mm"), ("hf", "mf"), ("hq", "mq"), ("hs", "ms"), ("hh", ""),
                  ("hr", ""), ("hp", "")):
        if g[h] is not None:
            hour, minute = int(g[h]), int(g.get(mi) or 0)
            ap = g["ap"] if h == "h" else None
            break
    else:
        hour, minute, ap = int(g["h2"]), 0, g["ap2"]
    end = m.end()
    if ap:
        p = ap.lower().replace(".", "").replace(" ", "")
        if hour > 12 or hour == 0:
            return None
        if p == "pm" and hour != 12:
            hour += 12
        if p == "am" and hour == 12:
            hour = 0
    elif (part := DAY_PART.match(m.string, end)) is not None and 1 <= hour <= 12:
        ap = part.group("part").lower()
        if ap != "morning" and hour != 12:
            hour += 12          # "3:00 in the afternoon", "8 in the evening"
        end = part.end()
    if g.get("hp") is not None and not ap and 1 <= hour < 12 and \
            not m.string[max(0, m.start() - 11):m.start()].startswith("morning"):
        hour += 12              # "this afternoon at 3", "this evening at 7"
    if hour > 23:
        return None
    return TimeMention(m.start(), end, hour, minute, bool(ap))


_TIME_HINT = fastre.compile(r"\d|noon|midday|midnight|mediod[ií]a|meio-dia|midi")
# "at three o'clock in the afternoon", "at half past ten": the hour in words or figures, a pattern of its
# own, tried only where its words are (in TIME, its many first letters slowed every scan)
WORD_TIME = fastre.compile(r"\b(?:(?P<half>half\s+past\s+)(?P<hw>[01]?\d|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|eleven|twelve)\b|(?P<hw2>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve)\s+o['’]clock\b)", re.I)


# "The forum ran from 0830 to 1600": a range of four-figure clocks, the first with its leading zero (no year has it)
MILITARY_RANGE = fastre.compile(r"\bfrom\s+(?P<a>0\d[0-5]\d)\s*(?:to|until|till|-|–)\s*(?P<b>(?:[01]\d|2[0-3])[0-5]\d)\b")


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = fastre.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


# a Romance part of the day after a clock: "de la tarde" (p.m.), "de la mañana" (a.m.)
ROMANCE_PART_OF_DAY = fastre.compile(r"\s*(?:horas?\s+|heures?\s+|h\s+)?(?:(?P<pm>de\s+la\s+(?:tarde|noche)|du\s+soir|"
                                     r"de\s+l['’]après-midi|da\s+(?:tarde|noite)|di\s+sera|del\s+pomeriggio)|"
                                     r"de\s+la\s+mañana|du\s+matin|da\s+manhã|del\s+mattino|di\s+mattina)\b")


def find_times(text: str, start: int, end: int) -> list[TimeMention]:
    out = []
    for m in MILITARY_RANGE.finditer(text, start, end):
        for g in ("a", "b"):
            v = m.group(g)
            out.append(TimeMention(m.start(g), m.end(g), int(v[:2]), int(v[2:])))
    if "clock" in text[start:end] or "half past" in text[start:end]:
        for m in WORD_TIME.finditer(text, start, end):
            t = _word_time(m)
            if t is not None:
                out.append(t)
    if _TIME_HINT.search(text, start, end) is None:
        return sorted(out, key=lambda t: t.start)
    for m in TIME.finditer(text, start, end):
        t = parse_time(m)
        if t is not None:
            out.append(t)
    seg = text[start:end]       # (sliced once: the language checks below look in it)
    if "à " in seg or "às " in seg or "las " in seg or "de " in seg or "das " in seg or " alle " in seg \
            or " ore " in seg or " dalle " in seg:
        taken = {t.start for t in out}
        for m in ROMANCE_TIME.finditer(text, start, end):
            if m.start() not in taken:
                h, mi = (m.group("h"), m.group("m")) if m.group("h") else \
                    (m.group("ih"), m.group("im")) if m.group("ih") else (m.group("sh"), None)
                out.append(TimeMention(m.start(), m.end(), int(h), int(mi or 0)))
    if "Uhr" in seg:
        # "um 10 Uhr", "um 10.30 Uhr": a German clock (one the pattern above read already is not read twice)
        taken = {t.start for t in out}
        for m in GERMAN_TIME.finditer(text, start, end):
            if m.start() not in taken:
                h, mi = (m.group("h"), m.group("m")) if m.group("h") else (m.group("rh"), m.group("rm"))
                out.append(TimeMention(m.start(), m.end(), int(h), int(mi or 0)))
    if any(hint in seg for hint in northern.TIME_HINTS):
        # "om 14.00 uur", "kl. 12.00", "o godz. 12:00": Dutch, Scandinavian and Polish clocks
        taken = {t.start for t in out}
        for m in NORTHERN_TIME.finditer(text, start, end):
            if m.start() not in taken:
                h, mi = next((m.group(a), m.group(b)) for a, b in (("h", "m"), ("rh", "rm"), ("sh", "sm")) if m.group(a))
                out.append(TimeMention(m.start(), m.end(), int(h), int(mi or 0)))
    out.sort(key=lambda t: t.start)
    for t in out:
        if not t.meridiem and t.hour < 12 and (part := ROMANCE_PART_OF_DAY.match(text, t.end)) is not None:
            # "a las 6:00 de la tarde", "à 7 h du soir", "às 8h da noite": the afternoon's or evening's hour
            if part.group("pm") and t.hour < 12:
                t.hour += 12
            t.meridiem = True
    # "from 1:15 to 2:30 p.m.": the first time of a range takes the second's p.m.
    for a, b in zip(out, out[1:]):
        if not a.meridiem and b.meridiem and b.hour >= 12 and a.hour < 12 and a.hour + 12 <= b.hour \
                and RANGE_BETWEEN.fullmatch(text, a.end, b.start):
            a.hour += 12
    return out


def _number(word: str) -> float:
    w = word.lower()
    if w[0].isdigit():
        return float(w)
    tens, _, unit = w.partition("-")
    return NUMBER_WORDS.get(w) or (NUMBER_WORDS.get(tens, 0) + NUMBER_WORDS.get(unit, 0) if unit else 0)


def duration_minutes(m: re.Match) -> int | None:
    g = m.groupdict()
    if g["half"]:
        return 30
    if g["quarters"]:
        return 45 if g["quarters"].lower().startswith("three") else 15     # "three quarters of an hour"
    if g["nh"]:
        return int(round(_number(g["nh"]) * 60 + 30))     # "two and a half hours"
    total = _number(g["n1"]) * (60 if g["u1"].lower().startswith("h") else 1)
    if g["halfmore"]:
        total += 30
    if g["quartermore"]:
        total += 15             # "an hour and a quarter"
    if g["threequartersmore"]:
        total += 45             # "an hour and three quarters"
    if g["n2"]:
        total += _number(g["n2"])
    return int(round(total)) or None


# a Spanish, French or Portuguese release: "se extendió por cerca de dos horas", "tuvo una duración
# aproximada de hora y media", "a duré près d'une heure", "s'est prolongé pendant deux heures et demie", "durou
# cerca de cinquenta minutos", "una reunión de trabajo de una hora y media de duración"
_ROMANCE_AMOUNT = (r"(?:(?P<half>hora\s+y\s+media|heure\s+et\s+demie|hora\s+e\s+meia|un['’]ora\s+e\s+mezz[ao])|"
                   # Italian: "un'ora", "mezz'ora"
                   r"(?P<onehour>un['’]ora)|"
                   # "trois quarts d'heure", "un quart d'heure", "tres cuartos de hora", "meia hora", "media hora"
                   r"(?P<quarters>trois\s+quarts\s+d['’]heure|tres\s+cuartos\s+de\s+hora|três\s+quartos\s+de\s+hora)|"
                   r"(?P<quarter>un\s+quart\s+d['’]heure|un\s+cuarto\s+de\s+hora|um\s+quarto\s+de\s+hora)|"
                   r"(?P<halfhour>(?:une\s+)?demi-heure|media\s+hora|meia\s+hora|mezz['’]ora)|"
                   # "une quarantaine de minutes", "una veintena de minutos": a round number of minutes
                   r"(?:une|una|uma)\s+(?P<round>dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|"
                   r"decena|quincena|veintena|treintena|cuarentena|dezena|quinzena|vintena|trintena|"
                   r"decina|quindicina|ventina|trentina|quarantina|cinquantina)\s+(?:de|di)\s+"
                   r"(?:minutes|minutos|minuti)|"
                   r"(?P<n>" + "|".join(sorted(romance.NUMBERS, key=len, reverse=True)) + r"|\d+)\s+"
                   r"(?P<u>horas?|heures?|minutos|minutes|ore|ora|minuti)"
                   r"(?P<andhalf>\s+(?:y|et|e)\s+(?:media|demie|meia))?(?P<andquarter>\s+(?:et|y)\s+(?:quart|cuarto))?"
                   # "uma hora e dez minutos", "una hora y veinte minutos"
                   r"(?:\s+(?:y|et|e)\s+(?P<andmin>" + "|".join(sorted(romance.NUMBERS, key=len, reverse=True))
                   + r"|\d+)\s+minut(?:os|es|i))?)(?!\w)")
ROMANCE_DURATION = fastre.compile(
    r"\b(?:se\s+extendi[oó]|se\s+prolong[oó]|dur[oó]|tuvo\s+una\s+duraci[oó]n|a\s+duré|ont\s+duré|"
    r"s['’]est\s+prolongée?|se\s+sont\s+prolongé(?:e)?s|pendant|durant|durante|durou|duraram|prolongaram-se|prolongou-se|"
    r"[eè]\s+durat[oa]|(?:teve|com)\s+(?:a|uma)\s+duração|durat[oa]|(?:si\s+è|si\s+sono)\s+protratt[oaie]|"
    r"(?:è|sono)\s+proseguit[oaie]|(?:è|sono)\s+continuat[oaie])\b[^.;]{0,40}?(?<!\w)" + _ROMANCE_AMOUNT
    # "Na conversa, de cerca de 25 minutos, ...", "la reunión, de aproximadamente una hora, ..."
    + r"|\b(?:conversa|reunião|encontro|audiência|conversación|reunión|encuentro|llamada|chamada)\s*,\s*de\s+"
    r"(?:cerca\s+de\s+|aproximadamente\s+|unos\s+|unas\s+)?" + _ROMANCE_AMOUNT.replace("?P<", "?P<z")
    + r"|\b(?:de|d['’])\s*" + _ROMANCE_AMOUNT.replace("?P<", "?P<x") + r"\s+de\s+duraci[oó]n"
    # "Au cours de cet entretien d'une vingtaine de minutes", "Cet entretien d'une heure a permis ..."
    + r"|\b(?:entretien|audience|échange|réunion|rencontre|séance|conversation)\s+(?:de\s+(?:près|plus)\s+)?d['’]\s*"
    + _ROMANCE_AMOUNT.replace("?P<", "?P<y")
    # "Deux heures durant, les deux délégations ont passé en revue ..."
    + r"|\b" + _ROMANCE_AMOUNT.replace("?P<", "?P<w") + r"\s+durant\b", re.I)
# French and Portuguese clocks: "à 10 h 30", "à 15 heures", "às 9 horas", "a las 21 horas", "à partir de 9 heures"
GERMAN_TIME = fastre.compile(german.TIME)
GERMAN_DURATION = fastre.compile(german.DURATION)
NORTHERN_TIME = fastre.compile(northern.TIME)
NORTHERN_DURATION = fastre.compile(northern.DURATION, re.I)
# ... "de 13 h 15 à 14 h 30": a range's start
ROMANCE_TIME = fastre.compile(r"(?:(?<=\bà\s)|(?<=\bàs\s)|(?<=\bdas\s)|(?<=\blas\s)|(?<=\bpartir\sde\s)|(?<=\bde\s)|(?<=\bdes\s))"
                              r"(?P<h>[01]?\d|2[0-3])"
                              r"\s?(?:h|heures?|horas?)(?:\s?(?P<m>[0-5]\d))?(?!\w)|"
                              # Italian: "alle 13", "dalle 15 alle 16.15", "alle ore 11.00", "a partire dalle ore 10"
                              r"(?:(?<=\balle\s)|(?<=\bdalle\s)|(?<=\bore\s))(?P<ih>[01]?\d|2[0-3])(?:[.:](?P<im>[0-5]\d))?"
                              r"(?![\w.,:]\d|\s*(?:%|per\s+cento|anni|giorni|minuti|ore\b))|"
                              # Spanish, the hour alone: "se inició a las 10, según el horario de verano"
                              r"(?<=\ba\slas\s)(?P<sh>[01]?\d|2[0-3])(?![\w.:]|,\d|\s*(?:%|por\s+ciento|años|días|horas|de\s+(?:las|los)\b))")


ROUND_MINUTES = {"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
                 "soixantaine": 60, "decena": 10, "quincena": 15, "veintena": 20, "treintena": 30, "cuarentena": 40,
                 "dezena": 10, "quinzena": 15, "vintena": 20, "trintena": 30, "decina": 10, "quindicina": 15,
                 "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50}


def _romance_durations(text: str, start: int, end: int) -> list[Fact[int]]:
    out = []
    for m in ROMANCE_DURATION.finditer(text, start, end):
        g = {k.lstrip("xyzw"): v for k, v in m.groupdict().items() if v is not None}
        if g.get("half"):
            v = 90
        elif g.get("onehour"):
            v = 60
        elif g.get("round"):
            v = ROUND_MINUTES[g["round"].lower()]
        elif g.get("quarters") or g.get("quarter") or g.get("halfhour"):
            v = 45 if g.get("quarters") else 15 if g.get("quarter") else 30
        else:
            word = g["n"].lower()
            n = romance.NUMBERS.get(word) or int(word)
            v = n * 60 if g["u"].lower().startswith(("hora", "heure", "or")) else n
            v += 30 if g.get("andhalf") else 15 if g.get("andquarter") else 0
            if g.get("andmin"):
                v += romance.NUMBERS.get(g["andmin"].lower()) or int(g["andmin"])
        if 0 < v <= 24 * 60:
            out.append(Fact.at(v, m.start(), m.end()))
    return out


def _lengths(pattern: re.Pattern[str], minutes, text: str, start: int, end: int) -> list[Fact[int]]:
    """Each length `pattern` finds in [start, end), in minutes as `minutes` reads its match (a day at most)."""
    out = []
    for m in pattern.finditer(text, start, end):
        v = minutes(m)
        if 0 < v <= 24 * 60:
            out.append(Fact.at(v, m.start(), m.end()))
    return out


def _german_minutes(m: re.Match) -> int:
    """"eine halbe Stunde", "eineinhalb Stunden", "zweieinhalb Stunden", "90 Minuten", "zwei Stunden und eine halbe"."""
    if m.group("halfh"):
        return 30
    if m.group("onehalf"):
        return 90
    if m.group("nhalf"):
        return german.NUMBERS[m.group("nhalf").lower()] * 60 + 30
    word = m.group("n").lower()
    n = german.NUMBERS.get(word) or int(word)
    return (n * 60 if m.group("u").startswith("Stunde") else n) + (30 if m.group("andhalf") else 0)


def _northern_minutes(m: re.Match) -> int:
    """"anderhalf uur", "en halvtimme", "godzinę", "45 minut", "twee uur"."""
    if m.group("onehalf"):
        return 90
    if m.group("half"):
        return 30
    if m.group("hour"):
        return 60
    word = m.group("n").lower()
    n = northern.NUMBERS.get(word) or int(word)
    return n if m.group("u").lower().startswith("minut") else n * 60


def _german_durations(text: str, start: int, end: int) -> list[Fact[int]]:
    return _lengths(GERMAN_DURATION, _german_minutes, text, start, end)


def _northern_durations(text: str, start: int, end: int) -> list[Fact[int]]:
    return _lengths(NORTHERN_DURATION, _northern_minutes, text, start, end)


# words without which no Romance length is stated: "durou", "se extendió", "prolongé", "pendant", "d'une heure"
ROMANCE_DURATION_HINTS = ("dur", "extendi", "prolong", "endant", " d'une", " d’une", ", de ", "durat", "protratt", "prosegu",
                          "durant", "près d")


def _durations(text: str, start: int, end: int) -> list[Fact[int]]:
    out = []
    seg = text[start:end]
    if any(hint in seg for hint in northern.DURATION_HINTS):
        out = _northern_durations(text, start, end)
        if out:
            return out
    if "dauert" in seg:
        out = _german_durations(text, start, end)
        if out:
            return out
    if any(hint in seg for hint in ROMANCE_DURATION_HINTS):
        out = _romance_durations(text, start, end)
        if out:
            return out
    for m in DURATION.finditer(text, start, end):
        v = duration_minutes(m)
        if v and v <= 24 * 60:
            out.append(Fact.at(v, m.start(), m.end()))
    if out:
        return out
    for m in HYPHENATED.finditer(text, start, end):
        n = _number(m.group("n")) if m.group("n") else 1
        n += 0.5 if m.group("andhalf") else 0       # "a two-and-a-half-hour dialogue"
        v = int(n * (60 if m.group("u").lower() == "hour" else 1))
        if 0 < v <= 24 * 60:
            out.append(Fact.at(v, m.start(), m.end()))
    if out:
        return out
    # "from 11:15 to 11:50", "from 8:25 p.m. until 10:05 p.m. (local time)"
    # "09:30 Chilean time (08:30 in La Paz) and closed at 13:00": the bracketed equivalent is no end
    times = [t for t in find_times(text, start, end)
             if text.rfind("(", start, t.start) <= text.rfind(")", start, t.start)]
    for a, b in zip(times, times[1:]):
        if not RANGE_BETWEEN.fullmatch(text, a.end, b.start) or not (
                RANGE_BEFORE.search(text[max(start, a.start - 20):a.start])
                or LISTED_BEFORE.search(text[max(0, a.start - 20):a.start])):
            continue
        minutes = (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)
        if minutes <= 0:
            minutes += 24 * 60
        if minutes <= 12 * 60:
            return [Fact.at(minutes, a.start, b.end)]
    return out


DAY_DESCRIBED = fastre.compile(r"\b[Oo]n\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:[Dd]ay|morning|afternoon|evening|eve)\b")


# a page's own stamp, not a heading that dates what follows: "Posted on 14 March 2025", "Updated: 01.03.2024"
STAMP_WORDS = fastre.compile(r"\b(?:posted|updated|published|tabled|released|issued|atualizado|publicado|publié|"
                             r"aktualisiert|pubblicato|modified)\b", re.I)


# a timed item of an event's programme, a line of its own: "- 13:30 – Welcome and opening remarks"
PROGRAMME_ITEM = fastre.compile(r"(?m)^[ \t]*(?:[-•*▪][ \t]*)?(?P<clock>\d{1,2}[:.]\d{2}(?:[ \t]*(?i:[ap]\.?m\.?))?)"
                                r"(?:[ \t]*[-–—][ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?i:[ap]\.?m\.?))?)?[ \t]*(?:hrs?\.?[ \t]*)?"
                                # what happens then, in words ("12:15 P.M. EST" is a transcript's stamp)
                                r"[-–—:|]?[ \t]*[A-Z][^\n]*?[a-z][^\n]{2,}$")


BEFORE_THE_EVENT = fastre.compile(r"[ \t]*(?:hrs?\.?[ \t]*)?[-–—:|]?[ \t]*(?:Doors|Registration|Arrival|Arrivals|Welcome\s+coffee|"
                                  r"Coffee|Networking|Accreditation|Check-in)\b", re.I)


def _day_heading(text: str, s: int, e: int) -> bool:
    """A heading line of its own that dates what follows: "DAY ONE - MONDAY, FEBRUARY 23",
    "Tuesday 24 February"."""
    line = text[s:e].strip()
    return "\n" not in line and len(line) <= 60 and not line.endswith((".", "!", "?", ":", ";", ",", "-", "–", "—")) \
        and not STAMP_WORDS.search(line) and not find_times(text, s, e) and bool(find_dates(text, s, e))


def read_when(doc: Doc, layout: Layout) -> When:
    text = doc.text
    w = When(problems=[])
    day_heading = None
    if layout.lead is None:
        regions = [layout.notice.when] if layout.notice is not None else []
    else:
        # the lead, then the rest of its paragraph (not the lead again), then a restatement
        regions = [layout.lead]
        if layout.notice is not None:
            regions.insert(0, layout.notice.when)     # "Date: ... / Time: ...": the event's own details
        if layout.lead_paragraph and layout.lead_paragraph[1] > layout.lead[1]:
            regions.append((layout.lead[1], layout.lead_paragraph[1]))
        if layout.restatement:
            regions.append(layout.restatement)
        # "X undertook a visit to Kabul today. He held a meeting ...": the sentence before the lead
        prior = [(s, e) for s, e in doc.sentences(layout.dateline_end, layout.lead[0])]
        # ... or the paragraph before, when the lead's subject is a pronoun ("The Deputy Secretary-General began
        # a visit to Nepal on Tuesday, 24 February. // At 10:30 a.m., she was received ...")
        if prior and ("\n\n" not in text[prior[-1][1]:layout.lead[0]]
                      or PRONOUN_LEAD.match(text, layout.lead[0], layout.lead[1])):
            regions.append(prior[-1])
        elif prior and _day_heading(text, *prior[-1]):
            regions.append(prior[-1])   # "DAY ONE - MONDAY, FEBRUARY 23" over the lead's paragraph: its day
            day_heading = prior[-1]
        after = (layout.lead_paragraph or layout.lead)[1]
        if not MEETING_VERB.search(text, *(layout.lead_paragraph or layout.lead)):
            # "X was in Mexico City on 10 April. // At noon, he met Y ... for more than an hour."
            regions.extend(doc.sentences(after, min(layout.body_end, after + 600))[:1])
        # "The Dialogue began at 2.30pm AEDT.": a sentence of the next paragraphs that times the event
        welcome = None
        for s, e in doc.sentences(after, min(layout.body_end, after + 1200))[:6]:
            if TIMING_SENTENCE.match(text, s, e) or ("which" in text[s:e] and TIMING_WHICH.match(text, s, e)) \
                    or ROMANCE_DURATION.search(text, s, e) \
                    or TOOK_THE_CALL.search(text, s, e) or THE_TWO_MET.match(text, s, e) \
                    or (FRONTED_CLOCK.match(text, s, e) and MEETING_VERB.search(text, s, e)) \
                    or MET_AT_CLOCK.search(text, s, e) or (welcome is not None and TALKS_BEGAN.match(text, s, e)):
                timed = bool(find_times(text, s, e))
                talks = TALKS_BEGAN.match(text, s, e) is not None
                if welcome is None and timed and not talks and WELCOME_PART.search(text, s, e):
                    # "received his counterpart at the airport at 9:30 a.m., where a welcome ceremony was held ...
                    # The talks began at 11:00 a.m.": a visit's welcome is timed before its talks
                    welcome = (s, e)
                    continue
                if welcome is not None and not (talks and timed):
                    continue
                regions.append((s, e))
                if timed:
                    welcome = None
                    break       # "... was held in the Chamber. It opened at 10:07 a.m.": read on to a clock
        if welcome is not None:
            regions.append(welcome)
        # "The meeting began at 10:04 a.m. and ended at 1:22 p.m.": a coverage's last line times it
        closing = next(((s, e) for s, e in doc.sentences(after, layout.body_end) if STARTED_SENTENCE.match(text, s, e)), None)
        if closing is not None and closing not in regions:
            regions.append(closing)
        if layout.frame is not None:
            # "On Tuesday the Minister paid a one-day visit to Warsaw ... The main meeting of the visit took place
            # at ...": the visit's day, when the meeting's own sentences name none
            regions.append(layout.frame)
    pub = layout.published_date

    # -- date -------------------------------------------------------------------------------
    opening = _opening_day(doc, layout, pub)
    if opening is not None:
        # "... today closed the Seminar ... The two-day seminar opened on Monday, 9 November": its first day
        regions = [opening] + [r for r in regions if r != opening]
    for s, e in regions:
        dates = [d for d in find_dates(text, s, e) if not _in_equivalent(text, s, d.start)
                 and not DATE_OF_A_THING.search(text, max(s, d.start - 30), d.start)]
        rel = _main_relative_day(text, s, e)
        if dates and (rel or WEEKDAY_REF.search(text, s, e)) and all(_in_a_span(text, d) for d in dates):
            dates = []      # "on a visit from 13 to 16 January, met ... this morning": the visit's span is not the day
        if dates and pub is not None and (rel or WEEKDAY_REF.search(text, s, e)) \
                and (head := AGENCY_DATELINE.match(text, s, e)) and all(d.end <= head.end() for d in dates):
            dates = []      # "New Delhi, January 22 (QNA) - ... met ... on Wednesday": the wire's date, not the day
        if dates and rel and pub is not None:
            # "met today ..., two days before Sunday's elections, 10 March", "on a visit until 14 June": with the
            # sentence's own "today", a later day without its year is another occasion's
            # (but "today, 16 March" names today's own date)
            dates = [d for d in dates if d.year is not None or (d.resolve(pub.year) or pub) <= pub
                     or 0 <= d.start - rel.end() <= 12]
        if dates and pub is not None and all(_long_before(d, pub, days=366) for d in dates):
            dates = []      # "am Jahrestag der Resolution 1325 vom 31. Oktober 2000": history, years before the date line
        if dates and rel and pub is not None and all(_long_before(d, pub) for d in dates):
            dates = []      # "This morning ... to mark the anniversary of Resolution 1325, adopted on 31 October 2000"
        if len(dates) > 1 and _in_a_span(text, dates[0]) and not _in_a_span(text, dates[-1]):
            # "on an official visit on September 11-13 ..., at the State Palace on September 12": the day itself
            dates = [d for d in dates if not _in_a_span(text, d)]
        if len(dates) > 1 and (head := AGENCY_DATELINE.match(text, s, e)) and dates[0].end <= head.end() \
                and dates[1].start >= head.end() and DAY_OF_EVENT.search(text, max(s, dates[1].start - 16), dates[1].start):
            year_hint = dates[0].year   # its year still dates the day ("... (Tuesday, August 25, 2026) ... Monday, August 24")
            dates = dates[1:]   # "NEW DELHI, 03 February 2026 - ... co-chaired ... on 02 February 2026": the day itself
        else:
            year_hint = None
        if dates:
            d = dates[0]
            year = d.year if d.year is not None else (pub.year if pub else year_hint)
            value = d.resolve(year)
            if value and d.year is None and pub and value > pub + dt.timedelta(days=7):
                value = d.resolve(year - 1)
            if value:
                w.date_value = value
                spans = [Span(d.start, d.end)]
                if d.year is None:
                    spans += list(_published_spans(layout))
                w.date = Fact(value.isoformat(), tuple(spans))
            break
        if rel and pub is not None:
            value = pub + dt.timedelta(days=relative_offset(rel.group()))
            w.date_value = value
            w.date = Fact(value.isoformat(), (Span(rel.start(), rel.end()),) + _published_spans(layout))
            break
        day_only = DAY_ONLY.search(text, s, e)
        if day_only and pub is not None and (value := _day_of_month_before(pub, int(day_only.group("day")))):
            # "at 10 a.m. on the 16th" under "2025.09.16": the latest such day up to the date line
            w.date_value = value
            w.date = Fact(value.isoformat(), (Span(day_only.start("day"), day_only.end()),)
                          + _published_spans(layout))
            break
        weekday = WEEKDAY_REF.search(text, s, e)
        if weekday and pub is not None:
            day = weekday.group("weekday").lower()
            back = (pub.weekday() - WEEKDAYS.index(FRENCH_WEEKDAYS.get(day, day))) % 7
            if (weekday.group("which") or "").lower() == "last" and back == 0:
                back = 7                                # "last Monday", written on a Monday
            value = pub - dt.timedelta(days=back)      # "on Thursday": the last Thursday up to the date line
            w.date_value = value
            w.date = Fact(value.isoformat(), (Span(weekday.start("weekday"), weekday.end("weekday")),)
                          + _published_spans(layout))
            break
    if w.date is None and layout.title_dates:
        d = layout.title_dates[0]
        year = d.year if d.year is not None else (pub.year if pub else None)
        value = d.resolve(year)
        if value:
            w.date_value = value
            w.date = Fact.at(value.isoformat(), d.start, d.end)
    if w.date is None and pub is not None and layout.lead and DAY_DESCRIBED.search(text, *layout.lead) \
            and not find_dates(text, *layout.lead):
        # "On the morning the clocks went back, the Minister received ...", "On the International Day
        # for ...": a day the date line dates
        w.date_value = pub
        w.date = Fact(pub.isoformat(), _published_spans(layout))
    if w.date is None and layout.lead:
        dm = find_dates(text, *layout.lead)
        if dm and dm[0].year is None and pub is None:
            w.problems.append(Problem("date_without_year", "the event date has no year and the document no date line",
                                      (Span(dm[0].start, dm[0].end),)))

    # -- start time -------------------------------------------------------------------------
    # "The meeting ended at 16.15": an end, kept to derive the start once the length is known
    ended: tuple[TimeMention, int, int] | None = None
    timed = [r for r in regions if r != day_heading] + ([layout.title_range] if layout.title_range else [])   # last, the headline's "at 10:30"
    for s, e in timed:
        times = [t for t in find_times(text, s, e) if not _in_equivalent(text, s, t.start)]
        ends = [t for t in times if END_LEAD.search(text, max(s, t.start - 30), t.start)]
        if ends and ended is None:
            ended = (ends[0], s, e)
        times = [t for t in times if t not in ends]
        if not times:
            continue
        t = times[0]
        w.time_value = dt.time(t.hour, t.minute)
        w.start_time = Fact.at(f"{t.hour:02d}:{t.minute:02d}", t.start, t.end)
        _zone_context(doc, w, t, s, e)
        break
    if w.local_marked is None:
        for s, e in regions[:1]:
            m = LOCAL_MARK.search(text, s, e)
            if m:
                w.local_marked = Fact.at("local", m.start(), m.end())

    if w.start_time is None and layout.lead is not None:
        # "- 13:30 – Welcome and opening remarks: ..." over further timed items: the programme's first
        items = list(PROGRAMME_ITEM.finditer(text, layout.dateline_end, layout.body_end))
        if len(items) >= 2:
            # (doors opening and registration come before the event itself)
            clocks = [find_times(text, *m.span("clock"))[:1] for m in items]
            in_order = all(a and b and (a[0].hour, a[0].minute) <= (b[0].hour, b[0].minute) for a, b in zip(clocks, clocks[1:]))
            # (doors opening and registration come before the event itself)
            items = [m for m in items if not BEFORE_THE_EVENT.match(text, m.end("clock"))] or items
            times = find_times(text, *items[0].span("clock")) if in_order else []
            if times:
                t = times[0]
                w.time_value = dt.time(t.hour, t.minute)
                w.start_time = Fact.at(f"{t.hour:02d}:{t.minute:02d}", t.start, t.end)
                _zone_context(doc, w, t, items[0].start(), items[0].end())

    # -- duration ---------------------------------------------------------------------------
    for k, (s, e) in enumerate(regions):
        durs = _durations(text, s, e)
        if not durs:
            continue
        values = {d.value for d in durs}
        if len(values) == 1 or k == 0:
            w.duration = durs[0]
        else:
            w.problems.append(Problem("duration_parts", "parts of the event are timed separately with no total",
                                      tuple(sp for d in durs for sp in d.spans)))
        break
    if w.duration is None and layout.lead is not None:
        # "The meeting started at 10:00 ... . In total, the talks lasted about two hours.": a later
        # sentence about the event that gives its length
        after = (layout.lead_paragraph or layout.lead)[1]
        for s, e in doc.sentences(after, min(layout.body_end, after + 1200))[:6]:
            if (TIMING_SENTENCE.match(text, s, e) or DURING_THE.match(text, s, e)) and (durs := _durations(text, s, e)):
                w.duration = durs[0]
                break
        else:
            # "The call lasted just under half an hour.", often the readout's last words
            for s, e in doc.sentences(after, layout.body_end):
                # ... or "The two-and-a-half-hour dialogue concluded with a call for ..."
                if (LASTED_SENTENCE.match(text, s, e) or _LENGTH_SUBJECT.match(text, s, e)) \
                        and (durs := _durations(text, s, e)):
                    w.duration = durs[0]
                    break
    if w.duration is None and w.start_time is not None and w.time_value is not None and layout.lead is not None:
        w.duration = _closing_time(doc, w, (layout.lead_paragraph or layout.lead)[1], layout.body_end)
    if w.start_time is None and ended is not None and w.duration is not None:
        t, s, e = ended
        start = dt.datetime(2000, 1, 1, t.hour, t.minute) - dt.timedelta(minutes=w.duration.value)
        w.time_value = start.time()
        w.start_time = Fact(f"{start.hour:02d}:{start.minute:02d}").citing(
            Fact.at(t.hour, t.start, t.end), w.duration)
        _zone_context(doc, w, t, s, e)
    return w


_LENGTH_SUBJECT = fastre.compile(r"[\"“]?(?:The|This|Their)\s+" + _LENGTH_WORDS, re.I)


# "The Forum closed at 17:30 with the adoption of ...": the event's end, in a later paragraph
CLOSING_SENTENCE = fastre.compile(
    r"(?:The|This|Our)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|forum|event|conference|symposium|seminar|session|dialogue|"
    r"workshop|talks|consultations|panel|roundtable|round\s+table|ceremony|debate|webinar)\s+(?:was\s+)?"
    r"(?:closed|ended|concluded|finished|adjourned|wrapped\s+up)\s+at\b|" + romance.CLOSING_SENTENCE, re.I)


# minutes' last line, the clock first: "At 4:41 p.m., the Committee adjourned to the call of the Chair."
CLOSING_FRONTED = fastre.compile(r"At\s+(?P<clock>[^,.;]{1,20}(?:[ap]\.m\.)?),\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:Committee|[Mm]eeting|[Ss]ession|[Ss]itting|Council|Commission|Board|Assembly|Subcommittee)"
                                 r"\s+(?:was\s+)?(?:adjourned|suspended|rose|closed)\b")


def _closing_time(doc: Doc, w: When, start: int, end: int) -> Fact[int] | None:
    """The length from the start time to the time a later sentence says the event closed."""
    text = doc.text
    for s, e in doc.sentences(start, end):
        m = CLOSING_SENTENCE.match(text, s, e)
        fronted = CLOSING_FRONTED.match(text, s, e) if m is None else None
        if fronted is not None:
            m, e = fronted, fronted.end("clock")
            times = find_times(text, fronted.start("clock"), e)
        elif m is None:
            continue
        else:
            times = find_times(text, m.end(), e)
        if not times:
            return None
        t = times[0]
        minutes = (t.hour * 60 + t.minute) - (w.time_value.hour * 60 + w.time_value.minute)
        if not 0 < minutes < 16 * 60:
            return None
        return Fact(minutes).citing(w.start_time, Fact.at(minutes, m.start(), t.end))
    return None


CLOSED_LEAD = fastre.compile(r"\b(?:closed|concluded|ended|wrapped\s+up)\b")
OPENED_ON = fastre.compile(r"\b(?:opened|began|started|commenced)\s+on\s+")


def _opening_day(doc: Doc, layout: Layout, pub: dt.date | None) -> tuple[int, int] | None:
    """The sentence of the lead's paragraph that dates an event's opening, when the lead reports
    its close: the event is dated by its first day."""
    if layout.lead is None or not CLOSED_LEAD.search(doc.text, *layout.lead):
        return None
    para = layout.lead_paragraph or layout.lead
    for s, e in doc.sentences(layout.lead[1], para[1]):
        m = OPENED_ON.search(doc.text, s, e)
        if m is not None and any(d.start - m.end() <= 12 for d in find_dates(doc.text, m.end(), e)):
            return s, e
    return None


# "on the 16th": a day of the month, the month the date line's (not "the 16th of May", not "the 16th session")
# (not "on the 17th floor", "on the 25th anniversary"; but "on the 17th at the Korea Press Center")
DAY_ONLY = fastre.compile(r"\b[Oo]n\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
                          r"(?!\s+(?:of\s+)?(?!(?:at|in|and|with|from|when|under)\b)[A-Za-z])")


def _day_of_month_before(pub: dt.date, day: int) -> dt.date | None:
    """The last date with that day of the month on or before `pub`, within a month."""
    if not 1 <= day <= 31:
        return None
    year, month = pub.year, pub.month
    for _ in range(2):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            value = None
        if value is not None and value <= pub:
            return value if (pub - value).days <= 31 else None
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


PRONOUN_LEAD = fastre.compile(r"(?:[^,;]{0,40},\s*)?(?:she|he|they|She|He|They)\s|"
                              # "The Romanian Foreign Minister had a meeting with ...": the one the paragraph before named
                              r"The\s+(?:[A-Z][a-z]+\s+){0,2}(?:Minister|Secretary|President|Chancellor|Ambassador|Envoy)\s+"
                              r"(?:had|held|met|was|paid|also)\b|"
                              # "... led a delegation to Caracas yesterday for talks with ... // The meeting opened at
                              # 10:00 a.m.": the event the paragraph before named, timed
                              r"The\s+(?:meeting|talks|call|conversation|discussion|session)\s+(?:opened|began|started)\s+at\b|"
                              # "A public forum ... on Wednesday evening (19 February) examined ... // The forum, "...", was
                              # held at ...", "... today became the first county to launch a plan. // The launch took place at"
                              r"The\s+(?:forum|launch|event|seminar|symposium|workshop|dialogue|roundtable|round\s+table|"
                              r"panel|conference|ceremony|lecture)\b(?:,[^.;]{1,160}?,)?\s+(?:was\s+held|took\s+place|"
                              r"opened|began|started)\b")
# "the preparations for the elections of 5 March": the date of something else
DATE_OF_A_THING = fastre.compile(r"\b(?!(?:afternoon|morning|evening|night|day|days|week|weekend|eve|noon|midday)\b)"
                                  r"[a-z]+s?\s+of\s+$"
                                  # "... after the Agreement entered into force on 1 February": another thing's day
                                  r"|\b(?:entered\s+into\s+force|came\s+into\s+force|took\s+effect|was\s+adopted|were\s+adopted|"
                                  r"was\s+signed|were\s+signed|was\s+launched|was\s+published)\s+(?:on\s+)?$")
# a wire dateline opening the lead: "New Delhi, January 22 (QNA) - ", "CANBERRA, Feb 5 (Bernama) -- "
DAY_OF_EVENT = fastre.compile(r"(?:\b(?:on|On)|\b[A-Z][a-z]+day,?|\b(?:yesterday|today),?)\s+$")     # "on 02 February", "yesterday, Monday, August 24"
AGENCY_DATELINE = fastre.compile(r"\s*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.'’ -]{1,40},\s*(?:[A-Z][a-z]+\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]+\.?)"
                                 r"(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^()\n]{2,30}\))?\s*(?:-|–|—|--)\s"
                                 # "Asunción, July 15 (CNA) Deputy Foreign Minister ...": the wire's name, no dash
                                 r"|\s*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.'’ -]{1,40},\s*"
                                 r"(?:[A-Z][a-z]+\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]+\.?)(?:,?\s+(?:19|20)\d\d)?\s*\([A-Z][A-Za-z]{1,12}\)\s+(?=[A-Z])"
                                 # "MAJURO, Marshall Islands (Tuesday, August 25, 2026) – ..."
                                 r"|\s*[A-Z][\w.'’ -]{1,40},\s*[A-Z][\w .'’-]{1,30}?\s*\((?:[A-Z][a-z]+day,\s*)?"
                                 r"(?:[A-Z][a-z]+\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]+\.?),?\s+(?:19|20)\d\d\)\s*(?:-|–|—|--)\s")


def _long_before(d, pub: dt.date, days: int = 31) -> bool:
    """A date with its year more than a month (or `days`) before the date line: history, not the event."""
    if d.year is None:
        return False
    value = d.resolve(d.year)
    return value is not None and value < pub - dt.timedelta(days=days)


_SPAN_BEFORE = fastre.compile(r"\b(?:from|between|vom)\s+$|\b[0-3]?\d\.?\s*(?:und|bis|-|–)\s*$", re.I)
_DAYS_RANGE = fastre.compile(r"[0-3]?\d\.?\s*(?:-|–|to|and|und|bis)\s*[0-3]?\d")     # "9-12 June" read as one date
_SPAN_AFTER = fastre.compile(r"\s*(?:to|until|till|and|bis|und|-|–)\s*(?:[0-3]?\d\b|[A-Z][a-z]+\s+[0-3]?\d\b)")


def _in_a_span(text: str, d) -> bool:
    """A date that opens a span of days ("from 13 to 16 January", "9-12 June")."""
    return bool(_SPAN_BEFORE.search(text[max(0, d.start - 12):d.start]) or _SPAN_AFTER.match(text, d.end)
                or _DAYS_RANGE.match(text, d.start, d.end))


_SUBCLAUSE_BEFORE = fastre.compile(r",\s*(?:who|which)\b[^,;]*$")


def _main_relative_day(text: str, s: int, e: int) -> re.Match | None:
    """The sentence's own "today" / "yesterday": not one inside a relative clause ("The Deputy
    Secretary-General, who arrived in Caracas last night, held meetings ... today")."""
    found = list(RELATIVE_DAYS.finditer(text, s, e))
    for m in found:
        if not _SUBCLAUSE_BEFORE.search(text, max(s, m.start() - 120), m.start()):
            return m
    return found[0] if found else None


def _in_equivalent(text: str, start: int, pos: int) -> bool:
    """Inside the parenthesis that gives the time elsewhere ("(local time; ... JST)")."""
    seg = text[start:pos]
    open_ = seg.rfind("(")
    if open_ <= seg.rfind(")"):
        return False
    # ... or a clock opening it: "at 8.00am AEST today (6.00pm Wednesday 11 June in Santiago)"
    return bool(re.search(r"\b(?:JST|Japan|local\s+time|GMT|UTC|time)\b", text[start + open_:pos + 60])) \
        or PAREN_OPENS_ON_A_CLOCK.match(text, start + open_) is not None


PAREN_OPENS_ON_A_CLOCK = fastre.compile(r"\(\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?|hrs?\b|h\b)?"
                                        r"(?<=\d|m|\.|s|h)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                                        r"Saturday|Sunday|[0-3]?\d\s+[A-Z][a-z]+)")
IN_CITY_CLOCK = fastre.compile(r"\s+in\s+(?P<city>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}?)\s*[);,]")
# ... "às 14h (15h no horário de Brasília)": an hour alone
PAREN_CLOCK = fastre.compile(r"\(\s*(?P<h>[01]?\d|2[0-3])(?:[.h](?P<m>[0-5]\d)\b|h\b)")


def _zone_context(doc: Doc, w: When, t: TimeMention, s: int, e: int) -> None:
    """The words right after the start time: "(local time; December 14th, 01:30 a.m. JST)",
    " local time (11:35 p.m. JST)", " (EST)", " (Japan time)"."""
    text = doc.text
    window_end = min(e, t.end + 110)
    window = text[t.end:window_end]
    # only the part up to the end of the first parenthesis after the time
    close = window.find(")")
    if close >= 0:
        window_end = t.end + close + 1
    local = LOCAL_TIME.search(text, t.end, window_end)
    if local and local.start() - t.end <= 3:
        w.local_marked = Fact.at("local", local.start(), local.end())
    elif local:
        w.local_marked = Fact.at("local", local.start(), local.end())
    # "Seoul time" counts where it names a place with a zone; "Every time" does not
    zones = [z for z in STATED.finditer(text, t.end, window_end)
             if not (z.group("place") or z.group("after")) or _zones.parse_stated_zone(z.group("zone")) is not None]
    inner_times = find_times(text, t.end, window_end)
    if not inner_times and (dotted := PAREN_CLOCK.search(text, t.end, window_end)) is not None:
        # "at 11.00 (10.00 Swedish time)": a dotted clock opening the bracket is the equivalent
        inner_times = [TimeMention(dotted.start("h"), dotted.end(), int(dotted.group("h")), int(dotted.group("m") or 0))]
    if inner_times and RANGE_BETWEEN.fullmatch(text, t.end, inner_times[0].start):
        inner_times = inner_times[1:]   # "from 8:00 to 8:50 a.m. (Seoul time)": the range's end, same clock
    if zones and inner_times and inner_times[0].start < zones[-1].start():
        z = zones[-1]
        eq_date = None
        # the equivalent's own date, inside its bracket: "8.00am NZDT on Wednesday 12 November (7.00pm GMT
        # on Tuesday 11 November)" is not the 12th twice
        paren = text.rfind("(", t.end, inner_times[0].start)
        ds = find_dates(text, paren + 1 if paren >= 0 else t.end, window_end)
        if ds and w.date_value is not None:
            eq_date = ds[0].resolve(w.date_value.year)
        elif w.date_value is not None:
            # "(7:00am Thursday, New Zealand time)" beside a Wednesday: the day before or after, by its weekday
            day = _WEEKDAY.search(text, paren + 1 if paren >= 0 else t.end, window_end)
            if day is not None:
                wanted = _WEEKDAYS.index(day.group().lower())
                eq_date = next((w.date_value + dt.timedelta(days=k) for k in (0, 1, -1)
                                if (w.date_value + dt.timedelta(days=k)).weekday() == wanted), None)
        w.equivalent = (inner_times[0], Fact.at(squash(z.group("zone")), z.start(), z.end()), eq_date)
        own = zones[0]
        if own.end() <= inner_times[0].start and (paren < 0 or own.end() <= paren) \
                and (w.local_marked is None or own.start() < w.local_marked.spans[0].start):
            # "10am Adelaide time (10.30am AEDT)": the time's own zone, then its equivalent
            w.stated_zone = Fact.at(squash(own.group("zone")), own.start(), own.end())
    elif zones and (w.local_marked is None or zones[0].start() < w.local_marked.spans[0].start
                    # "11am local time (ACDT)": the local zone, named in the bracket after it
                    or (not inner_times and re.fullmatch(r"\s*[(,]?\s*", text[w.local_marked.spans[0].end:zones[0].start()]))):
        z = zones[0]
        w.stated_zone = Fact.at(squash(z.group("zone")), z.start(), z.end())
    if w.equivalent is None and inner_times and (city := IN_CITY_CLOCK.match(text, inner_times[0].end, window_end)) \
            and text.rfind("(", t.end, inner_times[0].start) >= 0 \
            and _zones.parse_stated_zone(f"{city.group('city')} time") is not None:
        # "2:00 p.m. (4:00 p.m. in Ottawa)": the other city's clock, read as "Ottawa time"
        w.equivalent = (inner_times[0], Fact(f"{city.group('city')} time", (Span(city.start("city"), city.end("city")),)),
                        None)


def _published_spans(layout: Layout) -> tuple[Span, ...]:
    """Where the text dates itself; nothing when only the page's metadata does."""
    return tuple(layout.published.spans) if layout.published is not None else ()
