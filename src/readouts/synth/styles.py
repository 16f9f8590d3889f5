"""Publisher styles: each function writes one readout into a Draft, in the manner of a
government's or organisation's own readouts, and sets the answer as it goes.

- mofa:        Japan MOFA: numbered points, "commencing at ... for approximately ...", local
               time with the Japan-time equivalent, "(Reference)" sections.
- uk:          gov.uk: " date YYYY-MM-DD" capture prefix or a "Published" footer; the Prime
               Minister often unnamed.
- white_house: "Readout of President X's Call with ...".
- canada:      Global Affairs Canada: "Month D, YYYY - Ottawa, Ontario - Global Affairs Canada".
- eeas:        EU EEAS: "Brussels, DD/MM/YYYY - HH:MM, UNIQUE ID: ...", numbered dialogues.
- un:          UN Secretary-General readouts: "City, D Month YYYY", the Secretary-General unnamed.
"""
from __future__ import annotations

import datetime as dt
import random
import re

from . import prose
from .draft import JST, Draft, convert, offset
from .prose import ampm, clock, duration, month_day, uk_date, us_date
from .world import BY_ISO, COUNTRIES, FOREIGN, YEARS, Country, Identity


class NoHolder(Exception):
    """Nobody held an office the style needs in the year it drew; the caller draws again."""

# Counterparts of each publisher's government: everyone else (Japan included).
ABROAD = {iso: tuple(c for c in COUNTRIES if c.iso != iso) for iso in ("GB", "US", "CA")}

# -- shared pieces -----------------------------------------------------------------------------


def pick(rng: random.Random, weighted: dict) -> str:
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]


def a_date(rng: random.Random) -> dt.date:
    return dt.date(rng.randint(*YEARS), rng.randint(1, 12), rng.randint(1, 28))


