"""A plain number said as a rate by name: "day rate 300", "my hourly rate is 45".

"Day rate" and "hourly rate" say money and its period in one word, so the number after them is
money paid per day or per hour even with no currency sign; it then takes how often it comes
("day rate 300, 4 days most weeks") as any fee per day does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.revision_words import REVISION

_RATE_BEFORE = re.compile(
    r"\b(?P<unit>day|daily|hourly|day's|hour's)\s+rate\s+(?:is\s+|of\s+|at\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|usually\s+|now\s+)?$"
)
#: "no sorry 300 now": a figure revised after the rate is still the rate.
_REVISED = re.compile(rf"^\W*(?:{REVISION}\W*)+$")


def named_rates(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with plain numbers said after "day rate" or "hourly rate" read as money per
    day or per hour (and a number that revises such a rate, "day rate 280 - no sorry 300")."""
    out = list(found)
    last: Quantity | None = None
    for k, q in enumerate(found):
        if q.kind != "bare" or q.period:
            last = None
            continue
        said = _RATE_BEFORE.search(text[max(0, q.start - 30) : q.start])
        revises = last is not None and _REVISED.match(text[last.end : q.start])
        if said is None and not revises:
            last = None
            continue
        period = "hour" if said and said.group("unit").startswith("hour") else "day"
        if revises and last is not None:
            period = last.period
        out[k] = last = replace(q, kind="money", period=period)
    return out
