"""A fee whose "how often" is said in another sentence of the message.

"Sixty pounds a talk, I told you! About twelve a year", "day rate 300 - I'd say 4 days most
weeks": the fee and how often it comes are cut apart by a full stop, a dash or an
exclamation, so the reading of each sentence finds a fee with no frequency and a frequency
with no fee. When the message holds that one fee and that one frequency and no other money,
they belong together: the fee times how often, a year's income. Anything more (two fees, two
frequencies) is left to the sentences, which ask back rather than guess a pairing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.rates import is_item_rate, per_year

_OFTEN = frozenset({"year", "month", "week", "fortnight"})
#: Where one sentence or aside ends and the next begins.
_BOUNDARY = re.compile(r"[.!?;\n]|\s[-–—]+\s")
#: Words that limit the year to part of it ("in summer", "term time"): weeks left open.
_PART_OF_YEAR = re.compile(
    r"\b(?:summers?|winters?|spring|autumn|season|term|school holidays|january|february|march|"
    r"april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|"
    r"sept?|oct|nov|dec)\b"
)


def paired_across(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with the message's one fee per item folded with its one frequency, said in
    another sentence or aside, into a year's money, when nothing else in the message is money,
    how often or how many weeks, and no part of the year is named."""
    money = [q for q in found if q.kind in {"money", "zero"}]
    often = [q for q in found if _how_often(q)]
    if len(money) != 1 or len(often) != 1 or not is_item_rate(money[0]):
        return found
    if any(q.kind == "weeks" for q in found) or _PART_OF_YEAR.search(text):
        return found
    fee, frequency = money[0], often[0]
    between = text[min(fee.end, frequency.end) : max(fee.start, frequency.start)]
    if not _BOUNDARY.search(between):
        return found  # said in one sentence: its own reading pairs them
    if fee.period.startswith("each-") or fee.note or frequency.note not in {"", "day"}:
        return found
    times = per_year(frequency)
    note = f"{format_number(fee.value)} a {fee.period}, {format_number(times)} times a year"
    year = replace(fee, value=fee.value * times, period="year", note=note)
    return [year if q is fee else q for q in found if q is not frequency]


def _how_often(q: Quantity) -> bool:
    """How many times a period: "4 days most weeks", "twelve a year", "twice a month"."""
    if q.kind == "freq":
        return True
    if q.kind == "days":
        return q.period in _OFTEN
    return q.kind in {"bare", "count"} and q.period in _OFTEN and 0 < q.value <= 366
