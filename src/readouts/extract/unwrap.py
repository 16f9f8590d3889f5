"""Text as a PDF converter or a fixed-width page delivers it, read as a web page would be.

Such text breaks every line at a margin ("President of Kazakhstan\\nAskar Temirbekov held
talks"), splits words across lines ("Gen-\\neral"), repeats a running header and a "Page 1 of
2" footer between the paragraphs, writes "ﬁ" for "fi" and leaves soft hyphens inside words. The grammar reads paragraphs and
lines, so it reads a working copy whose paragraphs are one line each; every offset into that
copy maps back to the characters of the text as given, so evidence still cites the input.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Callable

from ..model import Fact, Problem, Span
from . import fastre
from .columns import split_columns

# A line broken inside a sentence: the next line goes on in lower case, or a word is split.
_CONTINUED = fastre.compile(r"[^\s.!?:;]\n[ \t]*[a-z]|[^\W\d_]-\n[ \t]*[^\W\d_]")
# ligatures, and the soft hyphen a converter leaves inside a word ("Trans\u00adport")
_LIGATURES = {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "\u00ad": ""}
_HAS_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")
MIN_BREAKS = 3          # fewer broken sentences than this: paragraphs are lines already

_LIST_ITEM = fastre.compile(r"[ \t]*(?:[-–—•▪◦*·>|]|\(?\d{1,2}[.)]|\(?[a-z][.)]\s|[ivx]{1,4}[.)]\s)")
_PAGE_MARK = fastre.compile(r"(?i:.*\bpage\s+\d+(?:\s*(?:of|/)\s*\d+)?[ \t]*$)|[ \t]*[-–]?[ \t]*\d{1,3}[ \t]*[-–]?[ \t]*$")
_RULE = fastre.compile(r"[ \t]*[_=\-–—*]{8,}[ \t]*$")
_SPACED_CELLS = re.compile(r"\S[ \t]{3,}\S")
_SENTENCE_END = re.compile(r"[.!?:;][\"”’)]*$")
FURNITURE_REACH = 4     # a repeated line this near a page mark is a running header or footer


@dataclass
class Unwrapped:
    """The working copy and the way back: from each breakpoint on, original = working + shift."""
    text: str
    breakpoints: list[int]
    shifts: list[int]

    def original(self, pos: int) -> int:
        k = bisect.bisect_right(self.breakpoints, pos) - 1
        return pos + (self.shifts[k] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A working span as the original characters it covers (a gap skipped at its end is not)."""
        if end <= start:
            s = self.original(start)
            return s, s
        return self.original(start), self.original(end - 1) + 1


def unwrap(text: str) -> Unwrapped | None:
    """The working copy of a hard-wrapped text (or one with ligatures, or set in two columns);
    None when the text reads as it is."""
    columns = split_columns(text) if "   " in text else None
    if columns is None:
        return _unwrap(text)
    inner = _unwrap(columns.text)
    by_column = Unwrapped(columns.text, columns.breakpoints, columns.shifts)
    if inner is None:
        return _Composed(by_column.text, by_column, None)
    return _Composed(inner.text, by_column, inner)


@dataclass
class _Composed:
    """Columns read one after the other, then unwrapped: both ways back, in turn."""
    text: str
    columns: Unwrapped
    inner: Unwrapped | None

    def original(self, pos: int) -> int:
        return self.columns.original(self.inner.original(pos) if self.inner is not None else pos)

    def span(self, start: int, end: int) -> tuple[int, int]:
        s, e = self.inner.span(start, end) if self.inner is not None else (start, end)
        a, b = self.columns.span(s, e)
        if b < a:
            # words read across from the foot of the left column to the head of the right one: the left part
            line_end = self.columns.text.find("\n", s)
            b = self.columns.original(line_end - 1) + 1 if line_end > s else a
        return a, b


def _unwrap(text: str) -> Unwrapped | None:
    wrapped = sum(1 for _ in _CONTINUED.finditer(text)) >= MIN_BREAKS
    if not wrapped and not _HAS_LIGATURE.search(text):
        return None
    builder = _Builder(text)
    lines = _lines(text)
    furniture = _furniture(text, lines) if wrapped else set()
    width = _width(text, lines) if wrapped else 0
    k = 0
    while k < len(lines):
        s, e = lines[k]
        if k in furniture:
            builder.skip(s, _next_start(lines, k, len(text)))
            k += 1
            continue
        if k + 1 >= len(lines):
            builder.keep(s, e)
            break
        # the next line that is not furniture, and whether only furniture lies between
        j = k + 1
        while j < len(lines) and j in furniture:
            j += 1
        gap_blank = any(not text[a:b].strip() for a, b in lines[k + 1:j])
        if wrapped and j < len(lines) and text[lines[j][0]:lines[j][1]].strip() \
                and _joins(text, (s, e), lines[j], width) \
                and (j == k + 1 or not gap_blank or _continues(text, (s, e), lines[j])):
            line_end = s + len(text[s:e].rstrip())
            js, je = lines[j]
            nxt = js + len(text[js:je]) - len(text[js:je].lstrip())
            if text[line_end - 1:line_end] == "-" and text[nxt:nxt + 1].islower() \
                    and text[line_end - 2:line_end - 1].isalpha():
                builder.keep(s, line_end - 1)
                builder.skip(line_end - 1, nxt)         # "Gen-\neral": one word
            elif text[line_end - 1:line_end] == "-":
                builder.keep(s, line_end)
                builder.skip(line_end, nxt)             # "Munteanu-\nRusu": the hyphen is the name's
            else:
                builder.keep(s, line_end)
                builder.skip(line_end, nxt, " ")
            lines[j] = (nxt, je)
            k = j
            continue
        builder.keep(s, e)
        builder.keep(e, lines[k + 1][0])
        k += 1
    return builder.done()


