"""A day's pay times the days worked in a season or a year: "$450 a day, ~20 days a season",
"₹600 a day, maybe 60 days in the monsoon", "2500 rupees per day. last year I was on trek
maybe 110 days".

A fee per day (or per night, evening or shift) says nothing yearly on its own; how many of
those days come in the season or the year, said beside it, makes it the year's money. Only a
count of the same days, said of a season or a year (never "a week" or "a month") and alone
beside the fee, is folded in; anything else is left as it was, to be asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantity import Quantity

_DAYS = frozenset({"day", "night", "evening", "shift"})
#: Words that place a count in a season or in a whole year.
_SEASON = (
    r"(?:(?:high|tourist|busy|rainy|dry|peak|fishing|harvest|ski|wedding|festival|summer|"
    r"winter)\s+)?(?:season|year|monsoon|summer|winter|spring|autumn|fall|harvest)"
)
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
)  # fmt: skip
_OVER_A_SEASON = re.compile(
    rf"\b(?:a|per|each|every|the|this|last|in the|in a|during the|over the|all|whole|one|"
    rf"in)\s+{_SEASON}\b|"
    rf"\b(?:between|from)\s+{_MONTH}\s+(?:and|to|till|until|thru|through)\s+{_MONTH}\b"
)
#: A count said per week or per month is no count of the season's days.
_SHORTER_PERIOD = re.compile(
    r"^\s*(?:a|per|each|every|/|in a|in the)\s*(?:week|month|fortnight|wk|mo)\b|"
    r"^\s*(?:weekly|monthly)\b"
)
_NEAR = 120


def _sentence(text: str, start: int, end: int) -> str:
    begin = max(text.rfind(c, 0, start) for c in ".;!?\n") + 1
    stops = [i for i in (text.find(c, end) for c in ";!?\n") if i >= 0]
    stop = re.search(r"\.(?!\d)", text[end:])
    if stop:
        stops.append(end + stop.start())
    return text[begin : min(stops, default=len(text))]


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def fold(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with a fee per day and the count of those days in a season or a year, said
    beside it, read as the year's money (the count taken out)."""
    fees = [q for q in found if q.kind == "money" and q.period in _DAYS]
    counts = [
        q
        for q in found
        if q.kind == "count" and not q.period and _singular(q.note) in _DAYS and q.value > 7
    ]
    if len(fees) != 1 or len(counts) != 1:
        return found
    fee, count = fees[0], counts[0]
    if _singular(count.note) != fee.period or abs(count.start - fee.start) > _NEAR:
        return found
    if _SHORTER_PERIOD.match(text, count.end):
        return found
    if not _OVER_A_SEASON.search(_sentence(text, count.start, count.end)):
        return found
    note = f"{format_number(fee.value)} a {fee.period} x {format_number(count.value)} {count.note}"
    yearly = replace(fee, value=fee.value * count.value, period="year", note=note)
    return [yearly if q is fee else q for q in found if q is not count]
