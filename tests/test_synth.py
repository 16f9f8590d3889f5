"""The synthetic archive: deterministic, fast, varied, internally consistent, written in
shards with answers beside it, and every document readable by the real extractor."""
from __future__ import annotations

import collections
import datetime as dt
import importlib
import json
import os
import re
import subprocess
import sys
import types
import unicodedata
from pathlib import Path

import pytest

from readouts.synth import SynthError, generate, write
from readouts.synth.draft import offset
from readouts.synth.prose import MONTHS
from readouts.synth.world import COUNTRIES, build_population

pipeline = importlib.import_module("readouts.extract.pipeline")
GOLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def docs():
    return list(generate(2000, seed=11))


def fold(s: str | None) -> str | None:
    if s is None:
        return None
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum()).lower()


# -- determinism and speed ------------------------------------------------------------------------

def test_same_seed_same_archive_and_prefixes_agree():
    a = list(generate(60, seed=4))
    b = list(generate(60, seed=4))
    assert a == b
    assert list(generate(25, seed=4)) == a[:25]
    assert [d.text for d in generate(20, seed=5)] != [d.text for d in a[:20]]
    assert isinstance(generate(3), types.GeneratorType)      # streams


def test_output_does_not_depend_on_the_hash_seed():
    """No set order leaks into the archive: two interpreters with different string hashing agree."""
    code = ("import hashlib, json; from readouts.synth import generate; h = hashlib.sha256()\n"
            "for d in generate(400, 3): h.update(d.text.encode()); h.update(json.dumps(d.answer, sort_keys=True).encode())\n"
            "print(h.hexdigest())")
    src = str(Path(__file__).resolve().parents[1] / "src")
    out = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env=dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=src)).stdout for seed in ("1", "2")}
    assert len(out) == 1


# -- variety -------------------------------------------------------------------------------------------

def test_styles_types_places_and_grammar_are_varied(docs):
    styles = collections.Counter(d.name.split("-")[1] for d in docs)
    assert set(styles) == {"mofa", "uk", "white_house", "canada", "eeas", "un"}
    types_ = collections.Counter(d.answer["event"]["type"] for d in docs)
    assert set(types_) >= {"meeting", "telephone_talk", "video_conference", "courtesy_call", "dialogue", "symposium", "meal"}
    offsets = {d.answer["event"]["utc_offset"] for d in docs} - {None}
    assert {"+05:30", "+05:45", "+09:00"} <= offsets
    assert any(o.endswith(":30") and o.startswith("+0") and o != "+05:30" for o in offsets)   # Tehran, Adelaide ...
    southern_summer = [d for d in docs if d.answer["event"]["city"] in {"Santiago", "Canberra", "Sydney", "Wellington",
                                                                     "Adelaide", "Asunción"}
                       and d.answer["event"]["utc_offset"] and d.answer["event"]["date"][5:7] in {"12", "01", "02"}]
    assert southern_summer
    roles = collections.Counter(p["role"] for d in docs for p in d.answer["event"]["participants"])
    assert set(roles) == {"principal", "counterpart", "moderator", "speaker", "attendee"}
    genders = collections.Counter(p["gender"] for d in docs for p in d.answer["event"]["participants"])
    assert genders[None] > 100 and genders["female"] > 100 and genders["male"] > 100
    assert sum("1325" in d.answer["event"]["resolutions"] for d in docs) > 20
    assert any(r != "1325" for d in docs for r in d.answer["event"]["resolutions"])
    assert sum(bool(d.answer["event"]["series"] and d.answer["event"]["series"]["number"]) for d in docs) > 50
    truncated = sum(d.answer["truncated"] for d in docs)
    assert 0.05 * len(docs) < truncated < 0.25 * len(docs)
    assert sum(bool(d.answer["event"]["offices"]) for d in docs) > 50        # unnamed principals


def test_truncated_texts_stop_mid_sentence(docs):
    for d in docs:
        if d.answer["truncated"]:
            assert d.text[-1].isalpha() and not d.text.endswith((".", "\n")), d.name


# -- answers: shape and internal consistency -------------------------------------------------------

