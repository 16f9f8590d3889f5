"""Delegations listed below a line that ends in a colon: grouped under side headings ("Indian
side", "Beninese delegation") and written as bullet items or as the rows of a flattened table
("1. | Shri Tarun Bhatnagar | Secretary (ER)"), a header row ("S.No. | Name | Designation") and
a designation's wrapped last word ("Affairs") in between."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from . import fastre, geo
from .subdivisions import division_country
from .data import load

SIDE_HEADING = fastre.compile(r"[ \t]*(?:(?:(?:The|On[ \t]+the)[ \t]+)?(?P<side>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]+"
                              r"(?i:side|delegation)"
                              # "Du côté comorien :", "Da parte são-tomense", "Por la parte chilena"
                              r"|(?:Du[ \t]+côté|Côté|Da[ \t]+parte|Do[ \t]+lado|Por[ \t]+la[ \t]+parte|Del[ \t]+lado|Por[ \t]+parte)"
                              r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+|do[ \t]+|da[ \t]+)?(?P<side2>[\w’'-]+(?:[ \t]+[\w’'-]+)?))"
                              r"[ \t]*:?[ \t]*$")
# "Republic of Burundi: Ms. A, Director of Gender, Ministry of ...; Mr. B, Ministry of Foreign Affairs"
COUNTRY_ROW = fastre.compile(r"[ \t]*(?P<country>[A-Z][\w’'-]*(?:[ \t]+(?:of|the|and|[A-Z][\w’'-]*)){0,8})"
                             r"(?:[ \t]*\([A-Z]{2,10}\))?[ \t]*:[ \t]+(?P<rest>\S[^\n]*)")
# "Government of the Republic of South Sudan: Hon. A, head of delegation; ...": the state behind its government
_GOVERNMENT_OF = re.compile(r"^(?:(?:The\s+)?(?:Government|Delegation)\s+of\s+)")


def _row_country(words: str) -> str | None:
    """The state a row's label names: "Japan", "Government of Japan", or a division of one ("Maryland")."""
    words = words.strip()
    return geo.country_code(words) or geo.country_code(_GOVERNMENT_OF.sub("", words)) or division_country(words)


_MARK = fastre.compile(r"[ \t]*(?:[-•*–▪]|\d+[.)]|\(\d+\)|[a-z][.)]|\([a-z]\))[ \t]*")
_LINE = re.compile(r"[^\n]*")
MAX_BLANK_LINES = 1     # between one side's group and the next


def listed_rows(text: str, start: int, stop: int) -> Iterator[tuple[int, int, tuple[str, int, int] | None]]:
    """(start, end, side) of each listed item's text — a table row's cells, a bullet's item —
    with the side its heading names (ISO code and the heading's span), from `start` (the line
    after the colon) on; the list ends at the first line that is none of these."""
    side = None
    style = None
    columns: list[tuple[str, int, int] | None] = []
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
                ns, ne = _next_line(text, pos, stop)
                if blank > MAX_BLANK_LINES + 1 or geo.country_code(text[ns:ne].strip().rstrip(":")) is None:
                    return      # (a page break's blank lines may stand before the next side's heading)
            continue
        if _RULE.fullmatch(content) or _HEADER_ROW.fullmatch(content):
            continue            # a table's rule ("---  -------") or its header ("Sl.  Name   Designation")
        heading = SIDE_HEADING.fullmatch(text, s, e)
        state = geo.country_code(content.rstrip(":").strip()) if heading is None and len(content) <= 50 else None
        if state is not None:
            # "Nepal" on a line of its own over its delegation's names
            if blank and style is not None and style != "country" and side is None:
                return
            a = s + len(text[s:e]) - len(text[s:e].lstrip())
            side, blank = (state, a, a + len(content.rstrip(":").strip())), 0
            continue
        row = COUNTRY_ROW.fullmatch(text, s, e) if style in (None, "country") else None
        code = _row_country(row.group("country")) if row is not None else None
        # "South Sudan Opposition Movements Alliance (SSOMA): Gen. A, head of delegation; Ms. B, ...": a party
        # no state names, its members in a row among the states' rows
        party = row is not None and code is None and style == "country" and ";" in row.group("rest")
        if code is not None or party:
            # "Republic of Kenya: Ms. A, State Department ...; Mr. B, Ministry of ...": a state's row
            style, blank = "country", 0
            side_here = (code, row.start("country"), row.end("country")) if code else None
            for item in re.finditer(r"[^;]+", text[row.start("rest"):row.end("rest")]):
                a = row.start("rest") + item.start()
                b = row.start("rest") + item.end()
                a += len(text[a:b]) - len(text[a:b].lstrip())
                b -= len(text[a:b]) - len(text[a:b].rstrip(" .;"))
                if b > a:
                    yield a, b, side_here
            continue
        if blank and style == "bullet" and heading is None and _GROUP_LINE.fullmatch(content) \
                and _MARK.match(text, *_next_line(text, pos, stop)):
            # "Delegation of the Federal Parliament of Somalia" over the next numbered group: its state's side
            named = geo.find_countries(content)
            a = s + len(text[s:e]) - len(text[s:e].lstrip())
            side = (named[0][2], a + named[0][0], a + named[0][1]) if named else None
            blank = 0
            continue
        if blank and style is not None and heading is None and style != "country":
            return              # past a blank line, only the next side's heading goes on
        if blank and style == "country" and heading is None:
            return
        blank = 0
        if heading is not None:
            group = "side" if heading.group("side") else "side2"
            code = geo.side_country(heading.group(group)) or (
                romance_adjective_country(heading.group(group)) if group == "side2" else None)
            side = (code, heading.start(group), heading.end(group)) if code else None
            continue
        # a table laid out in spaces ("Tatiana Vrabie      Member of the Committee"), as a PDF's text gives it
        spaced = _SPACED_CELLS.search(content) is not None and not _MARK.match(text, s, e)
        kind = "table" if "|" in content or spaced else "bullet" if _MARK.match(text, s, e) else None
        if kind is None and style in ("table", "bullet") and _INDENTED.match(text, s, e):
            continue            # "   Integration, Parliament of ...": a cell's wrapped words under its column
        if kind is None and style in (None, "plain") and _PLAIN_ITEM.fullmatch(content):
            kind = "plain"      # "Katrien Vandeputte-Moreau (Renew, BE), chair": an item without a mark
        if kind is None:
            if style == "table" and len(content) <= 40 and not content.endswith((".", ":")):
                continue        # "Affairs": the end of a designation the table's column wrapped
            if style is None and len(content) <= 60 and not content.endswith((".", ":")):
                continue        # a caption above the list
            return
        if style is not None and kind != style:
            return
        style = kind
        if kind == "table":
            cells = table_cells(text, s, e)
            codes = [geo.country_code(text[a:b]) for a, b in cells]
            if len(cells) > 1 and any(codes) and all(b - a <= 40 and "," not in text[a:b] for a, b in cells):
                # "| Australia | Timor-Leste |", "| European Union | Republic of Cuba |": a side over each column
                columns = [(code, a, b) if code else None for code, (a, b) in zip(codes, cells)]
                continue
            if columns and len(cells) > 1:
                for k, (a, b) in enumerate(cells):
                    yield a, b, columns[k] if k < len(columns) else None
                continue
        item_start = _MARK.match(text, s, e).end() if kind == "bullet" else s
        yield item_start, e, side


