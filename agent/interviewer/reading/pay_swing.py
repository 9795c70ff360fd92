"""How steadily the asked work pays, said at the question of its hours (pure).

"goes up and down, summer is mental", "the money comes and goes, december is rammed" while
one work's hours are asked: no hours, and the swing of that same work said out of turn (as
"15 hours, 18k a year, steady" is read at its income question). The words read as its
volatility; the hours question stays open. A bare "it varies" or "depends" there answers the
hours (they vary), and words with figures speak of the hours: neither is read as pay.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import cues
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.types import Reading

#: Words that name the pay itself ("the money", "income", "what I earn").
_PAY = re.compile(r"\b(?:pay|paid|money|income|earn\w*|takings|cash|bookings|work comes?)\b")
#: Words that only say the asked figure varies ("it varies", "depends"): the hours' answer.
_FIGURE_VARIES = re.compile(r"\b(?:varies|vary|variable|depends?|dependin\w*)\b")


def at_hours(text: str, subject: str) -> list[Reading]:
    """The asked work's volatility said instead of its hours, or ``[]``."""
    said = text.casefold().strip()
    if find_quantities(said) or re.match(r"\W*skip\b", said):
        return []
    if _PAY.search(said):
        label = cues.asked_volatility(said)
    elif _FIGURE_VARIES.search(said):
        return []  # "it varies a lot": the hours vary, no word of pay
    else:
        label = "variable" if cues.asked_volatility(said) == "variable" else None
    if label is None:
        return []
    return [Reading("fact", "activity.volatility", label, subject, text.strip())]
