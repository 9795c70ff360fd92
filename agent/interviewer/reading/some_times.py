"""Figures said only of some weeks or months (pure: no I/O).

"some months I clear 3k, some months 300", "some weeks £0 some weeks £150": each figure holds
for some of the time and the person gives no usual one, so none of them is a year's income or a
usual week; they are asked back. A figure said as the usual one beside them ("maybe 1,500 a
month on average") is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

_SOME_TIMES = re.compile(
    r"\bsome (weeks?|months?|days?|years?|seasons?)\b[^.!?;]*?\b(?:some|other) \1"
)
_USUAL = re.compile(r"\b(?:on average|average|usually|normally|typically|most (?:weeks|months))\b")
_FIELDS = ("activity.annual_revenue", "hours_per_week")


def asked_back(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with income and hours asked back when said only of some of the time."""
    if not _SOME_TIMES.search(text) or _USUAL.search(text):
        return readings
    return [
        replace(r, confidence=UNSURE, note="said of some months or weeks: a usual one?")
        if r.confident and (r.field or "").endswith(_FIELDS) and isinstance(r.value, float)
        else r
        for r in readings
    ]
