"""Gender from the text's own words only: an honorific on any mention of the person, or a
pronoun that plainly refers to them. Never from a first name.

"Plainly refers": the person is the subject at the head of a sentence and the pronoun is the
first he/she/his/her after them with no other person named in between, or the pronoun that
opens the next sentence (annotators read it as the subject continued); or the pattern
"congratulated/thanked <person> on/for his|her ...". An honorific outranks pronouns; pronouns
that disagree leave the gender unknown.
"""
from __future__ import annotations

import re

from . import fastre, geo, romance as _romance
from ..model import Fact
from .names import Mention, NameIndex
from .persons import Participant
from .text import Doc
from .tokens import honorific_table, title_heads

PRONOUN = fastre.compile(r"\b(?:(?P<m>he|him|his|himself)|(?P<f>she|her|hers|herself))\b", re.I)
# what may open a sentence before its subject: list marks, a point's heading, a date line ("LONDON, 28 October 2025 —"), an
# introductory phrase and its comma, "the"
LEADING = fastre.compile(r"^(?:\s|[-•*]|\d+[.)]|\(\d+\)|\([A-Za-z]\)|\d+\s)*"
                         # a point's heading on its own line ("2. Keynote speech\nHon. X delivered ...")
                         r"(?:[A-Z][^\n.!?;:]{0,60}\n\s*)?"
                         r"(?:[A-Z][\w’'.-]*(?:,?\s+[\w’'.-]+){0,5},?\s+\d{4}\s*[—–:-]+\s*)?(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,8}"
                         # ("At the outset of the meeting, which lasted 45 minutes, Eng. X conveyed ...")
                         r"(?:,\s*which\s+[^,.;]{1,60})?,\s*)?(?:[Tt]he\s+)?"
                         # "The co-host, Sierra Leone's Minister ..., Dr X, described her ...": a state's possessive
                         r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?"
                         # "Por su parte, la secretaria de Estado Solheim reiteró ...": a Spanish office before the name
                         # ... or the article alone, the office then the name's own title: "La subsecretaria Arancibia
                         # Toro presentó ...", "O Ministro Kanjila informou ..."
                         # ... past an office and its comma: "Al inaugurar la jornada, la presidenta de la Comisión,
                         # diputada X, señaló ..."
                         r"(?:(?:[Ll]a|[Ee]l|[Oo]|[Aa])\s+(?:" + _romance.SPANISH_OFFICES + r")\b[^,.;]{0,80},\s*)?"
                         # ... or a title in capitals: "No seu discurso de abertura, a Vice-Ministra Mabunda Cossa recordou"
                         r"(?:(?:[Ll]a|[Ee]l|[Oo]|[Aa])\s+(?:[A-ZÀ-Ý][\w-]+\s+){1,2}|"
                         r"(?:[Ll]a|[Ee]l|[Oo]|[Aa])\s+(?:señora\s+|señor\s+)?(?:(?:" + _romance.SPANISH_OFFICES
                         + r")(?:\s+de\s+Estado)?\s+)?)?$")
FRONTED = fastre.compile(r"\b(?:(?:during|on|after|following|before|in|at\s+the\s+(?:end|start|close|outset)\s+of|"
                     r"on\s+the\s+(?:last|first|second|third|final)\s+day\s+of)\s+(his|her)\s+(?:[\w-]+\s+){0,2}"
                     # "In his opening statement, the Secretary-General ..."
                     r"(?:remarks|statement|address|speech|intervention|message|words|toast|visit|trip|stay|tour|way|travels?|"
                     # "Following her meetings in Astana, Assistant Secretary X ..."
                     r"meetings?|talks|engagements?|consultations)\b"
                     # "For his part, Minister X said ..."
                     r"|for\s+(his|her)\s+part\b)", re.I)
# a second clause's subject: "The two Presidents agreed on ..., and President X presented her guest with ..."
CLAUSE_SUBJECT = fastre.compile(r"(?:,\s+and|;)\s+$")
NEXT_CLAUSE = fastre.compile(r";|,\s+and\b|\s+and\s+[A-Z]")
# what may stand between the fronted phrase and its subject: a short place or occasion, then a comma
FRONTED_THEN_SUBJECT = fastre.compile(r"[^,.;]{0,40},\s*(?:the\s+)?")
# ... also after a fronted phrase of the same person's: "In her opening remarks, she said ..."
# '"..., " Valdez told reporters.': the speaker of a quotation is the sentence's subject
QUOTE_BEFORE = fastre.compile(r'^\s*[“"]?[^“”"]*[,!?][”"]\s+$')
# '"...," said Minister X.': the speaker named after the verb is the subject too
QUOTE_SAID_BEFORE = fastre.compile(r'^\s*[“"]?[^“”"]*[,!?][”"]\s+(?:said|says|added|stressed|noted|explained|'
                                   r'underlined|emphasi[sz]ed|remarked)\s+(?:the\s+)?$')
