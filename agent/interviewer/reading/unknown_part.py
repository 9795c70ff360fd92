"""A figure said with a part of it not sized (pure: no I/O).

"rent 950, car 400, food idk", "about 2,400 a month, not sure about groceries though", "two
grand, three if you count the takeaways": the spending said is the month without a part the
person could not size, or one of two totals. "2 hours after work on weekdays and the whole of
Sunday": the week's hours with a day of no known length added. Storing either would put a
figure in the plan that the person said is short; it is asked back instead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.part_unknown import part_unknown
from agent.interviewer.reading.types import Reading

_SPENDING = "capacity.monthly_spending"
#: A day or a weekend given whole, with no hours: "the whole of Saturday", "all day Sunday".
_DAY = r"(?:day|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_NAMED_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_WHOLE_DAY = re.compile(
    rf"\b(?:the whole (?:of )?(?:the |a |my )?{_DAY}|all day(?: on)?(?: {_DAY})?|"
    # "Sunday full day", "a full day on Saturdays": a named day given whole
    rf"{_NAMED_DAY} (?:is )?(?:a )?full day|full day (?:on )?{_NAMED_DAY})\b"
)
_HOURS = "hours_per_week"


def asked_back(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with a month's spending asked back when a part of it is said unknown, and
    a week's hours when a whole day is added to them unsized."""
    spending = part_unknown(text)  # one reading of "a part not sized", as at the spending question
    # "Fridays all day and two evenings, around 14 hours": a figure after the day sizes it
    days = list(_WHOLE_DAY.finditer(text))
    hours = bool(days) and not re.search(r"\d", text[days[-1].end() :])
    if not (spending or hours):
        return readings
    return [_asked(r, spending=spending, hours=hours) for r in readings]


def _asked(r: Reading, *, spending: bool, hours: bool) -> Reading:
    field = r.field or ""
    if not r.confident or not isinstance(r.value, float):
        return r
    if spending and field == _SPENDING:
        return replace(r, confidence=UNSURE, note="the whole month, or without the part not known?")
    if hours and field.endswith(_HOURS) and r.value > 0:
        return replace(r, confidence=UNSURE, note="and the day given whole: how many hours?")
    return r
