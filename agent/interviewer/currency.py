"""The plan's currency, taken from the money the person writes ("£1,500 a month" is GBP).

Only when the same turn records an amount, the plan has no currency yet, and the message
names exactly one: two currencies in one message, or one other than the plan's, change
nothing (the amounts stay plain figures rather than carry a wrong sign).
"""

from __future__ import annotations

from typing import Any

from agent.interviewer.flow import call
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.quantities import find_quantities
from agent.plan.models import Plan

#: Tool calls that record an amount, and the arguments that hold it.
MONEY_ARGS = {
    "set_capacity": ("cash_buffer", "monthly_spending"),
    "update_activity": ("annual_revenue",),
    "record_activity": ("annual_revenue",),
}


def currency_calls(text: str, plan: Plan, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A ``set_currency`` call to put before ``calls``, or none."""
    if plan.currency is not None:
        return []
    records_money = any(
        c.get("args", {}).get(arg) is not None
        for c in calls
        for arg in MONEY_ARGS.get(str(c.get("name")), ())
    )
    if not records_money:
        return []
    codes = {q.currency for q in find_quantities(normalise(text)) if q.currency}
    return [call("set_currency", code=codes.pop())] if len(codes) == 1 else []
