"""Accuracy, scored by ../shared/eval/score.py, must not fall below the floors stored in
tests/accuracy_baseline.json: on the real readouts of ../shared/corpus/dev, and on our own
readouts in styles that corpus lacks (tests/fixtures/styles and the numbered sets after it:
every set with a floor). Skips (does not fail) where ../shared is absent."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
FIXTURES = Path(__file__).parent / "fixtures"
BASELINE = json.loads((Path(__file__).parent / "accuracy_baseline.json").read_text())
# every set with a floor is scored: the real readouts of dev, and our own sets named after their folders
CORPORA = {name: SHARED / "corpus" / "dev" if name == "dev" else FIXTURES / name
           for name in BASELINE if not name.startswith("_")}

pytestmark = [pytest.mark.skipif(not (SCORER.exists() and CORPORA["dev"].is_dir()),
                                 reason="../shared corpus not present"),
              # one worker extracts every set once (the session fixture below); the others run the rest
              pytest.mark.xdist_group("accuracy")]


def _inputs(corpus: Path) -> list[Path]:
    """What the scorer's --cmd would hand the extractor: each gold file's NAME.txt, or, for a folder
    of saved web pages (the scorer reads only .txt), the folder itself."""
    if any(corpus.glob("*.html")) and not any(corpus.glob("*.txt")):
        return [corpus]
    return [corpus / (p.name[: -len(".gold.json")] + ".txt") for p in sorted(corpus.glob("*.gold.json"))]


@pytest.fixture(scope="session")
def predictions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every set's records, from one extractor process: a process per set spent most of the
    accuracy test importing the grammar again. Split per set, each scored by the scorer's --pred."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    inputs = [str(path) for corpus in CORPORA.values() for path in _inputs(corpus.resolve())]
    out = tmp_path_factory.mktemp("predictions")
    with (out / "all.jsonl").open("w") as all_records:
        run = subprocess.run([sys.executable, "-m", "readouts", "extract", "--format", "jsonl", *inputs],
                             stdout=all_records, stderr=subprocess.PIPE, text=True, env=env, timeout=1800, check=False)
    assert run.returncode in (0, 1), run.stderr[-2000:]    # 1: some document failed, which scoring shows
    folders = {corpus.resolve(): name for name, corpus in CORPORA.items()}
    per_set = {name: (out / f"{name}.jsonl").open("w") for name in CORPORA}
    with (out / "all.jsonl").open() as all_records:
        for line in all_records:
            source = Path(json.loads(line)["document"]["source"])
            per_set[next(folders[p] for p in source.parents if p in folders)].write(line)
    for handle in per_set.values():
        handle.close()
    return {name: out / f"{name}.jsonl" for name in CORPORA}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def report(request: pytest.FixtureRequest, predictions: dict[str, Path]) -> tuple[str, str]:
    corpus = CORPORA[request.param]
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(corpus), "--pred", str(predictions[request.param])],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    return request.param, run.stdout


def test_every_set_of_ours_has_a_floor() -> None:
    """A set added to the fixtures is scored only once it has a floor: none may be left out."""
    ours = {p.parent.name for p in FIXTURES.glob("styles*/*.gold.json")}
    assert ours <= set(CORPORA)


def row(report: str, field: str) -> tuple[float, float, float]:
    m = re.search(rf"^{re.escape(field)}\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", report, re.M)
    assert m, field
    return float(m[1]), float(m[2]), float(m[3])


def test_every_document_gets_a_record(report: tuple[str, str]) -> None:
    m = re.search(r"documents (\d+), with a record (\d+)", report[1])
    assert m and m[1] == m[2]


def test_overall_f1_holds_the_baseline(report: tuple[str, str]) -> None:
    corpus, text = report
    overall = float(re.search(r"overall F1 ([\d.]+)", text)[1])
    assert overall >= BASELINE[corpus]["overall"]


def test_participants_f1_holds_the_baseline(report: tuple[str, str]) -> None:
    corpus, text = report
    assert row(text, "participants")[2] >= BASELINE[corpus]["participants"]


def test_gender_is_never_guessed(report: tuple[str, str]) -> None:
    corpus, text = report
    assert row(text, "participant gender")[0] >= BASELINE[corpus]["participant gender precision"]