def test_answers_have_the_gold_shape(docs):
    event_keys = {"type", "date", "start_time", "duration_minutes", "city", "country", "utc_offset", "participants",
                  "attendance", "resolutions", "series"}
    person_keys = {"name", "family_name", "role", "gender", "country", "organization"}
    golds = sorted(GOLD_DIR.glob("*.gold.json"))[:3] if GOLD_DIR.is_dir() else []
    for g in golds:                                # the real gold files, where they are present
        gold = json.loads(g.read_text(encoding="utf-8"))
        assert set(gold["event"]) == event_keys
        for p in gold["event"]["participants"]:
            assert set(p) == person_keys
    for d in docs[:300]:
        a = d.answer
        assert {"id", "source", "publisher", "truncated", "published", "event", "people"} <= set(a)
        assert a["id"] + ".txt" == d.name
        assert event_keys <= set(a["event"])
        for p in a["event"]["participants"]:
            assert person_keys | {"person_id"} <= set(p)
            assert p["name"] in d.text
        assert [p["person_id"] for p in a["people"]] == [p["person_id"] for p in a["event"]["participants"]]


def test_person_ids_are_true_identities(docs):
    seen: dict[str, tuple] = {}
    forms: dict[str, set] = collections.defaultdict(set)
    count = collections.Counter()
    for d in docs:
        for p in d.answer["people"]:
            key = (p["given_name"], p["family_name"], p["gender"], p["country"], p["organization"])
            assert seen.setdefault(p["person_id"], key) == key
            forms[p["person_id"]].update(p["forms"])
            count[p["person_id"]] += 1
            for f in p["forms"]:
                assert f in d.text
    busy = [pid for pid, n in count.items() if n >= 20]
    assert busy                                              # the same people recur across documents
    assert any(len(forms[pid]) >= 3 for pid in busy)         # ... under several forms
    # "KAMIKAWA Yoko" / "Yoko Kamikawa" / "Minister Kamikawa": one identity
    assert any(any(f.split()[0].isupper() and len(f.split()[0]) > 2 for f in fs) and
               any(f.startswith(("Minister ", "Foreign Minister ")) for f in fs) for fs in forms.values())


def test_people_who_share_a_family_name_are_kept_apart():
    pop = build_population(11)
    assert len(pop.shared_family) >= 10
    by_id = {p.pid: p for p in pop.people}
    for a, b in pop.shared_family:
        pa, pb = by_id[a], by_id[b]
        assert pa.family == pb.family and pa.pid != pb.pid
        assert (pa.given, pa.country, pa.title, pa.start) != (pb.given, pb.country, pb.title, pb.start)


def test_no_real_politicians():
    pop = build_population(0)
    famous = {"kishida", "kamikawa", "motegi", "hayashi", "abe", "suga", "biden", "trump", "obama", "trudeau", "sunak",
              "johnson", "starmer", "macron", "scholz", "merkel", "guterres", "blinken", "pompeo", "kerry", "joly",
              "garneau", "albanese", "modi", "lavrov", "wang", "yoon"}
    assert not {p.family.lower() for p in pop.people} & famous


def test_japan_time_equivalents_agree_with_the_zones(docs):
    """"commencing at 5:25 p.m. (local time; October 3, 6:25 a.m. JST)": the two agree."""
    pat = re.compile(r"On (\w+) (\d+)(?:, (\d{4}))?, (?:commencing at|from) ([\d:]+(?: [ap]\.m\.)?) "
                     r"\(local time; (?:(\w+) (\d+), )?([\d:]+ [ap]\.m\.) JST\)")
    checked = 0
    for d in docs:
        m = pat.search(d.text)
        if not m:
            continue
        ev = d.answer["event"]
        local = dt.datetime.fromisoformat(f"{ev['date']}T{ev['start_time']}")
        off = ev["utc_offset"]
        sign = 1 if off[0] == "+" else -1
        delta = dt.timedelta(hours=int(off[1:3]), minutes=int(off[4:6])) * sign
        jst = local - delta + dt.timedelta(hours=9)
        h, rest = m.group(7).split(":")
        minute, ampm = rest.split()
        hour = int(h) % 12 + (12 if ampm == "p.m." else 0)
        assert (jst.hour, jst.minute) == (hour, int(minute)), d.name
        if m.group(5):
            assert (MONTHS[jst.month - 1], jst.day) == (m.group(5), int(m.group(6))), d.name
        checked += 1
    assert checked > 50


