"""A price list: amounts each said of a kind of thing (pure).

"mugs go for $25 each, big bowls $80-120", "a trim is £15, full grooms £45": when one amount
in the message is said per a thing ("a set", "each", "a trim"), an amount with no period said
right after the name of another kind of thing ("big bowls $80-120") is that thing's price too,
never a year's income. Two prices with no count or mix are no year; the planner asks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.quantity import Quantity

__all__ = ["priced_alike"]

#: Periods of time: an amount said per one of them is a rate, no price of a thing.
_TIMES = frozenset({"", "year", "month", "week", "fortnight", "quarter", "day", "hour", "occasion"})
#: A kind of thing named just before an amount, in its own clause: "big bowls $80-120",
#: "wall pieces are about 300".
_THING_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:the\s+|a\s+|my\s+)?(?:[a-z]+\s+)?(?P<thing>[a-z]{3,}s)\s+"
    r"(?:are|go for|sell for|cost|at)?\s*(?:about|around|like|maybe|roughly)?\s*$"
)


def priced_alike(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with an amount of no period, said right after a kind of thing, made the price
    of one of them, when another amount of the message is already said per a thing."""
    if not any(q.kind == "money" and q.period not in _TIMES and not q.note for q in found):
        return found
    out = []
    for q in found:
        if q.kind == "money" and not q.period:
            said = _THING_BEFORE.search(text[max(0, q.start - 40) : q.start])
            if said is not None:
                q = replace(q, period=said.group("thing")[:-1])
        out.append(q)
    return out