_RULE = re.compile(r"[-_=─━—–|+ \t]{3,}")
# a header row of column names, in runs of spaces or between bars
# ... "Country / Organisation | Name | Title"
_HEADER_ROW = re.compile(r"\|?[ \t]*(?:(?:Sl\.?|S/N|Sr\.?|No\.?|#|Name|Names|Designation|Title|Position|Function|"
                         r"(?:Organi[sz]ation|Institution|Country|Delegation)(?:[ \t]*/[ \t]*(?:Organi[sz]ation|Institution|"
                         r"Country|Delegation))?|Role(?:\s+in\s+the\s+\w+)?)[ \t]*(?:\||[ \t]{2,}|$)[ \t]*){2,}", re.I)


# a group's heading of its own line: capitalised, short, no sentence ("Members of the Committee")
_GROUP_LINE = re.compile(r"[A-ZÀ-Þ][^\n.:;|]{2,80}")


def _next_line(text: str, pos: int, stop: int) -> tuple[int, int]:
    """The span of the first non-blank line from `pos`."""
    while pos < stop:
        line = _LINE.match(text, pos, stop)
        if text[line.start():line.end()].strip():
            return line.span()
        pos = line.end() + 1
    return stop, stop


_SPACED_CELLS = re.compile(r"\S[ \t]{3,}\S")
CELL_BREAK = re.compile(r"\||(?<=\S)[ \t]{3,}(?=\S)")     # "|", or a run of spaces between columns
_INDENTED = re.compile(r"[ \t]{8,}\S")


def table_cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A flattened table row's non-empty cells ("| Ms A, Deputy Secretary | Mr B, Vice-Minister |"),
    or one laid out in runs of spaces."""
    out, pos = [], s
    for m in CELL_BREAK.finditer(text[s:e]):
        out.append((pos, s + m.start()))
        pos = s + m.end()
    out.append((pos, e))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip()))
            for a, b in out if text[a:b].strip(" \t-:")]


# an unmarked item: a capitalised name with its affiliation after a comma or in brackets, no sentence
_PLAIN_ITEM = re.compile(r"[A-ZÀ-Þ][^\n.:;]{2,60}?(?:\s*\([^()\n]{2,40}\)|,\s*[^\n.:;]{2,80}"
                         # "Rashad Guliyev - Head of Department, Ministry of Economy": a name, a spaced dash, the title
                         r"|[ \t]+[-–—][ \t]+[^\n.:;]{2,100})(?:,\s*[^\n.:;]{2,60}){0,2}")


# "comorien", "maldivien", "são-tomense", "angolana", "chilena": a French, Portuguese or Spanish
# adjective of a state, by the stem it shares with the state's English name
_ROMANCE_ENDING = re.compile(r"(?:iennes?|iens?|aines?|ains?|aises?|ais|oises?|ois|enses?|anas?|anos?|enas?|enos?|"
                             r"inas?|inos?|esas?|eses?|ês|ien)$")
MIN_STEM = 4


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", " ")


@lru_cache(maxsize=256)
def romance_adjective_country(word: str) -> str | None:
    """The one state whose English name or adjective begins with the adjective's stem; None
    when none or several do."""
    stem = _ROMANCE_ENDING.sub("", _fold(word))
    if len(stem) < MIN_STEM:
        return None
    hits = {code for code, c in load("countries.json")["countries"].items() if len(code) == 2
            and any(_fold(n).startswith(stem) for n in c.get("names", []) + c.get("adjectives", []))}
    return hits.pop() if len(hits) == 1 else None
