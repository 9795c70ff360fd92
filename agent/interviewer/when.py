"""Reading times of the week and stream names in plain words (pure).

"Saturday morning", "Tuesday and Thursday evenings", "Sunday 9-11", "14:00-16:00",
"9am to 1pm"; stream names by their whole name, by a word that belongs to one stream only, or
by a role held by one stream only ("the seed"). An unclear name is never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.plan.models import Plan

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(
    r"\b(?P<day>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b"
    r"|\b(?P<group>weekday|weekend)s?\b"
)
#: Where a part of the day starts and ends, in minutes after midnight.
PERIODS = {"morning": (9 * 60, 13 * 60), "afternoon": (14 * 60, 18 * 60),
           "evening": (18 * 60, 21 * 60), "night": (18 * 60, 21 * 60)}  # fmt: skip
_PERIOD = re.compile(r"\b(morning|afternoon|evening|night)s?\b")
_CLOCK = r"(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?"
#: One time of day as written ("10", "7am", "15:30", "6 pm"): hour, minutes, am or pm.
CLOCK_TIME = _CLOCK
_RANGE = re.compile(
    rf"(?<![\d:.]){_CLOCK}\s*(?:-|to|until|till)\s*{_CLOCK}(?![\d%])(?!\s*(?:h\b|hours?|%))"
)
_ROLES = ("anchor", "client", "leverage", "seed")
#: Words of a stream's name too common to pick the stream on their own.
_COMMON = frozenset({"stream", "streams", "work", "side", "project", "loop", "loops", "block",
                     "blocks", "time", "week", "weekly", "with", "from", "your", "their",
                     "plus", "more", "other", "into", "about", "morning", "evening"})  # fmt: skip


@dataclass(frozen=True)
class Slot:
    """One weekly slot asked for: a day, and a clock range when one was given."""

    weekday: str
    start: int | None = None
    end: int | None = None


def lower(text: str) -> str:
    """Lower-case with straight quotes and dashes."""
    return text.lower().replace("’", "'").replace("–", "-").replace("—", "-")


def days(text: str) -> list[str]:
    """Weekdays named in the text, in order ("weekends" is Saturday and Sunday)."""
    found: list[str] = []
    for match in _DAY.finditer(lower(text)):
        if match.group("group") == "weekday":
            found += DAYS[:5]
        elif match.group("group") == "weekend":
            found += DAYS[5:]
        else:
            found.append(next(d for d in DAYS if d.startswith(match.group("day")[:3])))
    return list(dict.fromkeys(found))


def period(text: str) -> str | None:
    """The part of the day named ("morning", "afternoon", "evening"), if any."""
    found = periods(text)
    return found[0] if found else None


def periods(text: str) -> list[str]:
    """Every part of the day named, in order ("night" is the evening)."""
    found = [m.group(1) for m in _PERIOD.finditer(lower(text))]
    return list(dict.fromkeys("evening" if p == "night" else p for p in found))


def clock_range(text: str, part: str | None = None) -> tuple[int, int] | None:
    """Start and end in minutes for "9-11", "14:00-16:00", "9am to 1pm" ("evening 7-9" is
    19:00-21:00); ``None`` when there is none or it does not make a day's block."""
    match = _RANGE.search(lower(text))
    return None if match is None else _range_minutes(match, part)


@dataclass(frozen=True)
class ClockRange:
    """A clock range found in a text: where it was said, and its start and end in minutes
    (``None`` when it makes no day's block)."""

    at: int
    to: int
    minutes: tuple[int, int] | None


def clock_ranges(text: str, part: str | None = None) -> list[ClockRange]:
    """Every clock range in the text, as :func:`clock_range` reads one ("school run 8-9 and
    3-4" is 08:00-09:00 and 15:00-16:00)."""
    return [
        ClockRange(m.start(), m.end(), _range_minutes(m, part))
        for m in _RANGE.finditer(lower(text))
    ]


def _range_minutes(match: re.Match[str], part: str | None) -> tuple[int, int] | None:
    sh, sm, s_ampm, eh, em, e_ampm = match.groups()
    start, end = _hour(int(sh), s_ampm), _hour(int(eh), e_ampm)
    if s_ampm is None and e_ampm == "pm" and start + 12 <= end:
        start += 12  # "2 to 4pm"
    if s_ampm is None and e_ampm is None:
        start, end = _guess_half(start, end, part)
    first, last = start * 60 + int(sm or 0), end * 60 + int(em or 0)
    if not 0 <= first < last <= 24 * 60:
        return None
    return first, last


def on_clock(hour: int, mins: str | None, ampm: str | None) -> int:
    """Minutes after midnight of a time said as hour, minutes and am or pm ("12pm" is noon)."""
    return _hour(hour, ampm) * 60 + int(mins or 0)


def _hour(hour: int, ampm: str | None) -> int:
    if ampm == "pm" and hour < 12:
        return hour + 12
    if ampm == "am" and hour == 12:
        return 0
    return hour


def _guess_half(start: int, end: int, part: str | None) -> tuple[int, int]:
    """Hours said without am/pm: afternoons and evenings, "9-1", and "2-4" are read as a
    person would read them."""
    if part in {"afternoon", "evening"} and end <= 12:
        return (start + 12 if start < 12 else start), end + 12
    if start == 12 and end < 7:
        return start, end + 12  # "12-2" is the middle of the day
    if end <= start < 12 and end + 12 > start:
        return start, end + 12  # "9-1" runs to 13:00
    if start < 7 and end <= 12:
        return start + 12, end + 12  # nobody means "2-4" at night
    return start, end


def slots(text: str) -> list[Slot]:
    """The slots asked for: each day named, with the clock range said or the part of day."""
    part = period(text)
    hours = clock_range(text, part)
    return [Slot(d, *(hours or (None, None))) for d in days(text)]


def streams_named(text: str, plan: Plan) -> list[tuple[int, str]]:
    """(position, stream id) of each stream the text names, in order of appearance.

    A stream is named by its whole name or id, by a word of its name (4+ letters) that no
    other stream's name shares, or by its role when no other stream has that role.
    """
    low = lower(text)
    words: dict[str, list[str]] = {}
    for s in plan.streams:
        for word in set(re.findall(r"[a-z]{4,}", s.name.lower())) - _COMMON:
            words.setdefault(word, []).append(s.id)
    roles = [s.role for s in plan.streams]
    found: dict[str, int] = {}
    for s in plan.streams:
        keys = [s.name.lower(), s.id.replace("-", " "), s.id]
        keys += [w for w, ids in words.items() if ids == [s.id]]
        if s.role in _ROLES and roles.count(s.role) == 1:
            keys.append(s.role)
        hits = [m.start() for k in keys for m in re.finditer(rf"\b{re.escape(k)}s?\b", low)]
        if hits:
            found[s.id] = min(hits)
    return sorted((pos, sid) for sid, pos in found.items())


def clock(minutes: int) -> str:
    """Minutes after midnight as HH:MM."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes(value: str) -> int:
    """HH:MM as minutes after midnight."""
    hours, mins = value.split(":")
    return int(hours) * 60 + int(mins)
