"""Search: the query language, filters, ranking, snippets, facets; the same answers on both
backends; malformed queries are usage errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from readouts.archive.filters import FilterError, Filters
from readouts.archive.ingest import ingest
from readouts.archive.query import QueryError, contradictory, parse, to_fts5, to_tsquery
from readouts.archive.search import SearchOptions, search, split_highlights
from readouts.store import open_store

from archive_support import BACKENDS, store_url
from conftest import EXAMPLES, run_cli


@pytest.fixture(scope="module", params=BACKENDS)
def archive(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    url = store_url(request.param, tmp_path_factory.mktemp("search"))
    with open_store(url) as store:
        list(ingest(store, [str(EXAMPLES)]))
        yield store


def ids(result) -> set[str]:
    return {h.document_id for h in result.hits}


def find(store, query: str = "", **filters) -> object:
    return search(store, SearchOptions(query, Filters(**filters), limit=50))


@pytest.mark.parametrize("text, fts5, tsquery", [
    ("women", '"women"', "((women))"),
    ('"peace and security"', '"peace and security"', "((peace <-> and <-> security))"),
    ("climate OR energy", '("climate" OR "energy")', "((climate) | (energy))"),
    ("minister -japan", '"minister" NOT "japan"', "((minister)) & !((japan))"),
    ("disarm*", '"disarm"*', "((disarm:*))"),
    ("UN-Women", '"un women"', "((un <-> women))"),
])
def test_query_language(text: str, fts5: str, tsquery: str) -> None:
    assert to_fts5(parse(text)) == fts5
    assert to_tsquery(parse(text)) == tsquery


@pytest.mark.parametrize("bad", ['"open', "OR women", "women OR", "-women", "NOT", "wo*men",
                                 "***", "a OR -b"])
def test_malformed_queries_say_what_is_wrong(bad: str) -> None:
    with pytest.raises(QueryError):
        parse(bad)


@pytest.mark.parametrize("text, empty", [
    ("economic -economic", True), ("a OR b -a -b", True), ("a OR b -a", False),
    ('"peace and security" -"peace and security"', True), ("peace -peace*", False),
    ("a -b", False), ("", False),
])
def test_contradictory_queries_are_known_before_running(text: str, empty: bool) -> None:
    assert contradictory(parse(text)) is empty


def test_a_contradictory_query_matches_nothing_quickly(archive) -> None:
    assert find(archive, "minister").total > 0
    result = search(archive, SearchOptions("minister -minister"))
    assert result.total == 0 and not result.hits
    assert set(result.facets) == {"type", "year", "publisher", "country", "role", "gender",
                                  "topic"} and not any(result.facets.values())


def test_pages_are_slices_of_one_ranking(archive) -> None:
    whole = [h.document_id for h in find(archive, "minister").hits]
    paged = [h.document_id for n in range(0, len(whole), 2)
             for h in search(archive, SearchOptions("minister", limit=2, offset=n,
                                                    facets=False)).hits]
    assert paged == whole and len(whole) > 2


def test_highlights_are_offsets_into_the_snippet() -> None:
    plain, marks = split_highlights("the \ue000Minister\ue001 met \ue000her\ue001")
    assert plain == "the Minister met her"
    assert [plain[a:b] for a, b in marks] == ["Minister", "her"]


def test_ranked_hits_with_highlighted_snippets(archive) -> None:
    result = find(archive, "women peace security")
    assert result.total >= 2
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)
    for hit in result.hits:
        words = {hit.snippet[a:b].lower() for a, b in hit.highlights}
        assert words and words <= {"women", "peace", "security", "woman"}


def test_stemming_finds_other_forms(archive) -> None:
    assert ids(find(archive, "meeting")) and ids(find(archive, "meetings")) == ids(find(archive, "meeting"))


def test_phrase_or_not_and_prefix(archive) -> None:
    phrase = ids(find(archive, '"peace and security"'))
    assert phrase and phrase <= ids(find(archive, "peace security"))
    either = ids(find(archive, "Ghana OR Kenya"))
    assert either == ids(find(archive, "Ghana")) | ids(find(archive, "Kenya"))
    without = ids(find(archive, "minister -Ghana"))
    assert without == ids(find(archive, "minister")) - ids(find(archive, "Ghana"))
    assert ids(find(archive, "secur*")) >= ids(find(archive, "security"))


def test_filters(archive) -> None:
    everything = ids(find(archive))
    assert len(everything) == 9
    gb = ids(find(archive, country="GB"))
    assert gb and gb < everything
    wps = ids(find(archive, resolution="1325"))
    assert wps and wps == ids(find(archive, resolution="1325")) and wps <= ids(find(archive, resolution="wps"))
    calls = find(archive, type="telephone_talk")
    assert calls.hits and all(h.type == "telephone_talk" for h in calls.hits)
    dated = find(archive, date_from="2024", date_to="2024-12")
    assert dated.hits and all(h.date.startswith("2024") for h in dated.hits)
    takemura = find(archive, person="takemura", role="principal")
    assert takemura.hits and all(any("TAKEMURA" in p.upper() for p in h.people)
                                 for h in takemura.hits)
    assert not find(archive, person="takemura", role="counterpart").hits
    assert ids(find(archive, "women", country="GB")) == ids(find(archive, "women")) & gb


def test_facets_count_every_match(archive) -> None:
    result = search(archive, SearchOptions("minister", limit=1))
    assert len(result.hits) == 1 and result.total > 1
    types = {f["value"]: f["count"] for f in result.facets["type"]}
    assert sum(types.values()) >= result.total
    assert {"type", "year", "publisher", "country", "role", "gender", "topic"} == set(result.facets)


def test_bad_filters_are_refused(archive) -> None:
    with pytest.raises(FilterError):
        find(archive, date_from="last year")
    with pytest.raises(FilterError):
        find(archive, resolution="all")


def test_both_backends_answer_alike(tmp_path: Path) -> None:
    answers, filtered = [], []
    for backend in BACKENDS:
        with open_store(store_url(backend, tmp_path)) as store:
            list(ingest(store, [str(EXAMPLES)]))
            answers.append([(q, sorted(ids(find(store, q))))
                            for q in ("women", '"prime minister"', "Ghana OR Chile",
                                      "minister -Ghana", "secur*", "minister -minister")])
            filtered.append([(k, sorted(ids(find(store, "minister", **{k: v}))))
                            for k, v in (("role", "principal"), ("country", "GB"),
                                         ("type", "telephone_talk"), ("exclude_truncated", True))])
    assert answers[0] == answers[1] and filtered[0] == filtered[1]


def test_cli_search_json_table_and_errors(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert run_cli("ingest", str(EXAMPLES), "--db", db).returncode == 0
    out = run_cli("search", "women", "--db", db, "--format", "json", "--country", "GB")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["total"] == len(data["hits"]) > 0 and "facets" in data
    table = run_cli("search", "women", "--db", db)
    assert table.returncode == 0 and b"[" in table.stdout and b"facets" in table.stdout
    for bad in ('"women', "OR", "-x"):
        err = run_cli("search", bad, "--db", db)
        assert err.returncode == 2, bad
        assert b"Traceback" not in err.stderr and b"Error:" in err.stderr
    bad_date = run_cli("search", "x", "--db", db, "--from", "yesterday")
    assert bad_date.returncode == 2 and b"--from" in bad_date.stderr


@pytest.mark.parametrize("query", ["minister", '"prime minister"', "secur*", "Ghana OR Kenya",
                                   "minister -Ghana", "women peace"])
@pytest.mark.parametrize("filters", [{}, {"role": "principal"}, {"country": "GB"},
                                     {"exclude_truncated": True}, {"type": "meeting"}])
def test_a_page_is_the_same_with_or_without_facets(archive, query: str, filters: dict) -> None:
    """Facets or not, the same hits, scores and snippets (made while ranking or after it),
    page by page, and the same total (counted, or the size of the set of matches)."""
    for offset in (0, 2):
        pages = [search(archive, SearchOptions(query, Filters(**filters), limit=2, offset=offset,
                                               facets=facets)) for facets in (False, True)]
        assert [h.to_dict() for h in pages[0].hits] == [h.to_dict() for h in pages[1].hits]
        assert pages[0].total == pages[1].total
        assert all(h.snippet and h.highlights for h in pages[0].hits)


def _found(store, query: str) -> list[str]:
    answers = [sorted(h.document_id for h in search(store, SearchOptions(query, facets=facets)).hits)
               for facets in (False, True)]
    assert answers[0] == answers[1]
    if store.dialect == "sqlite":   # the index agrees with its content, the current texts
        store.execute("INSERT INTO documents_fts(documents_fts, rank) "
                      "VALUES ('integrity-check', 1)")
    return answers[0]


def _two_captures(store) -> None:
    """Two captures of one page: "old" (no longer current) and "new"."""
    with store.transaction():
        for doc_id, current, text in (("old", 0, "The ministers discussed fisheries."),
                                      ("new", 1, "The ministers discussed security.")):
            store.execute(
                "INSERT INTO documents (id, lineage, is_current, source, title, text, "
                "extractor_version, record, ingested_at) VALUES (?, 'url:x', ?, 'x.txt', "
                "'Talks', ?, '0', '{}', '2024-01-01')", (doc_id, current, text))


@pytest.mark.parametrize("backend", BACKENDS)
def test_only_current_captures_are_searched_whatever_changes(backend: str, tmp_path: Path) -> None:
    """A capture is searched while it is current, with its title as it is then (SQLite's
    full-text index holds current captures only and follows every change: migration 0010)."""
    with open_store(store_url(backend, tmp_path)) as store:
        _two_captures(store)
        assert _found(store, "ministers") == ["new"] and _found(store, "fisheries") == []
        with store.transaction():
            store.execute("UPDATE documents SET is_current = 1 - is_current")
        assert _found(store, "ministers") == ["old"] and _found(store, "fisheries") == ["old"]
        with store.transaction():
            store.execute("UPDATE documents SET title = 'Ocean talks' WHERE id = 'old'")
            store.execute("UPDATE documents SET title = 'Harbour talks' WHERE id = 'new'")
        assert _found(store, "ocean") == ["old"] and _found(store, "harbour") == []
        with store.transaction():
            store.execute("DELETE FROM documents WHERE id = 'old'")
        assert _found(store, "ministers") == [] and _found(store, "ocean") == []
        with store.transaction():
            store.execute("UPDATE documents SET is_current = 1 WHERE id = 'new'")
        assert _found(store, "harbour") == ["new"] and _found(store, "security") == ["new"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_archive_from_before_0010_keeps_its_current_captures_searchable(
        backend: str, tmp_path: Path) -> None:
    from readouts.store import migrate
    url = store_url(backend, tmp_path)
    with open_store(url, migrate_schema=False) as store:
        migrate(store, target=9)
        _two_captures(store)
    with open_store(url) as store:
        assert _found(store, "ministers") == ["new"] and _found(store, "fisheries") == []
