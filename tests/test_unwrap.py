"""Hard-wrapped text (PDF conversions, fixed-width pages) is read as paragraphs, and its
evidence still cites the text as given."""
from __future__ import annotations

import readouts
from readouts.extract.unwrap import unwrap

WRAPPED = """MINISTRY OF FOREIGN AFFAIRS
PRESS RELEASE

Riga, 16 April 2024

Today, at the Ministry of Foreign Affairs in Riga, the Minister of Foreign
Affairs of Latvia, Ms. Ieva Ozola, held talks with the Minister of Foreign
Affairs of the Republic of Moldova, Mr. Victor Munteanu-
Rusu, who is in Latvia on a working visit. The talks began at 11:00 and
lasted an hour and a half, in narrow and then in extend-
ed format.

MFA Latvia | Brivibas bulvaris 36 | www.mfa.gov.lv                 Page 1 of 2
________________________________________________________________________

MINISTRY OF FOREIGN AFFAIRS
PRESS RELEASE

The ministers discussed the Eastern Partnership, energy security and the
ﬁrst results of the joint commission on trade, which met in Chisinau in
March.

The two sides discussed:
- trade and transport;
- energy.
"""


def test_a_hard_wrapped_readout_is_read_as_paragraphs_and_cites_the_text_as_given() -> None:
    record = readouts.extract(WRAPPED, source="wrapped.txt")
    event = record.to_dict()["events"][0]
    names = {p["name"]: p for p in event["participants"]}
    assert set(names) == {"Ieva Ozola", "Victor Munteanu-Rusu"}
    assert names["Victor Munteanu-Rusu"]["country"] == "MD"
    assert (event["start_time"], event["duration_minutes"], event["utc_offset"]) == ("11:00", 90, "+03:00")
    assert record.text == WRAPPED       # the record keeps the text as given
    data = record.to_dict(with_text=True)
    spans = data["evidence"]["events[0].participants[1].name"]
    read = " ".join(WRAPPED[s:e] for s, e in spans)
    assert read == "Victor Munteanu-\nRusu"     # the name across the line break, hyphen and all


def test_a_word_split_at_the_margin_is_one_word_and_maps_back() -> None:
    unwrapped = unwrap(WRAPPED)
    assert unwrapped is not None
    work = unwrapped.text
    assert "in extended format." in work and "Munteanu-Rusu, who" in work
    start = work.index("extended")
    s, e = unwrapped.span(start, start + len("extended"))
    assert WRAPPED[s:e] == "extend-\ned"
    # a ligature is read as its letters
    start = work.index("first results")
    s, e = unwrapped.span(start, start + len("first"))
    assert WRAPPED[s:e] == "ﬁrst"


def test_page_furniture_goes_and_a_list_stays_a_list() -> None:
    work = unwrap(WRAPPED).text
    assert "Page 1 of 2" not in work and "______" not in work
    assert work.count("MINISTRY OF FOREIGN AFFAIRS") == 1   # the running header repeated on page 2
    assert "\n- trade and transport;\n- energy." in work


def test_a_page_whose_paragraphs_are_lines_reads_as_it_is() -> None:
    page = ("Ministry of Foreign Affairs\n\nPress release\n\n16 April 2024\n\nThe Minister of Foreign Affairs, "
            "Ms. Ieva Ozola, held talks today with the Minister of Foreign Affairs of Moldova.\n\nThe delegation "
            "included:\nMr. A. Berzins, Ambassador\nMs. L. Kalnina, Director\n")
    assert unwrap(page) is None


def test_every_name_cited_in_a_wrapped_text_reads_back_across_its_line_breaks() -> None:
    data = readouts.extract(WRAPPED, source="wrapped.txt").to_dict(with_text=True)
    names = [(path, spans) for path, spans in data["evidence"].items() if path.endswith(".name")]
    assert len(names) == 2
    for path, spans in names:
        index = int(path.split("[")[2].split("]")[0])
        value = data["events"][0]["participants"][index]["name"]
        read = " ".join(WRAPPED[s:e] for s, e in spans)
        assert read.replace("-\n", "-").replace("\n", " ") == value


def test_every_character_of_a_ligatures_letters_maps_inside_the_ligature() -> None:
    text = "aﬀb"
    unwrapped = unwrap(text)
    assert unwrapped is not None and unwrapped.text == "affb"
    # the two letters of "ﬀ" both stand for its one character: a span ending inside them ends with it
    assert unwrapped.span(1, 3) == (1, 2)
    assert unwrapped.span(0, 4) == (0, 3)
    assert unwrapped.span(3, 4) == (2, 3)
    assert unwrapped.span(1, 2) == (1, 2)       # the first letter alone still cites the ligature
