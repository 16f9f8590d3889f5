"""Accuracy, scored by ../shared/eval/score.py, must not fall below the floors stored in
tests/accuracy_baseline.json: on the real readouts of ../shared/corpus/dev, and on our own
readouts in styles that corpus lacks (tests/fixtures/styles and the numbered sets after it,
all listed in CORPORA). Skips (does not fail) where ../shared is absent."""
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
CORPORA = {"dev": SHARED / "corpus" / "dev", "styles": FIXTURES / "styles", "styles2": FIXTURES / "styles2",
           "styles3": FIXTURES / "styles3", "styles4": FIXTURES / "styles4", "styles5": FIXTURES / "styles5",
           "styles6": FIXTURES / "styles6", "styles7": FIXTURES / "styles7",
           "styles8": FIXTURES / "styles8", "styles9": FIXTURES / "styles9", "styles10": FIXTURES / "styles10",
           "styles11": FIXTURES / "styles11", "styles12": FIXTURES / "styles12", "styles13": FIXTURES / "styles13",
           "styles14": FIXTURES / "styles14", "styles15": FIXTURES / "styles15",
           "styles16": FIXTURES / "styles16", "styles17": FIXTURES / "styles17", "styles18": FIXTURES / "styles18",
           "styles19": FIXTURES / "styles19", "styles20": FIXTURES / "styles20", "styles21": FIXTURES / "styles21",
           "styles22": FIXTURES / "styles22", "styles23": FIXTURES / "styles23", "styles24": FIXTURES / "styles24",
           "styles25": FIXTURES / "styles25", "styles26": FIXTURES / "styles26", "styles27": FIXTURES / "styles27",
           "styles28": FIXTURES / "styles28", "styles29": FIXTURES / "styles29", "styles30": FIXTURES / "styles30",
           "styles31": FIXTURES / "styles31", "styles32": FIXTURES / "styles32", "styles33": FIXTURES / "styles33",
           "styles34": FIXTURES / "styles34", "styles35": FIXTURES / "styles35", "styles36": FIXTURES / "styles36",
           "styles37": FIXTURES / "styles37", "styles38": FIXTURES / "styles38", "styles39": FIXTURES / "styles39",
           "styles40": FIXTURES / "styles40", "styles41": FIXTURES / "styles41", "styles42": FIXTURES / "styles42",
           "styles43": FIXTURES / "styles43", "styles44": FIXTURES / "styles44", "styles45": FIXTURES / "styles45",
           "styles46": FIXTURES / "styles46", "styles47": FIXTURES / "styles47", "styles48": FIXTURES / "styles48",
           "styles49": FIXTURES / "styles49", "styles50": FIXTURES / "styles50", "styles51": FIXTURES / "styles51",
           "styles52": FIXTURES / "styles52", "styles53": FIXTURES / "styles53", "styles54": FIXTURES / "styles54",
           "styles55": FIXTURES / "styles55", "styles56": FIXTURES / "styles56", "styles57": FIXTURES / "styles57",
           "styles58": FIXTURES / "styles58", "styles59": FIXTURES / "styles59", "styles60": FIXTURES / "styles60",
           "styles61": FIXTURES / "styles61", "styles62": FIXTURES / "styles62",
           "styles63": FIXTURES / "styles63", "styles64": FIXTURES / "styles64", "styles65": FIXTURES / "styles65",
           "styles66": FIXTURES / "styles66", "styles67": FIXTURES / "styles67", "styles68": FIXTURES / "styles68",
           "styles69": FIXTURES / "styles69", "styles70": FIXTURES / "styles70", "styles71": FIXTURES / "styles71",
           "styles72": FIXTURES / "styles72", "styles73": FIXTURES / "styles73", "styles74": FIXTURES / "styles74",
           "styles75": FIXTURES / "styles75", "styles76": FIXTURES / "styles76", "styles77": FIXTURES / "styles77",
           "styles78": FIXTURES / "styles78", "styles79": FIXTURES / "styles79", "styles80": FIXTURES / "styles80",
           "styles81": FIXTURES / "styles81", "styles82": FIXTURES / "styles82", "styles83": FIXTURES / "styles83",
           "styles84": FIXTURES / "styles84", "styles85": FIXTURES / "styles85", "styles86": FIXTURES / "styles86",
           "styles87": FIXTURES / "styles87", "styles88": FIXTURES / "styles88", "styles89": FIXTURES / "styles89",
           "styles90": FIXTURES / "styles90", "styles91": FIXTURES / "styles91", "styles92": FIXTURES / "styles92",
           "styles93": FIXTURES / "styles93", "styles94": FIXTURES / "styles94", "styles95": FIXTURES / "styles95",
           "styles96": FIXTURES / "styles96", "styles97": FIXTURES / "styles97", "styles98": FIXTURES / "styles98",
           "styles99": FIXTURES / "styles99", "styles100": FIXTURES / "styles100", "styles101": FIXTURES / "styles101",
           "styles102": FIXTURES / "styles102", "styles103": FIXTURES / "styles103", "styles104": FIXTURES / "styles104",
           "styles105": FIXTURES / "styles105", "styles106": FIXTURES / "styles106", "styles107": FIXTURES / "styles107",
           "styles108": FIXTURES / "styles108", "styles109": FIXTURES / "styles109", "styles110": FIXTURES / "styles110",
           "styles111": FIXTURES / "styles111", "styles112": FIXTURES / "styles112", "styles113": FIXTURES / "styles113",
           "styles114": FIXTURES / "styles114", "styles115": FIXTURES / "styles115", "styles116": FIXTURES / "styles116", "styles117": FIXTURES / "styles117", "styles118": FIXTURES / "styles118", "styles119": FIXTURES / "styles119",
           "styles120": FIXTURES / "styles120", "styles121": FIXTURES / "styles121", "styles122": FIXTURES / "styles122", "styles123": FIXTURES / "styles123", "styles124": FIXTURES / "styles124", "styles125": FIXTURES / "styles125",
           "styles126": FIXTURES / "styles126", "styles127": FIXTURES / "styles127", "styles128": FIXTURES / "styles128", "styles129": FIXTURES / "styles129",
           "styles130": FIXTURES / "styles130", "styles131": FIXTURES / "styles131", "styles132": FIXTURES / "styles132", "styles133": FIXTURES / "styles133",
           "styles134": FIXTURES / "styles134", "styles135": FIXTURES / "styles135", "styles136": FIXTURES / "styles136", "styles137": FIXTURES / "styles137",
           "styles138": FIXTURES / "styles138", "styles139": FIXTURES / "styles139", "styles140": FIXTURES / "styles140", "styles141": FIXTURES / "styles141",
           "styles142": FIXTURES / "styles142", "styles143": FIXTURES / "styles143", "styles144": FIXTURES / "styles144", "styles145": FIXTURES / "styles145",
           "styles146": FIXTURES / "styles146", "styles147": FIXTURES / "styles147", "styles148": FIXTURES / "styles148", "styles149": FIXTURES / "styles149",
           "styles150": FIXTURES / "styles150", "styles151": FIXTURES / "styles151", "styles152": FIXTURES / "styles152", "styles153": FIXTURES / "styles153",
           "styles154": FIXTURES / "styles154", "styles155": FIXTURES / "styles155", "styles156": FIXTURES / "styles156", "styles157": FIXTURES / "styles157",
           "styles158": FIXTURES / "styles158", "styles159": FIXTURES / "styles159", "styles160": FIXTURES / "styles160", "styles161": FIXTURES / "styles161",
           "styles162": FIXTURES / "styles162", "styles163": FIXTURES / "styles163", "styles164": FIXTURES / "styles164", "styles165": FIXTURES / "styles165",
           "styles166": FIXTURES / "styles166", "styles167": FIXTURES / "styles167", "styles168": FIXTURES / "styles168", "styles169": FIXTURES / "styles169",
           "styles170": FIXTURES / "styles170", "styles171": FIXTURES / "styles171", "styles172": FIXTURES / "styles172", "styles173": FIXTURES / "styles173",
           "styles174": FIXTURES / "styles174", "styles175": FIXTURES / "styles175", "styles176": FIXTURES / "styles176", "styles177": FIXTURES / "styles177",
           "styles178": FIXTURES / "styles178", "styles179": FIXTURES / "styles179",
           "styles180": FIXTURES / "styles180", "styles181": FIXTURES / "styles181", "styles182": FIXTURES / "styles182",
           "styles183": FIXTURES / "styles183", "styles184": FIXTURES / "styles184", "styles185": FIXTURES / "styles185",
           "styles186": FIXTURES / "styles186", "styles187": FIXTURES / "styles187", "styles188": FIXTURES / "styles188",
           "styles189": FIXTURES / "styles189", "styles190": FIXTURES / "styles190", "styles191": FIXTURES / "styles191",
           "styles192": FIXTURES / "styles192", "styles193": FIXTURES / "styles193", "styles194": FIXTURES / "styles194",
           "styles195": FIXTURES / "styles195", "styles196": FIXTURES / "styles196",
           "styles197": FIXTURES / "styles197", "styles198": FIXTURES / "styles198",
           "styles199": FIXTURES / "styles199", "styles200": FIXTURES / "styles200",
           "styles201": FIXTURES / "styles201", "styles202": FIXTURES / "styles202",
           "styles203": FIXTURES / "styles203", "styles204": FIXTURES / "styles204",
           "styles205": FIXTURES / "styles205", "styles206": FIXTURES / "styles206",
           "styles207": FIXTURES / "styles207", "styles208": FIXTURES / "styles208",
           "styles209": FIXTURES / "styles209", "styles210": FIXTURES / "styles210",
           "styles211": FIXTURES / "styles211", "styles212": FIXTURES / "styles212"}
BASELINE = json.loads((Path(__file__).parent / "accuracy_baseline.json").read_text())

pytestmark = pytest.mark.skipif(not (SCORER.exists() and CORPORA["dev"].is_dir()),
                                reason="../shared corpus not present")


@pytest.fixture(scope="module", params=sorted(CORPORA))
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    corpus = CORPORA[request.param]
    cmd = f"{sys.executable} -m readouts extract --format jsonl"
    if any(corpus.glob("*.html")) and not any(corpus.glob("*.txt")):
        # saved web pages: the scorer's --cmd reads only NAME.txt, so extract the folder and score the records
        pred = tmp_path_factory.mktemp(request.param) / "pred.jsonl"
        with pred.open("w") as out:
            subprocess.run([sys.executable, "-m", "readouts", "extract", str(corpus), "--format", "jsonl"],
                           stdout=out, env=env, timeout=600, check=False)
        scoring = ["--pred", str(pred)]
    else:
        scoring = ["--cmd", cmd]
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(corpus)] + scoring,
                         capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr
    return request.param, run.stdout


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
