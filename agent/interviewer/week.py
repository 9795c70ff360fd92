"""Adjusting time blocks and feedback loops in plain words (pure).

"move consulting to Saturday morning", "put the blog on Sunday 9-11", "writing on Tuesday and
Thursday evenings", "add consulting on Friday 14-16", "drop the loop from consulting to the
podcast", "the course funds the seed". While a proposal is on the table the change edits the
proposal; once the blocks or loops are in the plan it becomes ``remove_time_block`` /
``add_time_block`` (or loop) tool calls, so the rules judge it like any other change.
A change that would overlap another block (PC018) or leave a stream in no loop (PC011) is
explained instead of made.
"""

from __future__ import annotations

import re
from typing import Any

from agent.interviewer import when
from agent.interviewer.flow import Answer, call
from agent.interviewer.parse import fmt_number
from agent.plan.models import Plan

SHORT = {d: d[:3].title() for d in when.DAYS}
_ADD = re.compile(r"^(?:please\s+)?(?:also\s+)?add\b|\b(?:also|another|extra|as well)\b")
_DROP = re.compile(r"\b(?:drop|remove|delete|cut|scrap|stop|end|no more|get rid of)\b")
_LINK = re.compile(r"\b(?:loops?|links?)\b")
_KINDS = {
    "teaches": r"teach(?:es)?|taught|feeds?|informs?|trains?|inspires?",
    "funds": r"funds?|funded|pays? for|finances?|bankrolls?|subsidi[sz]es?",
    "protects": r"protects?|shields?|cushions?",
}
#: Where a block starts when only a day is named.
MORNING, EVENING = when.PERIODS["morning"][0], when.PERIODS["evening"][0]


def adjust(text: str, plan: Plan, proposal: list[dict[str, Any]], said: str = "") -> Answer | None:
    """The change the text asks of the week, or ``None`` when it asks none.

    Blocks (or loops) still in ``proposal`` are edited there (``Answer.proposal``); the ones
    already in the plan get tool calls that settle the pseudo-question ``week``. ``said`` is
    the message as typed, kept as the note of a new loop.
    """
    named = when.streams_named(text, plan)
    low = when.lower(text)
    if (_LINK.search(low) and _DROP.search(low)) or _kind_between(low, named):
        return _loops(low, plan, named, proposal, (said or text).strip().rstrip("."))
    if len(named) == 1 and when.days(low):
        return _blocks(low, plan, named[0][1], proposal)
    return None


# --- time blocks ---------------------------------------------------------------------------


