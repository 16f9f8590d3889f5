"""The JSON API and the pages, through the app in-process (no server), on both backends:
reads with filters and pagination, the one error shape, tokens, corrections that survive
re-ingest and export with the data, merge and split through the registry, escaping."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from archive_support import BACKENDS, store_url
from conftest import EXAMPLES, run_cli

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from readouts.archive.ingest import IngestOptions, ingest  # noqa: E402
from readouts.archive.search import SearchOptions, search  # noqa: E402
from readouts.archive.stats import compute  # noqa: E402
from readouts.archive.tokens import create_token  # noqa: E402
from readouts.store import open_store  # noqa: E402
from readouts.web import WebOptions, create_app  # noqa: E402

SCRIPT_READOUT = """Foreign Secretary meets French Foreign Minister <script>alert('x')</script>

Press release

Foreign Secretary Eleanor Pryce-Whitmore met French Foreign Minister Jean Dupont in London on 5 March 2024.

They discussed <b>women, peace and security</b> and resolution 1325.
"""


@pytest.fixture(scope="module", params=BACKENDS)
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp(f"web-{request.param}")
    corpus = folder / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "script-in-text.txt").write_text(SCRIPT_READOUT, encoding="utf-8")
    url = store_url(request.param, folder)
    registry = folder / "registry.csv"
    registry.write_text("action,person,name,wikidata,title,country,from,to,publisher,"
                        "mention,note\n", encoding="utf-8")
    with open_store(url) as store:
        list(ingest(store, [str(corpus)], IngestOptions(jobs=1, registry=str(registry))))
        token = create_token(store, "reviewer").token
    app = create_app(WebOptions(db=url, registry=str(registry), max_body=64 * 1024))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield {"client": client, "db": url, "token": token, "corpus": corpus,
               "registry": registry, "app": app}


def auth(site: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {site['token']}"}


def first_event(client: TestClient, **params: Any) -> dict[str, Any]:
    items = client.get("/api/events", params=params).json()["items"]
    assert items, params
    return items[0]


# --- one error shape ------------------------------------------------------------------------

def assert_error(response: Any, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code


def test_every_error_has_one_shape(site, monkeypatch) -> None:
    client = site["client"]
    assert_error(client.get("/api/events/nope:e0"), 404, "not_found")
    assert_error(client.get("/api/no-such-route"), 404, "not_found")
    assert_error(client.get("/api/events", params={"limit": 0}), 422, "invalid")
    assert_error(client.get("/api/events", params={"from": "last week"}), 422, "invalid")
    assert_error(client.get("/api/search", params={"q": '"unclosed'}), 422, "bad_query")
    assert_error(client.delete("/api/events"), 405)
    body = {"document_id": "x", "path": "events[0].date", "value": "2024-01-01",
            "reason": "r"}
    no_token = client.post("/api/corrections", json=body)
    assert_error(no_token, 401, "unauthorized")
    assert no_token.headers["www-authenticate"] == "Bearer"
    assert_error(client.post("/api/corrections", json=body,
                             headers={"Authorization": "Bearer rdt_nope_nope"}), 403, "forbidden")
    assert_error(client.post("/api/corrections", json={"reason": "x" * 100_000},
                             headers=auth(site)), 413, "too_large")
    assert_error(client.post("/api/corrections", content=b"{not json",
                             headers={**auth(site), "content-type": "application/json"}),
                 422, "invalid")

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret detail")

    monkeypatch.setattr("readouts.web.views.list_documents", broken)
    response = client.get("/api/documents")
    assert_error(response, 500, "internal")
    assert "secret" not in response.text


def test_pages_show_errors_as_pages(site) -> None:
    response = site["client"].get("/events/nope:e0", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no event nope:e0" in response.text


# --- reads ----------------------------------------------------------------------------------

def test_lists_are_paginated_with_totals(site) -> None:
    client = site["client"]
    whole = client.get("/api/documents", params={"limit": 500}).json()
    assert whole["total"] == len(whole["items"]) == 10
    first = client.get("/api/documents", params={"limit": 3}).json()
    second = client.get("/api/documents", params={"limit": 3, "offset": 3}).json()
    assert [d["id"] for d in first["items"] + second["items"]] == \
        [d["id"] for d in whole["items"][:6]]
    events = client.get("/api/events", params={"limit": 2}).json()
    assert events["limit"] == 2 and len(events["items"]) == 2 and events["total"] >= 10


def test_event_values_point_at_their_words(site) -> None:
    client = site["client"]
    event = first_event(client, person="Pryce-Whitmore", **{"from": "2024"})
    view = client.get(f"/api/events/{event['id']}").json()
    text = view["document"]["text"]
    fields = view["fields"]["event"] + [f for p in view["fields"]["participants"]
                                        for f in p["fields"]]
    spanned = [f for f in fields if f["spans"]]
    assert {f["label"] for f in spanned} >= {"date", "city", "name", "role"}
    for f in spanned:
        for start, end in f["spans"]:
            assert text[start:end].strip()
    date = next(f for f in spanned if f["label"] == "date")
    assert "5 March 2024" in " ".join(text[s:e] for s, e in date["spans"])


def test_filters_search_and_facets_match_the_library(site) -> None:
    client = site["client"]
    got = client.get("/api/search", params={"q": "minister", "country": "JP",
                                            "limit": 5}).json()
    from readouts.archive.filters import Filters
    with open_store(site["db"]) as store:
        want = search(store, SearchOptions("minister", Filters(country="JP"), 5, 0)).to_dict()
        figures = compute(store, Filters(date_from="2023"))
    assert got["total"] == want["total"] and got["facets"] == want["facets"]
    assert [h["document_id"] for h in got["hits"]] == [h["document_id"] for h in want["hits"]]
    assert all(h["highlights"] for h in got["hits"])
    assert client.get("/api/stats", params={"from": "2023"}).json() == figures
    typed = client.get("/api/events", params={"type": "telephone_talk"}).json()
    assert typed["total"] >= 1 and {e["type"] for e in typed["items"]} == {"telephone_talk"}


def test_people_and_organisations(site) -> None:
    client = site["client"]
    people = client.get("/api/people", params={"q": "pryce"}).json()
    assert people["total"] >= 1
    person = client.get(f"/api/people/{people['items'][0]['id']}").json()
    assert person["events"] and all("counterparts" in e for e in person["events"])
    orgs = client.get("/api/organisations").json()
    if orgs["items"]:
        assert client.get(f"/api/organisations/{orgs['items'][0]['id']}").status_code == 200


def test_exports(site) -> None:
    client = site["client"]
    response = client.get("/api/export", params={"format": "csv", "country": "GB"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and "extractor_version" in rows[0]
    jsonl = client.get("/api/export", params={"format": "jsonl"})
    assert len(jsonl.text.splitlines()) == 10
    assert_error(client.get("/api/export", params={"format": "pdf"}), 422)


# --- writes ---------------------------------------------------------------------------------

def test_corrections_win_survive_reingest_undo_and_export(site) -> None:
    client = site["client"]
    event = first_event(client, person="Dupont")
    view = client.get(f"/api/events/{event['id']}").json()
    document_id = view["document"]["id"]
    path = f"events[{event['idx']}].participants[1].gender"
    body = {"document_id": document_id, "path": path, "value": "male",
            "reason": "the text calls him Mr. Dupont"}
    made = client.post("/api/corrections", json=body, headers=auth(site))
    assert made.status_code == 201, made.text
    correction = made.json()
    assert correction["author"] == "reviewer" and correction["old_value"] is None
    assert correction["new_value"] == "male" and correction["active"]

    def gender() -> Any:
        people = client.get(f"/api/events/{event['id']}").json()["participants"]
        return people[1]["gender"]

    assert gender() == "male"
    assert client.get("/api/events", params={"person": "Dupont", "role": "counterpart"}
                      ).json()["total"] >= 1

    # re-extraction by a newer extractor, then a plain re-ingest: still in force
    with open_store(site["db"]) as store:
        store.execute("UPDATE documents SET extractor_version = '0.0.1'")
        assert {o.status for o in ingest(store, [str(site["corpus"])], IngestOptions(jobs=1))} \
            == {"updated"}
        assert {o.status for o in ingest(store, [str(site["corpus"])], IngestOptions(jobs=1))} \
            == {"unchanged"}
    assert gender() == "male"

    exported = [json.loads(line) for line in client.get(
        "/api/export", params={"format": "jsonl"}).text.splitlines()]
    mine = next(r for r in exported if r["document"]["id"] == document_id)
    assert mine["events"][event["idx"]]["participants"][1]["gender"] == "male"
    assert mine["corrections"][0]["reason"] == "the text calls him Mr. Dupont"
    rows = list(csv.DictReader(io.StringIO(client.get(
        "/api/export", params={"format": "csv", "person": "Dupont"}).text)))
    assert "male" in {r["gender"] for r in rows}

    # bad corrections say what is wrong
    for bad, code in (({**body, "value": "unknown"}, "bad_correction"),
                      ({**body, "path": "events[0].participants[9].gender"}, "bad_correction"),
                      ({**body, "path": "text"}, "invalid"),
                      ({**body, "document_id": "0" * 64}, "not_found"),
                      ({**body, "reason": ""}, "invalid")):
        response = client.post("/api/corrections", json=bad, headers=auth(site))
        assert_error(response, 404 if code == "not_found" else 422, code)

    undone = client.post(f"/api/corrections/{correction['id']}/undo", headers=auth(site))
    assert undone.status_code == 200 and undone.json()["undone_by"] == "reviewer"
    assert gender() is None
    assert_error(client.post(f"/api/corrections/{correction['id']}/undo",
                             headers=auth(site)), 422)
    history = client.get("/api/corrections", params={"document_id": document_id}).json()
    assert history["total"] == 1 and not history["items"][0]["active"]


def test_correct_and_undo_from_the_event_page(site) -> None:
    client = site["client"]
    event = first_event(client, person="Dupont")
    path = f"events[{event['idx']}].location.city"
    form = {"path": path, "value": "Paris", "reason": "test", "token": "wrong"}
    refused = client.post(f"/events/{event['id']}/corrections", data=form)
    assert refused.status_code == 403 and "not valid" in refused.text
    done = client.post(f"/events/{event['id']}/corrections",
                       data={**form, "token": site["token"]}, follow_redirects=False)
    assert done.status_code == 303
    page = client.get(done.headers["location"])
    assert "corrected; extracted: London" in page.text
    correction = client.get("/api/corrections").json()["items"][0]
    undone = client.post(f"/corrections/{correction['id']}/undo",
                         data={"event": event["id"], "token": site["token"]},
                         follow_redirects=False)
    assert undone.status_code == 303
    assert client.get(f"/api/events/{event['id']}").json()["event"]["city"] == "London"


def test_merge_and_split_write_the_registry(site) -> None:
    client = site["client"]
    a = client.get("/api/people", params={"q": "Pryce-Whitmore"}).json()["items"][0]
    b = client.get("/api/people", params={"q": "Dupont"}).json()["items"][0]
    refused = client.post(f"/api/people/{a['id']}/merge", json={"other": b["id"],
                                                               "reason": "x"})
    assert_error(refused, 401)
    merged = client.post(f"/api/people/{a['id']}/merge",
                         json={"other": b["id"], "reason": "test merge"}, headers=auth(site))
    assert merged.status_code == 200, merged.text
    target = merged.json()["person_id"]
    text = site["registry"].read_text(encoding="utf-8")
    assert f"merge,{target}," in text and "test merge" in text
    person = client.get(f"/api/people/{target}").json()
    assert {"Eleanor Pryce-Whitmore", "Jean Dupont"} <= set(person["names"])

    dupont = [e["participation_id"] for e in person["events"] if e["name"] == "Jean Dupont"]
    split = client.post(f"/api/people/{target}/split",
                        json={"participations": dupont, "reason": "test split"},
                        headers=auth(site))
    assert split.status_code == 200, split.text
    again = client.get(f"/api/people/{split.json()['person_id']}").json()
    assert set(again["names"]) == {"Jean Dupont"}


# --- safe by default --------------------------------------------------------------------------

def test_readout_text_and_values_are_escaped(site) -> None:
    client = site["client"]
    event = first_event(client, person="Dupont")
    html = client.get(f"/events/{event['id']}").text
    assert "<script>alert" not in html and "<b>women" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    search = client.get("/search", params={"q": "Dupont"}).text
    assert "<script>alert" not in search
    response = client.get("/")
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_pages_work_without_javascript(site) -> None:
    client = site["client"]
    for path in ("/", "/search?q=women", "/events", "/people", "/organisations", "/dashboard",
                 "/problems", "/problems?all=true", "/docs"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
    dashboard = client.get("/dashboard").text
    assert dashboard.count("<svg") >= 6 and 'href="/events?' in dashboard
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs
    assert "cdn" not in docs.lower() and "https://" not in docs
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "readouts"


# --- command line -----------------------------------------------------------------------------

def test_token_commands(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'a.db'}"
    made = run_cli("token", "create", "alice", "--db", db)
    assert made.returncode == 0, made.stderr
    token = made.stdout.decode().strip()
    assert token.startswith("rdt_")
    with open_store(db) as store:
        stored = store.rows("SELECT * FROM tokens")
        assert token not in json.dumps(stored)
        from readouts.archive.tokens import check_token
        assert check_token(store, token) == "alice"
    listed = run_cli("token", "list", "--db", db).stdout.decode()
    token_id = token.split("_")[1]
    assert token_id in listed and "alice" in listed and token not in listed
    assert run_cli("token", "revoke", token_id, "--db", db).returncode == 0
    assert run_cli("token", "revoke", token_id, "--db", db).returncode == 2
    with open_store(db) as store:
        assert check_token(store, token) is None


def test_serve_binds_localhost_by_default(tmp_path: Path) -> None:
    help_text = " ".join(run_cli("serve", "--help").stdout.decode().split())
    assert "[default: 127.0.0.1]" in help_text and "[default: 8000;" in help_text
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from conftest import SRC
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(SRC))
    server = subprocess.Popen([sys.executable, "-m", "readouts", "serve", "--db",
                               f"sqlite:///{tmp_path / 'a.db'}", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=2) as r:
                    assert json.load(r)["documents"] == 0
                    break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        listening = [line for line in open("/proc/net/tcp").read().splitlines()[1:]
                     if line.split()[1].endswith(f":{port:04X}") and line.split()[3] == "0A"]
        assert listening and all(line.split()[1].startswith("0100007F:") for line in listening)
    finally:
        server.terminate()
        server.wait(10)


def test_corrections_travel_with_a_jsonl_export(tmp_path: Path) -> None:
    from readouts.archive import corrections as corr
    from readouts.archive.export import export
    from readouts.store import open_store as open_

    with open_(f"sqlite:///{tmp_path / 'a.db'}") as first:
        list(ingest(first, [str(EXAMPLES)], IngestOptions(jobs=1)))
        doc = first.scalar("SELECT document_id FROM participations WHERE role = 'counterpart' "
                           "ORDER BY document_id LIMIT 1")
        extracted = first.scalar("SELECT city FROM events WHERE document_id = ? AND idx = 0",
                                 (doc,))
        made = corr.correct(first, doc, "events[0].location.city", "Atlantis", "test", "ana")
        corr.correct(first, doc, "events[0].location.city", "Avalon", "second", "ben")
        corr.undo(first, made["id"], "ana")
        dump = tmp_path / "dump.jsonl"
        with dump.open("w", encoding="utf-8") as out:
            export(first, "jsonl", out)
    with open_(f"sqlite:///{tmp_path / 'b.db'}") as second:
        list(ingest(second, [str(dump)], IngestOptions(jobs=1)))
        list(ingest(second, [str(dump)], IngestOptions(jobs=1)))      # once only
        history = corr.list_corrections(second, doc)
        assert [(c["new_value"], c["author"], c["active"]) for c in history] == [
            ("Avalon", "ben", True), ("Atlantis", "ana", False)]
        city = "SELECT city FROM events WHERE document_id = ? AND idx = 0"
        assert second.scalar(city, (doc,)) == "Avalon"
        corr.undo(second, history[0]["id"], "ben")
        assert second.scalar(city, (doc,)) == extracted


def test_pages_are_paged_with_ordinary_links(tmp_path: Path) -> None:
    from archive_support import make_corpus
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with open_store(url) as store:
        list(ingest(store, [str(p) for p in make_corpus(tmp_path / "corpus", 45)],
                    IngestOptions(jobs=1)))
    with TestClient(create_app(WebOptions(db=url))) as client:
        for path in ("/search?q=minister", "/events", "/events?from=2020"):
            first = client.get(path)
            assert first.status_code == 200 and 'rel="next"' in first.text, path
            second = client.get(path + ("&" if "?" in path else "?") + "page=2")
            assert second.status_code == 200 and 'rel="prev"' in second.text, path
            assert "Page 2 of" in second.text
