"""A fraction of a figure said after it: "£30,000, but that's the full-time pay, I do 3 days so
it's 3/5 of that". The figure said first is what the fraction is of; what reaches the person is
that fraction of it, and the two digits of the fraction are no figures of their own. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.types import Reading

__all__ = ["taken"]

_MONEY = frozenset({"activity.annual_revenue", "capacity.monthly_spending"})
#: "4/5 of that", "it's 3/4 of it": a fraction in digits of the figure before it.
_FRACTION_OF = re.compile(
    r"\b(?P<n>[1-9])\s*/\s*(?P<d>[2-9]|10)\s+of\s+(?:that|it|this|the\s+(?:figure|pay|salary|"
    r"full[- ]time(?:\s+(?:figure|pay|salary))?))\b"
)


def taken(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with the one money figure said before "N/M of that" read as that fraction
    of it; the fraction's own digits, read as figures, dropped."""
    said = _FRACTION_OF.search(text)
    if said is None or int(said.group("n")) >= int(said.group("d")):
        return readings
    own = {float(said.group("n")), float(said.group("d"))}
    digits = [r for r in readings if r.field in _MONEY and r.value in own
              and _FRACTION_OF.search(r.span)]  # fmt: skip
    whole = [r for r in readings if r.field in _MONEY and r not in digits
             and isinstance(r.value, float) and 0 <= text.find(r.span) < said.start()]  # fmt: skip
    if len(whole) != 1 or not whole[0].confident:
        return readings
    r = whole[0]
    assert isinstance(r.value, float)
    size = int(said.group("n")) / int(said.group("d"))
    note = f"{said.group('n')}/{said.group('d')} of {format_number(r.value)}"
    kept = replace(r, value=round(r.value * size, 2), note=note)
    return [kept if o is r else o for o in readings if o not in digits]
