"""The output formats, on records built by hand (independent of the grammar's progress)."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterator

import pytest

from readouts.export import FORMATS, writer_for
from readouts.export.csv_rows import COLUMNS
from readouts.model import (Document, ErrorInfo, Event, Fact, Location, Office, Person, Problem,
                            Record, Reference, Series)

TEXT = ("On May 2, commencing at 10:00 a.m. for approximately 30 minutes, Ms. ARAKI Hana, "
        "Minister for Foreign Affairs of Japan, met Mr. Jonas Berg of Norway. "
        "The talk was the 3rd Japan-Norway Dialogue. Resolution 1325 was mentioned.")


def at(value, word: str) -> Fact:
    start = TEXT.index(word)
    return Fact.at(value, start, start + len(word))


def rich_record() -> Record:
    araki = Person(name=at("ARAKI Hana", "ARAKI Hana"), family_name=at("Araki", "ARAKI"),
                   given_name=at("Hana", "Hana"), honorific=at("Ms.", "Ms."),
                   gender=at("female", "Ms."), titles=[at("Minister for Foreign Affairs of Japan",
                                                          "Minister for Foreign Affairs of Japan")],
                   country=at("JP", "Japan"), role=at("principal", "met"))
    berg = Person(name=at("Jonas Berg", "Jonas Berg"), honorific=at("Mr.", "Mr."),
                  gender=at("male", "Mr."), country=at("NO", "Norway"),
                  role=at("counterpart", "met"))
    event = Event(type=at("meeting", "met"), date=at("2024-05-02", "May 2"),
                  start_time=at("10:00", "10:00 a.m."),
                  duration_minutes=at(30, "approximately 30 minutes"),
                  location=Location(city=at("Tokyo", "Japan")), participants=[araki, berg],
                  references=[Reference("unscr", at(1325, "1325"))],
                  series=Series(at("Japan-Norway Dialogue", "Japan-Norway Dialogue"),
                                at(3, "3rd")))
    dinner = Event(type=at("meal", "talk"), offices=[Office(title=at("Minister", "Minister"),
                                                            country=at("JP", "Japan"))])
    return Record(document=Document(source="a.txt", id="ab12", title=at("Talk", "talk")),
                  text=TEXT, events=[event, dinner],
                  problems=[Problem("no_year", "the date line has no year")])


def error_record() -> Record:
    return Record(document=Document(source="gone.txt"), error=ErrorInfo("not_found", "no such file"))


def bare_record() -> Record:
    return Record(document=Document(source="b.txt", id="cd34"), text="x", events=[Event()])


def write(fmt: str, records: list[Record], with_text: bool = False) -> str:
    out = io.StringIO()
    writer_for(fmt)(iter(records), out, with_text=with_text)
    return out.getvalue()


def test_every_format_has_a_writer() -> None:
    assert set(FORMATS) == {"jsonl", "json", "table", "csv"}
    with pytest.raises(ValueError):
        writer_for("yaml")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_writers_stream_one_record_at_a_time(fmt: str) -> None:
    """Each record is written before the next is asked for, so memory stays flat."""
    out = io.StringIO()
    sizes: list[int] = []

    def records() -> Iterator[Record]:
        for record in (rich_record(), bare_record(), error_record()):
            sizes.append(len(out.getvalue()))
            yield record

    writer_for(fmt)(records(), out)
    assert sizes[0] < sizes[1] < sizes[2] < len(out.getvalue())


def test_jsonl_is_one_object_per_line() -> None:
    lines = write("jsonl", [rich_record(), error_record()]).splitlines()
    first, second = map(json.loads, lines)
    assert first["events"][0]["participants"][0]["name"] == "ARAKI Hana"
    assert first["events"][0]["references"] == [{"kind": "unscr", "number": 1325}]
    assert second["error"] == {"code": "not_found", "message": "no such file"}
    assert "text" not in first


def test_jsonl_keeps_non_ascii_as_it_is_and_adds_text_on_request() -> None:
    record = bare_record()
    record.text = "S\u00e3o Paulo \u6771\u4eac"
    line = write("jsonl", [record], with_text=True)
    assert "S\u00e3o Paulo \u6771\u4eac" in line and json.loads(line)["text"] == record.text


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_is_one_valid_array(count: int) -> None:
    records = [rich_record(), bare_record(), error_record()][:count]
    data = json.loads(write("json", records))
    assert [r["document"]["source"] for r in data] == [r.document.source for r in records]


def test_csv_has_one_row_per_participant_and_one_for_a_document_without() -> None:
    rows = list(csv.DictReader(io.StringIO(write("csv", [rich_record(), bare_record(),
                                                          error_record()]))))
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["source"], r["event"], r["name"]) for r in rows] == [
        ("a.txt", "0", "ARAKI Hana"), ("a.txt", "0", "Jonas Berg"), ("a.txt", "1", ""),
        ("b.txt", "0", ""), ("gone.txt", "", "")]
    first = rows[0]
    assert (first["date"], first["start_time"], first["start_local"]) == (
        "2024-05-02", "10:00", "2024-05-02T10:00")
    assert (first["role"], first["gender"], first["participant_country"]) == (
        "principal", "female", "JP")
    assert (first["series_name"], first["series_number"], first["references"]) == (
        "Japan-Norway Dialogue", "3", "unscr:1325")
    assert first["problems"] == "no_year" and first["document_id"] == "ab12"
    assert rows[-1]["error_code"] == "not_found"


def test_table_shows_what_a_reader_looks_for() -> None:
    view = write("table", [rich_record(), error_record()])
    block, error_block = view.split("\n\n")[:2]
    for expected in ("a.txt", "Talk", "event 1     meeting", "2024-05-02 10:00, 30 min",
                     "principal   Ms. ARAKI Hana (female, JP) - Minister for Foreign Affairs",
                     "counterpart Mr. Jonas Berg (male, NO)", "Japan-Norway Dialogue (round 3)",
                     "UNSCR 1325", "event 2     meal", "Minister (JP, unnamed)",
                     "problem     no_year: the date line has no year", "place       Tokyo"):
        assert expected in block, expected
    assert error_block == "gone.txt\n  error       not_found: no such file"
