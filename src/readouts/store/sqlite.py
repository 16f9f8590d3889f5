"""The embedded store: one SQLite file, in WAL mode so readers never wait for the writer."""
from __future__ import annotations

import os
import sqlite3
from typing import Any

from .base import Store
from .url import StoreError, StoreURL


class SQLiteStore(Store):
    dialect = "sqlite"

    def script(self, sql: str) -> None:
        for statement in split_statements(sql):
            self.connection.execute(statement)

    def _begin(self) -> None:
        # IMMEDIATE: take the write lock now, so two writers queue instead of deadlocking.
        self.connection.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.connection.execute("COMMIT")

    def _rollback(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")

    def table_names(self) -> set[str]:
        return {r["name"] for r in self.rows(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}

    def size_bytes(self) -> int:
        path = self.url.target
        return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


BUSY_TIMEOUT_MS = 30_000   # writers queue for each other this long


def split_statements(sql: str) -> list[str]:
    """A script's statements, whole (a trigger's body holds semicolons of its own)."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


def connect(url: StoreURL) -> SQLiteStore:
    folder = os.path.dirname(os.path.abspath(url.target))
    if not os.path.isdir(folder):
        raise StoreError(f"cannot open {url.target}: no folder {folder}")
    try:
        conn: Any = sqlite3.connect(url.target, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a crash of the process (even SIGKILL) loses no committed
        # transaction; only a power cut may lose the last few.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # 64 MiB of page cache instead of 2: the full-text and row indexes of an archive
        # outgrow the default, and every miss is a system call
        conn.execute("PRAGMA cache_size = -65536")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {url.target}: {exc}") from None
    return SQLiteStore(url, conn)
