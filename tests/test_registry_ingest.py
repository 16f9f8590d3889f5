"""Ingest with the documented example registry: an office the registry maps to a person who
has no mention of their own still gets a row in `people` (it once broke a foreign key)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import EXAMPLES, ROOT, run_cli


def test_ingest_with_the_example_registry_maps_offices_to_people(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run = run_cli("ingest", str(EXAMPLES), "--db", f"sqlite:///{db}",
                  "--registry", str(ROOT / "tests" / "fixtures" / "registry.csv"))
    assert run.returncode == 0, run.stderr
    rows = sqlite3.connect(db).execute(
        "SELECT o.title, o.person_id, p.id FROM offices o LEFT JOIN people p ON p.id = o.person_id").fetchall()
    mapped = [r for r in rows if r[1] is not None]
    assert mapped, rows
    assert all(person == row_id for _, person, row_id in mapped)
