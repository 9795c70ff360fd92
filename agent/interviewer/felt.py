"""How work feels, said while another of its questions is asked (pure).

"it's knackering" while the income of the supper club is asked for being steady or not is no
answer there, and the reading at that question finds nothing in it; said of the work being
asked about, it is that work's energy, read at that work's own energy question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.interviewer import names
from agent.interviewer.reading import asks
from agent.interviewer.reading.types import PlanView, Reading

Reader = Callable[[str, PlanView, str], list[Reading]]

#: The questions of one work where a feeling said alone is that work's energy.
_OTHER_FIELDS = frozenset({"volatility", "hours", "revenue"})
#: Longer messages tell more than a feeling; a figure is the answer's own.
_MAX_WORDS = 10


def of_asked(readings: list[Reading], reader: Reader, text: str, view: PlanView,
             ask: str) -> list[Reading]:  # fmt: skip
    """The energy of the work asked about, when the message read nothing at the open question
    and, read at that work's energy question, says only how the work feels; else
    ``readings`` as they were."""
    work = asks.work(ask)
    if (
        not work
        or asks.field(ask) not in _OTHER_FIELDS
        or any(r.act != "nothing" for r in readings)
    ):
        return readings
    if re.search(r"\d", text) or len(text.split()) > _MAX_WORDS or "?" in text:
        return readings
    again = reader(text, view, f"act:energy:{work}")
    if len(again) != 1 or again[0].act != "fact" or again[0].field != "activity.energy":
        return readings
    if not names.same(str(again[0].subject or work), work):
        return readings
    return again