def _blocks(low: str, plan: Plan, sid: str, proposal: list[dict[str, Any]]) -> Answer:
    stream = next(s for s in plan.streams if s.id == sid)
    proposed = any(c["name"] == "add_time_block" for c in proposal)
    current = _current_blocks(plan, proposal, proposed)
    own = [b for b in current if b["stream_id"] == sid]
    keep = bool(_ADD.search(low))
    slots = when.slots(low)
    if keep and any(s.start is None for s in slots):
        return Answer(reply=f"Give me the times for the extra block, e.g. 'add {stream.name} "
                      f"on {slots[0].weekday.title()} 14-16'.")  # fmt: skip
    total = sum(_length(b) for b in own) or round(stream.target_hours * 60)
    part = when.period(low)
    new = [_slot_args(sid, s, total // 15 // len(slots) * 15, part, stream.role) for s in slots]
    if any(when.minutes(b["end"]) > 24 * 60 for b in new) or any(_length(b) <= 0 for b in new):
        return Answer(
            reply=f"That doesn't fit in one day for {stream.name}; split it over more days "
            "('on Tuesday and Thursday evenings') or give the times."
        )
    others = current if keep else [b for b in current if b["stream_id"] != sid]
    # In the plan, the rules judge the calls (PC018) and a refused move is rolled back.
    clash = _clash(new, others, plan) if proposed else ""
    if clash:
        return Answer(reply=clash)
    notes = [f"{stream.name} now: " + ", ".join(_slot_text(b) for b in (own if keep else [])
                                                 + new) + "."]  # fmt: skip
    planned = sum(_length(b) for b in (own if keep else [])) + sum(_length(b) for b in new)
    if abs(planned / 60 - stream.target_hours) > 1:
        notes.append(f"That gives {stream.name} {fmt_number(planned / 60)} h a week against "
                     f"its target of {fmt_number(stream.target_hours)} h (PC019 will note "
                     "it).")  # fmt: skip
    if proposed:
        kept = [c for c in proposal if keep or c["args"].get("stream_id") != sid
                or c["name"] != "add_time_block"]  # fmt: skip
        blocks = [c for c in kept if c["name"] == "add_time_block"]
        blocks += [call("add_time_block", **b) for b in new]
        return Answer(proposal=[*blocks, *(c for c in kept if c["name"] != "add_time_block")],
                      notes=notes)  # fmt: skip
    removes = [] if keep else [call("remove_time_block", block_id=b.id)
                               for b in plan.time_blocks if b.stream_id == sid]  # fmt: skip
    adds = [call("add_time_block", **b) for b in new]
    return Answer([*removes, *adds], ["week"], notes)


def _current_blocks(plan: Plan, proposal: list[dict[str, Any]], proposed: bool) -> list[Any]:
    """The week's blocks as argument dicts: the proposal's and the plan's."""
    held = [b.model_dump(exclude={"id"}) for b in plan.time_blocks]
    offered = [dict(c["args"]) for c in proposal if c["name"] == "add_time_block"]
    return held + offered if proposed else held


def _slot_args(
    sid: str, slot: when.Slot, total: int, part: str | None, role: str
) -> dict[str, Any]:
    if slot.start is not None and slot.end is not None:
        start, end = slot.start, slot.end
    else:
        weekday = slot.weekday in when.DAYS[:5]
        default = EVENING if weekday and role != "anchor" else MORNING
        start = when.PERIODS[part][0] if part else default
        end = start + total
    return {"stream_id": sid, "weekday": slot.weekday, "week_of_month": "every",
            "start": when.clock(start), "end": when.clock(min(end, 24 * 60 + 1))}  # fmt: skip


def _length(block: dict[str, Any]) -> int:
    return when.minutes(block["end"]) - when.minutes(block["start"])


def _slot_text(block: dict[str, Any]) -> str:
    return f"{SHORT[block['weekday']]} {block['start']}-{block['end']}"


def _clash(new: list[dict[str, Any]], others: list[dict[str, Any]], plan: Plan) -> str:
    """Why the new blocks overlap another block (PC018), or ''."""
    names = {s.id: s.name for s in plan.streams}
    for n, block in enumerate(new):
        for other in [*others, *new[n + 1 :]]:
            if _overlaps(block, other):
                return (
                    f"I can't put {names[block['stream_id']]} on {_slot_text(block)}: it would "
                    f"overlap {names.get(other['stream_id'], other['stream_id'])} "
                    f"({_slot_text(other)}), and blocks must not overlap (PC018). Pick another "
                    "day or time, or move the other stream first."
                )
    return ""


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["weekday"] != b["weekday"]:
        return False
    return when.minutes(a["start"]) < when.minutes(b["end"]) and when.minutes(
        b["start"]
    ) < when.minutes(a["end"])


# --- feedback loops ------------------------------------------------------------------------


def _kind_between(low: str, named: list[tuple[int, str]]) -> str | None:
    """The loop kind said between the first two streams named ("the course funds the seed")."""
    if len(named) < 2:
        return None
    middle = low[named[0][0] : named[1][0]]
    for kind, words in _KINDS.items():
        if re.search(rf"\b(?:{words})\b", middle):
            return kind
    return None


def _loops(
    low: str, plan: Plan, named: list[tuple[int, str]], proposal: list[dict[str, Any]], said: str
) -> Answer:
    names = {s.id: s.name for s in plan.streams}
    if len(named) < 2:
        return Answer(reply="Which two streams? e.g. 'drop the loop from "
                      f"{_example(plan)}' or '{_example(plan, ' funds ')}'.")  # fmt: skip
    source, target = named[0][1], named[1][1]
    proposed = any(c["name"] == "add_feedback_loop" for c in proposal)
    loops = [dict(c["args"]) for c in proposal if c["name"] == "add_feedback_loop"]
    loops = loops if proposed else [loop.model_dump() for loop in plan.feedback_loops]
    label = f"{names[source]} to {names[target]}"
    if _DROP.search(low) and _LINK.search(low):
        kind = next((k for k, w in _KINDS.items() if re.search(rf"\b(?:{w})\b", low)), None)
        gone = [lp for lp in loops if (lp["from_stream"], lp["to_stream"]) == (source, target)
                and kind in {None, lp["kind"]}]  # fmt: skip
        if not gone:
            return Answer(reply=f"There's no loop from {label}. The loops are: "
                          + "; ".join(_loop_text(lp, names) for lp in loops) + ".")  # fmt: skip
        left = [lp for lp in loops if lp not in gone]
        alone = [names[s] for s in names if _in_loop(s, loops) and not _in_loop(s, left)]
        if alone:
            return Answer(reply=f"Dropping it would leave {', '.join(alone)} in no loop, and "
                          "every stream needs one for the final plan (PC011). Add another "
                          f"first, e.g. '{alone[0]} teaches ...'.")  # fmt: skip
        notes = [f"Dropped the loop from {label}."]
        if proposed:
            kept = [
                c for c in proposal if c["name"] != "add_feedback_loop" or c["args"] not in gone
            ]
            return Answer(proposal=kept, notes=notes)
        removes = [call("remove_feedback_loop", from_stream=lp["from_stream"],
                        to_stream=lp["to_stream"], kind=lp["kind"]) for lp in gone]  # fmt: skip
        return Answer(removes, ["week"], notes)
    kind = _kind_between(low, named) or "teaches"
    if source == target:
        return Answer(reply="A loop joins two different streams (PC013); name two of them.")
    if any((lp["from_stream"], lp["to_stream"], lp["kind"]) == (source, target, kind)
           for lp in loops):  # fmt: skip
        return Answer(reply=f"{names[source]} already {kind} {names[target]} in the plan.")
    args = {"from_stream": source, "to_stream": target, "kind": kind, "note": said}
    notes = [f"Added: {names[source]} {kind} {names[target]}."]
    if proposed:
        return Answer(proposal=[*proposal, call("add_feedback_loop", **args)], notes=notes)
    return Answer([call("add_feedback_loop", **args)], ["week"], notes)


def _in_loop(sid: str, loops: list[dict[str, Any]]) -> bool:
    return any(sid in (lp["from_stream"], lp["to_stream"]) for lp in loops)


def _loop_text(loop: dict[str, Any], names: dict[str, str]) -> str:
    source, target = names.get(loop["from_stream"], "?"), names.get(loop["to_stream"], "?")
    return f"{source} {loop['kind']} {target}"


def _example(plan: Plan, joint: str = " to ") -> str:
    first = plan.streams[0].name if plan.streams else "consulting"
    second = plan.streams[1].name if len(plan.streams) > 1 else "the podcast"
    return f"{first}{joint}{second}"
