"""A stream's value on record said beside the new one (pure).

"I would put repairs at eight hours rather than ten", "Restoration 8 hours is too much, make
6", "the croft's never 6 hours, it's 10 at least", "from seed to client": while the proposal
is discussed, a change names the value the stream holds and the one it should hold. The
value the plan already holds is what is being changed, so the other one is the change, in
whatever order and words the two are said. When the person comes back to the value held
("retreats to 6h. hmm no, keep retreats at 4") nothing is settled this way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import SURE
from agent.interviewer.reading.types import PlanView, Reading

_FIELDS = frozenset({"stream.target_hours", "stream.role"})
#: Words that go back to the value held, or take the new one back.
_BACK_TO_HELD = re.compile(
    r"\b(?:keep|stay|stays|leave|remain|as it is|as is|no wait|wait,? no|hmm+,? no|"
    r"actually,? no|scratch that|on second thoughts?)\b"
)


def beside_held(readings: list[Reading], view: PlanView, text: str) -> list[Reading]:
    """``readings`` where, of two changes of one field of one stream, the one equal to the
    value the stream holds is dropped and the other stands."""
    if _BACK_TO_HELD.search(text):
        return readings
    groups: dict[tuple[str, str], list[Reading]] = {}
    for r in readings:
        if r.act == "change" and r.field in _FIELDS and r.subject:
            groups.setdefault((r.field, r.subject.casefold()), []).append(r)
    dropped: set[int] = set()
    raised: dict[int, Reading] = {}
    for (field, subject), said in groups.items():
        held = _held(view, subject, field)
        same = [r for r in said if held is not None and _equal(r.value, held)]
        other = [r for r in said if r not in same]
        if not same or len(other) != 1:
            continue
        dropped |= {id(r) for r in same}
        sure = max([r.confidence for r in said] + [SURE])
        raised[id(other[0])] = replace(other[0], confidence=sure)
    return [raised.get(id(r), r) for r in readings if id(r) not in dropped]


def _held(view: PlanView, subject: str, field: str) -> object:
    for stream in view.streams:
        if stream.name.casefold() == subject:
            return stream.hours if field == "stream.target_hours" else stream.role
    return None


def _equal(value: object, held: object) -> bool:
    if isinstance(held, (int, float)) and isinstance(value, (int, float)):
        return abs(float(value) - float(held)) < 0.01
    return str(value).casefold() == str(held).casefold()
