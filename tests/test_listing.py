"""Delegations listed below a colon: side headings, flattened tables and bullet items."""
from __future__ import annotations

from readouts.extract import pipeline
from readouts.extract.listing import listed_rows

TABLE = """Press Information Bureau
Government of India

14 January 2026

External Affairs Minister Dr. Keshav Rangan held talks with the Minister for Foreign Affairs of Ghana, Ms. Akosua Dankwa, at Hyderabad House, New Delhi, today.

2. The delegations comprised:

Indian side
S.No. | Name | Designation
1. | Dr. Keshav Rangan | External Affairs Minister
2. | Shri Tarun Bhatna | Secretary (ER), Ministry of External
Affairs
3. | Ms. Devika Menon | Joint Secretary (E&SA)

Ghanaian side
S.No. | Name | Designation
1. | Ms. Akosua Dankwa | Minister for Foreign Affairs
2. | Mr. Edem Kpodo | High Commissioner of Ghana to India

3. Later in the day, the Foreign Minister of Ghana will call on the Vice President of India.
"""


def test_rows_under_side_headings_with_a_wrapped_designation_between() -> None:
    start = TABLE.index("Indian side")
    rows = list(listed_rows(TABLE, start, len(TABLE)))
    cells = [TABLE[s:e].split("|")[1].strip() if "|" in TABLE[s:e] else TABLE[s:e] for s, e, _ in rows]
    assert "Mr. Edem Kpodo" in cells and "Shri Tarun Bhatna" in cells
    sides = {TABLE[s:e].split("|")[1].strip(): side[0] for s, e, side in rows if side is not None}
    assert sides["Ms. Devika Menon"] == "IN" and sides["Mr. Edem Kpodo"] == "GH"
    # the readout's next numbered paragraph, past the blank line, is no row
    assert not any("Later in the day" in TABLE[s:e] for s, e, _ in rows)


def test_a_delegation_table_gives_each_member_their_sides_country() -> None:
    record = pipeline.extract_text(TABLE, source="t.txt").to_dict()
    people = {p["family_name"]: p for p in record["events"][0]["participants"]}
    assert people["Rangan"]["role"] == "principal" and people["Dankwa"]["role"] == "counterpart"
    assert (people["Bhatna"]["role"], people["Bhatna"]["country"]) == ("attendee", "IN")
    assert (people["Kpodo"]["role"], people["Kpodo"]["country"]) == ("attendee", "GH")
    assert people["Menon"]["country"] == "IN"


def test_bullets_after_a_caption_and_the_list_ends_at_a_new_intro() -> None:
    text = ("The meeting was attended by:\n\nRwandan delegation\n- Ms. Clementine Uwama, Permanent Secretary\n"
            "- Amb. Eric Muga, Director General\n\nThe Ministers then held a press conference:\n- Mr. Not Listed\n")
    rows = list(listed_rows(text, text.index("\n") + 1, len(text)))
    assert [text[s:e].split(",")[0] for s, e, _ in rows] == ["Ms. Clementine Uwama", "Amb. Eric Muga"]
    assert all(side is not None and side[0] == "RW" for _, _, side in rows)


def test_those_also_present_listed_below_the_sentence_that_introduces_them() -> None:
    text = ("Apia, Wednesday 21 January 2026\n\nThe Prime Minister, Hon. Tui Faleo, this morning received the Australian "
            "Minister for the Pacific, the Hon. Harriet Lockh MP, at his Office in Apia.\n\nAlso present at the meeting "
            "were:\n\n*  Hon. Leota Seuma, Deputy Prime Minister;\n*  Mr. Callum Ashwo, Australian High Commissioner to "
            "Samoa.\n")
    people = {p["family_name"]: p for p in pipeline.extract_text(text, source="t.txt").to_dict()["events"][0]["participants"]}
    assert (people["Seuma"]["role"], people["Ashwo"]["role"]) == ("attendee", "attendee")
    assert people["Ashwo"]["country"] == "AU"


def test_a_french_page_lists_those_present_under_its_sides() -> None:
    text = ("Moroni, le 12 novembre 2025\n\nLe ministre des Affaires étrangères, M. Abdallah Mbae, a reçu ce mercredi à "
            "Moroni la ministre des Affaires étrangères de la République des Maldives, Mme Aminath Hamee.\n\n"
            "Ont pris part à l'entretien :\n\nDu côté comorien :\n– M. Ibrahim Saïd, secrétaire général ;\n\n"
            "Du côté maldivien :\n– Monsieur Hassan Sharee, ambassadeur.\n")
    people = {p["family_name"]: p for p in pipeline.extract_text(text, source="t.txt").to_dict()["events"][0]["participants"]}
    assert (people["Saïd"]["role"], people["Saïd"]["country"]) == ("attendee", "KM")
    assert (people["Sharee"]["country"], people["Sharee"]["gender"]) == ("MV", "male")


def test_a_romance_adjective_names_one_state_or_none() -> None:
    from readouts.extract.listing import romance_adjective_country
    assert [romance_adjective_country(w) for w in ("comorien", "são-tomense", "chilena", "mozambicain")] == \
        ["KM", "ST", "CL", "MZ"]
    assert romance_adjective_country("nacional") is None      # no state's stem


def test_an_unmarked_list_of_names_with_their_affiliations() -> None:
    text = ("Members of the delegation:\nKatrien Moreau (Renew, BE), chair\nJoanna Karp (EPP, PL)\n"
            "Tiago Bastos (S&D, PT)\n\nBackground\nThe delegation arrived on Sunday.\n")
    start = text.index("\n") + 1
    items = [text[s:e] for s, e, _ in listed_rows(text, start, len(text))]
    assert items == ["Katrien Moreau (Renew, BE), chair", "Joanna Karp (EPP, PL)", "Tiago Bastos (S&D, PT)"]


def test_rows_that_name_a_state_then_its_delegates() -> None:
    text = ("The following delegations are taking part in the meeting:\n\nRepublic of Burundi: Ms. Ana Ndayi, "
            "Director of Gender; Mr. Paul Ndu, Ministry of Foreign Affairs\n\nRepublic of Kenya: Ms. Ruth Rotich, "
            "State Department for Gender\n\nBackground\nThe plan was drafted in 2025.\n")
    start = text.index("\n") + 1
    rows = [(text[s:e], side[0]) for s, e, side in listed_rows(text, start, len(text))]
    assert rows == [("Ms. Ana Ndayi, Director of Gender", "BI"), ("Mr. Paul Ndu, Ministry of Foreign Affairs", "BI"),
                    ("Ms. Ruth Rotich, State Department for Gender", "KE")]
