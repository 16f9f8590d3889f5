"""An ingest killed with SIGKILL midway leaves a consistent store, and running it again ends
with exactly the documents (and rows) of an uninterrupted run; both backends."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from readouts.store import open_store

from archive_support import BACKENDS, make_corpus, store_url, wait_for
from conftest import SRC

DOCS = 400
TABLES = ("documents", "events", "participations", "offices", "event_references", "evidence",
          "statements", "topics", "problems", "people")


def ingest_command(corpus: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "readouts", "ingest", str(corpus), "--db", url,
            "--batch", "8", "--jobs", "1", "--no-progress"]


def env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])]))


def snapshot(url: str) -> dict[str, object]:
    with open_store(url) as store:
        out: dict[str, object] = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}
        out["ids"] = [r["id"] for r in store.rows("SELECT id FROM documents ORDER BY id")]
        # events and participations by what they are (document, event, position), not by their
        # ids: those begin with the document's ingest order, which PostgreSQL's identity leaves
        # gaps in when a killed transaction had drawn numbers
        out["participations"] = store.rows(
            "SELECT e.document_id, e.idx AS event_idx, p.idx, p.person_id, p.name, p.role "
            "FROM participations p JOIN events e ON e.id = p.event_id "
            "ORDER BY e.document_id, e.idx, p.idx")
        out["meetings"] = store.rows(
            "SELECT document_id, idx, meeting_id FROM events ORDER BY document_id, idx")
        return out


def stored(url: str) -> int:
    try:
        with open_store(url) as store:
            return int(store.scalar("SELECT count(*) FROM documents"))
    except Exception:
        return 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_sigkill_midway_then_rerun_equals_an_uninterrupted_run(backend: str,
                                                              tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, DOCS)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    whole, killed = store_url(backend, tmp_path / "a"), store_url(backend, tmp_path / "b")

    done = subprocess.run(ingest_command(corpus, whole), env=env(), capture_output=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr.decode()

    process = subprocess.Popen(ingest_command(corpus, killed), env=env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert wait_for(lambda: stored(killed) >= DOCS // 4, timeout=120), "ingest never began"
        assert process.poll() is None, "ingest finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    partial = stored(killed)
    assert 0 < partial < DOCS  # killed midway: some, not all

    rerun = subprocess.run(ingest_command(corpus, killed), env=env(), capture_output=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert f"{DOCS - partial} stored".encode() in rerun.stderr
    assert snapshot(killed) == snapshot(whole)
