"""Money paid out, said beside what some work brings in, is no income (pure).

"£45 a head, 20 kids. I pay £200 a month for the hall", "sold 3 boats at 4k, the timber ran
me 2k", "bought the van for 9 grand": asked what a piece of work brings in, people often name
what it costs them beside it. A figure said as paid out (a verb of paying with the person as
its subject, "ran me", "cost us", "bought ... for", "parts ... 3k") is a cost, never a rival
income; the figures said as coming in are read as they are. A message whose every figure is
paid out is left as it was (the planner asks).
"""

from __future__ import annotations

import re

from agent.interviewer.reading.quantity import Quantity

__all__ = ["without_costs"]

_MONEY = frozenset({"money", "bare"})
#: Words just before an amount (in its own clause) saying it is paid out.
_PAID_BEFORE = re.compile(
    r"(?:\b(?:i|we)\s+(?:also\s+|still\s+|then\s+)?(?:give|gave|pay|paid|spend|spent|owe|"
    r"hand over|handed over|lose|lost)\b"
    r"|\b(?:ran|runs?|costs?|cost|set)\s+(?:me|us)(?:\s+back)?\b"
    r"|\bbought\s+(?:\w+\s+){0,2}for\b"
    # "fertiliser and labour took 2.1m": a cost named as what took the money
    r"|\b(?:fertili[sz]ers?|labou?r|wages|materials|fuel|diesel|feed|seed|stock|rent|costs?|"
    r"expenses)\s+(?:\w+\s+)?(?:took|ate|swallowed|came to|cost)\b"
    r"|\b(?:parts|materials|supplies|overheads|expenses)\b(?:\s+(?:also|alone|are|were|is|"
    r"was|came to|come to|cost|about|around|maybe|like|roughly|another))*"
    r")[^,.;!?]{0,25}$"
)


def without_costs(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` without the amounts said as paid out, when another amount is left."""
    paid = [q for q in found if q.kind in _MONEY and _paid(q, text)]
    kept = [q for q in found if q.kind in _MONEY and q not in paid]
    if not paid or not kept:
        return found
    return [q for q in found if q not in paid]


#: Words of what is left once costs are paid: "to me after materials 41k" is kept, no cost.
_LEFT_AFTER = re.compile(r"\b(?:after|less|minus|net of|once|excluding|to me|kept|keep|profit)\b")


def _paid(q: Quantity, text: str) -> bool:
    clause_start = max(text.rfind(c, 0, q.start) for c in ",.;!?\n") + 1
    said = text[max(clause_start, q.start - 60) : q.start]
    return bool(_PAID_BEFORE.search(said)) and not _LEFT_AFTER.search(said)
