"""Loads the grammar data in lexicon/ once (package data, so a plain `pip install .` ships it)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath("lexicon", name).read_text("utf-8"))
