"""Hours of work the person does now, said while the capacity question is open.

"about 10 on top of my 39 hours at the depot", "my contract is 37.5 but I'd cap it at 45",
"Around fifty. I already do 39 on the buses": the figure said as the work done now is that
work's hours, not the capacity. It belongs to the plan's only activity, else to the place or
job named beside it; with neither it stays where the rest of the reading puts it.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import names
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantities import Quantity

_HEDGE = r"(?:about|around|roughly|like|maybe|~)?\s*"
#: Words before a figure that say it is the work done now.
_NOW_BEFORE = re.compile(
    r"\b(?:on top of|besides|as well as|alongside)\s+(?:my|the)\s+"
    + _HEDGE
    + r"$|\balready (?:do|work|put in)\s+"
    + _HEDGE
    + r"$|\bmy (?:(?:day |main |normal )?job|contract|rota)\s+is\s+"
    + _HEDGE
    + r"$|\bincluding\s+(?:my|the)\s+"  # "48 in all, including the 37.5 at the ministry"
    + _HEDGE
    + r"$|\b(?:full[- ]time|my hours|my contracted hours)\s+(?:is|are)\s+"
    + _HEDGE
    + r"$"
)
#: "I work 40 at the depot": the work done now, when a place is named after it.
_I_WORK = re.compile(r"\bi (?:work|do)\s+" + _HEDGE + r"$")
_PLACE_AFTER = re.compile(
    r"^\s*(?:h|hrs?|hours?)?\s*(?:a week\s+)?(?:at|on|in)\s+(?:the|my)\s+"
    r"(?P<place>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s*(?=$|[,.;!?]|\b(?:and|so|but)\b)"
)
_JOB = re.compile(r"\b(?:day |main )?job\b")


def current_work(q: Quantity, frame: Frame) -> tuple[str, bool] | None:
    """The activity whose present hours ``q`` is, and whether it is new to the plan."""
    if frame.ask != "capacity" or q.kind not in {"hours", "bare"} or frame.change:
        return None
    before = frame.text[frame.sentence_start : q.start]
    end = re.search(r"[.;!?\n]", frame.text[q.end :])
    after = frame.text[q.end : q.end + end.start() if end else len(frame.text)]
    place = _PLACE_AFTER.match(after)
    if not (_NOW_BEFORE.search(before) or (place and _I_WORK.search(before))):
        return None
    known = frame.view.activities
    if len(known) == 1:
        return known[0], False
    said = place.group("place") if place else None
    if said is not None and names.generic(said):
        return ("job", True) if not known else None  # "at the day job": which one?
    if said is not None:
        held = names.known_name(said, known)
        return (held, False) if held else (said, True)
    if not known and _JOB.search(before):
        return "job", True
    return None
