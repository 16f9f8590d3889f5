"""A versioned schema of our own: numbered SQL files, applied in order, each in a transaction.

`migrations/NNNN_name.sql` serves both backends; `NNNN_name.sqlite.sql` and
`NNNN_name.postgresql.sql` are one step written for each. `schema_migrations` records what
has been applied, so opening an older archive brings it up to date, once, and two processes
opening it together do not apply a step twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

from .base import Store, wrap_errors
from .url import StoreError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)(?:\.(sqlite|postgresql))?\.sql$")
_LOCK_KEY = 734_125_001  # PostgreSQL advisory lock taken while migrating


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def available(dialect: str) -> list[Migration]:
    """The steps for one backend, in order."""
    found: dict[int, Migration] = {}
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match is None or match.group(3) not in (None, dialect):
            continue
        version = int(match.group(1))
        if version in found:
            raise StoreError(f"two migrations numbered {version}")
        found[version] = Migration(version, match.group(2), entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def latest_version(dialect: str) -> int:
    return available(dialect)[-1].version


def current_version(store: Store) -> int:
    if "schema_migrations" not in store.table_names():
        return 0
    return int(store.scalar("SELECT coalesce(max(version), 0) FROM schema_migrations"))


def migrate(store: Store, target: int | None = None) -> list[int]:
    """Apply the steps not yet applied (up to `target`); the versions applied now."""
    steps = available(store.dialect)
    newest = steps[-1].version
    with wrap_errors("cannot migrate the archive"):
        if current_version(store) > newest:
            raise StoreError(f"the archive has schema version {current_version(store)}, newer "
                             f"than this readouts knows ({newest}): upgrade readouts")
        applied_now: list[int] = []
        with store.transaction():
            store.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                          "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                          "applied_at TEXT NOT NULL)")
        for step in steps:
            if target is not None and step.version > target:
                break
            with store.transaction():
                if store.dialect == "postgresql":
                    store.execute("SELECT pg_advisory_xact_lock(?)", (_LOCK_KEY,))
                done = store.scalar("SELECT count(*) FROM schema_migrations WHERE version = ?",
                                    (step.version,))
                if done:
                    continue
                store.script(step.sql)
                store.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                              "VALUES (?, ?, ?)",
                              (step.version, step.name,
                               datetime.now(timezone.utc).isoformat(timespec="seconds")))
                applied_now.append(step.version)
    return applied_now
