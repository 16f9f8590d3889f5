"""Calendar-date expressions as readouts write them ("December 13th", "29 October 2015",
"the 10th of July 2020", "30/10/2015", "04.02.2026", "2024-10-19")."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import fastre

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
# Month names of other languages, January to December (a date line in the ministry's own
# language: "29 gennaio 2025", "3 de julio de 2024", "8. februar 2024", "12 maart 2024")
_FOREIGN_MONTH_NAMES = """
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
januar februar märz april mai juni juli august september oktober november dezember
januar februar marts april maj juni juli august september oktober november december
januar februar mars april mai juni juli august september oktober november desember
januari februari mars april maj juni juli augusti september oktober november december
januari februari maart april mei juni juli augustus september oktober november december
januari februari maret april mei juni juli agustus september oktober november desember
stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
januari februari mac april mei jun julai ogos september oktober november disember
"""
FOREIGN_MONTHS = {name: i % 12 + 1 for line in _FOREIGN_MONTH_NAMES.split("\n") if line
                  for i, name in enumerate(line.split())}
FOREIGN_MONTHS["jänner"] = 1        # Austria's January
del FOREIGN_MONTHS["mac"]           # Malay's March, but "2 Mac computers" is no date
SPANISH_MONTHS = {m: i for i, m in enumerate(
    ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"], start=1)}
SPANISH_MONTHS.update({"jan": 1, "apr": 4, "aug": 8, "dec": 12})

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
          r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|"
          # "14 MAR 2025" (India's Press Information Bureau)
          r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# ... and in Indonesian, as "Jakarta, Kamis (15/5)" writes them
WEEKDAY_OR_INDONESIAN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)"
_WEEKDAY = r"(?:" + WEEKDAY_NAME + r",?\s+)?"

DATE_PATTERNS = [
    # "March 18, 2024", "December 13th", "Monday, July 9"
    fastre.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?![\d:])(?:\s*(?:,\s*)?" + _YEAR + r")?\b"),
    # "the 10th of July 2020"
    fastre.compile(r"\bthe\s+" + _DAY + r"\s+of\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b"),
    # "29 October 2015", "25 and 26 October 2018" (first day), "15 September"
    # (not the minutes of a clock: "10:12 November 06, 2025")
    fastre.compile(_WEEKDAY + r"\b(?<![:.]\d)(?<![:.])" + _DAY + r"(?:\s*(?:and|to|-|–)\s*[0-3]?\d(?:st|nd|rd|th)?"
               # "Dates: Thursday 26 – Friday 27 March 2026": a notice's two days, each with its weekday
               r"|\s*[-–]\s*" + WEEKDAY_NAME + r",?\s+[0-3]?\d(?:st|nd|rd|th)?)?\s+" + _MONTH
               + r"(?:,?\s+" + _YEAR + r")?\b"),
    # ISO "2024-10-19"
    fastre.compile(r"\b" + _YEAR + r"-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)\b"),
    # "2024/02/06" (year first, as East Asian ministries write it)
    fastre.compile(r"\b" + _YEAR + r"(?P<ysep>[/.])(?P<nmonth>[01]?\d)(?P=ysep)(?P<day>[0-3]?\d)\b"),
    # "Juche106(2017).9.12." (KCNA): the Gregorian year in brackets after the Juche year
    fastre.compile(r"\bJuche\s*\d{1,3}\s*\(" + _YEAR + r"\)\.(?P<nmonth>[01]?\d)\.(?P<day>[0-3]?\d)\b"),   # "2024.11.16" too
    # Hungarian "2026. 01. 20." (year, month, day, each with its full stop)
    fastre.compile(r"\b" + _YEAR + r"\.[ \t](?P<nmonth>[01]?\d)\.[ \t](?P<day>[0-3]?\d)\.(?!\d)"),
    # "29 gennaio 2025", "3 de julio de 2024", "8. februar 2024": a month in another language, with its year
    fastre.compile(r"\b(?<![:.])(?P<day>[0-3]?\d)(?:er|º|\.)?"
                   # a range's first day: "los días jueves 27 y viernes 28 de noviembre", "du 3 au 5 mars"
                   # ... "entre el lunes 22 y el miércoles 24 de septiembre": an article and a weekday before the last
                   r"(?:\s*(?:(?:y|e|et|und|al|a|au)\b|-|–)\s*(?:[a-záéíóúñçèêû-]+\s+){0,2}[0-3]?\d(?:er|º|\.)?)?"
                   r"\s+(?:de\s+)?(?P<fmonth>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
                   # ... or without it, the date line's year then stands in: "ce mardi 14 octobre", "el 8 de julio"
                   # ("30 octubre, 2025": the year after a comma)
                   + r")\b(?:,?\s+(?:de\s+|del\s+)?" + _YEAR + r"\b)?", re.I),
    # "(sep. 10/15)": a Spanish month's abbreviation, the day, two digits of the year
    # "(Mar. 4/2025)": the same with the whole year, the month in either language
    fastre.compile(r"(?<=\()(?P<smonth>ene|jan|feb|mar|abr|apr|may|jun|jul|ago|aug|sept?|oct|nov|dic|dec)\.?\s+"
                   r"(?P<day>[0-3]?\d)/(?:(?P<year>(?:19|20)\d\d)|(?P<yy>\d\d))(?=\))", re.I),
    # "Jakarta, Thursday (15/5) –", "Kamis (15/5)": Indonesian news style, the weekday then day/month in brackets
    fastre.compile(r"\b" + WEEKDAY_OR_INDONESIAN +
                   r"\s*\((?P<day>[0-3]?\d)/(?P<nmonth>[01]?\d)\)"),
    # European numeric "30/10/2015", "04.02.2026" (day first)
    # (a second field past 12 is a US day: "01/28/2025", read month first below)
    fastre.compile(r"\b(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<nmonth>[0-3]?\d)(?P=sep)" + _YEAR + r"\b"),
    # "26/11/19 às 19h12 - Atualizado em ...": a news agency's stamp, two digits of the year, then the clock
    fastre.compile(r"\b(?P<day>[0-3]?\d)/(?P<nmonth>[01]?\d)/(?P<yy>\d\d)(?=\s+(?:às|as|à|a\s+las|-|–)\s+\d{1,2}\s*[h:]\d\d)"),
    # "4. 6. 2024" (Czech and Slovak pages: a space after each dot)
    fastre.compile(r"\b(?P<day>[0-3]?\d)\.[ \t](?P<nmonth>[01]?\d)\.[ \t]" + _YEAR + r"\b"),
]


_DIGIT = fastre.compile(r"\d")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int
    day: int

    def resolve(self, year: int | None) -> dt.date | None:
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None


def _mention(m: re.Match) -> DateMention | None:
    g = m.groupdict()
    if g.get("fmonth"):
        month = FOREIGN_MONTHS[g["fmonth"].lower()]
    elif g.get("smonth"):
        month = SPANISH_MONTHS[g["smonth"].lower()[:3]]
    else:
        month = MONTHS[g["month"].lower().rstrip(".")] if g.get("month") else int(g["nmonth"])
    day = int(g["day"])
    if g.get("sep") == "/" and ((month > 12 and 1 <= day <= 12)
                                # "3/09/2026": an unpadded first field and a padded second, as only US pages write
                                or (len(g["day"]) == 1 and len(g["nmonth"]) == 2 and g["nmonth"][0] == "0")):
        month, day = day, month     # "07/15/2025 11:05 AM": read day first it is no date; month first it is
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = int(g["year"]) if g.get("year") else (2000 + int(g["yy"]) if g.get("yy") else None)
    if year is not None and year >= NOT_GREGORIAN_FROM:
        return None     # "Date: 2081/08/12 (27 November 2024)": Nepal's Bikram Sambat year, the Gregorian date after it
    return DateMention(m.start(), m.end(), year, month, day)


# a year no readout's own date reaches yet: Nepal's calendar runs 56-57 years ahead (2070 BS = 2013)
NOT_GREGORIAN_FROM = 2070


# a street named for a date: "en la avenida 27 de Febrero", "rue du 4 Septembre", "Avenida 5 de Outubro"
_STREET_BEFORE = fastre.compile(r"\b(?:[Aa]venida|[Aa]vda?\.|[Cc]alle|[Rr]ue\s+du|[Pp]laza|[Pp]raça|[Rr]ua|[Bb]oulevard|[Pp]aseo)\s+(?:del?\s+)?$")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All date mentions in [start, end), leftmost-longest, without overlaps."""
    end = len(text) if end is None else end
    if _DIGIT.search(text, start, end) is None:
        return []          # every date form has a digit
    found: list[DateMention] = []
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text, start, end):
            d = _mention(m)
            if d is not None and not _STREET_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                found.append(d)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


