"""A role named and then its pieces of work ("I'm a musician... I play in 2 bands and I teach
guitar"): the pieces are the work, and the role only names them together, so it is no piece of
work of its own (pure).

The role is kept when it has figures of its own ("I'm a nurse, 36 hours"), when fewer than two
pieces follow it, or when the pieces are said to be beside it ("I also ...", "on the side"):
then they are other work than the role.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import roles
from agent.interviewer.reading.types import Reading

#: "I'm a musician", "I am an illustrator", "im a photographer".
_I_AM = re.compile(r"\b(?:i'?m|i am|im)\s+(?:an?\s+)?(?P<role>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)")
#: Work said to be beside the role, so other work than it.
_BESIDE = re.compile(
    r"\b(?:also|as well|too|besides|on the side|side hustle|side gig|in my spare time|"
    r"outside (?:of )?(?:that|work)|on top|evenings|weekends|plus)\b"
)


def without_role(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` without the role's activity when the message names the role and then two
    or more pieces of work it is made of."""
    low = text.casefold()
    said = _I_AM.search(low)
    if said is None:
        return readings
    work = [r for r in readings if r.act == "fact" and r.field == "activity"]
    role = next((r for r in work if str(r.value).casefold() in said.group("role")
                 and roles.is_role(str(r.value))), None)  # fmt: skip
    if role is None:
        return readings
    figured = any(r.subject and str(r.subject).casefold() == str(role.value).casefold()
                  for r in readings if (r.field or "").startswith("activity."))  # fmt: skip
    after = low[said.end() :]
    pieces = [r for r in work if r is not role and str(r.value).casefold().split()[0][:4] in after]
    if figured or len(pieces) < 2 or _BESIDE.search(after) or re.search(r"\d", low[: said.end()]):
        return readings
    return [r for r in readings if r is not role]
