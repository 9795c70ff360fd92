"""Single additions queued one after another, sent as one list call (``add_week``,
``add_streams``): one round of the agent loop, one event and one step back for the whole
accepted week or streams, which the rules check item by item as before (pure)."""

from __future__ import annotations

from typing import Any

#: Single tool -> (its list tool, the list's argument).
LISTED: dict[str, tuple[str, str]] = {
    "add_time_block": ("add_week", "blocks"),
    "add_feedback_loop": ("add_week", "loops"),
    "add_stream": ("add_streams", "streams"),
}
#: List tool -> its lists in the order they apply, each with its single tool.
ITEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "add_week": (("blocks", "add_time_block"), ("loops", "add_feedback_loop")),
    "add_streams": (("streams", "add_stream"),),
}


def next_call(queue: list[dict[str, Any]], limit: int) -> dict[str, Any]:
    """Take the next call off ``queue``: two or more single additions of one list tool in a
    row become one call of it (at most ``limit`` of them), as long as their order is the one it
    applies them in (a block after a loop ends the run)."""
    first = queue.pop(0)
    tool = LISTED.get(first["name"], ("", ""))[0]
    if not tool:
        return first
    order = [single for _, single in ITEMS[tool]]
    run = [first]
    while len(run) < limit and queue and queue[0]["name"] in order[order.index(run[-1]["name"]) :]:
        run.append(queue.pop(0))
    if len(run) == 1:
        return first
    args = {key: [dict(c["args"]) for c in run if c["name"] == single]
            for key, single in ITEMS[tool]}  # fmt: skip
    return {"name": tool, "args": {k: v for k, v in args.items() if v}}


def singles(name: str, args: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The single calls a call stands for, in order (itself when it is no list call)."""
    if name not in ITEMS:
        return [(name, args)]
    return [(single, dict(item)) for key, single in ITEMS[name] for item in args.get(key, [])]
