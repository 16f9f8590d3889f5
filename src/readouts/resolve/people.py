"""People across documents: which person mentions are one person.

Precision before recall. Mentions are blocked by folded family name (`names.family_key`), so
the work grows with the size of the largest block, not with the archive, and a block's result
depends only on its own mentions (and the registry). Within a block, four rules, in order:

1. Registry. Mentions a `split` row selects are that person and nothing else; mentions a
   `merge` or `name` row selects start that person's cluster, which the rules below may add to.
2. Strong mentions — a written-out given name *and* an affiliation (a country, or for staff
   of international bodies an organisation) — are one person when their given names agree
   (`names.given_compatible`: "John F." ~ "John"), their affiliations agree and no gender
   contradicts. Most specific given names go first; a mention that agrees with two clusters
   that disagree with each other ("George Bush" beside "George W." and "George H. W.") is
   not guessed: it is treated as weak.
3. Weak mentions — no given name ("Ms. Kamikawa", "Foreign Minister Kamikawa"), only an
   initial, or no affiliation — join a cluster only when exactly one fits: compatible given
   name, gender and affiliation (the mention's country must be the cluster's; a mention
   without one fits any) and in period (its date within the cluster's dated span widened by
   `margin_days`; an undated side does not exclude), and a title that fits (the same post, or
   the same said with fewer words — "Minister" of "Foreign Minister" — but not without a
   word that makes another post: "Deputy", "Vice", "State", ...). If several fit, the only
   one sharing the mention's title ("Foreign Minister" = "Minister for Foreign Affairs of
   Japan") is taken, else the only one whose dated span holds the mention's date (who was
   named so at the time: a predecessor and successor of one family name); otherwise the
   mention stays a person of its own. A weak mention never widens a cluster, so the order
   they come in does not matter.
4. Mentions no cluster fits (a person the archive never names in full) are one person when
   they agree on everything they have (given name, country, organisation, gender), have an
   affiliation or a given name, and, when dated, lie within `margin_days` of each other in a
   chain; an undated one joins the only chain there is. Everything else stays alone.

A person's id is `p:` and 16 hex digits of the SHA-256 of a canonical key — folded family
name, first given name, affiliation — so re-running on the same mentions gives the same ids,
and an id stays the same as the archive grows while that key stays unique; a person the
registry pins keeps the registry's id.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from .names import (family_key, given_compatible, given_from, given_tokens, has_full_given,
                    org_compatible, org_key, split_name, title_fits, title_key)
from .registry import Registry, to_day

# "The same period": four years (a term of office) either side of a person's dated mentions.
MARGIN_DAYS = 1461
_GENDER_OF = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female",
              "madam": "female", "madame": "female", "lord": "male", "baroness": "female",
              "sir": "male", "dame": "female"}


@dataclass(frozen=True, slots=True)
class PersonMention:
    """One participant of one event of one document, as the record states it."""
    mention_id: str                          # DOC:EVENT:PARTICIPANT
    document_id: str
    date: str | None
    name: str
    family_name: str | None = None
    given_name: str | None = None
    honorific: str | None = None
    gender: str | None = None
    titles: tuple[str, ...] = ()
    organization: str | None = None
    country: str | None = None
    role: str | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class OfficeMention:
    """A principal the text leaves unnamed ("The Prime Minister spoke with ...")."""
    mention_id: str                          # DOC:EVENT:oINDEX
    document_id: str
    date: str | None
    title: str
    country: str | None = None
    role: str | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """What the resolved mentions of one person say, for a people table."""
    person_id: str
    name: str
    family_name: str | None
    wikidata: str | None
    countries: tuple[str, ...]
    organizations: tuple[str, ...]
    mentions: int
    first_date: str | None
    last_date: str | None
    given_name: str | None = None


# --- mentions from records ---------------------------------------------------------------

def mention_id(document_id: str, event_index: int, participant_index: int) -> str:
    return f"{document_id}:{event_index}:{participant_index}"


def mentions_from_record(record: Mapping[str, Any]) -> list[PersonMention]:
    """The person mentions of one record in the JSON shape `readouts extract` writes."""
    doc = record.get("document") or {}
    doc_id = doc.get("id") or ""
    out: list[PersonMention] = []
    for i, event in enumerate(record.get("events") or ()):
        date = event.get("date") or doc.get("published")
        for j, p in enumerate(event.get("participants") or ()):
            if not p.get("name"):
                continue
            out.append(PersonMention(
                mention_id(doc_id, i, j), doc_id, date, p["name"], p.get("family_name"),
                p.get("given_name"), p.get("honorific"), p.get("gender"),
                tuple(t for t in p.get("titles") or () if t), p.get("organization"),
                p.get("country"), p.get("role"), doc.get("publisher")))
    return out


def offices_from_record(record: Mapping[str, Any]) -> list[OfficeMention]:
    """The unnamed principals (`offices`) of one record."""
    doc = record.get("document") or {}
    doc_id = doc.get("id") or ""
    out: list[OfficeMention] = []
    for i, event in enumerate(record.get("events") or ()):
        date = event.get("date") or doc.get("published")
        for j, o in enumerate(event.get("offices") or ()):
            if o.get("title"):
                out.append(OfficeMention(f"{doc_id}:{i}:o{j}", doc_id, date, o["title"],
                                         o.get("country"), o.get("role"), doc.get("publisher")))
    return out


def resolve_offices(offices: Iterable[OfficeMention], registry: Registry | None) -> dict[str, str]:
    """office mention id -> person id, for the offices the registry maps (and only those)."""
    if registry is None or not registry.offices:
        return {}
    out: dict[str, str] = {}
    for o in offices:
        person = registry.office_holder(o.title, o.country, to_day(o.date), o.publisher)
        if person is not None:
            out[o.mention_id] = person
    return out


# --- the resolver ------------------------------------------------------------------------

class _M:
    """A mention, folded for comparison."""
    __slots__ = ("m", "fam", "given", "full", "country", "org", "gender", "day", "titles",
                 "pin", "closed")

    def __init__(self, m: PersonMention) -> None:
        self.m = m
        family = m.family_name or split_name(m.name)[0]
        given = m.given_name if m.given_name is not None else given_from(m.name, family)
        self.fam = family_key(family)
        self.given = given_tokens(given)
        self.full = has_full_given(self.given)
        self.country = (m.country or "").upper() or None
        self.org = org_key(m.organization) or None
        gender = m.gender or _GENDER_OF.get((m.honorific or "").lower().rstrip("."))
        self.gender = gender if gender in ("female", "male") else None
        self.day = to_day(m.date)
        self.titles = frozenset(k for k in (title_key(t) for t in m.titles) if k)
        self.pin: str | None = None
        self.closed = False

    @property
    def strong(self) -> bool:
        return self.full and (self.country is not None or self.org is not None)

    def signature(self) -> tuple:
        return (self.given, self.country, self.org, self.gender)


@dataclass(slots=True)
class _Cluster:
    members: list[_M] = field(default_factory=list)
    givens: set[tuple[str, ...]] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    titles: set[frozenset[str]] = field(default_factory=set)
    lo: int | None = None
    hi: int | None = None
    person: str | None = None              # a registry id
    closed: bool = False
    extra: list[_M] = field(default_factory=list)   # weak mentions attached (profile unchanged)

    def add(self, x: _M) -> None:
        self.members.append(x)
        if x.given:
            self.givens.add(x.given)
        if x.country:
            self.countries.add(x.country)
        if x.org:
            self.orgs.add(x.org)
        if x.gender:
            self.genders.add(x.gender)
        self.titles.update(x.titles)
        if x.day is not None:
            self.lo = x.day if self.lo is None else min(self.lo, x.day)
            self.hi = x.day if self.hi is None else max(self.hi, x.day)

    def given_ok(self, given: tuple[str, ...]) -> bool:
        if not given or not self.givens:
            return True
        test = any if self.person is not None else all   # registry variants vouch for each other
        return test(given_compatible(given, g) for g in self.givens)

    def in_period(self, day: int | None, margin: int) -> bool:
        if day is None or self.lo is None or self.hi is None:
            return True
        return self.lo - margin <= day <= self.hi + margin

    def all_mentions(self) -> list[_M]:
        return self.members + self.extra


def _affiliation_ok(x: _M, cl: _Cluster) -> bool:
    """The mention's country or organisation agrees with the cluster's.

    A cluster the rules built has one country (or organisations); a registry person may have
    several, and agrees with any of them, or with anything when it has none."""
    seed = cl.person is not None
    if x.country is not None:
        if cl.countries:
            return x.country in cl.countries if seed else cl.countries == {x.country}
        return seed and not cl.orgs
    if x.org is not None:
        if cl.countries:
            return False
        if cl.orgs:
            test = any if seed else all
            return test(org_compatible(x.org, o) for o in cl.orgs)
        return seed
    return True                      # a mention without affiliation fits any


def _fits(x: _M, cl: _Cluster) -> bool:
    """Rules 2 and 3 without the period (checked per mention, in `_pick`)."""
    if cl.closed:
        return False
    if x.gender and cl.genders - {x.gender}:
        return False
    return _affiliation_ok(x, cl) and cl.given_ok(x.given)


def resolve_people(mentions: Iterable[PersonMention], registry: Registry | None = None,
                   margin_days: int = MARGIN_DAYS) -> dict[str, str]:
    """mention id -> person id for every mention (see the module docstring for the rules)."""
    folded = [_M(m) for m in mentions]
    if registry is not None and registry.pins:
        for x in folded:
            m = x.m
            pin = registry.pin_for(m.name, m.mention_id, m.document_id, x.country, x.day,
                                   m.publisher)
            if pin is not None:
                x.pin, x.closed = pin.person, pin.closed
    blocks: dict[str, list[_M]] = defaultdict(list)
    loose: list[_M] = []
    for x in folded:
        if x.fam:
            blocks[x.fam].append(x)
        elif x.pin is None:
            loose.append(x)
        else:
            blocks[""].append(x)

    clusters: list[_Cluster] = []
    for fam in sorted(blocks):
        clusters.extend(_resolve_block(blocks[fam], margin_days))
    for x in loose:                     # a "name" with no letters: nobody to compare it with
        cl = _Cluster()
        cl.add(x)
        clusters.append(cl)
    ids = _person_ids(clusters)
    out: dict[str, str] = {}
    for cl, pid in zip(clusters, ids):
        for x in cl.all_mentions():
            out[x.m.mention_id] = pid
    return {x.m.mention_id: out[x.m.mention_id] for x in folded}


def _resolve_block(block: list[_M], margin: int) -> list[_Cluster]:
    # Rule 1: the registry's people.
    seeds: dict[str, _Cluster] = {}
    strong: dict[tuple, list[_M]] = defaultdict(list)
    weak: list[_M] = []
    for x in block:
        if x.pin is not None:
            cl = seeds.get(x.pin)
            if cl is None:
                cl = seeds[x.pin] = _Cluster(person=x.pin, closed=x.closed)
            cl.add(x)
        elif x.strong:
            strong[x.signature()].append(x)
        else:
            weak.append(x)
    clusters: list[_Cluster] = [seeds[k] for k in sorted(seeds)]

    # Rule 2: strong mentions, most specific given names first.
    order = sorted(strong, key=lambda s: (-len(s[0]), -sum(map(len, s[0])), s[0],
                                          s[1] or "", s[2] or "", s[3] or ""))
    for sig in order:
        group = strong[sig]
        head = group[0]
        fits = [cl for cl in clusters if _fits(head, cl)]
        if len(fits) == 1:
            target = fits[0]
        elif not fits:
            target = _Cluster()
            clusters.append(target)
        else:
            weak.extend(group)          # agrees with clusters that disagree: not guessed
            continue
        for x in group:
            target.add(x)

    # Rule 3: weak mentions join the one cluster that fits; those no cluster fits are left
    # over for rule 4; those several fit stay alone.
    leftovers: list[_M] = []
    alone: list[_Cluster] = []
    candidates: dict[tuple, list[_Cluster]] = {}
    decided: dict[tuple, _Cluster | None] = {}
    for x in weak:
        sig = x.signature()
        if sig not in candidates:
            candidates[sig] = [cl for cl in clusters if _fits(x, cl)]
        key = (sig, x.day, x.titles)
        if key not in decided:
            decided[key] = _pick(x, candidates[sig], margin)
        target = decided[key]
        if target is None:
            leftovers.append(x)
        elif target is _AMBIGUOUS:
            cl = _Cluster()
            cl.add(x)
            alone.append(cl)
        else:
            target.extra.append(x)

    # Rule 4: leftovers that agree on all they have, chained in time.
    return clusters + _group_leftovers(leftovers, margin) + alone


_AMBIGUOUS = _Cluster(closed=True)     # a marker: several clusters fit


def _pick(x: _M, candidates: list[_Cluster], margin: int) -> _Cluster | None:
    """The one cluster a weak mention joins; None if none fits; _AMBIGUOUS if several do."""
    fits = [cl for cl in candidates if cl.in_period(x.day, margin)
            and (not x.titles or not cl.titles or _titles_fit(x.titles, cl.titles))]
    if len(fits) == 1:
        return fits[0]
    if not fits:
        return None
    if x.titles:
        by_title = [cl for cl in fits if x.titles & cl.titles]
        if len(by_title) == 1:
            return by_title[0]
        if by_title:
            fits = by_title
    if x.day is not None:
        inside = [cl for cl in fits if cl.lo is not None and cl.lo <= x.day <= cl.hi]
        if len(inside) == 1:
            return inside[0]
    return _AMBIGUOUS


def _titles_fit(mention: frozenset[frozenset[str]], person: set[frozenset[str]]) -> bool:
    return any(title_fits(a, b) for a in mention for b in person)


def _group_leftovers(leftovers: list[_M], margin: int) -> list[_Cluster]:
    groups: dict[tuple, list[_M]] = defaultdict(list)
    alone: list[_M] = []
    for x in leftovers:
        if x.given or x.country or x.org:
            groups[("".join(x.given), x.country or "", x.org or "", x.gender or "")].append(x)
        else:
            alone.append(x)
    out: list[_Cluster] = []
    for key in sorted(groups):
        members = groups[key]
        dated = sorted((x for x in members if x.day is not None),
                       key=lambda x: (x.day, x.m.mention_id))
        undated = [x for x in members if x.day is None]
        chains: list[_Cluster] = []
        for x in dated:
            if chains and x.day - chains[-1].hi <= margin:
                chains[-1].add(x)
            else:
                cl = _Cluster()
                cl.add(x)
                chains.append(cl)
        if undated:
            if len(chains) == 1:
                for x in undated:
                    chains[0].add(x)
            elif not chains:
                cl = _Cluster()
                for x in undated:
                    cl.add(x)
                chains.append(cl)
            else:
                for x in undated:
                    cl = _Cluster()
                    cl.add(x)
                    chains.append(cl)
        out.extend(chains)
    for x in alone:
        cl = _Cluster()
        cl.add(x)
        out.append(cl)
    return out


# --- ids ---------------------------------------------------------------------------------

def _hash(key: str) -> str:
    return "p:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _canonical_key(cl: _Cluster) -> str:
    ms = cl.all_mentions()
    fam = Counter(x.fam for x in ms).most_common(1)[0][0] if ms else ""
    firsts = Counter(x.given[0] for x in ms if x.full)
    first = min(firsts, key=lambda g: (-firsts[g], g)) if firsts else ""
    if cl.countries:
        affil = min(cl.countries, key=lambda c: (-sum(x.country == c for x in cl.members), c))
    elif cl.orgs:
        affil = "org:" + min(cl.orgs)
    else:
        affil = ""
    return f"{fam}|{first}|{affil}"


def _person_ids(clusters: list[_Cluster]) -> list[str]:
    keys = [None if cl.person else _canonical_key(cl) for cl in clusters]
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k is not None:
            by_key[k].append(i)
    final: dict[int, str] = {}
    for k, idx in by_key.items():
        if len(idx) == 1:
            final[idx[0]] = k
            continue
        # Namesakes on one key: tell them apart by their most specific given name, then by
        # their first mention (both depend only on the cluster's own mentions).
        for i in idx:
            cl = clusters[i]
            longest = max(cl.givens, key=lambda g: (len(g), sum(map(len, g)), g), default=())
            first = min(x.m.mention_id for x in cl.all_mentions())
            final[i] = f"{k}|{' '.join(longest)}|{first}"
    return [cl.person if cl.person else _hash(final[i]) for i, cl in enumerate(clusters)]


# --- a people table -----------------------------------------------------------------------

def describe_people(mentions: Iterable[PersonMention], assignment: Mapping[str, str],
                    registry: Registry | None = None) -> list[PersonSummary]:
    """One summary per person id in `assignment`, sorted by id.

    The name is the registry's, else the name written most often with a given name (ties:
    the longest, then alphabetical). `assignment` may also hold `resolve_offices` answers: a
    person known only from offices gets a summary from the registry, with 0 mentions."""
    by_person: dict[str, list[PersonMention]] = {pid: [] for pid in set(assignment.values())}
    for m in mentions:
        pid = assignment.get(m.mention_id)
        if pid is not None:
            by_person[pid].append(m)
    out: list[PersonSummary] = []
    for pid in sorted(by_person):
        ms = by_person[pid]
        reg = registry.people.get(pid) if registry is not None else None
        names = Counter(m.name for m in ms)
        with_given = [n for n in names if len(n.split()) > 1] or list(names)
        written = min(with_given, key=lambda n: (-names[n], -len(n), n)) if names else pid
        families = Counter(m.family_name for m in ms if m.family_name)
        givens = Counter(m.given_name for m in ms if m.given_name)
        dates = sorted(m.date[:10] for m in ms if m.date)
        out.append(PersonSummary(
            pid, reg.name if reg and reg.name else written,
            families.most_common(1)[0][0] if families else None,
            reg.wikidata if reg else None,
            tuple(sorted({m.country for m in ms if m.country})),
            tuple(sorted({m.organization for m in ms if m.organization})),
            len(ms), dates[0] if dates else None, dates[-1] if dates else None,
            min(givens, key=lambda g: (-givens[g], -len(g), g)) if givens else None))
    return out
