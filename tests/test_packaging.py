"""What a real (non-editable) `pip install .` put in the environment: code and grammar data.

Tests import the working tree (pytest's `pythonpath`), so this is where packaging is checked.
`scripts/setup` installs the project that way, so in CI this always runs.
"""
from __future__ import annotations

import json
import sys
from importlib import metadata
from pathlib import Path

import pytest

import readouts

from conftest import SRC

SHIPPED = ("*.py", "*.json", "*.txt")


def installed() -> metadata.Distribution:
    # Not the build's leftover src/readouts.egg-info, which sys.path also reaches.
    path = [p for p in sys.path if Path(p or ".").resolve() != SRC]
    dist = next(iter(metadata.distributions(name="readouts", path=path)), None)
    if dist is None:
        pytest.skip("readouts is not installed here (run ./scripts/setup test)")
    direct = dist.read_text("direct_url.json")
    if direct and json.loads(direct).get("dir_info", {}).get("editable"):
        pytest.skip("readouts is installed editable; nothing was packaged")
    return dist


def test_every_module_and_data_file_is_installed() -> None:
    dist = installed()
    shipped = {str(f) for f in dist.files or ()}
    package = SRC / "readouts"
    wanted = sorted(str(p.relative_to(SRC)) for pattern in SHIPPED for p in package.rglob(pattern)
                    if "__pycache__" not in p.parts)
    missing = [w for w in wanted if w not in shipped]
    assert not missing, (f"not in the installed package: {missing}. Run ./scripts/setup test; "
                         "if they are still missing, add them to [tool.setuptools.package-data]")


def test_installed_version_is_the_source_version() -> None:
    assert installed().version == readouts.__version__


def test_the_package_needs_no_benchmark_or_test_tool() -> None:
    requires = installed().requires or []
    core = [r for r in requires if "extra ==" not in r]
    assert not [r for r in core if r.split()[0].lower().startswith(("spacy", "en-core", "pytest"))]
