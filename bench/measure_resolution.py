#!/usr/bin/env python3
"""Entity resolution measured: pairwise precision and recall of `resolve_people`.

    .venv/bin/python bench/measure_resolution.py [--dev DIR] [--synth-count N] [--no-synth]
                                                  [--registry FILE]

Pairwise: every two mentions the resolver gives one person id is a predicted pair; every two
mentions of one true person is a true pair. Precision = predicted pairs that are true /
predicted pairs; recall = true pairs predicted / true pairs. Beside them, B-cubed (the mean
over mentions of the share of its predicted / true cluster that is right), which weighs every
mention alike where pairwise figures are dominated by the people mentioned most.

1. Dev corpus, gold mentions. Each participant of each `*.gold.json` in ../shared/corpus/dev
   is a mention (name, family name, gender, country, organisation, role as the annotators
   wrote them; date: the event's date, else the published date; publisher). The truth of
   "same person" comes from a manual rule, checked by eye on the list this script prints:
   mentions with the same folded family name are one person, except the namesakes listed in
   NAMESAKES below (found by reading every family name that occurs more than once).
2. Dev corpus, extracted mentions. The real extractor over the same texts; each extracted
   participant takes the truth of the gold participant of its document with the same folded
   family name, or is a person of its own when the gold file has no such participant.
3. Synthetic archive (when `readouts.synth` exists): N readouts from `readouts.synth.generate`
   (the documents `readouts synth` writes), the real extractor over each, and the true person
   ids of their answers; an extracted participant takes the id of the answer participant of
   its document with the same folded family name. Reported over all extracted mentions (one
   the answers do not know is a person of its own), over the matched ones only, and over the
   matched ones degraded as later readouts write names (`degrade`: the given name dropped
   from 30% of mentions, the country from 20%), since the synthetic readouts name every
   participant in full at least once.

Prints the figures and the command that made them; writes them to bench/out/resolution.json.
Runs itself again under PYTHONHASHSEED=0 when that is not set: what `readouts.synth`
generates for a seed depends on Python's string hashing, and the figures should repeat.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from readouts.resolve import (PersonMention, load_registry, mentions_from_record,  # noqa: E402
                              resolve_people)
from readouts.resolve.names import family_key, fold_words, split_name  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"
OUT = ROOT / "bench" / "out"

# Namesakes in the dev gold: (folded family name, country) pairs that are a different person
# from the other mentions of that family name. Found by reading the list this script prints.
NAMESAKES = {
    # Yun Byung-se, Minister of Foreign Affairs of the Republic of Korea (KR), is not Yun, the
    # U.S. Deputy Assistant Secretary of State attending the Kishida-Kerry meeting (US).
    ("yun", "US"): "Yun (US Deputy Assistant Secretary of State)",
}


# --- scoring ------------------------------------------------------------------------------

def pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(predicted: Mapping[str, str], truth: Mapping[str, str]) -> dict[str, Any]:
    """Pairwise precision/recall over the mentions both mappings cover."""
    ids = [m for m in truth if m in predicted]
    cells = Counter((predicted[m], truth[m]) for m in ids)
    pred = Counter(predicted[m] for m in ids)
    true = Counter(truth[m] for m in ids)
    tp = sum(pairs(n) for n in cells.values())
    pp = sum(pairs(n) for n in pred.values())
    tt = sum(pairs(n) for n in true.values())
    # B-cubed, per mention: pairwise figures are dominated by the people mentioned most.
    b3p = sum(cells[(predicted[m], truth[m])] / pred[predicted[m]] for m in ids)
    b3r = sum(cells[(predicted[m], truth[m])] / true[truth[m]] for m in ids)
    return {
        "mentions": len(ids), "true_people": len(true), "predicted_people": len(pred),
        "true_pairs": tt, "predicted_pairs": pp, "correct_pairs": tp,
        "precision": tp / pp if pp else 1.0, "recall": tp / tt if tt else 1.0,
        "b3_precision": b3p / len(ids) if ids else 1.0,
        "b3_recall": b3r / len(ids) if ids else 1.0,
    }


def errors(predicted: Mapping[str, str], truth: Mapping[str, str],
           label: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """Readable false merges and missed merges (one line per pair of clusters)."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_true: dict[str, set[str]] = defaultdict(set)
    for m, t in truth.items():
        if m in predicted:
            by_pred[predicted[m]].add(t)
            by_true[t].add(predicted[m])
    false_merges = [f"{p}: " + " + ".join(sorted(ts)) for p, ts in sorted(by_pred.items())
                    if len(ts) > 1]
    missed = []
    for t, ps in sorted(by_true.items()):
        if len(ps) > 1:
            groups = []
            for p in sorted(ps):
                names = sorted({label[m] for m in truth if truth[m] == t and predicted.get(m) == p})
                groups.append("[" + "; ".join(names) + "]")
            missed.append(f"{t}: " + " | ".join(groups))
    return false_merges, missed


