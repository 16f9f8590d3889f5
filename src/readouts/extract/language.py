"""The language a readout is written in, from the common words of its opening.

Each language is known by short words that carry its grammar (articles, prepositions,
conjunctions, auxiliaries) and that names and titles rarely contain. English is tried first and
cheaply: five of its words in the first 3,000 characters make a text English. Otherwise the
language whose words are most frequent there wins, if it has at least five of them (fewer is a
masthead or a list, not running text); else the language is unknown (None). ISO 639-1 codes.
"""
from __future__ import annotations

import functools
import itertools
import re

from . import fastre

_HEAD = 3000
_ENOUGH = 5
_ENGLISH = fastre.compile(r"\b(?:the|and|of|with|was|were|for|on)\b", re.I)
# Words shared by two languages ("con", "una", "que") count for both: the others decide.
_WORDS = {
    "es": "el|los|las|del|con|por|para|una|fue|y|que|se|al|ha|sus",
    "fr": "le|les|des|du|avec|pour|une|dans|été|et|est|au|aux|sur|qui|ont",
    "pt": "os|das|dos|com|uma|foi|não|pelo|pela|em|ao|e|que|na|no|sua",
    "it": "il|gli|della|degli|delle|per|una|è|nel|nella|dei|con|che|ha|alla|di",
    "de": "der|die|und|das|mit|den|des|ist|wurde|auf|für|sich|im|zum|zur",
    "nl": "het|een|van|en|met|voor|werd|zijn|op|te|heeft|bij",
    "id": "yang|dan|dengan|di|untuk|dalam|ini|pada|oleh|dari|akan|juga|serta",
    "sv": "och|att|det|som|för|med|av|på|är|var|till|har|om|efter|även",
    "no": "og|at|det|som|for|med|av|på|er|var|til|har|om|etter|også",
    "da": "og|at|det|som|for|med|af|på|er|var|til|har|om|efter|også",
    "pl": "i|w|z|na|się|do|że|jest|oraz|przez|dla|od|po|który|także",
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in _WORDS.items():
    for _word in _words.split("|"):
        _LANGUAGES_OF[_word] = _LANGUAGES_OF.get(_word, ()) + (_code,)
# a word no longer than the longest listed one: the rest need no lookup
_SHORT_WORD = re.compile(r"\b[^\W\d_]{1,%d}\b" % max(map(len, _LANGUAGES_OF)))


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language the text's opening is written in, or None."""
    if sum(1 for _ in itertools.islice(_ENGLISH.finditer(text, 0, _HEAD), _ENOUGH)) == _ENOUGH:
        return "en"
    counts = dict.fromkeys(_WORDS, 0)
    for word in _SHORT_WORD.findall(text[:_HEAD].lower()):
        for code in _LANGUAGES_OF.get(word, ()):
            counts[code] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= _ENOUGH else None


@functools.lru_cache(maxsize=64)
def language_of(text: str) -> str | None:
    """detect_language, once a text: the steps that read one language's grammar ask it in turn."""
    return detect_language(text)
