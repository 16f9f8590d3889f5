"""Topic tags: a vocabulary kept as data (lexicon/topics.json), each tag with the words that
triggered it.

Each tag is given once per event, citing its first trigger in [start, end). The four Women,
Peace and Security pillars (participation, prevention, protection, relief_and_recovery) are
marked `pillar`; the other tags are themes (humanitarian, disarmament, economy, security,
climate, technology, ...) and regions (`regional:ukraine`, `regional:middle_east`, ...).

Speed: every document goes through this step. Each trigger has a key, a whole word it cannot
match without, read off the pattern itself; the text's words are collected once, and a
trigger's regular expression runs only where its key occurs (anchored there when the pattern
starts with it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import fastre
from ..model import Fact, Topic
from .data import load
from .text import Doc, squash

# Lookbehind groups must keep a fixed width: their spaces stay single spaces.
_LOOKBEHIND = fastre.compile(r"\(\?<[!=][^()]*\)")
_WORD = fastre.compile(r"[^\W_]+")
_WINDOW = 160           # no trigger starts further than this before its key


@dataclass(frozen=True, slots=True)
class Trigger:
    source: str                              # as written in the lexicon
    pattern: re.Pattern[str]
    keys: tuple[tuple[str, bool], ...]       # (lower-case word, the match starts with it); one
                                             # of them is in every match; () = none known
    reach: int = _WINDOW                     # how far a match may start before its key or end after it
    hint: str = ""                           # for a trigger without keys: text every match contains


@dataclass(frozen=True, slots=True)
class TagRule:
    tag: str
    pillar: bool
    triggers: tuple[Trigger, ...]


# -- the lexicon's trigger language --------------------------------------------------------------
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


def _group_end(pattern: str, i: int) -> int:
    """Index just past the group opening at pattern[i]."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(pattern)


def _class_end(pattern: str, i: int) -> int:
    j = pattern.find("]", i + 2)
    return len(pattern) if j < 0 else j + 1


def _branches(pattern: str) -> list[str]:
    """The branches of a pattern's top-level alternation."""
    out, i, last = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            i = _group_end(pattern, i)
        elif c == "|":
            out.append(pattern[last:i])
            i += 1
            last = i
        else:
            i += 1
    out.append(pattern[last:])
    return out


def _keys(pattern: str) -> tuple[tuple[str, bool], ...]:
    """Whole words one of which every match of `pattern` contains, each with whether the
    match starts with it; () when none can be read off the pattern."""
    if pattern.startswith("(") and _group_end(pattern, 0) == len(pattern) and not pattern.startswith(("(?<", "(?=", "(?!")):
        inner = re.sub(r"^\((?:\?[-a-zA-Z]*:)?", "", pattern)[:-1]
        return _keys(inner)
    branches = _branches(pattern)
    if len(branches) > 1:
        out: list[tuple[str, bool]] = []
        for b in branches:
            k = _keys(b)
            if not k:
                return ()
            out.extend(k)
        return tuple(dict.fromkeys(out))
    # Top-level literal text as a list of items: a character, or None for anything else
    # (a group, class, escape class or a quantified character). Look-arounds take no room.
    items: list[str | None] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "(":
            j = _group_end(pattern, i)
            if not pattern.startswith(("(?<=", "(?<!", "(?=", "(?!"), i):
                items.append(None)
            i = j
        elif c == "[":
            items.append(None)
            i = _class_end(pattern, i)
        elif c == "\\":
            nxt = pattern[i + 1:i + 2]
            items.append(None if nxt.isalnum() else nxt)
            i += 2
        elif c in "?*":
            if items:
                items[-1] = None
            i += 1
        elif c == "{":
            if items:
                items[-1] = None
            j = pattern.find("}", i)
            i = len(pattern) if j < 0 else j + 1
        elif c == "+":
            items.append(None)
            i += 1
        elif c in ".^$":
            items.append(None)
            i += 1
        else:
            items.append(c)
            i += 1
    words: list[tuple[str, bool]] = []
    k = 0
    while k < len(items):
        c = items[k]
        if c is not None and c.isalnum():
            j = k
            while j < len(items) and items[j] is not None and items[j].isalnum():
                j += 1
            left_ok = k == 0 or items[k - 1] is not None
            right_ok = j == len(items) or items[j] is not None
            if left_ok and right_ok and j - k >= 2:
                words.append(("".join(items[k:j]).lower(), k == 0))
            k = j
        else:
            k += 1
    if not words:
        return ()
    return (max(words, key=lambda w: len(w[0])),)


