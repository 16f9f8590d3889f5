"""Shared helpers: where things are, and running the real CLI in a subprocess."""
from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
EXAMPLES = ROOT / "examples"
# The pipeline module itself (`readouts.extract` as an attribute is the function, not it).
PIPELINE = importlib.import_module("readouts.extract.pipeline")
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html", ".htm"))


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """`python -m readouts ARGS` on the working tree, as a user's shell would run it."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])]))
    return subprocess.run([sys.executable, "-m", "readouts", *args], input=input,
                          capture_output=True, cwd=cwd, env=env, timeout=timeout,
                          stdin=None if input is not None else subprocess.DEVNULL)


def jsonl(stdout: bytes | str) -> list[dict[str, Any]]:
    """Every line of stdout parsed as JSON: fails if stdout holds anything but records."""
    text = stdout.decode("utf-8") if isinstance(stdout, bytes) else stdout
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    """One file of each kind of bad (or awkward) input, made on the spot."""
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "utf16": tmp_path / "utf16.txt",
        "cp1252": tmp_path / "cp1252.txt",
        "huge": tmp_path / "huge.txt",
        "good": tmp_path / "good.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    files["utf16"].write_bytes("The Minister met her counterpart today.".encode("utf-16"))
    files["cp1252"].write_bytes("The Minister met M. Lef\u00e8vre \u2013 today.".encode("cp1252"))
    with files["huge"].open("wb") as handle:  # 20 MB, written in chunks
        chunk = b"The ministers met again. " * 40_000
        for _ in range(20):
            handle.write(chunk)
    files["good"].write_text("The Prime Minister spoke to the President today.\n")
    return files
