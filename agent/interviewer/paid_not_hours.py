"""A sum of money read as hours (pure).

"they pay me 150 a month", "worth maybe 150 a month" at a work's hours question: the bare
figure "a month" was read as 150 hours a month (34.6 h a week), stored or changed, though the
words it was read from speak of money and the message never of hours. Such an hours reading
is left out and said so: the hours stay asked, and the sum can be said at the income
question.

A message with an hour word ("150 hours a month", "20h"), or a figure whose own words speak
of no money ("30 a week, the money is ok"), is read as before.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

_HOURS_FIELDS = frozenset({"activity.hours_per_week", "capacity.hours_per_week"})
_HOUR_WORD = re.compile(r"\d\s*h\b|\b(?:hours?|hrs?|h/w(?:ee)?k|shifts?|days?)\b", re.I)
_MONEY = re.compile(
    r"[£$€¥₹₦]|\b(?:pay|pays|paid|paying|worth|money|earn|earns|earned|earning|income|cash|"
    r"wage|wages|salary|fee|fees|rent|costs?|price|euros?|pounds?|dollars?|quid|bucks)\b",
    re.I,
)
#: Said when an hours figure was left out as money.
NOTE = ("I wasn't sure '{words}' gives hours, since it speaks of money, so I left it out; "
        "tell me the hours with the word 'hours' (e.g. '12 hours a week').")  # fmt: skip


def left_out(readings: list[Reading], text: str) -> tuple[list[Reading], list[str]]:
    """``readings`` without hours read from words that speak of money and say no hour word
    (the reading's own clause), and the notes that say so."""
    if _HOUR_WORD.search(text):
        return readings, []
    dropped = [r for r in readings if r.field in _HOURS_FIELDS and r.act in {"fact", "change"}
               and _MONEY.search(r.span or "")]  # fmt: skip
    notes = [NOTE.format(words=" ".join(r.span.split())) for r in dropped]
    return [r for r in readings if all(r is not d for d in dropped)], notes
