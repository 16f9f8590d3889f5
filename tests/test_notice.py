"""Event notices and chairs' summaries: the details block read first, and the programme's slots."""
from __future__ import annotations

import importlib

from readouts.extract.notice import find_notice
from readouts.extract.text import Doc

extract_mod = importlib.import_module("readouts.extract.pipeline")

NOTICE = """Embassy of Ireland
Jordan

Home > News

Invitation: roundtable on women in Parliament

News item | 20-02-2026

On International Women's Day, the Embassy of Ireland in Amman will host a roundtable with women members of \
Parliament on UN Security Council resolution 1325.

Event details
Date: Sunday 8 March 2026
Time: 11:00 – 13:00 (GMT+3)
Venue: Residence of the Ambassador of Ireland, Abdoun, Amman

Programme
11:00 Welcome by H.E. Ms. Clare Keating, Ambassador of Ireland to Jordan
11:10 Opening remarks by H.E. Dr. Rania Zoubi, Member of the House of Representatives of Jordan
11:25 Roundtable discussion, moderated by Ms. Hala Amin, Director, Women's Rights Centre
  Introductory interventions:
  – Senator Lina Majali, Member of the Senate of Jordan
  – Mr. Sean Doyle, Second Secretary, Embassy of Ireland
12:50 Closing by the Ambassador
"""


def event(text: str) -> dict:
    return extract_mod.extract_text(text).to_dict()["events"][0]


def test_a_labelled_details_block_gives_date_time_length_zone_and_venue() -> None:
    e = event(NOTICE)
    assert (e["date"], e["start_time"], e["duration_minutes"], e["utc_offset"]) == ("2026-03-08", "11:00", 120, "+03:00")
    assert (e["location"]["city"], e["location"]["country"]) == ("Amman", "JO")


def test_the_programmes_welcome_is_the_hosts_and_its_other_slots_and_lists_are_speakers() -> None:
    roles = {p["name"]: p["role"] for p in event(NOTICE)["participants"]}
    assert roles == {"Clare Keating": "principal", "Rania Zoubi": "speaker", "Hala Amin": "moderator",
                     "Lina Majali": "speaker", "Sean Doyle": "speaker"}


def test_a_date_and_time_line_under_the_headline_with_its_venue_line() -> None:
    text = ("Peacebuilding Commission\nAmbassadorial-level meeting on the Sahel\nThursday, 5 November 2026, "
            "3:00 p.m. – 5:00 p.m.\nConference Room 4, United Nations Headquarters, New York\n\nChair's Summary\n\n"
            "1. The Peacebuilding Commission convened an ambassadorial-level meeting on the Sahel. The meeting was "
            "chaired by H.E. Mr. Jon Berg, Chair of the Peacebuilding Commission.\n")
    e = event(text)
    assert (e["date"], e["start_time"], e["duration_minutes"], e["utc_offset"]) == ("2026-11-05", "15:00", 120, "-05:00")
    assert e["location"]["city"] == "New York"


def test_a_page_time_stamp_or_a_date_alone_is_no_notice() -> None:
    for header in ("21.05.2024 12:05", "Published on 23/04/2025 20h12 | Updated on 23/04/2025 21h05",
                   "Date: 12 March 2025"):
        text = f"Ministry of Foreign Affairs\n\nMinister meets Ambassador\n\n{header}\n\nThe Minister met the Ambassador.\n"
        assert find_notice(Doc(text), 0, len(text)) is None
