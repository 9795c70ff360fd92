"""A stream's role put right: the role it holds denied, and the one it takes said (pure).

"pilates não é leverage, coloca como client", "making the school thing leverage? is a client
ting", "drone-inspecties is geen seed meer, dat is nu echt client werk": the stream is named
with the role the proposal gave it, and the role it should have comes after. The role said
after is the change; the role it holds is no change at all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.streams import ROLES, role_denied
from agent.interviewer.reading.types import PlanView, Reading


def put_right(readings: list[Reading], text: str, view: PlanView) -> list[Reading]:
    """The readings with a role change to the role a stream already holds replaced by the one
    other role said after it, when exactly one is."""
    held = {s.name.casefold(): s.role for s in view.streams}
    taken = {str(r.value) for r in readings if r.act == "change" and r.field == "stream.role"}
    out = []
    for r in readings:
        same = r.act == "change" and r.field == "stream.role"
        if not same or held.get((r.subject or "").casefold()) != r.value:
            out.append(r)
            continue
        said = _said_after(text, str(r.value), taken)
        out.append(replace(r, value=said, confidence=1.0, note="") if said else r)
    return out


def _said_after(text: str, held: str, taken: set[str]) -> str | None:
    """The one role said after ``held`` that no other reading took and no word denies."""
    first = re.search(rf"\b{held}\b", text)
    if first is None:
        return None
    after = text[first.end() :]
    others = {
        m.group(1)
        for m in ROLES.finditer(after)
        if m.group(1) != held and not role_denied(after[: m.start()])
    }
    return others.pop() if len(others) == 1 and not others & taken else None
