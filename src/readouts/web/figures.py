"""The dashboard's numbers: `readouts.archive.stats.compute` (the CLI's `stats`), plus the
two figures it does not hold: topics by WPS pillar, and who meets whom."""
from __future__ import annotations

from typing import Any

from ..archive.filters import Filters, document_condition
from ..archive.stats import compute
from ..store import Store
from . import charts

ROLES = ("principal", "counterpart", "moderator", "speaker")
NETWORK_SIZE = 24


def topics(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = store.rows(
        "SELECT t.tag, max(t.pillar) AS pillar, count(DISTINCT t.event_id) AS events "
        "FROM topics t JOIN documents d ON d.id = t.document_id "
        f"WHERE {where} GROUP BY t.tag ORDER BY max(t.pillar) DESC, 3 DESC, t.tag", params)
    return [dict(r, pillar=bool(r["pillar"]), events=int(r["events"])) for r in rows]


def meets(store: Store, where: str, params: list[Any]) -> dict[str, Any]:
    """The people in most events, and how often each pair of them shared one."""
    nodes = store.rows(
        "SELECT p.person_id AS id, min(p.name) AS name, min(p.gender) AS gender, "
        "count(DISTINCT p.event_id) AS events FROM participations p JOIN documents d "
        f"ON d.id = p.document_id WHERE {where} GROUP BY p.person_id "
        "ORDER BY 4 DESC, 2 LIMIT ?", [*params, NETWORK_SIZE])
    if not nodes:
        return {"nodes": [], "edges": []}
    names = {n["id"]: n["name"] for n in nodes}
    marks = ", ".join("?" for _ in nodes)
    ids = list(names)
    pairs = store.rows(
        "SELECT a.person_id AS a, b.person_id AS b, count(DISTINCT a.event_id) AS weight "
        "FROM participations a JOIN participations b ON b.event_id = a.event_id AND "
        "a.person_id < b.person_id JOIN documents d ON d.id = a.document_id "
        f"WHERE {where} AND a.person_id IN ({marks}) AND b.person_id IN ({marks}) "
        "GROUP BY a.person_id, b.person_id ORDER BY 3 DESC LIMIT 200", [*params, *ids, *ids])
    edges = [{"a": p["a"], "b": p["b"], "weight": int(p["weight"]),
              "a_name": names[p["a"]], "b_name": names[p["b"]],
              "href": f"/events?with={p['a']}&with={p['b']}"} for p in pairs]
    return {"nodes": [dict(n, events=int(n["events"])) for n in nodes], "edges": edges}


def dashboard(store: Store, filters: Filters = Filters()) -> dict[str, Any]:
    figures = compute(store, filters)
    where, params = document_condition(filters.validated(), "d")
    figures["topics"] = topics(store, where, params)
    figures["network"] = meets(store, where, params)
    return figures


def svgs(figures: dict[str, Any]) -> dict[str, Any]:
    """Each figure drawn; the same numbers are in `figures` for the tables."""
    by_year = figures["participants_by_year"]
    refs: dict[str, dict[str, Any]] = {}
    for r in figures["resolution_references"]:
        cell = refs.setdefault(r["year"], {"year": r["year"], "r1325": 0, "wps": 0})
        cell["wps"] += r["meetings"]
        if r["resolution"] == 1325:
            cell["r1325"] += r["meetings"]
    ref_rows = sorted(refs.values(), key=lambda c: str(c["year"]))
    return {
        "roles": [(role, charts.share_by_role(by_year, role, f"share-{role}"))
                  for role in ROLES],
        "all_male": charts.columns(
            figures["all_male_events"], "all_men", "all-male", "All-male meetings per year",
            "Grey: meetings with named participants; blue: those whose named participants "
            "are all stated to be men.",
            lambda d: charts.events_link(all_male=1, **{"from": d["year"], "to": d["year"]}),
            lambda d: f"{d['year']}: {d['all_men']} all-male of {d['meetings']} meetings - "
                      "show them", total="meetings"),
        "references": charts.columns(
            ref_rows, "r1325", "refs-1325", "Meetings citing resolution 1325 per year",
            "Purple: meetings citing resolution 1325, per year.",
            lambda d: charts.events_link(resolution=1325, **{"from": d["year"],
                                                             "to": d["year"]}),
            lambda d: f"{d['year']}: {d['r1325']} meetings cite 1325 ({d['wps']} cite a WPS "
                      "resolution) - show them"),
        "reference_rows": ref_rows,
        "topics": charts.bars(
            [{"label": t["tag"].replace("_", " "), "value": t["events"],
              "href": charts.events_link(topic=t["tag"]),
              "colour": charts.WOMEN if t["pillar"] else charts.UNKNOWN}
             for t in figures["topics"][:20]],
            "topics", "Topics by WPS pillar", "Events per topic; purple: the four WPS "
            "pillars, grey: other topics."),
        "network": charts.network(figures["network"]["nodes"], figures["network"]["edges"],
                                  "network"),
    }
