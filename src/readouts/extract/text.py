"""The document under extraction: its text, lines and sentences as character ranges.

Every step reads from this object and cites offsets into `text`; nothing is normalised in
place, so a span always reads back the words it came from.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from . import fastre
from .data import load

# A sentence ends at . ! ? followed by space + capital/quote/digit, or at a blank line or a
# list item. Abbreviations common in readouts must not end a sentence.
_ABBREV = fastre.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|Lt|Gen|Col|Ret|Retd|ret|retd|Rtd|rtd|Cllr|Eng|Rev|Capt|Cdr|Cmdr|Sgt|Supt|Engr|Atty|Msgr|Barr|Alh|Adm|Hon|Rt|No|Nos|Jr|Sr|Sra|Srta|Smt|Mme|Brig|Maj|Amb|Gov|Sen|Rep|vs|etc|approx|Md|Ma|Dña|Dra|Mtro|Mtra|Excma|Excmo|Exma|Exmo|Ilma|Ilmo|Exa|Arq|Insp|On|Cons|Mons|Mag|Avv|Ing|Geom|Rag|Lic|Licda|Licdo|Ing|Sig|Dott|kl|godz|"
    # "B.Sh. Rakhimov": a given name's and a patronymic's initials
    # ... and "Ts. Enkhbold", "Ch. Undram": Mongolian patronymic initials of two letters
    r"U\.S|U\.K|U\.N|D\.C|a\.m|p\.m|hrs|H\.E|e\.g|i\.e|[A-Z]\.[A-Z][a-z]|Ts|Sh|Ch|Kh|Dz|Zh|Ya|Yu|Yo|Ye|Ts|[A-Z]|"
    # ... and every form of address the lexicon writes with a full stop ("Mgr. Jan Novák", "Arch. Rossi")
    + "|".join(sorted({re.escape(h["form"].split()[-1][:-1]) for h in load("honorifics.json")["honorifics"]
                       if h["form"].endswith(".")}, key=len, reverse=True))
    + r")\.)$")
_GERMAN_ORDINAL = fastre.compile(r"\b(?:zur|zum|der|die|das|den|dem|des|am|im|beim|vom|ins|einer|eines|seit|zu|für)\s+\d{1,3}\.$")
_MONTH_ABBREV = fastre.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# "... at 4:00 p.m. The meeting lasted ...": after a.m./p.m. a capitalised word opens a new
# sentence, unless it names the clock ("4 p.m. Tokyo time", "9 a.m. EST")
# (not a clock's weekday: "(8:30 p.m. Tuesday, Central time)")
_CLOCK_THEN_SENTENCE = fastre.compile(r"(?:[ap]\.m|\bhrs)\.\s+(?![A-Z]{2,5}\b|(?:[A-Z][\w-]*\s+){1,2}(?:[Tt]ime|Standard)\b|"
                                      r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]")
# (list items as in roles.BULLET_LINE: "1.", "3.1", "(2)", "a.", bullets)
# (a capital with its accent opens a sentence too: "... en Taltal. Él subrayó ...", "Álvaro Montes ...")
_SENT_END = fastre.compile(r"[.!?](?:[\"”’)]*)(?=\s+[\"“‘(]?[A-Z0-9À-ÖØ-ÞĀĆČĎĐĒĘĚŁŃŇŌŐŒŘŚŠŢŤŪŮŰŹŻŽ])|\n\s*\n|"
                           r"\n(?=\s*(?:\d+[.)]|\d+\.\d+\.?\s|\(\d+\)|[a-z][.)]\s|[-•*–]\s))")


_SPACES = fastre.compile(r"\s+")


def squash(s: str) -> str:
    """Each run of whitespace as one space (a name or title as one line of words)."""
    if "  " not in s and s.isprintable():   # no tab, newline or odd space: nothing to do
        return s
    return _SPACES.sub(" ", s)


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int          # exclusive, before the newline

    def strip_bounds(self, text: str) -> tuple[int, int]:
        s, e = self.start, self.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return s, e


@dataclass
class Doc:
    text: str
    published_hint: str | None = None      # from page metadata (HTML), used only if text has none
    title_hint: str | None = None
    publisher_hint: str | None = None
    notes: dict = field(default_factory=dict)

    @cached_property
    def lines(self) -> list[Line]:
        out, pos = [], 0
        for m in re.finditer(r"\n", self.text):
            out.append(Line(pos, m.start()))
            pos = m.end()
        out.append(Line(pos, len(self.text)))
        return out

    def countries(self, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Country names and adjectives in [start, end), found once per document."""
        if "countries" not in self.notes:
            from . import geo
            self.notes["countries"] = geo.find_countries(self.text)
        end = len(self.text) if end is None else end
        return [c for c in self.notes["countries"] if start <= c[0] and c[1] <= end]

    def line_text(self, line: Line) -> str:
        s, e = line.strip_bounds(self.text)
        return self.text[s:e]

    def sentences(self, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Sentence ranges within [start, end), trimmed of surrounding whitespace: the
        text's sentences (found once) cut to the range."""
        end = len(self.text) if end is None else end
        key = ("sentences", start, end)
        found = self.notes.get(key)
        if found is None:
            every = self.notes.get("sentence_list")
            if every is None:
                every = self.notes["sentence_list"] = self._sentences(0, len(self.text))
                self.notes["sentence_ends"] = [e for _, e in every]
            found = []
            for s, e in every[bisect.bisect_right(self.notes["sentence_ends"], start):]:
                if s >= end:
                    break
                s, e = _trim(self.text, max(s, start), min(e, end))
                if e > s:
                    found.append((s, e))
            self.notes[key] = found
        return found

    def _sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        out, pos = [], start
        for m in _SENT_END.finditer(self.text, start, end):
            if self.text[m.start()] == ".":
                before = self.text[max(pos, m.start() - 12):m.start() + 1]
                # "... to 2:30 p.m.\nThe panel ...": a line break after an abbreviation still ends it
                if _ABBREV.search(before) and "\n" not in self.text[m.start():m.end() + 1] \
                        and not _CLOCK_THEN_SENTENCE.match(self.text, m.start() - 3, end):
                    continue
                if _MONTH_ABBREV.search(before) and self.text[m.end():m.end() + 3].lstrip()[:1].isdigit():
                    continue        # "Amman, Jan. 14 (Petra) -- ..."
                if _ORDINAL_DAY.search(before) and _GERMAN_MONTH.match(self.text, m.end()):
                    continue        # "am 31. Oktober 2000": a German date's ordinal day
                if _GERMAN_ORDINAL.search(before):
                    continue        # "zur 5. BAKS-Fachtagung", "am 12. Treffen": an ordinal after its article
            stop = m.end() if self.text[m.start()] in ".!?" else m.start()
            out.append(_trim(self.text, pos, stop))
            pos = m.end()
        if pos < end:
            out.append(_trim(self.text, pos, end))
        return [(s, e) for s, e in out if e > s]


_ORDINAL_DAY = re.compile(r"(?<![\d.])[0-3]?\d\.$")
_GERMAN_MONTH = re.compile(r"\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
                           r"Dezember)\b")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
