"""Pay said as a best case, or as a part beside a base that is not sized (pure: no I/O).

"basic 4,100, with overtime it can reach 5k+": the larger figure is what the pay comes to at
best, and the basic is said without its period; adding them, or taking either as the year,
would put in the plan a figure the person did not give. "15 an hour base, but tips are like
200 a weekend": the tips are one part of the pay, the other (the hourly base over hours not
said) is unknown, so the tips alone are no year's income. Both are asked back, unless the
figure with the tips is said as the whole ("around 40k total with tips").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

_REVENUE = "activity.annual_revenue"
#: Words of a figure said as the most it reaches: "can reach 7k+", "up to 900", "as much as".
_BEST_CASE = re.compile(
    r"\b(?:can|could|may|might) (?:reach|hit|go up to|get to|be up to)\b|\bup to\b|"
    r"\bas much as\b|\bat (?:the )?(?:most|best)\b|\d\s*k?\+"
)
#: A rate said with no hours, read elsewhere as needing them.
_RATE_ONLY = "an hourly rate: how many hours?"
#: Words that make a figure one part of the pay beside a base: tips, commission.
_OTHER_PART = re.compile(r"\b(?:tips?|commission|gratuit(?:y|ies))\b")
_BASE = re.compile(r"\b(?:base|basic)\b")
#: The pay said whole, with the tips in it ("about 48k total with tips"): no part.
_WHOLE = re.compile(
    r"\b(?:total|in all|all in|altogether)\b.*\b(?:with|w/?|incl\w*|including)\s+(?:the\s+|my\s+)?"
    r"(?:tips?|tokes|commission)\b|\b(?:with|w/?|incl\w*|including)\s+(?:the\s+|my\s+)?"
    r"(?:tips?|tokes|commission)\b.*\b(?:total|in all|all in|altogether)\b"
)


def asked_back(rivals: list[Reading], text: str) -> list[Reading] | None:
    """The rivals for one work's income asked back when one is a best case or the others are
    parts beside a base not sized; None when neither is said."""
    if rivals[0].field != _REVENUE or len(rivals) < 2:
        return None
    best = [r for r in rivals if r.confident and _BEST_CASE.search(r.span or "")]
    if best and len(best) < len(rivals):
        return [replace(r, confidence=UNSURE, note="usually, or at best?") for r in rivals]
    unsized = [r for r in rivals if not r.confident and r.note == _RATE_ONLY]
    parts = [r for r in rivals if r.confident and _OTHER_PART.search(r.span or "")]
    wholes = [r for r in parts if _WHOLE.search(r.span or "")]
    if unsized and len(wholes) == 1 and _BASE.search(text):  # "$48k total last year w tips"
        return [replace(wholes[0], note="the whole pay, with the tips in it")]
    if unsized and parts and _BASE.search(text):
        return [replace(r, confidence=UNSURE, note="and the base: over how many hours?")
                for r in parts]  # fmt: skip
    return None
