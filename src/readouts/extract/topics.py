"""Topic tags: a vocabulary kept as data (lexicon/topics.json), each tag with the words that
triggered it.

Each tag is given once per event, citing its first trigger in [start, end). The four Women,
Peace and Security pillars (participation, prevention, protection, relief_and_recovery) are
marked `pillar`; the other tags are themes (humanitarian, disarmament, economy, security,
climate, technology, ...) and regions (`regional:ukraine`, `regional:middle_east`, ...).

Speed: every document goes through this step, so a trigger's regular expression runs only
near an occurrence of a word it cannot match without (its key, read off the pattern itself),
found with a plain substring search of the lower-cased text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Fact, Topic
from .data import load
from .text import Doc

# Lookbehind groups must keep a fixed width: their spaces stay single spaces.
_LOOKBEHIND = re.compile(r"\(\?<[!=][^()]*\)")
_WINDOW = 160           # no trigger reaches further than this from its key


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: re.Pattern[str]
    keys: tuple[str, ...]       # lower-case words one of which every match contains; () = none known


@dataclass(frozen=True, slots=True)
class TagRule:
    tag: str
    pillar: bool
    triggers: tuple[Trigger, ...]


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


def _split_top(pattern: str) -> list[str]:
    """The branches of a pattern's top-level alternation."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = pattern.index("]", i + 2) if "]" in pattern[i + 2:] else len(pattern) - 1
            cur.append(pattern[i:j + 1])
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def _whole_group(pattern: str) -> str | None:
    """The inside of a group that spans the whole pattern ("(?-i:SGBV|GBV)" → "SGBV|GBV")."""
    m = re.match(r"\((?:\?(?:[-a-zA-Z]*:|:))?", pattern)
    if not m or not pattern.endswith(")"):
        return None
    depth = 0
    for i, c in enumerate(pattern):
        if c == "\\":
            continue
        if c == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif c == ")" and pattern[i - 1] != "\\":
            depth -= 1
            if depth == 0 and i != len(pattern) - 1:
                return None
    return pattern[m.end():-1]


def _keys(pattern: str) -> tuple[str, ...]:
    """Words a match of `pattern` must contain: the longest plain word of its top-level
    literal text (per branch of a top-level alternation). () when none can be read off."""
    inner = _whole_group(pattern)
    if inner is not None:
        return _keys(inner)
    branches = _split_top(pattern)
    if len(branches) > 1:
        out: list[str] = []
        for b in branches:
            k = _keys(b)
            if not k:
                return ()
            out.extend(k)
        return tuple(dict.fromkeys(out))
    literal, segs, i, depth = [], [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if depth == 0 and not nxt.isalnum():
                literal.append(nxt)
            else:
                segs.append("".join(literal))
                literal = []
            i += 2
            continue
        if c == "[" and depth == 0:
            segs.append("".join(literal))
            literal = []
            i = pattern.index("]", i + 2) + 1 if "]" in pattern[i + 2:] else len(pattern)
            continue
        if c == "(":
            if depth == 0:
                segs.append("".join(literal))
                literal = []
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            if c in "?*{":
                literal = literal[:-1]           # the character before is optional
                segs.append("".join(literal))
                literal = []
                if c == "{":
                    i = pattern.index("}", i) if "}" in pattern[i:] else len(pattern)
            elif c == "+":
                segs.append("".join(literal))
                literal = []
            elif c not in ".^$":
                literal.append(c)
            else:
                segs.append("".join(literal))
                literal = []
        i += 1
    segs.append("".join(literal))
    words = [w.lower() for s in segs for w in re.findall(r"[^\W_]+", s)]
    words = [w for w in words if len(w) >= 2]
    return (max(words, key=len),) if words else ()


@lru_cache(maxsize=1)
def vocabulary() -> tuple[TagRule, ...]:
    """The tags of lexicon/topics.json in order, with their compiled triggers."""
    out = []
    for entry in load("topics.json")["tags"]:
        triggers = tuple(
            Trigger(re.compile(r"(?<!\w)(?:" + _trigger_regex(t) + r")(?!\w)", re.I), _keys(t))
            for t in entry["triggers"])
        out.append(TagRule(entry["tag"], bool(entry.get("pillar", False)), triggers))
    return tuple(out)


def tag_topics(doc: Doc, start: int, end: int) -> list[Topic]:
    """Each tag whose triggers occur in doc.text[start:end), once, with its first trigger."""
    text = doc.text
    start, end = max(0, start), min(len(text), end)
    out: list[Topic] = []
    if start >= end:
        return out
    region = text[start:end]
    low = region.lower()
    aligned = len(low) == len(region)       # lower() kept every offset (almost always)
    for rule in vocabulary():
        best: re.Match[str] | None = None
        for trig in rule.triggers:
            m = _first(trig, text, low if aligned else None, start, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is not None:
            words = re.sub(r"\s+", " ", best.group())
            out.append(Topic(tag=rule.tag, pillar=rule.pillar, evidence=Fact.at(words, best.start(), best.end())))
    return out


def _first(trig: Trigger, text: str, low: str | None, start: int, end: int) -> re.Match[str] | None:
    if low is None or not trig.keys:
        return trig.pattern.search(text, start, end)
    best = None
    for key in trig.keys:
        idx = low.find(key)
        while idx >= 0:
            pos = start + idx
            if best is not None and pos >= best.end():
                break
            ws = max(start, pos - _WINDOW)
            we = min(end, pos + len(key) + _WINDOW)
            while we < end and (text[we].isalnum() or text[we] == "_"):
                we += 1             # a window never ends inside a word
            m = trig.pattern.search(text, ws, we)
            if m is not None and m.start() <= pos:
                if best is None or m.start() < best.start():
                    best = m
                break
            idx = low.find(key, idx + 1)
    return best
