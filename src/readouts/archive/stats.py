"""`readouts stats`: the Women, Peace and Security figures, computed in the database.

Every figure counts current captures only, and can leave out truncated documents (whose
participant lists may be incomplete); `documents` says how many were counted and how many
of those were truncated. Shares are of all participants counted: women's share and the
unknown share (no gender stated in the text) side by side, so the unknown is never hidden.
Meetings that several readouts report count once (events share a `meeting_id`).
"""
from __future__ import annotations

from typing import Any

from ..store import Store
from ..store.base import wrap_errors
from .filters import WPS_RESOLUTIONS, Filters, document_condition

TOP = 20


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def compute(store: Store, filters: Filters = Filters()) -> dict[str, Any]:
    filters = filters.validated()
    where, params = document_condition(filters, "d")
    with wrap_errors("stats failed"):
        return {
            "documents": _documents(store, where, params),
            "participants_by_year": _gender_table(store, where, params, "substr(e.date, 1, 4)",
                                                  "year"),
            "participants_by_publisher": _gender_table(store, where, params, "d.publisher",
                                                       "publisher"),
            "all_male_events": _all_male(store, where, params),
            "resolution_references": _references(store, where, params),
            "top_counterparts": _counterparts(store, where, params),
            "offices": _offices(store, where, params),
        }


def _documents(store: Store, where: str, params: list[Any]) -> dict[str, Any]:
    row = store.rows(f"SELECT count(*) AS n, coalesce(sum(d.truncated), 0) AS t "
                     f"FROM documents d WHERE {where}", params)[0]
    return {"counted": int(row["n"]), "truncated": int(row["t"])}


def _gender_table(store: Store, where: str, params: list[Any], key: str, name: str
                  ) -> list[dict[str, Any]]:
    rows = store.rows(
        f"SELECT {key} AS k, p.role AS role, "
        "sum(CASE WHEN p.gender = 'female' THEN 1 ELSE 0 END) AS women, "
        "sum(CASE WHEN p.gender = 'male' THEN 1 ELSE 0 END) AS men, "
        "sum(CASE WHEN p.gender IS NULL OR p.gender NOT IN ('female', 'male') "
        "THEN 1 ELSE 0 END) AS unknown "
        "FROM participations p JOIN events e ON e.id = p.event_id "
        f"JOIN documents d ON d.id = p.document_id WHERE {where} "
        f"GROUP BY {key}, p.role", params)
    out: dict[tuple[Any, str], dict[str, Any]] = {}
    for r in rows:
        for role in (r["role"] or "unknown", "all"):
            cell = out.setdefault((r["k"], role), {name: r["k"], "role": role, "women": 0,
                                                   "men": 0, "unknown": 0})
            for g in ("women", "men", "unknown"):
                cell[g] += int(r[g])
    table = sorted(out.values(), key=lambda c: (str(c[name]), c["role"] != "all", c["role"]))
    for cell in table:
        total = cell["women"] + cell["men"] + cell["unknown"]
        cell.update(total=total, women_share=_share(cell["women"], total),
                    unknown_share=_share(cell["unknown"], total))
    return table


def _all_male(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    """Per year: meetings with named participants, and those whose named participants are
    all stated to be men (a participant of unknown gender leaves a meeting out of it)."""
    rows = store.rows(
        "SELECT substr(e.date, 1, 4) AS year, e.meeting_id AS meeting, "
        "min(CASE WHEN p.gender = 'male' THEN 1 ELSE 0 END) AS all_men, "
        "max(CASE WHEN p.gender IS NULL THEN 1 ELSE 0 END) AS some_unknown "
        "FROM participations p JOIN events e ON e.id = p.event_id "
        f"JOIN documents d ON d.id = p.document_id WHERE {where} "
        "GROUP BY substr(e.date, 1, 4), e.meeting_id", params)
    years: dict[Any, dict[str, Any]] = {}
    for r in rows:
        cell = years.setdefault(r["year"], {"year": r["year"], "meetings": 0, "all_men": 0,
                                            "with_unknown_gender": 0})
        cell["meetings"] += 1
        cell["all_men"] += int(r["all_men"])
        cell["with_unknown_gender"] += int(r["some_unknown"])
    table = sorted(years.values(), key=lambda c: str(c["year"]))
    for cell in table:
        cell["all_men_share"] = _share(cell["all_men"], cell["meetings"])
    return table


def _references(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    marks = ", ".join("?" for _ in WPS_RESOLUTIONS)
    rows = store.rows(
        "SELECT substr(e.date, 1, 4) AS year, r.number AS resolution, "
        "count(DISTINCT e.meeting_id) AS meetings, count(DISTINCT d.id) AS documents "
        "FROM event_references r JOIN events e ON e.id = r.event_id "
        f"JOIN documents d ON d.id = r.document_id WHERE {where} AND r.number IN ({marks}) "
        "GROUP BY substr(e.date, 1, 4), r.number ORDER BY 1, 2",
        [*params, *WPS_RESOLUTIONS])
    return [{"year": r["year"], "resolution": int(r["resolution"]),
             "meetings": int(r["meetings"]), "documents": int(r["documents"])} for r in rows]


def _counterparts(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    rows = store.rows(
        "SELECT p.person_id, min(p.name) AS name, min(p.country) AS country, "
        "min(p.gender) AS gender, count(DISTINCT e.meeting_id) AS meetings "
        "FROM participations p JOIN events e ON e.id = p.event_id "
        f"JOIN documents d ON d.id = p.document_id WHERE {where} AND p.role = 'counterpart' "
        "GROUP BY p.person_id ORDER BY meetings DESC, name LIMIT ?", [*params, TOP])
    return [dict(r, meetings=int(r["meetings"])) for r in rows]


def _offices(store: Store, where: str, params: list[Any]) -> list[dict[str, Any]]:
    """Unnamed principals ("The Prime Minister spoke with ..."), counted as offices."""
    rows = store.rows(
        "SELECT substr(e.date, 1, 4) AS year, o.title, o.country, o.role, "
        "count(DISTINCT e.meeting_id) AS meetings "
        "FROM offices o JOIN events e ON e.id = o.event_id "
        f"JOIN documents d ON d.id = o.document_id WHERE {where} "
        "GROUP BY substr(e.date, 1, 4), o.title, o.country, o.role ORDER BY 1, 5 DESC, 2",
        params)
    return [dict(r, meetings=int(r["meetings"])) for r in rows]
