"""Topic tags: a vocabulary kept as data (lexicon/topics.json), each tag with the words that
triggered it.

Each tag is given once per event, citing its first trigger in [start, end). The four Women,
Peace and Security pillars (participation, prevention, protection, relief_and_recovery) are
marked `pillar`; the other tags are themes (humanitarian, disarmament, economy, security,
climate, technology, ...) and regions (`regional:ukraine`, `regional:middle_east`, ...).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Fact, Topic
from .data import load
from .text import Doc

# Lookbehind groups must keep a fixed width: their spaces stay single spaces.
_LOOKBEHIND = re.compile(r"\(\?<[!=][^()]*\)")


def _trigger_regex(pattern: str) -> str:
    """A trigger as written in the lexicon → a regular expression fragment: a space matches
    any run of white space (a line break included), an apostrophe either ' or ’."""
    out, pos = [], 0
    for m in _LOOKBEHIND.finditer(pattern):
        out.append(_loosen(pattern[pos:m.start()]))
        out.append(m.group().replace("'", "['’]"))
        pos = m.end()
    out.append(_loosen(pattern[pos:]))
    return "".join(out)


def _loosen(fragment: str) -> str:
    fragment = fragment.replace(" ?", r"\s*").replace(" ", r"\s+")
    return fragment.replace("'", "['’]")


@lru_cache(maxsize=1)
def vocabulary() -> tuple[tuple[str, bool, re.Pattern[str]], ...]:
    """(tag, pillar, compiled triggers) in the lexicon's order."""
    out = []
    for entry in load("topics.json")["tags"]:
        alt = "|".join(_trigger_regex(t) for t in entry["triggers"])
        out.append((entry["tag"], bool(entry.get("pillar", False)),
                    re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.I)))
    return tuple(out)


def tag_topics(doc: Doc, start: int, end: int) -> list[Topic]:
    """Each tag whose triggers occur in doc.text[start:end), once, with its first trigger."""
    text = doc.text
    start, end = max(0, start), min(len(text), end)
    out: list[Topic] = []
    if start >= end:
        return out
    for tag, pillar, pattern in vocabulary():
        m = pattern.search(text, start, end)
        if m is None:
            continue
        words = re.sub(r"\s+", " ", m.group())
        out.append(Topic(tag=tag, pillar=pillar, evidence=Fact.at(words, m.start(), m.end())))
    return out
