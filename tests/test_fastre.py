"""fastre.compile finds exactly what re.compile finds, for the grammar's own patterns and for
the tricky corners (case folding, empty matches, inline flags), only faster."""
from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts.extract import fastre

MODULES = ("dates", "gender", "geo", "kind", "names", "persons", "place", "publisher", "refs",
           "roles", "segment", "series", "sides", "statements", "text", "tokens", "topics", "when",
           "zones")


def grammar_patterns() -> list[re.Pattern[str]]:
    """Every pattern the grammar's modules hold at module level, as compiled by fastre."""
    found = []
    for name in MODULES:
        module = importlib.import_module(f"readouts.extract.{name}")
        for value in vars(module).values():
            items = value if isinstance(value, (list, tuple)) else [value]
            for item in items:
                for part in (item if isinstance(item, tuple) else (item,)):
                    if isinstance(part, re.Pattern):
                        found.append(part)
    return found


def plain_twin(fast: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern compiled by re alone (fastre's look-ahead and wrapper taken off)."""
    m = re.match(r"^(\(\?[aiLmsux]+\))?\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:(.*)\)$", fast.pattern, re.S)
    source = (m.group(1) or "") + m.group(2) if m else fast.pattern
    return re.compile(source, fast.flags)


PATTERNS = grammar_patterns()
PIECES = list("aAsSkKJjMmnN0123456789 .,:-'’\n\tſKpPmMTtHhe") + [
    "Ms. ", "Minister ", "Japan", " p.m.", "10:30", "2024", "March ", "Monday", " on ", "the ",
    "(Japan time)", "for 45 minutes", "Prime Minister ", "resolution 1325", "UN Women", "WPS"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def spans(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_most_grammar_patterns_get_a_look_ahead() -> None:
    sped = [p for p in PATTERNS if p.pattern.startswith("(?=[") or "(?=[" in p.pattern[:12]]
    assert len(PATTERNS) > 100 and len(sped) > len(PATTERNS) // 3


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_grammar_patterns_match_alike(text: str) -> None:
    for fast in PATTERNS:
        assert spans(fast, text) == spans(plain_twin(fast), text), fast.pattern[:80]


@pytest.mark.parametrize("pattern, flags, text", [
    (r"\b(?:sun|kelvin)\b", re.I, "ſun Kelvin SUN"),           # Unicode case folds
    (r"(?:x)?", 0, "axb"),                                      # can match empty: left plain
    (r"(?i)\bnoon\b|\d+", 0, "NOON 12"),                        # inline flags stay in front
    (r"Ministry of Foreign Affairs|Foreign Office", 0, "the Foreign Office"),   # literal start
    (r"(?<!\w)(?:(?-i:WPS))(?!\w)", re.I, "wps WPS"),          # a case-sensitive group
    (r"(?P<h>[0-2]?\d):(?P<m>\d\d)", 0, "at 9:30 and 21:05"),  # groups kept
    (r"\b[A-Z][a-z]+\b", 0, "a Hello World"),                   # a range begins it
    (r"\b[a-c]x", re.I, "Ax bx dx"),
])
def test_corners(pattern: str, flags: int, text: str) -> None:
    assert spans(fastre.compile(pattern, flags), text) == spans(re.compile(pattern, flags), text)


def test_a_look_ahead_is_added_only_where_it_helps() -> None:
    assert fastre.compile(r"\b(?:meeting|talks)\b", re.I).pattern.startswith("(?=[")
    assert fastre.compile(r"Ministry of Japan|Foreign Office").pattern == "Ministry of Japan|Foreign Office"
    assert fastre.compile(r"(?:x)?").pattern == "(?:x)?"


def test_patterns_built_from_the_parsed_tree_carry_their_own_text_flags_and_groups() -> None:
    # fastre hands the engine a tree it parsed once; the pattern object must still read as
    # the same text compiled the ordinary way would
    for fast in PATTERNS + [fastre.compile(r"(?i)\b(?P<word>noon)\b|(\d+)"), fastre.compile(r"(?P<x>a)|b", re.M)]:
        plain = re.compile(fast.pattern, fast.flags)
        assert (fast.flags, fast.groups, fast.groupindex) == (plain.flags, plain.groups, plain.groupindex), fast.pattern[:80]
