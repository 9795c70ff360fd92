"""A week's total said beside the times of its day (pure: no I/O).

Asked for one work's hours, people often give the week's total and then, as detail, when the
day starts and ends: "a 39 hour week, the first client's at 8.15 and I'm done about 5", "36 a
week, 7 till 2:48 or so". The times of day are no hours of their own, and the span they make
seldom is the paid day (breaks, a late start), so the total said for the week is the figure.
A figure beside the total that is not a time of day ("40 a week plus 5 on Saturdays") leaves
the message to the other readers.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import acts
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.types import Reading

_HOURS = "activity.hours_per_week"
_SURE = 0.9

#: After the figure (or inside it): the figure is the week's ("37 hour week", "38 a week").
_WEEK_AFTER = re.compile(r"\s*(?:-?\s*(?:hours?|hrs?|h)\b)?\s*(?:a|per|/|in the)?\s*(?:week|wk)\b")
_WEEK_INSIDE = re.compile(r"\b(?:a|per|/)\s*(?:week|wk)\b|\b(?:week|wk)$")
#: A time of day by its form ("8.30", "3:36", "7am") or by the words around it ("start at 8",
#: "the last one is about 4", "7 till 3").
_CLOCK_FORM = re.compile(r"^\d{1,2}(?:[.:]\d\d|\s*(?:am|pm))$")
_CLOCK_BEFORE = re.compile(
    r"\b(?:at|till|til|until|from|by|starts?|finish(?:es|ed)?|ends?|is|done|leave)\s+(?:about\s+|around\s+|"
    r"roughly\s+)?$"
)
_CLOCK_AFTER = re.compile(r"\s*(?:till|til|until|to|-|–)\s*\d")
#: Words that add a figure to the week rather than tell its day.
_ADDED = re.compile(r"\b(?:plus|on top|another|extra|overtime|more)\b")
#: A day of the week said alone, or a day of the month: times said of it are a part of the
#: week of their own ("the fair is the first Sunday of the month, 10 till 4", "market saturday
#: 8-1"), not the hours of every working day.
_ONE_DAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:days?)?\b"
    r"(?!\s*(?:-|to|till|til|until|thru|through)\s*(?:mon|tue|wed|thu|fri|sat|sun))"
)
_DAY_RANGE_END = re.compile(r"(?:-|to|till|til|until|thru|through)\s*$")
_OF_MONTH = re.compile(r"\b(?:of the month|a month|per month|monthly|every month)\b")


def total_beside_times(text: str) -> float | None:
    """The week's total when ``text`` (lower case) says exactly one figure for the week and
    every other figure is a time of day, else ``None``."""
    found = find_quantities(text)
    weekly = [q for q in found if q.kind in {"hours", "bare"} and _said_weekly(q, text)]
    if not weekly and found and _week_sized(found[0]):
        weekly = [found[0]]  # "40 hrs, 8-4:30": hours said first, too many for one day
    others = [q for q in found if q not in weekly]
    if len(weekly) != 1 or not others or _ADDED.search(text):
        return None
    if any(_days_of_their_own(_sentence_of(q, text)) for q in others):
        return None
    if not all(_time_of_day(q, text) for q in others):
        return None
    return weekly[0].value


def _sentence_of(q: Quantity, text: str) -> str:
    start = max(text.rfind(c, 0, q.start) for c in ".;!?\n") + 1
    ends = [i for i in (text.find(c, q.end) for c in ".;!?\n") if i >= 0]
    return text[start : min(ends, default=len(text))]


def _days_of_their_own(text: str) -> bool:
    """True when ``text`` names one day of the week alone (not an end of a span of days) or a
    day of the month."""
    if _OF_MONTH.search(text):
        return True
    return any(not _DAY_RANGE_END.search(text, 0, m.start()) for m in _ONE_DAY.finditer(text))


#: The fewest hours no day holds: said with its unit first, they are the week's.
_WEEK_SIZED = 25.0


def _week_sized(q: Quantity) -> bool:
    return q.kind == "hours" and q.period == "week" and not q.note and q.value >= _WEEK_SIZED


def _said_weekly(q: Quantity, text: str) -> bool:
    own = text[q.start : q.end]
    return bool(_WEEK_AFTER.match(text, q.end) or _WEEK_INSIDE.search(own))


def _time_of_day(q: Quantity, text: str) -> bool:
    if q.kind == "time" or (q.kind == "hours" and q.note.startswith("clock")):
        return True
    if q.kind != "bare" or q.value > 24:
        return False
    own = text[q.start : q.end].strip()
    before = text[max(0, q.start - 30) : q.start]
    return bool(
        _CLOCK_FORM.match(own) or _CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(text, q.end)
    )


def kept(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """At a work's hours question, the week's total said beside the times of its day in place
    of the figures read from those times."""
    if not ask.startswith("act:hours:"):
        return readings
    said = acts.drop_negated_figures(acts.drop_self_corrections(text.casefold()))
    total = total_beside_times(said)
    if total is None:
        return readings
    subject = ask.removeprefix("act:hours:")
    kept_ = [r for r in readings if not (r.field == _HOURS and r.subject in {subject, None})]
    kept_ = [r for r in kept_ if r.act != "nothing"]
    week = Reading("fact", _HOURS, total, subject, text, _SURE, note="the week's total said")
    return [*kept_, week]
