"""The agent's tools: thin typed wrappers over the plan's operations, plus guidance and CV.

Each plan tool takes exactly the fields of one operation model (``agent.plan.operations``),
so its JSON schema carries the operation's limits. The tool builds the operation, hands it to
the session through :class:`ToolContext` (injected, never global) and returns a short JSON
result: what changed and the findings, or, when refused, the rule codes, what is wrong and how
to fix it, with the plan unchanged. Arguments that break the schema never reach the session.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Protocol

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.plan import limits
from agent.plan import operations as ops
from agent.plan.findings import Finding, Outcome
from agent.tools.texts import PROPERTY_TEXT, TOOL_TEXT

#: tool name -> operation model. Names are fixed (shared with the interviewer and the UI).
OPERATION_TOOLS: dict[str, type[ops.Op]] = {
    "set_capacity": ops.SetCapacity,
    "set_context": ops.SetContext,
    "set_currency": ops.SetCurrency,
    "record_activity": ops.AddActivity,
    "update_activity": ops.UpdateActivity,
    "remove_activity": ops.RemoveActivity,
    "add_skill": ops.AddSkill,
    "update_skill": ops.UpdateSkill,
    "remove_skill": ops.RemoveSkill,
    "set_core_skill": ops.SetCoreSkill,
    "add_stream": ops.AddStream,
    "add_streams": ops.AddStreams,
    "update_stream": ops.UpdateStream,
    "remove_stream": ops.RemoveStream,
    "set_allocation": ops.SetAllocation,
    "add_time_block": ops.AddTimeBlock,
    "remove_time_block": ops.RemoveTimeBlock,
    "add_feedback_loop": ops.AddFeedbackLoop,
    "remove_feedback_loop": ops.RemoveFeedbackLoop,
    "add_week": ops.AddWeek,
    "add_risk_factor": ops.AddRiskFactor,
    "set_review": ops.SetReview,
    "mark_unknown": ops.MarkUnknown,
    "undo": ops.Undo,
}

MAX_LISTED = 4
ExportFormat = Literal["markdown", "pdf", "json", "ics"]


class ToolContext(Protocol):
    """What the tools need from a session; :class:`agent.session.PlannerSession` provides it."""

    def apply(self, operation: ops.Op) -> Outcome:
        """Apply one operation; commit it to the session's log when accepted."""

    def check(self, final: bool) -> tuple[list[Finding], list[str], dict[str, Any]]:
        """Findings, what is missing, and the scores of the current plan."""

    def finalise(self) -> tuple[bool, list[Finding]]:
        """Run the final rules and mark the plan final when they pass."""

    def export(self, fmt: str) -> Path | str:
        """Build a download of the plan; return where it is."""

    def search(self, query: str, stage: str | None, roles: list[str] | None,
               contexts: list[str] | None) -> list[dict[str, Any]]:  # fmt: skip
        """Guidance passages for the query."""

    def cv_audit(self) -> dict[str, Any]:
        """The audit of the uploaded CV: skills proposed for confirmation."""


def finding_dict(f: Finding) -> dict[str, str]:
    """The part of a finding the model needs."""
    return {"code": f.code, "severity": f.severity, "message": f.message, "fix": f.fix}


def render(result: dict[str, Any]) -> str:
    """A tool result as compact JSON text."""
    return json.dumps(result, ensure_ascii=False, default=str)


def outcome_result(name: str, operation: ops.Op, outcome: Outcome, before: Any) -> dict[str, Any]:
    """The structured result of an applied (or refused) operation."""
    if not outcome.accepted:
        return {
            "status": "refused",
            "codes": sorted({f.code for f in outcome.errors}),
            "findings": [finding_dict(f) for f in outcome.errors],
            "plan": "unchanged",
        }
    result: dict[str, Any] = {"status": "accepted", "changed": describe(name, operation)}
    new_ids = _new_ids(before, outcome.plan)
    if new_ids:
        result["new_ids"] = new_ids
    result["findings"] = [finding_dict(f) for f in outcome.findings[:MAX_LISTED]]
    result["missing"] = outcome.missing[:MAX_LISTED]
    return result


def describe(name: str, operation: ops.Op) -> str:
    """One line saying what an operation did."""
    fields = operation.model_dump(mode="json", exclude={"op"}, exclude_none=True)
    shown = ", ".join(f"{k}={v}" for k, v in fields.items() if v not in ("", [], {}))
    return f"{name}({shown})"


