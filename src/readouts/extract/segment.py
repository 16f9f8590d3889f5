"""Segmentation: where the title, the date line, the body, the lead and the reference
sections are, and whether the text stops mid-sentence."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import fastre, german, northern, romance
from ..model import Fact
from .notice import LABELLED, Notice, find_notice
from .dates import DateMention, find_dates
from .text import Doc
from .truncation import truncation

# Lines that are site chrome rather than the readout's own words.
FOOTER = fastre.compile(
    r"^\s*(?:Back to\b|Associated Links|White House Shareables|Page details|Date modified|Follow us|Like us on|"
    r"Search for related information|Media enquiries|For journalists|Further information|Updates to this page|"
    r"Share this page|Related content|Explore the topic|Print this page|\(END\)|###|Top of page|Return to top|"
    # a list of the site's other articles, with their own dates
    r"(?:Latest|Related|More|Recent|Other)\s+(?:news|articles|stories|press\s+releases)\s*$|See also\s*$|You may also like)",
    re.I | re.M)       # (a line's start: "^" matches at a match's position only in multiline mode)
CHROME = fastre.compile(
    r"^\s*(?:Press releases?|Press Release|Joint Press Releases?|Countries & Regions|Main Container|Main Content|"
    r"Prime Minister Crest|Japanese|Readouts?|Statements? and Releases|News|Speeches and Remarks|Home)\s*$", re.I)
CAPTION = fastre.compile(r"^\s*(?:•\s*)?\(?\s*photos?\b|^\s*(?:Group photo|Photo of|A picture of)", re.I)
REFERENCE = fastre.compile(r"^\s*\((?:Reference|Note)s?\s*\d*\)|^\s*(?:Reference|Background)s?\s*:", re.I | re.M)
DATE_LINE_PREFIX = fastre.compile(
    # "Press release | Date: 17/10/2023", "Doha / Information Office / ...", "Press release • 28.10.2025",
    # "PRESS RELEASE          Vienna, 26 October 2025" (a printed page's columns)
    r"^\s*(?:[^|/•·\n]{1,40}(?:[|/•·]|(?<=\S)[ \t]{4,}(?=\S))\s*){0,3}"
    # a byline before the date: "By Sgt. 1st Class X, Hawaii National Guard Public Affairs | March 11, 2025"
    r"(?:By\s+[^|\n]{3,150}\|\s*)?"
    r"(?:date\s+|For Immediate Release\s+|Published[:：]?\s*|Released:?\s+|Date\s*[:：]?\s*|Issued:?\s+|"
    # "Mis en ligne le 29 octobre 2025", "Publié le 04/06/2025", "Publicado el 3 de mayo de 2025", "Pubblicato il ..."
    r"(?:Mis\s+en\s+ligne|Publiée?|Publicad[oa]|Pubblicat[oa])(?:\s+(?:le|el|em|en|il|o))?\s*:?\s*|"
    # "Date: 2081/08/12 (27 November 2024)": Nepal's own calendar first, the Gregorian date in brackets
    r"(?:Date\s*:?\s*)?\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s*(?:B\.?S\.?)?\s*\(\s*|"
    # "Fecha: Miércoles, 06 de Febrero de 2008", "Data: 07/12/2005"
    r"(?:Fecha|Data|Datum)\s*:\s*(?:[^\W\d_]+,?\s+)?|"
    # a release's number without "No.": "Press release 112/2026 16.3.2026 15.48"
    r"(?:[^\W\d_]+\s+){1,2}\d{1,4}/\d{2,4}\s+|"
    # a news agency's stamp, the time first: "15:32, 5 March 2026"
    r"(?:[01]?\d|2[0-3]):[0-5]\d,?\s+|"
    # "Publicação: 15/01/2019 às 17h48min", "Publicado el 3 de mayo de 2024", "Publié le 12 mars 2025"
    # ... and Italian: "Data di pubblicazione: 24 ottobre 2025", "Pubblicato il 5 febbraio 2025"
    r"(?:Publicação|Publicado(?:\s+(?:em|el|en))?|Publié(?:e)?(?:\s+le)?|Fecha\s+de\s+publicación|Data\s+di\s+pubblicazione|"
    r"Pubblicato(?:\s+il)?)\s*:?\s*|"
    # "Data publikacji: 17.01.2024", "Publicerad: 2024-04-10 15:42", "Publisert 02.06.2025", "Persbericht – dinsdag 18 juni 2024"
    r"(?:Data\s+publikacji|Publicerad|Publisert|Publiceret|Gepubliceerd(?:\s+op)?|Dato)\s*:?\s*|"
    r"(?:Persbericht|Nieuwsbericht|Pressemelding|Pressmeddelande|Pressemeddelelse|Komunikat)\s*[–|-]\s*(?:[^\W\d_]+,?\s+)?|"
    # a release's number first: "Nota nº 612 - 07/12/2005", "No. 045/2003 - ...", "WOM/1312 30 October 2001"
    r"(?:[^\W\d_]+\s+)?(?:n[º°o]\.?|No\.|N°|Nr\.)\s*[\w/-]+\s*[-–—|,]\s*|[A-Z]{2,}/\d[\w/.-]*\s+|"
    r"(?:Publish(?:ed)?|Publication|Release)\s+date\s*:?\s*|Date\s+(?:of\s+)?publi(?:shed|cation)\s*:?\s*|"
    # "Reference Number: PR250612, Release Date: Mar 29, 2025"
    # ... "Reference Number: PR221187, Press Release Issue Date: Jun 24, 2022"
    r"(?:Reference\s+(?:Number|No\.?)\s*:?\s*[\w/-]+,?\s*)?(?:Press\s+)?Release\s+(?:Issue\s+)?Date\s*[:：]?\s*|"
    r"Last updated?:?\s+|Posted(?:\s+on)?:?\s+|"
    # "WASHINGTON, D.C. — July 3, 2024", "Press release - 27.10.2025", "Kingstown, Saint Vincent and the
    # Grenadines — April 8, 2025"
    # ... "NASSAU, The Bahamas -- November 1, 2024": a typewriter's double hyphen
    r"(?:[A-Z][\w .'’-]{1,40},\s*){0,2}[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,4}(?:\s*\([^()\n]{1,15}\))?\s*(?:[—–]|--?(?=\s))\s*|"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?\s+|"      # "Strasbourg 21/01/2025"
    # "Addis Ababa, Ethiopia, 16 May 2024", "Kingston, Jamaica. July 18, 2024", "Apia, Samoa: 24th ..."
    # "Riyadh, Jumada II 10, 1446, December 11, 2024": a Hijri date first, in parts between commas
    # ... "Rio de Janeiro (RJ), May 12, 2025": a state's abbreviation in brackets
    r"(?:[A-Z0-9][\w .'’-]{0,40}(?:\s*\([^()\n]{1,15}\))?,\s*){1,4}|"
    # ... "Lucknow : 22 January 2025", a space before the colon
    r"(?:[A-Z][\w .'’-]{1,40},\s*){0,2}(?-i:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})(?:[.:]|[ \t]:)\s*|"
    # "Saturday, 30 Tir 1403 (20 July 2024)": the Gregorian date in brackets after another calendar's;
    # "Kabul, 24 Mizan 1398 (16 October 2019)", "Amman – Sunday, 22 Jumada al-Akhirah 1444 AH, corresponding
    # to 15 January 2023", "Tuesday 30 Shahrivar 1400 - 21 September 2021", "Muscat, 12 Rabi' al-Thani 1444 AH – ..."
    r"(?:[A-Z][\w .'’-]{1,40}(?:,|[ \t]+[–—-]))?[ \t]*(?:[A-Z][a-z]+day,?\s*)?\d{1,2}\s+[A-Z][\w'’-]+"
    r"(?:[ \t]+(?:al|ul|as|ath|el|ad|an|ar)?-?[A-Z][\w'’-]*){0,2}\s+\d{4}(?:\s*(?:AH|A\.H\.|SH|BS|AP|H))?"
    r"\s*(?:\(|[–—-]|,?\s+(?:corresponding\s+to|which\s+corresponds\s+to|equivalent\s+to))\s*)?"
    r"(?:le\s+|a\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo)\s+)?$", re.I)     # "Paris, le 12 mars 2025", "Monterrey, Nuevo León, a 13 de junio de 2024.-"
# "— 12 Sha'ban 1446" after the date, a closing bracket, a dash and more
# the posting time after it, with a word for "at" in some languages: "2025-11-07 às 10h15"


def _body_paragraph(line: str) -> bool:
    """A paragraph of a body: a dozen words and more, no menu's bars, no cookie notice, a full stop
    at its end."""
    stripped = line.rstrip()
    return stripped.endswith((".", "!", "?", "”", '"')) and len(stripped.split()) >= 12 and "|" not in stripped \
        and "cookie" not in stripped.lower()


# a site's banner above a page: a label in capitals and a colon
BANNER = fastre.compile(r"(?:NOTICE|ALERT|ANNOUNCEMENT|IMPORTANT|ATTENTION|PLEASE\s+NOTE|COVID-19)\s*:"
                        # a cookie banner: "We use cookies ...", "Utilizamos cookies ...", "Ce site utilise des cookies"
                        r"|.{0,80}\b(?i:cookies)\b")
DATE_LINE_SUFFIX = fastre.compile(r"^\s*(?:$|[.:]\s*$|\.[-–]\s*$|[-–—|,]\s*\S.*$|/\s*\d{1,2}:\d{2}\b.*$|[-–—|]\s*$|(?<=[ \t]{2})\S[^\n]{0,40}$|"
                                  # a board's columns after the date: "Date 2025.05.22   Department ...   Views 412"
                                  r"(?<=[ \t]{3})\S[^\n]{0,80}?[ \t]{3}\S[^\n]{0,40}$|"
                                  r"(?:(?:at|às|à|a\s+las|um|kl\.?|klo)\s+)?\d{1,2}[:.h]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?|min)?\b.*$|"
                                  r"\(.*\)\s*$|\[.*\]\s*$|\)\s*(?:[-–—]\s*)?$)")
# a date line that runs into the lead, news-agency style: "JAKARTA, 6 November 2024 – The ...",
# "DAMASCUS – 11 February 2025 – The ..."
INLINE_DATELINE = fastre.compile(r"\s*(?:[A-Z][\w.'’-]*(?:[ \t](?:[A-Z][\w.'’-]*|(?:of|de|del|la|da|do|du|des|es|al|el)(?=[ \t][A-Z])))"
                                 # ("Port of Spain, Friday 15th April, 2016 – The ...": a city's name with its particle)
                                 r"{0,3}(?:,|[ \t]+(?:–|—|--|-))[ \t]*){1,2}"
                                 # "... 2025 – The", "Abuja, 15th January 2026. The", "Nairobi, Kenya, 8 July 2025: The"
                                 # "La Paz, 8 September 2025 (MRE).- The ..."
                                 # "Asunción, July 15 (CNA) Deputy Foreign Minister ...": a wire's name, then the story
                                 r"(?P<date>[^\n–—]{6,30}?)(?:[ \t]+(?:–|—|--|-)|[.:][-–—]?|(?<=[A-Z]\)))[ \t]+(?=[A-Z])")
# "Bogotá (sep. 10/15). The Minister ...": Colombia's Foreign Ministry puts the date in brackets
INLINE_DATELINE_PAREN = fastre.compile(r"\s*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}"
                                       # "Georgetown, Guyana – (Saturday, October 18, 2025) Prime Minister ..."
                                       r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}[ \t]*[–—-])?"
                                       r"[ \t]*(?P<date>\([^)\n]{4,30}\))"
                                       r"(?:[.:]|[ \t]*[-–—])?[ \t]+(?=[A-Z])")   # "GENEVA (24 February 2026) – The ..."
# a date line that opens with the date and runs into the lead: "14.10.2025 - The fifth round ..."
INLINE_DATE_FIRST = fastre.compile(r"[ \t]*(?P<date>\d[\d./ -]{5,10}\d|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"
                                   # a sentence, not "November 18, 2023 - Halifax, Nova Scotia - Global Affairs Canada"
                                   # ("October 15, 2024—Geneva, Switzerland—The Honourable ...": a long dash needs no space)
                                   r"(?:[ \t]*[–—][ \t]*|[ \t]+(?:--|-)[ \t]+)(?=[A-Z][a-z][^\n]{100})")
# a news page's summary bullets above its story (the Jamaica Information Service's layout)
HIGHLIGHTS = fastre.compile(r"(?mi)^[ \t]*(?:Story\s+Highlights|Highlights|Key\s+points|At\s+a\s+glance)[ \t]*:?[ \t]*$")
FULL_STORY = fastre.compile(r"(?mi)^[ \t]*(?:The\s+)?Full\s+Story[ \t]*:?[ \t]*$")
UPDATED = fastre.compile(r"\s*(?:Last\s+)?(?:updated?|modified|revised)\b", re.I)
PUBLISHED_FOOTER = fastre.compile(r"\b(?:Published|Posted|Released|Issued)(?: on)?:?\s+", re.I)
# a minister's post about a meeting or call, the post's own lead verb (roles.py reads it too)
POST_CALL = (r"(?i:good|great|productive|useful|excellent|fruitful|warm|constructive|substantive)\s+"
             r"(?:phone\s+|telephone\s+|video\s+|working\s+)?(?:call|talks?|conversation|meeting|discussion|exchange|lunch|"
             r"dinner|breakfast)\s+"
             r"(?:(?:this\s+(?:morning|afternoon|evening)|today|yesterday|tonight|"
             # "A productive working lunch on Tuesday 14 October with ..."
             r"on\s+[A-Z][a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?)?)\s+)?with")
# a photo's caption: "Ambassador X (left) with the Governor of Cabo Delgado, H.E. Y, at ..."
CAPTION_WITH = r"\s\((?:left|right|centre|center|second\s+(?:left|right)|l|r)\)\s+(?:with|meets|meeting|greets|welcomes)"
# "INS Sunayna ... arrived at Port Louis on 17 Mar 25 for a four-day port call": a visit that frames the page
# (not a guest "who arrived in Palau ... for a two-day visit", inside the host's own sentence)
ARRIVED_FOR_A_VISIT = r"(?<!\bwho\s)\barrived\s+(?:in|at)\s[^.;]{0,120}?\bfor\s+an?\s+(?:[\w-]+\s+){0,3}(?:visit|port\s+call|stay|tour)"
LEAD_VERB = fastre.compile(
    # (not a plan: "have agreed to hold coordinated patrols", "will meet again")
    r"\b(?:held|(?<!agreed\sto\s)(?<!will\s)hold|holds|met|meets|(?<!agreed\sto\s)(?<!will\s)meet|spoke|speaks|speak|talked|"
    r"received|receives|"
    r"organi[sz]ed|participated|attended|took part|"
    r"travell?ed to|took a (?:tele)?phone call|opened|sat down (?:together|with)|"
    # a photo caption: "Mr. A (right) welcomes Ms. B, Commissioner General ..., to the Secretariat in Pretoria"
    r"welcomes\s+(?:[^.;]|(?<=M[rs])\.|(?<=Mrs)\.|(?<=Dr)\.){0,160}?\bto\s+(?:the|his|her|its)\b|"
    r"hosted|co-hosted|headlined|chaired|co-chaired|visited|exchanged|convened|called|telephoned|phoned|paid|had|took place|takes place|was held|"
    r"were held|welcomed|joined|gathered|came\s+together|delivered|conducted|launched|inaugurated|is visiting|(?<!who\s)(?:is|was)\s+paying|was in|presided over|presides over|"
    r"signed|briefed|briefs|brought\s+together|"
    # "Garissa today became one of the first counties ... to launch a County Action Plan"
    r"(?:became|becomes)\b[^.;]{0,120}?\bto\s+(?:launch|adopt|sign|host|open|validate)\b|"
    # "INS Sunayna ... arrived at Port Louis on 17 Mar 25 for a four-day port call": a visit that frames the page
    + ARRIVED_FOR_A_VISIT + r"|granted\s+(?:an?\s+)?(?:[\w-]+\s+)?audience|"
    r"(?<=\s)(?:bilateral\s+)?meeting\s+(?:in\s+[A-Z][^.;]{0,50}?,\s+)?between\b|"
    r"(?<=['’]s\s)(?:meeting|talks)\s+(?:(?:yesterday|today|this\s+\w+|on\s+\w+)\s+)?with\b(?=[^.;]*[.;])|"
    # "The 5th Army-to-Army Staff Talks ... got underway at 0930 hrs this morning"
    # ... "A two-week course on Women, Peace and Security (WPS) ... for members of the ... Unit began on Sunday"
    r"(?i:talks|dialogue|consultations|meeting|session|forum|conference|summit|seminar|symposium|workshop|course|training|"
    r"congress)(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:between|of|on|in|for)\s+[^.;]{1,150}?)?\s+(?:got\s+under\s?way|commenced|began|"
    r"kicked\s+off)|"
    # "In a call today, Prime Minister A and Prime Minister B of Japan reaffirmed ..."
    r"(?:In|During)\s+a\s+(?:telephone\s+|phone\s+|video\s+)?call\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)|"
    r"on\s+\w+)?(?=,)|"
    # "President X accepted letters of credence from newly appointed ambassadors"
    r"accepted\s+(?:the\s+)?(?:letters\s+of\s+credence|credentials)|presented\s+(?:his|her|their)\s+credentials\b|"
    # a minister's post: "Good call this morning with @MFA_MoldovaFM ...", "Productive meeting today with ..."
    + POST_CALL + r"|" + CAPTION_WITH + r"|"
    # "The Minister ... offered today at the Palacio Santos a working lunch in honour of ..."
    r"offered\b(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\b(?:lunch|luncheon|dinner|breakfast|reception)|"
    # "... today marked the twenty-fifth anniversary of resolution 1325 with a high-level panel discussion"
    r"(?:marked|commemorated|celebrated)\b[^.;]{0,160}?\bwith\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:panel|event|discussion|dialogue|ceremony|symposium|conference|seminar|roundtable|reception|meeting|forum)|"
    # "... today began a two-day visit to Moldova with a meeting with Deputy Prime Minister X"
    # ... or "with talks at the National Diet in Tokyo with the Speaker"
    r"with\s+(?:a\s+)?(?:meeting|talks)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+){0,2}with|"
    # "... began a two-day field visit to Cox's Bazar with a courtesy call on the Commissioner"
    r"with\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+(?:on|to)|paid\s+(?:a\s+)?courtesy|"
    # an event notice: "the Embassy ... will host a roundtable with ..."
    r"will\s+(?:co-)?(?:host|hold|convene|organi[sz]e|receive|welcome|meet|pay|call\s+on)|(?:is|are)\s+(?:co-)?(?:hosting|holding|convening|organi[sz]ing)|"
    # "BIISS is going to organise a seminar ...", "cordially invites you to the 4th ... Dialogue, which will bring together"
    r"(?:is|are)\s+going\s+to\s+(?:co-)?(?:organi[sz]e|host|hold|convene)|(?:cordially\s+)?invites?\s+you\s+to|"
    r"(?:will\s+)?brings?\s+together|"
    # "He said the matter was discussed during his meeting with X ... today"
    r"(?:during|at|in)\s+(?:his|her|their|the)\s+(?:meeting|talks|telephone\s+conversation|call)\s+with|"
    # "He expressed these views while meeting a delegation of ...", "... said this while talking to X"
    r"(?:while|when)\s+(?:meeting|receiving|talking\s+to|speaking\s+to|calling\s+on)|"
    # "The central event of the visit was Monday's formal talks between the Minister and the Chief Minister"
    r"(?:was|were)\s+(?:[\w’'-]+\s+){0,3}(?:talks|meeting|discussions)\s+(?:between|with)|"
    + romance.LEAD_VERBS + r"|" + german.LEAD_VERBS + r"|" + northern.LEAD_VERBS + r")\b")

BROUGHT_TOGETHER = fastre.compile(r"\bbrought\s+together\b")
# a lead that only frames a trip: "X visited Perth from February 11 to 14, 2008, on the occasion of ..."
VISIT_OVERVIEW = fastre.compile(r"\b(?:visited|is\s+visiting|was\s+visiting|paid\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}[Vv]isits?\s+to)\s"
                                r"[^.;]{0,120}?\bfrom\s+(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:\w+\s+)?(?:to|until|through)\s|"
                                # "X is paying a working visit to Chisinau on Saturday, 28 March": the visit under way
                                r"(?<!\bwho\s)\b(?:is|was)\s+paying\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}[Vv]isit\s+to\s|"
                                # "INS Sunayna ... arrived at Port Louis on 17 Mar 25 for a four-day port call"
                                + ARRIVED_FOR_A_VISIT + r"\b")
# a spokesperson's briefing or a cabinet's statement, which reports a meeting without being one
MEDIA_BRIEFING = fastre.compile(r"\b(?:briefed|briefs|told|addressed)\s+(?:the\s+)?(?:media|press|reporters|journalists|"
                                r"a\s+press\s+conference)\b|\b(?:weekly|regular|daily|post-cabinet)\s+(?:press\s+|media\s+)?"
                                r"(?:briefing|conference)\b", re.I)
# ... whose own sentence may say what was met: "told journalists ... that the Foreign Minister hosted a delegation"
REPORTED_MEETING = fastre.compile(r"\bthat\s+(?:[^.;]|(?<=\bHon)\.|(?<=\bM[rs])\.|(?<=\bDr)\.|(?<=\bMrs)\.){0,200}?\b(?:held|met|hosted|received|"
                                  r"spoke|paid|had\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|call|conversation|talks))\b")
# the meeting a visit's page then reports
VISIT_MEETING = fastre.compile(r"\b(?:held\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks|conversation)|met\b|"
                               r"paid\s+a\s+courtesy\s+call|called\s+on\b|received\b|had\s+(?:a\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks))")


# a social platform's stamp on a post, a line of its own
POST_STAMP = fastre.compile(r"(?m)^[ \t]*(?:\d{1,2}:\d{2}[ \t]*[AP]M[ \t]*·[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})"
                            r"|(?P<date2>[A-Z][a-z]{2,8}[ \t]+\d{1,2},[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4})[ \t]+at[ \t]+"
                            r"\d{1,2}:\d{2}(?:[ \t]*[AP]M)?)(?:[ \t]*·[^\n]*)?[ \t]*$")


@dataclass
class Layout:
    title: Fact[str] | None
    title_range: tuple[int, int] | None
    published: Fact[str] | None
    published_date: dt.date | None
    dateline_end: int                 # the body starts after this offset
    dateline_range: tuple[int, int] | None   # the whole date line ("Paris, 12 February 2025")
    body_end: int                     # footers and reference sections start here
    lead: tuple[int, int] | None      # the sentence that reports the event
    lead_paragraph: tuple[int, int] | None
    references_start: int | None
    restatement: tuple[int, int] | None   # "On 8 March, Baroness X ... chaired ..." after a standfirst
    standfirst: tuple[int, int] | None    # the summary sentence between the headline and the date line
    truncated: Fact[bool] | None
    title_dates: list[DateMention]
    notice: Notice | None = None      # an event notice's "Date: / Time: / Venue:" block
    frame: tuple[int, int] | None = None  # the visit a lead further down belongs to ("X visited Perth from ...")


# a body's name ending with its legal form, not a sentence: "Camões – Instituto da Cooperação e da Língua, I.P."
NAME_ABBREVIATION_END = fastre.compile(r"(?:\b[A-Z]\.){2,4}$|\b(?:Inc|Ltd|Corp|Co|Pty|GmbH)\.$")


def _dateline(doc: Doc, line_start: int, line_end: int) -> DateMention | None:
    """A line that is (mostly) a date with a year: the document's own date line."""
    text = doc.text
    for d in find_dates(text, line_start, line_end):
        if d.year is None:
            continue
        if DATE_LINE_PREFIX.match(text[line_start:d.start]) and DATE_LINE_SUFFIX.match(text[d.end:line_end]):
            suffix = text[d.end:line_end].strip()
            # "- Ottawa, Ontario - Global Affairs Canada", "- 20:45", ", UNIQUE ID" but not a sentence.
            if len(suffix) > 120 or re.search(r"\b(?:met|held|spoke|said)\b", suffix):
                continue
            return d
    return None


