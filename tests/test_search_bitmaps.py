"""Search through facet bitmaps answers exactly what plain SQL answers: the same totals, the
same ranked pages and the same facet counts, for every filter, on both backends; the
bitmaps follow the archive as it changes (ingest, corrections) and are kept for the next
process."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from readouts.archive import bitmaps
from readouts.archive.corrections import correct
from readouts.archive.filters import Filters, document_condition
from readouts.archive.ingest import ingest
from readouts.archive.matching import count_sql, matched_sql, page_sql
from readouts.archive.query import parse
from readouts.archive.search import SearchOptions, search
from readouts.store import open_store
from readouts.synth import write as write_synth

from archive_support import BACKENDS, store_url
from conftest import EXAMPLES

# The oracle: facet counts by grouping joined rows, as search did before bitmaps.
ORACLE_FACETS = {
    "type": "SELECT e.type, count(DISTINCT m.id) FROM m JOIN events e ON e.document_id = m.id "
            "GROUP BY e.type",
    "year": "SELECT substr(e.date, 1, 4), count(DISTINCT m.id) FROM m JOIN events e "
            "ON e.document_id = m.id GROUP BY substr(e.date, 1, 4)",
    "publisher": "SELECT m.publisher, count(*) FROM m GROUP BY m.publisher",
    "country": "SELECT p.country, count(DISTINCT m.id) FROM m JOIN participations p "
               "ON p.document_id = m.id GROUP BY p.country",
    "role": "SELECT p.role, count(DISTINCT m.id) FROM m JOIN participations p "
            "ON p.document_id = m.id GROUP BY p.role",
    "gender": "SELECT p.gender, count(DISTINCT m.id) FROM m JOIN participations p "
              "ON p.document_id = m.id GROUP BY p.gender",
    "topic": "SELECT t.tag, count(DISTINCT m.id) FROM m JOIN topics t "
             "ON t.document_id = m.id GROUP BY t.tag",
}


def oracle(store, text: str, filters: Filters, limit: int, offset: int):
    query = parse(text)
    where, params = document_condition(filters, "d")
    total = int(store.scalar(*count_sql(store, query, where, params)))
    page = store.rows(*page_sql(store, query, where, params, limit, offset))
    seq_ids = {r["seq"]: r["id"] for r in store.rows("SELECT seq, id FROM documents")}
    matched, matched_params = matched_sql(store, query, where, params)
    facets = {}
    for facet, sql in ORACLE_FACETS.items():
        rows = store.execute(f"WITH m AS (SELECT id, publisher FROM ({matched}) x) {sql}",
                             matched_params).fetchall()
        values = [{"value": v, "count": int(n)} for v, n in rows if v is not None]
        values.sort(key=lambda v: (-v["count"], str(v["value"])))
        facets[facet] = values[:10]
    return total, [seq_ids[r["seq"]] for r in page], facets


@pytest.fixture(scope="module", params=BACKENDS)
def archive(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("bitmaps")
    write_synth(240, folder / "synth", folder / "answers.jsonl", seed=11)
    with open_store(store_url(request.param, folder)) as store:
        list(ingest(store, [str(EXAMPLES), str(folder / "synth")]))
        yield store


def _filters(store) -> list[Filters]:
    country = store.scalar("SELECT country FROM participations WHERE country IS NOT NULL "
                           "GROUP BY country ORDER BY count(*) DESC LIMIT 1")
    topic = store.scalar("SELECT tag FROM topics GROUP BY tag ORDER BY count(*) DESC LIMIT 1")
    year = store.scalar("SELECT substr(date, 1, 4) FROM events WHERE date IS NOT NULL "
                        "ORDER BY date LIMIT 1 OFFSET 50")
    month = store.scalar("SELECT substr(date, 1, 7) FROM events WHERE length(date) = 10 "
                         "ORDER BY date LIMIT 1 OFFSET 80")
    publisher = store.scalar("SELECT publisher FROM documents WHERE publisher IS NOT NULL LIMIT 1")
    return [
        Filters(), Filters(type="meeting"), Filters(type="telephone_talk"),
        Filters(country=country), Filters(country="ZZ"), Filters(role="principal"),
        Filters(role="counterpart"), Filters(topic=topic), Filters(resolution="1325"),
        Filters(resolution="wps"), Filters(date_from=year, date_to=str(int(year) + 1)),
        Filters(date_from=f"{year}-06"), Filters(date_to=f"{year}-03"),
        Filters(date_from=month, date_to=month), Filters(date_from=month), Filters(date_to=month),
        Filters(date_from=year), Filters(date_to=year),
        Filters(date_from=f"{year}-02-10", date_to=f"{year}-11-20"),   # by day: SQL
        Filters(exclude_truncated=True), Filters(publisher=publisher[3:8].upper()),
        Filters(person="a", role="principal"), Filters(type="meeting", country=country),
        Filters(exclude_truncated=True, role="principal"),
    ]


def test_every_filter_and_query_answers_as_sql_does(archive) -> None:
    queries = ["", "women", "minister", '"prime minister"', "security OR climate",
               "minister -japan", "secur*"]
    checked = 0
    for text, filters in itertools.product(queries, _filters(archive)):
        for limit, offset in ((5, 0), (7, 5)):
            result = search(archive, SearchOptions(text, filters, limit, offset))
            total, page, facets = oracle(archive, text, filters, limit, offset)
            assert (result.total, [h.document_id for h in result.hits]) == (total, page), \
                (text, filters, offset)
            assert result.facets == facets, (text, filters)
            checked += bool(total)
    assert checked > 150     # most combinations match something: the comparison is not empty


def test_a_page_deep_in_a_selective_filter_is_the_same(archive) -> None:
    filters = Filters(resolution="1325")
    full = oracle(archive, "minister", filters, 500, 0)[1]
    assert len(full) > 3
    for offset in range(0, len(full), 3):
        result = search(archive, SearchOptions("minister", filters, 3, offset, facets=False))
        assert [h.document_id for h in result.hits] == full[offset:offset + 3]


def test_bitmaps_follow_ingest_and_corrections(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        list(ingest(store, [str(next(EXAMPLES.glob("uk-*.txt")))]))
        first = search(store, SearchOptions(""))
        before = bitmaps.generation(store)
        list(ingest(store, [str(EXAMPLES)]))
        assert bitmaps.generation(store) > before
        after = search(store, SearchOptions(""))
        assert after.total > first.total
        assert sum(v["count"] for v in after.facets["publisher"]) > \
            sum(v["count"] for v in first.facets["publisher"])
        doc = store.rows("SELECT p.document_id, p.idx, p.gender FROM participations p "
                         "JOIN events e ON e.id = p.event_id WHERE e.idx = 0 "
                         "AND p.gender = 'male' LIMIT 1")[0]
        men = {v["value"]: v["count"] for v in after.facets["gender"]}["male"]
        correct(store, doc["document_id"], f"events[0].participants[{doc['idx']}].gender",
                None, "the text gives no pronoun for this person", "tester")
        corrected = search(store, SearchOptions(""))
        still = {v["value"]: v["count"] for v in corrected.facets["gender"]}.get("male", 0)
        expected = int(store.scalar("SELECT count(DISTINCT document_id) FROM participations "
                                    "WHERE gender = 'male'"))
        assert still == expected and still <= men


def test_bitmaps_are_kept_for_the_next_process(tmp_path: Path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with open_store(url) as store:
        list(ingest(store, [str(EXAMPLES)]))
        expected = search(store, SearchOptions("minister", Filters(role="principal")))
        kept = store.scalar("SELECT count(*) FROM facet_bitmaps WHERE generation = ?",
                            (bitmaps.generation(store),))
        assert kept > 10

    def no_building(*args, **kwargs):
        raise AssertionError("built again although the stored bitmaps are current")
    monkeypatch.setattr(bitmaps, "build", no_building)
    with open_store(url) as store:
        assert search(store, SearchOptions("minister", Filters(role="principal"))) == expected


@pytest.mark.parametrize("seqs", [[], [0], [7, 8, 9], [3, 100_000, 64, 65], list(range(0, 5000, 7))])
def test_bitmap_helpers(seqs: list[int]) -> None:
    bits = bitmaps.from_seqs(seqs)
    assert bits.bit_count() == len(set(seqs))
    marks = bitmaps.members(bits)
    assert all(bitmaps.has(marks, s) for s in seqs)
    assert not any(bitmaps.has(marks, s) for s in (1, 2, 99_999, 200_000) if s not in seqs)
    ordered = sorted(set(seqs), reverse=True)
    assert bitmaps.highest(bits, 0, 3) == ordered[:3]
    assert bitmaps.highest(bits, 2, 4) == ordered[2:6]


@pytest.mark.parametrize("text, stem", [("secur*", "secur"), ("women", "wom"),
                                        ('"prime minister"', "prime")])
@pytest.mark.parametrize("filters", [Filters(), Filters(role="principal"),
                                     Filters(type="meeting", country="JP")])
def test_every_page_path_highlights_its_matches(archive, text: str, stem: str,
                                                filters: Filters) -> None:
    result = search(archive, SearchOptions(text, filters, limit=8, facets=False))
    assert result.hits or not result.total
    for hit in result.hits:
        assert hit.highlights, (text, hit.document_id)
        words = [hit.snippet[a:b].lower() for a, b in hit.highlights]
        assert any(w.startswith(stem) for w in words), words
