"""Folding and comparing the parts of a person's name, title and organisation.

Everything here is a pure function of strings, cached, so that resolving 100,000+ mentions
folds each distinct string once. The rules:

- `fold`: accents stripped (NFKD, plus the letters NFKD leaves alone: ł ø đ æ œ ß ı ð þ),
  case folded, and everything but letters and digits dropped: "Kamikawa", "KAMIKAWA" and
  "Kamíkawa" fold alike, and so do "Thomas-Greenfield" and "Thomas Greenfield".
- `family_key`: the folded family name with a leading Arabic article dropped
  ("al-Sisi" and "Sisi" both give "sisi"); this is the blocking key of entity resolution.
- `split_name`: family and given parts of a name when the record does not give them:
  "Lavrov, Sergey" (comma: family first), "KAMIKAWA Yoko" / "Jukka SALOVAARA" (the word in
  capitals is the family name), else the last word.
- `given_compatible`: given names agree word by word, where an initial agrees with any word
  it begins ("John F." ~ "John Forbes" ~ "J."), and a shorter list may stop early
  ("Sergey" ~ "Sergey Viktorovich"); "George W." and "George H. W." do not agree.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d",
                        "Ð": "d", "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe",
                        "Œ": "oe", "ß": "ss", "ı": "i"})
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_WORD = re.compile(r"[^\s,]+")
_ARTICLE = re.compile(r"^(?:al|el|as|ad|an|ar|at|az|ash)[-‐‑’' ](?=\w)", re.IGNORECASE)
_STOP = frozenset({"of", "for", "the", "and", "to", "in", "on", "at", "de", "du", "des", "la",
                   "le", "del", "on", "a"})

# Words that say what a post is; a title's key is the set of these it contains, so
# "Minister for Foreign Affairs of Japan" and "Foreign Minister" share the key
# {foreign, minister}. Synonyms map to one word.
_TITLE_WORDS = {
    "minister": "minister", "ministers": "minister", "prime": "prime", "premier": "prime",
    "president": "president", "vice": "vice", "deputy": "deputy", "state": "state",
    "secretary": "secretary", "foreign": "foreign", "external": "foreign",
    "defence": "defence", "defense": "defence", "ambassador": "ambassador",
    "envoy": "envoy", "representative": "representative", "general": "general",
    "director": "director", "executive": "executive", "chancellor": "chancellor",
    "chair": "chair", "chairperson": "chair", "chairman": "chair", "chairwoman": "chair",
    "high": "high", "commissioner": "commissioner", "special": "special",
    "parliamentary": "parliamentary", "senior": "senior", "undersecretary": "under",
    "under": "under", "assistant": "assistant", "permanent": "permanent", "king": "king",
    "queen": "queen", "emir": "emir", "crown": "crown", "prince": "prince",
    "governor": "governor", "mayor": "mayor", "senator": "senator", "spokesperson": "spokesperson",
    "councilor": "councilor", "councillor": "councilor", "advisor": "adviser",
    "adviser": "adviser", "chief": "chief", "head": "head", "leader": "leader",
}


@lru_cache(maxsize=1 << 18)
def fold(text: str | None) -> str:
    """Letters and digits only, accents stripped, case folded ("" for None)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _NOT_ALNUM.sub("", text.translate(_EXTRA))


@lru_cache(maxsize=1 << 18)
def fold_words(text: str | None) -> tuple[str, ...]:
    """The folded words of a text, in order, empty words dropped."""
    if not text:
        return ()
    words = re.split(r"[\s,;/()]+", text)
    return tuple(w for w in (fold(x) for x in words) if w)