# --- 1. dev gold --------------------------------------------------------------------------

def gold_files(dev: Path) -> list[Path]:
    return sorted(dev.glob("*.gold.json"))


def truth_key(family: str, country: str | None) -> str:
    key = family_key(family)
    return NAMESAKES.get((key, country), key)


def gold_mentions(dev: Path) -> tuple[list[PersonMention], dict[str, str], dict[str, str]]:
    mentions: list[PersonMention] = []
    truth: dict[str, str] = {}
    label: dict[str, str] = {}
    for path in gold_files(dev):
        gold = json.loads(path.read_text(encoding="utf-8"))
        event = gold.get("event") or {}
        date = event.get("date") or gold.get("published")
        for j, p in enumerate(event.get("participants") or ()):
            mid = f"{gold['id']}:0:{j}"
            family = p.get("family_name") or split_name(p["name"])[0]
            mentions.append(PersonMention(
                mid, gold["id"], date, p["name"], family, None, None, p.get("gender"), (),
                p.get("organization"), p.get("country"), p.get("role"), gold.get("publisher")))
            truth[mid] = truth_key(family, p.get("country"))
            label[mid] = _label(p["name"], p.get("country") or p.get("organization"), date)
    return mentions, truth, label


def _label(name: str, affiliation: str | None, date: str | None) -> str:
    return f"{name} ({affiliation or '-'}, {date or 'undated'})"


def truth_listing(mentions: list[PersonMention], truth: Mapping[str, str]) -> list[str]:
    """Every family name with more than one mention, and how the truth groups them."""
    by_family: dict[str, list[PersonMention]] = defaultdict(list)
    for m in mentions:
        by_family[family_key(m.family_name or split_name(m.name)[0])].append(m)
    lines = []
    for fam in sorted(by_family):
        ms = by_family[fam]
        if len(ms) < 2:
            continue
        groups: dict[str, Counter] = defaultdict(Counter)
        for m in ms:
            groups[truth[m.mention_id]][(m.name, m.country or m.organization or "-")] += 1
        for t, c in sorted(groups.items()):
            forms = ", ".join(f"{n} [{a}] x{k}" for (n, a), k in sorted(c.items()))
            lines.append(f"  {t:<45} {sum(c.values()):>3} mentions: {forms}")
    return lines


# --- 2. dev extracted ---------------------------------------------------------------------

def primary_mentions(record: Mapping[str, Any]) -> list[PersonMention]:
    """The mentions of a record's primary event (`events[0]`), which the answers describe."""
    return [m for m in mentions_from_record(record) if m.mention_id.split(":")[-2] == "0"]


