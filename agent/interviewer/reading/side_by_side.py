"""A range of hours written without its mark (pure: no I/O).

"dunno 48 50", "6 7 hours": two figures side by side, the second a little more than the first,
are a range as "48-50" is, and read at its midpoint as ranges are. Read only for hours, where
two figures side by side cannot be a number with its thousands spaced ("1 200").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.types import Reading

_FIELDS = frozenset({"capacity.hours_per_week", "activity.hours_per_week"})
_SURE = 0.9
#: How far apart the two ends may be: the second more than the first, at most half as much more.
_WIDEST = 1.5
_MOST_HOURS = 100.0


def as_range(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with two hours figures of one field and subject, said side by side in
    ``text`` ("55 60"), read as one range at its midpoint."""
    hours = [r for r in readings if r.field in _FIELDS and r.act == "fact" and not r.confident]
    if len(hours) != 2 or len({(r.field, r.subject) for r in hours}) != 1:
        return readings
    low, high = sorted(hours, key=lambda r: float(r.value))  # type: ignore[arg-type]
    a, b = float(low.value), float(high.value)  # type: ignore[arg-type]
    if not 0 < a < b <= min(a * _WIDEST, _MOST_HOURS) or a != int(a) or b != int(b):
        return readings
    said = re.search(rf"(?<![\d.,]){int(a)}\s+{int(b)}(?![\d.,]|\s*(?:%|k\b|[£$€]))", text)
    if said is None or len(re.findall(r"\d+", text)) != 2:
        return readings
    mid = (a + b) / 2
    note = f"{int(a)} {int(b)}: the midpoint, {format_number(mid)}"
    first = replace(low, value=mid, confidence=max(low.confidence, _SURE), note=note)
    return [first if r is low else r for r in readings if r is not high]
