"""Entity resolution and event linking (readouts.resolve): people across documents, one
meeting in several readouts, the registry a person edits."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import readouts
from readouts.errors import ReadoutsError
from readouts.resolve import (EventRow, OfficeMention, OfficeRef, ParticipantRef, PersonMention,
                              Registry, RegistryError, describe_people, event_rows_from_record,
                              link_events, load_registry, mentions_from_record,
                              offices_from_record, parse_registry, resolve_offices,
                              resolve_people)
from readouts.resolve import names

FIXTURES = Path(__file__).parent / "fixtures"
REGISTRY = FIXTURES / "registry.csv"
MALFORMED = sorted((FIXTURES / "registry_malformed").glob("*.csv"))

_count = iter(range(10**9))


def m(name: str, date: str | None = None, *, family: str | None = None, given: str | None = None,
      country: str | None = None, org: str | None = None, gender: str | None = None,
      honorific: str | None = None, titles: tuple[str, ...] = (), doc: str | None = None,
      publisher: str | None = None, mid: str | None = None) -> PersonMention:
    """A mention; the document and mention ids are made up unless given."""
    n = next(_count)
    doc = doc or f"doc{n}"
    return PersonMention(mid or f"{doc}:0:{n}", doc, date, name, family, given, honorific, gender,
                         titles, org, country, None, publisher)


def same(result: dict[str, str], *mentions: PersonMention) -> bool:
    return len({result[x.mention_id] for x in mentions}) == 1


def apart(result: dict[str, str], *mentions: PersonMention) -> bool:
    return len({result[x.mention_id] for x in mentions}) == len(mentions)


# --- names ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, family, given", [
    ("KAMIKAWA Yoko", "KAMIKAWA", "Yoko"),
    ("Jukka SALOVAARA", "SALOVAARA", "Jukka"),
    ("Lavrov, Sergey Viktorovich", "Lavrov", "Sergey Viktorovich"),
    ("Yoko Kamikawa", "Kamikawa", "Yoko"),
    ("Obama", "Obama", ""),
])
def test_split_name(name: str, family: str, given: str) -> None:
    assert names.split_name(name) == (family, given)


def test_folding_ignores_case_accents_and_punctuation() -> None:
    assert names.fold("Mélanie") == names.fold("MELANIE") == "melanie"
    assert names.family_key("Thomas-Greenfield") == names.family_key("Thomas Greenfield")
    assert names.family_key("al-Sisi") == names.family_key("Sisi") == "sisi"
    assert names.family_key("Wałęsa") == "walesa"


@pytest.mark.parametrize("a, b, ok", [
    ("John F.", "John", True), ("J.", "John", True), ("John Forbes", "John F.", True),
    ("George W.", "George H. W.", False), ("Yoko", "Taro", False), ("Byung-se", "Byungse", True),
    ("", "Anything", True),
])
def test_given_names_compatible(a: str, b: str, ok: bool) -> None:
    assert names.given_compatible(names.given_tokens(a), names.given_tokens(b)) is ok


# --- one person, many ways of writing her -----------------------------------------------

def test_same_person_written_four_ways_is_one_person() -> None:
    ms = [m("KAMIKAWA Yoko", "2023-11-07", family="Kamikawa", given="Yoko", country="JP",
            gender="female", titles=("Minister for Foreign Affairs of Japan",)),
          m("Yoko Kamikawa", "2024-01-10", country="JP"),
          m("Kamikawa", "2024-02-01", honorific="Ms.", country="JP"),
          m("Kamikawa", "2024-03-05", titles=("Foreign Minister",)),
          m("Yoko KAMIKAWA", "2024-04-01", country="JP")]
    result = resolve_people(ms)
    assert same(result, *ms)
    assert result[ms[0].mention_id].startswith("p:")


def test_name_order_accents_and_case_fold() -> None:
    ms = [m("Lavrov, Sergey Viktorovich", "2018-07-31", country="RU"),
          m("Sergey Lavrov", "2019-02-01", country="RU"),
          m("Mélanie Joly", "2023-11-07", country="CA"),
          m("Melanie JOLY", "2023-12-01", country="CA")]
    result = resolve_people(ms)
    assert same(result, ms[0], ms[1]) and same(result, ms[2], ms[3])
    assert apart(result, ms[0], ms[2])


def test_middle_initials_and_missing_country_merge_when_unambiguous() -> None:
    ms = [m("John Kerry", "2013-02-22", country="US"),
          m("John F. Kerry", "2013-08-02", country="US"),
          m("Donald Trump", "2017-08-30", country="US"),
          m("Donald J. Trump", None, country="US"),
          m("Trump", "2020-01-24"),                       # no given name, no country: the one Trump
          m("Justin Trudeau", None, country="CA"),
          m("Justin Trudeau", None)]                       # no country: the one Justin Trudeau
    result = resolve_people(ms)
    assert same(result, ms[0], ms[1])
    assert same(result, ms[2], ms[3], ms[4])
    assert same(result, ms[5], ms[6])


# --- namesakes stay apart ---------------------------------------------------------------

def test_namesakes_with_different_countries_are_not_merged() -> None:
    ms = [m("Yun Byung-se", "2013-07-01", family="Yun", country="KR"),
          m("Yun", "2013-02-22", country="US", titles=("Deputy Assistant Secretary of State",)),
          m("Maria Fernandez", "2020-01-01", country="ES"),
          m("Maria Fernandez", "2020-02-01", country="AR")]
    result = resolve_people(ms)
    assert apart(result, ms[0], ms[1])
    assert apart(result, ms[2], ms[3])


def test_namesakes_with_different_given_names_or_gender_are_not_merged() -> None:
    ms = [m("Taro Kono", "2018-07-31", country="JP"),
          m("Yohei Kono", "1995-01-01", country="JP"),
          m("Wang Yi", "2021-04-05", family="Wang", country="CN", gender="male"),
          m("Wang", "2021-05-01", country="CN", honorific="Ms.")]
    result = resolve_people(ms)
    assert apart(result, ms[0], ms[1])
    assert apart(result, ms[2], ms[3])


def test_a_surname_joins_only_the_one_candidate_of_its_period() -> None:
    taro = m("Taro Kono", "2018-07-31", country="JP")
    yohei = m("Yohei Kono", "1995-01-01", country="JP")
    kono_2019 = m("Kono", "2019-03-01", country="JP", honorific="Mr.")      # Taro's years
    kono_undated = m("Kono", None, country="JP", honorific="Mr.")           # either: nobody
    result = resolve_people([taro, yohei, kono_2019, kono_undated])
    assert same(result, taro, kono_2019)
    assert apart(result, taro, yohei, kono_undated)


def test_a_surname_out_of_period_is_not_merged() -> None:
    ms = [m("KAMIKAWA Yoko", "2023-11-07", country="JP"),
          m("Kamikawa", "2010-01-01", country="JP")]
    assert apart(resolve_people(ms), *ms)


def test_a_title_settles_two_candidates_in_period() -> None:
    fm = m("Ichiro Sato", "2020-01-01", country="JP", titles=("Minister for Foreign Affairs",))
    gov = m("Jiro Sato", "2020-06-01", country="JP", titles=("Governor of Tokyo",))
    weak = m("Sato", "2020-03-01", country="JP", titles=("Foreign Minister",))
    bare = m("Sato", "2020-03-01", country="JP")
    result = resolve_people([fm, gov, weak, bare])
    assert same(result, fm, weak)
    assert apart(result, fm, gov, bare)


def test_successors_of_one_family_name_are_told_apart_by_date() -> None:
    trevor = [m("Trevor Brackwick", d, country="CA") for d in ("2019-03-27", "2021-10-01")]
    louise = [m("Louise Brackwick", d, country="CA") for d in ("2022-02-01", "2025-09-26")]
    later = m("Brackwick", "2023-02-22", country="CA")
    earlier = m("Brackwick", "2020-03-13", country="CA")
    result = resolve_people(trevor + louise + [later, earlier])
    assert same(result, *louise, later) and same(result, *trevor, earlier)
    assert apart(result, trevor[0], louise[0])


def test_a_title_of_another_post_does_not_join() -> None:
    deputy = [m("Van Pham", d, country="VN", titles=("Deputy Minister of Foreign Affairs",))
              for d in ("2012-07-02", "2014-10-08")]
    minister = m("Pham", "2014-11-11", country="VN",
                 titles=("Minister of Foreign Affairs of Viet Nam",))
    also_deputy = m("Pham", "2013-05-01", country="VN", titles=("Deputy Foreign Minister",))
    untitled = m("Pham", "2013-06-01", country="VN", honorific="Mr.")
    result = resolve_people(deputy + [minister, also_deputy, untitled])
    assert same(result, *deputy, also_deputy, untitled)
    assert apart(result, deputy[0], minister)
    assert names.title_fits(frozenset({"minister"}), frozenset({"foreign", "minister"}))
    assert not names.title_fits(frozenset({"foreign", "minister"}),
                                frozenset({"deputy", "foreign", "minister"}))


def test_a_given_name_agreeing_with_two_disagreeing_people_is_not_guessed() -> None:
    w = m("George W. Bush", "2005-01-01", country="US")
    hw = m("George H. W. Bush", "1990-01-01", country="US")
    plain_2006 = m("George Bush", "2006-01-01", country="US")
    plain_undated = m("George Bush", None, country="US")
    result = resolve_people([w, hw, plain_2006, plain_undated])
    assert apart(result, w, hw)
    assert same(result, w, plain_2006)                    # the period settles it
    assert apart(result, w, hw, plain_undated)            # nothing does


def test_surnames_alone_need_an_affiliation_to_merge() -> None:
    ms = [m("Obama", "2009-05-02", country="US"), m("Obama", None, country="US"),
          m("Stern", None), m("Stern", None)]
    result = resolve_people(ms)
    assert same(result, ms[0], ms[1])
    assert apart(result, ms[2], ms[3])


def test_staff_of_international_bodies_match_by_organisation() -> None:
    ms = [m("Sima Bahous", "2024-03-18", org="UN Women"),
          m("Sima Bahous", "2024-05-01", org="United Nations"),
          m("Kelly T. Clements", "2023-12-13", org="UNHCR"),
          m("Kelly Clements", "2024-01-01", org="Office of the United Nations High Commissioner"
                                                " for Refugees (UNHCR)")]
    result = resolve_people(ms)
    assert same(result, ms[0], ms[1]) and same(result, ms[2], ms[3])


# --- ids --------------------------------------------------------------------------------

def _sample() -> list[PersonMention]:
    return [m("KAMIKAWA Yoko", "2023-11-07", country="JP", mid="a:0:0", doc="a"),
            m("Antony Blinken", "2023-11-07", country="US", mid="a:0:1", doc="a"),
            m("Yoko Kamikawa", "2023-11-08", country="JP", mid="b:0:0", doc="b"),
            m("Blinken", "2023-11-08", mid="b:0:1", doc="b"),
            m("George Bush", None, country="US", mid="c:0:0", doc="c"),
            m("George Bush", None, country="US", mid="d:0:0", doc="d")]


def test_ids_are_deterministic_and_independent_of_order() -> None:
    ms = _sample()
    first = resolve_people(ms)
    shuffled = ms[:]
    random.Random(7).shuffle(shuffled)
    assert resolve_people(shuffled) == first
    assert resolve_people(ms) == first
    assert list(first) == [x.mention_id for x in ms]


def test_ids_stay_when_unrelated_people_are_added() -> None:
    ms = _sample()
    before = resolve_people(ms)
    after = resolve_people(ms + [m("Penny Wong", "2022-07-07", country="AU"),
                                 m("Wang Yi", "2021-04-05", family="Wang", country="CN")])
    assert all(after[k] == v for k, v in before.items())


def test_namesakes_on_one_key_get_different_ids() -> None:
    ms = [m("Sato", "2001-01-01", country="JP"), m("Sato", "2015-01-01", country="JP")]
    result = resolve_people(ms)
    assert apart(result, *ms)


# --- the registry -----------------------------------------------------------------------

def test_the_example_registry_loads() -> None:
    reg = load_registry(REGISTRY)
    assert reg.people["kamikawa-yoko"].wikidata == "Q1062716"
    assert reg.people["starmer-keir"].name == "Keir Starmer"
    assert {p.person for p in reg.pins if p.closed} == {"wang-yi-commerce"}


def test_registry_merge_ties_names_the_rules_cannot() -> None:
    reg = load_registry(REGISTRY)
    ms = [m("Joe Biden", "2021-01-20", country="US"),
          m("Joseph R. Biden", "2021-03-01", country="US"),
          m("Biden", "2021-04-01", country="US"),                  # joins by the rules
          m("Sergei Lavrov", "2015-01-01", country="RU"),
          m("Lavrov, Sergey Viktorovich", "2018-07-31", country="RU")]
    assert apart(resolve_people(ms), ms[0], ms[1])              # Joe is not Joseph, unaided
    result = resolve_people(ms, reg)
    assert {result[x.mention_id] for x in ms[:3]} == {"biden-joe"}
    assert result[ms[3].mention_id] == result[ms[4].mention_id] == "lavrov-sergey"


def test_registry_split_separates_namesakes() -> None:
    reg = load_registry(REGISTRY)
    fm = [m("Wang Yi", d, family="Wang", country="CN", publisher="Ministry of Foreign Affairs")
          for d in ("2019-01-01", "2021-04-05", "2021-11-18")]
    commerce = [m("Wang Yi", d, family="Wang", country="CN", publisher="Ministry of Commerce")
                for d in ("2020-05-01", "2021-06-01")]
    auto = resolve_people(fm + commerce)
    assert same(auto, *fm, *commerce)                           # one person, unaided
    result = resolve_people(fm + commerce, reg)
    assert same(result, *fm) and result[fm[0].mention_id] != "wang-yi-commerce"
    assert {result[x.mention_id] for x in commerce} == {"wang-yi-commerce"}


def test_split_people_take_nothing_in_and_give_nothing_out() -> None:
    reg = parse_registry("action,person,name,country\nsplit,only-these,Ann Lee,GB\n")
    ann = m("Ann Lee", "2020-01-01", country="GB")
    ms_lee = m("Lee", "2020-02-01", country="GB", honorific="Ms.")
    result = resolve_people([ann, ms_lee], reg)
    assert result[ann.mention_id] == "only-these"
    assert result[ms_lee.mention_id] != "only-these"


def test_registry_name_pins_and_names_a_person() -> None:
    reg = load_registry(REGISTRY)
    ms = [m("KAMIKAWA Yoko", "2023-11-07", country="JP"), m("Yoko Kamikawa", "2024-01-01",
                                                            country="JP"),
          m("Kamikawa", "2024-02-01", country="JP", honorific="Ms.")]
    result = resolve_people(ms, reg)
    assert {result[x.mention_id] for x in ms} == {"kamikawa-yoko"}
    (summary,) = describe_people(ms, result, reg)
    assert (summary.name, summary.wikidata, summary.mentions) == ("KAMIKAWA Yoko", "Q1062716", 3)
    assert (summary.first_date, summary.last_date) == ("2023-11-07", "2024-02-01")


def test_the_most_specific_registry_row_wins() -> None:
    reg = parse_registry(
        "# a name row takes every 'Kim Min-jun' of KR; one mention id is someone else\n"
        "action,person,name,country,mention\n"
        "name,kim-minjun,Kim Min-jun,KR,\n"
        "split,kim-minjun-2,,,x:0:1\n"
        "merge,kim-minjun-3,Kim Min-jun,,y\n")
    a = m("Kim Min-jun", "2020-01-01", family="Kim", country="KR", mid="x:0:0", doc="x")
    b = m("Kim Min-jun", "2020-01-01", family="Kim", country="KR", mid="x:0:1", doc="x")
    c = m("Kim Min-jun", "2021-01-01", family="Kim", country="KR", mid="y:0:0", doc="y")
    d = m("Kim Min-jun", "2022-01-01", family="Kim", country="KR", mid="z:0:0", doc="z")
    result = resolve_people([a, b, c, d], reg)
    assert [result[x.mention_id] for x in (a, b, c, d)] == [
        "kim-minjun", "kim-minjun-2", "kim-minjun-3", "kim-minjun"]


def test_registry_maps_offices_and_dates_to_people() -> None:
    reg = load_registry(REGISTRY)
    offices = [
        OfficeMention("a:0:o0", "a", "2020-01-29", "Prime Minister", "GB"),
        OfficeMention("b:0:o0", "b", "2020-01-29", "Prime Minister of the United Kingdom", "GB"),
        OfficeMention("c:0:o0", "c", "2023-03-01", "Prime Minister", "GB"),
        OfficeMention("d:0:o0", "d", "2024-10-19", "Prime Minister", None,
                      publisher="Prime Minister's Office, 10 Downing Street"),
        OfficeMention("e:0:o0", "e", "2020-01-29", "Prime Minister", None),   # whose? unknown
        OfficeMention("f:0:o0", "f", "2020-01-29", "Prime Minister", "AU"),
        OfficeMention("g:0:o0", "g", None, "Prime Minister", "GB"),
    ]
    assert resolve_offices(offices, reg) == {"a:0:o0": "johnson-boris", "b:0:o0": "johnson-boris",
                                             "c:0:o0": "sunak-rishi", "d:0:o0": "starmer-keir"}
    assert resolve_offices(offices, None) == {}


@pytest.mark.parametrize("path", MALFORMED, ids=[p.stem for p in MALFORMED])
def test_malformed_registries_give_a_clear_error(path: Path) -> None:
    expected = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# error: ")
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert expected in str(info.value)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ReadoutsError) and info.value.code == "registry"


def test_registry_file_problems_are_registry_errors(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry(tmp_path / "missing.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"action,person\n\xff\xfe\x00")
    with pytest.raises(RegistryError, match="not UTF-8"):
        load_registry(binary)
    empty = tmp_path / "empty.csv"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    assert load_registry(empty).pins == [] and Registry().pins == []


# --- from records: the shape `readouts extract` writes ----------------------------------

JP_CALL = """Japan-U.S. Foreign Ministers' Telephone Talk
January 10, 2024
On January 10, commencing at 9:00 a.m. for approximately 20 minutes, Ms. KAMIKAWA Yoko, \
Minister for Foreign Affairs of Japan, held a telephone talk with the Honorable Antony \
Blinken, Secretary of State of the United States of America.
"""
US_CALL = """Secretary Blinken's Call with Japanese Foreign Minister Kamikawa
January 9, 2024
Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Yoko \
Kamikawa. The Secretary and Foreign Minister discussed the situation in the region.
"""


def test_records_from_the_extractor_resolve_and_link() -> None:
    records = [readouts.extract(JP_CALL, source="jp.txt").to_dict(),
               readouts.extract(US_CALL, source="us.txt").to_dict()]
    mentions = [x for r in records for x in mentions_from_record(r)]
    assert len(mentions) >= 4
    people = resolve_people(mentions)
    by_family: dict[str, set[str]] = {}
    for x in mentions:
        by_family.setdefault(names.family_key(x.family_name or x.name.split()[-1]), set()).add(
            people[x.mention_id])
    assert len(by_family["kamikawa"]) == 1 and len(by_family["blinken"]) == 1
    rows = [e for r in records for e in event_rows_from_record(r, people)]
    meetings = link_events(rows)
    assert meetings[rows[0].key] == meetings[rows[1].key]
    assert offices_from_record(records[0]) == []


def test_offices_come_out_of_records() -> None:
    record = {"document": {"id": "d1", "published": "2020-01-29", "publisher": "PMO"},
              "events": [{"date": "2020-01-28", "participants": [],
                          "offices": [{"title": "Prime Minister", "country": "GB",
                                       "role": "principal"}]}]}
    assert offices_from_record(record) == [
        OfficeMention("d1:0:o0", "d1", "2020-01-28", "Prime Minister", "GB", "principal", "PMO")]


# --- one meeting, several readouts ------------------------------------------------------

def p(name: str, country: str | None = None, pid: str | None = None, *, org: str | None = None,
      family: str | None = None) -> ParticipantRef:
    return ParticipantRef(name, pid, family, country, org)


def ev(key: str, date: str | None, type_: str | None, *people: ParticipantRef,
       offices: tuple[OfficeRef, ...] = (), country: str | None = None, city: str | None = None,
       start_utc: str | None = None, publisher: str | None = None) -> EventRow:
    return EventRow(key, key.split(":")[0], date, type_, publisher, city, country, start_utc,
                    tuple(people), offices)


def test_two_readouts_of_one_call_are_one_meeting() -> None:
    jp = ev("jp:0", "2024-01-10", "telephone_talk", p("KAMIKAWA Yoko", "JP", "p:k"),
            p("Antony Blinken", "US", "p:b"), publisher="Ministry of Foreign Affairs of Japan")
    us = ev("us:0", "2024-01-09", "telephone_talk", p("Antony J. Blinken", "US", "p:b"),
            p("Yoko Kamikawa", "JP", "p:k"), publisher="U.S. Department of State")
    result = link_events([jp, us])
    assert result["jp:0"] == result["us:0"] and result["jp:0"].startswith("m:")


def test_person_ids_link_names_spelt_differently() -> None:
    ru = ev("ru:0", "2018-07-31", "meeting", p("Sergey Lavrov", "RU", "lavrov-sergey"),
            p("Taro Kono", "JP", "p:t"))
    jp = ev("jp:0", "2018-07-31", "meeting", p("Sergei Lavrow", "RU", "lavrov-sergey"),
            p("KONO Taro", "JP", "p:t"))
    assert len(set(link_events([ru, jp]).values())) == 1


def test_unresolved_participants_link_by_family_name_and_country() -> None:
    jp = ev("jp:0", "2024-01-10", "video_conference", p("KAMIKAWA Yoko", "JP"),
            p("Antony Blinken", "US"))
    us = ev("us:0", "2024-01-10", "telephone_talk", p("Yoko Kamikawa", "JP"),
            p("Blinken", None))
    assert len(set(link_events([jp, us]).values())) == 1


def test_two_meetings_on_one_day_are_not_linked() -> None:
    # The foreign minister's meeting with Blinken and the prime minister's courtesy call.
    fm = ev("a:0", "2024-01-10", "meeting", p("KAMIKAWA Yoko", "JP", "p:k"),
            p("Antony Blinken", "US", "p:b"))
    pm = ev("b:0", "2024-01-10", "courtesy_call", p("KISHIDA Fumio", "JP", "p:f"),
            p("Antony Blinken", "US", "p:b"))
    # A bilateral and the trilateral of the same day.
    tri = ev("c:0", "2024-01-10", "meeting", p("KAMIKAWA Yoko", "JP", "p:k"),
             p("Antony Blinken", "US", "p:b"), p("Cho Tae-yul", "KR", "p:c"))
    # A call and a meeting; a meeting in another country; two days apart.
    call = ev("d:0", "2024-01-10", "telephone_talk", p("Yoko Kamikawa", "JP", "p:k"),
              p("Blinken", "US", "p:b"))
    result = link_events([fm, pm, tri, call])
    assert len(set(result.values())) == 4
    far = ev("e:0", "2024-01-12", "meeting", p("Yoko Kamikawa", "JP", "p:k"),
             p("Blinken", "US", "p:b"))
    there = ev("f:0", "2024-01-10", "meeting", p("Yoko Kamikawa", "JP", "p:k"),
               p("Blinken", "US", "p:b"), country="FR")
    here = ev("g:0", "2024-01-10", "meeting", p("Yoko Kamikawa", "JP", "p:k"),
              p("Blinken", "US", "p:b"), country="JP")
    assert len(set(link_events([far, there, here]).values())) == 3


def test_start_times_apart_are_two_meetings() -> None:
    a = ev("a:0", "2024-01-10", "meeting", p("A One", "JP", "p:1"), p("B Two", "US", "p:2"),
           start_utc="2024-01-10T01:00:00Z")
    b = ev("b:0", "2024-01-10", "meeting", p("A One", "JP", "p:1"), p("B Two", "US", "p:2"),
           start_utc="2024-01-10T08:00:00Z")
    c = ev("c:0", "2024-01-10", "meeting", p("A One", "JP", "p:1"), p("B Two", "US", "p:2"),
           start_utc="2024-01-10T01:30:00Z")
    result = link_events([a, b, c])
    assert result["a:0"] == result["c:0"] != result["b:0"]


def test_an_unnamed_principal_counts_as_a_party() -> None:
    uk = ev("uk:0", "2024-10-19", "telephone_talk", p("Benjamin Netanyahu", "IL", "p:n"),
            offices=(OfficeRef("Prime Minister", "GB"),))
    il = ev("il:0", "2024-10-19", "telephone_talk", p("Benjamin Netanyahu", "IL", "p:n"),
            p("Keir Starmer", "GB", "p:s"))
    other = ev("fr:0", "2024-10-19", "telephone_talk", p("Benjamin Netanyahu", "IL", "p:n"),
               p("Emmanuel Macron", "FR", "p:m"))
    result = link_events([uk, il, other])
    assert result["uk:0"] == result["il:0"] != result["fr:0"]
    # The same when the registry has mapped the office to the person.
    mapped = ev("uk:0", "2024-10-19", "telephone_talk", p("Benjamin Netanyahu", "IL", "p:n"),
                offices=(OfficeRef("Prime Minister", "GB", "p:s"),))
    assert len(set(link_events([mapped, il]).values())) == 1


def test_one_document_never_holds_two_events_of_one_meeting() -> None:
    a0 = ev("a:0", "2024-01-10", "meeting", p("A One", "JP", "p:1"), p("B Two", "US", "p:2"))
    a1 = ev("a:1", "2024-01-10", "meal", p("A One", "JP", "p:1"), p("B Two", "US", "p:2"))
    b0 = ev("b:0", "2024-01-10", "meeting", p("A One", "JP", "p:1"), p("B Two", "US", "p:2"))
    result = link_events([a0, a1, b0])
    assert result["a:0"] != result["a:1"]
    assert result["b:0"] in (result["a:0"], result["a:1"])


def test_a_forum_reported_in_part_links_to_the_whole() -> None:
    host = ev("host:0", "2024-03-18", "symposium", p("KAMIKAWA Yoko", "JP", "p:k"),
              p("Sima Bahous", pid="p:sb", org="UN Women"), p("Merete Brattested", "NO", "p:mb"),
              city="New York")
    guest = ev("no:0", "2024-03-18", "symposium", p("Merete Brattested", "NO", "p:mb"),
               p("Yoko Kamikawa", "JP", "p:k"), city="New York")
    assert len(set(link_events([host, guest]).values())) == 1


def test_meeting_ids_are_deterministic() -> None:
    rows = [ev(f"d{i}:0", "2024-01-10", "meeting", p("A One", "JP", "p:1"),
               p("B Two", "US", "p:2")) for i in range(3)]
    rows.append(ev("x:0", None, "meeting", p("A One", "JP", "p:1")))
    first = link_events(rows)
    assert link_events(list(reversed(rows))) == first
    assert first["d0:0"] == first["d1:0"] == first["d2:0"] != first["x:0"]


# --- scale ------------------------------------------------------------------------------

def _synthetic_mentions(n: int, seed: int = 1) -> list[PersonMention]:
    rng = random.Random(seed)
    syllables = ["ka", "mi", "to", "ra", "su", "ne", "lo", "vi", "an", "de", "ko", "ya", "ri",
                 "ma", "no", "shi", "ba", "el", "or", "un"]
    families = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).title()
                       for _ in range(3000)})
    givens = sorted({"".join(rng.choice(syllables) for _ in range(2)).title() for _ in range(300)})
    countries = ["JP", "US", "GB", "FR", "DE", "IN", "AU", "CA", "KR", "BR"]
    people = [(rng.choice(families), rng.choice(givens), rng.choice(countries),
               rng.randint(2000, 2023)) for _ in range(6000)]
    out = []
    for i in range(n):
        fam, given, country, year = people[rng.randrange(len(people))]
        date = f"{year + rng.randint(0, 3)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        form = rng.random()
        if form < 0.5:
            name, f, g = f"{given} {fam}", fam, given
        elif form < 0.7:
            name, f, g = f"{fam.upper()} {given}", fam, given
        elif form < 0.9:
            name, f, g = fam, fam, None
        else:
            name, f, g = f"{given} {fam}", fam, given
            country = None
        out.append(PersonMention(f"d{i}:0:0", f"d{i}", date, name, f, g, None, None, (), None,
                                 country, None, None))
    return out


def test_fifty_thousand_mentions_each_resolve_to_one_person() -> None:
    # (how fast is bench/bench_ingest.py's business: tests assert no timings)
    mentions = _synthetic_mentions(50_000)
    result = resolve_people(mentions)
    assert len(result) == 50_000
    assert {m.mention_id for m in mentions} == set(result)


def test_people_known_only_from_offices_are_described_from_the_registry() -> None:
    reg = load_registry(REGISTRY)
    office = OfficeMention("a:0:o0", "a", "2024-10-19", "Prime Minister", "GB",
                           publisher="Prime Minister's Office, 10 Downing Street")
    keir = m("Keir Starmer", "2024-11-18", country="GB", given="Keir")
    people = resolve_people([keir], reg) | resolve_offices([office], reg)
    assert people[keir.mention_id] == people["a:0:o0"] == "starmer-keir"
    boris = OfficeMention("b:0:o0", "b", "2020-01-29", "Prime Minister", "GB")
    people |= resolve_offices([boris], reg)
    summaries = {s.person_id: s for s in describe_people([keir], people, reg)}
    assert summaries["starmer-keir"].mentions == 1
    keir_row, boris_row = summaries["starmer-keir"], summaries["johnson-boris"]
    assert (keir_row.name, keir_row.given_name) == ("Keir Starmer", "Keir")
    assert (boris_row.name, boris_row.mentions) == ("johnson-boris", 0)
