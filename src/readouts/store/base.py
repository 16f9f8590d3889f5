"""One interface over SQLite and PostgreSQL: statements with `?` placeholders, rows as dicts.

Library code writes portable SQL (`?` placeholders, `INSERT ... ON CONFLICT`, `substr`);
the store adapts the placeholders to its driver. Writes happen inside `transaction()`, which
commits on success and rolls back on any error, so a killed process leaves no half-written
document behind (the database's own journal undoes an unfinished transaction).
"""
from __future__ import annotations

import contextlib
from typing import Any, Iterable, Iterator, Sequence

from .url import StoreError, StoreURL


class Store:
    """A connection to the archive. Use `readouts.store.open_store(url)` to get one."""

    dialect: str = ""

    def __init__(self, url: StoreURL, connection: Any) -> None:
        self.url = url
        self.connection = connection
        self._depth = 0

    # --- statements ------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.connection.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            self.connection.cursor().executemany(self._sql(sql), rows)

    def script(self, sql: str) -> None:
        """Run several statements (a migration), inside the current transaction."""
        raise NotImplementedError

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # --- transactions ----------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """All or nothing; nested uses join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._begin()
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        self._commit()

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        self.connection.commit()

    def _rollback(self) -> None:
        self.connection.rollback()

    # --- helpers the dialects differ on ---------------------------------------------
    def table_names(self) -> set[str]:
        raise NotImplementedError

    def size_bytes(self) -> int:
        """Space the archive takes on disk."""
        raise NotImplementedError

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def wrap_errors(what: str) -> contextlib.AbstractContextManager[None]:
    """Turn a driver's error into StoreError with a one-line message."""
    return _Wrap(what)


class _Wrap(contextlib.AbstractContextManager[None]):
    def __init__(self, what: str) -> None:
        self.what = what

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        if exc is None or isinstance(exc, StoreError) or not isinstance(exc, Exception):
            return False
        module = type(exc).__module__ or ""
        if module.startswith(("sqlite3", "psycopg")):
            message = " ".join(str(exc).split()) or type(exc).__name__
            raise StoreError(f"{self.what}: {message}") from exc
        return False
