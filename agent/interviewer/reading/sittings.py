"""Hours that are the length of one sitting, not of a week: asked back, never stored.

"2-hour workshop ... not every week" gives how long one workshop is and says it is not
weekly: the week's hours are not said, and a week of 2 hours would be a figure nobody gave.
("private clinic evenings about 8 hrs" is the week's: only the length of one sitting, said
with words that it is not weekly, is asked back.) Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.types import Reading

#: "a 2-hour workshop": the length of one.
_LENGTH_OF_ONE = re.compile(
    r"^\s*(?:a\s+|one\s+|the\s+)?\d+(?:[.,]\d+)?-(?:hour|hr|h)\s+[a-z]+\s*$"
)
#: "minimum 4 hour call-out", "a 3 hr minimum booking": the least one sitting lasts, which no
#: week is made of.
_LEAST_OF_ONE = re.compile(
    r"^\s*(?:a\s+)?(?:minimum|min\.?|at least)\s+(?:of\s+)?\d+(?:[.,]\d+)?\s*-?\s*(?:hours?|hrs?|h)"
    r"\s+[a-z-]+\s*$"
)
#: Words that say the sitting is not weekly.
_NOT_WEEKLY = re.compile(
    r"\b(?:not every week|not weekly|now and then|now and again|occasionally|every so often|"
    r"once in a while|here and there)\b"
)
_HOURS = frozenset({"activity.hours_per_week", "capacity.hours_per_week"})
_PAY = "activity.annual_revenue"


def one_sitting(readings: list[Reading], text: str) -> list[Reading]:
    """The readings with hours that give only one sitting's length asked back, and a year's
    pay made of those hours by a rate ("31.50 an hour, 4 h a week") with them."""
    lengths = {
        f", {format_number(float(r.value))} h a week"  # type: ignore[arg-type]
        for r in readings
        if r.field in _HOURS and r.act == "fact" and _of_one_sitting(r.span, text)
    }
    return [
        replace(r, confidence=min(r.confidence, UNSURE), note="how many a week?")
        if (r.field in _HOURS and r.act == "fact" and _of_one_sitting(r.span, text))
        or (r.field == _PAY and any(r.note.endswith(said) for said in lengths))
        else r
        for r in readings
    ]


def _of_one_sitting(span: str, text: str) -> bool:
    if _LEAST_OF_ONE.match(span):
        return True
    return bool(_LENGTH_OF_ONE.match(span)) and bool(_NOT_WEEKLY.search(text))
