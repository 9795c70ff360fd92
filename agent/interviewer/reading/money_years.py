"""A four-digit figure said at a money question: an amount, unless a word makes it a year.

The quantity finder reads "2000" or "2015" as a year when nothing beside it says what it is,
since "since 2015" and "back in 2008" are how people date things. At the questions that ask
for an amount (a month's spending, savings, one activity's income) a bare "2000" is the
amount asked for; only a word of time before it ("since", "in", "back in", "until",
"march") or after it ("onwards") keeps it a year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import asks
from agent.interviewer.reading.quantities import Quantity

#: The questions whose answer is an amount of money.
_MONEY_ASKS = frozenset({"spending", "buffer", "act:revenue"})
#: Words of time just before a figure that make it a year ("since 2000", "in march 2019").
_DATED_BEFORE = re.compile(
    r"\b(?:since|in|from|by|until|till|til|before|after|during|circa|around the year|year|"
    r"back in|born|started|start|began|left|joined|moved|of|jan\w*|feb\w*|mar\w*|apr\w*|may|"
    r"jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|summer|winter|spring|autumn|fall|"
    r"class of|est\.?)\s*'?$"
)
#: Words of time just after a figure that make it a year ("2015 onwards", "2019 and 2020"),
#: or a colon that makes it the label of the figure after it ("2025: 84k").
_DATED_AFTER = re.compile(r"^\s*(?:onwards?|on\b|and (?:19|20)\d\d|-\s*(?:19|20)?\d\d\b|:\s*\S)")


def as_money(quantities: list[Quantity], text: str, ask: str) -> list[Quantity]:
    """The quantities of ``text`` with a year said bare and alone at a money question read as
    an amount (``bare``, as "1800" is read); any other question, a dated year, or a year beside
    other figures is kept."""
    if asks.kind(ask) not in _MONEY_ASKS or len(quantities) != 1:
        return (
            quantities  # beside other figures ("9000 saved, 2000 for the car") it is read as before
        )
    return [replace(q, kind="bare") if _bare_year(q, text) else q for q in quantities]


def _bare_year(q: Quantity, text: str) -> bool:
    before, after = text[: q.start].rstrip(), text[q.end :]
    return (
        q.kind == "year"
        and _DATED_BEFORE.search(before) is None
        and _DATED_AFTER.match(after) is None
    )
