"""Pages set in two columns, as a PDF converter lays them out side by side.

A newsletter or a bulletin converted to text puts the left and the right column on the same
lines ("Suva, 23 January — More than 90   Honiara, 16 January — Thirty-two"), so every line
mixes two stories. A block of such lines is read column by column instead: first the left
column's lines, then, after a blank line, the right column's. Every character of the working
copy maps back to the one it came from, so evidence still cites the page as given.

Tables laid out in spaces look alike, so a block counts only when both columns read as
running prose: long lines, and many of them going on in lower case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MIN_ROWS = 6            # lines with text in both columns
MIN_PROSE_SHARE = 0.3   # of each column's lines, those that go on in lower case
MIN_AVERAGE = 22        # characters in an average line of either column
SLACK = 6               # a column's left edge wanders with ligatures ("ﬁ" for "fi") and the converter's rounding
MAX_BLOCK_LINES = 400   # the lines of one block at most
_GAP = re.compile(r"[ \t]{2,}(?=\S)")


@dataclass
class Columns:
    """The working copy and the way back (see unwrap.Unwrapped): original = working + shift."""
    text: str
    breakpoints: list[int]
    shifts: list[int]


def split_columns(text: str) -> Columns | None:
    """The text with each two-column block read column by column; None when it has none."""
    lines = _lines(text)
    blocks = _blocks(text, lines)
    if not blocks:
        return None
    out = _Out()
    k = 0
    for first, last, edge in blocks:
        while k < first:
            s, e = lines[k]
            out.place(text, s, e)
            out.insert("\n", e)
            k += 1
        lefts: list[tuple[int, int] | None] = []
        rights: list[tuple[int, int] | None] = []
        for s, e in lines[first:last + 1]:
            left, right = _split(text, s, e, edge)
            lefts.append(left)
            rights.append(right if right is not None else None if left is None else (e, e))
        _column(out, text, lefts)
        out.insert("\n", lines[last][1])
        _column(out, text, [r if r is None or r[1] > r[0] else None for r in rights])
        k = last + 1
    while k < len(lines):
        s, e = lines[k]
        out.place(text, s, e)
        if k + 1 < len(lines):
            out.insert("\n", e)
        k += 1
    return Columns(out.text(), out.breakpoints, out.shifts)


def _column(out: "_Out", text: str, segments: list[tuple[int, int] | None]) -> None:
    """One column's lines as paragraphs: a line that goes on is joined to the next ("Gen-" and
    "eral" to one word); a blank line, or a short line closing a sentence, ends its paragraph."""
    width = max((b - a for a, b in (x for x in segments if x)), default=0)
    previous: tuple[int, int] | None = None
    for seg in segments:
        if seg is None:
            if previous is not None:
                out.insert("\n", previous[1])
                out.insert("\n", previous[1])
            previous = None
            continue
        a, b = seg
        if previous is not None:
            pa, pb = previous
            ended = re.search(r"[.!?:;][\"”’)]*$", text[pa:pb]) and pb - pa < 0.8 * width
            if ended:
                out.insert("\n", pb)
            elif text[pb - 1] == "-" and text[pb - 2:pb - 1].isalpha() and text[a:a + 1].islower():
                out.drop_last()         # "Gen-" / "eral": one word
            else:
                out.insert(" ", pb)
        out.place(text, a, b)
        previous = seg
    if previous is not None:
        out.insert("\n", previous[1])


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _edges(text: str, s: int, e: int) -> list[int]:
    """Where text resumes after a run of spaces, as columns of the line."""
    return [m.end() - s for m in _GAP.finditer(text, s, e) if m.end() - s >= 20]


def _fits(text: str, s: int, e: int, edge: int) -> bool:
    line = text[s:e].rstrip()
    if not line.strip():
        return True
    indent = len(line) - len(line.lstrip())
    if indent >= edge - SLACK:
        return indent <= edge + SLACK                   # the right column alone
    if len(line) <= edge + SLACK:
        return True                                     # the left column alone
    return any(abs(x - edge) <= SLACK for x in _edges(text, s, e))


def _split(text: str, s: int, e: int, edge: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    line = text[s:e].rstrip()
    if not line.strip():
        return None, None
    indent = len(line) - len(line.lstrip())
    if indent >= edge - SLACK:
        return None, (s + indent, s + len(line))
    cut = min((x for x in _edges(text, s, e) if abs(x - edge) <= SLACK), key=lambda x: abs(x - edge), default=None)
    if cut is None:
        return (s + indent, s + len(line)), None
    left = text[s:s + cut].rstrip()
    return (s + indent, s + len(left)), (s + cut, s + len(line))


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(first line, last line, the right column's edge) of each two-column block."""
    out = []
    k = 0
    while k < len(lines):
        edges = _edges(text, *lines[k])
        if not edges or not text[lines[k][0]:lines[k][1]].strip():
            k += 1
            continue
        edge = edges[0]
        last = k
        while last + 1 < len(lines) and last - k < MAX_BLOCK_LINES and _fits(text, *lines[last + 1], edge):
            last += 1
        while last > k and not text[lines[last][0]:lines[last][1]].strip():
            last -= 1
        if _is_two_columns(text, lines[k:last + 1], edge):
            out.append((k, last, edge))
        # (a run that is no two columns, a table's rows, is passed whole: each line is read once)
        k = last + 1
    return out


def _is_two_columns(text: str, lines: list[tuple[int, int]], edge: int) -> bool:
    lefts, rights = [], []
    for s, e in lines:
        left, right = _split(text, s, e, edge)
        if left is not None and right is not None:
            lefts.append(text[left[0]:left[1]])
            rights.append(text[right[0]:right[1]])
    if len(lefts) < MIN_ROWS:
        return False
    for column in (lefts, rights):
        if sum(len(c) for c in column) / len(column) < MIN_AVERAGE:
            return False        # "Chairman", "Member": a table's short cells
        if sum(1 for c in column if c[:1].islower()) < MIN_PROSE_SHARE * len(column):
            return False        # a table's cells begin in capitals; prose goes on in lower case
    return True


class _Out:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.breakpoints: list[int] = []
        self.shifts: list[int] = []

    def place(self, text: str, start: int, end: int) -> None:
        if end > start:
            self._shift(start - self.length)
            self.pieces.append(text[start:end])
            self.length += end - start

    def insert(self, chunk: str, at: int) -> None:
        """Characters of the working copy's own, each read as the original character `at`."""
        for ch in chunk:
            self._shift(at - self.length)
            self.pieces.append(ch)
            self.length += 1

    def drop_last(self) -> None:
        """Take back the last character placed (a hyphen that split a word)."""
        last = self.pieces[-1]
        self.pieces[-1] = last[:-1]
        self.length -= 1

    def _shift(self, shift: int) -> None:
        if not self.shifts or self.shifts[-1] != shift:
            self.breakpoints.append(self.length)
            self.shifts.append(shift)

    def text(self) -> str:
        return "".join(self.pieces)