SPEECH_AFTER = fastre.compile(r"\s+(?:said|says|told|added|stressed|noted|explained|underlined|emphasi[sz]ed|remarked)\b")
OPENING_PRONOUN = fastre.compile(r"(?:\s|[-•*]|\d+[.)])*(?:(?:In|During)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}"
                                 r"(?:remarks|speech|statement|address|intervention),?\s+(?=he\b|she\b))?"
                                 # "... paid an official visit to Kazakhstan. This was her first visit to ..."
                                 r"(?:(?:This|It)\s+(?:was|is|marked|marks)\s+(?=(?:his|her)\s))?"
                                 # "Drawing on her experience as a gender adviser, she explained ...": a participle's own
                                 # pronoun, then the subject's (the same person's, both checked below)
                                 r"(?:[A-Z][a-z]+ing\s+(?:on|about|from|to|upon)\s+(?P<own>his|her)\s+[^,.;]{1,80},\s+"
                                 r"(?=(?:he|she)\b))?"
                                 # "... travelled to Moldova. In Chișinău she met ...", "Later, he ...": a short fronted
                                 # place, time or sequence word before the subject pronoun (no person in it: checked)
                                 r"(?:(?:Later|Afterwards|Subsequently|Then|There|Earlier|Today|Yesterday|Finally)\b,?\s+"
                                 r"(?=(?:he|she)\b)|(?:In|At|On|In\s+the|At\s+the|On\s+the)\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?"
                                 r"[A-Za-z][\w’'-]*,?\s+(?=(?:he|she)\s+[a-z]))?"
                                 # (and the Spanish subject pronouns, which stand for people only: "Ella expresó ...")
                                 # ... and the Portuguese: "Ele manifestou o interesse de Angola ..."
                                 r"(?P<pro>He|She|His|Her|he|she|his|her|Ella|Él|Ele|Ela)\b(?!\s+(?:Excellency|Majesty|Royal|Highness|Honou?r))")
# "The Foreign Secretary and Foreign Minister X": an "and" with no comma after it before the name
_AND_THEN_NAME = fastre.compile(r"\band\b[^,]*$")
OBJECT_PRONOUN = fastre.compile(r"\b(?:congratulated|thanked|praised|commended)\s+(?:the\s+)?$")
# "her" with no noun after it is an object: "thanked her for", "told her that", "met her."
# (an article after it too: "who handed her a copy of the credentials he will present")
OBJECT_AFTER = fastre.compile(r"\s*(?:[.,;:!?)]|$|(?:for|to|on|about|that|and|with|in|at|as|by|from|of|again|"
                              r"personally|warmly|once|a|an|the|this|these|those)\b)", re.I)
APPOSITION = fastre.compile(r"\s*,\s*")
OWN_VISIT = fastre.compile(r",?\s+(?:on|during)\s+(his|her)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|stay|tour)\b"
                           r"(?:\s+to\s+(?:the\s+)?(?P<dest>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?")
# "said Barth Eide, who was visiting Greenland for the first time since he took office": the relative
# clause's pronoun is the person it hangs on (past the body they serve: "X of the Nepali Army, who ...")
WHO_CLAUSE = fastre.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?"
                            # "X, Director of the Women Mediators' Circle, who ... her own work": past the title
                            # ... or past two: "Lieutenant Colonel X, Australian Army, Gender Adviser at ..., who spoke
                            # about her work"
                            r"(?:\s*,\s*(?P<seg>[A-Z][^,.;()\n]{0,80}?(?:,\s*[A-Z][^,.;()\n]{0,80}?)?)(?=\s*,\s*who\b))?"
                            # (not past another person the clause names: "..., who congratulated him on his election")
                            r"\s*,\s*who\s+(?:(?!\b(?:him|them)\b)[^,.;()]){0,120}?\b(?:(?P<m>he|his)|(?P<f>she|her))\b")
# a segment ending on a name after a lower-case noun: "Armenian lawmaker Narine Melkonyan"
NAMED_AT_END = fastre.compile(r"(?:(?<=\s)|^)(?!(?:of|the|for|and|on|in|to|at|de|du|des|del|da|do)\b)[a-z]+\s+[A-Z][a-z]+"
                              r"(?:\s+[A-Z][\w’'-]+){1,2}$")
