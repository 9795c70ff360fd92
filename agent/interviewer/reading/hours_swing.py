"""Hours said to swing from week to week, at the question of a work's hours (pure: no I/O).

Asked how many hours a work takes, people whose hours are not fixed say so without the word
"variable": "it changes every week, last week 34", "could be 20 could be 50", "the agency
guarantees nothing", "in season every night, otherwise nothing". The swing is the work's
volatility, read beside whatever the figures say (they are asked back when they do not agree).
A week said to hold nothing now and then ("some weeks nothing") is left alone: it is how
often the work comes, and an average is asked for.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

_VOLATILITY = "activity.volatility"
_SWING = re.compile(
    r"\bchang\w* (?:every|each|from) week\b|\bweek to week\b|\bweek by week\b|"
    # "could be 30 could be 60": two weeks as likely as each other
    r"\bcould be \d[\d.,]*\w*\W+(?:or\s+)?(?:it\s+)?could be \d|"
    r"\b(?:doesn'?t|don'?t|do not|does not|never|won'?t)\s+guarantee\b|"
    r"\bno guaranteed hours\b|\bzero[- ]hours?\b|"
    # "in season every night ... otherwise nothing": the rest of the year empty
    r"\bin (?:the )?season\b.*\b(?:otherwise|rest of the year|out of season)\W+(?:it'?s\s+)?"
    r"(?:nothing|zero|none)\b"
)


def swing_said(text: str) -> bool:
    """True when ``text`` (lower case) says the hours change from week to week."""
    return _SWING.search(text) is not None


def with_swing(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """At a work's hours question, the work read as variable when its hours are said to
    swing, unless a volatility of it is read already."""
    if not ask.startswith("act:hours:") or not swing_said(text.casefold()):
        return readings
    subject = ask.removeprefix("act:hours:")
    if any(r.field == _VOLATILITY and r.subject == subject for r in readings):
        return readings
    swing = Reading("fact", _VOLATILITY, "variable", subject, text)
    return [r for r in readings if r.act != "nothing"] + [swing]
