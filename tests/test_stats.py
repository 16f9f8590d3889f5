"""WPS figures on a small archive whose answers are known; both backends."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from readouts.archive.filters import Filters
from readouts.archive.ingest import ingest
from readouts.archive.stats import compute
from readouts.store import open_store

from archive_support import BACKENDS, store_url
from conftest import EXAMPLES, run_cli


@pytest.fixture(scope="module", params=BACKENDS)
def figures_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    url = store_url(request.param, tmp_path_factory.mktemp("stats"))
    with open_store(url) as store:
        list(ingest(store, [str(EXAMPLES)]))
        yield store


def test_gender_shares_add_up_and_show_unknown(figures_store) -> None:
    figures = compute(figures_store)
    rows = figures["participants_by_year"]
    total = figures_store.scalar("SELECT count(*) FROM participations")
    assert sum(r["total"] for r in rows if r["role"] == "all") == total
    for r in rows:
        assert r["women"] + r["men"] + r["unknown"] == r["total"]
        assert r["women_share"] == round(r["women"] / r["total"], 4)
        assert r["unknown_share"] == round(r["unknown"] / r["total"], 4)
    women = figures_store.scalar("SELECT count(*) FROM participations WHERE gender = 'female'")
    assert sum(r["women"] for r in rows if r["role"] == "all") == women
    by_publisher = figures["participants_by_publisher"]
    assert sum(r["total"] for r in by_publisher if r["role"] == "all") == total


def test_all_male_meetings_references_counterparts_offices(figures_store) -> None:
    figures = compute(figures_store)
    male = figures["all_male_events"]
    assert all(0 <= r["all_men"] <= r["meetings"] for r in male)
    refs = figures["resolution_references"]
    assert any(r["resolution"] == 1325 for r in refs)
    assert all(r["resolution"] in (1325, 1820, 1888, 1889, 1960, 2106, 2122, 2242, 2467, 2493)
               for r in refs)
    assert figures["top_counterparts"] and all(r["meetings"] >= 1 for r in figures["top_counterparts"])
    offices = figures_store.scalar("SELECT count(*) FROM offices")
    assert sum(r["meetings"] for r in figures["offices"]) == offices


def test_truncated_documents_can_be_left_out(figures_store) -> None:
    doc = figures_store.scalar("SELECT id FROM documents ORDER BY seq LIMIT 1")
    with figures_store.transaction():
        figures_store.execute("UPDATE documents SET truncated = 1 WHERE id = ?", (doc,))
    try:
        everything = compute(figures_store)
        kept = compute(figures_store, Filters(exclude_truncated=True))
        assert everything["documents"] == {"counted": 9, "truncated": 1}
        assert kept["documents"] == {"counted": 8, "truncated": 0}
        dropped = figures_store.scalar("SELECT count(*) FROM participations WHERE document_id = ?",
                                       (doc,))
        def total(f): return sum(r["total"] for r in f["participants_by_year"] if r["role"] == "all")
        assert total(everything) - total(kept) == dropped
    finally:
        with figures_store.transaction():
            figures_store.execute("UPDATE documents SET truncated = 0 WHERE id = ?", (doc,))


def test_cli_formats(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert run_cli("ingest", str(EXAMPLES), "--db", db).returncode == 0
    as_json = run_cli("stats", "--db", db, "--format", "json")
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout)["documents"]["counted"] == 9
    as_csv = run_cli("stats", "--db", db, "--format", "csv", "--exclude-truncated")
    assert as_csv.stdout.startswith(b"figure,row,column,value\n")
    table = run_cli("stats", "--db", db)
    assert b"women_share" in table.stdout and b"unknown_share" in table.stdout
