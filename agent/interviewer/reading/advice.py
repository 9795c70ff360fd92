"""Figures said as advice to others, not of the person's own: asked back, never stored.

"I always tell people real estate agents need 6 months", "they say you should have 3 months":
the months are a rule of thumb for everyone, not how long the person's own savings last. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

#: Words that make what follows a rule for others: "they say", "experts say", "I tell people",
#: "you should have", "agents need", "the rule of thumb is".
_FOR_OTHERS = re.compile(
    r"\b(?:they|people|experts?|everyone|advisers?|advisors?) (?:say|recommend|advise)|"
    r"\b(?:tell|told|advise|remind) (?:people|clients|everyone|others|friends)\b|"
    r"\b(?:you|one|people|everyone|(?!i\b)[a-z]+s) (?:need|should (?:have|keep)|ought to have|"
    r"must have)\b|\brule of thumb\b|\brecommended\b|\bthe advice is\b|"
    # "my accountant says I need 6 months": someone else's advice to the person
    r"\b(?:says|said|reckons|thinks|told me) (?:i|we) (?:need|should)\b"
)
_OWN = re.compile(r"\b(?:i|i've|i'd|we|we've|my|our)\s+(?:have|got|could|can|would|'d)\b")


def for_others(readings: list[Reading]) -> list[Reading]:
    """The readings with months of savings said as a rule for others asked back."""
    return [
        replace(r, confidence=min(r.confidence, UNSURE), note="your own, or a rule of thumb?")
        if r.field == "capacity.buffer_months"
        and _FOR_OTHERS.search(r.span)
        and not _OWN.search(r.span)
        else r
        for r in readings
    ]
