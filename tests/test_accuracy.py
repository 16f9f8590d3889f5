"""Accuracy on the real readouts of ../shared/corpus/dev, scored by ../shared/eval/score.py,
must not fall below the baseline stored in tests/accuracy_baseline.json. Skips (does not fail)
where ../shared is absent."""
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
GOLD = SHARED / "corpus" / "dev"
BASELINE = json.loads((Path(__file__).parent / "accuracy_baseline.json").read_text())

pytestmark = pytest.mark.skipif(not (SCORER.exists() and GOLD.is_dir()), reason="../shared corpus not present")


@pytest.fixture(scope="module")
def report() -> str:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    cmd = f"{sys.executable} -m readouts extract --format jsonl"
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--cmd", cmd],
                         capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr
    return run.stdout


def row(report: str, field: str) -> tuple[float, float, float]:
    m = re.search(rf"^{re.escape(field)}\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", report, re.M)
    assert m, field
    return float(m[1]), float(m[2]), float(m[3])


def test_every_document_gets_a_record(report: str) -> None:
    m = re.search(r"documents (\d+), with a record (\d+)", report)
    assert m and m[1] == m[2]


def test_overall_f1_holds_the_baseline(report: str) -> None:
    overall = float(re.search(r"overall F1 ([\d.]+)", report)[1])
    assert overall >= BASELINE["overall"]


def test_participants_f1_holds_the_baseline(report: str) -> None:
    assert row(report, "participants")[2] >= BASELINE["participants"]


def test_gender_is_never_guessed(report: str) -> None:
    assert row(report, "participant gender")[0] >= BASELINE["participant gender precision"]
