"""The usual figure said after a figure for some times: "GH₵ 3,500 a month in good times, but
on average GH₵ 2,800", "£900 a week in summer, but usually £600".

The second amount puts right what the first one says of the usual time, and is said per the
same period, said once: it is a month's (a week's) figure too, never a year's. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.quantity import Quantity

#: Between the two: a turn to what is usual, in the same sentence.
_TO_USUAL = re.compile(
    r"^[^.;!?\n\d]*\b(?:but|though|although|while)\b[^.;!?\n\d]*\b(?:on average|usually|normally|"
    r"typically|generally|mostly|most (?:months|weeks)|in a normal (?:month|week)|on a normal "
    r"(?:month|week)|regularly|averag(?:e|es|ing))\b[^.;!?\n\d]*$"
)
_PERIODS = frozenset({"year", "month", "week", "fortnight", "day"})
#: How far apart the two may be (a factor either way) to be figures of the same thing.
_NEAR = 4.0


def period_said_once(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with the usual amount said after an amount for some times given that
    amount's period when it has none of its own."""
    out = list(found)
    for k in range(1, len(found)):
        first, second = found[k - 1], found[k]
        if (
            first.kind == "money"
            and second.kind in {"money", "bare"}
            and first.period in _PERIODS
            and not second.period
            and first.value / _NEAR <= second.value <= first.value * _NEAR
            and (second.currency or first.currency) == (first.currency or second.currency)
            and _TO_USUAL.match(text[first.end : second.start])
            and not re.match(r"\s*(?:a|an|per|each|every|/)\s", text[second.end :])
        ):
            out[k] = replace(second, kind="money", period=first.period, currency=first.currency)
    return out
