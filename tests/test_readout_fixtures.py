"""Data-driven: every readout in tests/fixtures/readouts/ (written for this project) against
its NAME.expected.json. Adding a case is adding two files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from readouts.inputs import extract_path

FIXTURES = Path(__file__).parent / "fixtures" / "readouts"
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".html"})
PEOPLE_KEYS = ("name", "family_name", "role", "gender", "country", "organization")


def _view(record: dict) -> dict:
    e = record["events"][0]
    return {
        "published": record["document"]["published"], "type": e["type"], "date": e["date"],
        "start_time": e["start_time"], "utc_offset": e["utc_offset"], "timezone": e["timezone"],
        "duration_minutes": e["duration_minutes"], "city": e["location"]["city"],
        "country": e["location"]["country"], "attendance": e["attendance"],
        "resolutions": sorted(r["number"] for r in e["references"]), "series": e["series"],
        "participants": [{k: p[k] for k in PEOPLE_KEYS} for p in e["participants"]],
        "offices": [o["title"] for o in e["offices"]],
    }


def test_there_are_cases() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_fixture_matches_expected(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    record = extract_path(str(path)).to_dict(with_text=True)
    assert record["error"] is None
    got = _view(record)
    for key, value in expected.items():
        assert got[key] == value, key


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_every_literal_value_reads_back_from_its_span(path: Path) -> None:
    record = extract_path(str(path)).to_dict(with_text=True)
    text = record["text"]
    for key, spans in record["evidence"].items():
        for start, end in spans:
            assert 0 <= start < end <= len(text), key
    for i, person in enumerate(record["events"][0]["participants"]):
        (start, end), = record["evidence"][f"events[0].participants[{i}].name"]
        assert " ".join(text[start:end].split()) == person["name"]
        fam = record["evidence"][f"events[0].participants[{i}].family_name"][0]
        assert text[fam[0]:fam[1]].casefold().replace("el-", "").replace("al-", "") \
            == person["family_name"].casefold()
        if person["gender"] is not None:
            words = " ".join(text[s:e] for s, e in record["evidence"][f"events[0].participants[{i}].gender"])
            assert any(w in words.lower().replace(".", "") for w in
                       ("mr", "ms", "mrs", "madam", "he", "she", "his", "her", "lord", "baroness", "majesty"))
