"""The server store: PostgreSQL through psycopg 3, with the same schema as SQLite."""
from __future__ import annotations

from typing import Any

from .base import Store
from .url import StoreError, StoreURL


class PostgresStore(Store):
    dialect = "postgresql"

    def _sql(self, sql: str) -> str:
        # Library SQL uses `?`; psycopg wants `%s`, and a literal % doubled.
        return sql.replace("%", "%%").replace("?", "%s")

    def script(self, sql: str) -> None:
        self.connection.execute(sql)  # no parameters: psycopg sends it as one script

    def _begin(self) -> None:
        self.connection.execute("BEGIN")

    def _commit(self) -> None:
        self.connection.execute("COMMIT")

    def _rollback(self) -> None:
        self.connection.execute("ROLLBACK")

    def table_names(self) -> set[str]:
        return {r["name"] for r in self.rows(
            "SELECT table_name AS name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")}

    def size_bytes(self) -> int:
        return int(self.scalar("SELECT pg_database_size(current_database())"))


def connect(url: StoreURL) -> PostgresStore:
    try:
        import psycopg
    except ImportError:
        raise StoreError("PostgreSQL needs psycopg 3: pip install 'readouts[postgresql]'") from None
    try:
        conn: Any = psycopg.connect(url.target, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        message = " ".join(str(exc).split())
        raise StoreError(f"cannot connect to {_safe(url.target)}: {message}") from None
    return PostgresStore(url, conn)


def _safe(url: str) -> str:
    """The URL without a password, for messages."""
    head, sep, tail = url.partition("://")
    if "@" in tail:
        creds, at, rest = tail.partition("@")
        user = creds.split(":", 1)[0]
        return f"{head}{sep}{user}@{rest}"
    return url