# a sentence about the occasion, whose subject is no one ("The panel began at 18:00 and ...")
ABOUT_THE_EVENT = fastre.compile(r"\s*(?:(?:The|This)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:was|were|began|lasted|ran|took|is|had|brought|opened|closed|started|ended)\b|It\s+(?:was|began|lasted|took)\b)")
# the subject's own counterpart, after the verb: "X met on Wednesday with his Jordanian counterpart"
COUNTERPART_OF = fastre.compile(r"\s+(?:and\s+(?=(?:his|her)\s)|(?:(?:also|then|later)\s+)?(?:met|meets|spoke|speaks|"
                                r"(?:held|holds)\s+talks|held\s+a\s+[\w\s-]{0,30}?"
                                r"(?:meeting|call|conversation)|talked|received|receives|welcomed|welcomes|thanked|called|"
                                r"briefed|updated|informed|assured|hosted)\b)"
                                # "X and his Tajik counterpart Y met ..."
                                r"[^.;]{0,60}?\b(his|her)\s+(?:[A-Z][\w’'-]*\s+){0,2}counterparts?\b")
SAID_THEN_PARTICIPLE = fastre.compile(r"\s+(?:said|added|noted|stressed),\s+(?:recalling|noting|adding|stressing|recounting|"
                                      r"citing|describing|referring\s+to)\s+(his|her)\b")
# the host's own place, right after the host's name: "called on Minister X at her office"
CALLED_ON = fastre.compile(r"\b(?:call(?:ed|s)?\s+on|visit(?:ed|s)?)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,6}$")
# ... past the host's title: "called on Mawlawi X, Governor of Herat Province, in his office"
AT_OWN_PLACE = fastre.compile(r"(?:\s*,(?!\s*who\b)[^,.;()]{1,80},)?\s+(?:at|in)\s+(his|her)\s+(?:office|official\s+residence|"
                              r"residence|home|chambers)\b")
# "Minister Hawke's first engagement in Fiji since his appointment": the possessor's own pronoun
POSSESSOR_SINCE = fastre.compile(r"[’']s\s+(?:first|maiden|own|official|latest)\b[^.;,]{0,60}?\b"
                                 r"(?:since|after|before|upon|on)\s+(he|she|his|her)\b")
# the subject's second verb, then its pronoun: "... and said she", "..., and added that he"
SUBJECT_GOES_ON = fastre.compile(r"\band\s+(?:said|added|noted|stressed|stated|affirmed|reaffirmed|underlined|explained|"
                                 r"emphasi[sz]ed|expressed\s+the\s+hope)\s+(?:that\s+)?(?:he|she)$"
                                 # "X congratulated Y on ... and reaffirmed his commitment": X's own
                                 r"|\band\s+(?:reaffirmed|reiterated|renewed|underlined|stressed|emphasi[sz]ed|conveyed)\s+"
                                 r"(?:his|her)$")
# a second person joined to the subject: "President A and Minister B welcomed ..."
COORDINATED_SUBJECT = fastre.compile(r"\s*,?\s*(?:and|together\s+with|along\s+with|as\s+well\s+as|alongside)\s+(?:the\s+)?")
# other people between a subject and a pronoun ("the two countries" are not people)
OTHER_PEOPLE = fastre.compile(r"\b(?:the two(?!\s+(?:countries|nations|states|governments|economies|peoples|regions|"
                              r"capitals|countries['’]|nations['’]))|both|they|the leaders|the ministers|each other|"
                              r"counterparts?)\b"
                              # "The Syrian minister said ..., while the Lebanese minister briefed ... his government":
                              # another office-holder, named by the state's adjective, between the two
                              r"|\b(?:while|and|but|whereas)\s+the\s+[A-Z][a-z]+\s+(?-i:minister|president|prime\s+minister|"
                              r"ambassador|delegation|side|envoy|secretary|counterpart)\b", re.I)


def _two_offices(text: str, start: int, end: int) -> bool:
    """The reference text[start:end] may be two people: an "and" with no comma after it, then an
    office ("The Foreign Secretary and Foreign Minister X"), not a remit's noun ("Secretary of the
    Ministry of Women and Children Affairs X")."""
    joined = _AND_THEN_NAME.search(text, start, end)
    if joined is None:
        return False
    heads = title_heads()
    after = text[joined.start() + 3:end].split()
    if after and after[0].lower() == "the":
        after = after[1:]
    return any(word.strip("’'.") in heads for word in after[:3])


