"""Work said to cost more than it brings in (pure).

"it costs me more than it makes, though I win a bit at shows, maybe 200", "doesn't make money
really, the odd sale": the person says the work runs at a loss, and any figure beside it is
one part of what comes in (prizes, a sale) next to parts not sized. Taking it as the year's
income would put in the plan what the person said it is not, so it is asked back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

__all__ = ["asked_back"]

_REVENUE = "activity.annual_revenue"
#: Words saying the work brings in less than it costs, or no money at all.
_AT_A_LOSS = re.compile(
    r"\bcosts? (?:me|us) more than (?:it|they) (?:brings? in|makes?|earns?|pays?)\b|"
    r"\b(?:does ?n'?t|does not|do ?n'?t|do not|never) (?:really )?(?:make|earn) (?:any |much )?"
    r"(?:money|a profit)\b|"
    r"\b(?:los(?:e|es|ing)|lost) money\b|\bat a loss\b|\bin the red\b|\bout of pocket\b"
)


def asked_back(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with a year's income asked back when the work is said to run at a loss."""
    if not _AT_A_LOSS.search(text):
        return readings
    return [
        replace(r, confidence=UNSURE, note="said to cost more than it brings in: the year's?")
        if r.field == _REVENUE and r.confident and isinstance(r.value, float) and r.value > 0
        else r
        for r in readings
    ]