# "on Thursday" with no date: the last such day up to the date line
WEEKDAY_REF = fastre.compile(r"(?:\b(?P<which>[Oo]n|[Tt]his|[Ll]ast|[Cc]e|[Nn]est[ae]|[Nn]a|[Nn]o|[Ee]st[ea]|[Ee]l|[Aa]m|"
                             r"[Dd]iesen|"
                             # Dutch, Scandinavian, Polish: "op dinsdag", "på onsdagen", "we wtorek"
                             r"[Oo]p|[Pp]å|[Ww]e|[Ww])\s+"
                             # ... or with no word before, in the American press's style: "in Colorado Springs
                             # Wednesday evening"
                             r"|(?<![\w,])(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                             r"(?:morning|afternoon|evening|night)\b)"
                             # ... or right after the verb, in the American press's style: "met Monday with Brig. Gen. X"
                             r"|(?:(?<=\bmet\s)|(?<=\bheld\s)|(?<=\bhosted\s)|(?<=\breceived\s)|(?<=\bvisited\s)|(?<=\bsigned\s)|(?<=\bspoke\s)|(?<=\bcalled\s)|(?<=\bopened\s)|(?<=\blaunched\s)|(?<=\bwelcomed\s)|(?<=\btoured\s)|(?<=\battended\s)|(?<=\bbegan\s)|(?<=\bconcluded\s))(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"
                             r"(?P<weekday>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|måndagen|tisdagen|onsdagen|torsdagen|fredagen|"
                             r"lördagen|söndagen|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|"
                             r"poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|"
                             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                             r"Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                             # "nesta quarta-feira (14/1)", "este domingo"
                             r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|"
                             r"lunes|martes|miércoles|jueves|viernes|"
                             # "am Freitag" (German)
                             r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
                             # ... "am Donnerstagnachmittag", "am Freitagabend": the German day with its part
                             r"(?:(?<=tag)(?:morgen|vormittag|mittag|nachmittag|abend|nacht))?(?![\w-])"
                             r"(?!,?\s+(?:\d|the\s+\d|January|February|March|April|May|June|July|August|"
                             r"September|October|November|December))")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "ce jeudi": French weekdays, by their English index
