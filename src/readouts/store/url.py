"""Which store a `--db` value names: an SQLite file (the default) or a PostgreSQL server.

    readouts.db                      an SQLite file (a bare path)
    sqlite:///relative/path.db       an SQLite file, relative path
    sqlite:////absolute/path.db      an SQLite file, absolute path
    postgresql://user@host:port/db   a PostgreSQL server (psycopg 3), as written
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import ReadoutsError

DEFAULT_DB = "readouts.db"
ENV_VAR = "READOUTS_DB"


class StoreError(ReadoutsError):
    """The archive could not be opened, migrated or queried."""
    code = "store"


@dataclass(frozen=True, slots=True)
class StoreURL:
    dialect: str        # "sqlite" or "postgresql"
    target: str         # a file path for SQLite; the URL itself for PostgreSQL

    def __str__(self) -> str:
        return self.target if self.dialect == "postgresql" else f"sqlite:///{self.target}"


def parse_url(value: str | None = None) -> StoreURL:
    """`--db` as given, else READOUTS_DB, else `readouts.db` in the working directory."""
    raw = (value or os.environ.get(ENV_VAR) or DEFAULT_DB).strip()
    if raw.startswith(("postgresql://", "postgres://")):
        return StoreURL("postgresql", raw)
    if raw.startswith("sqlite://"):
        path = raw[len("sqlite://"):]
        if not path.startswith("/") or path == "/":
            raise StoreError(f"bad SQLite URL {raw!r}: write sqlite:///relative.db or "
                             "sqlite:////absolute/path.db")
        path = path[1:]  # sqlite:///x.db -> x.db ; sqlite:////tmp/x.db -> /tmp/x.db
        if path in ("", ":memory:"):
            raise StoreError("an in-memory SQLite store would vanish at exit; give a file")
        return StoreURL("sqlite", path)
    if "://" in raw:
        scheme = raw.split("://", 1)[0]
        raise StoreError(f"unknown database scheme {scheme!r}: use sqlite:///PATH or "
                         "postgresql://user@host:port/name")
    return StoreURL("sqlite", raw)