def _quote_open(text: str, start: int, end: int) -> bool:
    """A quotation opened in text[start:end] and not closed: what follows is inside it
    ('X said: "She has sailed 1,800 miles. Her crew ...': the ship, not X)."""
    chunk = text[start:end]
    return chunk.count('"') % 2 == 1 or chunk.count("“") > chunk.count("”")


def assign_genders(doc: Doc, index: NameIndex, people: list[Participant],
                   resolve_office) -> dict[int, Fact[str]]:
    """Gender facts by participant position in `people`."""
    text = doc.text
    table = honorific_table()
    out: dict[int, Fact[str]] = {}
    # 1. honorifics
    for i, p in enumerate(people):
        for m in p.mentions:
            for form, s, e in m.honorifics:
                g = table.get(form, (None, False))[0]
                if g:
                    prev = out.get(i)
                    if prev is not None and prev.value != g:
                        out.pop(i)
                        break
                    out[i] = Fact.at(g, s, e)
    # 2. pronouns
    votes: dict[int, list[Fact[str]]] = {}
    refs = _references(index, people, resolve_office)
    hon_spans = index.honorific_spans
    previous: list[tuple[int, int, int | None]] = []
    skipped = False
    for s, e in doc.sentences(0, len(text)):
        in_sent = [(ms, me, who) for ms, me, who in refs if s <= ms and me <= e]
        if len(in_sent) > 1 and in_sent[0][2] is None and APPOSITION.fullmatch(text, in_sent[0][1], in_sent[1][0]):
            # "The Minister of International Relations, Dr Naledi Pandor, ...": the office and the
            # name after it are one reference, the sentence's subject
            in_sent = [(in_sent[0][0], in_sent[1][1], in_sent[1][2])] + in_sent[2:]
        opening = OPENING_PRONOUN.match(text, s, e)
        if opening and opening.group("own") and (opening.group("own").lower() == "his") != (opening.group("pro").lower() == "he"):
            opening = None      # "Drawing on his ..., she ...": two people
        g = None
        if opening:
            g = "male" if opening.group("pro").lower() in {"he", "his", "él", "ele"} else "female"
        if opening and opening.start("pro") > s and any(ms < opening.start("pro") for ms, _, _ in in_sent):
            opening = None      # "After Minister Y left, she ...": a person named before the pronoun
        if opening and previous and previous[0][2] is not None and _subject_first(text, prev_start, previous[0]) \
                and not _quote_open(text, prev_start, s) \
                and not (len(previous) > 1 and COORDINATED_SUBJECT.fullmatch(text, previous[0][1], previous[1][0])) \
                and not _two_offices(text, previous[0][0], previous[0][1]):
            # (not "The Foreign Secretary and Foreign Minister X discussed ... . She thanked ...": read as one
            # title of X's, it may as well be two people)
            # "President Adjola welcomed ... . She also thanked ...": a sentence that opens on a
            # pronoun continues the sentence before, whose subject it is (others named there too),
            # unless that subject was two people ("A and B welcomed ... . She ...")
            ps, pe = opening.span("pro")
            who = previous[0][2]
            votes.setdefault(who, []).append(Fact(g).citing(Fact.at(g, previous[0][0], previous[0][1]),
                                                            Fact.at(g, ps, pe)))
        if not in_sent and not skipped and ABOUT_THE_EVENT.match(text, s, e):
            skipped = True  # "X spoke at the panel. It began at six. She announced ...": one sentence naming no one
            continue
        previous, prev_start, skipped = in_sent, s, not in_sent
        if not in_sent:
            continue
        ms, me, who = in_sent[0]
        lead_start = ms
        fronted = FRONTED.search(text, s, lead_start)
        if fronted and not FRONTED_THEN_SUBJECT.match(text, fronted.end(), ms):
            fronted = None      # "In her keynote address, delivered on behalf of President X, PS Y noted": not X
        if who is not None and fronted:
            # "During his visit to Washington, Minister Ono held ...": the subject that follows
            k = 1 if fronted.group(1) else 2
            g = "male" if fronted.group(k).lower() == "his" else "female"
            votes.setdefault(who, []).append(Fact(g).citing(Fact.at(g, fronted.start(k), fronted.end(k)),
                                                            Fact.at(g, ms, me)))
        subjects = [k for k, (rs, _, rwho) in enumerate(in_sent) if rwho is not None
                    and (LEADING.match(text[s:rs]) if k == 0 else CLAUSE_SUBJECT.search(text, s, rs))]
        for k in subjects:
            _subject_pronoun(text, in_sent, k, e, hon_spans, votes, own_clause=k > 0)
        for rs, re_, rwho in in_sent:
            if rwho is None:
                continue
            visit = OWN_VISIT.match(text, re_)
            if visit and _visits_home(visit, people[rwho]):
                visit = None    # "met with Gan Kim Yong, ... of Singapore, during her visit to Singapore": the guest's
            if visit:       # "..., Susana Malcorra, on her first visit to Brazil"
                g = "male" if visit.group(1).lower() == "his" else "female"
                votes.setdefault(rwho, []).append(Fact(g).citing(Fact.at(g, rs, re_),
                                                                 Fact.at(g, visit.start(1), visit.end(1))))
            possessed = POSSESSOR_SINCE.match(text, re_ - 2, e) if text[re_ - 2:re_] in ("'s", "’s") else None
            if possessed and not any(re_ < os_ < possessed.start(1) for os_, _, _ in in_sent):
                # "It was Minister Barth Eide's first visit since he took up his post"
                g = "male" if possessed.group(1).lower() in {"he", "his"} else "female"
                votes.setdefault(rwho, []).append(Fact(g).citing(Fact.at(g, rs, re_),
                                                                 Fact.at(g, possessed.start(1), possessed.end(1))))
            participle = SAID_THEN_PARTICIPLE.match(text, re_, e)
            if participle:
                # '"...," Brandt said, recalling her visit to ...': the speaker's own participle clause
                g = "male" if participle.group(1).lower() == "his" else "female"
                votes.setdefault(rwho, []).append(Fact(g).citing(Fact.at(g, rs, re_),
                                                                 Fact.at(g, participle.start(1), participle.end(1))))
            own = COUNTERPART_OF.match(text, re_, e)
            if own and not any(re_ < os_ < own.start(1) for os_, _, _ in in_sent):
                # "Foreign Minister X met on Wednesday with his Jordanian counterpart": X's counterpart
                g = "male" if own.group(1).lower() == "his" else "female"
                votes.setdefault(rwho, []).append(Fact(g).citing(Fact.at(g, rs, re_),
                                                                 Fact.at(g, own.start(1), own.end(1))))
            own_place = AT_OWN_PLACE.match(text, re_, e)
            if own_place and CALLED_ON.search(text, max(s, rs - 80), rs):
                # "paid a courtesy call on Foreign Minister X at her office" (but "A received B at his office": A's)
                g = "male" if own_place.group(1).lower() == "his" else "female"
                votes.setdefault(rwho, []).append(Fact(g).citing(Fact.at(g, rs, re_),
                                                                 Fact.at(g, own_place.start(1), own_place.end(1))))
            who_clause = WHO_CLAUSE.match(text, re_, e)
            if who_clause is not None and who_clause.group("seg") and NAMED_AT_END.search(who_clause.group("seg")):
                who_clause = None   # ", Armenian lawmaker Narine Melkonyan, who said she ...": another person's clause
            # no one else named before the pronoun (the person's own office in the title does not count)
            who_at = text.rfind("who", re_, who_clause.end()) if who_clause else -1
            if who_clause and not any(re_ < os_ < who_clause.end() and (os_ > who_at or owho not in (None, rwho))
                                      for os_, _, owho in in_sent) \
                    and not (who_clause.group("f") == "her" and OBJECT_AFTER.match(text, who_clause.end())):
                g = "male" if who_clause.group("m") else "female"
                ps, pe = who_clause.span("m") if who_clause.group("m") else who_clause.span("f")
                votes.setdefault(rwho, []).append(Fact(g).citing(Fact.at(g, rs, re_), Fact.at(g, ps, pe)))
            if OBJECT_PRONOUN.search(text[max(s, rs - 30):rs]):
                mp = fastre.compile(r"\s+(?:on|for)\s+(his|her)\b").match(text, re_)
                if mp:
                    g = "male" if mp.group(1).lower() == "his" else "female"
                    votes.setdefault(rwho, []).append(Fact(g).citing(Fact.at(g, rs, re_),
                                                                     Fact.at(g, mp.start(1), mp.end(1))))
    _national_offices(doc, people, refs, hon_spans, votes)
    _quoted_speakers(doc, refs, votes)
    for who, facts in votes.items():
        if who in out:
            continue
        values = {f.value for f in facts}
        if len(values) == 1:
            out[who] = facts[0]
    return out


