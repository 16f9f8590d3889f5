"""Patterns that skip, in C, the positions where they cannot start.

Python's regex engine tries a pattern at every position of the text unless the pattern
begins with a literal or a character set. Most of the grammar's patterns begin with `\\b`,
an optional group or an alternation, so a scan of a readout pays a full attempt at each of
its thousands of characters. `compile` works out the characters a match can begin with and
puts them in front as a look-ahead (`(?=[...])`), which fails at once everywhere else: the
matches are the same, found two to three times faster. Patterns it cannot read (or that can
match the empty string) are compiled as they are.

Each pattern is parsed once: the look-ahead is spliced into the parsed tree, which is then
turned into engine code, rather than parsed a second time as a string (parsing the grammar's
thousand patterns was most of the start-up time).
"""
from __future__ import annotations

import functools
import re
from typing import Any

try:        # the parser behind `re`; its shape is checked at use, and any surprise disables this
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without them compiles plainly
    _parser = _compiler = _sre = None

_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


class _Unknown(Exception):
    """A construct whose first characters we do not work out."""


@functools.lru_cache(maxsize=2048)     # like re's own cache: patterns built at run time stay cheap
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    if _parser is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & re.VERBOSE or _compiler._get_literal_prefix(parsed, flags)[0] \
                or _compiler._get_charset_prefix(parsed, flags):
            return _from_tree(pattern, parsed, flags)  # the engine already scans for a literal or set
        first, nullable = _first_of(list(parsed))
        if nullable or not first:
            return _from_tree(pattern, parsed, flags)
        head = _GLOBAL_FLAGS.match(pattern)
        lead = head.group() if head else ""
        guard = f"(?=[{''.join(sorted(first))}])"
        # a pattern's global flags are the tree's state, not items: the guard goes first
        parsed.data.insert(0, _parser.parse(guard, flags).data[0])
        return _from_tree(f"{lead}{guard}(?:{pattern[len(lead):]})", parsed, flags)
    except Exception:       # _Unknown, or a parser not shaped as expected
        return re.compile(pattern, flags)


def _from_tree(pattern: str, parsed: Any, flags: int) -> re.Pattern[str]:
    """The engine's pattern for a parsed tree, `pattern` being the tree's own text (as
    `re._compiler.compile` does for a string, without parsing it again)."""
    code = _compiler._code(parsed, flags)
    index_group: list[str | None] = [None] * parsed.state.groups
    for name, number in parsed.state.groupdict.items():
        index_group[number] = name
    return _sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,
                        parsed.state.groupdict, tuple(index_group))


def _first_of(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """Class fragments a match of this sequence can begin with, and whether it can be empty."""
    found: set[str] = set()
    for op, av in items:
        first, nullable = _first_item(op, av)
        found |= first
        if not nullable:
            return found, False
    return found, True


def _first_item(op: Any, av: Any) -> tuple[set[str], bool]:
    name = str(op)
    if name == "LITERAL":
        return {_escape(chr(av))}, False
    if name == "IN":
        return _first_in(av), False
    if name == "BRANCH":
        found: set[str] = set()
        nullable = False
        for alternative in av[1]:
            first, empty = _first_of(list(alternative))
            found |= first
            nullable = nullable or empty
        return found, nullable
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags & ~re.IGNORECASE:
            raise _Unknown(name)     # only "(?-i:...)" is read: its letters are a subset
        return _first_of(list(inner))
    if name == "ATOMIC_GROUP":
        return _first_of(list(av))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, inner = av
        first, empty = _first_of(list(inner))
        return first, empty or low == 0
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True          # zero width: the next item begins the match
    raise _Unknown(name)


def _first_in(items: list[tuple[Any, Any]]) -> set[str]:
    found: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            found.add(_escape(chr(av)))
        elif name == "RANGE":
            found.add(f"{_escape(chr(av[0]))}-{_escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            found.add(_CATEGORIES[str(av)])
        else:
            raise _Unknown(name)    # NEGATE, other categories
    return found


def _escape(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch
