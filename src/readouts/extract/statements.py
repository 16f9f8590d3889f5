"""Statements: the points of what was said, attributed to the participant who said them.

A readout reports what was said in two shapes:
- numbered or bulleted points ("1.", "(1)", "- ", "•", nested "1." under "1."): every point
  is a statement, split where a sentence names a different speaker ("In response, Ambassador
  X expressed ...");
- prose sentences that attribute: "<person> stated/said/noted/... that ...", "the two
  ministers confirmed ...", "Both sides ...", "They discussed ...".

The speaker is the participant the sentence names as its subject, resolved like the
pipeline's coreference (the mention itself, or its name words, or an office that fits exactly
one participant); when the text leaves any doubt, the speaker is None. The lead sentence,
headings, "(Reference)" sections and footers give no statements.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import fastre
from ..model import Fact, Statement
from .names import Mention, NameIndex
from .persons import Participant
from .segment import Layout
from .text import Doc

# -- grammar --------------------------------------------------------------------------------
# Verbs that report what someone said, agreed or did in words.
SPEECH_VERBS = (
    "stated", "said", "says", "expressed", "explained", "noted", "welcomed", "emphasized", "emphasised",
    "underlined", "underscored", "reiterated", "stressed", "highlighted", "affirmed", "reaffirmed",
    "confirmed", "agreed", "shared", "discussed", "exchanged", "conveyed", "mentioned", "pointed out",
    "requested", "asked", "called for", "called on", "called upon", "urged", "proposed", "suggested",
    "hoped", "looked forward", "look forward", "thanked", "congratulated", "praised", "appreciated",
    "commended", "raised", "briefed", "introduced", "presented", "acknowledged", "recognized",
    "recognised", "committed", "pledged", "announced", "offered", "invited", "encouraged", "condemned",
    "concluded", "added", "replied", "responded", "indicated", "observed", "reviewed", "outlined",
    "described", "informed", "told", "assured", "promised", "declared", "insisted", "reported",
    "updated", "set out", "spoke about", "spoke of", "talked about", "made remarks", "gave remarks",
    "delivered remarks", "delivered a speech", "made a speech", "explored", "considered", "touched on",
    "touched upon", "addressed", "highlighted", "voiced", "extended", "sought", "showed", "demonstrated",
    "valued", "reflected", "celebrated", "emphasized", "looked ahead", "paid tribute", "deplored",
    "regretted", "supported", "opposed", "rejected", "agreed to", "began by", "opened by", "closed by",
    "concluded by", "shared the view", "exchanged views", "exchanged opinions", "held discussions",
    "concurred", "provided", "engaged in", "referred to", "commented", "recalled", "mourned", "made remarks",
    "made opening remarks", "made closing remarks", "made keynote remarks", "made concluding remarks",
    "delivered opening remarks", "delivered closing remarks", "gave opening remarks", "delivered a keynote speech",
    "delivered a keynote address", "gave a keynote speech", "gave a presentation", "made a presentation",
    "made a statement", "delivered a statement", "spoke on", "briefed", "relayed", "restated", "vowed",
)
# Adverbs and auxiliaries that may stand between the subject and the verb.
ADVERB = r"(?:also|further|then|again|once\s+again|both|all|each|had|has|have|would|will|first|later|[a-z]+ly)"
# Subjects that speak for both (or all) sides.
JOINT_SUBJECT = fastre.compile(
    r"(?:the\s+)?(?:two|both|three|four|five|six|seven|eight|nine|ten|several|all(?:\s+the)?)\s+(?:[\w.'’-]+\s+){0,2}?"
    r"(?:ministers|leaders|sides|parties|presidents|prime\s+ministers|delegations|heads\s+of\s+(?:state|government)|"
    r"secretaries|co-chairs|participants|governments|countries|officials|counterparts|heads|chiefs|envoys)\b"
    r"|both\s+(?:sides|parties)\b|both\b"
    r"|the\s+(?:ministers|leaders|sides|parties|delegations|participants|co-chairs|panel(?:l)?ists|speakers|"
    r"presidents|foreign\s+ministers|prime\s+ministers|secretaries|counterparts)\b"
    r"|participants\b|all\s+participants\b"
    r"|the\s+[A-Z][\w.'’-]*\s+and\s+[A-Z][\w.'’-]*\s+(?:ministers|leaders|sides|delegations|presidents)\b"
    r"|the\s+two\b",
    re.I)
PRONOUN = fastre.compile(r"(?:he|she|they)\b", re.I)
SIDE = fastre.compile(r"\s+(?:side|delegation|government)\b")
# "A and B" between two subjects.
AND = fastre.compile(r"\s*,?\s+and\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")
# Sentences that introduce a list or close the account, not points of what was said.
BOILERPLATE = fastre.compile(
    r"^(?:the|an?)\s+(?:overview|outline|summary|gist|main\s+points?)\b.*\b(?:follows?|below)\b"
    r"|\bas\s+follows[.:]?\s*$", re.I | re.S)
MARKER = r"(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-zA-Z]\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|[-•*●・▪◦–])"
ITEM = fastre.compile(rf"^[ \t]*{MARKER}[ \t]+", re.M)
INNER_MARKER = fastre.compile(rf"{MARKER}[ \t]+")
BLANK = fastre.compile(r"\n[ \t]*\n")
COMMA = fastre.compile(r",\s+")
THE = fastre.compile(r"the\s+", re.I)
SPACES = fastre.compile(r"\s+")
AND_WORD = fastre.compile(r"\band\b")
CAP_WORDS = fastre.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
WORDS = fastre.compile(r"[^\W\d_][\w'’-]*")
HEADING_END = fastre.compile(r"[.,;:!?\"”’]$")
POINT_END = fastre.compile(r"[.!?;:\"”’]\s*$")
FUNCTION_WORDS = {"and", "the", "of", "for", "to", "in", "on", "at", "by", "de", "du", "la", "le"}


def _verb_pattern() -> re.Pattern[str]:
    verbs = sorted(set(SPEECH_VERBS), key=len, reverse=True)
    alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return fastre.compile(
        r"(?:\s*,\s*(?:who|which)\b[^,.;]{0,160},)?"                       # ", who is visiting Tokyo,"
        r"(?:\s*,\s*(?:in\s+response|in\s+turn|for\s+(?:his|her|their|its)\s+part|on\s+(?:his|her|their|its)\s+part),)?"
        rf"(?:\s+{ADVERB})*\s+(?P<verb>{alt})\b")


VERB = _verb_pattern()


@dataclass(slots=True)
class _Subject:
    start: int
    end: int                 # end of the attribution (after the verb)
    speaker: int | None
    joint: bool
    pronoun: bool = False


def _continues(before: _Subject | None, subj: _Subject | None, is_item: bool) -> bool:
    """Whether a sentence goes on the statement before it: an unattributed sentence of the same
    point, a pronoun ("She also stated ..."), or the same speaker named again."""
    if subj is None:
        return is_item
    if subj.pronoun:
        return True
    return (before is not None and not subj.joint and not before.joint and subj.speaker is not None
            and subj.speaker == before.speaker)


# -- entry point -------------------------------------------------------------------------------
def find_statements(doc: Doc, layout: Layout, index: NameIndex, people: list[Participant]) -> list[Statement]:
    """Points of what was said in the body, after the lead and before references and footers."""
    if layout.lead is None:
        return []
    text = doc.text
    start = layout.lead[1]
    end = min(layout.body_end, layout.references_start if layout.references_start is not None else len(text))
    if start >= end:
        return []
    reader = _Reader(doc, layout, index, people)
    out: list[Statement] = []
    for seg_start, seg_end, is_item in _segments(text, start, end):
        out.extend(reader.segment(seg_start, seg_end, is_item))
    return out


def _segments(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Points (marker stripped) and prose paragraphs of [start, end)."""
    cuts: list[tuple[int, int, bool]] = []       # (cut position, content start, is item)
    for m in ITEM.finditer(text, start, end):
        cuts.append((m.start(), m.end(), True))
    for m in BLANK.finditer(text, start, end):
        cuts.append((m.start(), m.end(), False))
    cuts.sort()
    out = []
    pos, is_item = start, False
    for cut, content, item in cuts:
        if cut < pos:
            continue
        if cut > pos:
            out.append((pos, cut, is_item))
        pos, is_item = content, item
    if pos < end:
        out.append((pos, end, is_item))
    trimmed = []
    for s, e, item in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e, item))
    return trimmed