def _new_ids(before: Any, after: Any) -> list[str]:
    if before is None or after is None:
        return []
    old = {s.id for s in before.streams} | {b.id for b in before.time_blocks}
    new = [s.id for s in after.streams] + [b.id for b in after.time_blocks]
    return [i for i in new if i not in old]


def validation_result(exc: ValidationError) -> dict[str, Any]:
    """A schema failure as a refusal the model can act on."""
    problems = [
        f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in exc.errors()
    ]
    return {
        "status": "error",
        "errors": problems[:MAX_LISTED],
        "fix": "Call again with arguments that match the tool's schema.",
        "plan": "unchanged",
    }


def text_problems(arguments: dict[str, Any]) -> list[str]:
    """Why text in a tool call's arguments cannot enter a plan (see ``agent.plan.limits``)."""
    found = ((where, limits.text_problem(text)) for where, text in limits.strings(arguments))
    return [f"{where}: the text {problem}" for where, problem in found if problem]


def compact_schema(model: type[BaseModel], skip: tuple[str, ...] = ("op",)) -> dict[str, Any]:
    """The model's JSON schema, trimmed for the prompt: no titles, defaults or null branches.

    Optional fields are simply not required; limits (maximum, pattern, enum, a minimum above
    zero) stay, so the model sees what the operation will enforce (the system prompt says once
    that no figure is negative). Descriptions are those of :data:`PROPERTY_TEXT` (the
    operation's own are written for the code's readers). Each call returns a fresh copy.
    """
    return json.loads(_compact_schema_text(model, skip))  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=256)
def _compact_schema_text(model: type[BaseModel], skip: tuple[str, ...]) -> str:
    """:func:`compact_schema` as JSON text, made once per model: every new session builds
    its tools, and generating a schema is the slow part of that."""
    schema = model.model_json_schema()
    defs = schema.get("$defs", {})
    props = {
        k: _trim(_inline(v, defs)) for k, v in schema.get("properties", {}).items() if k not in skip
    }
    required = [k for k in schema.get("required", []) if k not in skip]
    return json.dumps(
        {"type": "object", "properties": _described(props, skip), "required": required}
    )