def _inline_date(doc: Doc, m: re.Match) -> DateMention | None:
    dates = find_dates(doc.text, m.start("date"), m.end("date"))
    if len(dates) == 1 and dates[0].year is None:
        return _with_stamp_year(doc, dates[0])
    return dates[0] if len(dates) == 1 and dates[0].year and _iso(dates[0]) else None


def _with_stamp_year(doc: Doc, d: DateMention) -> DateMention | None:
    """A wire's date line without its year ("SEOUL, Nov. 6 (Yonhap) --") takes the year of the
    page's own stamp of the same day, above it or at its foot ("All News 10:12 November 06, 2025",
    "16 Apr. 2024 | 01:48 CEST")."""
    text = doc.text
    for s, e in ((0, d.start), (max(d.end, len(text) - 1500), len(text))):
        for stamp in find_dates(text, s, e):
            if stamp.year is None:
                continue
            value = d.resolve(stamp.year)
            stamped = stamp.resolve(None)
            if value is not None and stamped is not None and abs((stamped - value).days) <= 1:
                return DateMention(d.start, d.end, stamp.year, d.month, d.day)
    return None


def _iso(d: DateMention) -> str | None:
    date = d.resolve(None)
    return date.isoformat() if date else None


def _iso_date(value: str) -> dt.date | None:
    """The date of a metadata value such as "2024-07-01" or "2024-07-01T09:30:00+00:00"."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


CLOCK_WIDGET = fastre.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?:Standard|Local|Daylight)\s+Time\s*:")
BREADCRUMB = fastre.compile(r"(?:Home|Accueil|Inicio|Início|Startseite|Start\s+page)\s*[/>›»|]")


def find_layout(doc: Doc) -> Layout:
    text = doc.text
    lines = doc.lines
    published: Fact[str] | None = None
    published_date = None
    dateline_end = 0
    dateline_range = None
    # The " date 2024-10-19 ..." prefix some captures carry counts as the date line.
    m = re.match(r"\s*date\s+((?:19|20)\d\d-[01]\d-[0-3]\d)\b", text)
    if m:
        published_date = dt.date.fromisoformat(m.group(1))
        published = Fact.at(m.group(1), m.start(1), m.end(1))
        dateline_end = m.end()
    else:
        updated = None
        summary_passed = False
        for k, line in enumerate(lines[:25]):
            body = text[line.start:line.end].strip()
            inline = INLINE_DATELINE.match(text, line.start, line.end) \
                or INLINE_DATELINE_PAREN.match(text, line.start, line.end) \
                or INLINE_DATE_FIRST.match(text, line.start, line.end)
            if inline and (d := _inline_date(doc, inline)) is not None:
                # "JAKARTA, 6 November 2024 – The ASEAN Secretariat ...": the body starts after the dash
                published_date = d.resolve(None)
                published = Fact.at(_iso(d), d.start, d.end)
                dateline_end = inline.end()
                dateline_range = (line.start, inline.end())
                break
            if BANNER.match(body):
                continue    # "NOTICE: Sri Lanka Standard Time will be set back ...": the site's banner, not the body
            if BREADCRUMB.match(body):
                continue    # "Home / Secretary-General / Travels / Austria, 28-30 October 2024": the trail, not the date line
            if CLOCK_WIDGET.match(body):
                continue    # "Philippine Standard Time: Wednesday, March 5, 2025, 9:41:07 AM": the reader's clock
            d = _dateline(doc, line.start, line.end)
            if d is None and (len(body) > 300 or (len(body.split()) > 6 and body.endswith((".", ":"))
                                                  and not NAME_ABBREVIATION_END.search(body))):
                following = next((x for x in lines[k + 1:k + 3] if text[x.start:x.end].strip()), None)
                # (with the body below the date line: "... yesterday in London. / Published 12 May 2022" at the
                # foot is a footer under the whole text)
                if not summary_passed and len(body) <= 300 and following is not None \
                        and len(text) - following.end > 200 and _dateline(doc, following.start, following.end) is not None:
                    summary_passed = True   # "Más de 80 mujeres ... participaron.", then "9 de septiembre de 2025 - 3:15 p. m."
                    continue
                break       # the body has begun: a date below it is no date line
            if d is not None and (iso := _iso(d)):
                if UPDATED.match(text, line.start, line.end) and updated is None:
                    # "Last updated: December 2, 2025" above "Guatemala City, Monday, December 1, 2025": the
                    # page's own date line wins; an update stands in only when there is none
                    updated = (d, iso, line.start, line.end)
                    continue
                published_date = d.resolve(None)
                published = Fact.at(iso, d.start, d.end)
                dateline_end = line.end
                dateline_range = (line.start, line.end)
                break
        if published is None and updated is not None:
            d, iso, ls, le = updated
            published_date = d.resolve(None)
            published = Fact.at(iso, d.start, d.end)
            dateline_end = le
            dateline_range = (ls, le)
    if published is None:
        for m2 in PUBLISHED_FOOTER.finditer(text):
            ds = find_dates(text, m2.end(), min(len(text), m2.end() + 40))
            if ds and ds[0].start == m2.end() and ds[0].year and (iso := _iso(ds[0])):
                published_date = ds[0].resolve(None)
                published = Fact.at(iso, ds[0].start, ds[0].end)
                line_end = text.find("\n", ds[0].end)
                line_end = len(text) if line_end < 0 else line_end
                starts_line = not text[text.rfind("\n", 0, m2.start()) + 1:m2.start()].strip()
                body_follows = len(text[line_end:].strip()) > 80   # a header, not a footer
                if m2.start() < 800 and starts_line and body_follows and not text[ds[0].end:line_end].strip():
                    # gov.uk: "summary / From: ... / Published 12 November 2024", then the body
                    dateline_end = line_end
                break
    if published is None:
        # a release signed off with its date: "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / 21 NOVEMBER 2023"
        # (past a page's "Previous / Next" links and its address: the last dozen lines)
        # (not in a list of the site's other articles below the body: "Latest news / ... / 15 December 2025")
        footer = next((ln.start for ln in lines if ln.start > 200 and FOOTER.match(text, ln.start, ln.end)), len(text))
        for line in [ln for ln in lines[-15:] if ln.end > ln.start and ln.start < footer][-10:]:
            s, e = line.strip_bounds(text)
            if doc.published_hint and UPDATED.match(text, s, e):
                continue    # "Updated: 2025-10-27 11:42" under the article: the page's metadata dates it better
            ds = find_dates(text, s, e)
            if len(ds) == 1 and ds[0].start == s and ds[0].end == e and ds[0].year and (iso := _iso(ds[0])):
                published_date = ds[0].resolve(None)
                published = Fact.at(iso, s, e)
                break
            d = _dateline(doc, s, e) if e - s < 60 else None     # "Brussels, 3 December 2024" at the foot
            if d is not None and (iso := _iso(d)):
                published_date = d.resolve(None)
                published = Fact.at(iso, d.start, d.end)
                break

    body_end = len(text)
    references_start = None
    rm = REFERENCE.search(text, dateline_end)
    if rm:
        references_start = rm.start()
        body_end = rm.start()
    seen_paragraph = False
    for line in lines:
        if line.start >= dateline_end and line.start < body_end and FOOTER.match(text, line.start, line.end):
            # A footer ends the body only after the lead (a paragraph of the body above it); chrome above
            # the lead ("Share this page:") is skipped below.
            if line.start > dateline_end + 80 and seen_paragraph:
                body_end = line.start
                break
        elif not seen_paragraph and line.start >= dateline_end and _body_paragraph(text[line.start:line.end]):
            seen_paragraph = True

    title, title_range = _title(doc, dateline_end)
    lead_from = dateline_end
    full_story = FULL_STORY.search(text, dateline_end, min(body_end, dateline_end + 3000))
    if full_story is not None and HIGHLIGHTS.search(text, dateline_end, full_story.start()):
        lead_from = full_story.end()     # "Story Highlights" bullets, then "The Full Story": the lead is the story's
    lead = _lead(doc, lead_from, body_end, title_range)
    frame = None
    if lead is not None and VISIT_OVERVIEW.search(text, *lead) and not VISIT_MEETING.search(text, *lead):
        # "Governor X visited Perth from February 11 to 14. An overview ... is as follows. / 1. Meeting
        # with the Premier / On February 12, ... held a meeting with ...": the visit frames the page; the
        # readout's event is the first meeting it reports
        after = lead[1]
        main = next(((s, e) for s, e in doc.sentences(lead[1], min(body_end, lead[1] + 1500))[:6]
                     if MAIN_EVENT.search(text, s, e)), None)
        if main is not None:
            frame, lead = lead, main    # "... The main talks of the visit took place on Tuesday": past earlier calls
        for _ in range(4 if main is None else 0):   # (past a sentence about the visit's purpose: "... which will be held in Bucharest")
            meeting = _lead(doc, after, min(body_end, lead[1] + 1500), None)
            if meeting is None:
                break
            if VISIT_MEETING.search(text, *meeting) and not VISIT_OVERVIEW.search(text, *meeting):
                frame, lead = lead, meeting
                break
            after = meeting[1]
    if lead is not None and frame is None:
        # "X returned to Gangtok after a two-day visit to Bhutan. / The highlight of the visit was the Chief
        # Minister's meeting yesterday with ...": the page names its main event; the visit frames it
        main = next(((s, e) for s, e in doc.sentences(lead_from, min(body_end, lead[1] + 1500))[:6]
                     if MAIN_EVENT.search(text, s, e)), None)
        if main is not None and main != lead and not (lead[0] < main[0] and MET_IN_LEAD.search(text, *lead)):
            # (not past a lead that reports the meeting itself: "Premier X has met the Minister-President ...")
            frame, lead = (lead if lead[0] < main[0] else None), main
    if lead is not None and frame is None and MEDIA_BRIEFING.search(text, *lead) \
            and not REPORTED_MEETING.search(text, *lead):
        # "The Government Spokesman today briefed the media on the following matters: ... / 1. ... the
        # Prime Minister held a bilateral meeting with ...": the briefing reports the meeting, and is none
        after = lead[1]
        for _ in range(6):
            meeting = _lead(doc, after, min(body_end, lead[1] + 2500), None)
            if meeting is None:
                break
            if VISIT_MEETING.search(text, *meeting) and not MEDIA_BRIEFING.search(text, *meeting):
                lead = meeting
                break
            after = meeting[1]
    lead_paragraph = _paragraph(doc, lead) if lead else None
    title_dates = find_dates(text, *title_range) if title_range else []
    restatement = None
    if lead_paragraph:
        for s, e in doc.sentences(lead_paragraph[1], body_end)[:2]:
            ds = find_dates(text, s, min(e, s + 40))
            if re.match(r"On\s", text[s:e]) and ds and LEAD_VERB.search(text, s, e):
                restatement = (s, e)
                break
    if published is None:
        stamp = POST_STAMP.search(text)
        if stamp is not None:
            # a post's own stamp ("1:22 PM · Feb 12, 2026 · 4,215 Views", "4 December 2025 at 15:47"):
            # its date line, wherever the platform prints it; its clock is the reader's, not the event's
            d = find_dates(text, *stamp.span("date" if stamp.group("date") else "date2"))
            value = d[0].resolve(None) if d else None
            if value is not None:
                published_date = value
                published = Fact.at(value.isoformat(), d[0].start, d[0].end)
    if published_date is None and doc.published_hint:
        # an HTML page whose date is only in its metadata still dates "today" and "on Monday"
        published_date = _iso_date(doc.published_hint)
    return Layout(title=title, title_range=title_range, published=published,
                  published_date=published_date, dateline_end=dateline_end, dateline_range=dateline_range,
                  body_end=body_end,
                  lead=lead, lead_paragraph=lead_paragraph, references_start=references_start,
                  restatement=restatement, standfirst=_standfirst(doc, title_range, published),
                  truncated=truncation(doc), title_dates=title_dates,
                  notice=find_notice(doc, title_range[0] if title_range else 0, body_end)
                  # "(Reference) Outline of the event / 1. Date and time: ..." below the body
                  or (find_notice(doc, references_start, len(text)) if references_start is not None else None),
                  frame=frame)


def _standfirst(doc: Doc, title_range: tuple[int, int] | None, published: Fact[str] | None
                ) -> tuple[int, int] | None:
    """GOV.UK's summary under the headline, above "From:" and "Published": a sentence that
    reports the event like a lead."""
    if title_range is None or published is None or not published.spans:
        return None
    date_start = published.spans[0].start
    if date_start <= title_range[1]:
        return None
    text = doc.text
    for s, e in doc.sentences(title_range[1], date_start):
        if e - s >= 40 and (LEAD_VERB.search(text, s, e) or BROUGHT_TOGETHER.search(text, s, e)) \
                and re.search(r"[.!]\s*$", text[s:e]):
            return s, e
    return None


def _is_chrome(line: str) -> bool:
    return bool(CHROME.match(line) or CAPTION.match(line) or FOOTER.match(line))


def _title(doc: Doc, dateline_end: int) -> tuple[Fact[str] | None, tuple[int, int] | None]:
    """The headline: the first line near the top that reads like one."""
    text = doc.text
    candidates = []
    for line in doc.lines[:12]:
        s, e = line.strip_bounds(text)
        if e - s < 8 or e - s > 320 or _is_chrome(text[s:e]) or s < dateline_end <= e:
            continue
        if LABELLED.match(text, s, e):
            continue        # "Time: 12:30pm – 1:30pm (a light lunch ...)": a notice's detail, not its headline
        words = text[s:e].split()
        if len(words) < 3 or text[s:e].rstrip().endswith((".", ":")) and len(words) > 25:
            continue
        candidates.append((s, e))
    if doc.title_hint:
        idx = text.find(doc.title_hint)
        if idx >= 0:
            return Fact.at(doc.title_hint, idx, idx + len(doc.title_hint)), (idx, idx + len(doc.title_hint))
    key = fastre.compile(r"\b(?:Meeting|Meets?|Talks?|Call|Calls|Dialogue|Readout|Courtesy|Exchange|Consultations?|speaks|met|hold|"
                     r"hosts|holds|visits|receives|Visit|Telephone|Phone|Conversation|Videoconference|"
                     r"Symposium|Forum|Summit|Conference|Event|Lecture|Launch|Webinar|Seminar|Workshop|Panel|Roundtable|Dinner|Lunch|Schedule|"
                     r"Session|sign|signs|signed|signing|"
                     # French, Spanish and Portuguese headlines: "Entretien téléphonique de Mme X avec ..."
                     r"Entretien|Réunion|Rencontre|Reunión|Encuentro|Reunião|Encontro|Conversación|Conversa|Llamada|"
                     r"Audiencia|Audience|Audiência|Visita|Visite|Diálogo|Videoconferencia|Visioconférence|"
                     r"Videoconferência|Almuerzo|Déjeuner|Almoço|Cena|Dîner|Jantar|Foro|Séminaire|Seminario|Seminário|"
                     r"Conferencia|Conférence|Conferência|recibe|reçoit|recebe|sostiene|mantiene|s['’]entretient)\b", re.I)
    for s, e in candidates:
        if text[s:e].endswith("."):
            continue        # a headline has no full stop; a closing sentence does
        if s < dateline_end + 400 and key.search(text, s, e) and not LEAD_VERB.search(text, s, e) or \
                (s < 400 and key.search(text, s, e) and e - s < 160):
            return Fact.at(text[s:e], s, e), (s, e)
    return None, None


HIGHLIGHT_BULLET = re.compile(r"[ \t]*[-•▪*][ \t]")


SUMMARY_LABEL = fastre.compile(r"\s*(?:What\s+you\s+need\s+to\s+know|In\s+brief|At\s+a\s+glance|Summary|Key\s+points|"
                               r"The\s+big\s+picture|In\s+short)\s*:")


MET_IN_LEAD = fastre.compile(r"\b(?:met|meets|held\s+(?:talks|a\s+meeting)|spoke\s+with|received)\b")
MAIN_EVENT = fastre.compile(r"\b(?:highlight|centrepiece|centerpiece|high\s+point)\s+of\s+(?:the|his|her|their)\s+"
                            r"(?:[\w-]+\s+){0,2}(?:visit|trip|day|programme|program|stay|mission|tour)\s+(?:was|were)\b"
                            # ... "The main talks of the visit took place on Tuesday 7 April at Parliament House"
                            r"|\b[Tt]he\s+(?:main|central)\s+(?:event|engagement|talks|meeting)\s+of\s+the\s+(?:visit|trip|day)\s+"
                            r"(?:was|were|took\s+place)\b")


def _lead(doc: Doc, start: int, end: int, title_range) -> tuple[int, int] | None:
    text = doc.text
    highlight = None
    for s, e in doc.sentences(start, end):
        # headings and captions run into the next line when they have no full stop: skip them
        while "\n" in text[s:e]:
            nl = text.index("\n", s, e)
            if re.search(r"[.:;,]\s*$", text[s:nl]) or len(text[s:nl].strip()) > 200:
                break
            s = nl + 1
            while s < e and text[s].isspace():
                s += 1
        if title_range and s < title_range[1] and e > title_range[0] and e - s < 200 and "\n" not in text[s:e].strip():
            # the headline itself
            if not text[s:e].rstrip().endswith("."):
                continue
        chunk = text[s:e]
        first_line = chunk.split("\n", 1)[0]
        if CAPTION.match(first_line) or _is_chrome(first_line):
            continue
        if len(chunk) < 30 or not LEAD_VERB.search(chunk):
            continue
        # A one-line headline or caption has no final punctuation.
        if not re.search(r"[.:;!?)\"”]\s*$", chunk) and len(chunk) < 160 and e < end:
            continue
        if highlight is not None and s - highlight[1] > 800:
            return highlight
        line_prefix = text[text.rfind("\n", 0, s) + 1:s].strip()
        if SUMMARY_LABEL.match(chunk):
            # "What you need to know: Governor X spoke today with the Premier of ...": the summary; the
            # story's own lead follows ("SACRAMENTO — Governor X today spoke by phone with Premier Y")
            highlight = highlight or (s, e)
            continue
        if (HIGHLIGHT_BULLET.match(first_line) and not line_prefix) or line_prefix in ("-", "•", "▪", "*"):
            # "- La llamada se realizó a solicitud de la parte canadiense." over the story: a highlight; the
            # lead is the first paragraph of prose below (or the highlight, when none follows)
            highlight = highlight or (s, e)
            continue
        return s, e
    return highlight


def _paragraph(doc: Doc, lead: tuple[int, int]) -> tuple[int, int]:
    """The lead and the sentences after it up to a blank line or a numbered point."""
    text = doc.text
    s, e = lead
    stop = fastre.compile(r"\n\s*\n|\n\s*(?:\d+[.)]|\(\d+\)|[-•*])\s")
    m = stop.search(text, e)
    end = m.start() if m else len(text)
    # The lead of a one-sentence paragraph followed by points: keep the sentence.
    return s, max(e, end)


