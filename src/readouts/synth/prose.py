"""Phrases the synthetic readouts are assembled from, written for this project: what the sides
said (with topic words in them), reference sections, dates, times and durations."""
from __future__ import annotations

import datetime as dt
import random

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

# Topics: what a side says it will work on (each phrase carries the words a topic tagger keys on).
TOPICS = (
    "women's full, equal and meaningful participation in peace processes",
    "the participation of women in decision-making",
    "conflict prevention and mediation",
    "the protection of civilians, including from sexual violence in conflict",
    "efforts to end conflict-related sexual violence",
    "recovery and reconstruction after the conflict",
    "humanitarian assistance for refugees and internally displaced persons",
    "nuclear disarmament and non-proliferation",
    "trade and investment",
    "economic security and resilient supply chains",
    "maritime security",
    "climate change and the energy transition",
    "cooperation on artificial intelligence and digital technology",
    "the implementation of the national action plan on Women, Peace and Security",
    "gender equality and women's empowerment",
    "disaster risk reduction",
    "people-to-people exchanges",
    "global health",
)
REGIONS = (
    "the situation in Ukraine", "the situation in the Middle East, including Gaza", "North Korea's nuclear and missile activities",
    "a free and open Indo-Pacific", "the situation in the Sahel", "the East and South China Seas",
    "the situation in Myanmar", "the situation in Afghanistan", "regional security in Central Asia",
)
GREETING_OPEN = (
    "{a} welcomed {b}'s visit and expressed {ap} hope to further strengthen bilateral relations.",
    "{a} stated that {home} attaches great importance to its relationship with {other}.",
    "{a} expressed {ap} appreciation for {other}'s cooperation on {topic}.",
)
SAY_A = (
    "{a} stated that {home} would continue to promote {topic}.",
    "{a} explained {home}'s efforts on {topic} and expressed {ap} readiness to work closely with {other}.",
    "{a} emphasized the importance of {topic}.",
    "{a} noted that {topic} remained a priority for {home}.",
    "{a} expressed serious concern over {region}, and stated that the international community must respond in unity.",
    "{a} stated that, in an increasingly severe international environment, {home} and {other} should work together on {topic}.",
    "Regarding {region}, {a} explained {home}'s position and called for restraint by all parties.",
    "{a} referred to the upcoming summit and stated that {home} would like to achieve concrete results on {topic}.",
)
FOLLOW_A = (
    "{AP} also stated that {home} would like to deepen cooperation on {topic}.",
    "{AP} further expressed {ap} hope for progress on {topic}.",
)
SAY_B = (
    "In response, {b} expressed {bp} gratitude for {home}'s support and stated that {other} would like to cooperate on {topic}.",
    "In response, {b} welcomed {home}'s initiative and noted the importance of {topic}.",
    "{b} stated that {other} shared the view on {topic}.",
    "{b} explained {other}'s position on {topic}.",
    "In response, {b} stated that {other} highly values its partnership with {home} and would like to expand cooperation in areas such as {topic}.",
    "{b} briefed on the domestic situation in {other} and expressed hope for continued support on {topic}.",
)
CLOSING = (
    "The two ministers confirmed that they would continue to communicate closely at all levels.",
    "Both sides agreed to hold the next round of consultations at an early date.",
    "The meeting was held in a warm and friendly atmosphere.",
    "The two sides concurred to further strengthen cooperation in international fora, including the United Nations.",
    "The two leaders agreed to coordinate closely toward the success of the upcoming summit.",
)
OVERVIEW = ("The overview of the {what} is as follows.", "The summary of the {what} is as follows.",
            "An outline of the {what} is as follows.", "The main points of the {what} are as follows.")
JOINT = (
    "The two ministers exchanged views on {region} and confirmed that they would continue to work closely together.",
    "The two ministers also exchanged views on {region}, and shared the view that {topic} is indispensable.",
    "Both sides welcomed the progress made on {topic} since the last meeting.",
    "Both sides agreed to strengthen cooperation on {topic}.",
    "The two sides shared the view that {topic} is essential for regional stability.",
    "The two leaders also exchanged views on {region}.",
    "They agreed to remain in close contact.",
)

RESOLUTIONS_FOLLOWING = ("1820", "1888", "1889", "1960", "2106", "2122", "2242", "2467", "2493")


def us_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def month_day(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def uk_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ampm(t: dt.time, rng: random.Random | None = None) -> str:
    """"10:05 a.m.", "5:30 p.m."; on the hour sometimes "5 p.m."."""
    h = t.hour % 12 or 12
    suffix = "a.m." if t.hour < 12 else "p.m."
    if t.minute == 0 and rng is not None and rng.random() < 0.4:
        return f"{h} {suffix}"
    return f"{h}:{t.minute:02d} {suffix}"


def clock(t: dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def duration(minutes: int, rng: random.Random) -> str:
    """"approximately 45 minutes", "about an hour", "approximately one hour and 20 minutes"."""
    if minutes == 60:
        return rng.choice(("approximately an hour", "about an hour", "approximately one hour"))
    if minutes > 60:
        h, m = divmod(minutes, 60)
        hours = "one hour" if h == 1 else f"{h} hours"
        return f"approximately {hours} and {m} minutes" if m else f"approximately {hours}"
    return f"{rng.choice(('approximately', 'about'))} {minutes} minutes"


def ordinal(n: int, rng: random.Random, roman_ok: bool = False) -> str:
    roll = rng.random()
    if roman_ok and roll < 0.2:
        return ROMAN[n - 1]
    if roll < 0.6:
        return ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def wps_reference(rng: random.Random) -> tuple[str, list[str]]:
    """A "(Reference)" section on resolution 1325, sometimes with its successors."""
    later = sorted(rng.sample(RESOLUTIONS_FOLLOWING, rng.randint(0, 2)))
    text = ("(Reference) Women, Peace and Security (WPS)\n"
            "In 2000 the United Nations Security Council adopted resolution 1325, the first to recognise that "
            "women must take part on an equal footing in preventing and resolving conflict and in building peace.")
    if later:
        text += " Later resolutions, including " + " and ".join(f"resolution {n}" for n in later) + \
                ", took this agenda further."
    text += " Japan has put the resolution into practice through successive national action plans."
    return text, ["1325", *later]

# Prose readouts (gov.uk, the White House, Canada, the UN): paragraphs by subject.
HOME_SAYS = (
    "{s} said {home} valued its partnership with {other} on {topic}.",
    "{s} underlined {home}'s commitment to {topic}.",
    "{s} reiterated {home}'s support for {topic}, and welcomed progress on {topic2}.",
    "Turning to {region}, {s} stressed the need for a just and lasting peace.",
    "{s} raised {topic} and the need for further joint action.",
    "{s} set out {home}'s priorities for the coming year, including {topic}.",
)
GUEST_SAYS = (
    "{c} welcomed {home}'s support for {topic}.",
    "{c} updated on the situation in {other} and thanked {home} for its support on {topic}.",
    "{c} set out {other}'s priorities for the year ahead, including {topic}.",
    "{c} emphasized the importance of {topic}.",
)
GUEST_MORE = (
    "{P} also thanked {home} for its work on {topic}.",
    "{P} added that {other} looked forward to closer cooperation on {topic}.",
)
BOTH_SAY = (
    "Both leaders agreed on the importance of {topic}.",
    "They discussed {region} and agreed to stay in close touch.",
    "The leaders also discussed {region}.",
    "The leaders agreed to work together to deepen cooperation on {topic}.",
    "They looked forward to meeting again soon.",
    "The two leaders reaffirmed their shared commitment to {topic}.",
)
