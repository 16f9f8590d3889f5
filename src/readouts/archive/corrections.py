"""Reviewers' corrections: a value set by a person, beside the value the extractor read.

    c = correct(store, document_id, "events[0].participants[1].gender", "female",
                reason="she is named as Ms. Ono in the second paragraph", author="alice")
    undo(store, c["id"], author="alice")

A correction names a value by its document and its path in the record (the paths of the
record's `evidence`). The stored record keeps what the extractor read; the rows every
query reads (events, participations, offices, documents) hold the value in force: the
latest correction not undone, else the extracted one. `apply` writes those values again
whenever a document's rows are rewritten (re-extraction, re-ingest), so a correction
survives both; undoing one keeps it in the history (who, when) and restores the value
before it. `effective_record` gives a record with its corrections in force, for exports.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any, Iterable
from zoneinfo import available_timezones

from ..errors import ReadoutsError
from ..model import EVENT_TYPES, ROLES
from ..store import Store
from .prepare import now


class CorrectionError(ReadoutsError):
    code = "bad_correction"


class NotFound(ReadoutsError):
    code = "not_found"


_EVENT_FIELDS = ("type", "date", "start_time", "start_local", "utc_offset", "timezone",
                 "start_utc", "end_utc", "duration_minutes", "attendance")
_PERSON_FIELDS = ("name", "family_name", "given_name", "honorific", "gender", "role",
                  "organization", "country")
PATH_PATTERN = (
    r"^(?:document\.(?P<doc>title|publisher|published)"
    r"|events\[(?P<e>\d{1,4})\]\.(?:(?P<ev>" + "|".join(_EVENT_FIELDS) + r")"
    r"|location\.(?P<loc>venue|city|country)"
    r"|participants\[(?P<p>\d{1,4})\]\.(?:(?P<pf>" + "|".join(_PERSON_FIELDS) + r")"
    r"|titles\[(?P<t>\d{1,3})\])"
    r"|offices\[(?P<o>\d{1,4})\]\.(?P<of>title|country|role)))$")
_PATH = re.compile(PATH_PATTERN)
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")

_FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "date": (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "YYYY-MM-DD"),
    "published": (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "YYYY-MM-DD"),
    "start_time": (re.compile(r"^([01]\d|2[0-3]):[0-5]\d$"), "HH:MM"),
    "start_local": (re.compile(r"^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$"),
                    "YYYY-MM-DDTHH:MM"),
    "utc_offset": (re.compile(r"^[+-](0\d|1[0-4]):[0-5]\d$"), "+HH:MM"),
    "start_utc": (re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"), "YYYY-MM-DDTHH:MM:SSZ"),
    "end_utc": (re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"), "YYYY-MM-DDTHH:MM:SSZ"),
    "country": (re.compile(r"^[A-Z]{2}$"), "an ISO alpha-2 code such as JP"),
}
_CHOICES: dict[str, tuple[str, ...]] = {"type": EVENT_TYPES, "role": ROLES,
                                        "gender": ("female", "male")}
_INTEGERS = ("duration_minutes", "attendance")
MAX_TEXT = 300


def steps(path: str) -> list[str | int]:
    """`events[0].participants[1].name` -> ["events", 0, "participants", 1, "name"]."""
    out: list[str | int] = []
    for part in path.split("."):
        m = _STEP.fullmatch(part)
        if m is None:
            raise CorrectionError(f"not a value path: {path!r}")
        out.append(m.group(1))
        if m.group(2) is not None:
            out.append(int(m.group(2)))
    return out


def value_at(record: dict[str, Any], path: str) -> Any:
    node: Any = record
    for step in steps(path):
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return None
            node = node[step]
        else:
            if not isinstance(node, dict):
                return None
            node = node.get(step)
    return node


def _holder(record: dict[str, Any], path: str) -> tuple[Any, str | int] | None:
    """The container of the value at `path` and its key, if the container exists."""
    keys = steps(path)
    node: Any = record
    for i, step in enumerate(keys[:-1]):
        nxt = keys[i + 1]
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return None
            node = node[step]
        else:
            if not isinstance(node, dict):
                return None
            if node.get(step) is None:
                if step == "location" or (step == "titles" and isinstance(nxt, int)):
                    node[step] = {} if step == "location" else []
                else:
                    return None
            node = node[step]
    last = keys[-1]
    if isinstance(last, int):
        if not isinstance(node, list) or last > len(node):
            return None
        return node, last
    return (node, last) if isinstance(node, dict) else None


def set_value(record: dict[str, Any], path: str, value: Any) -> bool:
    found = _holder(record, path)
    if found is None:
        return False
    node, key = found
    if isinstance(key, int):
        if key == len(node):
            node.append(value)
        else:
            node[key] = value
    else:
        node[key] = value
    return True


def field_name(path: str) -> str:
    m = _PATH.match(path)
    if m is None:
        raise CorrectionError(
            f"{path!r} is not a value that can be corrected: document.title|publisher|"
            "published, events[N].<" + "|".join(_EVENT_FIELDS) + ">, events[N].location."
            "<venue|city|country>, events[N].participants[N].<" + "|".join(_PERSON_FIELDS)
            + "|titles[N]>, events[N].offices[N].<title|country|role>")
    for group in ("doc", "ev", "loc", "pf", "of"):
        if m.group(group):
            return m.group(group)
    return "title"


def clean_value(path: str, value: Any) -> Any:
    """The value as stored, or CorrectionError saying what is expected."""
    name = field_name(path)
    if isinstance(value, str):
        value = " ".join(value.split()) or None
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise CorrectionError("a value is a string or a whole number (or null for none)")
    if name in _INTEGERS:
        try:
            number = int(value)
        except ValueError:
            raise CorrectionError(f"{name} is a whole number") from None
        if not 0 <= number <= 1_000_000:
            raise CorrectionError(f"{name} must be between 0 and 1000000")
        return number
    value = str(value)
    if len(value) > MAX_TEXT:
        raise CorrectionError(f"a value has at most {MAX_TEXT} characters")
    key = "country" if path.endswith("country") else name
    if key == "country":
        value = value.upper()
    if key in _CHOICES:
        value = value.lower()
        if value not in _CHOICES[key]:
            raise CorrectionError(f"{name} is one of {', '.join(_CHOICES[key])}")
    if key in _FORMATS:
        pattern, shape = _FORMATS[key]
        if not pattern.match(value):
            raise CorrectionError(f"{name} is written {shape}")
        if key in ("date", "published"):
            try:
                datetime.strptime(value, "%Y-%m-%d")
            except ValueError:
                raise CorrectionError(f"{value} is not a calendar date") from None
    if name == "timezone" and value not in available_timezones():
        raise CorrectionError("timezone is an IANA zone name such as Asia/Tokyo")
    return value


# --- reading -------------------------------------------------------------------------------

def _decode(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["old_value"] = json.loads(row["old_value"]) if row["old_value"] is not None else None
    out["new_value"] = json.loads(row["new_value"]) if row["new_value"] is not None else None
    out["active"] = row["undone_at"] is None
    return out


_COLUMNS = ("id, document_id, lineage, path, old_value, new_value, reason, author, "
            "created_at, undone_at, undone_by")


def list_corrections(store: Store, document_id: str | None = None, limit: int = 1000,
                     offset: int = 0) -> list[dict[str, Any]]:
    """Newest first; every correction, undone ones included (they say so)."""
    where, params = ("WHERE document_id = ?", [document_id]) if document_id else ("", [])
    return [_decode(r) for r in store.rows(
        f"SELECT {_COLUMNS} FROM corrections {where} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset])]


def get_correction(store: Store, correction_id: int) -> dict[str, Any]:
    rows = store.rows(f"SELECT {_COLUMNS} FROM corrections WHERE id = ?", (correction_id,))
    if not rows:
        raise NotFound(f"no correction {correction_id}")
    return _decode(rows[0])


def effective_record(record: dict[str, Any], corrections: Iterable[dict[str, Any]]
                     ) -> dict[str, Any]:
    """The record with its corrections in force (oldest first, so the latest wins)."""
    out = json.loads(json.dumps(record))
    for c in sorted(corrections, key=lambda c: c["id"]):
        if c["active"]:
            set_value(out, c["path"], c["new_value"])
    return out


def _record(store: Store, document_id: str) -> tuple[dict[str, Any], str]:
    rows = store.rows("SELECT record, lineage FROM documents WHERE id = ?", (document_id,))
    if not rows:
        raise NotFound(f"no document {document_id}")
    return json.loads(rows[0]["record"]), rows[0]["lineage"]


# --- writing -------------------------------------------------------------------------------

def correct(store: Store, document_id: str, path: str, value: Any, reason: str,
            author: str) -> dict[str, Any]:
    """Record a correction and put it in force; returns it."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise CorrectionError("say why (a reason is required)")
    if len(reason) > 2000:
        raise CorrectionError("a reason has at most 2000 characters")
    value = clean_value(path, value)
    with store.transaction():
        record, lineage = _record(store, document_id)
        current = effective_record(record, list_corrections(store, document_id))
        if _holder(json.loads(json.dumps(current)), path) is None:
            raise CorrectionError(f"the record of {document_id} has no {path}")
        old = value_at(current, path)
        if old == value:
            raise CorrectionError(f"{path} is already {json.dumps(value)}")
        new_id = store.scalar(
            "INSERT INTO corrections (document_id, lineage, path, old_value, new_value, "
            "reason, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (document_id, lineage, path, json.dumps(old, ensure_ascii=False),
             json.dumps(value, ensure_ascii=False), reason, author, now()))
        apply(store, [document_id])
    return get_correction(store, int(new_id))


