"""The command line, in-process (click's CliRunner) and as a real subprocess."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import readouts
from readouts.cli import cli
from readouts.model import Record

from conftest import EXAMPLE_FILES, EXAMPLES, PIPELINE, ROOT, jsonl, run_cli

HTML_EXAMPLE = EXAMPLES / "jp-kenya-foreign-ministers-meeting.html"


def invoke(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


# --- in-process --------------------------------------------------------------------------

def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout == f"readouts {readouts.__version__}\n"


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["extract", "--help"], ["extract", "-h"]])
def test_help_everywhere(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0 and "Usage: " in result.stdout


def test_examples_give_one_record_each_in_name_order() -> None:
    result = invoke("extract", str(EXAMPLES))
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["document"]["source"] for r in records] == [str(p) for p in EXAMPLE_FILES]
    assert all(r["error"] is None for r in records)
    assert result.stderr == ""


@pytest.mark.parametrize("args", [
    ["extract"],                                   # no PATH
    ["extract", "--format", "xml", "x.txt"],       # unknown format
    ["extract", "--nonsense", "x.txt"],            # unknown option
    ["unknown-command"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2 and result.stdout == ""


def test_a_missing_file_is_a_document_error_not_a_usage_error(tmp_path: Path) -> None:
    good = EXAMPLE_FILES[0]
    result = invoke("extract", str(tmp_path / "gone.txt"), str(good))
    assert result.exit_code == 1
    first, second = jsonl(result.stdout)
    assert first["document"]["source"] == str(tmp_path / "gone.txt")
    assert first["error"]["code"] == "not_found" and first["events"] == []
    assert second["error"] is None
    assert "gone.txt: not_found" in result.stderr and "1 of 2" in result.stderr


def test_dash_reads_standard_input() -> None:
    result = invoke("extract", "-", input="The Prime Minister met the President today.\n")
    assert result.exit_code == 0
    [record] = jsonl(result.stdout)
    assert record["document"]["source"] == "-"


def test_output_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    result = invoke("extract", str(EXAMPLES), "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(jsonl(target.read_text(encoding="utf-8"))) == len(EXAMPLE_FILES)


def test_output_where_it_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("extract", str(EXAMPLES), "-o", str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_format_json_is_one_valid_array() -> None:
    result = invoke("extract", "--format", "json", str(EXAMPLES))
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == len(EXAMPLE_FILES)


def test_format_csv_has_a_header_and_a_row_per_document_at_least(tmp_path: Path) -> None:
    result = invoke("extract", "-f", "csv", str(EXAMPLES), str(tmp_path / "gone.txt"))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 1
    assert {row["source"] for row in rows} == {str(p) for p in EXAMPLE_FILES} | {
        str(tmp_path / "gone.txt")}
    assert rows[-1]["error_code"] == "not_found"


def test_format_table_names_every_document(tmp_path: Path) -> None:
    result = invoke("extract", "--format", "table", str(EXAMPLES), str(tmp_path / "gone.txt"))
    for path in EXAMPLE_FILES:
        assert f"{path}\n" in result.stdout
    assert "error       not_found: no such file" in result.stdout


def test_with_text_returns_the_text_spans_index() -> None:
    result = invoke("extract", "--with-text", str(EXAMPLE_FILES[0]))
    [record] = jsonl(result.stdout)
    assert record["text"] == EXAMPLE_FILES[0].read_text(encoding="utf-8")
    [plain] = jsonl(invoke("extract", str(EXAMPLE_FILES[0])).stdout)
    assert "text" not in plain


def test_html_input_drops_script_and_navigation_text() -> None:
    [record] = jsonl(invoke("extract", "--with-text", str(HTML_EXAMPLE)).stdout)
    assert "Ms. TAKEMURA Aiko, Minister for Foreign Affairs of Japan" in record["text"]
    for chrome in ("siteTracker", "sendPageView", "Foreign Policy Menu", "Copyright notice"):
        assert chrome not in record["text"]


def test_an_internal_error_becomes_a_record_and_no_traceback(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, source: str | None = None, **_: object) -> Record:
        raise KeyError("lexicon entry")

    monkeypatch.setattr(PIPELINE, "extract_text", broken)
    result = invoke("extract", str(EXAMPLE_FILES[0]), str(EXAMPLE_FILES[1]))
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert [r["error"]["code"] for r in records] == ["internal", "internal"]
    assert "KeyError" in records[0]["error"]["message"]
    assert "Traceback" not in result.stderr

    debug = invoke("extract", "--debug", str(EXAMPLE_FILES[0]))
    assert "Traceback" in debug.stderr and "KeyError" in debug.stderr
    assert len(jsonl(debug.stdout)) == 1


def test_forced_progress_goes_to_stderr_only() -> None:
    result = invoke("extract", "--progress", str(EXAMPLES))
    assert len(jsonl(result.stdout)) == len(EXAMPLE_FILES)
    assert f"{len(EXAMPLE_FILES)}/{len(EXAMPLE_FILES)}" in result.stderr


# --- a real process ----------------------------------------------------------------------

def test_a_batch_of_bad_files_goes_on_with_error_records(tmp_path: Path, bad_files) -> None:
    order = ["good", "empty", "binary", "missing", "utf16", "cp1252", "huge", "good"]
    paths = [str(bad_files[n]) if n in bad_files else str(tmp_path / "missing.txt")
             for n in order]
    run = run_cli("extract", *paths)
    assert run.returncode == 1
    records = jsonl(run.stdout)
    assert [r["document"]["source"] for r in records] == paths
    codes = [r["error"]["code"] if r["error"] else None for r in records]
    assert codes == [None, "empty", "binary", "not_found", None, None, "too_large", None]
    assert b"Traceback" not in run.stderr
    assert run.stderr.count(b"readouts: warning:") == 5  # four documents and the summary


def test_all_well_exits_0_and_stdout_holds_only_records() -> None:
    run = run_cli("extract", str(EXAMPLES))
    assert run.returncode == 0 and run.stderr == b""
    assert len(jsonl(run.stdout)) == len(EXAMPLE_FILES)


def test_a_usage_error_exits_2_with_no_traceback() -> None:
    run = run_cli("extract", "--format", "yaml", "x.txt")
    assert run.returncode == 2 and run.stdout == b"" and b"Traceback" not in run.stderr


def test_standard_input_in_a_real_process() -> None:
    data = "The Prime Minister spoke to the Chancellor today.".encode("utf-16")
    run = run_cli("extract", "-", "--with-text", input=data)
    [record] = jsonl(run.stdout)
    assert run.returncode == 0
    assert record["text"] == "The Prime Minister spoke to the Chancellor today."


def test_directory_recursion_order_in_a_real_process(tmp_path: Path) -> None:
    for name in ["2.txt", "1/b.txt", "1/a.html", "10.txt", "skip.pdf"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("The Minister met the Ambassador today.")
    run = run_cli("extract", ".", cwd=tmp_path)
    sources = [r["document"]["source"] for r in jsonl(run.stdout)]
    assert sources == ["./1/a.html", "./1/b.txt", "./10.txt", "./2.txt"]


def test_records_are_utf8_whatever_the_locale(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "accents.txt"
    path.write_text("Ms. Ort\u00fazar met Mr. Vikstr\u00f6m in S\u00e3o Paulo.", encoding="utf-8")
    for key, value in {"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "ascii"}.items():
        monkeypatch.setenv(key, value)
    run = run_cli("extract", "--with-text", str(path))
    assert run.returncode == 0, run.stderr
    assert jsonl(run.stdout)[0]["text"].startswith("Ms. Ort\u00fazar")


def test_the_installed_console_script_runs() -> None:
    script = Path(sys.executable).parent / "readouts"
    if not script.exists():
        script_path = shutil.which("readouts")
        if script_path is None:
            pytest.skip("readouts is not installed in this environment")
        script = Path(script_path)
    run = subprocess.run([str(script), "--version"], capture_output=True, cwd=ROOT, timeout=30)
    assert run.returncode == 0 and run.stdout.startswith(b"readouts ")
