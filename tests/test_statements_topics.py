"""Statements (who said what) and topic tags, on readouts written for these tests in several
publishers' styles. The steps are called with the objects the pipeline builds for the same
text (its layout, name index and participants), captured from a real run."""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any

import pytest

from readouts.extract.text import Doc

pipeline = importlib.import_module("readouts.extract.pipeline")
statements_mod = importlib.import_module("readouts.extract.statements")
topics_mod = importlib.import_module("readouts.extract.topics")
find_statements = statements_mod.find_statements
tag_topics = topics_mod.tag_topics


@dataclass
class Run:
    text: str
    record: Any
    doc: Doc
    layout: Any
    index: Any
    people: list

    @property
    def names(self) -> list[str]:
        return [p.person.family_name.value for p in self.people]

    def statements(self):
        return find_statements(self.doc, self.layout, self.index, self.people)

    def speaker(self, statement) -> str | None:
        return None if statement.speaker is None else self.names[statement.speaker]


def run(text: str, monkeypatch: pytest.MonkeyPatch) -> Run:
    """extract_text on `text`, keeping the layout, index and participants it built."""
    seen: dict[str, Any] = {}
    find_layout, assign_genders = pipeline.find_layout, pipeline.assign_genders

    def layout_spy(doc):
        seen["layout"] = find_layout(doc)
        return seen["layout"]

    def genders_spy(doc, index, people, resolve):
        seen.update(doc=doc, index=index, people=people)
        return assign_genders(doc, index, people, resolve)

    monkeypatch.setattr(pipeline, "find_layout", layout_spy)
    monkeypatch.setattr(pipeline, "assign_genders", genders_spy)
    record = pipeline.extract_text(text, source="t.txt")
    monkeypatch.undo()
    return Run(text, record, seen["doc"], seen["layout"], seen["index"], seen["people"])


def reads_back(text: str, fact) -> bool:
    (span,) = fact.spans
    return " ".join(text[span.start:span.end].split()) == fact.value


# -- fixtures: readouts in this project's own words ------------------------------------------------

MOFA = """Press Releases

Japan-Norway Foreign Ministers' Meeting

May 14, 2024

On May 14, commencing at 10:05 a.m. for approximately 50 minutes, Ms. TAKEMURA Aiko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Halvard Brekke, Minister of Foreign Affairs of the Kingdom of Norway, who is visiting Japan. The overview of the meeting is as follows.

  1. Bilateral relations
    Minister Takemura welcomed Minister Brekke's visit to Japan. She also stated that Japan would like to deepen cooperation on women's full, equal and meaningful participation in peace processes.
  2. In response, Minister Brekke expressed his appreciation for the warm welcome, and noted that Norway places importance on conflict prevention.
  3. Regional affairs
    1. The two ministers exchanged views on the situation in Ukraine and confirmed that they would continue to support recovery and reconstruction.
    2. Minister Takemura explained Japan's position on North Korea's nuclear and missile activities. Minister Brekke stated that Norway shares the concern.
  4. Both sides agreed to hold the next round of consultations in Oslo.

(Reference) Women, Peace and Security
Minister Takemura stated in 2023 that sexual violence in conflict must end. The Security Council adopted resolution 1325 on the participation of women.

Back to Japan-Norway Relations
"""

UK = """ date 2024-03-05 The Prime Minister met President Kwame Adjei-Mensah of Ghana in Downing Street today.

The Prime Minister said the UK valued the strong trade and investment ties between the two countries.

President Adjei-Mensah welcomed the UK's support for humanitarian relief in the Sahel. He also thanked the UK for its work on climate finance.

Both leaders agreed on the importance of tackling sexual and gender-based violence.
"""

