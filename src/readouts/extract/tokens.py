"""Word tokens with offsets, and the word classes the name grammar reads them with."""
from __future__ import annotations

import re
from functools import lru_cache

from . import fastre
from .data import load
from .text import squash

# "U.S." and "H.E." stay whole; "Women's" keeps its possessive; a trailing full stop is split
# off unless the word is a known abbreviation or an initial.
# "Ts.Ariunaa", "B.Ganzorig": a Mongolian name, its patronymic's initial joined on, is one word
# "Rajendran a/l Subramaniam", "Devi d/o Kumar": a Malaysian name's "son of" / "daughter of" is one word
_TOKEN = fastre.compile(r"(?:[A-Z]\.){2,}(?:-[^\W\d_]+)*|[A-Z][a-z]?\.(?=[A-Z][a-z])[A-Z][a-z]+(?:-[A-Z][a-z]+)*\b|\b(?:a/[lp]|[sd]/o)\b|[^\W\d_]+(?:-(?:[A-Z]\.){2,}|['’\-][^\W\d_]+)*(?:['’]s)?\.?"
                    r"|\d+(?:[:.,]\d+)*|[^\s\w]")
ABBREVIATIONS = {"Mr.", "Ms.", "Mrs.", "Dr.", "Hon.", "Prof.", "Lt.", "Rt.", "St.", "Smt.", "Mme.", "Jr.", "Sr.",
                 "No.", "Gen.", "M.", "Gov.", "Sen.", "Amb.", "Col.", "Adm.", "Capt.", "Jan.", "Feb.", "Aug.",
                 "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Md.", "Ma.", "Sra.", "Srta.", "Brig.", "Maj.",
                 "Dña.", "Dra.", "Mtro.", "Mtra.", "Lic.", "Licda.", "Licdo.", "Ing.", "Sig.", "Dott."}
_INITIALS_END = fastre.compile(r"(?:^|[-.])(?:[A-Z]\.)+$")    # "J.", "Jean-P.", "Japan-U.S."
# Mongolian initials of two letters, one sound: "Ts. Enkhbold", "Ch. Undram", "Sh. Naranchimeg"
DIGRAPH_INITIALS = frozenset({"Ts.", "Ch.", "Sh.", "Kh.", "Zh.", "Dz.", "Ye.", "Ya.", "Yu.", "Yo."})


class Token:
    """A word (or mark) of the text at [start, end). A plain slotted class: documents make
    hundreds of these, and a frozen dataclass costs several times more to build."""
    __slots__ = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"

    @property
    def is_cap(self) -> bool:
        # "ʻAkanesi": Polynesian names may open with the ʻokina
        return self.text[:1].isupper() or (self.text[:1] == "ʻ" and self.text[1:2].isupper())

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_allcaps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_initial(self) -> bool:
        return (len(self.text) == 2 and self.text[0].isupper() and self.text[1] == ".") or self.text in DIGRAPH_INITIALS

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        t = self.text
        if t.endswith(("'s", "’s")):
            return t[:-2]
        return t.rstrip("’'")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e, t = m.start(), m.end(), m.group()
        if t.endswith(".") and len(t) > 1 and t not in ABBREVIATIONS and not _INITIALS_END.search(t) \
                and t not in DIGRAPH_INITIALS:
            out.append(Token(s, e - 1, t[:-1]))
            out.append(Token(e - 1, e, "."))
        else:
            out.append(Token(s, e, t))
    return out


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    data = load("titles.json")
    org_heads = frozenset(load("organizations.json")["org_heads"])
    return frozenset(data["words"]) | frozenset(data["heads"]) | EVENT_WORDS | org_heads


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    return frozenset(load("titles.json")["heads"])


@lru_cache(maxsize=1)
def connectors() -> frozenset[str]:
    return frozenset(load("titles.json")["connectors"])


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    return frozenset(load("titles.json")["name_particles"])