def _subject_pronoun(text: str, in_sent: list[tuple[int, int, int | None]], k: int, e: int, hon_spans,
                     votes: dict[int, list[Fact[str]]], own_clause: bool = False) -> None:
    """The first pronoun after the subject in_sent[k] of a sentence or of its second clause, when it
    plainly refers to them: no one else named, no quotation, no "whom" between (and for a clause's
    subject, the pronoun inside that clause: a name the index missed may open the next)."""
    ms, me, who = in_sent[k]
    pron = _first_pronoun(text, me, e, hon_spans)
    if pron is None:
        return
    ps, pe, g = pron
    if own_clause and NEXT_CLAUSE.search(text, me, ps):
        return
    between = [r for r in in_sent[k + 1:] if r[0] < ps and r[2] != who]
    if between and SUBJECT_GOES_ON.search(text, max(me, ps - 40), pe):
        between = []    # "X thanked the Prime Minister and said she was grateful": X goes on speaking
    # "President X of Egypt, with whom he discussed ...": the pronoun after "whom" is someone else
    if not between and not OTHER_PEOPLE.search(text, me, ps) and not (text[ps:pe].lower() in ("his", "her") and _someone_elses(text, me, ps)) \
            and '"' not in text[me:ps] and not text[me:ps].lstrip().startswith(":") \
            and "“" not in text[me:ps] and "whom" not in text[me:ps] \
            and not _who_of_another(text, me, ps):
        # (not "Also present were Ambassador X, Armenian lawmaker Y, who said she ...": the "who" is
        # someone else's, named or not)
        votes.setdefault(who, []).append(Fact(g).citing(Fact.at(g, ms, me), Fact.at(g, ps, pe)))


