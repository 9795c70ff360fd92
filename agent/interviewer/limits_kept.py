"""What the week's proposal says about the person's limits (pure).

Each recorded limit is read as times of the week (:mod:`agent.interviewer.week_limits`).
The proposal names the limits its blocks keep clear of as honoured, the block that falls in a
limit's times when the person moved one there, the limits that could not be read (the person
checks those), and each stream whose hours found no room in the times the limits leave.
"""

from __future__ import annotations

from typing import Any

from agent.interviewer import when
from agent.interviewer.reading.numbers import format_number
from agent.interviewer.schedule import propose_week
from agent.interviewer.week_limits import Limit, read_limits
from agent.plan.models import Plan

#: The limits read and kept.
HONOURED = "These blocks keep clear of the times your limits rule out ({limits})."
#: The limits that could not be read as times of the week.
LIMITS_UNREAD = (
    "I could not read {limits} as times of the week, so these blocks may not respect "
    "{them}: move any block that clashes before you say yes."
)
#: A block the person put in a limit's times.
CLASH = "{stream} on {slot} falls in the times '{limit}' rules out."
#: The streams whose hours found no room.
SHORT = "{room} for all the hours: {streams}. Lower {which} hours, or tell me when {it} can go."


def lines(blocks: list[dict[str, Any]], plan: Plan) -> list[str]:
    """The proposal's lines about the limits, for the blocks on the table (argument dicts)."""
    said = plan.capacity.constraints if plan.capacity else []
    limits = read_limits(said)
    clashes = [(c, limit) for c in blocks for limit in limits if _breaks(limit, c)]
    out = [_clash(c, limit, plan) for c, limit in clashes]
    broken = {id(limit) for _, limit in clashes}
    kept = [limit for limit in limits if limit.whole and id(limit) not in broken]
    if kept and blocks:
        out.append(HONOURED.format(limits=_quoted(kept)))
    unread = [limit for limit in limits if not limit.whole and id(limit) not in broken]
    if unread and blocks:
        them = "it" if len(unread) == 1 else "them"
        out.append(LIMITS_UNREAD.format(limits=_quoted(unread), them=them))
    return out + _short(blocks, plan, bool(limits))


def _breaks(limit: Limit, block: dict[str, Any]) -> bool:
    args = block["args"]
    return not limit.allows(args["weekday"], when.minutes(args["start"]), when.minutes(args["end"]))


def _clash(block: dict[str, Any], limit: Limit, plan: Plan) -> str:
    args = block["args"]
    name = next((s.name for s in plan.streams if s.id == args["stream_id"]), args["stream_id"])
    slot = f"{args['weekday'].title()} {args['start']}-{args['end']}"
    return CLASH.format(stream=name, slot=slot, limit=limit.said)


def _short(blocks: list[dict[str, Any]], plan: Plan, limited: bool) -> list[str]:
    """A line naming each stream the week had no room for in full, while the blocks on the
    table still give it less than its target (a quarter hour spare)."""
    said = []
    for short in propose_week(plan).short:
        stream = next(s for s in plan.streams if s.id == short.stream_id)
        args = [c["args"] for c in blocks if c["args"]["stream_id"] == stream.id]
        planned = sum(when.minutes(a["end"]) - when.minutes(a["start"]) for a in args) / 60
        if planned < stream.target_hours - 0.25:
            target = format_number(stream.target_hours)
            said.append(f"{stream.name} gets {format_number(planned)} of its {target} h a week")
    if not said:
        return []
    room = "The times your limits leave have no room" if limited else "The week has no room"
    one = len(said) == 1
    return [SHORT.format(room=room, streams="; ".join(said), which="its" if one else "their",
                         it="it" if one else "they")]  # fmt: skip


def _quoted(limits: list[Limit]) -> str:
    said = [f"'{limit.said}'" for limit in limits]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
