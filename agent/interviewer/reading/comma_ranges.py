"""A range of hours said with a comma: "50, 55 hours" is 50 to 55, its midpoint 52.5 (pure).

People who type as they speak give a range as two numbers one after the other; the first
has no unit of its own, the second carries it. Only a close pair rising from the first to the
second is a range ("3, 40 hours" is no range of anything).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantity import Quantity

_COMMA = re.compile(r",\s+(?:(?:or|maybe)\s+)?")
#: How far above the first number the second may be for the two to be one range.
_CLOSE = 1.3


def comma_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """ "50, 55 hours on the app": a bare number right before hours a week, joined by a
    comma, and a little below them, is the low end of their range."""
    out: list[Quantity] = []
    for q in found:
        low = out[-1] if out else None
        if (
            low is not None
            and low.kind == "bare"
            and not low.period
            and not low.note
            and q.kind == "hours"
            and q.period == "week"
            and not q.note
            and not q.shifts
            and low.value < q.value <= low.value * _CLOSE
            and _COMMA.fullmatch(text[low.end : q.start])
            and not re.search(r"[\d.,]\s*$", text[: low.start])
        ):
            mid = (low.value + q.value) / 2
            note = f"{format_number(low.value)}-{format_number(q.value)}: the midpoint, "
            out[-1] = replace(q, value=mid, start=low.start, note=note + format_number(mid))
            continue
        out.append(q)
    return out