# '"... digital technology," he said.': a quotation that opens its paragraph or sentence, then who spoke it
QUOTE_THEN_PRONOUN = fastre.compile(r"[”\"],?\s+(he|she)\s+(?:said|added|stressed|noted|continued|explained|remarked|"
                                    r"emphasi[sz]ed|underlined|declared|observed|told)\b")


def _quoted_speakers(doc: Doc, refs: list[tuple[int, int, int | None]], votes: dict[int, list[Fact[str]]]) -> None:
    """A quotation opening a paragraph or a sentence and closed by "he said" is the words of the
    person the sentence before it is about, when that sentence names no one else."""
    text = doc.text
    if '"' not in text and "”" not in text:
        return
    for m in QUOTE_THEN_PRONOUN.finditer(text):
        opening = max(text.rfind('"', 0, m.start()), text.rfind("“", 0, m.start()))
        if opening <= 0:
            continue
        lead = text[text.rfind("\n", 0, opening) + 1:opening].rstrip()
        if lead and lead[-1] not in ".!?":
            continue        # the quotation opens neither its paragraph nor a sentence
        before = [se for se in doc.sentences(0, opening) if se[1] <= opening]
        if not before:
            continue
        s, e = before[-1]
        named = [r for r in refs if s <= r[0] and r[1] <= e]
        if not named or named[0][2] is None or any(r[2] != named[0][2] for r in named) \
                or not LEADING.match(text[s:named[0][0]]):
            continue
        g = "male" if m.group(1) == "he" else "female"
        votes.setdefault(named[0][2], []).append(Fact(g).citing(Fact.at(g, named[0][0], named[0][1]),
                                                                Fact.at(g, m.start(1), m.end(1))))


_WHO = fastre.compile(r",?\s+who\b")


def _who_of_another(text: str, me: int, ps: int) -> bool:
    """A relative clause before the pronoun whose antecedent is someone named after the subject."""
    who = _WHO.search(text, me, ps)
    return who is not None and NAMED_AT_END.search(text[me:who.start()].rstrip(" ,)")) is not None


# "The Ghanaian minister said that he ...", "..., and the Peruvian minister expressed his ...": a
# nationality and an office in lower case
NATIONAL_OFFICE = fastre.compile(r"\b[Tt]he\s+(?P<nat>[A-Z][a-z]+)\s+(?P<office>(?:(?i:vice|deputy|foreign)[ -])?"
                                 r"(?i:minister|secretary|ambassador|president|prime minister|foreign minister))\b")


_PREPOSITION_BEFORE = fastre.compile(r"\b(?:with|to|from|for|of|on|at|than|toward|towards|about|against)\s+$", re.I)


