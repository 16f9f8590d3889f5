"""The people registry: a CSV file a person edits to correct and name resolved people.

One row per statement, a header naming the columns (any order; leave out the ones you do not
use); lines starting with `#` are comments. Columns:

    action     name | merge | split | office
    person     the registry's id for a person, e.g. `kamikawa-yoko` (letters, digits, . _ - :)
    name       a name as records write it (any order, case or accents: "KAMIKAWA Yoko"
               selects "Yoko Kamikawa" too); on a `name` row, the canonical name
    wikidata   a Wikidata id (Q123) — on `name` rows only
    title      an office as records write it ("Prime Minister") — on `office` rows only
    country    ISO alpha-2: only mentions / offices of that country
    from, to   YYYY-MM-DD, either may be empty: only mentions / offices dated in that range
    publisher  words of the publisher's name: only mentions / offices it published
    mention    a mention id (`DOC:EVENT:PARTICIPANT`), or a document id (then `name` is needed)
    note       free text, ignored

Actions:
- `name`: the person's canonical name and Wikidata id (one row per person). It also selects
  the mentions written with that name, as a `merge` row would — unless the person is made by
  `split` rows.
- `merge`: the selected mentions are this person; mentions of other rows for the same person
  are too, and the automatic rules may still add mentions that fit ("Ms. Kamikawa").
- `split`: the selected mentions are this person, and only they: nothing is merged into or out
  of them automatically. Use it to separate namesakes the automatic rules took for one.
- `office`: an office held by this person over `from`..`to`, so that an unnamed principal
  ("The Prime Minister spoke with ...") is counted as the person. An office mention with no
  country matches a row with a country only when the row's `publisher` matches.

When several rows select one mention, the most specific wins (a mention id over a document
id, then the one with more conditions), then the earlier row.
"""
from __future__ import annotations

import csv
import io
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..errors import ReadoutsError
from .names import fold, fold_words

ACTIONS = ("name", "merge", "split", "office")
COLUMNS = ("action", "person", "name", "wikidata", "title", "country", "from", "to",
           "publisher", "mention", "note")
_PERSON_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
RESERVED_PREFIXES = ("p:", "m:")        # automatic person and meeting ids


class RegistryError(ReadoutsError):
    """The registry file cannot be read or says something impossible."""
    code = "registry"

    def __init__(self, message: str, source: str | None = None, line: int | None = None) -> None:
        where = source or "registry"
        if line is not None:
            where = f"{where}, line {line}"
        super().__init__(f"{where}: {message}")
        self.message = message
        self.source = source
        self.line = line


def name_key(name: str | None) -> tuple[str, ...]:
    """A name as a sorted tuple of folded words: order, case, accents and commas don't count."""
    return tuple(sorted(fold_words(name)))