def remap_spans(node: Any, span: Callable[[int, int], tuple[int, int]]) -> Any:
    """Every span in a record (or any part of one) mapped through `span`, in place where the
    record's own classes allow it; facts and problems, being frozen, are rebuilt."""
    if isinstance(node, Fact):
        return Fact(node.value, tuple(Span(*span(s.start, s.end)) for s in node.spans))
    if isinstance(node, Problem):
        return dataclasses.replace(node, spans=tuple(Span(*span(s.start, s.end)) for s in node.spans))
    if isinstance(node, list):
        node[:] = [remap_spans(item, span) for item in node]
        return node
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            value = getattr(node, f.name)
            if isinstance(value, (Fact, Problem, list)) or dataclasses.is_dataclass(value):
                setattr(node, f.name, remap_spans(value, span))
    return node


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        end = m.start() - 1 if m.start() > pos and text[m.start() - 1] == "\r" else m.start()
        out.append((pos, end))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _next_start(lines: list[tuple[int, int]], k: int, end: int) -> int:
    return lines[k + 1][0] if k + 1 < len(lines) else end


def _width(text: str, lines: list[tuple[int, int]]) -> int:
    """The margin: the length most full lines of running text reach."""
    lengths = sorted(len(text[s:e].rstrip()) for (s, e), (ns, ne) in zip(lines, lines[1:])
                     if text[s:e].strip() and text[ns:ne].strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _furniture(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Page marks, rules, and lines repeated near them (running headers and footers)."""
    marks = {k for k, (s, e) in enumerate(lines) if _PAGE_MARK.match(text, s, e) or _RULE.match(text, s, e)}
    if not marks:
        return set()
    seen: dict[str, list[int]] = {}
    for k, (s, e) in enumerate(lines):
        words = " ".join(text[s:e].split())
        if len(words) >= 4:
            seen.setdefault(words, []).append(k)
    out = set(marks)
    for ks in seen.values():
        if len(ks) < 2:
            continue
        for k in ks[1:]:        # the first is the page's own masthead
            if any(abs(k - m) <= FURNITURE_REACH for m in marks):
                out.add(k)
    return out


_RULE_LINE = re.compile(r"[ \t]*[-_=─━—–][-_=─━—–| \t]{2,}$")


def _continues(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Across a page break: the sentence plainly goes on."""
    cur = text[line[0]:line[1]].rstrip()
    following = text[nxt[0]:nxt[1]].lstrip()
    return bool(cur) and not _SENTENCE_END.search(cur) and (following[:1].islower() or cur.endswith("-"))


def _joins(text: str, line: tuple[int, int], nxt: tuple[int, int], width: int) -> bool:
    cur = text[line[0]:line[1]].rstrip()
    following = text[nxt[0]:nxt[1]]
    if not cur.strip() or _LIST_ITEM.match(following):
        return False
    if _RULE_LINE.match(cur) or _RULE_LINE.match(following):
        return False        # a table's rule ("---  --------"): no words to join
    if _SPACED_CELLS.search(cur) or _SPACED_CELLS.search(following):
        return False        # rows of a table laid out in spaces ("Tatiana Vrabie      Member of the Committee")
    first = following.lstrip()[:1]
    if first.islower() or (cur.endswith("-") and cur[-2:-1].isalpha()):
        return True
    if "|" in cur and "|" in following or cur.count("|") >= 2 or following.count("|") >= 2:
        return False        # rows of a flattened table
    if len(cur) < 0.7 * width or len(cur) > 1.3 * width:
        return False
    return not _SENTENCE_END.search(cur) or len(cur) >= 0.85 * width


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[str] = []
        self.length = 0
        self.breakpoints: list[int] = []
        self.shifts: list[int] = []
        self.shift = 0

    def keep(self, start: int, end: int) -> None:
        if end <= start:
            return
        chunk = self.text[start:end]
        if _HAS_LIGATURE.search(chunk):
            pos = start
            for m in _HAS_LIGATURE.finditer(chunk):
                self._emit(self.text[pos:start + m.start()])
                self.skip(start + m.start(), start + m.end(), _LIGATURES[m.group()])
                pos = start + m.end()
            self._emit(self.text[pos:end])
            return
        self._emit(chunk)

    def skip(self, start: int, end: int, insert: str = "") -> None:
        """Original [start, end) becomes `insert` in the working copy."""
        if len(insert) > 1:
            # every character of a longer insert ("ff" for "ﬀ") maps to the character it replaces
            for i in range(len(insert)):
                self._mark(start - (self.length + i), self.length + i)
        self._emit(insert)
        self._mark(end - self.length, self.length)

    def _mark(self, shift: int, at: int) -> None:
        if shift != self.shift:
            self.breakpoints.append(at)
            self.shifts.append(shift)
            self.shift = shift

    def _emit(self, s: str) -> None:
        if s:
            self.pieces.append(s)
            self.length += len(s)

    def done(self) -> Unwrapped:
        return Unwrapped("".join(self.pieces), self.breakpoints, self.shifts)
