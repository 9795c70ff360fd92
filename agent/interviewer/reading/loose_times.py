"""Times of the day said as a span the reader could not read (pure: no I/O).

Asked for one work's hours, people give the times their day starts and ends in words of
their own: "out at 6am, home 3", "boat goes 7:30 back 5:30", "5am tae 1". When two times of the
day stand a word or two apart and were not read as a span of hours, the length of the day is
not known, so any figure of hours read beside them (the end "1" read as an hour a week, "an
hour either side" times the days) is only part of the week: the hours are asked back.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.types import Reading

_HOURS = "activity.hours_per_week"
#: Between the two times: a word or two, no end of a sentence or list.
_GAP = re.compile(r"\s*(?:[a-z']+\s+){0,2}?[a-z']*\s*")
_CLOCK_END = re.compile(r"\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm)?")


def unread_span(text: str) -> bool:
    """True when ``text`` (lower case) holds a time of the day followed, a word or two
    later, by another time or an hour of the clock, not read as a span of hours."""
    found = sorted(find_quantities(text), key=lambda q: q.start)
    for a, b in pairwise(found):
        if a.kind == "time" and _end_of_span(b, text) and _GAP.fullmatch(text[a.end : b.start]):
            return True
    return False


def _end_of_span(q: Quantity, text: str) -> bool:
    if q.kind == "time":
        return True
    said = text[q.start : q.end].strip()
    return q.kind == "bare" and q.value <= 24 and _CLOCK_END.fullmatch(said) is not None


def asked_back(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """At a work's hours question, its hours asked back when the message says the times of
    its day in a span not read."""
    if not ask.startswith("act:hours:") or not unread_span(text.casefold()):
        return readings
    subject = ask.removeprefix("act:hours:")
    return [
        replace(r, confidence=min(r.confidence, UNSURE), note="when does the day start and end?")
        if r.field == _HOURS and r.subject == subject
        else r
        for r in readings
    ]
