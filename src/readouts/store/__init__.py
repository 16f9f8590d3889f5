"""The archive's store: an SQLite file by default, or PostgreSQL, behind one interface.

    from readouts.store import open_store
    with open_store("sqlite:///archive.db") as store:      # or postgresql://user@host/db
        store.rows("SELECT id, title FROM documents")

`open_store` connects and brings the schema up to date (see `migrate`).
"""
from __future__ import annotations

from .base import Store
from .migrate import current_version, latest_version, migrate
from .url import DEFAULT_DB, ENV_VAR, StoreError, StoreURL, parse_url


def open_store(url: str | None = None, *, migrate_schema: bool = True) -> Store:
    """Connect to the store `url` names (default: READOUTS_DB, else ./readouts.db)."""
    parsed = parse_url(url)
    if parsed.dialect == "postgresql":
        from .postgres import connect
    else:
        from .sqlite import connect
    store = connect(parsed)
    if migrate_schema:
        try:
            migrate(store)
        except BaseException:
            store.close()
            raise
    return store


__all__ = ["DEFAULT_DB", "ENV_VAR", "Store", "StoreError", "StoreURL", "current_version",
           "latest_version", "migrate", "open_store", "parse_url"]