def undo(store: Store, correction_id: int, author: str) -> dict[str, Any]:
    with store.transaction():
        found = get_correction(store, correction_id)
        if not found["active"]:
            raise CorrectionError(f"correction {correction_id} was undone already")
        store.execute("UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ?",
                      (now(), author, correction_id))
        apply(store, [found["document_id"]])
    return get_correction(store, correction_id)


def adopt(store: Store, document_id: str) -> int:
    """A record imported from `export --format jsonl` carries its corrections (and its
    values as corrected): store those corrections (once) and put the extracted values back
    in the stored record, so that undoing one restores what the extractor read. Call inside
    the transaction that writes the document, before `apply`; returns how many were new."""
    rows = store.rows("SELECT record, lineage FROM documents WHERE id = ?", (document_id,))
    if not rows:
        return 0
    record = json.loads(rows[0]["record"])
    history = record.pop("corrections", None)
    if not isinstance(history, list):
        return 0
    history = [c for c in history if isinstance(c, dict) and isinstance(c.get("path"), str)
               and _PATH.match(c["path"])]
    history.sort(key=lambda c: (str(c.get("created_at") or ""), c.get("id") or 0))
    restored: set[str] = set()
    for c in history:                       # the oldest correction of a path knows its
        if c["path"] not in restored:       # extracted value
            set_value(record, c["path"], c.get("old_value"))
            restored.add(c["path"])
    store.execute("UPDATE documents SET record = ? WHERE id = ?",
                  (json.dumps(record, ensure_ascii=False), document_id))
    known = {(r["path"], r["created_at"], r["author"]) for r in store.rows(
        "SELECT path, created_at, author FROM corrections WHERE document_id = ?",
        (document_id,))}
    added = 0
    for c in history:
        key = (c["path"], str(c.get("created_at") or ""), str(c.get("author") or "unknown"))
        if key in known:
            continue
        store.execute(
            "INSERT INTO corrections (document_id, lineage, path, old_value, new_value, "
            "reason, author, created_at, undone_at, undone_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, rows[0]["lineage"], c["path"],
             json.dumps(c.get("old_value"), ensure_ascii=False),
             json.dumps(c.get("new_value"), ensure_ascii=False),
             str(c.get("reason") or "imported"), key[2], key[1], c.get("undone_at"),
             c.get("undone_by")))
        known.add(key)
        added += 1
    return added


