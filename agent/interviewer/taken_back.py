"""The figure a correction takes back names the answer it corrects (pure).

"wait, the salon is 30 hours not 32" corrects the answer that holds 32, which need not be the
last one given: when the person says the old figure and a recent answer holds another one,
that answer is not the one meant, and the correction goes to the one that holds it or to none.
"""

from __future__ import annotations

import re

from agent.interviewer import parse
from agent.interviewer.reading import asks
from agent.interviewer.reading.numbers import to_number
from agent.plan import Plan

#: "not 32", "rather than about 40k", "instead of £1,200": the figure said to be wrong.
_OLD = re.compile(
    r"\b(?:not|rather than|instead of)\s+(?:about\s+|around\s+)?[£$€]?(?P<n>\d[\d,]*(?:\.\d+)?)"
    r"\s*(?P<k>k\b|thousand\b|grand\b)?"
)
#: A money figure may be taken back per month or per week while a year's is on record.
_PERIODS = (1.0, 12.0, 52.0)


def old_figure(text: str) -> float | None:
    """The one figure ``text`` takes back ("30 hours not 32" -> 32.0), or ``None``."""
    found = list(_OLD.finditer(parse.normalise(text)))
    if len(found) != 1:
        return None
    value = to_number(found[0].group("n"))
    return value * 1000 if found[0].group("k") else value


def held(plan: Plan, qid: str) -> float | None:
    """The figure the plan holds as the answer to ``qid``, or ``None`` when it holds none."""
    kind = asks.kind(qid)
    if kind in {"act:hours", "act:revenue"}:
        work = next((a for a in plan.activities if a.name == asks.work(qid)), None)
        if work is None:
            return None
        return work.hours_per_week if kind == "act:hours" else work.annual_revenue
    capacity = plan.capacity
    if capacity is None:
        return None
    value = {"capacity": capacity.hours_per_week, "spending": capacity.monthly_spending,
             "buffer": capacity.cash_buffer}.get(kind)  # fmt: skip
    return float(value) if isinstance(value, int | float) else None


def not_meant(text: str, plan: Plan, qid: str) -> bool:
    """True when ``text`` takes back a figure the answer to ``qid`` does not hold: the
    correction is about another answer."""
    old = old_figure(text)
    value = held(plan, qid)
    if old is None or value is None:
        return False
    return not any(abs(old * period - value) < 0.01 for period in _PERIODS)
