"""Orders about the streams said before there are any, at a question that takes a list.

People who know where the conversation is going say how they want their streams while the
skills are still being asked: "make the DJ sets the anchor, forklift client, drop the writing
one". Read as a list of skills, each order would become a skill called "Make the DJ sets the
anchor". Such an item is an order about a stream, never a skill, an activity or a limit: it is
left out, and the reply says to give it again once the streams are proposed, when it can be
done.

An item is an order when it makes something a stream role ("make X the anchor", "X as the
seed"; the bare "forklift client" only when "forklift" names recorded work), drops something
with its article ("drop the writing one") or renames ("rename X to Y"). Pure: no LangChain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.interviewer import names
from agent.interviewer.decision import Decision
from agent.interviewer.parse import normalise
from agent.interviewer.reading.types import Reading

#: The questions whose answer is a list of things to record by name.
LIST_ASKS = frozenset({"activities", "constraints", "skills", "excited", "underused", "core"})
_LISTED = frozenset({"activity", "capacity.constraints", "skill", "skill.excites",
                     "skill.under_used", "core_skill"})  # fmt: skip
_ROLE = r"(?:anchor|client|leverage|seed)(?:\s+(?:one|stream|role))?"
_MADE = re.compile(
    rf"^(?:make|set|put|turn|have)\s+(?P<name>.+?)\s+(?:into\s+|as\s+)?(?:the|an?|my)\s+{_ROLE}$"
)
_BARE = re.compile(rf"^(?P<name>.+?)\s+(?:as\s+)?(?:(?:the|an?)\s+)?{_ROLE}$")
_DROPPED = re.compile(r"^(?:drop|remove|cut|scrap|ditch|get rid of)\s+(?:the|my|that)\s+\S")
_RENAMED = re.compile(r"^rename\s+.+?\s+(?:to|as)\s+\S")


def is_order(item: str, works: Iterable[str]) -> bool:
    """Whether a list item is an order about a stream rather than a thing to record."""
    low = normalise(item).strip(" .!")
    if _MADE.match(low) or _DROPPED.match(low) or _RENAMED.match(low):
        return True
    bare = _BARE.match(low)
    return bool(bare) and names.find(bare.group("name"), works) is not None  # type: ignore[union-attr]


def taken_out(
    readings: list[Reading], works: Iterable[str], ask: str, text: str
) -> tuple[list[Reading], list[str]]:
    """``readings`` without the list items that are orders about streams, and those orders
    (the whole ``text`` when it is one order that was read as nothing)."""
    if ask not in LIST_ASKS:
        return readings, []
    known = list(works)
    orders = [r for r in readings if r.act == "fact" and r.field in _LISTED
              and is_order(str(r.value or r.span), known)]  # fmt: skip
    if not orders and not any(r.act == "fact" for r in readings) and is_order(text, known):
        return [], [text.strip()]  # "rename the DJ sets to Wedding DJ": read as no item at all
    return [r for r in readings if r not in orders], [str(r.value or r.span) for r in orders]


def tell(decision: Decision, orders: list[str]) -> None:
    """Say that the orders wait for the streams proposal (nothing of them was recorded)."""
    said = "; ".join(f"'{o}'" for o in orders)
    note = (
        f"That sounds like how you want your streams set up ({said}), so I didn't record it "
        "here. I'll propose the streams after a few more questions; say it again then and I'll "
        "change them."
    )
    if decision.calls:
        decision.notes.append(note)
    else:
        decision.reply = note
