"""The search language, one grammar for both backends; malformed input raises QueryError.

    kamikawa women            both words (each stemmed: "women" finds "woman")
    "peace and security"      the phrase
    climate OR energy         either
    -trade   NOT trade        without the word
    disarm*                   a prefix

Punctuation inside a word splits it into a phrase ("UN-Women" is "un women"). The parsed
query renders as an SQLite FTS5 expression or a PostgreSQL tsquery, so both backends
answer the same question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ReadoutsError


class QueryError(ReadoutsError):
    code = "bad_query"


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]       # one word, or several for a phrase
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Clause:
    alternatives: tuple[Term, ...]   # OR'd together
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    clauses: tuple[Clause, ...]      # AND'd together

    @property
    def positive(self) -> list[Clause]:
        return [c for c in self.clauses if not c.negated]


_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"|(?P<bare>[^\s"]+)|(?P<quote>")')
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 32


def parse(text: str) -> Query:
    tokens: list[tuple[str, str]] = []   # (kind, value): term, phrase, OR, NOT
    for m in _TOKEN.finditer(text):
        if m.group("quote") is not None:
            raise QueryError("unbalanced quote: close the phrase with a second \"")
        if m.group("phrase") is not None:
            tokens.append(("phrase", m.group("phrase")))
            continue
        bare = m.group("bare")
        if bare == "OR":
            tokens.append(("OR", bare))
        elif bare in ("NOT", "-"):
            tokens.append(("NOT", bare))
        elif bare.startswith("-") and len(bare) > 1:
            tokens.append(("NOT", "-"))
            tokens.append(("term", bare[1:]))
        else:
            tokens.append(("term", bare))
    clauses: list[Clause] = []
    i = 0
    while i < len(tokens):
        negated = False
        if tokens[i][0] == "NOT":
            negated = True
            i += 1
            if i >= len(tokens) or tokens[i][0] not in ("term", "phrase"):
                raise QueryError("NOT (or -) must be followed by a word or a phrase")
        if tokens[i][0] == "OR":
            raise QueryError("OR needs a word or a phrase on each side")
        alternatives = [_term(*tokens[i])]
        i += 1
        while i < len(tokens) and tokens[i][0] == "OR":
            if i + 1 >= len(tokens) or tokens[i + 1][0] not in ("term", "phrase"):
                raise QueryError("OR needs a word or a phrase on each side")
            alternatives.append(_term(*tokens[i + 1]))
            i += 2
        kept = tuple(t for t in alternatives if t.words)
        if len(kept) != len(alternatives) and len(alternatives) > 1:
            raise QueryError("each side of OR needs a word (letters or digits)")
        if kept:
            clauses.append(Clause(kept, negated))
    if sum(len(c.alternatives) for c in clauses) > MAX_TERMS:
        raise QueryError(f"too many terms (at most {MAX_TERMS})")
    query = Query(tuple(clauses))
    if clauses and not query.positive:
        raise QueryError("a query needs at least one word to look for, not only exclusions")
    if not clauses and text.strip():
        raise QueryError("the query has no word to look for (letters or digits)")
    return query


def _term(kind: str, value: str) -> Term:
    prefix = kind == "term" and value.endswith("*")
    if prefix:
        value = value.rstrip("*")
        if "*" in value:
            raise QueryError("* may only end a word (a prefix such as disarm*)")
    elif "*" in value and kind == "term":
        raise QueryError("* may only end a word (a prefix such as disarm*)")
    words = tuple(w.casefold() for w in _WORD.findall(value))
    if prefix and len(words) != 1:
        raise QueryError("a prefix search takes one word (such as disarm*)")
    return Term(words, prefix)


def contradictory(query: Query) -> bool:
    """True when no document can match: every word of some wanted clause is also excluded
    (`economic -economic`, `a OR b -a -b`). Search answers 0 without running it."""
    excluded = {t for c in query.clauses if c.negated for t in c.alternatives}
    return any(set(c.alternatives) <= excluded for c in query.positive)


# --- rendering ---------------------------------------------------------------------------

def to_fts5(query: Query) -> str:
    def term(t: Term) -> str:
        quoted = '"' + " ".join(t.words).replace('"', '""') + '"'
        return quoted + ("*" if t.prefix else "")

    def clause(c: Clause) -> str:
        inner = " OR ".join(term(t) for t in c.alternatives)
        return f"({inner})" if len(c.alternatives) > 1 else inner

    text = " AND ".join(clause(c) for c in query.positive)
    for c in query.clauses:
        if c.negated:
            text += " NOT " + clause(c)
    return text


def to_tsquery(query: Query) -> str:
    def term(t: Term) -> str:
        if t.prefix:
            return f"{t.words[0]}:*"
        return " <-> ".join(t.words) if len(t.words) > 1 else t.words[0]

    def clause(c: Clause) -> str:
        inner = " | ".join(f"({term(t)})" for t in c.alternatives)
        return ("!" if c.negated else "") + f"({inner})"

    return " & ".join(clause(c) for c in query.clauses)
