"""The compact tool profile: five broad tools a small model can hold in a short context.

``update_plan`` takes a list of operations, typed as a pydantic discriminated union of the plan
core's own operations (plus ``finalise``), so every change goes through the same operation
models and rules as the full profile's one-tool-per-operation set. What the model is shown is
smaller: one flat object schema (the union's ``op`` names and the fields it shows, without
limits, which the operations still enforce) and one line per operation listing its fields.
``read_plan``, ``search_guidance``, ``audit_cv`` and ``export_plan`` cover checking, guidance,
the CV and downloads. The explorer, forecast, quarterly-review and ``what_changed`` tools are in
the full profile only.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any, Literal

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field, TypeAdapter

from agent.plan import operations as ops
from agent.tools.core import (
    MAX_LISTED,
    ExportFormat,
    NoArgs,
    ToolContext,
    check_result,
    compact_schema,
    finalise_result,
    operation_result,
    render,
    tool_schema,
    validated,
)

__all__ = ["COMPACT_TOOL_NAMES", "CompactOperation", "UpdatePlan", "compact_tools"]


class Finalise(ops.Op):
    """Run the final rules and mark the plan final when they pass."""

    op: Literal["finalise"] = "finalise"


CompactOperation = Annotated[
    ops.SetContext
    | ops.SetCurrency
    | ops.SetCapacity
    | ops.AddActivity
    | ops.UpdateActivity
    | ops.RemoveActivity
    | ops.AddSkill
    | ops.UpdateSkill
    | ops.RemoveSkill
    | ops.SetCoreSkill
    | ops.AddStream
    | ops.UpdateStream
    | ops.RemoveStream
    | ops.AddTimeBlock
    | ops.RemoveTimeBlock
    | ops.AddFeedbackLoop
    | ops.RemoveFeedbackLoop
    | ops.SetReview
    | ops.MarkUnknown
    | ops.Undo
    | Finalise,
    Field(discriminator="op"),
]
COMPACT_ADAPTER: TypeAdapter[CompactOperation] = TypeAdapter(CompactOperation)


MAX_OPERATIONS = 40


class UpdatePlan(BaseModel):
    """Arguments of ``update_plan``: the operations to apply, in order. The tool checks each
    operation on its own against :data:`CompactOperation`, so one bad item refuses only itself."""

    operations: list[CompactOperation] = Field(min_length=1, max_length=MAX_OPERATIONS)


_ACTIVITY = ("name", "hours_per_week", "annual_revenue", "volatility", "energy", "teaches")
_STREAM = ("role", "target_hours", "target_income_share", "volatility", "teaches")
_LOOP = ("from_stream", "to_stream", "kind")

#: op -> the fields shown to the model (the operation accepts its other fields too).
SHOWN: dict[str, tuple[str, ...]] = {
    "set_context": ("context",),
    "set_currency": ("code",),
    "set_capacity": ("hours_per_week", "constraints", "cash_buffer", "monthly_spending"),
    "add_activity": _ACTIVITY,
    "update_activity": _ACTIVITY,
    "remove_activity": ("name",),
    "add_skill": ("name", "excitement", "under_used"),
    "update_skill": ("name", "excitement", "under_used"),
    "remove_skill": ("name",),
    "set_core_skill": ("name",),
    "add_stream": ("name", *_STREAM),
    "update_stream": ("stream_id", "name", *_STREAM),
    "remove_stream": ("stream_id",),
    "add_time_block": ("stream_id", "weekday", "start", "end"),
    "remove_time_block": ("block_id",),
    "add_feedback_loop": _LOOP,
    "remove_feedback_loop": _LOOP,
    "set_review": ("date",),
    "mark_unknown": ("field",),
    "undo": (),
    "finalise": (),
}

_NOTES = (
    "Hours are per week; income shares are percents of income (all streams sum to 100); times "
    "HH:MM; dates YYYY-MM-DD; stream ids are slugs of names (given in new_ids). A skipped "
    "question: mark_unknown, never an invented figure."
)
#: What a value's schema keeps in the flat view; the operation enforces the rest.
_KEPT = ("type", "enum", "items")


def _models() -> dict[str, type[BaseModel]]:
    """op name -> operation model, read from the union itself."""
    union = CompactOperation.__origin__  # type: ignore[attr-defined]
    return {m.model_fields["op"].default: m for m in union.__args__}


def _bare(schema: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in schema.items() if k in _KEPT}
    if isinstance(kept.get("items"), dict):
        kept["items"] = _bare(kept["items"])
    return kept


def operation_lines() -> str:
    """One line per operation: its shown fields, ``*`` marking the required ones."""
    lines = []
    for op, model in _models().items():
        required = set(compact_schema(model)["required"])
        fields = ", ".join(f + ("*" if f in required else "") for f in SHOWN[op])
        lines.append(f"{op}({fields})")
    return "; ".join(lines)


def update_plan_schema() -> dict[str, Any]:
    """The flat schema of ``update_plan``: every op name and every shown field once."""
    models = _models()
    props: dict[str, Any] = {"op": {"enum": list(models)}}
    for op, model in models.items():
        shown = compact_schema(model)["properties"]
        for name in SHOWN[op]:
            props.setdefault(name, _bare(shown[name]))
    item = {"type": "object", "properties": props, "required": ["op"]}
    operations = {"type": "array", "items": item}
    return {"type": "object", "properties": {"operations": operations}, "required": ["operations"]}


def _items(arguments: dict[str, Any]) -> list[Any] | None:
    """The operations of a call. Small models often drop the list around a single operation or
    send the list as a JSON string; both are read as written (nothing is guessed)."""
    if "operations" in arguments and set(arguments) == {"operations"}:
        value = arguments["operations"]
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return [value]
        return value if isinstance(value, list) else [value]
    return [arguments] if "op" in arguments else None


def _parse(arguments: dict[str, Any]) -> ops.Op:
    return COMPACT_ADAPTER.validate_python(arguments)


def _one(item: Any, ctx: ToolContext, plan_view: Callable[[], Any]) -> dict[str, Any]:
    op = item.get("op") if isinstance(item, dict) else None
    if op == "finalise" and set(item) == {"op"}:
        return {"op": op, **finalise_result(ctx)}
    if not isinstance(item, dict):
        fix = "Give each operation as an object with an 'op' and its fields."
        error = "not an object"
        if isinstance(item, str) and item.lstrip().startswith(("[", "{")):
            error = f"not an object: {item[:80]!r} is text whose JSON does not parse"
        return {"op": None, "status": "error", "errors": [error], "fix": fix}
    result = operation_result(str(op), item, _parse, ctx, plan_view)
    for key in ("findings", "missing"):  # reported once, for the whole call
        if result.get("status") == "accepted":
            result.pop(key, None)
    return {"op": op, **result}


def update_plan_result(
    arguments: dict[str, Any], ctx: ToolContext, plan_view: Callable[[], Any]
) -> dict[str, Any]:
    """Apply the operations of one ``update_plan`` call in order; each is accepted or refused
    on its own, as separate tool calls would be."""
    items = _items(arguments)
    if not items or len(items) > MAX_OPERATIONS:
        return {"status": "error",
                "errors": [f"operations: a list of 1 to {MAX_OPERATIONS} operations"],
                "fix": "Call update_plan with {'operations': [{'op': ..., ...}]}; send more "
                f"than {MAX_OPERATIONS} in several calls.", "plan": "unchanged"}  # fmt: skip
    results = [_one(item, ctx, plan_view) for item in items]
    statuses = {r.get("status") for r in results}
    status = next((s for s in ("error", "refused") if s in statuses), "accepted")
    body: dict[str, Any] = {"status": status, "results": results}
    codes = sorted({code for r in results for code in r.get("codes", [])})
    if codes:  # the refusing rules, as a single refused call reports them
        body["codes"] = codes
    if "accepted" not in statuses:
        body["plan"] = "unchanged"
    checked = check_result(ctx, final=False)
    body["findings"], body["missing"] = checked["findings"][:3], checked["missing"][:MAX_LISTED]
    return body


class ReadArgs(BaseModel):
    """Arguments of ``read_plan``."""

    final: bool = False


class SearchArgs(BaseModel):
    """Arguments of the compact ``search_guidance``."""

    query: str = Field(min_length=2, max_length=300)
    stage: str | None = None


class ExportArgs(BaseModel):
    """Arguments of ``export_plan``."""

    format: ExportFormat = "markdown"


#: Guidance cards per search: one fewer than the full profile's, as a small context holds less.
CARDS = 2


def compact_tools(ctx: ToolContext, plan_view: Callable[[], Any]) -> list[BaseTool]:
    """The compact profile's tools bound to one session."""

    def update_plan(**arguments: Any) -> str:
        return render(update_plan_result(arguments, ctx, plan_view))

    def read_plan(final: bool = False) -> str:
        return render(check_result(ctx, final))

    def search_guidance(query: str, stage: str | None = None) -> str:
        hits = ctx.search(query, stage, None, None)[:CARDS]
        return render({"status": "ok", "cards": hits})

    def audit_cv() -> str:
        return render(ctx.cv_audit())

    def export_plan(format: ExportFormat = "markdown") -> str:
        return render({"status": "ok", "changed": f"{format} export ready: {ctx.export(format)}"})

    update = StructuredTool.from_function(
        func=update_plan,
        name="update_plan",
        metadata={"operations": list(SHOWN)},
        description=f"Change the plan: operations run in order and the rules check each; a "
        f"refused one changes nothing (read its fix). Fields by op (* required): "
        f"{operation_lines()}. {_NOTES}",
        args_schema=update_plan_schema(),
    )
    specs: list[tuple[Callable[..., str], str, type[BaseModel]]] = [
        (read_plan, "Check the plan: findings and fixes, what is missing, scores; final=true "
         "adds the final rules.", ReadArgs),
        (search_guidance, "Guidance cards to ground advice; cite their source.", SearchArgs),
        (audit_cv, "Skills from the uploaded CV: proposals to confirm one by one.", NoArgs),
        (export_plan, "A download of the plan.", ExportArgs),
    ]  # fmt: skip
    return [update, *(_tool(fn, desc, schema) for fn, desc, schema in specs)]


def _tool(fn: Callable[..., str], description: str, schema: type[BaseModel]) -> BaseTool:
    return StructuredTool.from_function(
        func=validated(fn, schema),
        name=fn.__name__,
        description=description,
        args_schema=_lean(tool_schema(schema, skip=())),
    )


def _lean(schema: dict[str, Any]) -> dict[str, Any]:
    props = {k: _bare(v) for k, v in schema["properties"].items()}
    return {**schema, "properties": props}


COMPACT_TOOL_NAMES: tuple[str, ...] = (
    "update_plan",
    "read_plan",
    "search_guidance",
    "audit_cv",
    "export_plan",
)
