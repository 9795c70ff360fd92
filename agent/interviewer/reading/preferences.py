"""A preference said with "I want", which asks for no stream (pure).

"workshops up to 4 hours a week, I want to teach more than I massage" says which work the
person would rather do; read as a wish, its name would be "teach more than". A wish whose name
ends on a comparison ("more than", "rather than") or is a bare "more" or "less" of something is
a preference, not a stream asked for, and is not recorded.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

_COMPARED = re.compile(
    r"\b(?:more|less|rather|other) than$|\binstead of$|^(?:do |doing )?(?:more|less)(?: of)?$"
)


def without_preferences(readings: list[Reading]) -> list[Reading]:
    """``readings`` without the wishes whose name is a comparison."""
    return [
        r
        for r in readings
        if not (r.act == "wish" and not r.remove and _COMPARED.search((r.subject or "").strip()))
    ]
