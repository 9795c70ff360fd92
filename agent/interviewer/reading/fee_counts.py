"""A fee per thing and how many of those things, said as two figures (pure: no I/O).

"$425 a house. Did 58 last year.": the fee is read with no word of how often and the count is
read as a bare figure of the year; together they are the year's income, the fee times the
count. A figure of nothing said beside them ("the radon test I throw in for free") is an
extra given away, no rival income.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import SURE
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.types import Reading

_FEE_ALONE = re.compile(r"^a fee per (\w+): how often\?$")
_COUNT_PERIODS = frozenset({"year", "month", "week"})


def multiplied(rivals: list[Reading]) -> Reading | None:
    """The fee times the count when the rivals are one fee said alone, one count of a period
    said with no money word, and figures of nothing; else ``None``."""
    fees = [(r, m) for r in rivals if not r.confident and (m := _FEE_ALONE.match(r.note or ""))]
    rest = [r for r in rivals if all(r is not f for f, _ in fees) and r.value != 0]
    if len(fees) != 1 or len(rest) != 1 or not _a_count(rest[0]):
        return None
    (fee, item), count = fees[0], rest[0]
    value = round(_number(fee) * _number(count), 2)
    note = f"{_number(fee):g} a {item.group(1)} x {_number(count):g} a year"
    return replace(fee, value=value, confidence=SURE, note=note)


def _number(r: Reading) -> float:
    return float(r.value) if isinstance(r.value, int | float) else 0.0


def _a_count(r: Reading) -> bool:
    """True when the reading is a count said by its period with no money word ("did 58 last
    year", "about 6 a month")."""
    if not r.confident or r.currency or not isinstance(r.value, float) or r.value > 5000:
        return False
    found = find_quantities(r.span)
    return len(found) == 1 and found[0].kind == "bare" and found[0].period in _COUNT_PERIODS


def counted_said(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with one fee said alone ("$150 to $250 a dance") times the count of those
    things the message gives for a year ("I called 74 dances last year"): the year's income."""
    fees = [(r, m) for r in readings if not r.confident and (m := _FEE_ALONE.match(r.note or ""))]
    if len(fees) != 1:
        return readings
    (fee, item) = fees[0]
    counts = [q for q in find_quantities(text) if q.kind == "count" and q.period == "year"
              and _same_thing(q.note, item.group(1))]  # fmt: skip
    if len(counts) != 1:
        return readings
    value = round(_number(fee) * counts[0].value, 2)
    note = f"{_number(fee):g} a {item.group(1)} x {counts[0].value:g} a year"
    counted = replace(fee, value=value, confidence=SURE, note=note)
    return [counted if r is fee else r for r in readings]


def _same_thing(counted: str, item: str) -> bool:
    """True when the thing counted ("dances") is the thing the fee is for ("dance")."""
    return counted in {item, f"{item}s", f"{item}es"}