def _reach(pattern: str) -> int:
    """A bound on how far a match extends beyond its key: the pattern's length (twice, for
    runs of white space) when nothing in it repeats without bound."""
    if re.search(r"(?<!\\)[*+]|\{\d*,\}", pattern):
        return _WINDOW
    return min(_WINDOW, 2 * len(pattern) + 8)


def _hint(pattern: str) -> str:
    """The longest plain run of letters outside groups and classes (not necessarily a word)."""
    flat = re.sub(r"\\.|\[[^\]]*\]|[?*+{}|.^$]", " ", pattern)
    depth, out = 0, []
    for c in flat:
        if c == "(":
            depth += 1
            out.append(" ")
        elif c == ")":
            depth -= 1
            out.append(" ")
        else:
            out.append(c if depth == 0 else " ")
    runs = re.findall(r"[^\W_]{2,}", "".join(out))
    if not runs:
        inner = re.findall(r"[^\W_]{2,}", re.sub(r"\(\?[-a-zA-Z]*:", " ", flat))
        runs = inner if len(_branches(pattern)) == 1 and "|" not in pattern else []
    return max(runs, key=len).lower() if runs else ""


@lru_cache(maxsize=1)
def vocabulary() -> tuple[TagRule, ...]:
    """The tags of lexicon/topics.json in order, with their compiled triggers."""
    out = []
    for entry in load("topics.json")["tags"]:
        triggers = tuple(
            Trigger(t, fastre.compile(r"(?<!\w)(?:" + _trigger_regex(t) + r")(?!\w)", re.I), _keys(t),
                    _reach(t), _hint(t))
            for t in entry["triggers"])
        out.append(TagRule(entry["tag"], bool(entry.get("pillar", False)), triggers))
    return tuple(out)


@lru_cache(maxsize=1)
def _index() -> tuple[frozenset[str], dict[str, list[tuple[int, Trigger, bool]]], list[tuple[int, Trigger]]]:
    """All keys; key → (tag number, trigger, anchored); triggers without a key."""
    by_key: dict[str, list[tuple[int, Trigger, bool]]] = {}
    keyless: list[tuple[int, Trigger]] = []
    for n, rule in enumerate(vocabulary()):
        for trig in rule.triggers:
            if not trig.keys:
                keyless.append((n, trig))
            for key, anchored in trig.keys:
                by_key.setdefault(key, []).append((n, trig, anchored))
    return frozenset(by_key), by_key, keyless


# -- tagging ------------------------------------------------------------------------------------
def tag_topics(doc: Doc, start: int, end: int) -> list[Topic]:
    """Each tag whose triggers occur in doc.text[start:end), once, with its first trigger."""
    text = doc.text
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return []
    rules = vocabulary()
    best: dict[int, re.Match[str]] = {}

    def keep(n: int, m: re.Match[str] | None) -> None:
        if m is not None and (n not in best or m.start() < best[n].start()
                              or (m.start() == best[n].start() and m.end() > best[n].end())):
            best[n] = m

    region = text[start:end]
    low = region.lower()
    keys, by_key, keyless = _index()
    if len(low) != len(region):             # lower() moved offsets (rare letters): search plainly
        for n, rule in enumerate(rules):
            for trig in rule.triggers:
                keep(n, trig.pattern.search(text, start, end))
    else:
        for n, trig in keyless:
            if trig.hint and trig.hint not in low:
                continue
            keep(n, trig.pattern.search(text, start, end))
        for key in sorted(keys.intersection(_WORD.findall(low))):      # sorted: the same trigger on every run
            places = _whole_word_places(low, key)
            for n, trig, anchored in by_key[key]:
                for idx in places:
                    pos = start + idx
                    if n in best and best[n].start() <= (pos if anchored else pos - trig.reach):
                        break           # a match as early is already known
                    if anchored:
                        m = trig.pattern.match(text, pos, end)
                    else:
                        we = min(end, pos + len(key) + trig.reach)
                        while we < end and (text[we].isalnum() or text[we] == "_"):
                            we += 1         # a window never ends inside a word
                        m = trig.pattern.search(text, max(start, pos - trig.reach), we)
                        if m is not None and m.start() > pos:
                            m = None        # a later match: its own key place will find it
                    if m is not None:
                        keep(n, m)
                        break
    out = []
    for n, rule in enumerate(rules):
        m = best.get(n)
        if m is not None:
            words = squash(m.group())
            out.append(Topic(tag=rule.tag, pillar=rule.pillar, evidence=Fact.at(words, m.start(), m.end())))
    return out


def _whole_word_places(low: str, key: str) -> list[int]:
    out = []
    n = len(key)
    i = low.find(key)
    while i >= 0:
        before = low[i - 1] if i else " "
        after = low[i + n] if i + n < len(low) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            out.append(i)
        i = low.find(key, i + 1)
    return out
