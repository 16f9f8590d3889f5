"""Whether a text stops mid-sentence or mid-list, its page's sign-off set aside.

Pages end with more than the readout: contacts ("Media enquiries", a press secretary's name,
a telephone number, an e-mail address), the issuing office in capitals, a date, tags, related
links. Those lines close a complete page; the readout's last prose line is what is judged.
"""
from __future__ import annotations

import re

from . import fastre, northern
from ..model import Fact
from .text import Doc

# Headings of what follows a readout on its page: seen among the last lines, the page is whole.
SIGN_OFF = fastre.compile(
    r"^\s*(?:Back to\b|Associated Links|White House Shareables|Page details|Date modified|Follow us|"
    r"Like us on|Search for related information|Updates to this page|Share this page|Related\b|"
    r"Explore the topic|Print this page|\(END\)|###|Top of page|Return to top|(?:Tags|Topics|Persons|Keywords)(?:\s*$|:)|Last updated\b|"
    r"(?:For )?(?:further|more) information\b|For (?:media|press)\b|(?:Media|Press) "
    r"(?:enquiries|inquiries|contacts?|office|queries)\b|For journalists|Enquiries\b|Inquiries\b|"
    r"Contacts?\b|Issued by\b|Publisher\s*:|Source\s*:|-*\s*ENDS?\s*-*\s*$|"
    # the same in the languages of the Romance and German pages: "Condividi", "Note legali", "Impressum", "©"
    r"Condividi\b|Note\s+legali\b|Contatti\b|Ufficio\s+[Ss]tampa\b|Impressum\b|Datenschutz\b|Teilen\b|"
    r"Verantwortlich\b|Mentions\s+légales\b|Partager\b|Aviso\s+legal\b|Compartir\b|Compartilhe\b|©|"
    + northern.FOOTER_WORDS + r")", re.I)
# A contact detail: an e-mail address, a web address, a telephone number.
CONTACT = fastre.compile(
    r"\S@\S|https?://|www\.|\b(?:tel|phone|mob|cell|fax)\b\.?\s*(?:\([^)]*\)\s*)?:?\s*\+?\d"
    r"|\+\d[\d ()./-]{6,}\d|\(\d{2,4}\)\s?\d{3,4}\s?\d{3,4}|\b\d{2} \d{4} \d{4}\b", re.I)
# A closing marker at the end of the last sentence: "... in 2027. END"
END_MARK = fastre.compile(r"\s*(?:-+\s*)?\b(?:ENDS?|END OF (?:PRESS )?RELEASE)\b\s*-*\s*$|\s*#{3}\s*$")
LIST_ITEM = fastre.compile(r"^\s*(?:\d+[.)]|\(\d+\)|[-•*])\s")
OK_END = fastre.compile(r"[.!?)\]\"”’:;]\s*$|\b(?:as follows|follows)[.:;]?\s*$")
# A line cut in prose ends on a word that cannot end one.
OPEN_END = fastre.compile(
    r"\b(?:of|and|or|the|a|an|to|in|on|for|with|by|at|from|as|that|which|who|its|their|his|her)\s*$"
    r"|,\s*$", re.I)
CONNECTORS = frozenset("of the and for to in on at de du des la le y et und di del della dei degli delle da e c/o do dos "
                       "das der von im am zu".split())
# "d'Italia", "l'Ambasciata": an elided article before a capitalised word
_ELIDED = re.compile(r"^(?:d|l|dell|all|nell|dall)['’][A-ZÀ-Ý]")
TAIL_LINES = 8     # how far from the end a sign-off heading is looked for


def truncation(doc: Doc) -> Fact[bool] | None:
    """The text stops mid-sentence or mid-list (its page's sign-off lines do not count)."""
    text = doc.text
    lines = _last_lines(doc)       # the non-blank lines, last first
    if not lines:
        return None
    for s, e in lines[:TAIL_LINES]:
        if SIGN_OFF.match(text[s:e]):
            return Fact.at(False, s, e)
    for s, e in lines:
        body = text[s:e]
        if _signs_off(body):
            continue
        mark = END_MARK.search(body)
        if mark is not None and mark.start() > 0:
            e = s + mark.start()
        if OK_END.search(text, s, e):
            return Fact.at(False, max(s, e - 1), e)
        return Fact.at(True, max(s, e - 20), e)   # the last words, as the evidence of the cut
    s, e = lines[0]
    return Fact.at(False, s, e)


def _last_lines(doc: Doc, most: int = 40) -> list[tuple[int, int]]:
    """The text's last non-blank lines (at most `most`), from the end: a page's sign-off is short."""
    text = doc.text
    out = []
    for ln in reversed(doc.lines):
        if text[ln.start:ln.end].strip():
            out.append(ln.strip_bounds(text))
            if len(out) == most:
                break
    return out


def _signs_off(line: str) -> bool:
    """A line of the page's sign-off: a contact, a name and office, a date, an office in capitals."""
    if CONTACT.search(line) or not any(c.isalpha() for c in line):
        return True       # "- 30 -", "* *** *"
    if LIST_ITEM.match(line) or OPEN_END.search(line):
        return False      # "5. The two ministers", "... the Minister for Foreign Affairs of"
    words = line.split()
    # names, offices and dates are capitalised throughout ("Colombo", "Head of Public
    # Diplomacy", "14 May 2025 | Ministry for Foreign Affairs"); prose has lower-case words
    return len(words) <= 16 and not any(w[:1].islower() and w.strip(".,;:") not in CONNECTORS
                                        and not _ELIDED.match(w) for w in words)