def extracted_records(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    import readouts
    for record in readouts.iter_records([str(p) for p in paths]):
        yield record.to_dict()


def align(mentions: list[PersonMention], answers: Mapping[str, list[tuple[str, str]]],
          doc_of: Mapping[str, str]) -> tuple[dict[str, str], int]:
    """Truth for extracted mentions: the answer participant (family name, true id) of the same
    document with the same folded family name, or else whose family name ends with the
    mention's or the other way round ("Montera Vilillo" / "Vilillo"), each used once;
    unmatched mentions are people of their own."""
    truth: dict[str, str] = {}
    used: dict[str, set[int]] = defaultdict(set)
    unmatched = 0
    for m in mentions:
        key = doc_of.get(m.document_id) or ""
        family = m.family_name or split_name(m.name)[0]
        fam, last = family_key(family), (fold_words(family) or ("",))[-1]
        options = answers.get(key, [])
        hit = next((k for k, (afam, _) in enumerate(options)
                    if k not in used[key] and family_key(afam) == fam), None)
        if hit is None:
            hit = next((k for k, (afam, _) in enumerate(options)
                        if k not in used[key] and last
                        and (fold_words(afam) or ("",))[-1] == last), None)
        if hit is None:
            truth[m.mention_id] = "unmatched:" + m.mention_id
            unmatched += 1
        else:
            used[key].add(hit)
            truth[m.mention_id] = options[hit][1]
    return truth, unmatched


def dev_extracted(dev: Path, registry) -> dict[str, Any]:
    answers: dict[str, list[tuple[str, str]]] = {}
    for path in gold_files(dev):
        gold = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name[:-len(".gold.json")]
        answers[stem] = [(p.get("family_name") or split_name(p["name"])[0],
                          truth_key(p.get("family_name") or split_name(p["name"])[0],
                                    p.get("country")))
                         for p in (gold.get("event") or {}).get("participants") or ()]
    texts = [p for p in sorted(dev.glob("*.txt")) if p.name[:-4] in answers]
    mentions: list[PersonMention] = []
    doc_of: dict[str, str] = {}
    for record in extracted_records(texts):
        stem = Path(record["document"]["source"]).name.rsplit(".", 1)[0]
        doc_of[record["document"]["id"]] = stem
        mentions.extend(primary_mentions(record))
    truth, unmatched = align(mentions, answers, doc_of)
    predicted = resolve_people(mentions, registry)
    label = {m.mention_id: _label(m.name, m.country or m.organization, m.date) for m in mentions}
    result = pairwise(predicted, truth)
    result["unmatched_mentions"] = unmatched
    result["false_merges"], result["missed_merges"] = errors(predicted, truth, label)
    return result


# --- 3. synthetic archive -----------------------------------------------------------------

def synth_available() -> bool:
    return importlib.util.find_spec("readouts.synth") is not None


DROP_GIVEN, DROP_COUNTRY = 0.3, 0.2


def degrade(mentions: list[PersonMention], seed: int) -> list[PersonMention]:
    """The same mentions written less fully, as later readouts often do: the given name
    dropped from 30% ("Ms. Montera Vilillo", titles kept), the country from 20% of them."""
    rng = random.Random(f"degrade-{seed}")
    out = []
    for m in mentions:
        if rng.random() < DROP_GIVEN:
            family = m.family_name or split_name(m.name)[0]
            m = replace(m, name=family, family_name=family, given_name=None)
        if rng.random() < DROP_COUNTRY:
            m = replace(m, country=None)
        out.append(m)
    return out


def synthetic(count: int, registry, seed: int) -> dict[str, Any]:
    """Generate `count` synthetic readouts in memory (`readouts.synth.generate`), extract each
    with the real extractor, resolve, and score against the answers' true person ids."""
    import readouts
    from readouts.synth import generate

    answers: dict[str, list[tuple[str, str]]] = {}
    mentions: list[PersonMention] = []
    doc_of: dict[str, str] = {}
    generate_s = extract_s = 0.0
    t0 = time.perf_counter()
    docs = 0
    for doc in generate(count, seed):
        t1 = time.perf_counter()
        generate_s += t1 - t0
        stem = doc.name.rsplit(".", 1)[0]
        parts = (doc.answer.get("event") or {}).get("participants") or []
        answers[stem] = [(p.get("family_name") or split_name(p["name"])[0], str(p["person_id"]))
                         for p in parts]
        record = readouts.extract(doc.text, source=doc.name).to_dict()
        t0 = time.perf_counter()
        extract_s += t0 - t1
        docs += 1
        if record.get("error"):
            continue
        doc_of[record["document"]["id"]] = stem
        mentions.extend(primary_mentions(record))
    truth, unmatched = align(mentions, answers, doc_of)
    t0 = time.perf_counter()
    predicted = resolve_people(mentions, registry)
    resolve_s = time.perf_counter() - t0
    label = {m.mention_id: _label(m.name, m.country or m.organization, m.date) for m in mentions}
    matched = {m: t for m, t in truth.items() if not t.startswith("unmatched:")}
    result = pairwise(predicted, truth)
    result["matched_only"] = pairwise(predicted, matched)
    worse = degrade(mentions, seed)
    result["degraded"] = pairwise(resolve_people(worse, registry), matched)
    result.update(documents=docs, seed=seed, unmatched_mentions=unmatched,
                  answer_participants=sum(len(v) for v in answers.values()),
                  generate_s=round(generate_s, 2), extract_s=round(extract_s, 2),
                  resolve_s=round(resolve_s, 3))
    fm, mm = errors(predicted, matched, label)
    result["false_merges"], result["missed_merges"] = fm[:50], mm[:50]
    result["false_merge_count"], result["missed_merge_count"] = len(fm), len(mm)
    return result


# --- main ---------------------------------------------------------------------------------

def fmt(r: Mapping[str, Any]) -> str:
    return (f"precision {r['precision']:.4f}  recall {r['recall']:.4f}  "
            f"(B-cubed {r['b3_precision']:.4f} / {r['b3_recall']:.4f}; "
            f"{r['correct_pairs']}/{r['predicted_pairs']} predicted pairs true, "
            f"{r['correct_pairs']}/{r['true_pairs']} true pairs found; {r['mentions']} mentions, "
            f"{r['true_people']} true people, {r['predicted_people']} predicted)")


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0" and argv is None:
        # readouts.synth's output depends on set order; a fixed hash seed makes it repeatable.
        os.execve(sys.executable, [sys.executable, *sys.argv],
                  dict(os.environ, PYTHONHASHSEED="0"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--synth-count", type=int, default=2000)
    ap.add_argument("--synth-seed", type=int, default=0)
    ap.add_argument("--no-synth", action="store_true")
    ap.add_argument("--registry", type=Path, default=None)
    args = ap.parse_args(argv)
    registry = load_registry(args.registry) if args.registry else None
    command = "python bench/measure_resolution.py " + " ".join(argv if argv is not None
                                                                else sys.argv[1:])
    report: dict[str, Any] = {"command": command.strip()}
    print(f"$ {command.strip()}")

    if args.dev.is_dir() and gold_files(args.dev):
        mentions, truth, label = gold_mentions(args.dev)
        predicted = resolve_people(mentions, registry)
        gold = pairwise(predicted, truth)
        gold["false_merges"], gold["missed_merges"] = errors(predicted, truth, label)
        report["dev_gold"] = gold
        print(f"\n1. dev corpus, gold mentions ({len(gold_files(args.dev))} documents):")
        print("   " + fmt(gold))
        print("   the truth, by family name (every family name with several mentions; all "
              "others are one mention each):")
        print("\n".join(truth_listing(mentions, truth)))
        for line in gold["false_merges"]:
            print("   false merge:", line)
        for line in gold["missed_merges"]:
            print("   missed:", line)

        ext = dev_extracted(args.dev, registry)
        report["dev_extracted"] = ext
        print("\n2. dev corpus, mentions from the real extractor (primary events):")
        print("   " + fmt(ext))
        print(f"   {ext['unmatched_mentions']} extracted mentions match no gold participant")
        for line in ext["false_merges"]:
            print("   false merge:", line)
        for line in ext["missed_merges"]:
            print("   missed:", line)
    else:
        print(f"\n1-2. dev corpus: skipped, no gold files in {args.dev}")

    if args.no_synth:
        print("\n3. synthetic archive: skipped (--no-synth)")
    elif not synth_available():
        report["synthetic"] = {"skipped": "readouts.synth is not in this tree yet"}
        print("\n3. synthetic archive: skipped — readouts.synth is not in this tree yet "
              "(`readouts synth` writes the documents and the true person ids it needs)")
    else:
        try:
            syn = synthetic(args.synth_count, registry, args.synth_seed)
        except Exception as exc:        # the generator is another module's: report, go on
            syn = {"skipped": f"readouts.synth failed: {type(exc).__name__}: {exc}"}
        report["synthetic"] = syn
        if "skipped" in syn:
            print(f"\n3. synthetic archive: skipped — {syn['skipped']}")
        else:
            print(f"\n3. synthetic archive ({syn['documents']} documents, real extractor):")
            print("   all mentions:     " + fmt(syn))
            print("   matched mentions: " + fmt(syn["matched_only"]))
            print("   degraded:         " + fmt(syn["degraded"]))
            print(f"   (degraded: matched mentions with the given name dropped from "
                  f"{DROP_GIVEN:.0%} and the country from {DROP_COUNTRY:.0%}, at random)")
            print(f"   {syn['unmatched_mentions']} extracted mentions match no answer "
                  f"participant; resolve_people took {syn['resolve_s']} s "
                  f"(generate {syn['generate_s']} s, extract {syn['extract_s']} s)")
            for line in syn["false_merges"][:10]:
                print("   false merge:", line)
            for line in syn["missed_merges"][:10]:
                print("   missed:", line)

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "resolution.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