def apply(store: Store, document_ids: Iterable[str]) -> int:
    """Write the values in force for every corrected path of these documents into the rows
    queries read. Call inside the transaction that (re)writes them; returns rows touched."""
    ids = sorted(set(document_ids))
    touched = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        corrected = [r["document_id"] for r in store.rows(
            f"SELECT DISTINCT document_id FROM corrections WHERE document_id IN ({marks})",
            chunk)]
        for document_id in corrected:
            touched += _apply_one(store, document_id)
    return touched


def _apply_one(store: Store, document_id: str) -> int:
    rows = store.rows("SELECT record FROM documents WHERE id = ?", (document_id,))
    if not rows:
        return 0
    corrections = list_corrections(store, document_id)
    record = effective_record(json.loads(rows[0]["record"]), corrections)
    touched = 0
    people = False
    for path in sorted({c["path"] for c in corrections}):
        m = _PATH.match(path)
        if m is None:
            continue
        value = value_at(record, path)
        if m.group("doc"):
            sql, params = f"UPDATE documents SET {m.group('doc')} = ? WHERE id = ?", \
                [value, document_id]
        elif m.group("ev") or m.group("loc"):
            column = m.group("ev") or {"venue": "venue", "city": "city",
                                       "country": "country"}[m.group("loc")]
            sql, params = (f"UPDATE events SET {column} = ? WHERE document_id = ? AND idx = ?",
                           [value, document_id, int(m.group("e"))])
        elif m.group("p") is not None:
            people = True
            where = ("WHERE event_id IN (SELECT id FROM events WHERE document_id = ? "
                     "AND idx = ?) AND idx = ?")
            keys = [document_id, int(m.group("e")), int(m.group("p"))]
            if m.group("t") is not None:
                titles = [t for t in value_at(
                    record, f"events[{m.group('e')}].participants[{m.group('p')}].titles") or []
                    if t]
                sql, params = (f"UPDATE participations SET title = ?, titles = ? {where}",
                               [titles[0] if titles else None, "; ".join(titles) or None,
                                *keys])
            else:
                column = {"organization": "organisation"}.get(m.group("pf"), m.group("pf"))
                if column == "name" and not value:
                    continue  # a participation always has a name
                sql, params = f"UPDATE participations SET {column} = ? {where}", [value, *keys]
        else:
            if m.group("of") == "title" and not value:
                continue
            sql, params = (f"UPDATE offices SET {m.group('of')} = ? WHERE event_id IN "
                           "(SELECT id FROM events WHERE document_id = ? AND idx = ?) "
                           "AND idx = ?",
                           [value, document_id, int(m.group("e")), int(m.group("o"))])
        touched += store.execute(sql, params).rowcount or 0
    if people:
        from .people import mark_stale
        mark_stale(store)  # names, countries and roles feed entity resolution
    return touched
