"""Review dates said in words: an ISO date, "in 12 weeks", "the first of April", "how about 8
weeks", "end of the school year". The text is kept as said when it is not a calendar date.
"""

from __future__ import annotations

import re

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


_DATE_OFFERED = re.compile(r"\b(?:how about|what about|say|make it|let'?s do|let'?s say)\s+(\d+)\s*"
                           r"(weeks?|months?)\b")  # fmt: skip
_PERIOD_END = re.compile(
    r"\b(?:end|start|beginning|middle) of (?:the )?(?:(?:school|academic|financial|tax) year|"
    r"(?:summer|autumn|winter|spring|ski|busy|wedding|tourist) (?:term|season|holidays)|"
    r"(?:summer|autumn|winter|spring) term|term|season|summer|autumn|winter|spring|year)\b"
)


def review_date(text: str) -> str | None:
    """The review date a text names ("2026-03-27", "in 12 weeks", "end of April"), or None."""
    offered = _DATE_OFFERED.search(text)
    if offered:  # "how about 8 weeks": weeks from now
        return f"in {offered.group(1)} {offered.group(2)}"
    iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if iso:
        return f"{iso.group(1)}-{int(iso.group(2)):02d}-{int(iso.group(3)):02d}"
    relative = re.search(r"\bin\s+(\d+)\s*(weeks?|months?|days?)\b", text)
    if relative:
        return relative.group(0)
    named = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s*(\d{4})\b", text)
    if named and named.group(2) in _MONTHS:
        month = _MONTHS.index(named.group(2)) + 1
        return f"{named.group(3)}-{month:02d}-{int(named.group(1)):02d}"
    ahead = re.search(r"\b(\d+)\s*(weeks?|months?|days?)\s+(?:from now|from today|time)\b", text)
    if ahead:
        return f"in {ahead.group(1)} {ahead.group(2)}"
    said = re.search(
        r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|(?:the )?(?:first|second|third|last|\d{1,2}(?:st|nd|"
        r"rd|th)?)"
        r"\s+(?:\w+\s+)?(?:of\s+|in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
        r"(?:\s+\d{4})?|\b(?:end|start|beginning|middle) of (?:jan|feb|mar|apr|may|jun|jul|aug|"
        r"sep|oct|"
        r"nov|dec)[a-z]*\b",
        text,
    )
    if said:
        return said.group(0)
    period = _PERIOD_END.search(text)
    return period.group(0) if period else None