WHITE_HOUSE = """Readout of President Harlan Whitcombe's Call with Prime Minister Ilse Varkonyi of Finland

President Harlan Whitcombe spoke today with Prime Minister Ilse Varkonyi of Finland. The two leaders reaffirmed their shared commitment to NATO and discussed energy security in Europe. President Whitcombe noted that he looks forward to seeing the Prime Minister at the summit. Prime Minister Varkonyi emphasized the need for continued support to Ukraine.
"""

CANADA = """Minister Dubeau speaks with Chilean counterpart

March 3, 2023 - Ottawa, Ontario - Global Affairs Canada

The Honourable Claire Dubeau, Minister of Foreign Affairs, today spoke with Tomas Iturra Vial, Minister of Foreign Affairs of Chile.

Minister Dubeau welcomed Chile's leadership on women, peace and security. The Minister reiterated Canada's support for the participation of women in mediation.

The ministers discussed climate change and critical minerals.

Media Relations Office
Global Affairs Canada
"""

EEAS = """EU and Chile hold 9th Human Rights Dialogue

Brussels, 14/05/2021 - 12:00, UNIQUE ID: 210514_07

The European Union and Chile held their 9th Human Rights Dialogue in Brussels on 13 May 2021.

Both sides reviewed the situation of human rights defenders. Chile underlined its commitment to the rights of refugees and migrants. The EU welcomed Chile's national action plan on Women, Peace and Security.

The Dialogue was held in a constructive atmosphere.
"""


# -- statements --------------------------------------------------------------------------------

def test_numbered_points_with_speakers_and_nesting(monkeypatch):
    r = run(MOFA, monkeypatch)
    assert r.names[:2] == ["Takemura", "Brekke"]
    sts = r.statements()
    got = [(r.speaker(s), s.joint, s.text.value[:40]) for s in sts]
    assert got == [
        ("Takemura", False, "Minister Takemura welcomed Minister Brek"),
        ("Brekke", False, "In response, Minister Brekke expressed h"),
        (None, True, "The two ministers exchanged views on the"),
        ("Takemura", False, "Minister Takemura explained Japan's posi"),
        ("Brekke", False, "Minister Brekke stated that Norway share"),
        (None, True, "Both sides agreed to hold the next round"),
    ]
    # the pronoun sentence goes on the same statement; headings and list markers stay out
    assert sts[0].text.value.endswith("in peace processes.")
    assert "Bilateral relations" not in sts[0].text.value
    for s in sts:
        assert reads_back(MOFA, s.text)
        assert not re.match(r"\s*(?:\d+\.|\(\d+\)|-)", s.text.value)
        if s.attribution is not None:
            assert reads_back(MOFA, s.attribution)
    assert sts[1].attribution.value == "Minister Brekke expressed"
    assert sts[2].attribution.value == "The two ministers exchanged views"


def test_no_statements_from_lead_reference_or_footer(monkeypatch):
    r = run(MOFA, monkeypatch)
    sts = r.statements()
    ref = MOFA.index("(Reference)")
    assert all(s.text.spans[0].end <= ref for s in sts)
    lead = r.layout.lead
    assert all(s.text.spans[0].start >= lead[1] for s in sts)
    assert not any("overview of the meeting" in s.text.value for s in sts)
    assert not any("Back to" in s.text.value for s in sts)


def test_unnamed_office_is_no_speaker(monkeypatch):
    """gov.uk: "The Prime Minister" is the unnamed principal, not the counterpart."""
    r = run(UK, monkeypatch)
    assert r.names == ["Adjei-Mensah"]
    sts = r.statements()
    by_start = {s.text.value.split()[0] + " " + s.text.value.split()[1]: s for s in sts}
    pm = by_start["The Prime"]
    assert pm.speaker is None and pm.attribution.value == "The Prime Minister said" and not pm.joint
    guest = by_start["President Adjei-Mensah"]
    assert r.speaker(guest) == "Adjei-Mensah"
    assert guest.text.value.endswith("climate finance.")       # "He also thanked ..." continues it
    both = by_start["Both leaders"]
    assert both.joint and both.speaker is None
    assert len(sts) == 3