@lru_cache(maxsize=1 << 18)
def family_key(family: str | None) -> str:
    """Blocking key: the folded family name, a leading Arabic article dropped."""
    if not family:
        return ""
    family = family.strip()
    stripped = _ARTICLE.sub("", family)
    return fold(stripped) or fold(family)


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=1 << 16)
def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a name written any of the usual ways; given may be ""."""
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return family.strip(), given.strip()
    words = _WORD.findall(name)
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], ""
    caps = [i for i, w in enumerate(words) if _is_caps(w)]
    if caps and len(caps) < len(words):
        lo, hi = caps[0], caps[-1]
        if caps == list(range(lo, hi + 1)):
            family = " ".join(words[lo:hi + 1])
            given = " ".join(words[:lo] + words[hi + 1:])
            return family, given
    return words[-1], " ".join(words[:-1])


@lru_cache(maxsize=1 << 16)
def given_from(name: str, family: str | None) -> str:
    """The given part of `name` once the family name's words are taken out."""
    if not family:
        return split_name(name)[1]
    fam = set(fold_words(family))
    words = _WORD.findall(name.replace(",", " "))
    rest = [w for w in words if fold(w) not in fam]
    if len(rest) == len(words):          # the family name is not written in the name
        return split_name(name)[1]
    return " ".join(rest)


@lru_cache(maxsize=1 << 16)
def given_tokens(given: str | None) -> tuple[str, ...]:
    """Folded given-name words: "Donald J." -> ("donald", "j"); "Byung-se" -> ("byungse",)."""
    if not given:
        return ()
    words = re.split(r"[\s.]+", given)
    return tuple(w for w in (fold(x) for x in words) if w)


def _word_ok(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1:
        return b.startswith(a)
    if len(b) == 1:
        return a.startswith(b)
    return False


@lru_cache(maxsize=1 << 18)
def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Could these two given-name lists belong to one person (a missing list always can)?"""
    if not a or not b:
        return True
    if "".join(a) == "".join(b):
        return True
    return all(_word_ok(x, y) for x, y in zip(a, b))


def has_full_given(given: tuple[str, ...]) -> bool:
    """A first given name written out (two letters or more), not just an initial."""
    return bool(given) and len(given[0]) >= 2


@lru_cache(maxsize=1 << 16)
def title_key(title: str | None) -> frozenset[str]:
    """The post-defining words of a title ("Foreign Minister" -> {foreign, minister})."""
    if not title:
        return frozenset()
    out = set()
    for w in fold_words(title.replace("-", " ")):
        k = _TITLE_WORDS.get(w)
        if k:
            out.add(k)
    return frozenset(out)


# Words that make another office of the one they qualify: a Deputy Foreign Minister is not
# the Foreign Minister.
_MODIFIERS = frozenset({"deputy", "vice", "under", "assistant", "state", "parliamentary",
                        "senior", "special", "permanent", "executive", "high", "crown", "chief"})


def title_fits(mention: frozenset[str], person: frozenset[str]) -> bool:
    """Can a mention titled `mention` be a person once titled `person`? The same post, or
    the same post said with fewer words ("Minister" of "Foreign Minister") — but not
    without a word that makes it another post ("Foreign Minister" of "Deputy Foreign
    Minister")."""
    if mention == person:
        return True
    return mention < person and not (person - mention) & _MODIFIERS


@lru_cache(maxsize=1 << 16)
def org_key(org: str | None) -> str:
    """A short key for an organisation: its acronym when it has one.

    "International Organization for Migration" and "IOM" both give "iom"; "UN Women" gives
    "unwomen" (a short name, kept whole); "European Union" and "EU" give "eu". A name in
    parentheses ("International Committee of the Red Cross (ICRC)") gives what is inside.
    """
    if not org:
        return ""
    m = re.search(r"\(([A-Z][A-Za-z&-]{1,9})\)", org)
    if m:
        return fold(m.group(1))
    words = re.findall(r"[\w&’'-]+", org)
    if len(words) == 1 or any(_is_caps(w) for w in words):
        return fold(org)
    sig = [w for w in words if w.lower() not in _STOP]
    if len(sig) >= 2 and all(w[:1].isupper() for w in sig):
        return fold("".join(w[0] for w in sig))
    return fold(org)


def org_compatible(a: str, b: str) -> bool:
    """Two organisation keys that may name one body ("un" ~ "unwomen": the one starts the other)."""
    if not a or not b:
        return True
    return a == b or a.startswith(b) or b.startswith(a)
