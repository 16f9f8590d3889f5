"""Coreference: later mentions of each participant ("Minister Ono", "the Foreign
Secretary"), so that honorifics and pronouns found there count for the right person."""
from __future__ import annotations

import re

from .names import Mention, NameIndex
from .persons import Participant
from .text import squash


def link_mentions(index: NameIndex, people: list[Participant]) -> None:
    """Give each participant every later mention whose name words are unambiguously theirs."""
    for m in index.mentions:
        if m.kind == "office":
            continue
        hits = [p for p in people if m.keys and (m.keys <= p.keys or p.keys <= m.keys
                                                 or (len(m.keys) == 1 and m.keys & p.keys))]
        if len(hits) == 1 and m not in hits[0].mentions:
            hits[0].mentions.append(m)


# "The Honourable Minister of Foreign Affairs" is "the Minister" once the courtesy is set aside
_COURTESY = re.compile(r"^(?:the\s+)?(?:right\s+honou?rable|rt\.?\s+hon\.?|honou?rable|hon\.?)\s+")


def _without_the(title: str) -> str:
    return title[4:] if title.startswith("the ") else title


def _qualified(full: str, title: str) -> bool:
    """"European Union Special Representative for the Horn of Africa" is "the Special
    Representative": the office's words, with whose it is before them and where after."""
    at = full.find(" " + title + " ")
    return at >= 0 and full.startswith(("of ", "for ", "to ", "on "), at + len(title) + 2)


# "Prime Minister X ... welcomed the Minister": "the Minister" is not the Prime Minister
OFFICE_MAKING = ("prime", "vice", "deputy", "assistant", "under", "chief", "vice-prime")


def _another_office(full: str, title: str) -> bool:
    """The words before `title` in `full` make another office of it ("prime minister")."""
    before = full[:-len(title)].split()
    return bool(before) and before[-1] in OFFICE_MAKING


def _serves(full: str, title: str) -> bool:
    """"National Security Advisor to the Vice President": an office that serves `title`, not it."""
    return full.endswith((" to the " + title, " of the " + title, " for the " + title))


_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def _same_clause_before(text: str, end: int, named: int) -> bool:
    """An office mentioned earlier in the sentence that names the person, other than by apposition
    ("the Minister, X"): someone else, such as the one who met them."""
    between = text[end:named]
    return len(between.strip(" ,")) > 0 and _SENTENCE_BREAK.search(between) is None


def resolve_office(index: NameIndex, m: Mention, people: list[Participant], roles) -> int | None:
    """Which participant "the Prime Minister" or "the Foreign Secretary" refers to."""
    text = index.text
    s, e = m.titles[0]
    title = re.sub(r"^the\s+", "", squash(text[s:e]).lower())
    if roles.principal_office is not None and not any(p.role == "principal" for p in people):
        ps, pe = roles.principal_office[0].titles[0]
        if squash(text[ps:pe]).lower() == title:
            return None
    hits = []
    for i, p in enumerate(people):
        first = min(x.start for x in p.mentions)
        if p.role not in ("principal", "counterpart") and first > m.start:
            continue        # "The Ambassador conveyed ... . Also present were ..., Ambassador X": not X, named later
        if m.end <= first and _same_clause_before(text, m.end, first):
            continue        # "Commissioner of Police (COP) A met with his counterpart, Commissioner of Police B": not B
        titles = [_without_the(_COURTESY.sub("", squash(text[a:b]).lower())) for x in p.mentions for a, b in x.titles]
        # "Ambassador Linda Thomas-Greenfield ... The Ambassador expressed ...": a rank worn as a form of address
        titles += [squash(form).lower().rstrip(".") for x in p.mentions for form, _, _ in x.honorifics]
        if any(t == title or (t.endswith(" " + title) and not _another_office(t, title) and not _serves(t, title))
               or t.startswith((title + " of", title + " for"))
               or title in t.split(", ") or _qualified(t, title)
               for t in titles):
            hits.append(i)
    principal = [i for i in hits if people[i].role == "principal"]
    if principal:
        return principal[0]
    return hits[0] if len(hits) == 1 else None
