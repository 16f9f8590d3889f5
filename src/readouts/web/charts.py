"""The dashboard's figures as server-side SVG: no script, no CDN, readable without JavaScript.

Every mark that stands for events is a link to the list of those events (`/events?...`),
and every figure has a title and a description for screen readers; the pages also show
each figure's numbers as a table.
"""
from __future__ import annotations

import math
from typing import Any, Iterable
from urllib.parse import urlencode

from markupsafe import Markup, escape

WOMEN, MEN, UNKNOWN = "#8e3b8e", "#2f6f9f", "#c9c9c9"
INK, MUTED = "#1f1f1f", "#555555"


def events_link(**params: Any) -> str:
    return "/events?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _svg(width: int, height: int, title: str, desc: str, body: Iterable[str],
         ident: str) -> Markup:
    # A figure of links is a group (an image's children would be hidden from assistive
    # technology); one without links is an image.
    body = list(body)
    role = "group" if any("<a " in part for part in body) else "img"
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="{role}" '
            f'aria-labelledby="{ident}-t {ident}-d" '
            f'font-family="system-ui, sans-serif" font-size="12">'
            f'<title id="{ident}-t">{escape(title)}</title>'
            f'<desc id="{ident}-d">{escape(desc)}</desc>')
    return Markup(head + "".join(body) + "</svg>")


def _link(href: str, label: str, inner: str) -> str:
    return (f'<a href="{escape(href)}" aria-label="{escape(label)}">'
            f'<title>{escape(label)}</title>{inner}</a>')


def _text(x: float, y: float, text: Any, anchor: str = "start", fill: str = INK,
          size: int = 12, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}" '
            f'font-size="{size}" font-weight="{weight}">{escape(str(text))}</text>')


def _legend(x: float, y: float, items: list[tuple[str, str]]) -> list[str]:
    out = []
    for label, colour in items:
        out.append(f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="12" height="12" '
                   f'fill="{colour}" stroke="{INK}" stroke-width="0.5"/>')
        out.append(_text(x + 16, y, label))
        x += 34 + 8 * len(label)
    return out


def _empty(ident: str, title: str) -> Markup:
    return _svg(600, 40, title, "No data in the archive for this figure.",
                [_text(8, 24, "No data for this figure yet.", fill=MUTED)], ident)


def share_by_role(rows: list[dict[str, Any]], role: str, ident: str) -> Markup:
    """One panel: per year, a 100% bar of women, men and unknown among participants in
    `role`. Each bar links to the events of that year with someone in that role."""
    data = sorted((r for r in rows if r["role"] == role and r["year"]),
                  key=lambda r: str(r["year"]))
    title = f"Women's share of {role}s per year"
    if not data:
        return _empty(ident, title)
    left, width, bar, gap = 52, 420, 16, 6
    height = 34 + len(data) * (bar + gap)
    body = _legend(left, 14, [("women", WOMEN), ("men", MEN), ("unknown", UNKNOWN)])
    for i, r in enumerate(data):
        y = 26 + i * (bar + gap)
        x = float(left)
        parts = []
        for key, colour in (("women", WOMEN), ("men", MEN), ("unknown", UNKNOWN)):
            w = width * r[key] / r["total"] if r["total"] else 0
            if w > 0:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" '
                             f'fill="{colour}"/>')
            x += w
        share = f"{r['women_share']:.0%}" if r["women_share"] is not None else "n/a"
        unknown = f"{r['unknown_share']:.0%}" if r["unknown_share"] is not None else "n/a"
        label = (f"{r['year']}, {role}s: {r['women']} women, {r['men']} men, "
                 f"{r['unknown']} unknown of {r['total']} (women {share}, unknown {unknown})"
                 " - show these events")
        body.append(_text(left - 6, y + 12, r["year"], "end"))
        body.append(_link(events_link(role=role, **{"from": r["year"], "to": r["year"]}),
                          label, "".join(parts)))
        body.append(_text(left + width + 6, y + 12, f"{share} women, {unknown} unknown",
                          fill=MUTED, size=11))
    return _svg(left + width + 170, height, title,
                "Stacked bars per year: women, men and participants whose gender the text "
                "does not state.", body, ident)


