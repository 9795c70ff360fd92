"""How a work's pay swings, said in passing after its figures, is no name of new work.

In a list of works with their figures ("lessons 4 hours, 9k a year, up and down with the
terms"), a part that only says how the pay moves describes the work named before it: it is its
volatility, never a work called "up and down with the terms".
"""

from __future__ import annotations

from agent.interviewer.reading import cues


def describes_named(name: str, named: str | None, figures: bool) -> bool:
    """True when ``name``, the name a part with no figures of its own would give new work,
    said after the work ``named``, only says that the pay swings ("pet sitting at weekends:
    varies" still names pet sitting)."""
    return bool(named) and not figures and cues.volatility(name, asked=False) is not None
