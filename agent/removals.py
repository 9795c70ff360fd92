"""What a turn removed from the plan, said in the reply whatever the model itself wrote.

A language model may remove a stream, a skill or a block (``remove_*``), or replace the
streams by adopting an option or applying a review suggestion that stops one. The person must
hear about it from the planner, not only if the model chooses to mention it: the session
collects each accepted removal of the turn (:func:`removed_item`) and ends the reply with
:func:`removal_note`, which names them and says how to take them back.
"""

from __future__ import annotations

from agent.plan import Plan
from agent.plan import operations as ops

#: Items named one by one; more are counted.
MAX_NAMED = 8


def removed_item(plan: Plan, operation: ops.Op) -> str | None:
    """How to name what ``operation`` removes from ``plan`` (``None``: it removes nothing)."""
    if isinstance(operation, ops.RemoveStream):
        stream = plan.stream(operation.stream_id)
        name = stream.name if stream else operation.stream_id
        return f"the stream '{name}' with its time blocks and feedback loops"
    if isinstance(operation, ops.RemoveActivity):
        return f"the activity '{operation.name}'"
    if isinstance(operation, ops.RemoveSkill):
        return f"the skill '{operation.name}'"
    if isinstance(operation, ops.RemoveTimeBlock):
        block = next((b for b in plan.time_blocks if b.id == operation.block_id), None)
        if block is None:
            return f"the time block '{operation.block_id}'"
        stream = plan.stream(block.stream_id)
        owner = stream.name if stream else block.stream_id
        return f"the {block.weekday} {block.start}-{block.end} time block of '{owner}'"
    if isinstance(operation, ops.RemoveFeedbackLoop):
        names = {s.id: s.name for s in plan.streams}
        giver = names.get(operation.from_stream, operation.from_stream)
        taker = names.get(operation.to_stream, operation.to_stream)
        return f"the loop '{giver}' {operation.kind} '{taker}'"
    return None


def removal_note(removed: list[str], changes: int) -> str:
    """The closing lines of a reply after removals: what went, and how to bring it back."""
    named = "; ".join(removed[:MAX_NAMED])
    if len(removed) > MAX_NAMED:
        named += f"; and {len(removed) - MAX_NAMED} more"
    undo = "press 'Undo last change' or ask me to undo"
    if changes > 1:
        undo = f"{undo}, {changes} times: once for each change made in this turn"
    return f"Removed from your plan: {named}. To bring it back, {undo}."
