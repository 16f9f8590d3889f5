"""The README's promises: its Quick start is two command lines, and CI runs the second."""
from __future__ import annotations

import re

from conftest import ROOT


def quick_start() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"^```[^\n]*\n(.*?)^```", section, re.S | re.M)
    assert block, "no fenced code block in Quick start"
    return block.group(1).splitlines()


def test_quick_start_is_two_plain_command_lines() -> None:
    lines = quick_start()
    assert len(lines) == 2
    for line in lines:
        assert line.strip() == line and line and not line.startswith(("$", "#", ">"))
    assert "readouts extract examples --format table" in lines[0]
    assert "pytest" in lines[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quick_start()[1] in ci
    assert "set -euo pipefail" in ci
