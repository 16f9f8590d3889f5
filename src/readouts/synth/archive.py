"""Generate and write a synthetic archive: N readouts in several publishers' styles, and the
answers a careful annotator would give for each (in the shape of a gold file, plus the true
identity of every person named)."""
from __future__ import annotations

import json
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import ReadoutsError
from .draft import Draft
from .styles import NoHolder
from .styles import STYLES
from .world import build_population

TRUNCATE_SHARE = 0.12       # about one document in eight stops mid-sentence, as captured pages do
SHARD = 1000                # files per folder


class SynthError(ReadoutsError):
    code = "synth"


@dataclass(frozen=True, slots=True)
class SynthDoc:
    name: str                  # file name, e.g. "0000042-mofa-meeting.txt"
    text: str
    answer: dict[str, Any]     # gold-file shape (see ../shared/corpus/GOLD.md) plus `people`


@dataclass(frozen=True, slots=True)
class WriteSummary:
    count: int
    out_dir: Path
    answers: Path
    seconds: float


def generate(count: int, seed: int = 0) -> Iterator[SynthDoc]:
    """`count` readouts, the same ones for the same seed (and the first n of a longer run are
    the n of a shorter one)."""
    if count < 0:
        raise SynthError("count must be zero or more")
    pop = build_population(seed)
    rng = random.Random(seed)
    names = list(STYLES)
    weights = [STYLES[n][2] for n in names]
    for i in range(count):
        for _attempt in range(20):
            style = rng.choices(names, weights)[0]
            write_doc, publisher, _ = STYLES[style]
            d = Draft(rng, pop, style, publisher)
            try:
                write_doc(d)
                break
            except NoHolder:
                continue     # nobody held that office in the year drawn: draw again
        else:
            raise SynthError("could not draw a readout whose offices had holders")
        text = "".join(d.chunks)
        truncated = False
        if (d.cut_ok and d.cut_from is not None and d.cut_to is not None and d.cut_to - d.cut_from > 60
                and rng.random() < TRUNCATE_SHARE):
            cut = _mid_word(text, rng.randrange(d.cut_from + 20, d.cut_to - 20))
            if cut is not None:
                text, truncated = text[:cut], True
        doc_id = f"{i:07d}-{style}-{d.type}"
        yield SynthDoc(f"{doc_id}.txt", text, d.answer(doc_id, text, truncated))


def _mid_word(text: str, pos: int) -> int | None:
    """A position inside a word at or after pos: a cut there stops mid-sentence."""
    for p in range(pos, min(len(text) - 1, pos + 200)):
        if text[p - 1].isalpha() and text[p].isalpha():
            return p
    return None


def shard_of(index: int) -> str:
    return f"{index // SHARD:04d}"


def write(count: int, out_dir: str | os.PathLike[str], answers_path: str | os.PathLike[str] | None = None,
          seed: int = 0) -> WriteSummary:
    """Write `count` readouts under out_dir (in folders of 1,000: 0000/, 0001/, ...) and their
    answers as JSON Lines to answers_path (default: beside out_dir, OUT_DIR.answers.jsonl),
    which must lie outside out_dir so that extracting the folder reads readouts only. Streams:
    memory stays flat for any count."""
    out = Path(out_dir)
    answers = Path(answers_path) if answers_path is not None else out.with_name(out.name + ".answers.jsonl")
    out_r, ans_r = out.resolve(), answers.resolve()
    if ans_r == out_r or out_r in ans_r.parents:
        raise SynthError(f"the answers file {answers} must not lie inside {out}")
    out.mkdir(parents=True, exist_ok=True)
    answers.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    n = 0
    with answers.open("w", encoding="utf-8", newline="\n") as sink:
        for i, doc in enumerate(generate(count, seed)):
            folder = out / shard_of(i)
            if i % SHARD == 0:
                folder.mkdir(exist_ok=True)
            (folder / doc.name).write_text(doc.text, encoding="utf-8", newline="")
            record = {"file": f"{shard_of(i)}/{doc.name}", **doc.answer}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return WriteSummary(n, out, answers, time.perf_counter() - started)
