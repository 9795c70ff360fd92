"""Money said as the price of one of the things counted beside it (pure: no I/O).

"sold 3,000 jars this year at around 6 dollars average", "I made 40 chairs, average price
220 €": an amount with no period of its own, said after a count of things as what one of them
sells for, is a price each; it is never a year's income by itself, and with the count it is
the count times the price.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.quantity import Quantity

#: Words just before the amount that say it is what one thing sells for.
_PRICE_BEFORE = re.compile(
    r"(?:\b(?:average|avg|unit|selling)?\s*price(?:\s+(?:is|of|was))?|\bat|\bfor)\s*"
    r"(?:about|around|roughly|like|maybe|approx\.?|approximately)?\s*$"
)
#: Words just after it that say so ("9 dollars average", "$12 a piece").
_PRICE_AFTER = re.compile(r"^\s*(?:on\s+)?(?:average|avg|apiece|a piece|per piece)\b")
#: What may stand between the count and the amount: one clause, no other figure.
_BREAK = re.compile(r"[.;!?\n]|\bbut\b|\band then\b")


def priced_each(found: list[Quantity], text: str) -> list[Quantity]:
    """The quantities with an amount said as the price of one counted thing read as "each"."""
    out = list(found)
    for n, q in enumerate(found):
        if q.kind != "money" or q.period or n == 0:
            continue
        count = found[n - 1]
        between = text[count.end : q.start]
        if count.kind != "count" or count.period or _BREAK.search(between):
            continue
        if _PRICE_BEFORE.search(text[max(count.end, q.start - 30) : q.start]) or _PRICE_AFTER.match(
            text[q.end :]
        ):
            out[n] = replace(q, period="each")
    return out