def test_offsets_follow_rule_changes():
    assert offset(dt.date(2018, 12, 1), dt.time(12), "America/Sao_Paulo") == "-02:00"
    assert offset(dt.date(2020, 12, 1), dt.time(12), "America/Sao_Paulo") == "-03:00"
    assert offset(dt.date(2021, 7, 1), dt.time(12), "America/Mexico_City") == "-05:00"
    assert offset(dt.date(2023, 7, 1), dt.time(12), "America/Mexico_City") == "-06:00"
    assert offset(dt.date(2020, 1, 10), dt.time(12), "Australia/Adelaide") == "+10:30"
    assert offset(dt.date(2024, 6, 1), dt.time(12), "Asia/Almaty") == "+05:00"


def test_every_city_is_in_its_zone():
    for c in COUNTRIES:
        for city in c.cities:
            assert city.country == c.iso
            assert re.fullmatch(r"[A-Z][a-z]+/[A-Za-z_/]+", city.zone)


# -- writing -------------------------------------------------------------------------------------------

def test_write_shards_files_and_streams_answers(tmp_path: Path):
    out, answers = tmp_path / "archive", tmp_path / "answers.jsonl"
    summary = write(2300, out, answers, seed=9)
    assert summary.count == 2300
    shards = sorted(p.name for p in out.iterdir())
    assert shards == ["0000", "0001", "0002"]
    assert [len(list((out / s).iterdir())) for s in shards] == [1000, 1000, 300]
    lines = answers.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2300
    expected = list(generate(5, seed=9))
    for line, doc in zip(lines, expected):
        rec = json.loads(line)
        assert (out / rec["file"]).read_text(encoding="utf-8") == doc.text
        assert rec["event"] == doc.answer["event"]
    # default answers path: beside the folder, never inside it
    summary = write(3, tmp_path / "small")
    assert summary.answers == tmp_path / "small.answers.jsonl" and summary.answers.is_file()


def test_answers_never_inside_the_archive(tmp_path: Path):
    with pytest.raises(SynthError):
        write(1, tmp_path / "a", tmp_path / "a" / "answers.jsonl")


# -- the extractor reads them --------------------------------------------------------------------------

FIELDS = ("date", "start_time", "utc_offset", "type", "city", "country", "family_names", "roles")


def test_extractor_agrees_with_the_answers():
    hits: collections.Counter = collections.Counter()
    misses: dict[str, list] = collections.defaultdict(list)
    docs = list(generate(200, seed=23))
    for doc in docs:
        rec = pipeline.extract_text(doc.text, source=doc.name).to_dict()
        a = doc.answer["event"]
        ev = rec["events"][0] if rec["events"] else {"location": {}, "participants": []}
        loc = ev.get("location") or {}
        got_people = {fold(p["family_name"]): p["role"] for p in ev.get("participants", [])}
        want_people = {fold(p["family_name"]): p["role"] for p in a["participants"]}
        pairs = {
            "date": (a["date"], ev.get("date")),
            "start_time": (a["start_time"], ev.get("start_time")),
            "utc_offset": (a["utc_offset"], ev.get("utc_offset")),
            "type": (a["type"], ev.get("type")),
            "city": (fold(a["city"]), fold(loc.get("city"))),
            "country": (a["country"], loc.get("country")),
            "family_names": (sorted(want_people), sorted(got_people)),
            "roles": (sorted(want_people.items()), sorted(got_people.items())),
        }
        for field, (want, got) in pairs.items():
            if want == got:
                hits[field] += 1
            else:
                misses[field].append((doc.name, want, got))
    report = []
    for field in FIELDS:
        share = hits[field] / len(docs)
        report.append(f"{field}: {share:.3f}")
        for m in misses[field][:5]:
            report.append(f"   miss {m}")
    print("\n" + "\n".join(report))
    for field in FIELDS:
        assert hits[field] / len(docs) >= 0.9, (field, misses[field][:5])
