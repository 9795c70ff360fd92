"""The words for the people close to the person writing: partner, family (pure).

A message that opens on one of them ("my wife runs ...", "and my son does ...") tells of that
person, not of the one writing; the modules that tell such messages apart share this list.
"""

from __future__ import annotations

#: A partner or one of the family, as a regular-expression alternation (no groups).
KIN = (
    r"husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|son|daughter|kids?|"
    r"children|mum|mom|mother|dad|father|brother|sister|parents?"
)
