"""Delegations listed below a line that ends in a colon: grouped under side headings ("Indian
side", "Beninese delegation") and written as bullet items or as the rows of a flattened table
("1. | Shri Tarun Bhatnagar | Secretary (ER)"), a header row ("S.No. | Name | Designation") and
a designation's wrapped last word ("Affairs") in between."""
from __future__ import annotations

import re
from collections.abc import Iterator

from . import fastre, geo

SIDE_HEADING = fastre.compile(r"[ \t]*(?:(?:The|On[ \t]+the)[ \t]+)?(?P<side>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]+"
                              r"(?i:side|delegation)[ \t]*:?[ \t]*$")
_MARK = fastre.compile(r"[ \t]*(?:[-•*–▪]|\d+[.)]|\(\d+\)|[a-z][.)]|\([a-z]\))[ \t]*")
_LINE = re.compile(r"[^\n]*")
MAX_BLANK_LINES = 1     # between one side's group and the next


def listed_rows(text: str, start: int, stop: int) -> Iterator[tuple[int, int, tuple[str, int, int] | None]]:
    """(start, end, side) of each listed item's text — a table row's cells, a bullet's item —
    with the side its heading names (ISO code and the heading's span), from `start` (the line
    after the colon) on; the list ends at the first line that is none of these."""
    side = None
    style = None
    blank = 0
    pos = start
    while pos < stop:
        line = _LINE.match(text, pos, stop)
        s, e = line.span()
        pos = e + 1
        content = text[s:e].strip()
        if not content:
            blank += 1
            if blank > MAX_BLANK_LINES and style is not None:
                return
            continue
        heading = SIDE_HEADING.fullmatch(text, s, e)
        if blank and style is not None and heading is None:
            return              # past a blank line, only the next side's heading goes on
        blank = 0
        if heading is not None:
            code = geo.side_country(heading.group("side"))
            side = (code, heading.start("side"), heading.end("side")) if code else None
            continue
        kind = "table" if "|" in content else "bullet" if _MARK.match(text, s, e) else None
        if kind is None:
            if style == "table" and len(content) <= 40 and not content.endswith((".", ":")):
                continue        # "Affairs": the end of a designation the table's column wrapped
            if style is None and len(content) <= 60 and not content.endswith((".", ":")):
                continue        # a caption above the list
            return
        if style is not None and kind != style:
            return
        style = kind
        item_start = _MARK.match(text, s, e).end() if kind == "bullet" else s
        yield item_start, e, side