def test_prose_readout_attributes_only_attributed_sentences(monkeypatch):
    r = run(WHITE_HOUSE, monkeypatch)
    sts = r.statements()
    assert [(r.speaker(s), s.joint) for s in sts] == [(None, True), ("Whitcombe", False), ("Varkonyi", False)]
    assert sts[0].attribution.value == "The two leaders reaffirmed"
    for s in sts:
        assert reads_back(WHITE_HOUSE, s.text)


def test_ambiguous_title_gives_no_speaker(monkeypatch):
    """Two ministers take part: "The Minister" could be either."""
    r = run(CANADA, monkeypatch)
    sts = r.statements()
    assert [(r.speaker(s), s.joint) for s in sts] == [("Dubeau", False), (None, False), (None, True)]
    assert sts[1].attribution.value == "The Minister reiterated"
    assert not any("Media Relations" in s.text.value for s in sts)


def test_sides_and_countries(monkeypatch):
    r = run(EEAS, monkeypatch)
    sts = r.statements()
    assert [(s.attribution.value, s.joint, s.speaker) for s in sts] == [
        ("Both sides reviewed", True, None), ("Chile underlined", False, None), ("The EU welcomed", False, None)]


def test_no_lead_no_statements():
    doc = Doc("Nothing here.")
    layout = pipeline.find_layout(doc)
    assert layout.lead is None
    assert find_statements(doc, layout, None, []) == []


def test_statements_reach_the_record_json(monkeypatch):
    """Set on an event, statements serialise with their evidence spans."""
    r = run(WHITE_HOUSE, monkeypatch)
    event = r.record.events[0]
    event.statements = r.statements()
    event.topics = tag_topics(r.doc, r.layout.dateline_end, r.layout.body_end)
    data = r.record.to_dict()
    ev = data["events"][0]
    assert ev["statements"][1]["speaker"] == 0
    assert ev["statements"][1]["text"].startswith("President Whitcombe noted")
    s, e = data["evidence"]["events[0].statements[1].text"][0]
    assert WHITE_HOUSE[s:e].startswith("President Whitcombe noted")
    assert {"tag": "regional:ukraine", "pillar": False, "trigger": "Ukraine"} in ev["topics"]


# -- topics -----------------------------------------------------------------------------------------

def tags(text: str, start: int = 0, end: int | None = None) -> dict[str, Any]:
    doc = Doc(text)
    return {t.tag: t for t in tag_topics(doc, start, len(text) if end is None else end)}


def test_topics_of_a_readout_with_their_first_trigger(monkeypatch):
    r = run(MOFA, monkeypatch)
    found = {t.tag: t for t in tag_topics(r.doc, r.layout.dateline_end, r.layout.body_end)}
    assert found["participation"].pillar and found["participation"].evidence.value.startswith("women's full")
    assert found["prevention"].evidence.value == "conflict prevention"
    assert found["relief_and_recovery"].evidence.value == "recovery and reconstruction"
    assert found["regional:ukraine"].evidence.value == "Ukraine"
    assert found["regional:korean_peninsula"].evidence.value == "North Korea"
    assert found["disarmament"].evidence.value == "nuclear and missile"
    for t in found.values():
        assert reads_back(MOFA, t.evidence)
    # the (Reference) section is outside the body: its words tag nothing
    assert "protection" not in found and "wps" not in found


