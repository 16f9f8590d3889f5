"""English cardinal numbers written in words, 1 to 999: "twenty", "Twenty-two", "a hundred",
"one hundred and fifty", "a dozen" — the forms head counts take in prose."""
from __future__ import annotations

import re

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

_UNIT = "|".join(UNITS)
_BELOW_100 = rf"(?:(?:{'|'.join(TENS)})(?:[-\s](?:{_UNIT}))?|{'|'.join(TEENS)}|{_UNIT})"
# longest forms first, so "one hundred and twenty" is read whole rather than as "one"
PATTERN = (rf"(?:(?:an?|{_UNIT})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100}\b)?|a\s+dozen|{_BELOW_100})")
_WORD = re.compile(r"[a-z]+")


def value(words: str) -> int | None:
    """The number a match of PATTERN names, or None for anything else."""
    tokens = _WORD.findall(words.lower())
    if tokens == ["a", "dozen"]:
        return 12
    total = 0
    for i, token in enumerate(tokens):
        if token == "hundred":
            total = max(total, 1) * 100
        elif token in ("a", "an") and i == 0:
            total = 1
        elif token in UNITS:
            total += UNITS[token]
        elif token in TEENS:
            total += TEENS[token]
        elif token in TENS:
            total += TENS[token]
        elif token != "and":
            return None
    return total or None
