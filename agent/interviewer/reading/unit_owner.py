"""A price said per a unit that names another work on record (pure).

Asked what one work brings in, people answer for another in its own terms: "£350 a wedding,
did 14 this year" while the post round is asked, with "Wedding DJing" on record. The unit a
price is said per ("a wedding", "per gig") is then a word of the other work's name and of no
word of the asked one's: the figure is that work's. With several other works holding the word,
or the asked work holding it too, the reading stays as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import asks, names
from agent.interviewer.reading.types import PlanView, Reading

_FIGURES = frozenset({"activity.annual_revenue", "activity.hours_per_week"})
#: The unit a price or a length is said per: "a wedding", "per gig", "each session".
_PER_UNIT = re.compile(r"\b(?:a|an|per|each|every)\s+([a-z][a-z'-]{2,})\b", re.I)
#: Units that name a stretch of time or money, never a work.
_NOT_WORK = frozenset(
    [
        "year",
        "month",
        "week",
        "day",
        "fortnight",
        "hour",
        "night",
        "evening",
        "morning",
        "weekend",
        "time",
        "go",
        "pop",
        "piece",
        "thing",
        "one",
        "lot",
        "bit",
        "while",
        "couple",
        "few",
        "half",
        "quarter",
        "season",
        "term",
        "shift",
    ]
)


def _stems(name: str) -> set[str]:
    return {names.stem(w.casefold()) for w in names.words(name)}


def moved(readings: list[Reading], view: PlanView, ask: str) -> list[Reading]:
    """``readings`` with a figure of the asked work said per a unit that names exactly one
    other work on record ("£350 a wedding" for "Wedding DJing") given to that work."""
    asked = asks.work(ask)
    if not asked or asks.kind(ask) not in {"act:revenue", "act:hours"}:
        return readings
    return [_owner(r, view, asked) for r in readings]


def _owner(reading: Reading, view: PlanView, asked: str) -> Reading:
    if reading.field not in _FIGURES or (reading.subject or "").casefold() != asked.casefold():
        return reading
    said = [u.casefold() for u in _PER_UNIT.findall(reading.span or "")]
    units = {names.stem(u) for u in said if u.rstrip("s") not in _NOT_WORK}
    if not units or units & _stems(asked):
        return reading
    others = [a for a in view.activities if a.casefold() != asked.casefold()]
    owners = {a for a in others for u in units if u in _stems(a)}
    return replace(reading, subject=owners.pop()) if len(owners) == 1 else reading
