"""Exports: JSONL in extract's shape (re-scores, re-imports), CSV and Parquet rows with
types, iCalendar, GraphML; every one names the extractor version and the provenance."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from readouts.archive.export import export
from readouts.archive.filters import Filters
from readouts.archive.ingest import ingest
from readouts.model import EXTRACTOR_VERSION
from readouts.store import open_store

from archive_support import BACKENDS, store_url
from conftest import EXAMPLES, ROOT, jsonl, run_cli

SCORE = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module", params=BACKENDS)
def archive(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    url = store_url(request.param, tmp_path_factory.mktemp("export"))
    with open_store(url) as store:
        list(ingest(store, [str(EXAMPLES)]))
        yield store


def text_export(store, fmt: str, **filters) -> str:
    out = io.StringIO()
    export(store, fmt, out, filters=Filters(**filters))
    return out.getvalue()


def test_jsonl_is_extracts_shape_plus_provenance(archive) -> None:
    exported = {r["document"]["id"]: r for r in jsonl(text_export(archive, "jsonl"))}
    extracted = run_cli("extract", "--with-text", str(EXAMPLES))
    for record in jsonl(extracted.stdout):
        mine = exported[record["document"]["id"]]
        provenance = mine.pop("provenance")
        assert mine == record
        assert provenance["extractor_version"] == EXTRACTOR_VERSION
        assert {"url", "publisher", "captured", "licence", "attribution"} <= set(provenance)


def test_jsonl_reimports_into_an_equal_archive(archive, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(text_export(archive, "jsonl"), encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 'again.db'}") as again:
        assert {o.status for o in ingest(again, [str(dump)])} == {"stored"}
        assert {o.status for o in ingest(again, [str(dump)])} == {"unchanged"}
        query = "SELECT id, text, record, lineage FROM documents ORDER BY id"
        assert again.rows(query) == [
            {k: (v if k != "record" else v) for k, v in r.items()} for r in archive.rows(query)]
        assert again.scalar("SELECT count(*) FROM evidence") == archive.scalar(
            "SELECT count(*) FROM evidence")


@pytest.mark.skipif(not SCORE.exists(), reason="../shared/eval/score.py is absent")
def test_jsonl_rescores(archive, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    dump = tmp_path / "dump.jsonl"
    dump.write_text(text_export(archive, "jsonl"), encoding="utf-8")
    scored = subprocess.run([sys.executable, str(SCORE), "--gold", str(gold), "--pred",
                             str(dump)], capture_output=True, text=True)
    assert "Traceback" not in scored.stderr


def test_csv_one_row_per_participation_with_provenance(archive) -> None:
    rows = list(csv.DictReader(io.StringIO(text_export(archive, "csv"))))
    assert len(rows) == archive.scalar("SELECT count(*) FROM participations")
    assert all(r["extractor_version"] == EXTRACTOR_VERSION for r in rows)
    assert {r["truncated"] for r in rows} <= {"true", "false"}
    assert all(r["document_id"] and r["person_id"] and r["name"] for r in rows)
    gb = list(csv.DictReader(io.StringIO(text_export(archive, "csv", country="GB"))))
    assert gb and len(gb) < len(rows)


def test_parquet_has_typed_columns(archive) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    out = io.BytesIO()
    count = export(archive, "parquet", out)
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.num_rows == count == archive.scalar("SELECT count(*) FROM participations")
    schema = table.schema
    assert schema.field("date").type == pa.date32()
    assert schema.field("start_utc").type == pa.timestamp("ms", tz="UTC")
    assert schema.field("duration_minutes").type == pa.int32()
    assert schema.field("truncated").type == pa.bool_()
    assert schema.metadata[b"readouts.version"] == EXTRACTOR_VERSION.encode()
    assert set(table.column("extractor_version").to_pylist()) == {EXTRACTOR_VERSION}


def unfold(text: str) -> list[str]:
    assert "\r\n" in text and all(len(l.encode()) <= 75 for l in text.split("\r\n"))
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_events_in_utc_or_all_day(archive) -> None:
    lines = unfold(text_export(archive, "ics"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    events = archive.rows("SELECT id, date, start_utc, duration_minutes FROM events "
                          "WHERE date IS NOT NULL")
    assert lines.count("BEGIN:VEVENT") == len(events)
    for event in events:
        uid = lines.index(f"UID:{event['id']}@readouts")
        block = lines[uid:lines.index("END:VEVENT", uid)]
        start = next(l for l in block if l.startswith("DTSTART"))
        if event["start_utc"]:
            stamp = event["start_utc"].replace("-", "").replace(":", "")
            assert start == f"DTSTART:{stamp}"
            if event["duration_minutes"]:
                assert f"DURATION:PT{event['duration_minutes']}M" in block
        else:
            assert start == "DTSTART;VALUE=DATE:" + event["date"].replace("-", "")
        assert f"X-READOUTS-EXTRACTOR-VERSION:{EXTRACTOR_VERSION}" in block
        assert any(l.startswith("DESCRIPTION:Source: ") for l in block)
    assert any(l.startswith("DTSTART:") and l.endswith("Z") for l in lines)


def test_graphml_links_people_who_share_a_meeting(archive) -> None:
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(text_export(archive, "graphml"))
    graph = root.find("g:graph", ns)
    nodes = {n.get("id") for n in graph.findall("g:node", ns)}
    people = archive.scalar("SELECT count(DISTINCT person_id) FROM participations")
    assert len([n for n in graph.findall("g:node", ns)
                if n.find("g:data[@key='kind']", ns).text == "person"]) == people
    edges = graph.findall("g:edge", ns)
    assert edges and all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
    data = {d.get("key"): d.text for d in graph.findall("g:data", ns)}
    assert data["readouts_version"] == EXTRACTOR_VERSION
    assert len(json.loads(data["provenance"])) == 9
    try:
        import networkx
    except ImportError:
        return
    assert networkx.parse_graphml(text_export(archive, "graphml")).number_of_nodes() == len(nodes)


def test_cli_export_to_files(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert run_cli("ingest", str(EXAMPLES), "--db", db).returncode == 0
    for fmt in ("jsonl", "csv", "parquet", "ics", "graphml"):
        target = tmp_path / f"out.{fmt}"
        done = run_cli("export", "--db", db, "--format", fmt, "-o", str(target),
                       "--resolution", "wps")
        assert done.returncode == 0, done.stderr
        assert target.stat().st_size > 0
    bad = run_cli("export", "--db", db, "--format", "xls")
    assert bad.returncode == 2
    bad_query = run_cli("export", '"open', "--db", db, "--format", "csv")
    assert bad_query.returncode == 2 and b"Traceback" not in bad_query.stderr