def _national_offices(doc: Doc, people: list[Participant], refs: list[tuple[int, int, int | None]],
                      hon_spans, votes: dict[int, list[Fact[str]]]) -> None:
    """A pronoun after "the Spanish minister" is the one participant of that country whose
    title names that office, when no one is named between."""
    text = doc.text
    if NATIONAL_OFFICE.search(text) is None:
        return          # most readouts have none: skip the walk over sentences
    for s, e in doc.sentences(0, len(text)):
        for m in NATIONAL_OFFICE.finditer(text, s, e):
            if any(s <= rs < m.start() and who is not None for rs, _, who in refs):
                continue    # "Secretary X assured the Polish minister that his administration ...": X's own
            if _PREPOSITION_BEFORE.search(text, max(s, m.start() - 20), m.start()):
                continue    # "With the Chilean ambassador, he discussed ...": the ambassador is not the one who spoke
            _national_office(text, m, e, people, refs, hon_spans, votes)


def _national_office(text: str, m: re.Match, e: int, people: list[Participant], refs, hon_spans,
                     votes: dict[int, list[Fact[str]]]) -> None:
    """One "the Peruvian minister" and the first pronoun after it in its sentence."""
    code = geo.country_code(m.group("nat"))
    if code is None:
        return
    office = m.group("office").lower().replace("-", " ")
    holders = [i for i, p in enumerate(people) if p.person is not None and p.person.country is not None
               and p.person.country.value == code
               and any(office.split()[-1] in t.value.lower() for t in p.person.titles)]
    if len(holders) != 1:
        return
    pron = _first_pronoun(text, m.end(), e, hon_spans)
    if pron is None or any(m.end() <= rs < pron[0] for rs, _, _ in refs) or OTHER_PEOPLE.search(text, m.end(), pron[0]):
        return
    ps, pe, g = pron
    votes.setdefault(holders[0], []).append(Fact(g).citing(Fact.at(g, m.start("nat"), m.end()), Fact.at(g, ps, pe)))


POSSESSIVE_WORD = fastre.compile(r"\b([A-Za-z][\w-]*)['’]s\b")
PERSON_NOUNS = frozenset({"counterpart", "guest", "visitor", "host", "envoy", "interlocutor"})


def _someone_elses(text: str, start: int, end: int) -> bool:
    """A person's possessive between a subject and a possessive pronoun ("commended the
    Ambassador's efforts during his tenure"): the pronoun may be that person's. A subject pronoun
    after it ("reflecting on the Chancellor's visit, and said he ...") is still the subject's."""
    heads = title_heads()
    for m in POSSESSIVE_WORD.finditer(text, start, end):
        word = m.group(1)
        if word in heads or word.lower() in PERSON_NOUNS:
            return True
    # "Hon. X commended the envoy for his frankness": another person, the object, before the possessive
    return OBJECT_PERSON.search(text, start, end) is not None


# a person named by an office or a role as the object between a subject and a possessive pronoun
OBJECT_PERSON = fastre.compile(r"\b(?:the|her|his|their)\s+(?:envoy|guest|visitor|host|counterpart|interlocutor)\b|"
                               # "commended the Ambassador for his frankness": thanked for what is the other's
                               # ... or "thanked the governor for her hospitality"
                               r"\b(?:commended|thanked|praised|congratulated|lauded)\s+the\s+(?:[\w’'-]+\s+){1,3}"
                               r"(?:for|on)\s+$")


def _visits_home(visit: re.Match, p: Participant) -> bool:
    """A visit to the person's own country is someone else's visit."""
    dest = visit.group("dest")
    own = p.person.country.value if p.person is not None and p.person.country is not None else None
    if not dest or own is None:
        return False
    code = geo.country_code(dest)
    if code is None:
        city = geo.lookup_city(dest)
        code = city.country if city is not None else None
    return code == own


def _subject_first(text: str, sentence_start: int, ref: tuple[int, int, int | None]) -> bool:
    """The person the sentence names first is its subject: nothing but a lead-in before the name,
    or a quotation the name then speaks ('"...," Valdez told reporters')."""
    before = text[sentence_start:ref[0]]
    return bool(LEADING.match(before)) or bool(QUOTE_BEFORE.match(before) and SPEECH_AFTER.match(text, ref[1])) \
        or bool(QUOTE_SAID_BEFORE.match(before))


