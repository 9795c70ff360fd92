"""Time the person is committed elsewhere, said while the week is discussed (pure).

"Wednesday evenings are not available: choir.", "Sundays I am in church the whole morning.",
"cant stream after 10 on school nights": at the week's blocks (and beside the weekly hours) a
time of the week said as taken, or work said as not possible past a clock time, is a limit
of the week, whatever the commitment is.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.kept import TIME_WORD

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
    r"\s*(?:am|pm)?\b"
)


def committed(text: str) -> bool:
    """True when ``text`` says a time of the week is taken by something else."""
    return bool(COMMITTED.search(text))
