"""One part of a sum put right later in the message: the sum takes the new part.

"mortgage $2,150, car $480, everything else $2,000ish... actually make everything else 2,500",
"rent 900, bills 200, food 300. sorry, rent is 950": the parts are added up, and the revision
names one of them again with its new amount. The month is the sum with that part replaced,
never the sum with the new amount added as one more part, nor the new amount alone as the
whole month's change. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number, to_number
from agent.interviewer.reading.parts import COST
from agent.interviewer.reading.revision_words import REVISION
from agent.interviewer.reading.types import Reading

_FIELD = "capacity.monthly_spending"
_COSTS = COST.pattern.removeprefix(r"\b").removesuffix(r"\b")
_LABEL = rf"(?:everything else|the rest|{_COSTS})"
_AMOUNT = r"[£$€]?\s?(?P<n>\d[\d.,]*\d|\d)(?P<k>\s?k\b)?"
#: "actually make everything else 2,500", "sorry, rent is 950", "food is more like 400".
_REVISED = re.compile(
    rf"\b{REVISION}\b[\s,:]*(?:make\s+|the\s+)?(?P<label>{_LABEL})\b\s*(?:'s|is|was|should be|"
    rf"at|to|=|:)?\s*(?:more like|closer to|about|around|actually)?\s*{_AMOUNT}"
)
_SUMMED = re.compile(r"^(?P<parts>[\d.]+(?: \+ [\d.]+)+): the parts added up$")


def sum_revised(readings: list[Reading], text: str) -> list[Reading]:
    """The readings with a sum of spending parts whose part the message revises made the sum
    with that part replaced (the revised amount's own reading taken out)."""
    sums = [r for r in readings if r.act == "fact" and r.field == _FIELD and _SUMMED.match(r.note)]
    said = list(_REVISED.finditer(text))
    if len(sums) != 1 or len(said) != 1:
        return readings
    total, revision = sums[0], said[0]
    added = _SUMMED.match(total.note)
    assert added is not None
    part_values = [float(v) for v in added.group("parts").split(" + ")]
    new = _value(revision)
    old = _said_before(revision.group("label"), text[: revision.start()])
    if old is None or old not in part_values:
        return readings
    values = list(part_values)
    values.remove(old)
    if new in values and text.count(revision.group("n")) == 1:
        values.remove(new)  # the new amount was added up as one more part
    value = round(sum(values) + new, 2)
    note = f"{format_number(value)}: the parts added up, {format_number(old)} put right"
    out = []
    for r in readings:
        if r is total:
            out.append(replace(r, value=value, note=note))
        elif r.field == _FIELD and r.act == "change" and r.value == new:
            continue
        else:
            out.append(r)
    return out


def _value(found: re.Match[str]) -> float:
    value = to_number(found.group("n"))
    return value * 1000 if found.group("k") else value


def _said_before(label: str, before: str) -> float | None:
    """The amount said right after ``label`` earlier in the message, or ``None``."""
    found = list(
        re.finditer(rf"\b{re.escape(label)}\b\s*(?:'s|is|was|:|=|at)?\s*{_AMOUNT}", before)
    )
    return _value(found[-1]) if len(found) == 1 else None
