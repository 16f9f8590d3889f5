"""The store: URLs, the versioned schema and its migrations, transactions; both backends."""
from __future__ import annotations

from pathlib import Path

import pytest

from readouts.store import StoreError, current_version, latest_version, migrate, open_store, parse_url
from readouts.store.migrate import available

from archive_support import BACKENDS, db_url, store_url  # noqa: F401  (fixture)

TABLES = {"documents", "events", "participations", "people", "organisations",
          "event_references", "series", "evidence", "statements", "topics", "problems",
          "offices", "schema_migrations", "archive_state"}
VIEWS = {"participants", "evidence_quotes", "meetings", "failed_documents"}


def test_urls() -> None:
    assert parse_url("archive.db").target == "archive.db"
    assert parse_url("sqlite:///rel/a.db").target == "rel/a.db"
    assert parse_url("sqlite:////abs/a.db").target == "/abs/a.db"
    url = parse_url("postgresql://me@127.0.0.1:5432/readouts")
    assert url.dialect == "postgresql" and url.target == "postgresql://me@127.0.0.1:5432/readouts"
    for bad in ("mysql://x/y", "sqlite://", "sqlite:///:memory:"):
        with pytest.raises(StoreError):
            parse_url(bad)


def test_environment_names_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_DB", "sqlite:///from-env.db")
    assert parse_url(None).target == "from-env.db"
    monkeypatch.delenv("READOUTS_DB")
    assert parse_url(None).target == "readouts.db"


def test_both_backends_have_the_same_steps() -> None:
    assert [m.version for m in available("sqlite")] == [m.version for m in available("postgresql")]
    assert latest_version("sqlite") == latest_version("postgresql") >= 4


def test_a_new_store_has_every_table_and_view(db_url: str) -> None:
    with open_store(db_url) as store:
        assert current_version(store) == latest_version(store.dialect)
        assert TABLES | VIEWS <= store.table_names()
        assert migrate(store) == []  # opening again applies nothing


def test_an_old_schema_is_brought_up_to_date_and_keeps_its_data(db_url: str) -> None:
    """A store at version 1 (before full-text search) gets the later steps on open, and
    documents written before the search index existed are found by it."""
    with open_store(db_url, migrate_schema=False) as store:
        assert migrate(store, target=1) == [1]
        with store.transaction():
            store.execute(
                "INSERT INTO documents (id, lineage, source, text, extractor_version, record, "
                "ingested_at) VALUES ('d1', 'path:x', 'x.txt', 'The ministers discussed "
                "maritime security.', '0', '{}', '2024-01-01')")
    with open_store(db_url) as store:
        assert current_version(store) == latest_version(store.dialect)
        from readouts.archive.search import SearchOptions, search
        result = search(store, SearchOptions("maritime", facets=False))
        assert [h.document_id for h in result.hits] == ["d1"]
        assert result.hits[0].snippet and result.hits[0].highlights


def test_a_failed_transaction_leaves_nothing(db_url: str) -> None:
    with open_store(db_url) as store:
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.execute("INSERT INTO series (id, name) VALUES ('s1', 'one')")
                raise RuntimeError("stop")
        assert store.scalar("SELECT count(*) FROM series") == 0
        with store.transaction():
            store.execute("INSERT INTO series (id, name) VALUES ('s1', 'one')")
        assert store.scalar("SELECT count(*) FROM series") == 1


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with open_store(url) as store, store.transaction():
        store.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    with pytest.raises(StoreError, match="newer"):
        open_store(url)


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_sqlite_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no folder"):
        open_store(f"sqlite:///{tmp_path / 'no' / 'a.db'}")


def test_the_installed_package_ships_the_migrations() -> None:
    from test_packaging import installed
    from conftest import SRC
    shipped = {str(f) for f in installed().files or ()}
    wanted = {str(p.relative_to(SRC)) for p in (SRC / "readouts/store/migrations").glob("*.sql")}
    assert wanted and wanted <= shipped, sorted(wanted - shipped)
