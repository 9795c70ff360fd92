"""A stored figure that leaves another part of its sentence unaccounted for: asked back.

People often give several quantities that together make the answer: two incomes of one work,
the parts of a week. When the reader stores one of them as if it were the whole, the others are
left over: no figure it stores comes from them. A year's income or spending (money beside
money), savings (sums of money held, not a flow) or a work's hours (hours or clock times beside
hours) is asked back when its own sentence holds such a typed quantity that no figure read from
the message accounts for, and nothing in the message chooses between figures ("not", "net",
"of that", "my half") or says the person made the whole themselves ("so", "call it", "all up",
"on average"); a reading whose note says it took one figure as the whole on purpose passes.

A quantity is accounted for when a figure read from the message is worked out from it, alone
or with others, by the arithmetic readers use (a change of period; a price times up to two
counts, rates or stretches; a sum of up to four parts, as said or over a year, perhaps times
one shared quantity), or when a reading's note names it as a part it used. So a reading that
composes every part of its sentence passes, whichever path composed it.
"""

from __future__ import annotations

import itertools
import re

from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.types import Reading

_MONEY_FIELDS = frozenset(
    {"activity.annual_revenue", "capacity.monthly_spending", "capacity.cash_buffer"}
)
#: A limit of hours and a proposed stream's hours are no sums of parts said.
_HOURS_FIELDS = frozenset({"activity.hours_per_week"})
#: The kinds of quantity that, left over beside a figure, are parts of it.
_PART_KINDS = {"money": frozenset({"money"}), "hours": frozenset({"hours", "time"})}

#: Changes of period between an amount as said and a figure stored: a year, a month, a
#: fortnight, a quarter, a week, days of a working week.
_PERIOD_FACTORS = (1.0, 12.0, 52.0, 26.0, 4.0, 1 / 12, 52 / 12, 12 / 52, 1 / 52, 5.0, 6.0, 7.0)
#: At most this many parts are summed to account for a figure.
_MOST_PARTS = 4

#: Words that choose one quantity over another, or put one right: the reader's choice is
#: made on purpose there ("42k gross, 33 net", "not 180, 150", "9k of that is set aside").
_CHOSEN = re.compile(
    r"\b(?:not|no|actually|wait|sorry|meant|instead|rather|more like|closer to|after|net|"
    r"netto|in hand|take[- ]home|gross|before tax|after tax|of (?:that|it|which|this)|"
    r"inside that|within that|up from|down from|was|were|used to|my (?:part|share|half))\b"
)
#: Words that say the person made the whole figure themselves ("so call it 15 all up", "on
#: average 6 a week"): the parts are their working, the figure their answer.
_WHOLE = re.compile(
    r"\b(?:so|call it|say|all up|all in|in all|in total|total|altogether|overall|on average|"
    r"average|comes to|works out|that's|thats|i'd say|roughly)\b"
)
#: What a reading's note says when the reader took one figure as the whole on purpose.
_SAID_WHOLE = "said as the whole"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: Where a sentence or a numbered item ends ("... 39h, £29,500 2) poetry ...").
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;]|[.!?;](?!\d)|\n|\s\(?\d\)\s")


def doubt(r: Reading, readings: list[Reading], text: str, quantities: list[Quantity]) -> str | None:
    """What leaves the stored figure ``r`` in doubt: a part of its sentence (in the
    normalised message ``text``, whose typed ``quantities`` are given) that no figure of
    ``readings`` accounts for, said as a question; ``None`` when every part is used."""
    kinds = _kinds_of(r)
    if kinds is None or r.act not in {"fact", "change"} or not r.span:
        return None
    sentence = _sentence_of(r.span, text)
    if sentence is None:
        return None
    if _CHOSEN.search(text) or _WHOLE.search(text) or _SAID_WHOLE in r.note:
        return None
    start, end = sentence
    values = [v for o in readings if o.confident and (v := _figure(o)) is not None]
    noted = {float(n) for o in readings for n in _NUMBER.findall(o.note.replace(",", ""))}
    left = [
        q
        for q in quantities
        if start <= q.start < end
        and _kind(q) in kinds
        and not (r.field == "capacity.cash_buffer" and q.period)  # a flow is no part of savings
        and q.value not in noted
        and not _accounted(q, quantities, values)
    ]
    return "is that all of it, or is there more to add?" if left else None


def _kinds_of(r: Reading) -> frozenset[str] | None:
    value = _figure(r)
    if value is None or value <= 0:
        return None
    if r.field in _MONEY_FIELDS:
        return _PART_KINDS["money"]
    if r.field in _HOURS_FIELDS:
        return _PART_KINDS["hours"]
    return None


def _figure(r: Reading) -> float | None:
    """The number ``r`` holds, or ``None`` for a word, a yes or nothing."""
    if isinstance(r.value, bool) or not isinstance(r.value, int | float):
        return None
    return float(r.value)


def _kind(q: Quantity) -> str:
    return q.kind


def _sentence_of(span: str, text: str) -> tuple[int, int] | None:
    """Where the sentence (or sentences) holding ``span`` is in ``text``."""
    at = text.find(span)
    if at < 0:
        return None
    ends = [0, *(m.start() for m in _SENTENCE_END.finditer(text)), len(text)]
    start = max(e for e in ends if e <= at)
    return start, min(e for e in ends if e >= at + len(span))


def _accounted(q: Quantity, quantities: list[Quantity], values: list[float]) -> bool:
    """True when some figure of ``values`` is worked out from ``q``: alone or times up to two
    other quantities (a price, how many, how often), or summed with other parts, each part
    perhaps times one quantity all parts share ("... a month plus tips ..., 8 months")."""
    if not q.value:
        return True  # nothing to add
    others = [o for o in quantities if o is not q and o.value]
    made = {q.value * o.value for o in others} | {q.value}
    made |= {q.value * a.value * b.value for a, b in itertools.combinations(others, 2)}
    made |= _sums(q, others)
    return any(_close(m * f, v) for v in values for m in made for f in _PERIOD_FACTORS)


def _sums(q: Quantity, others: list[Quantity]) -> set[float]:
    """The sums of ``q`` with up to three other parts, as said and over a year, and each sum
    times one other quantity."""
    sums: set[float] = set()
    for size in range(1, _MOST_PARTS):
        for group in itertools.combinations(others, size):
            sums.add(q.value + sum(o.value for o in group))
            sums.add(_per_year(q) + sum(_per_year(o) for o in group))
    return sums | {s * o.value for s in sums for o in others}


#: How many times a year an amount said per period comes.
_TIMES_A_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0, "fortnight": 26.0, "quarter": 4.0}


def _per_year(q: Quantity) -> float:
    return q.value * _TIMES_A_YEAR.get(q.period, 1.0) if q.kind in {"money", "bare"} else q.value


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.015 * max(abs(a), abs(b)) + 0.26
