"""A share of income said as a fraction: "a quarter of my income", "half the takings".

Said of income, a fraction is the percentage it names ("two thirds of what I earn" is about
67 %). Only a fraction of income words is read: "a quarter" alone is as often three months, and
"half my time" is hours.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.quantity import Quantity, span

_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
#: The fraction (numbers are digits once normalised), then the income it is a part of.
FRACTION = re.compile(
    r"\b(?P<count>a|an|one|1|2|3|4)?\s*(?P<part>half|thirds?|quarters?|fifths?|tenths?)"
    r"(?:\s+of)?(?=\s+(?:my|the|our|your|what i|what we)\s+(?:total\s+|overall\s+)?"
    r"(?:income|earnings|money|revenue|takings|turnover|pay|earn|make|bring in)\b)"
)


def share_of(count: str | None, part: str) -> float | None:
    """The share a fraction says ("a" or "2" and "thirds": 1/3 or 2/3), or ``None`` for a
    whole or more ("4 quarters")."""
    number = 1.0 if count in {None, "", "a", "an", "one"} else float(str(count))
    whole = _PARTS[part.rstrip("s")]
    return None if number >= whole else number / whole


def fraction(match: re.Match[str]) -> Quantity | None:
    """The percentage a fraction of income names."""
    share = share_of(match.group("count"), match.group("part"))
    if share is None:
        return None  # "4 quarters of my income": no part of it
    return span(match, "percent", round(100 * share, 1))
