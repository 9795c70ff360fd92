"""Time the person is committed elsewhere, said while the week is discussed (pure).

"Wednesday evenings are not available: choir.", "Sundays I am in church the whole morning.",
"cant stream after 10 on school nights": at the week's blocks (and beside the weekly hours) a
time of the week said as taken, or work said as not possible past a clock time, is a limit
of the week, whatever the commitment is.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.kept import TIME_WORD
from agent.interviewer.reading.types import Reading

COMMITTED = re.compile(
    # "Wednesday evenings are not available", "Saturdays are taken"
    rf"\b(?:{TIME_WORD})\s+(?:are|is)\s+(?:\w+\s+)?(?:not available|unavailable|taken|booked|"
    r"blocked|fixed|not free)\b|"
    # "Saturday is for my mother's house", "fridays are always for the family"
    rf"\b(?:{TIME_WORD})\s+(?:are|is)\s+(?:always\s+)?for\s+(?:my|the|our)\s+\w+|"
    # "Sundays I am in church", "mondays i'm at my mum's"
    rf"\b(?:{TIME_WORD})\s+(?:i'?m|i am)\s+(?:always\s+)?(?:in|at|with)\b|"
    # "can't stream after 10", "cannot take calls past 9pm"
    r"\b(?:can'?t|cannot|can not)\s+(?:\w+\s+){0,2}(?:before|after|past)\s+\d{1,2}(?:[:.]\d\d)?"
    r"\s*(?:am|pm)?\b|"
    # "please do not put anything before 13h", "don't book blocks on fridays"
    r"\b(?:do not|don'?t|never|no need to)\s+(?:put|schedule|book|plan|place|give me)\s+"
    r"(?:anything|any\s+\w+|blocks?|work|me)\s+(?:\w+\s+)?(?:before|after|past|on|until|till|in)\b"
)
#: "saturday mornings I buy stock", "thursdays we do the market": at the week's blocks, a
#: time the person fills with something else (beside the hours it may be the work itself).
_FILLED = re.compile(
    rf"\b(?:{TIME_WORD})\s+(?:i|we)\s+(?:always\s+|usually\s+|normally\s+)?"
    r"(?!(?:can|could|would|might|may|will|should|am|'m|'d|'ll|don'?t|do not)\b)[a-z]{2,}\b"
)
#: A clock time bounding the work in hours notation ("before 13h", "after 18h30"): a time of
#: day, never hours of work.
_CLOCK_BOUND = re.compile(r"\b(?:before|after|past|until|till|from)\s+\d{1,2}\s*h(?:\d\d)?\b")


def committed(text: str, *, blocks: bool = False) -> bool:
    """True when ``text`` says a time of the week is taken by something else (at the week's
    blocks, also a time the person says they fill)."""
    return bool(COMMITTED.search(text) or (blocks and _FILLED.search(text)))


def clock_bound(text: str) -> bool:
    """True when ``text`` bounds the work by a clock time said as "13h" ("nothing before
    13h"): its figure is a time of day."""
    return bool(_CLOCK_BOUND.search(text))


def taken_hours(reading: Reading) -> bool:
    """True for a stream's hours read from a clause that says the time is taken by something
    else ("weekdays I'm at the shop 7 to 5"): the hours of the commitment, not the stream's."""
    span = reading.span or ""
    return reading.field == "stream.target_hours" and bool(
        COMMITTED.search(span) or _AWAY_AT.search(span)
    )


#: "weekdays I'm at the shop", "weeknights I'm on the course": where the person is at a time.
_AWAY_AT = re.compile(
    rf"\b(?:week ?days?|week ?nights?|{TIME_WORD})\s+(?:i'?m|i am)\s+(?:always\s+)?(?:in|at|on)\b"
)