def _described(props: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """``props`` with the model-facing descriptions, nested objects' properties included
    (those named in ``skip`` left out there too: a list item's ``op`` is its list's)."""
    out = {}
    for name, prop in props.items():
        prop = {k: v for k, v in prop.items() if k != "description"}
        if name in PROPERTY_TEXT:
            prop["description"] = PROPERTY_TEXT[name]
        if isinstance(prop.get("items"), dict) and "properties" in prop["items"]:
            item = prop["items"]
            kept = {k: v for k, v in item["properties"].items() if k not in skip}
            prop["items"] = {**item, "properties": _described(kept, skip)}
        out[name] = prop
    return out


def tool_schema(model: type[BaseModel], skip: tuple[str, ...] = ("op",)) -> dict[str, Any]:
    """:func:`compact_schema` as a tool sends it: an empty ``required`` list is left out."""
    schema = compact_schema(model, skip)
    return schema if schema["required"] else {k: v for k, v in schema.items() if k != "required"}


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with every ``$ref`` to ``defs`` replaced by its definition (nested models)."""
    if isinstance(node, list):
        return [_inline(n, defs) for n in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/") and ref[8:] in defs:
        # Object descriptions repeat the field's; the properties say what to give.
        target = {k: v for k, v in defs[ref[8:]].items() if k != "description"}
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return {k: _inline(v, defs) for k, v in node.items()}


def _trim(node: Any) -> Any:
    if isinstance(node, list):
        return [_trim(n) for n in node]
    if not isinstance(node, dict):
        return node
    branches = node.get("anyOf")
    if branches and {"type": "null"} in branches and len(branches) == 2:
        kept = next(b for b in branches if b != {"type": "null"})
        node = {**{k: v for k, v in node.items() if k != "anyOf"}, **kept}
    dropped = {"title", "default"}
    if node.get("properties"):
        dropped.add("additionalProperties")  # nested objects stay strict where they are checked
    if node.get("maxLength") == 200:
        dropped.add("maxLength")
    if node.get("minLength") == 1:
        dropped.add("minLength")
    if "enum" in node:
        dropped.add("type")  # the allowed values give it
    if node.get("minimum") == 0:
        dropped.add("minimum")  # the system prompt says once that no figure is negative
    return {k: _trim(v) for k, v in node.items() if k not in dropped}


def _description(name: str, op_class: type[ops.Op]) -> str:
    return TOOL_TEXT.get(name) or " ".join((op_class.__doc__ or name).split("\n\n")[0].split())


def operation_result(
    name: str,
    arguments: dict[str, Any],
    parse: Callable[[dict[str, Any]], ops.Op],
    ctx: ToolContext,
    plan_view: Callable[[], Any],
) -> dict[str, Any]:
    """One operation given as tool arguments: checked by ``parse`` (a pydantic model), applied
    through ``ctx`` with the rules as gate; arguments that break the schema never reach it."""
    if bad := text_problems(arguments):
        fix = "Call again with the text written without those characters."
        return {"status": "error", "errors": bad[:MAX_LISTED], "fix": fix, "plan": "unchanged"}
    try:
        operation = parse(arguments)
    except ValidationError as exc:
        return validation_result(exc)
    before = plan_view()
    return outcome_result(name, operation, ctx.apply(operation), before)


def check_result(ctx: ToolContext, final: bool) -> dict[str, Any]:
    """The ``check_plan`` result: findings with their fixes, what is missing, the scores."""
    findings, missing, scores = ctx.check(final)
    status = "ok" if not any(f.severity == "error" for f in findings) else "error"
    return {
        "status": status,
        "findings": [finding_dict(f) for f in findings[:MAX_LISTED]],
        "missing": missing[:MAX_LISTED],
        "scores": scores,
    }


def finalise_result(ctx: ToolContext) -> dict[str, Any]:
    """The ``finalise`` result: accepted (the plan is final) or refused with the findings."""
    passed, findings = ctx.finalise()
    status = "accepted" if passed else "refused"
    body: dict[str, Any] = {"status": status, "findings": [finding_dict(f) for f in findings]}
    body["changed" if passed else "plan"] = "plan marked final" if passed else "unchanged"
    return body


#: Arguments a tool takes but leaves out of its schema: another tool records them, or the model
#: never needs them (a skill is added once the person said yes; the query and stage find
#: guidance, which the asker's context ranks; a forecast's seed). The tool still checks them.
NOT_SHOWN: dict[str, tuple[str, ...]] = {
    "add_stream": ("factors",),
    "add_streams": ("factors",),
    "add_skill": ("confirmed",),
    "search_guidance": ("roles", "contexts"),
    "forecast_cash_flow": ("seed",),
}


def _unshown(name: str) -> tuple[str, ...]:
    """The fields an operation tool leaves out of its schema."""
    return ("op", *NOT_SHOWN.get(name, ()))


def make_schemas() -> None:
    """Make every operation tool's schema now: they are kept per process, so a process's first
    session does not make them in its first turn (about 40 ms)."""
    for name, op_class in OPERATION_TOOLS.items():
        tool_schema(op_class, skip=_unshown(name))


def _operation_tool(name: str, op_class: type[ops.Op], ctx: ToolContext,
                    plan_view: Callable[[], Any]) -> BaseTool:  # fmt: skip
    from agent.tools.shown import SHOWN_KEY, UNSHOWN, UPSERTS, upsert_operation

    def parse(arguments: dict[str, Any]) -> ops.Op:
        if name in UPSERTS:
            return upsert_operation(name, plan_view(), arguments)
        return op_class(**arguments)

    def run(**kwargs: Any) -> str:
        return render(operation_result(name, kwargs, parse, ctx, plan_view))

    return StructuredTool.from_function(
        func=run,
        name=name,
        description=_description(name, op_class),
        args_schema=tool_schema(op_class, skip=_unshown(name)),
        metadata={SHOWN_KEY: False} if name in UNSHOWN else None,
    )


def _remove_tool(ctx: ToolContext, plan_view: Callable[[], Any]) -> BaseTool:
    from agent.tools.shown import RemoveArgs, remove_tool

    def run_operation(name: str, arguments: dict[str, Any], op_class: type[ops.Op]) -> str:
        return render(operation_result(name, arguments, lambda a: op_class(**a), ctx, plan_view))

    return remove_tool(run_operation, lambda exc: render(validation_result(exc)),
                       tool_schema(RemoveArgs, skip=()))  # fmt: skip


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CheckArgs(_Args):
    """Arguments of ``check_plan``."""

    final: bool = Field(False, description="True to apply the final rules too.")


class ExportArgs(_Args):
    """Arguments of ``export_plan``."""

    format: ExportFormat = Field("markdown", description="markdown, pdf, json or ics.")


class SearchArgs(_Args):
    """Arguments of ``search_guidance``."""

    query: str = Field(min_length=2, max_length=300, description="What to look up.")
    stage: str | None = Field(None, description="Journey stage, e.g. capacity, streams.")
    roles: list[str] | None = Field(None, description="Stream roles to favour.")
    contexts: list[str] | None = Field(
        None, description="Only cards for these contexts (and general ones)."
    )


class NoArgs(_Args):
    """No arguments."""


def _service_tools(ctx: ToolContext) -> list[BaseTool]:
    def check_plan(final: bool = False) -> str:
        return render(check_result(ctx, final))

    def finalise() -> str:
        return render(finalise_result(ctx))

    def export_plan(format: ExportFormat = "markdown") -> str:
        return render({"status": "ok", "changed": f"{format} export ready: {ctx.export(format)}"})

    def search_guidance(query: str, stage: str | None = None, roles: list[str] | None = None,
                        contexts: list[str] | None = None) -> str:  # fmt: skip
        hits = ctx.search(query, stage, roles, contexts)
        return render({"status": "ok", "cards": hits})

    def audit_cv() -> str:
        return render(ctx.cv_audit())

    specs: list[tuple[Callable[..., str], str, type[BaseModel]]] = [
        (check_plan, "Check the plan against the rules: findings with fixes, scores, what is "
         "missing.", CheckArgs),
        (finalise, "Run the final rules; mark the plan final if they pass.", NoArgs),
        (export_plan, "Make a download of the plan.", ExportArgs),
        (search_guidance, "Guidance cards to ground advice; cite their source.", SearchArgs),
        (audit_cv, "Skills read from the uploaded CV, as proposals to confirm one by one.",
         NoArgs),
    ]  # fmt: skip
    return [
        StructuredTool.from_function(
            func=validated(fn, schema),
            name=fn.__name__,
            description=desc,
            args_schema=tool_schema(schema, skip=NOT_SHOWN.get(fn.__name__, ())),
        )
        for fn, desc, schema in specs
    ]


def validated(fn: Callable[..., str], schema: type[BaseModel]) -> Callable[..., str]:
    """``fn`` behind a validation of its arguments by ``schema`` (errors go to the model)."""

    def run(**kwargs: Any) -> str:
        try:
            args = schema.model_validate(kwargs)
        except ValidationError as exc:
            return render(validation_result(exc))
        return fn(**args.model_dump())

    return run


def build_tools(
    ctx: ToolContext,
    plan_view: Callable[[], Any],
    today: Callable[[], dt.date] = dt.date.today,
) -> list[BaseTool]:
    """Every tool, bound to one session's context; ``today`` is the session's clock."""
    from agent.tools.edges import edge_tools
    from agent.tools.explorer import explorer_tools  # imports this module
    from agent.tools.versions import version_tools

    plan_tools = [
        _operation_tool(name, op_class, ctx, plan_view)
        for name, op_class in OPERATION_TOOLS.items()
    ]
    return [
        *plan_tools,
        _remove_tool(ctx, plan_view),
        *_service_tools(ctx),
        *explorer_tools(ctx, plan_view, today),
        *edge_tools(plan_view),
        *version_tools(ctx),
    ]


#: The explorer's tools (``agent.tools.explorer``), built by :func:`build_tools` as well.
EXPLORER_TOOL_NAMES: tuple[str, ...] = (
    "show_options",
    "adopt_option",
    "forecast_cash_flow",
    "record_review_actuals",
    "suggest_rebalance",
)


#: The read-only tool on skill combinations (``agent.tools.edges``).
EDGE_TOOL_NAMES: tuple[str, ...] = ("find_skill_edges",)


TOOL_NAMES: tuple[str, ...] = (
    *OPERATION_TOOLS,
    "remove",
    "check_plan",
    "finalise",
    "export_plan",
    "search_guidance",
    "audit_cv",
    *EXPLORER_TOOL_NAMES,
    *EDGE_TOOL_NAMES,
    "what_changed",
)
