"""A month's spending told without a part of it is no total (pure).

"rent 950 car 400 phone 80 food idk", "about 2,400, that's rent and the car... not sure about
groceries", "1,850 rent and bills then whatever else": the person names what they know and
says a part is still unknown; "two grand, three if you count her shopping" gives two totals,
one of them with a part the other leaves out. The figure said is not the month's spending,
and storing it would plan on money that is not there, so none is stored and the question
stays open (asking again is cheaper than a wrong budget).
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: Unknown words said of a part: "food idk", "groceries no idea", "and the rest dunno".
_UNKNOWN = r"(?:idk|dunno|no idea|not sure|unsure|unknown|\?{2,})"
_PART_UNKNOWN = re.compile(
    # "food idk" at the end: a thing named, then the unknown word (never a figure before it)
    rf"(?:^|[\s,])(?!(?:total|it|that|spending|honestly|exactly|really|tbh|overall|month|week|"
    rf"year|monthly|weekly|all|everything|though|lol|guess|think|maybe|roughly|about)\b)"
    rf"[a-z][a-z'-]{{2,}}\s+{_UNKNOWN}\W*$|"
    # "not sure about groceries", "no idea on food": unsure of a named part
    r"\b(?:not sure|unsure|no idea|don'?t know)\s+(?:about|on|of|what)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?!(?:that|it|this|the total|exactly|the exact)\b)[a-z][a-z'-]{2,}|"
    # "then whatever else", "plus whatever": the rest left open
    r"\b(?:then|plus|and|\+)\s+whatever(?:\s+else)?\b|"
    # "three if you count her shopping": another total with a part the first leaves out
    r"\b(?:\d[\d.,]*\s*k?|two|three|four|five|six|more|double)\s+(?:grand\s+)?if you "
    r"(?:count|include|add|put in)\b"
)
_SPENDING = "capacity.monthly_spending"


def part_unknown(text: str) -> bool:
    """True when the answer about spending says a part of it is unknown or left out."""
    return bool(_PART_UNKNOWN.search(text.casefold()))


def without_partial_total(readings: list[Reading]) -> list[Reading]:
    """``readings`` without the month's spending (a part of it was said unknown)."""
    return [r for r in readings if r.field != _SPENDING]