@pytest.mark.parametrize("phrase, tag", [
    ("the participation of women in peace talks", "participation"),
    ("women’s meaningful participation", "participation"),
    ("sexual violence in conflict", "protection"),
    ("conflict-related sexual violence", "protection"),
    ("conflict prevention", "prevention"),
    ("preventing violent extremism", "prevention"),
    ("recovery and reconstruction", "relief_and_recovery"),
    ("post-conflict reconstruction", "relief_and_recovery"),
    ("humanitarian access to Gaza", "humanitarian"),
    ("nuclear disarmament", "disarmament"),
    ("trade and investment", "economy"),
    ("maritime security", "security"),
    ("climate change", "climate"),
    ("artificial intelligence", "technology"),
    ("a free and open Indo-Pacific", "regional:indo_pacific"),
    ("the situation in the Middle East", "regional:middle_east"),
    ("the Korean Peninsula", "regional:korean_peninsula"),
    ("peace and security in the Sahel", "regional:africa"),
])
def test_trigger_phrases(phrase: str, tag: str) -> None:
    text = f"The ministers discussed {phrase} at length."
    found = tags(text)
    assert tag in found, (phrase, list(found))
    ev = found[tag].evidence
    assert reads_back(text, ev)


@pytest.mark.parametrize("text, absent", [
    ("Twelve ambassadors participated in the meeting.", "participation"),
    ("Japan's participation in the expo was discussed.", "participation"),
    ("She is a member of the Security Council.", "security"),
    ("They promoted Women, Peace and Security.", "security"),
    ("They promoted Women, Peace, and Security.", "security"),
    ("Ms. Ai Tanaka attended.", "technology"),
    ("They discussed food security.", "security"),
    ("The team said it would reconvene.", "technology"),
])
def test_precision(text: str, absent: str) -> None:
    assert absent not in tags(text)


def test_wps_is_its_own_tag_and_pillars_are_marked():
    found = tags("They promoted Women, Peace and Security (WPS) and gender equality.")
    assert found["wps"].evidence.value == "Women, Peace and Security"
    assert not found["wps"].pillar
    assert "gender_equality" in found
    p = tags("women's participation")["participation"]
    assert p.pillar


def test_each_tag_once_with_its_earliest_trigger():
    text = ("They discussed trade.\nThey agreed on a free\ntrade agreement. The economy grew. "
            "Refugees and internally displaced persons were also discussed, as was humanitarian aid.")
    found = tags(text)
    assert list(found).count("economy") == 1
    assert found["economy"].evidence.value == "trade"
    assert found["humanitarian"].evidence.value == "Refugees"
    # a trigger across a line break reads back with its white space folded
    found2 = tags("They backed women's\nparticipation today.")
    ev = found2["participation"].evidence
    assert ev.value == "women's participation"
    assert reads_back("They backed women's\nparticipation today.", ev)


def test_range_is_respected():
    text = "Climate change was raised. (Reference) Sexual violence in conflict."
    cut = text.index("(Reference)")
    found = tags(text, 0, cut)
    assert "climate" in found and "protection" not in found
    found = tags(text, cut, len(text))
    assert "protection" in found and "climate" not in found


def test_every_trigger_has_a_key_so_tagging_stays_fast():
    """A trigger without a whole word outside groups is searched in the whole text; keep
    those rare (see the note in lexicon/topics.json)."""
    keyless = [t.source for rule in topics_mod.vocabulary() for t in rule.triggers if not t.keys]
    assert len(keyless) <= 2, keyless


def test_fast_path_agrees_with_a_plain_search():
    """Keys and windows are an optimisation only: the result equals searching every trigger."""
    texts = [MOFA, UK, WHITE_HOUSE, CANADA, EEAS,
             "Türkiye and İstanbul: climate finance, AI and the Indo Pacific; COP28 and net zero.",
             "women's full , equal and   meaningful\nparticipation; prevention of armed conflicts"]
    for text in texts:
        plain = {}
        for rule in topics_mod.vocabulary():
            hits = [m for t in rule.triggers if (m := t.pattern.search(text))]
            if hits:
                m = min(hits, key=lambda m: m.start())
                plain[rule.tag] = (m.start(), m.end())
        fast = {t.tag: (t.evidence.spans[0].start, t.evidence.spans[0].end) for t in tag_topics(Doc(text), 0, len(text))}
        assert fast == plain, text