def _first_pronoun(text: str, start: int, end: int, hon_spans) -> tuple[int, int, str] | None:
    """The first he/she/his/her after `start`; None when it is an object ("thanked her for",
    "told him"), which points at someone else, so no later pronoun is plain either."""
    for m in PRONOUN.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in hon_spans):
            continue          # "Her Excellency" is a form of address, not a pronoun
        word = m.group().lower()
        if word == "him" or (word == "her" and OBJECT_AFTER.match(text, m.end())):
            return None
        if word in {"her", "his"} and (land := COUNTRY_AND.search(text, max(start, m.start() - 40), m.start())) \
                and geo.country_code(land.group(1)) is not None:
            return None       # "spoke of Iceland and her Nordic neighbours": the country's, as a ship's would be
        return m.start(), m.end(), "male" if m.group("m") else "female"
    return None


COUNTRY_AND = fastre.compile(r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+and\s+$")


_APPOSED = fastre.compile(r"\s*,\s*")


def _references(index: NameIndex, people: list[Participant], resolve_office) -> list[tuple[int, int, int | None]]:
    """Every mention in the text with the participant it refers to (None: someone else)."""
    text = index.text
    out = []
    for m in index.mentions:
        if m.kind == "office":
            who = resolve_office(m)
            out.append((m.start, m.end, who))
            continue
        hits = [i for i, p in enumerate(people) if _refers(m, p)]
        # "Sierra Leone's Minister of Gender, Dr X, ...": the title written before the name is the same reference
        start = min([m.start] + [ts for ts, te in m.titles if te <= m.start and _APPOSED.fullmatch(text, te, m.start)])
        out.append((start, m.end, hits[0] if len(hits) == 1 else None))
    # full names written bare ("Linda Thomas-Greenfield told journalists")
    for i, p in enumerate(people):
        name = text[p.slot.mention.name_start:p.slot.mention.name_end] if p.slot.mention.name_tokens else ""
        if len(name.split()) < 2:
            continue
        # a plain find: a pattern per name would be compiled anew for every new name in an archive
        at = text.find(name)
        while at >= 0:
            if not any(s <= at < e for s, e, _ in out):
                out.append((at, at + len(name), i))
            at = text.find(name, at + len(name))
    # a family name written alone ("Kallas expressed ..., and she confirmed ..."), when no one else bears it
    for i, fam in _own_family_names(people).items():
        at = text.find(fam)
        while at >= 0:
            end = at + len(fam)
            # "Al-Jubouri" for the family name "Jubouri" (GOLD.md drops the article)
            article = text[max(0, at - 3):at] in ("Al-", "al-", "El-", "el-") and (at < 4 or not text[at - 4].isalnum())
            whole = (at == 0 or article or not (text[at - 1].isalnum() or text[at - 1] in "-'’")) and \
                (end == len(text) or not (text[end].isalnum() or text[end] == "-"))
            if whole and not any(s <= at < e for s, e, _ in out):
                start = at - 3 if article else at
                out.append((_title_run_before(text, start), end, i))
            at = text.find(fam, end)
    out.sort()
    return out


# a word written before a bare family name that is a title or a form of address: "PCS Chepkwony",
# "Alhaji Kurfi", "EAM Jaishankar"
TITLE_WORD_BEFORE = fastre.compile(r"([A-Z][\w’'-]*\.?)\s+$")


def _title_run_before(text: str, start: int) -> int:
    """Where a bare family name's reference begins: back over the titles, forms of address and
    acronyms written just before it (at most three), so that the sentence's subject is the name."""
    heads = title_heads()
    table = honorific_table()
    for _ in range(3):
        m = TITLE_WORD_BEFORE.search(text, max(0, start - 30), start)
        if m is None:
            break
        word = m.group(1)
        if not (word in heads or word in table or word.rstrip(".") in table
                or (word.isupper() and 2 <= len(word) <= 6)):
            break
        start = m.start(1)
    return start


def _own_family_names(people: list[Participant]) -> dict[int, str]:
    """Participant → family name, for names one participant alone bears."""
    fams: dict[str, list[int]] = {}
    for i, p in enumerate(people):
        fam = p.person.family_name.value if p.person is not None and p.person.family_name is not None else None
        if fam and len(fam) > 2 and fam[:1].isupper():
            fams.setdefault(fam, []).append(i)
    out = {}
    for fam, who in fams.items():
        shared = any(fam.lower() in q.keys for k, q in enumerate(people) if k != who[0])
        if len(who) == 1 and not shared:
            out[who[0]] = fam
    return out


def _refers(m: Mention, p: Participant) -> bool:
    keys = m.keys
    return bool(keys) and (keys <= p.keys or (len(keys) == 1 and keys & p.keys))
