"""Months named as closed: the weeks a year a weekly figure holds for (pure: no I/O).

"€1,200 per show, three shows a week, but in January and February the theatre is closed" is
paid in the ten months it is open: 52 x 10 / 12 weeks, not 52. Only months named one by one
beside a word of closing count; a span of months ("June to August") or a season is left to be
asked about.
"""

from __future__ import annotations

import re

#: The months by their full names, but May (also a word of maybe).
FULL_MONTHS = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december)"
)
_MONTH = rf"(?:{FULL_MONTHS}|may|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
#: "in January and February", "January, February": months named one by one.
_MONTHS = re.compile(rf"\b{_MONTH}\b(?:\s*(?:,|and|&)?\s*{_MONTH}\b)*")
#: Words that say the work stops in those months.
_CLOSED = re.compile(
    r"\b(?:closed|closes|close|shut|shuts|off|no work|nothing|dark|break|we stop|stops|unpaid|"
    r"not paid|no pay|not (?:in|during|over))\b"
)
#: Months said as a span: no count of them is read here.
_SPAN = re.compile(rf"\b{_MONTH}\s*(?:-|to|till|until|through)\s*{_MONTH}\b")


def weeks(sentence: str) -> float | None:
    """The weeks a year a sentence leaves open when it names months closed, else ``None``."""
    months = months_open(sentence)
    return None if months is None else 52 * months / 12


#: "8 months only per year", "only 9 months a year": the months a year the work is paid.
_MONTHS_A_YEAR = re.compile(
    r"\b(?:only\s+)?(\d{1,2})\s+months?\s+(?:only\s+)?(?:a|per|each|every|in a|of the)\s+year\b"
)


def months_paid(sentence: str, text: str) -> int | None:
    """The months a year a month's or a fortnight's pay comes in: those the message says the
    work runs ("8 months a year"), or the year less the months the sentence names closed or
    unpaid; ``None`` when neither is said."""
    said = _MONTHS_A_YEAR.findall(text.casefold())
    if len(set(said)) == 1 and 0 < int(said[0]) < 12:
        return int(said[0])
    return months_open(sentence)


def months_open(sentence: str) -> int | None:
    """The months a year a sentence leaves open when it names months closed, else ``None``."""
    low = sentence.casefold()
    if not _CLOSED.search(low) or _SPAN.search(low):
        return None
    found = list(_MONTHS.finditer(low))
    if len(found) != 1:
        return None
    named = set(re.findall(_MONTH, found[0].group(0)))
    if not 0 < len(named) < 6:
        return None
    return 12 - len(named)