def a_time(rng: random.Random, lo: int, hi: int, step: int = 5) -> dt.time:
    minutes = rng.randrange(lo * 60, hi * 60, step)
    return dt.time(minutes // 60, minutes % 60)


def minutes(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randrange(lo, hi + 1, 5)


def fm_title(c: Country) -> str:
    return {"GB": "Foreign Secretary", "US": "Secretary of State"}.get(
        c.iso, "Minister of Foreign Affairs")


def office_title(ident: Identity) -> str:
    """The title written after the name: "Minister of Foreign Affairs of Norway"."""
    if ident.country is None:
        return ident.title
    c = BY_ISO[ident.country]
    if ident.office == "fm":
        return f"{fm_title(c)} of {c.formal if c.iso != 'GB' else 'the United Kingdom'}"
    if ident.office == "head":
        return f"{c.head} of {c.name}"
    if ident.office == "deputy":
        return f"Deputy Minister of Foreign Affairs of {c.name}"
    return ident.title


def short_title(ident: Identity) -> str:
    """The title before a family name: "Minister", "Foreign Minister", "President"."""
    if ident.office == "fm":
        if ident.country == "US":
            return "Secretary"
        if ident.country == "GB":
            return "Foreign Secretary"
        return "Foreign Minister" if sum(map(ord, ident.pid)) % 3 == 0 else "Minister"
    if ident.office == "head":
        return BY_ISO[ident.country].head if ident.country else "President"
    if ident.office == "deputy":
        return "Deputy Minister"
    if ident.office == "state_minister":
        return "State Minister"
    if ident.office == "vice_minister":
        return "Parliamentary Vice-Minister"
    return ""


def short_family(ident: Identity) -> str:
    fam = ident.family
    if fam.startswith("van "):
        return "V" + fam[1:]             # "Minister Van Oostveld" without the given name
    return fam


def short(d: Draft, ident: Identity) -> str:
    """"Minister Takemura", "President Whitcombe"; staff of organisations as "Ms. Okafor"."""
    t = short_title(ident)
    if t:
        return d.form(ident, f"{t} {short_family(ident)}")
    hon = "Ms." if ident.gender == "female" else "Mr."
    return d.form(ident, f"{hon} {short_family(ident)}", gendered=True)


def honorific(rng: random.Random, ident: Identity, dotted: bool = True, formal: bool = True) -> tuple[str, bool]:
    """("H.E. Ms. ", True), ("Dr. ", False), ("the Honorable ", False), ("", False) ..."""
    gendered = ("Ms. " if ident.gender == "female" else "Mr. ") if dotted else ("Ms " if ident.gender == "female" else "Mr ")
    roll = rng.random()
    if not formal:
        return (gendered, True) if roll < 0.75 else ("Dr. ", False)
    if roll < 0.35:
        return "H.E. " + gendered, True
    if roll < 0.62:
        return gendered, True
    if roll < 0.72:
        return "H.E. Dr. ", False
    if roll < 0.78:
        return "Dr. ", False
    if roll < 0.9:
        return "the Honorable ", False
    return "H.E. ", False


def pair_name(c: Country) -> str:
    """The country as the second half of "Japan-X" or "EU-X"."""
    return {"GB": "U.K.", "US": "U.S.", "KR": "ROK", "PH": "Philippines"}.get(c.iso, c.bare)


_S_POSSESSIVE = re.compile(r"(?<=[a-z])s's\b")


def fill(rng: random.Random, template: str, **kw: str) -> str:
    kw.setdefault("topic", rng.choice(prose.TOPICS))
    kw.setdefault("region", rng.choice(prose.REGIONS))
    return _S_POSSESSIVE.sub("s'", template.format(**kw))     # "the United States' support"


def truncated_ok_points(d: Draft, points: list[str], numbered: bool, indent: str = "  ") -> None:
    d.mark_cut_from()
    for i, p in enumerate(points, 1):
        d.add(f"{indent}{i}. {p}\n" if numbered else f"{p}\n\n")
    d.mark_cut_to()


def exchange(d: Draft, a: Identity, b: Identity, home: str, other: str, pronouns: bool) -> list[str]:
    """What the two sides said, as points: A, then B in response, then both."""
    rng = d.rng
    tpl = rng.choice(prose.GREETING_OPEN + prose.SAY_A)
    # a pronoun is written (and so says the speaker's gender) only where the template has one
    ap = (d.pronoun(a, "possessive") if pronouns else "") if "{ap}" in tpl else ""
    first = fill(rng, tpl, a=short(d, a), b=short(d, b), ap=ap, home=home, other=other).replace("  ", " ")
    if pronouns and rng.random() < 0.6:
        tpl = rng.choice(prose.FOLLOW_A)
        first += " " + fill(rng, tpl, AP=d.pronoun(a, capital=True),
                            ap=d.pronoun(a, "possessive") if "{ap}" in tpl else "", home=home)
    tpl = rng.choice(prose.SAY_B)
    bp = (d.pronoun(b, "possessive") if pronouns and rng.random() < 0.5 else "") if "{bp}" in tpl else ""
    second = fill(rng, tpl, b=short(d, b), bp=bp, home=home, other=other).replace("  ", " ")
    points = [first, second, fill(rng, rng.choice(prose.JOINT))]
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        if rng.random() < 0.5:
            points.append(fill(rng, rng.choice(prose.SAY_A), a=short(d, a), ap="", home=home, other=other).replace("  ", " "))
        else:
            points.append(fill(rng, rng.choice(prose.SAY_B), b=short(d, b), bp="", home=home, other=other).replace("  ", " "))
    if rng.random() < 0.6:
        points.append(rng.choice(prose.CLOSING))
    return points


def prose_body(d: Draft, s: str, c: Identity, home: str, other: str, pronoun: bool) -> list[str]:
    """Paragraphs of a prose readout: the publisher's side, the guest, both; 3 to 6 of them."""
    rng = d.rng
    home_cap = home[0].upper() + home[1:]
    home_says = rng.sample(prose.HOME_SAYS, 3)
    paras = [fill(rng, home_says[0], s=s, home=home, other=other, topic2=rng.choice(prose.TOPICS))]
    guest = fill(rng, rng.choice(prose.GUEST_SAYS), c=short(d, c), home=home, other=other)
    if pronoun:
        guest += " " + fill(rng, rng.choice(prose.GUEST_MORE), P=d.pronoun(c, capital=True), home=home, other=other)
    paras.append(guest)
    for tpl in home_says[1:1 + rng.choice((0, 1, 1, 2))]:
        paras.append(fill(rng, tpl, s=s, home=home, other=other, topic2=rng.choice(prose.TOPICS)))
    paras.append(fill(rng, rng.choice(prose.BOTH_SAY)))
    # "Turning to X, the Prime Minister ...": a subject inside a sentence is not capitalised
    return [p.replace(f". {home} ", f". {home_cap} ").replace(", The ", ", the ") for p in paras]


def reference(d: Draft) -> None:
    text, numbers = prose.wps_reference(d.rng)
    d.resolutions.extend(numbers)
    d.add("\n" + text + "\n")


# -- Japan, Ministry of Foreign Affairs -----------------------------------------------------------

MOFA_TYPES = {"meeting": 30, "telephone_talk": 18, "video_conference": 7, "courtesy_call": 12, "dialogue": 14,
              "symposium": 9, "meal": 10}
UNGA = "the United Nations General Assembly"
CONFERENCES = ("the G20 Foreign Ministers' Meeting", UNGA, "the ASEAN-related Foreign Ministers' Meetings",
               "the NATO Summit", "the Munich Security Conference", "the G7 Foreign Ministers' Meeting")


def mofa_when(rng: random.Random, t: dt.time) -> str:
    """"commencing at 10:05 a.m.", "from 17:30", "at around 9 a.m.", "commencing at noon"."""
    if t.hour == 12 and t.minute == 0:
        return rng.choice(("commencing at noon", "from noon", "commencing at 12:00 p.m."))
    roll = rng.random()
    if roll < 0.6:
        return f"commencing at {ampm(t, rng)}"
    if roll < 0.8:
        return f"from {clock(t) if rng.random() < 0.5 else ampm(t, rng)}"
    if t.minute == 0:
        return f"at around {ampm(t, rng)}"
    return f"commencing at {clock(t)}"


def mofa_for(rng: random.Random, dur: int) -> str:
    """"for approximately 45 minutes", "for just under 30 minutes" (30), "for over an hour" (60)."""
    roll = rng.random()
    if roll < 0.08 and dur in (30, 60):
        return "for just under 30 minutes" if dur == 30 else "for just under an hour"
    if roll < 0.14 and dur in (30, 60):
        return "for over 30 minutes" if dur == 30 else "for over an hour"
    return f"for {duration(dur, rng)}"


def mofa_principal(d: Draft, kind: str, year: int) -> Identity:
    rng = d.rng
    weights = {"fm": 70, "head": 15, "state_minister": 10, "vice_minister": 5}
    if kind == "courtesy_call":
        weights = {"fm": 50, "head": 15, "state_minister": 20, "vice_minister": 15}
    elif kind in {"dialogue", "symposium"}:
        weights = {"fm": 75, "state_minister": 25}
    office = pick(rng, weights)
    return d.pop.holder(office, "JP", year) or d.pop.holder("fm", "JP", year)


def mofa_name(d: Draft, p: Identity) -> str:
    """"Ms. TAKEMURA Aiko, Minister for Foreign Affairs of Japan" (MOFA writes Mr./Ms. for its own)."""
    hon = "Ms." if p.gender == "female" else "Mr."
    full = p.full(japanese_caps=d.rng.random() < 0.85)
    d.part(p, "principal", full, gendered=True)
    d.form(p, full)
    title = {"head": "Prime Minister of Japan", "fm": "Minister for Foreign Affairs of Japan"}.get(p.office, p.title)
    if p.office == "fm" and d.rng.random() < 0.3:
        title = "Minister for Foreign Affairs"
    return f"{hon} {full}, {title}"


def guest_name(d: Draft, c: Identity, role: str, formal: bool = True) -> str:
    hon, gendered = honorific(d.rng, c, formal=formal)
    full = c.full()
    d.part(c, role, full, gendered=gendered)
    return f"{hon}{full}, {office_title(c)}"


def mofa(d: Draft) -> None:
    rng = d.rng
    kind = pick(rng, MOFA_TYPES)
    d.type = kind
    day = a_date(rng)
    p = mofa_principal(d, kind, day.year)
    other = rng.choice(FOREIGN)
    series_dialogue = kind == "dialogue" and rng.random() < 0.5
    if kind in {"dialogue", "symposium"} and not series_dialogue:
        return mofa_wps(d, p, day)
    if kind == "courtesy_call":
        c = rng.choice([x for x in (d.pop.holder("fm", other.iso, day.year), d.pop.holder("deputy", other.iso, day.year),
                                    d.pop.holder("head", other.iso, day.year)) if x])
    elif p.office == "head":
        c = d.pop.holder("head", other.iso, day.year)
    else:
        c = d.pop.holder("fm", other.iso, day.year)
    if c is None:
        raise NoHolder
    # where and when
    in_japan = kind in {"courtesy_call"} or (kind in {"meeting", "meal", "dialogue"} and rng.random() < 0.45)
    remote = kind in {"telephone_talk", "video_conference"}
    if kind == "meal":
        t = a_time(rng, 12, 13) if rng.random() < 0.4 else a_time(rng, 18, 20)
        dur = minutes(rng, 60, 150)
    elif remote:
        t = a_time(rng, 7, 23)
        dur = minutes(rng, 10, 60)
    else:
        t = a_time(rng, 8, 20)
        dur = minutes(rng, 15, 90)
    d.duration = dur
    host, conf = other, None
    if not in_japan and not remote and rng.random() < 0.3:
        conf = rng.choice(CONFERENCES)      # on the margins of a conference, perhaps in a third country
        host = BY_ISO["US"] if conf == UNGA else rng.choice(FOREIGN)
    city = host.cities[0] if rng.random() < 0.7 else rng.choice(host.cities)
    if conf == UNGA:
        city = host.cities[1]
    if in_japan or remote:
        tz = JST
        local_day, local_t = day, t
    else:
        tz = city.zone
        local_day, local_t = day, t
    jst_day, jst_t = convert(local_day, local_t, tz, JST)
    d.published = jst_day if rng.random() < 0.8 else jst_day + dt.timedelta(days=1)
    year_needed = d.published.year != local_day.year
    on = f"On {month_day(local_day)}" + (f", {local_day.year}" if year_needed else "")
    d.at_local(local_day, local_t, tz)
    # title and date line
    pair = f"Japan-{pair_name(other)}"
    titles = {
        "meeting": {"head": f"{pair} Summit Meeting", "fm": f"{pair} Foreign Ministers' Meeting"}.get(
            p.office, f"Meeting between {short_title(p)} {p.family} and {short_title(c)} {short_family(c)}"),
        "telephone_talk": f"{pair} Foreign Ministers' Telephone Talk" if p.office != "head" else f"{pair} Summit Telephone Talk",
        "video_conference": f"{pair} Foreign Ministers' Video Conference Meeting",
        "courtesy_call": f"Courtesy Call on {short_title(p)} {p.family} by {short_title(c) or 'Mr.'} {short_family(c)}",
        "meal": f"{pair} Foreign Ministers' Working {'Lunch' if local_t.hour < 15 else 'Dinner'}",
        "dialogue": f"The {pair} Strategic Dialogue",
    }
    d.add(rng.choice(("Press Releases\n\n", "Countries & Regions\n\n", "")), titles[kind], "\n\n", us_date(d.published), "\n\n")
    when = mofa_when(rng, local_t)
    if not (in_japan or remote):
        if rng.random() < 0.6:
            same = jst_day == local_day
            jst = (f"{ampm(jst_t)} JST" if same and rng.random() < 0.5
                   else f"{month_day(jst_day)}, {ampm(jst_t)} JST")
            when += f" (local time; {jst})"
        elif rng.random() < 0.5:
            when += " (local time)"
    elif remote and rng.random() < 0.3:
        when += " (Japan time)"
    lead = f"{on}, {when} {mofa_for(rng, dur)}, {mofa_name(d, p)}, "
    guest = guest_name(d, c, "counterpart")
    if kind == "meeting" or kind == "meal":
        verb = "held a meeting with" if kind == "meeting" else \
            f"held a working {'lunch' if local_t.hour < 15 else 'dinner'} with"
        if in_japan:
            where = rng.random()
            if where < 0.4:
                lead += f"{verb} {guest}, who is visiting Japan."
                d.country = "JP"
            elif where < 0.7:
                lead += f"{verb} {guest} in Tokyo."
                d.city, d.country = "Tokyo", "JP"
            else:
                lead += f"{verb} {guest}, at the Iikura House."
                d.city, d.country = "Tokyo", "JP"
        else:
            if conf is None and rng.random() < 0.5:
                lead = lead[:-2] + f", who is visiting {city.name}, {host.name}, {verb} {guest}."
            elif conf is None:
                lead += f"{verb} {guest} in {city.name}, {host.name}."
            else:
                lead += f"{verb} {guest} on the margins of {conf} in {city.name}, {host.name}."
            d.city, d.country = city.name, host.iso
    elif kind == "telephone_talk":
        lead += f"held a telephone talk with {guest}."
    elif kind == "video_conference":
        lead += f"held a video conference meeting with {guest}."
    elif kind == "courtesy_call":
        lead += f"received a courtesy call from {guest}, who is visiting Japan."
        d.country = "JP"
    elif kind == "dialogue":
        n = rng.randint(1, 15)
        word = prose.ordinal(n, rng)
        d.series = {"name": f"{pair} Strategic Dialogue", "number": n}
        if in_japan:
            lead += f"held the {word} {pair} Strategic Dialogue with {guest} in Tokyo."
            d.city, d.country = "Tokyo", "JP"
        else:
            lead += f"held the {word} {pair} Strategic Dialogue with {guest} in {city.name}, {host.name}."
            d.city, d.country = city.name, host.iso
    if rng.random() < 0.2 and kind in {"meeting", "dialogue", "meal"}:
        att = d.pop.holder("deputy", c.country, day.year) if c.country else None
        if att is not None and att.pid != c.pid:
            lead += f" The meeting was also attended by {guest_name(d, att, 'attendee')}."
    overview = {"telephone_talk": "telephone talk", "courtesy_call": "courtesy call", "meal": "meeting",
                "video_conference": "meeting"}.get(kind, kind)
    d.add(lead, " " + rng.choice(prose.OVERVIEW).format(what=overview) + "\n\n")
    home, guest_country = "Japan", c.country and BY_ISO[c.country].name or "its organisation"
    points = exchange(d, p, c, home, guest_country, pronouns=rng.random() < 0.6)
    if rng.random() < 0.15:
        points.insert(2, f"{short(d, p)} stated that Japan supports the full implementation of Security Council "
                         f"resolution {rng.choice(prose.RESOLUTIONS_FOLLOWING)}.")
        d.resolutions.append(points[2].split("resolution ")[1].rstrip("."))
    truncated_ok_points(d, points, numbered=True)
    if rng.random() < 0.15:
        reference(d)
    d.add(f"\nBack to Japan-{pair_name(other)} Relations\n")


def mofa_wps(d: Draft, p: Identity, day: dt.date) -> None:
    """A WPS dialogue or symposium with a moderator and speakers, in Tokyo or abroad."""
    rng = d.rng
    kind = d.type
    abroad = rng.random() < 0.6
    if abroad:
        host = rng.choice((BY_ISO["US"], BY_ISO["CH"], rng.choice(FOREIGN)))
        city = host.cities[1] if host.iso in {"US", "CH"} else host.capital     # New York, Geneva
        tz = city.zone
    else:
        host, city, tz = BY_ISO["JP"], BY_ISO["JP"].capital, JST
    t = a_time(rng, 9, 19)
    dur = minutes(rng, 45, 120)
    d.duration = dur
    d.at_local(day, t, tz)
    jst_day, jst_t = convert(day, t, tz, JST)
    d.published = jst_day
    d.city, d.country = city.name, host.iso
    orgs = dict.fromkeys(i.organization for i in d.pop.people if i.office == "io")    # in a fixed order
    staff = [x for o in orgs for x in d.pop.pool("io", o) if x.serves(day.year)]
    rng.shuffle(staff)
    moderator, speakers = staff[0], staff[1:1 + rng.randint(2, 4)]
    theme = rng.choice(("humanitarian action", "disaster risk reduction", "peacebuilding", "economic empowerment",
                        "the digital age"))
    series_n = rng.choice((None, None, rng.randint(2, 9)))
    d.series = {"name": "WPS + Innovation", "number": series_n}
    if kind == "dialogue":
        title = f"Foreign Minister {p.family}'s dialogue \"WPS + Innovation\" on {theme}"
    else:
        title = f"Symposium on Women, Peace and Security: \"WPS + Innovation\" in {theme}"
    d.add("Women's Issues\n\n", title, "\n\n", us_date(d.published), "\n\n")
    when = f"commencing at {clock(t) if rng.random() < 0.5 else ampm(t, rng)}"
    if abroad:
        when += f" (local time; {month_day(jst_day)}, {ampm(jst_t)} JST)"
    on = f"On {month_day(day)}" + (f", {day.year}" if d.published.year != day.year else "")
    principal = mofa_name(d, p)
    if kind == "dialogue":
        where = f", who is visiting {city.name}, {host.name}," if abroad else ","
        lead = (f"{on}, {when} for {duration(dur, rng)}, {principal}{where} organized a dialogue with "
                f"representatives of international organizations titled \"WPS + Innovation\" on {theme}"
                + ("" if abroad else " in Tokyo") + ".")
    else:
        lead = (f"{on}, {when} for {duration(dur, rng)}, {principal}, hosted a symposium titled \"WPS + Innovation: "
                f"women and {theme}\" in {city.name}" + (f", {host.name}." if abroad else "."))
    d.add(lead, " The overview is as follows.\n\n")
    counted = ""
    if series_n:
        counted = f" She noted that this was the {prose.ORDINALS[series_n - 1]} meeting of \"WPS + Innovation\"." \
            if p.gender == "female" else f" He noted that this was the {prose.ORDINALS[series_n - 1]} meeting of \"WPS + Innovation\"."
        d.pronoun(p)
    first = (f"{short(d, p)} stated that the perspective of Women, Peace and Security (WPS) is essential to {theme}, "
             f"and that Japan would like to learn from experts working on the ground.{counted}")
    mod = guest_name(d, moderator, "moderator", formal=False)
    spk = [guest_name(d, s, "speaker", formal=False) for s in speakers]
    listed = "; ".join(spk[:-1]) + "; and " + spk[-1] if len(spk) > 1 else spk[0]
    verb = "discussion" if kind == "symposium" else "session"
    second = f"The {verb} was moderated by {mod}, and featured presentations from {listed}."
    points = [first, second]
    if kind == "symposium":
        n = rng.randrange(40, 300, 10)
        d.attendance = n
        points.append(f"About {n} people attended the symposium, including diplomats, researchers and students.")
    d.add(f"  1. {first}\n  2. {second}\n")
    for i, extra in enumerate(points[2:], 3):
        d.add(f"  {i}. {extra}\n")
    d.mark_cut_from()
    closing = (f"{short(d, p)} concluded by saying that the views shared would inform Japan's support for "
               f"{rng.choice(prose.TOPICS)}.")
    d.add(f"  {len(points) + 1}. {closing}\n")
    d.mark_cut_to()
    reference(d)
    d.add("\nBack to Women's Issues\n")


# -- United Kingdom, gov.uk -------------------------------------------------------------------------

SUMMITS = {   # where each meeting is held (hosts over the years)
    "the G20 Summit": ("AR", "AU", "BR", "CA", "DE", "FR", "GB", "IN", "ID", "IT", "KR", "MX", "SA", "TR", "US", "ZA"),
    "the NATO Summit": ("BE", "DE", "DK", "ES", "FI", "FR", "GB", "GR", "IT", "PL", "PT", "RO", "TR", "US"),
    "the Commonwealth Heads of Government Meeting": ("AU", "GB", "GH", "IN", "KE", "LK", "MY", "NG", "NZ", "PG", "SG", "ZA"),
    "the UN General Assembly": ("US",),
}


def uk(d: Draft) -> None:
    rng = d.rng
    day = a_date(rng)
    d.published = day
    footer = rng.random() < 0.3
    roll = rng.random()
    kind = "telephone_talk" if roll < 0.45 else "meal" if roll < 0.55 else "meeting"
    d.type = kind
    named = rng.random() < 0.4
    other = rng.choice(ABROAD["GB"])
    if named:
        p = d.pop.holder("fm", "GB", day.year)
        c = d.pop.holder("fm", other.iso, day.year)
    else:
        p = None
        c = d.pop.holder("head", other.iso, day.year)
    if c is None:
        raise NoHolder
    cfull = c.full()
    d.part(c, "counterpart", cfull)
    ctitle = short_title(c)
    if c.office == "fm" and other.iso != "US":
        counterpart = f"{other.adjective} Foreign Minister {cfull}"
    elif rng.random() < 0.5:
        counterpart = f"{ctitle} {cfull} of {other.name}"
    else:
        counterpart = f"the {office_title(c)}, {cfull},"
    if p is not None:
        d.publisher = "Foreign, Commonwealth & Development Office"
        pfull = p.full()
        d.part(p, "principal", pfull)
        subject = f"The Foreign Secretary, {pfull},"
        subj_short = "The Foreign Secretary"
    else:
        subject = "The Prime Minister"
        subj_short = "The Prime Minister"
        d.offices.append("Prime Minister")
    when_word = rng.choice(("today", "today", "this morning", "this afternoon", "this evening"))
    if kind == "telephone_talk":
        lead = f"{subject} spoke to {counterpart} {when_word}."
    else:
        where = rng.random()
        if where < 0.5:
            place, d.city, d.country = (" in Downing Street" if p is None else " in London"), "London", "GB"
        elif where < 0.65:
            place, d.country = " at Chequers", "GB"
        else:
            summit = rng.choice(tuple(SUMMITS))
            host = BY_ISO[rng.choice(SUMMITS[summit])]
            city = host.cities[1] if summit == "the UN General Assembly" else host.capital
            place, d.city, d.country = f" on the margins of {summit} in {city.name}", city.name, city.country
        over = f" over a working {rng.choice(('lunch', 'dinner', 'breakfast'))}" if kind == "meal" else ""
        lead = f"{subject} met {counterpart}{over}{place} {when_word}."
    d.date = day
    head_title = ("PM" if p is None else "Foreign Secretary") + (" call with " if kind == "telephone_talk" else " meeting with ") + \
        f"{ctitle} {short_family(c)} of {other.name}"
    body = prose_body(d, subj_short, c, "the UK", other.name, pronoun=rng.random() < 0.5)
    if footer:
        d.cut_ok = False
        d.add(f"{head_title}\n\n", f"From: {'Prime Minister' + chr(39) + 's Office, 10 Downing Street' if p is None else 'Foreign, Commonwealth & Development Office'}\n\n")
        d.add(lead, "\n\n")
        truncated_ok_points(d, body, numbered=False)
        d.add(f"Published {uk_date(day)}\n")
    else:
        d.add(f" date {day.isoformat()} ", lead, "\n\n")
        truncated_ok_points(d, body, numbered=False)


# -- United States, the White House ------------------------------------------------------------------

def white_house(d: Draft) -> None:
    rng = d.rng
    day = a_date(rng)
    d.published = day
    kind = "telephone_talk" if rng.random() < 0.7 else "meeting"
    d.type = kind
    other = rng.choice(ABROAD["US"])
    p = d.pop.holder("head", "US", day.year)
    c = d.pop.holder("head", other.iso, day.year)
    if p is None or c is None:
        raise NoHolder
    pfull, cfull = p.full(), c.full()
    d.part(p, "principal", pfull)
    d.part(c, "counterpart", cfull)
    what = "Call" if kind == "telephone_talk" else "Meeting"
    title = f"Readout of President {p.family}'s {what} with {short_title(c)} {short_family(c)} of {other.name}"
    dateline = us_date(day) if rng.random() < 0.6 else f"For Immediate Release\n{us_date(day)}"
    yesterday = rng.random() < 0.15
    when = "yesterday" if yesterday else "today"
    d.date = day - dt.timedelta(days=1) if yesterday else day
    if kind == "telephone_talk":
        lead = f"President {pfull} spoke {when} with {short_title(c)} {cfull} of {other.name}."
    else:
        where = rng.choice(("at the White House", "in the Oval Office"))
        lead = f"President {pfull} met {when} with {short_title(c)} {cfull} of {other.name} {where}."
        d.city, d.country = "Washington", "US"
    body = [fill(rng, rng.choice(("The two leaders reaffirmed their commitment to {topic}.",
                                  "The leaders discussed {region} and {topic}.")))]
    if rng.random() < 0.6:
        body.append(fill(rng, "President {p} noted that {pp} looks forward to continued cooperation on {topic}.",
                         p=short_family(p), pp=d.pronoun(p)))
        d.form(p, f"President {p.family}")
    body += prose_body(d, f"President {p.family}", c, "the United States", other.name, pronoun=rng.random() < 0.3)[1:]
    d.add("THE WHITE HOUSE\n\n" if rng.random() < 0.3 else "", title, "\n\n", dateline, "\n\n", lead, " ")
    d.mark_cut_from()
    d.add(" ".join(body), "\n")
    d.mark_cut_to()


# -- Canada, Global Affairs Canada ------------------------------------------------------------------

def canada(d: Draft) -> None:
    rng = d.rng
    day = a_date(rng)
    d.published = day
    roll = rng.random()
    kind = "telephone_talk" if roll < 0.55 else "video_conference" if roll < 0.65 else "meeting"
    d.type = kind
    other = rng.choice(ABROAD["CA"])
    p = d.pop.holder("fm", "CA", day.year)
    c = d.pop.holder("fm", other.iso, day.year)
    if p is None or c is None:
        raise NoHolder
    pfull, cfull = p.full(), c.full()
    d.part(p, "principal", pfull)
    d.part(c, "counterpart", cfull)
    verb = "speaks" if kind == "telephone_talk" else "meets"
    if kind == "video_conference":
        verb = "holds virtual meeting"
    d.add(f"Minister {p.family} {verb} with {other.adjective} counterpart\n\n\n",
          f"{us_date(day)} - Ottawa, Ontario - Global Affairs Canada\n\n")
    d.date = day
    pron = rng.random() < 0.5
    counterpart = (f"{d.pronoun(p, 'possessive')} {other.adjective} counterpart, {cfull}, {office_title(c)}"
                   if pron else f"{cfull}, {office_title(c)}")
    if kind == "telephone_talk":
        lead = f"The Honourable {pfull}, Minister of Foreign Affairs, today spoke with {counterpart}."
    elif kind == "video_conference":
        lead = f"The Honourable {pfull}, Minister of Foreign Affairs, today held a virtual meeting with {counterpart}."
    else:
        if rng.random() < 0.5:
            city = other.capital
            lead = f"The Honourable {pfull}, Minister of Foreign Affairs, today met with {counterpart}, in {city.name}."
            d.city, d.country = city.name, other.iso
        else:
            host = rng.choice(FOREIGN)
            city = host.capital
            lead = (f"The Honourable {pfull}, Minister of Foreign Affairs, today met with {counterpart}, on the margins "
                    f"of the G20 Foreign Ministers' Meeting in {city.name}, {host.name}.")
            d.city, d.country = city.name, host.iso
    body = [fill(rng, "Minister {p} welcomed {other}'s leadership on {topic}.", p=short_family(p), other=other.name),
            fill(rng, "The Minister reiterated Canada's support for {topic}.")]
    if rng.random() < 0.5:
        body.append(fill(rng, rng.choice(prose.GUEST_SAYS), c=short(d, c), home="Canada", other=other.name))
    body += [fill(rng, "The ministers discussed {region} and {topic}."),
             rng.choice(("They agreed to continue working closely together.",
                         "The ministers agreed to remain in close contact on issues of mutual interest."))]
    d.form(p, f"Minister {p.family}")
    d.add(lead, "\n\n")
    truncated_ok_points(d, body, numbered=False)
    d.add("Media Relations Office\nGlobal Affairs Canada\n343-203-7700\n")


# -- European Union, EEAS ---------------------------------------------------------------------------

def eeas(d: Draft) -> None:
    rng = d.rng
    day = a_date(rng)
    held = day - dt.timedelta(days=rng.choice((0, 1, 1, 2, 3)))
    d.published = day
    other = rng.choice(COUNTRIES)
    eu_office = rng.choice(("eu0", "eu1", "eu2", "eu3", "eu4"))
    p = d.pop.holder(eu_office, "European Union", held.year)
    c = d.pop.holder(rng.choice(("deputy", "fm")), other.iso, held.year)
    if p is None or c is None:
        raise NoHolder
    kind_name = rng.choice(("Human Rights Dialogue", "High-Level Political Dialogue", "Political Dialogue",
                            "Security and Defence Consultations"))
    n = rng.randint(1, 15)
    pair = f"EU-{pair_name(other).replace('.', '')}"
    d.series = {"name": f"{pair} {kind_name}", "number": n}
    video = rng.random() < 0.2
    d.type = "video_conference" if video else "dialogue"
    word = prose.ordinal(n, rng)
    heading = prose.ordinal(n, rng, roman_ok=True)
    heading = heading + "th" if heading.isupper() and heading.isalpha() else heading
    d.add(f"{pair} {kind_name}\n\n" if rng.random() < 0.5 else f"EU and {other.bare} hold {heading} {kind_name}\n\n",
          f"Brussels, {day.day:02d}/{day.month:02d}/{day.year} - {rng.randint(8, 19):02d}:{rng.choice((0, 15, 30, 45)):02d}, "
          f"UNIQUE ID: {day.strftime('%y%m%d')}_{rng.randint(1, 30):02d}\nPress releases\n\n")
    if video:
        where = "by videoconference"
    else:
        city = BY_ISO["BE"].capital if rng.random() < 0.5 else other.capital
        where = f"in {city.name}"
        d.city, d.country = city.name, city.country
    d.date = held
    pfull, cfull = p.full(), c.full()
    d.part(p, "principal", pfull)
    d.part(c, "counterpart", cfull)
    behalf = "" if rng.random() < 0.5 else f" on behalf of {other.name},"
    lead = (f"The European Union and {other.name} held the {word} {pair} {kind_name} {where} on {uk_date(held)}. "
            f"The meeting was co-chaired by {pfull}, {p.title}, and{behalf} by {cfull}, {office_title(c)}.")
    d.add(lead, "\n\n")
    body = [fill(rng, "Both sides reviewed {topic} and {region}."),
            fill(rng, "The EU underlined its commitment to {topic}."),
            fill(rng, "{other} presented its efforts on {topic}.", other=other.name.replace("the ", "The ", 1)),
            "The next round will be held in the coming year."]
    truncated_ok_points(d, body, numbered=False)


# -- United Nations, the Secretary-General ------------------------------------------------------------

def un(d: Draft) -> None:
    rng = d.rng
    day = a_date(rng)
    d.published = day
    d.date = day
    d.offices.append("Secretary-General")
    other = rng.choice(COUNTRIES)
    c = d.pop.holder(rng.choice(("head", "fm")), other.iso, day.year)
    if c is None:
        raise NoHolder
    kind = "telephone_talk" if rng.random() < 0.3 else "meeting"
    d.type = kind
    guest = guest_name(d, c, "counterpart")
    what = "call" if kind == "telephone_talk" else "meeting"
    title = f"Readout of the Secretary-General's {what} with {short_title(c)} {c.full()} of {other.name}"
    if kind == "telephone_talk":
        issued = "New York"
        lead = f"The Secretary-General spoke by telephone today with {guest}."
    else:
        roll = rng.random()
        if roll < 0.5:
            issued = "New York"
            lead = f"The Secretary-General met today with {guest}, at United Nations Headquarters"
            d.city, d.country, tz = "New York", "US", "America/New_York"
        elif roll < 0.7:
            issued = "Geneva"
            lead = f"The Secretary-General met today with {guest}, at the Palais des Nations"
            d.city, d.country, tz = "Geneva", "CH", "Europe/Zurich"
        else:
            city = other.capital
            issued = city.name
            lead = f"The Secretary-General met today with {guest}, in {city.name}"
            d.city, d.country, tz = city.name, other.iso, city.zone
        if rng.random() < 0.4:
            t = a_time(rng, 9, 18, 15)
            dur = rng.choice((20, 30, 45, 60))
            lead += f", from {ampm(t)} for {duration(dur, rng)}"
            d.start_time, d.duration = t, dur
            d.utc_offset = offset(day, t, tz)
        lead += "."
    d.add(title, "\n\n", f"{issued}, {uk_date(day)}\n\n", lead, "\n\n")
    body = [fill(rng, "The Secretary-General and the {t} discussed {region}.", t=short_title(c) or "Minister"),
            fill(rng, "The Secretary-General thanked {c} for {other}'s contributions to {topic}.", c=short(d, c), other=other.name)]
    if rng.random() < 0.5:
        body.append(fill(rng, rng.choice(("The Secretary-General underlined the importance of {topic}.",
                                          "They also exchanged views on {region}.",
                                          "The Secretary-General stressed the need for full respect of international humanitarian law."))))
    if rng.random() < 0.25:
        num = rng.choice(("1325", *prose.RESOLUTIONS_FOLLOWING))
        body.append(f"They also discussed the implementation of Security Council resolution {num}.")
        d.resolutions.append(num)
    truncated_ok_points(d, body, numbered=False)


STYLES = {
    "mofa": (mofa, "Ministry of Foreign Affairs of Japan", 40),
    "uk": (uk, "Prime Minister's Office, 10 Downing Street", 12),
    "white_house": (white_house, "The White House", 12),
    "canada": (canada, "Global Affairs Canada", 12),
    "eeas": (eeas, "European External Action Service", 12),
    "un": (un, "United Nations", 12),
}