def to_day(value: str | None) -> int | None:
    """An ISO date (YYYY-MM-DD, or a longer timestamp) as a day number; None if absent or bad."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Selector:
    """Which mentions a row means. Every condition given must hold."""
    name: tuple[str, ...] = ()               # name_key; () = any name
    mention: str | None = None               # a mention id (has ':') or a document id
    country: str | None = None
    start: int | None = None                 # day numbers, inclusive
    end: int | None = None
    publisher: str | None = None             # folded

    @property
    def specificity(self) -> int:
        score = 0
        if self.mention:
            score += 100 if ":" in self.mention else 50
        score += sum(x is not None for x in (self.country, self.start, self.end, self.publisher))
        return score + (1 if self.name else 0)

    def matches(self, name: str, mention_id: str, document_id: str, country: str | None,
                day: int | None, publisher: str | None) -> bool:
        if self.mention is not None and self.mention not in (mention_id, document_id):
            return False
        if self.name and name_key(name) != self.name:
            return False
        if self.country is not None and country != self.country:
            return False
        if self.start is not None or self.end is not None:
            if day is None:
                return False
            if self.start is not None and day < self.start:
                return False
            if self.end is not None and day > self.end:
                return False
        if self.publisher is not None and self.publisher not in fold(publisher):
            return False
        return True


@dataclass(frozen=True, slots=True)
class Pin:
    """A `merge`, `split` or `name` row: the mentions it selects are `person`."""
    person: str
    selector: Selector
    closed: bool                             # from `split`: nothing else joins, nothing leaves
    line: int


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """An `office` row: `person` held `title` (in `country`) from `start` to `end`."""
    person: str
    title: str
    titles: frozenset[str]                   # folded forms that match
    country: str | None
    start: int | None
    end: int | None
    publisher: str | None
    line: int


@dataclass(frozen=True, slots=True)
class RegistryPerson:
    id: str
    name: str | None = None
    wikidata: str | None = None


@dataclass(slots=True)
class Registry:
    """A parsed registry. `Registry()` is the empty one."""
    people: dict[str, RegistryPerson] = field(default_factory=dict)
    pins: list[Pin] = field(default_factory=list)
    offices: list[OfficeTerm] = field(default_factory=list)
    source: str | None = None
    _by_name: dict[tuple[str, ...], list[Pin]] = field(default_factory=dict, repr=False)
    _by_mention: dict[str, list[Pin]] = field(default_factory=dict, repr=False)
    _anywhere: list[Pin] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        by_name: dict[tuple[str, ...], list[Pin]] = defaultdict(list)
        by_mention: dict[str, list[Pin]] = defaultdict(list)
        anywhere: list[Pin] = []
        for pin in self.pins:
            if pin.selector.mention:
                by_mention[pin.selector.mention].append(pin)
            elif pin.selector.name:
                by_name[pin.selector.name].append(pin)
            else:
                anywhere.append(pin)
        self._by_name, self._by_mention, self._anywhere = dict(by_name), dict(by_mention), anywhere

    @property
    def closed_people(self) -> frozenset[str]:
        return frozenset(p.person for p in self.pins if p.closed)

    def pin_for(self, name: str, mention_id: str, document_id: str, country: str | None,
                day: int | None, publisher: str | None) -> Pin | None:
        """The row that decides who this mention is, if any (most specific, then first)."""
        candidates: list[Pin] = []
        candidates += self._by_mention.get(mention_id, ())
        candidates += self._by_mention.get(document_id, ())
        candidates += self._by_name.get(name_key(name), ())
        candidates += self._anywhere
        best: Pin | None = None
        for pin in candidates:
            if not pin.selector.matches(name, mention_id, document_id, country, day, publisher):
                continue
            if best is None or (pin.selector.specificity, -pin.line) > \
                    (best.selector.specificity, -best.line):
                best = pin
        return best

    def office_holder(self, title: str | None, country: str | None, day: int | None,
                      publisher: str | None) -> str | None:
        """The person the registry says held this office then; None if none or ambiguous."""
        if not title:
            return None
        t = fold(title)
        found: set[str] = set()
        for term in self.offices:
            if t not in term.titles:
                continue
            if term.country is not None and country != term.country:
                if country is not None or term.publisher is None:
                    continue
            if term.publisher is not None and term.publisher not in fold(publisher):
                continue
            if term.start is not None or term.end is not None:
                if day is None:
                    continue
                if term.start is not None and day < term.start:
                    continue
                if term.end is not None and day > term.end:
                    continue
            found.add(term.person)
        return found.pop() if len(found) == 1 else None


# --- reading the file ---------------------------------------------------------------------

def load_registry(path: str | os.PathLike[str]) -> Registry:
    """Read a registry CSV file; raise RegistryError (with the line) for anything malformed."""
    source = os.fspath(path)
    try:
        with open(source, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise RegistryError(f"cannot read the registry: {exc.strerror or exc}", source) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegistryError(f"not UTF-8 text (byte {exc.start})", source) from None
    return parse_registry(text, source=source)


def parse_registry(text: str, source: str | None = None) -> Registry:
    """Parse a registry from its CSV text (see the module docstring for the format)."""
    source = source or "<registry>"
    # Comment and blank lines are dropped but remembered, so errors cite the file's lines.
    kept: list[str] = []
    line_numbers: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kept.append(line)
        line_numbers.append(number)
    if not kept:
        return Registry(source=source)
    try:
        rows = list(csv.reader(io.StringIO("\n".join(kept)), strict=True))
    except csv.Error as exc:
        raise RegistryError(f"not valid CSV: {exc}", source) from None
    if len(rows) != len(kept):
        raise RegistryError("a quoted value spans several lines; keep each row on one line", source)
    header = [h.strip().lower() for h in rows[0]]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise RegistryError(f"unknown column(s) {', '.join(map(repr, unknown))}; the columns are "
                            f"{', '.join(COLUMNS)}", source, line_numbers[0])
    for required in ("action", "person"):
        if required not in header:
            raise RegistryError(f"the header has no {required!r} column", source, line_numbers[0])
    if len(set(header)) != len(header):
        raise RegistryError("a column appears twice in the header", source, line_numbers[0])

    builder = _Builder(source)
    for cells, number in zip(rows[1:], line_numbers[1:]):
        if len(cells) > len(header):
            raise RegistryError(f"{len(cells)} values for {len(header)} columns", source, number)
        row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        builder.add(row, number)
    return builder.build()


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.people: dict[str, RegistryPerson] = {}
        self.name_lines: dict[str, int] = {}
        self.pins: list[Pin] = []
        self.offices: list[OfficeTerm] = []
        self.kinds: dict[str, set[str]] = defaultdict(set)
        self.qids: dict[str, str] = {}

    def fail(self, message: str, line: int) -> RegistryError:
        return RegistryError(message, self.source, line)

    def add(self, row: dict[str, str], line: int) -> None:
        action = row.get("action", "").lower()
        if action not in ACTIONS:
            raise self.fail(f"action {row.get('action')!r} is not one of "
                            f"{', '.join(ACTIONS)}", line)
        person = row.get("person", "")
        if not person:
            raise self.fail(f"a {action} row needs a person id", line)
        if not _PERSON_ID.match(person) or person.startswith(RESERVED_PREFIXES):
            raise self.fail(f"person id {person!r} must be letters, digits and . _ - : and not "
                            f"start with {' or '.join(RESERVED_PREFIXES)}", line)
        country = row.get("country") or None
        if country is not None:
            country = country.upper()
            if not _COUNTRY.match(country):
                raise self.fail(f"country {row['country']!r} is not an ISO alpha-2 code", line)
        start, end = self.day(row, "from", line), self.day(row, "to", line)
        if start is not None and end is not None and start > end:
            raise self.fail("'from' is after 'to'", line)
        publisher = fold(row.get("publisher")) or None
        if row.get("wikidata") and action != "name":
            raise self.fail("wikidata belongs on the person's name row", line)
        if row.get("title") and action != "office":
            raise self.fail("title belongs on office rows", line)
        self.kinds[person].add(action)

        if action == "office":
            title = row.get("title", "")
            if not title:
                raise self.fail("an office row needs a title", line)
            if row.get("name") or row.get("mention"):
                raise self.fail("an office row selects offices by title, country, dates and "
                                "publisher, not by name or mention", line)
            self.offices.append(OfficeTerm(person, title, _title_forms(title, country), country,
                                           start, end, publisher, line))
            self.people.setdefault(person, RegistryPerson(person))
            return

        name = row.get("name") or ""
        mention = row.get("mention") or None
        if action == "name":
            if not name:
                raise self.fail("a name row needs the person's name", line)
            if person in self.name_lines:
                raise self.fail(f"person {person!r} is already named on line "
                                f"{self.name_lines[person]}", line)
            qid = row.get("wikidata") or None
            if qid is not None:
                if not _QID.match(qid):
                    raise self.fail(f"wikidata {qid!r} is not a Wikidata id such as Q123", line)
                if qid in self.qids and self.qids[qid] != person:
                    raise self.fail(f"{qid} is already the Wikidata id of {self.qids[qid]!r}", line)
                self.qids[qid] = person
            self.name_lines[person] = line
            self.people[person] = RegistryPerson(person, name, qid)
        else:
            if not name and not mention:
                raise self.fail(f"a {action} row needs a name or a mention to select", line)
            if mention is not None and ":" not in mention and not name:
                raise self.fail("a document id in 'mention' needs a name too (which of its "
                                "people?)", line)
            self.people.setdefault(person, RegistryPerson(person))
        key = tuple(sorted(fold_words(name)))
        if name and not key:
            raise self.fail(f"name {name!r} has no letters", line)
        selector = Selector(key, mention, country, start, end, publisher)
        self.pins.append(Pin(person, selector, action == "split", line))

    def day(self, row: dict[str, str], column: str, line: int) -> int | None:
        value = row.get(column) or ""
        if not value:
            return None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise self.fail(f"{column!r} {value!r} is not a date YYYY-MM-DD", line)
        try:
            return date.fromisoformat(value).toordinal()
        except ValueError:
            raise self.fail(f"{column!r} {value!r} is not a real date", line) from None

    def build(self) -> Registry:
        for person, kinds in self.kinds.items():
            if "split" in kinds and "merge" in kinds:
                raise RegistryError(f"person {person!r} has both split and merge rows: a split "
                                    "person is exactly the mentions its split rows select",
                                    self.source)
        split_people = {p for p, k in self.kinds.items() if "split" in k}
        # A name row of a split person only names it.
        pins = [p for p in self.pins
                if not (p.person in split_people and not p.closed)]
        return Registry(dict(sorted(self.people.items())), pins, self.offices, self.source)


def _title_forms(title: str, country: str | None) -> frozenset[str]:
    """The folded title, and with a country given also its head before " of ..."
    ("Prime Minister of the United Kingdom" with GB also matches "Prime Minister")."""
    forms = {fold(title)}
    if country is not None:
        head = re.split(r"\s+of\s+", title, maxsplit=1)[0]
        if head and head != title:
            forms.add(fold(head))
    return frozenset(f for f in forms if f)

