"""What a language model is shown of the full profile: fewer, broader tools than it can call.

Every tool stays callable by name (the guided interviewer, scripted models and earlier
conversations call them), but a model reads every shown schema in every request, so tools that
another one covers are not shown: one ``remove`` tool stands for the five ``remove_*`` ones,
``update_stream`` sets what ``set_allocation`` sets, and ``record_activity`` and ``add_skill``
change a recorded activity or skill as ``update_activity`` and ``update_skill`` would. Each
still runs one operation, checked by the same models and rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.plan import operations as ops
from agent.plan.models import LoopKind

__all__ = ["SHOWN_KEY", "UNSHOWN", "is_shown", "remove_tool", "shown_tools", "upsert_operation"]

#: Tools callable but not shown to a model (another shown tool does the same).
UNSHOWN = frozenset(
    {"remove_activity", "remove_skill", "remove_stream", "remove_time_block",
     "remove_feedback_loop", "set_allocation", "update_activity", "update_skill",
     "add_week", "add_streams"}
)  # fmt: skip
#: The metadata key that marks a tool as not shown.
SHOWN_KEY = "shown"

#: ``remove``'s ``what`` -> the tool (and operation) it stands for.
REMOVALS: dict[str, tuple[str, type[ops.Op]]] = {
    "activity": ("remove_activity", ops.RemoveActivity),
    "skill": ("remove_skill", ops.RemoveSkill),
    "stream": ("remove_stream", ops.RemoveStream),
    "time_block": ("remove_time_block", ops.RemoveTimeBlock),
    "feedback_loop": ("remove_feedback_loop", ops.RemoveFeedbackLoop),
}
REMOVE_TEXT = (
    "Remove an activity or skill (name), a stream with its blocks and loops (stream_id), a "
    "time block (block_id) or a feedback loop (from_stream, to_stream, kind)."
)


class RemoveArgs(BaseModel):
    """Arguments of ``remove``: what to remove and the fields that name it."""

    model_config = ConfigDict(extra="forbid")

    what: Literal["activity", "skill", "stream", "time_block", "feedback_loop"]
    name: str | None = Field(None, min_length=1)
    stream_id: str | None = Field(None, min_length=1)
    block_id: str | None = Field(None, min_length=1)
    from_stream: str | None = Field(None, min_length=1)
    to_stream: str | None = Field(None, min_length=1)
    kind: LoopKind | None = None


def is_shown(tool: Any) -> bool:
    """False for a tool marked as not shown to the model."""
    return bool((getattr(tool, "metadata", None) or {}).get(SHOWN_KEY, True))


def shown_tools(tools: Sequence[Any]) -> list[Any]:
    """The tools a model is shown, in order."""
    return [t for t in tools if is_shown(t)]


#: Tools that add an item or, for a name already recorded, change it: tool -> (plan field,
#: adding operation, changing operation, what a change implies unless given: a skill the
#: person says yes to is confirmed).
UPSERTS: dict[str, tuple[str, type[ops.Op], type[ops.Op], dict[str, Any]]] = {
    "record_activity": ("activities", ops.AddActivity, ops.UpdateActivity, {}),
    "add_skill": ("skills", ops.AddSkill, ops.UpdateSkill, {"confirmed": True}),
}


def upsert_operation(tool: str, plan: Any, arguments: dict[str, Any]) -> ops.Op:
    """The operation of an :data:`UPSERTS` tool: a change when the plan already has an item of
    that name (case and spaces aside), else an addition. A change leaves out what the changing
    operation does not take (a recorded skill keeps its source)."""
    field, add, change, implied = UPSERTS[tool]
    name = str(arguments.get("name", "")).strip().casefold()
    items = getattr(plan, field, None) or []
    if not any(item.name.strip().casefold() == name for item in items):
        return add(**arguments)
    kept = {k: v for k, v in arguments.items() if k in change.model_fields or k not in
            add.model_fields}  # fmt: skip
    return change(**{**implied, **kept})


def remove_tool(run_operation: Callable[[str, dict[str, Any], type[ops.Op]], str],
                error: Callable[[ValidationError], str],
                schema: dict[str, Any]) -> BaseTool:  # fmt: skip
    """The ``remove`` tool; ``run_operation(tool name, arguments, operation model)`` runs the
    removal as the tool it stands for would."""

    def remove(**kwargs: Any) -> str:
        try:
            args = RemoveArgs.model_validate(kwargs)
        except ValidationError as exc:
            return error(exc)
        name, op_class = REMOVALS[args.what]
        fields = args.model_dump(exclude={"what"}, exclude_none=True)
        return run_operation(name, fields, op_class)

    return StructuredTool.from_function(
        func=remove, name="remove", description=REMOVE_TEXT, args_schema=schema
    )
