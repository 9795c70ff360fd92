"""A role said after one's age: "I am 62, an offshore medic", "I'm 34, a nurse in Leeds".

The age sits between "I am" and the role, so the role is read as "I am an offshore medic",
its own clause, and the age as "I am 62" (an age, never a figure of the plan).
"""

from __future__ import annotations

import re

_AGE_THEN_ROLE = re.compile(
    r"\b(?P<me>i'?m|im|i am)\s+(?P<age>\d{2})(?P<unit>\s*(?:years old|yrs old|y/?o))?\s*,\s*"
    r"(?P<a>an?|the)\s+(?=[a-z])"
)


def said_apart(text: str) -> str:
    """``text`` (lower case) with a role said after the age given its own "I am"."""
    return _AGE_THEN_ROLE.sub(
        lambda m: (
            f"{m.group('me')} {m.group('age')}{m.group('unit') or ''}, "
            f"{m.group('me')} {m.group('a')} "
        ),
        text,
    )