class _Reader:
    def __init__(self, doc: Doc, layout: Layout, index: NameIndex, people: list[Participant]) -> None:
        self.doc = doc
        self.text = doc.text
        self.index = index
        self.people = people
        by_start: dict[int, Mention] = {}
        for m in index.mentions:
            by_start.setdefault(m.start, m)
        for p in people:
            for m in p.mentions:
                by_start.setdefault(m.start, m)
        self.by_start = by_start
        self.countries = sorted((s, e) for s, e, _ in index.country_spans)
        self.orgs = sorted((s, e) for s, e, _ in index.org_spans)
        # Offices the lead names without a name ("The Prime Minister met ..."): the unnamed
        # principal, so a later "the Prime Minister" is that office and no participant.
        self.lead_offices = set()
        ls, le = layout.lead
        owned = [(x.start, x.end) for p in people for x in p.mentions]
        for m in index.mentions:
            if m.kind == "office" and ls <= m.start < le and m.titles \
                    and not any(a < m.end and m.start < b for a, b in owned):
                self.lead_offices.add(self._title_key(*m.titles[0]))

    # -- segments ------------------------------------------------------------------------------
    def segment(self, start: int, end: int, is_item: bool) -> list[Statement]:
        text = self.text
        if is_item:
            while (inner := INNER_MARKER.match(text, start, end)) is not None:
                start = inner.end()         # "2. (1) Minister X stated ..."
        start = self._skip_heading(start, end)
        if start >= end:
            return []
        if is_item and not self._is_point(start, end):
            return []
        out: list[Statement] = []
        current: list = []          # [start, end, subject]
        for s, e in self.doc.sentences(start, end):
            if BOILERPLATE.search(text[s:e]):
                continue
            subj = self.subject(s, e)
            if current and text[current[1]:s].strip() == "" and _continues(current[2], subj, is_item):
                current[1] = e          # the same speaker goes on ("He also stated ...")
                continue
            if current:
                out.append(self._statement(*current))
                current = []
            if subj is None and not is_item:
                continue                # prose that attributes nothing is no statement
            current = [s, e, subj]      # "He said ..." opening a statement: who "he" is stays open
        if current:
            out.append(self._statement(*current))
        return out

    def _statement(self, s: int, e: int, subj: _Subject | None) -> Statement:
        words = SPACES.sub(" ", self.text[s:e])
        attribution = None
        if subj is not None:
            attribution = Fact.at(SPACES.sub(" ", self.text[subj.start:subj.end]), subj.start, subj.end)
        return Statement(text=Fact.at(words, s, e),
                         speaker=subj.speaker if subj is not None else None,
                         attribution=attribution,
                         joint=bool(subj is not None and subj.joint))

    def _skip_heading(self, start: int, end: int) -> int:
        """A point's first line with no final punctuation, followed by its text, is a heading."""
        text = self.text
        while True:
            nl = text.find("\n", start, end)
            if nl < 0:
                return start
            first = text[start:nl].strip()
            rest = text[nl + 1:end].lstrip()
            if not first:
                start = nl + 1
                continue
            if (rest and (rest[0].isupper() or rest[0] in "“\"(") and len(first.split()) <= 12
                    and not HEADING_END.search(first)):
                start = nl + 1
                while start < end and text[start].isspace():
                    start += 1
                continue
            return start

    def _is_point(self, start: int, end: int) -> bool:
        """A point says something: not a bare name, title or schedule line."""
        chunk = self.text[start:end]
        words = WORDS.findall(chunk)
        if len(words) < 6:
            return False
        if "\n" not in chunk.strip() and len(words) <= 15 and not POINT_END.search(chunk) \
                and end < len(self.text.rstrip()):
            return False        # a heading of its own ("Upcoming political dialogue and bilateral relations")
        return any(w[0].islower() and len(w) >= 3 and w not in FUNCTION_WORDS for w in words)

    # -- subjects ------------------------------------------------------------------------------
    def subject(self, s: int, e: int) -> _Subject | None:
        """The attribution at the start of the sentence, or after an opening phrase that ends
        with a comma ("In response, ...", "Regarding X, ...")."""
        text = self.text
        found = self._subject_at(s, e)
        if found is not None:
            return found
        limit = min(e, s + 250)
        for m in COMMA.finditer(text, s, limit):
            pos = m.end()
            found = self._subject_at(pos, e)
            if found is not None:
                return found
        return None

    def _subject_at(self, pos: int, e: int) -> _Subject | None:
        text = self.text
        m = PRONOUN.match(text, pos, e)
        if m:
            v = VERB.match(text, m.end(), e)
            if v:
                joint = m.group().lower() == "they"
                return _Subject(pos, v.end(), None, joint, pronoun=True)
            return None
        m = JOINT_SUBJECT.match(text, pos, e)
        if m:
            v = VERB.match(text, m.end(), e)
            if v:
                return _Subject(pos, v.end(), None, True)
        people: list[int | None] = []
        cur = pos
        while True:
            one = self._one_subject(cur, e)
            if one is None:
                break
            who, after, several = one
            people.append(who)
            if several:
                people.append(None)
            a = AND.match(text, after, e)
            if a and self._one_subject(a.end(), e) is not None:
                cur = a.end()
                continue
            v = VERB.match(text, after, e)
            if not v:
                return None
            if len(people) > 1:
                return _Subject(pos, v.end(), None, True)
            return _Subject(pos, v.end(), people[0], False)
        return None

    def _one_subject(self, pos: int, e: int) -> tuple[int | None, int, bool] | None:
        """(participant index or None, end, names several) for one named subject at pos: a
        person, an office, a country or organisation ("Japan", "the Japanese side", "the
        European Union"); "the Prime Minister and the President" names several."""
        text = self.text
        at = pos
        the = THE.match(text, pos, pos + 5)
        if the:
            at = the.end()
        m = self.by_start.get(pos) or self.by_start.get(at)
        if m is not None:
            end = m.end
            for ts, te in m.titles:
                if ts >= m.start and te > end and text[end:ts].strip(" ,\n") == "":
                    end = te
            if m.tail_country and m.tail_country[1] >= end and text[end:m.tail_country[1]].strip() in ("of", "of the"):
                end = m.tail_country[2]
            if m.kind == "office" and m.titles and AND_WORD.search(text, m.titles[0][0], m.titles[0][1]):
                return None, end, True
            return self._resolve(m), end, False
        span = self._known_span(at)
        if span is not None:
            end = span
            side = SIDE.match(text, end, e)
            if side:
                end = side.end()
            return None, end, False
        return self._family_word(at, e)

    def _known_span(self, pos: int) -> int | None:
        for spans in (self.countries, self.orgs):
            i = bisect.bisect_left(spans, (pos, -1))
            if i < len(spans) and spans[i][0] == pos:
                return spans[i][1]
        return None

    def _family_word(self, pos: int, e: int) -> tuple[int | None, int, bool] | None:
        """A participant's name without title ("Albanese said", "Yoko Kamikawa stated")."""
        text = self.text
        m = CAP_WORDS.match(text, pos, min(e, pos + 80))
        if not m:
            return None
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in m.group().split()}
        hits = [i for i, p in enumerate(self.people) if words <= p.keys]
        if len(hits) != 1:
            return None
        return hits[0], m.end(), False

    # -- resolution ----------------------------------------------------------------------------
    def _title_key(self, s: int, e: int) -> str:
        key = SPACES.sub(" ", self.text[s:e]).strip(" ,").lower()
        return key[4:] if key.startswith("the ") else key

    def _resolve(self, m: Mention) -> int | None:
        people = self.people
        if m.kind == "office":
            if not m.titles:
                return None
            title = self._title_key(*m.titles[0])
            if title in self.lead_offices:
                return None     # the unnamed principal's office
            hits = []
            for i, p in enumerate(people):
                titles = {self._title_key(a, b) for x in p.mentions for a, b in x.titles}
                if any(t == title or t.endswith(" " + title) or t.startswith(title + " of")
                       or title in t.split(", ") for t in titles):
                    hits.append(i)
            return hits[0] if len(hits) == 1 else None
        for i, p in enumerate(people):
            if any(x is m for x in p.mentions):
                return i
        keys = m.keys
        if not keys:
            return None
        hits = [i for i, p in enumerate(people)
                if keys <= p.keys or p.keys <= keys or (len(keys) == 1 and keys & p.keys)]
        return hits[0] if len(hits) == 1 else None
