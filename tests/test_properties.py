"""Properties that hold for any input: a record or a clean error, and spans that read back.

The span checks are written against the `evidence` map in general, so they cover every value
the grammar adds without being told about it.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readouts
from readouts.errors import InputError, ReadoutsError
from readouts.inputs import decode, load

from conftest import EXAMPLE_FILES

# Values that are read off the text as written (up to case and white space), so the words
# their spans cover must contain them. Derived values (dates, offsets, roles) are not.
LITERAL = re.compile(r"(^document\.title"
                     r"|\.participants\[\d+\]\.(name|family_name|given_name|titles\[\d+\])"
                     r"|\.offices\[\d+\]\.title)$")
PATH_PART = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")

# Pieces of readout grammar, in this project's own words, for hypothesis to recombine.
FRAGMENTS = [
    "Japan-Portugal Foreign Ministers' Telephone Talk\n", "March 3, 2024\n", "September 24\n",
    " date 2023-06-14 ", "Brussels, 12/03/2021 - 14:05\n", "Published 3 May 2022\n",
    "May 14, 2023 - Ottawa, Ontario - Global Affairs Canada\n",
    "On March 3, commencing at 10:30 a.m. (Japan time) for approximately 40 minutes, ",
    "On September 23, commencing at 4:15 p.m. (local time; September 24, 5:15 a.m. JST) ",
    "from 17:30 for 45 minutes ", "at around noon ", "(GMT+1) ", "EDT ",
    "Ms. TAKEMURA Aiko, Minister for Foreign Affairs of Japan, ",
    "held a telephone talk with H.E. Mr. Duarte Valente, Minister of Foreign Affairs of Portugal. ",
    "The Prime Minister met the President of Ghana, Kwabena Asante-Boateng, in London today. ",
    "The session was moderated by Dr. Henrik Solvang, Assistant Secretary-General, UNDP, ",
    "and featured presentations from Ms. Paulina Oyelaran-Cruz; and Mr. Tomas Lund. ",
    "hosted the fourth \"WPS + Resilience\" dialogue. ", "the 7th Human Rights Dialogue ",
    "About 80 people attended. ", "1. ", "2. ", "(Reference) Resolution 1325\n",
    "who is visiting New York, the United States, ", "The overview is as follows.\n",
    "Mr. ", "Ms. ", "Minister ", "\n", "\r\n", "  ", "\u3000", "\u2019", "\ufeff",
]

readout_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
                        max_size=24).map("".join)
any_text = st.one_of(st.text(max_size=400), readout_like)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def resolve(data: dict[str, Any], path: str) -> Any:
    """The value at an evidence path such as `events[0].participants[1].titles[0]`."""
    node: Any = data
    for key, index in PATH_PART.findall(path):
        node = node[key] if key else node[int(index)]
    return node


def fold(text: str) -> str:
    # a hard-wrapped text is read with its lines joined and its split words whole ("Minis-\ntry"):
    # evidence then reads the words across the break
    # (a soft hyphen inside a word is read through: "Trans\u00adport" is "Transport")
    text = re.sub(r"-[ \t]*\r?\n[ \t]*", "", text).replace("-", "").replace("\u00ad", "")
    return " ".join(text.casefold().split())


def check_record(record: readouts.Record, text: str) -> None:
    data = record.to_dict(with_text=True)
    assert data["text"] == text
    for path, spans in data["evidence"].items():
        value = resolve(data, path)  # every evidence path names a value in the record
        assert value is not None, path
        assert spans, path
        for start, end in spans:
            assert 0 <= start <= end <= len(text), (path, start, end, len(text))
        if LITERAL.search(path):
            read = fold(" ".join(text[s:e] for s, e in spans))
            assert fold(str(value)) in read, (path, value, read)
    for problem in data["problems"]:
        for start, end in problem["spans"]:
            assert 0 <= start <= end <= len(text)


@SETTINGS
@given(any_text)
def test_any_text_gives_a_record_or_a_readouts_error(text: str) -> None:
    try:
        record = readouts.extract(text, source="prop.txt")
    except ReadoutsError:
        return
    assert isinstance(record, readouts.Record)
    assert record.document.source == "prop.txt"
    check_record(record, text)


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_raise_an_input_error(data: bytes) -> None:
    try:
        text, encoding, problems = decode(data)
    except InputError as exc:
        assert exc.code in {"empty", "binary", "encoding"}
        return
    assert text.strip() and encoding


@SETTINGS
@given(st.one_of(st.binary(max_size=600), readout_like.map(lambda t: t.encode("utf-8"))))
def test_any_bytes_as_a_file_give_a_record(data: bytes) -> None:
    try:
        loaded = load(data, "prop.txt")
    except InputError:
        return
    check_record(readouts.extract(loaded.text, source="prop.txt"), loaded.text)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_records_cite_only_their_own_text(path: Path) -> None:
    record = readouts.extract_path(path)
    assert record.error is None
    check_record(record, record.text)
