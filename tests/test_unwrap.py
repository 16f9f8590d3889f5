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


TWO_COLUMNS = """OCEAN NEWS  |  ISSUE 4

Apia, 3 March 2026 — More than 60         Nuku'alofa, 25 February 2026 — Twenty
fisheries officers and community leaders    teachers from the outer islands finished
from nine island states gathered in Apia    a course on coastal safety, run by the
on Tuesday for the third Pacific Coastal    Ministry of Education with support
Fisheries Dialogue, hosted by the Minis-    from the regional fisheries agency.
try of Agriculture and Fisheries.
                                            The course was opened by Ms. Mele
The dialogue opened at 9 a.m. at the        Tupou, Director of Education, and
Taumeasina Conference Centre with remarks   closed with a visit to the marine
by the Minister, Hon. Laauli Toleafoa, and  reserve on the western coast of the
the Director-General of the agency,         main island.
Ms. Salote Vaiangina.
"""


def test_a_page_in_two_columns_is_read_column_by_column_and_cites_the_page() -> None:
    unwrapped = unwrap(TWO_COLUMNS)
    assert unwrapped is not None
    work = unwrapped.text
    # each story reads on, not interleaved with the other column's lines
    assert "More than 60 fisheries officers and community leaders from nine island states gathered in Apia" in work
    assert "hosted by the Ministry of Agriculture and Fisheries" in work     # "Minis-" / "try": one word
    assert "Twenty teachers from the outer islands finished a course" in work
    assert work.index("Taumeasina") < work.index("Twenty teachers")
    start = work.index("Laauli Toleafoa")
    s, e = unwrapped.span(start, start + len("Laauli Toleafoa"))
    assert TWO_COLUMNS[s:e] == "Laauli Toleafoa"
    start = work.index("Ministry of Education")
    s, e = unwrapped.span(start, start + len("Ministry of Education"))
    assert TWO_COLUMNS[s:e] == "Ministry of Education"
    event = readouts.extract(TWO_COLUMNS, source="news.txt").to_dict()["events"][0]
    assert (event["location"]["city"], event["start_time"], event["attendance"]) == ("Apia", "09:00", 60)


def test_a_table_laid_out_in_spaces_is_not_two_columns() -> None:
    table = ("The meeting was attended by the following:\n\n" + "".join(
        f"{k}.   Mr. Member Number{k} Surname{k}                  Member of the Committee\n" for k in range(1, 9)))
    from readouts.extract.columns import split_columns
    assert split_columns(table) is None
