"""Plain-text views of search results, figures and problems, for a terminal."""
from __future__ import annotations

import csv
from typing import Any, Iterable, TextIO

from .search import SearchResult


def search_table(result: SearchResult, out: TextIO, bold: bool = False) -> None:
    start, end = ("\x1b[1m", "\x1b[0m") if bold else ("[", "]")
    out.write(f"{result.total} document{'s' if result.total != 1 else ''} found\n")
    for hit in result.hits:
        head = " | ".join(x for x in (hit.date, hit.type, hit.publisher) if x)
        out.write(f"\n{hit.title or hit.document_id}\n  {head}\n")
        if hit.people:
            out.write(f"  people: {'; '.join(hit.people)}\n")
        out.write(f"  {_marked(hit.snippet, hit.highlights, start, end)}\n")
        out.write(f"  id: {hit.document_id}" + (f"  url: {hit.url}" if hit.url else "") + "\n")
    facets = {k: v for k, v in result.facets.items() if v}
    if facets:
        out.write("\nfacets\n")
        for name, values in facets.items():
            cells = ", ".join(f"{v['value']} ({v['count']})" for v in values)
            out.write(f"  {name:<10}{cells}\n")


def _marked(snippet: str, marks: list[list[int]], start: str, end: str) -> str:
    pieces, last = [], 0
    for a, b in marks:
        pieces += [snippet[last:a], start, snippet[a:b], end]
        last = b
    pieces.append(snippet[last:])
    return " ".join("".join(pieces).split())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1%}"
    return str(value)


def table(rows: list[dict[str, Any]], out: TextIO) -> None:
    if not rows:
        out.write("  (none)\n")
        return
    columns = list(rows[0])
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    out.write("  " + "  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  " + "  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")


def stats_table(figures: dict[str, Any], out: TextIO) -> None:
    docs = figures["documents"]
    out.write(f"documents counted: {docs['counted']} (of which truncated: {docs['truncated']})\n")
    for name, rows in figures.items():
        if name == "documents":
            continue
        out.write(f"\n{name.replace('_', ' ')}\n")
        table(rows, out)


def stats_csv(figures: dict[str, Any], out: TextIO) -> None:
    """Every figure in one tidy table: figure, then each row's cells as key/value pairs."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["figure", "row", "column", "value"])
    docs = figures["documents"]
    for key, value in docs.items():
        writer.writerow(["documents", 0, key, value])
    for name, rows in figures.items():
        if name == "documents":
            continue
        for n, row in enumerate(rows):
            for key, value in row.items():
                writer.writerow([name, n, key, "" if value is None else value])


def problems_table(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        where = row["source"] or row["document_id"]
        out.write(f"{row['kind']:<10} {row['code']:<18} {where}: {row['message'] or ''}\n")
        count += 1
    if not count:
        out.write("no problems\n")
    return count
