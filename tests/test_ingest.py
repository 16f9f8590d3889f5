"""Ingest: stores what extract reads, idempotent, re-extracts on a new extractor version,
keeps provenance and versions, records failures; both backends."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from readouts.archive.ingest import IngestOptions, ingest
from readouts.archive.provenance import Manifest
from readouts.store import open_store

from archive_support import db_url  # noqa: F401  (fixture)
from conftest import EXAMPLES, EXAMPLE_FILES, run_cli

COUNTED = ("documents", "events", "participations", "offices", "event_references",
           "evidence", "statements", "topics", "problems")


def counts(store) -> dict[str, int]:
    return {t: int(store.scalar(f"SELECT count(*) FROM {t}")) for t in COUNTED}


def statuses(outcomes) -> list[str]:
    return [o.status for o in outcomes]


def test_ingest_stores_every_example_and_a_rerun_changes_nothing(db_url: str) -> None:
    with open_store(db_url) as store:
        assert statuses(ingest(store, [str(EXAMPLES)])) == ["stored"] * len(EXAMPLE_FILES)
        first = counts(store)
        assert first["documents"] == len(EXAMPLE_FILES)
        assert first["participations"] > first["events"] > 0 and first["evidence"] > 100
        assert statuses(ingest(store, [str(EXAMPLES)])) == ["unchanged"] * len(EXAMPLE_FILES)
        assert counts(store) == first


def test_stored_rows_match_the_extracted_record(db_url: str) -> None:
    from readouts import extract_path
    path = EXAMPLES / "jp-wps-symposium-new-york.txt"
    record = extract_path(path).to_dict(with_text=True)
    with open_store(db_url) as store:
        list(ingest(store, [str(path)]))
        doc = store.rows("SELECT * FROM documents")[0]
        assert doc["id"] == record["document"]["id"] and doc["text"] == record["text"]
        stored = json.loads(doc["record"])
        assert stored == {k: v for k, v in record.items() if k != "text"}
        names = [r["name"] for r in store.rows(
            "SELECT name FROM participations ORDER BY event_id, idx")]
        assert names == [p["name"] for e in record["events"] for p in e["participants"]]
        # evidence reads back the words it came from
        for row in store.rows("SELECT path, quote FROM evidence_quotes"):
            spans = record["evidence"][row["path"]]
            assert row["quote"] in [record["text"][a:b] for a, b in spans]


def test_a_new_extractor_version_re_extracts(db_url: str) -> None:
    with open_store(db_url) as store:
        list(ingest(store, [str(EXAMPLES)]))
        before = counts(store)
        with store.transaction():
            store.execute("UPDATE documents SET extractor_version = 'old' WHERE source LIKE ?",
                          ("%uk-%",))
        result = statuses(ingest(store, [str(EXAMPLES)]))
        assert result.count("updated") == 3 and result.count("unchanged") == len(result) - 3
        assert counts(store) == before
        assert store.scalar("SELECT count(*) FROM documents WHERE extractor_version = 'old'") == 0


def event_keys(store) -> list[tuple[int, str, str]]:
    return [(r["seq"], r["eid"], r["pid"] or "") for r in store.rows(
        "SELECT d.seq, e.id AS eid, p.id AS pid FROM events e "
        "JOIN documents d ON d.id = e.document_id "
        "LEFT JOIN participations p ON p.event_id = e.id ORDER BY d.seq, e.idx, p.idx")]


def test_event_ids_follow_ingest_order_and_survive_re_extraction(db_url: str) -> None:
    # ids begin with the document's seq, so the indexes on them grow at their end
    with open_store(db_url) as store:
        list(ingest(store, [str(EXAMPLES)]))
        keys = event_keys(store)
        assert len({seq for seq, _, _ in keys}) == len(EXAMPLE_FILES)
        for seq, event_id, participation_id in keys:
            assert event_id.startswith(f"{seq:016d}:e")
            assert participation_id == "" or participation_id.startswith(event_id + ":p")
        assert [k[1] for k in keys] == sorted(k[1] for k in keys)
        with store.transaction():
            store.execute("UPDATE documents SET extractor_version = 'old'")
        assert set(statuses(ingest(store, [str(EXAMPLES)]))) == {"updated"}
        assert event_keys(store) == keys


def test_failures_are_recorded_and_cleared_when_fixed(db_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "later.txt"
    with open_store(db_url) as store:
        outcomes = list(ingest(store, [str(bad), str(EXAMPLES / "jp-telephone-talk.txt")]))
        assert statuses(outcomes) == ["failed", "stored"]
        assert outcomes[0].code == "not_found"
        assert store.rows("SELECT source, code FROM failed_documents") == [
            {"source": str(bad), "code": "not_found"}]
        list(ingest(store, [str(bad)]))  # failing again is not a second problem
        assert store.scalar("SELECT count(*) FROM problems WHERE kind = 'error'") == 1
        bad.write_text((EXAMPLES / "uk-pm-meeting-ghana.txt").read_text())
        assert statuses(ingest(store, [str(bad)])) == ["stored"]
        assert store.scalar("SELECT count(*) FROM problems WHERE kind = 'error'") == 0


def test_manifest_provenance_and_recaptures_are_versions(db_url: str, tmp_path: Path) -> None:
    text = (EXAMPLES / "uk-pm-meeting-ghana.txt").read_text()
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text + "\nUpdated: a correction to the readout.\n")
    with open(tmp_path / "manifest.csv", "w", newline="") as handle:
        rows = csv.writer(handle)
        rows.writerow(["path", "url", "publisher", "captured", "license", "attribution"])
        rows.writerow(["a.txt", "https://example.org/r/1", "Prime Minister's Office",
                       "2024-01-02", "OGL v3.0", "Crown copyright"])
        rows.writerow(["b.txt", "https://example.org/r/1", "Prime Minister's Office",
                       "2024-02-01", "OGL v3.0", "Crown copyright"])
    manifest = Manifest.read(str(tmp_path / "manifest.csv"))
    with open_store(db_url) as store:
        list(ingest(store, [str(tmp_path / "b.txt"), str(tmp_path / "a.txt")],
                    IngestOptions(manifest=manifest)))
        docs = store.rows("SELECT source, url, licence, attribution, captured, is_current, "
                          "lineage, provenance_from FROM documents ORDER BY captured")
        assert [d["is_current"] for d in docs] == [0, 1]  # the later capture is current
        assert {d["lineage"] for d in docs} == {"https://example.org/r/1"}
        assert docs[1]["licence"] == "OGL v3.0" and docs[1]["attribution"] == "Crown copyright"
        assert docs[1]["provenance_from"] == "manifest"
        assert store.scalar("SELECT count(*) FROM participants") == store.scalar(
            "SELECT count(*) FROM participations WHERE document_id = (SELECT id FROM documents "
            "WHERE is_current = 1)")


def test_html_page_provenance_comes_from_the_page(db_url: str) -> None:
    page = EXAMPLES / "jp-kenya-foreign-ministers-meeting.html"
    with open_store(db_url) as store:
        list(ingest(store, [str(page)]))
        doc = store.rows("SELECT url, publisher, provenance_from FROM documents")[0]
    assert doc["provenance_from"] == "page" and doc["url"]


def test_a_pool_of_workers_stores_the_same_rows(tmp_path: Path) -> None:
    from archive_support import make_corpus
    corpus = make_corpus(tmp_path / "corpus", 80)
    results = []
    for jobs in (1, 2):
        with open_store(f"sqlite:///{tmp_path / f'j{jobs}.db'}") as store:
            assert set(statuses(ingest(store, [str(tmp_path / "corpus")],
                                       IngestOptions(jobs=jobs, batch=16)))) == {"stored"}
            results.append((counts(store), store.rows(
                "SELECT id FROM documents ORDER BY id")))
    assert results[0] == results[1] and len(results[0][1]) == len(corpus)


def test_cli_exit_status_and_problems(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'a.db'}"
    ok = run_cli("ingest", str(EXAMPLES / "jp-telephone-talk.txt"), "--db", db)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == b""
    failed = run_cli("ingest", str(tmp_path / "missing.txt"), "--db", db)
    assert failed.returncode == 1 and b"not_found" in failed.stderr
    listed = run_cli("problems", "--db", db, "--format", "json")
    assert listed.returncode == 0
    assert [p["code"] for p in json.loads(listed.stdout)] == ["not_found"]
    usage = run_cli("ingest", "--db", "mysql://x/y", str(EXAMPLES))
    assert usage.returncode == 2 and b"Traceback" not in usage.stderr
    assert b"unknown database scheme" in usage.stderr


def test_cli_reads_readouts_db_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_DB", f"sqlite:///{tmp_path / 'env.db'}")
    done = run_cli("ingest", str(EXAMPLES / "jp-telephone-talk.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.db").exists()


def test_people_and_meetings_are_resolved_across_documents(db_url: str, tmp_path: Path) -> None:
    """Two readouts naming the same people on the same day: one person each, one meeting."""
    from archive_support import make_corpus
    make_corpus(tmp_path / "c", 18)  # each example twice, the copies' bytes differ
    with open_store(db_url) as store:
        list(ingest(store, [str(tmp_path / "c")]))
        named = store.rows("SELECT name, count(DISTINCT person_id) AS ids, "
                           "count(DISTINCT document_id) AS docs FROM participations "
                           "GROUP BY name")
        assert named and all(r["ids"] == 1 for r in named if r["docs"] == 2)
        assert store.scalar("SELECT count(DISTINCT meeting_id) FROM events") < store.scalar(
            "SELECT count(*) FROM events")
        assert store.scalar("SELECT value FROM archive_state WHERE key = 'people_stale'") == "0"
        orphans = store.scalar("SELECT count(*) FROM people WHERE id NOT IN "
                               "(SELECT person_id FROM participations)")
        assert orphans == 0