FRENCH_WEEKDAYS = {"lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday",
                   "vendredi": "friday", "samedi": "saturday", "dimanche": "sunday",
                   # and Portuguese and Spanish, by the same English index
                   "segunda-feira": "monday", "terça-feira": "tuesday", "quarta-feira": "wednesday",
                   "quinta-feira": "thursday", "sexta-feira": "friday", "sábado": "saturday", "domingo": "sunday",
                   "lunes": "monday", "martes": "tuesday", "miércoles": "wednesday", "jueves": "thursday",
                   "viernes": "friday",
                   "montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday", "donnerstag": "thursday",
                   "freitag": "friday", "samstag": "saturday", "sonntag": "sunday",
                   "lunedì": "monday", "martedì": "tuesday", "mercoledì": "wednesday", "giovedì": "thursday",
                   "venerdì": "friday", "sabato": "saturday",
                   "maandag": "monday", "dinsdag": "tuesday", "woensdag": "wednesday", "donderdag": "thursday",
                   "vrijdag": "friday", "zaterdag": "saturday", "zondag": "sunday",
                   "måndag": "monday", "tisdag": "tuesday", "onsdag": "wednesday", "torsdag": "thursday",
                   "fredag": "friday", "lördag": "saturday", "söndag": "sunday", "mandag": "monday", "tirsdag": "tuesday",
                   "lørdag": "saturday", "søndag": "sunday", "måndagen": "monday", "tisdagen": "tuesday",
                   "onsdagen": "wednesday", "torsdagen": "thursday", "fredagen": "friday", "lördagen": "saturday",
                   "söndagen": "sunday", "poniedziałek": "monday", "wtorek": "tuesday", "środę": "wednesday",
                   "czwartek": "thursday", "piątek": "friday", "sobotę": "saturday", "niedzielę": "sunday"}
RELATIVE_DAYS = fastre.compile(
    # ("met in camera at 3:33 p.m. this day": minutes' own word for the day they are dated; not "to this day")
    r"\b(?P<word>today|this\s+(?:morning|afternoon|evening)|(?<!\bto\s)(?<!\buntil\s)this\s+day(?!\s+(?:in|of|last|next)\b)|"
    r"tonight|yesterday|the\s+previous\s+day|"
    r"earlier\s+today|last\s+(?:night|evening)|yesterday\s+(?:morning|afternoon|evening)|"
    # Spanish: "hoy", "esta mañana", "ayer"; French: "aujourd'hui", "ce matin", "hier"; Portuguese: "hoje", "ontem"
    # ... "anoche", "hier soir", "ontem à noite": last night
    r"hoy|esta\s+(?:mañana|tarde|noche)|anoche|ayer|aujourd['’]hui|ce\s+(?:matin|soir)|cet\s+après-midi|hier|hoje|ontem|"
    # German: "heute", "gestern"; Italian: "oggi", "questa mattina", "nel pomeriggio", "ieri pomeriggio"
    r"heute|gestern|oggi|vandaag|gisteren|gisteravond|i\s+dag|idag|i\s+går|igår|dziś|dzisiaj|wczoraj|stamattina|stamane|questa\s+(?:mattina|sera)|questo\s+pomeriggio|nel\s+pomeriggio|"
    r"in\s+mattinata|ieri(?:\s+(?:mattina|pomeriggio|sera))?|"
    # "am gestrigen Donnerstag", "am heutigen Montag"
    r"am\s+(?:gestrigen|heutigen)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Tag|Abend|Vormittag|Nachmittag))\b",
    re.I)


def relative_offset(word: str) -> int:
    w = word.lower()
    return -1 if ("yesterday" in w or "previous" in w or w.startswith(("last", "ieri")) or "gestrig" in w
                  or w in {"ayer", "anoche", "hier", "ontem", "gestern", "gisteren", "gisteravond", "igår", "wczoraj"}
                  or re.fullmatch(r"i\s+går", w)) else 0