def columns(data: list[dict[str, Any]], value: str, ident: str, title: str, desc: str,
            href: Any, label: Any, total: str | None = None) -> Markup:
    """Vertical bars per year (`value`), optionally drawn over a lighter `total` bar."""
    data = [d for d in data if d.get("year")]
    if not data:
        return _empty(ident, title)
    top = max(max(int(d[total] if total else d[value]) for d in data), 1)
    left, base, plot, step = 36, 190, 160, max(28, min(60, 560 // len(data)))
    body = [f'<line x1="{left}" y1="{base}" x2="{left + step * len(data)}" y2="{base}" '
            f'stroke="{INK}"/>', _text(left - 4, base - plot + 4, top, "end", MUTED, 11),
            _text(left - 4, base, 0, "end", MUTED, 11)]
    for i, d in enumerate(data):
        x = left + i * step + 4
        inner = ""
        if total:
            h = plot * int(d[total]) / top
            inner += (f'<rect x="{x}" y="{base - h:.1f}" width="{step - 8}" height="{h:.1f}" '
                      f'fill="{UNKNOWN}"/>')
        h = plot * int(d[value]) / top
        inner += (f'<rect x="{x}" y="{base - h:.1f}" width="{step - 8}" height="{h:.1f}" '
                  f'fill="{MEN if total else WOMEN}"/>')
        body.append(_link(href(d), label(d), inner))
        body.append(_text(x + (step - 8) / 2, base + 14, d["year"], "middle", size=11))
        body.append(_text(x + (step - 8) / 2, base - h - 3, d[value], "middle", MUTED, 10))
    return _svg(left + step * len(data) + 10, base + 22, title, desc, body, ident)


def bars(items: list[dict[str, Any]], ident: str, title: str, desc: str) -> Markup:
    """Horizontal bars: items with `label`, `value`, `href`, `colour`."""
    if not items:
        return _empty(ident, title)
    top = max(max(int(i["value"]) for i in items), 1)
    left, width, bar, gap = 200, 360, 16, 6
    body = []
    for n, item in enumerate(items):
        y = 6 + n * (bar + gap)
        w = max(1.0, width * int(item["value"]) / top)
        body.append(_text(left - 6, y + 12, item["label"], "end"))
        body.append(_link(item["href"], f"{item['label']}: {item['value']} - show these events",
                          f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar}" '
                          f'fill="{item.get("colour", WOMEN)}"/>'))
        body.append(_text(left + w + 6, y + 12, item["value"], fill=MUTED, size=11))
    return _svg(left + width + 60, 12 + len(items) * (bar + gap), title, desc, body, ident)


def network(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], ident: str) -> Markup:
    """Who meets whom: people on a circle, a line per pair that met (thicker: more often).
    Each person links to their page, each line to the events the two shared."""
    title = "Who meets whom"
    if not nodes:
        return _empty(ident, title)
    size, radius = 640, 230
    centre = size / 2
    place = {}
    for i, n in enumerate(nodes):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        place[n["id"]] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle),
                          angle)
    top = max([e["weight"] for e in edges] or [1])
    body = []
    for e in edges:
        (x1, y1, _), (x2, y2, _) = place[e["a"]], place[e["b"]]
        w = 1 + 4 * e["weight"] / top
        body.append(_link(e["href"], f"{e['a_name']} and {e['b_name']}: {e['weight']} "
                                     "meetings - show them",
                          f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                          f'stroke="{MEN}" stroke-opacity="0.55" stroke-width="{w:.1f}"/>'))
    for n in nodes:
        x, y, angle = place[n["id"]]
        colour = {"female": WOMEN, "male": MEN}.get(n.get("gender") or "", "#8a8a8a")
        r = 4 + 6 * math.sqrt(n["events"] / max(nodes[0]["events"], 1))
        lx, ly = centre + (radius + 14) * math.cos(angle), centre + (radius + 14) * math.sin(angle)
        anchor = "start" if math.cos(angle) >= 0 else "end"
        body.append(_link(f"/people/{n['id']}", f"{n['name']}: {n['events']} events",
                          f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" '
                          f'stroke="#ffffff"/>' + _text(lx, ly + 4, n["name"], anchor, size=11)))
    return _svg(size + 260, size, title,
                "People on a circle, a line between two who took part in the same events; "
                "purple: stated women, blue: stated men, grey: not stated.",
                ['<g transform="translate(130 0)">'] + body + ["</g>"], ident)


def timeline(events: list[dict[str, Any]], ident: str, name: str) -> Markup:
    """A person's events on a line of years; each dot links to its event."""
    dated = [e for e in events if e.get("date")]
    title = f"Timeline of {name}'s events"
    if not dated:
        return _empty(ident, title)
    first, last = int(dated[0]["date"][:4]), int(dated[-1]["date"][:4]) + 1
    left, width = 20, 760
    span = max(last - first, 1)

    def x_of(day: str) -> float:
        year = int(day[:4])
        month = int(day[5:7]) if len(day) >= 7 else 6
        return left + width * ((year - first) + (month - 0.5) / 12) / span

    body = [f'<line x1="{left}" y1="40" x2="{left + width}" y2="40" stroke="{INK}"/>']
    for year in range(first, last + 1):
        x = left + width * (year - first) / span
        body.append(f'<line x1="{x:.1f}" y1="36" x2="{x:.1f}" y2="44" stroke="{INK}"/>')
        body.append(_text(x, 60, year, "middle", size=11))
    seen: dict[int, int] = {}
    for e in dated:
        x = x_of(e["date"])
        lane = seen.get(round(x / 6), 0)
        seen[round(x / 6)] = lane + 1
        body.append(_link(f"/events/{e['event_id']}",
                          f"{e['date']}: {e.get('document_title') or e['event_id']} "
                          f"({e.get('role') or 'role unknown'})",
                          f'<circle cx="{x:.1f}" cy="{30 - 8 * min(lane, 3)}" r="5" '
                          f'fill="{WOMEN}" stroke="#ffffff"/>'))
    return _svg(left + width + 20, 70, title, "One dot per event, by date; each links to the "
                "event.", body, ident)
