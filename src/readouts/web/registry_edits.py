"""Merge and split people from the web app: rows appended to the people registry (the CSV
file `readouts ingest --registry` reads, see docs/resolution.md), then resolution run again.

- merge A and B: a `merge` row per mention of either, all to one registry person (A's or
  B's registry id if one has one, else a new id made from A's name);
- split: a `split` row per chosen mention of A, to a new registry person: exactly those
  mentions, nothing merged into or out of them.

Rows select mentions by id (`DOC:EVENT:PARTICIPANT`), so they mean the same after any
re-ingest; each carries a note saying who made it, when and why. The new file is checked
with the registry's own parser before it replaces the old one, so a row the registry
refuses changes nothing.
"""
from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import threading
from typing import Any

from ..archive.people import resolve_archive
from ..archive.prepare import now
from ..resolve import mention_id, parse_registry
from ..resolve.registry import COLUMNS, RESERVED_PREFIXES, RegistryError
from ..resolve.names import fold_words
from ..store import Store
from .errors import ApiError


_LOCK = threading.Lock()     # one edit of the registry file at a time


def _mentions(store: Store, person_id: str) -> list[dict[str, Any]]:
    return store.rows(
        "SELECT p.id, p.document_id, e.idx AS e_idx, p.idx AS p_idx, p.name FROM "
        "participations p JOIN events e ON e.id = p.event_id JOIN documents d ON "
        "d.id = p.document_id WHERE p.person_id = ? AND d.is_current = 1", (person_id,))


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", "-".join(fold_words(name))).strip("-") or "person"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _registry_ids(store: Store) -> set[str]:
    return {r["id"] for r in store.rows("SELECT id FROM people")}


def _append(path: str, rows: list[dict[str, str]]) -> None:
    """Append rows under the file's own header (a new file gets the full header). Earlier
    rows that select one of the same mentions by id are dropped: the new word wins."""
    text = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    header = None
    replaced = {r["mention"] for r in rows if r.get("mention")}
    kept_lines = []
    for line in text.splitlines(keepends=True):
        if not line.strip() or line.lstrip().startswith("#"):
            kept_lines.append(line)
            continue
        cells = next(csv.reader([line]))
        if header is None:
            header = [h.strip().lower() for h in cells]
        elif "mention" in header and header.index("mention") < len(cells) and \
                cells[header.index("mention")].strip() in replaced:
            continue
        kept_lines.append(line)
    text = "".join(kept_lines)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header is None:
        header = list(COLUMNS)
        if not text:
            out.write("# The people registry (docs/resolution.md).\n")
        writer.writerow(header)
    missing = {k for r in rows for k, v in r.items() if v} - set(header)
    if missing:
        raise ApiError(409, f"the registry {path} has no column(s) {', '.join(sorted(missing))}"
                            "; add them to its header")
    for row in rows:
        writer.writerow([row.get(h, "") for h in header])
    new_text = text + ("" if not text or text.endswith("\n") else "\n") + out.getvalue()
    try:
        parse_registry(new_text, source=path)
    except RegistryError as exc:
        raise ApiError(409, f"the registry would not accept this: {exc}") from None
    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".registry-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(new_text)
    os.replace(temp, path)


def _need(registry: str | None) -> str:
    if not registry:
        raise ApiError(409, "merging and splitting write to the people registry: start the "
                            "server with --registry FILE (or READOUTS_REGISTRY)")
    return registry


def merge(store: Store, registry: str | None, person_id: str, other_id: str, author: str,
          reason: str) -> dict[str, Any]:
    path = _need(registry)
    if person_id == other_id:
        raise ApiError(422, "a person cannot be merged with themselves")
    first, second = _mentions(store, person_id), _mentions(store, other_id)
    if not first or not second:
        raise ApiError(404, f"no events of {person_id if not first else other_id}")
    target = next((p for p in (person_id, other_id) if not p.startswith(RESERVED_PREFIXES)),
                  None) or _slug(first[0]["name"], _registry_ids(store))
    note = f"web: merged {person_id} and {other_id} by {author} at {now()}: {reason}"
    with _LOCK:
        _append(path, [{"action": "merge", "person": target,
                        "mention": mention_id(m["document_id"], m["e_idx"], m["p_idx"]),
                        "note": note} for m in first + second])
        resolve_archive(store, path)
    return {"person_id": target, "rows": len(first) + len(second)}


def split(store: Store, registry: str | None, person_id: str, participation_ids: list[str],
          author: str, reason: str) -> dict[str, Any]:
    path = _need(registry)
    mentions = {m["id"]: m for m in _mentions(store, person_id)}
    chosen = [mentions[i] for i in participation_ids if i in mentions]
    if not chosen:
        raise ApiError(422, f"choose at least one of {person_id}'s events to split off")
    if len(chosen) == len(mentions):
        raise ApiError(422, "splitting off every event leaves nothing behind: rename instead")
    target = _slug(chosen[0]["name"], _registry_ids(store))
    note = f"web: split from {person_id} by {author} at {now()}: {reason}"
    with _LOCK:
        _append(path, [{"action": "split", "person": target,
                        "mention": mention_id(m["document_id"], m["e_idx"], m["p_idx"]),
                        "note": note} for m in chosen])
        resolve_archive(store, path)
    return {"person_id": target, "rows": len(chosen)}