# Capitalised words that name events, documents and places of work, never a person.
EVENT_WORDS = frozenset("""Meeting Meetings Talk Talks Dialogue Dialogues Summit Conference Forum Relations Visit Call Telephone
Consultations Consultation Session Symposium Seminar Panel Discussion Event Overview Summary Outline Readout Statement
Agreement Partnership Declaration Initiative Agenda Resolution Resolutions Photo Photos Courtesy Exchange Views Dinner
Lunch Breakfast Luncheon Reception Ceremony Today Yesterday The This That On In At During Following After Before
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Both Each They He She We It His Her Their Our Its Also Furthermore Moreover Additionally
Finally Then Lastly Japan-U Press Releases Release Back Index Main Content Container Crest Issues Women's Empowerment
Framework Plan Report Round Ministerial-level High-Level Working Group Leaders Leaders' Interior Embassy Palace House
Hall Street Highway Avenue Boulevard Road Square Building Centre Center Headquarters Residence Chancery Office Community Secretariat Agency Programme Delegates Delegation Members Representatives Participants Capitol Guest Station
Ambassadors Leaders Ministers Officials Students Women People Experts Panelists Guests Group Groups Team
Territory Territories Province Provinces Region Regions Republic Kingdom Emirates Federation Islands
Section Division Unit Branch Bureau Directorate Ministries Departments Governments Offices Agencies
Recommendation Recommendations Comment Comments Representation Representations Mission Missions Consulate Consulates
Office II III IV VI VII VIII IX One
Senado Senate Sénat Cámara Congreso Asamblea Parlamento Ministerio Embajada Gobierno Cancillería Secretaría
Ministre Ministère Gouvernement Présidence Ministro Ministero Governo Secrétaire Directeur Directrice Chargé Chargée
Conseiller Conseillère Délégué Déléguée""".split())


@lru_cache(maxsize=1)
def honorific_table() -> dict[str, tuple[str | None, bool]]:
    return {h["form"]: (h["gender"], h["personal"]) for h in load("honorifics.json")["honorifics"]}


def _forms_alternation() -> str:
    """The honorifics as one alternation, longest first; a form that also opens an office's name
    ("the Lord Mayor") is not one before that office's word."""
    forms = sorted(honorific_table(), key=len, reverse=True)
    offices = load("honorifics.json").get("not_before", {})

    def one(form: str) -> str:
        words = offices.get(form)
        guard = rf"(?!\s+(?:{'|'.join(map(re.escape, words))})\b)" if words else ""
        if len(form) == 1:
            guard += r"(?=[ \t]+[A-Z][a-z])"     # Burmese "U Thant", never the "U" of "U.S." or "U-2"
        elif len(form) == 2 and form.endswith("."):
            # "D. Pedro", "M. Étienne X", "M. YAO Konan", never the initials of "D. P. Joshi"
            guard += r"(?![ \t]+[^\W\d_]{1,2}\.)"
        return re.escape(form).replace(r"\ ", r"\s+") + guard
    return "|".join(one(f) for f in forms)


@lru_cache(maxsize=1)
def honorific_pattern() -> re.Pattern:
    forms = sorted(honorific_table(), key=len, reverse=True)
    alt = _forms_alternation()
    # A chain: "Senator the Hon", "H.E. Mr.", "Her Excellency, Ms."; each form whole-word.
    # (not a possessive: "Queen's Park", "King's College" are places, not forms of address)
    # (but "His Majesty's Ambassador" keeps its form: the possessive of a form of address is still one)
    one = rf"(?:{alt})(?![\w])(?!(?<=Queen)['’]s\b)(?!(?<=King)['’]s\b)(?!(?<=Prince)['’]s\b)(?!(?<=Lord)['’]s\b)"
    # after the first, a form may stand in brackets: "Hon. (Mrs.) Dilhani Perera", "Hon. (Dr.) Ranjani Silva"
    inner = rf"(?:\((?:{alt})\)|{one})"
    # the look-ahead on first letters lets the engine skip most positions cheaply
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    return fastre.compile(rf"(?=[{first}])(?<![\w.]){one}(?:[ \t]*,?[ \t]*{inner})*")


@lru_cache(maxsize=1)
def post_nominals() -> frozenset[str]:
    return frozenset(load("honorifics.json")["post_nominals"])


@lru_cache(maxsize=1)
def _honorific_part() -> re.Pattern:
    alt = _forms_alternation()
    return fastre.compile(rf"[ \t,]*\(?({alt})(?![\w])\)?")


def honorific_parts(chain: str) -> list[str]:
    """Split a matched honorific chain into its forms, longest first at each point."""
    return [squash(m.group(1)) for m in honorific_spans_in(chain, 0, len(chain))]


def honorific_spans_in(text: str, start: int, end: int) -> list[re.Match]:
    """The forms of an honorific chain text[start:end], as matches of their own."""
    out, pos, pattern = [], start, _honorific_part()
    while pos < end:
        m = pattern.match(text, pos, end)
        if m is None:
            # a form whose guard looks past the chain ("U" only before a name): read on, end there
            m = pattern.match(text, pos)
            if m is None or m.end() > end:
                break
        out.append(m)
        pos = m.end()
    return out
