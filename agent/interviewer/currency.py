"""The plan's currency, taken from the money the person writes ("£1,500 a month" is GBP).

Only when the same turn records an amount, the plan has no currency yet, and the message
names exactly one: two currencies in one message, or one other than the plan's, change
nothing (the amounts stay plain figures rather than carry a wrong sign). A plain "$" is US
dollars only while the person has named no place of another dollar or peso ("I'm in Ottawa",
"Sydney-based"): after that it names no currency, and the plan's stays unset.
"""

from __future__ import annotations

import re
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


#: Places whose money is written "$" and is no US dollar: countries, their people, and the
#: provinces, states and cities people name when they say where they live.
_OTHER_DOLLAR = re.compile(
    r"\b(?:canada|canadian|ontario|quebec|québec|british columbia|alberta|manitoba|"
    r"saskatchewan|nova scotia|toronto|ottawa|montreal|montréal|vancouver|calgary|edmonton|"
    r"winnipeg|halifax|victoria bc|australia|australian|aussie|sydney|melbourne|brisbane|"
    r"perth|adelaide|canberra|hobart|darwin|queensland|new south wales|nsw|tasmania|"
    r"new zealand|kiwi|auckland|wellington|christchurch|singapore|hong kong|mexico|mexican|"
    r"argentina|buenos aires|chile|santiago|colombia|bogot[aá])\b"
)
#: A dollar named as the US one, which a place named elsewhere does not change.
_US_DOLLAR = re.compile(r"\bus\s?\$|\busd\b|\bus dollars?\b|\bamerican dollars?\b")


def names_other_dollar(text: str) -> bool:
    """True when a message names a place whose "$" is not the US dollar."""
    return _OTHER_DOLLAR.search(text.casefold()) is not None


def currency_calls(
    text: str, plan: Plan, calls: list[dict[str, Any]], *, other_dollar: bool = False
) -> list[dict[str, Any]]:
    """A ``set_currency`` call to put before ``calls``, or none; ``other_dollar`` when the
    person has named a place whose "$" is no US dollar."""
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
    if len(codes) != 1:
        return []
    code = codes.pop()
    elsewhere = other_dollar or names_other_dollar(text)
    if code == "USD" and elsewhere and not _US_DOLLAR.search(text.casefold()):
        return []  # a plain "$" in Ottawa or Sydney: which dollar is not said
    return [call("set_currency", code=code)]
