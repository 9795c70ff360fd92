"""Two amounts joined by "and" before one period: "£1,150 and £980 a month".

The period said after the second amount is the first's too, as people say it once for both
("300 and 250 a week"). When the open question asks what one piece of work brings in, the two
are parts of its income (two flats' rents, two clients' retainers) and are added; elsewhere
each keeps its own reading (the spending question adds parts of its own accord).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.quantity import Quantity

_JOINED = re.compile(r"^\s*(?:and|&|\+|plus)\s*$")
_PERIODS = frozenset({"year", "month", "week", "fortnight"})


def shared_period(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with an amount of no period, joined by "and" to an amount said per month
    (week, year, fortnight) in the same currency, said per that period too."""
    out = list(found)
    for k in range(len(found) - 1):
        first, second = out[k], found[k + 1]
        if _joined(first, second, text):
            out[k] = replace(first, period=second.period)
    return out


#: Between a pay said per period and a smaller amount said after it with none: words that add
#: a part to the same pay ("basic plus night diff") or give its other side ("after the cut and
#: fuel"); the period said once is the part's too.
_SAME_PAY = re.compile(r"\b(?:plus|on top|after|net|gross|before tax|after tax|take[- ]home)\b|\+")
#: ... and words that set the amount in a time of its own ("plus a bonus", "once", "a year").
_OWN_TIME = re.compile(
    r"\b(?:bonus\w*|one[- ]off|once|twice|annual\w*|yearly|each|every|per|a (?:year|month|"
    r"week|day)|last|this|next|[\d])\b|[.;!?\n]"
)


def period_carried(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with a smaller amount of no period, said after a pay per month (week, year,
    fortnight) as a part added to it or its other side, said per that period too: "₱38,500
    a month basic plus night diff ₱6k", "£1,100 a week gross, after fuel maybe £650"."""
    out = list(found)
    for k in range(1, len(found)):
        first, second = found[k - 1], found[k]
        between = text[first.end : second.start]
        if (
            first.kind == "money"
            and second.kind == "money"
            and first.period in _PERIODS
            and not second.period
            and second.value < first.value
            and (first.currency or second.currency) == (second.currency or first.currency)
            and _SAME_PAY.search(between)
            and not _OWN_TIME.search(between)
            and not _OWN_TIME.match(text[second.end :].lstrip().lstrip(".;!?\n").lstrip())
        ):
            out[k] = replace(second, period=first.period)
    return out


def added(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with each pair of amounts joined by "and" under one period added into one
    amount: the parts of one piece of work's income."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if last is not None and _joined(last, q, text):
            note = f"{last.value:g} + {q.value:g} a {q.period}: the parts added up"
            out[-1] = replace(q, value=last.value + q.value, start=last.start, note=note)
            continue
        out.append(q)
    return out


def _joined(first: Quantity, second: Quantity, text: str) -> bool:
    return (
        first.kind == "money"
        and second.kind == "money"
        and first.period in {"", second.period}
        and second.period in _PERIODS
        and not first.note
        and not second.note
        and (first.currency or second.currency) == (second.currency or first.currency)
        and _JOINED.match(text[first.end : second.start]) is not None
    )


_A_YEAR = {"year": 1, "month": 12, "fortnight": 26, "week": 52}
#: Between two parts of one income, each said per its own period: a comma and "and" or "plus"
#: opening the next part, with words of who pays it ("and the shops order maybe").
_NEXT_PART = re.compile(r"^\s*,?\s*(?:and|plus)\s+(?:also\s+)?[a-z][^.;!?\d]{0,60}$")
#: Words that set two amounts side by side as alternatives, not parts: seasons, good and bad
#: times, "or".
_ALTERNATIVES = re.compile(
    r"\b(?:or|summer|winter|spring|autumn|fall|season\w*|busy|quiet|slow|good|bad|some "
    r"(?:weeks|months)|other times?|sometimes|before|after|now|used to|instead)\b"
)


def added_across_periods(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with two amounts of one piece of work's income, each said per its own period
    and the second opened by "and" ("$300 a week at the market, and the shops order $400 a
    month"), made one year's amount; none when the message sets them side by side as
    alternatives, or when the two come to the same year (one pay said twice)."""
    money = [q for q in found if q.kind in {"money", "bare"}]
    if len(money) != 2 or _ALTERNATIVES.search(text):
        return found
    first, second = money
    if not (
        first.period in _A_YEAR
        and second.period in _A_YEAR
        and first.period != second.period
        and (first.currency or second.currency) == (second.currency or first.currency)
        and _NEXT_PART.match(text[first.end : second.start])
    ):
        return found
    one, two = (q.value * _A_YEAR[q.period] for q in (first, second))
    if abs(one - two) <= 0.2 * max(one, two):
        return found
    note = f"{first.value:g} a {first.period} + {second.value:g} a {second.period}: a year"
    year = replace(first, value=one + two, period="year", end=second.end, note=note)
    return [year if q is first else q for q in found if q is not second]
