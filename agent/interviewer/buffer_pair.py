"""Two amounts answering the two-part savings question, in the order it asked them.

The buffer question asks for the savings *and* the monthly spending. People answer it the way
it was asked: "10k, 3k", "2k 1.8k", "4000 saved 1500 a month". The reader, which does not know
the question has two parts, adds such amounts up as one saving (13k) or keeps only the first;
here the first amount is the savings and the second the month's spending.

Only a plain pair is taken: exactly two amounts, the first with no pay period, the second
with none or a month, no spending words before the second nor savings words after it, and no
word that makes them one sum ("plus", "in all") or a shared bill ("between us"). Anything else
keeps the reader's readings. Pure: no LangChain.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer import amounts
from agent.interviewer.parse import normalise
from agent.interviewer.reading.types import Reading

_FIELDS = frozenset({"capacity.cash_buffer", "capacity.monthly_spending"})
_SAVINGS = re.compile(
    r"\b(?:sav\w*|bank|buffer|put by|put aside|set aside|nest egg|cushion|isa|account)"
)
#: A figure of time ("four months", "6 weeks"): how long the savings last, never an amount.
_DURATION = re.compile(r"\s*(?:months?|mths?|weeks?|wks?|years?|yrs?|days?)\b")
_SPENDING = re.compile(r"\b(?:spend\w*|outgoings|costs?|bills|rent|live on|need)\b")
# words that make the two amounts one sum, a share of a bill, or anything but a plain pair
_NOT_A_PAIR = re.compile(
    r"\+|\b(?:plus|in all|altogether|total|on top|another|more|between|together|joint|"
    r"shared?|our|we|partner|wife|husband|or|to|maybe \d+ maybe)\b"
)


def paired(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """``readings`` with the savings and spending of a plain pair said at the buffer question
    ("5000 and 2200": savings 5,000, spending 2,200 a month); otherwise unchanged."""
    taken = {"capacity.monthly_spending", "capacity.buffer_months"}
    if ask != "buffer" or any(r.field in taken for r in readings):
        return readings
    pair = _plain_pair(normalise(text))
    if pair is None:
        return readings
    said = next((r for r in readings if r.field in _FIELDS), None)
    if said is None or said.act != "fact":
        return readings
    savings, spending = pair
    kept = [r for r in readings if r.field not in _FIELDS]
    note = "two amounts for the two questions: the savings, then the month's spending"
    return [
        *kept,
        replace(said, field="capacity.cash_buffer", value=savings, confidence=0.9, note=note),
        replace(said, field="capacity.monthly_spending", value=spending, confidence=0.9, note=note),
    ]


def _plain_pair(low: str) -> tuple[float, float] | None:
    if _NOT_A_PAIR.search(low):
        return None
    found = [m for m in amounts.money_matches(low) if m.group("num")]
    if len(found) != 2 or any(_DURATION.match(low, m.end()) for m in found):
        return None
    first, second = (amounts.money_of(m) for m in found)
    before, after = low[: found[1].start()], low[found[1].start() :]
    if first.period or second.period not in {"", "month"}:
        return None
    if _SPENDING.search(before) or _SAVINGS.search(after):
        return None
    monthly = second.value / 12 if second.period else second.value
    return first.value, round(monthly, 2)
