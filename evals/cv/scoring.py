"""How a reported skill is matched to an expected one: the same rule for every split.

An expected skill has a ``name`` and optional ``also`` (other fair names). A reported skill
matches it when, for the name or any ``also`` entry:

1. **Equal names**: the normalised names are equal (case, punctuation, ``&`` -> "and", a plural
   ``s``; ``knowledge.cv.words.normalise``); or
2. **Significant words**: the stems of the meaningful words of one name are all among those
   of the other ("staff scheduling" / "schedule staff"; "wound care" / "wound care and
   dressings"), the smaller set holds at least half as many stems as the larger, and a
   one-word side is not a generic word ("management", "design", "care" alone match nothing
   longer).

Counting follows the shared CV format: a reported skill that matches any expected skill is
correct, and one that matches nothing expected is a false positive; an expected skill is found
when at least one reported skill matches it. So precision = reported skills matching an expected
one / reported skills, and recall = expected skills matched / expected skills. Two reported
names that both fall under one expected entry (its ``also`` groups them, "DNS" and "LDAP" under
"network services") are both correct and find it once. The rule is lexical on purpose: it has no
threshold to tune, so it cannot be fitted to any split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from knowledge.cv.words import normalise, significant

_GENERIC = {
    "manag", "design", "develop", "analyz", "car", "support", "plan", "research", "servic",
    "work", "communic", "admin", "system", "softwar", "technic", "health", "safety", "project",
    "team", "data", "customer", "client", "product", "digital", "busines", "oper",
}  # fmt: skip


@dataclass(frozen=True)
class Expected:
    """One skill a careful reader lists: its name and other fair names."""

    name: str
    also: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The name first, then the others."""
        return (self.name, *self.also)


def expected_skill(raw: Any) -> Expected:
    """An expected skill from a case file: a plain name or ``{name, also}``."""
    if isinstance(raw, str):
        return Expected(raw)
    if isinstance(raw, dict) and isinstance(raw.get("name"), str):
        also = raw.get("also") or []
        return Expected(raw["name"], tuple(str(item) for item in also))
    raise ValueError(f"an expected skill must be a name or {{name, also}}, not {raw!r}")


def same_skill(reported: str, expected: Expected) -> bool:
    """True when the reported name names the expected skill under the rule above."""
    return any(_names_match(reported, name) for name in expected.names)


def _names_match(reported: str, expected: str) -> bool:
    if normalise(reported) == normalise(expected):
        return True
    left, right = set(significant(reported)), set(significant(expected))
    if not left or not right:
        return False
    small, large = (left, right) if len(left) <= len(right) else (right, left)
    if not small <= large or 2 * len(small) < len(large):
        return False
    return len(small) >= 2 or small == large or not small <= _GENERIC


def match(reported: Sequence[str], expected: Sequence[Expected]) -> list[tuple[int, int]]:
    """Every pair (reported index, expected index) whose names match under the rule above."""
    return [
        (i, j)
        for i, name in enumerate(reported)
        for j, item in enumerate(expected)
        if same_skill(name, item)
    ]


def score(
    reported: Sequence[str], expected: Sequence[Expected], absent: Sequence[str] = ()
) -> dict[str, Any]:
    """Counts, precision, recall, the misses, the false positives and the forbidden skills."""
    pairs = match(reported, expected)
    hit_reported = {i for i, _ in pairs}
    hit_expected = {j for _, j in pairs}
    forbidden = [name for name in reported if any(_names_match(name, a) for a in absent)]
    found, wanted = len(reported), len(expected)
    return {
        "found": found,
        "expected": wanted,
        # Reported skills that name an expected one (precision's numerator) and expected
        # skills found at least once (recall's): equal unless two names fall under one entry.
        "correct": len(hit_reported),
        "matched": len(hit_expected),
        "precision": round(len(hit_reported) / found, 3) if found else 0.0,
        "recall": round(len(hit_expected) / wanted, 3) if wanted else 1.0,
        "missed": [item.name for j, item in enumerate(expected) if j not in hit_expected],
        "extra": [name for i, name in enumerate(reported) if i not in hit_reported],
        "forbidden": forbidden,
    }
