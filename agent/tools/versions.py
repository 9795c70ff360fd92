"""The ``what_changed`` tool: what changed in the plan since a recorded version, in plain words.

A session records a version when the plan is finalised and when review suggestions are
applied; the diff itself is :func:`agent.plan.versions.diff`. This module words each change
for a person ("Consulting: target hours 12 -> 9") and groups time-block changes, which come
in dozens, into one line per stream.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.plan.models import Plan
from agent.plan.versions import Change
from agent.tools.core import ToolContext, render, validation_result

__all__ = ["describe_changes", "version_tools"]

_ITEM = re.compile(r"^(?P<section>\w+)\[(?P<key>[^\]]+)\](?:\.(?P<field>[\w.]+))?$")
_SECTION = {"streams": "stream", "activities": "activity", "skills": "skill",
            "feedback_loops": "feedback loop", "unknowns": "unknown"}  # fmt: skip
MAX_LINES = 25


class WhatChangedArgs(BaseModel):
    """Arguments of ``what_changed``."""

    model_config = ConfigDict(extra="forbid")

    version: int | None = Field(
        None, ge=1, description="Version number to compare with; empty for the last version."
    )


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}".rstrip("0").rstrip(".")
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    if value is None or value == "":
        return "not set"
    if isinstance(value, dict):
        return str(value.get("name") or value.get("date") or value.get("id") or "set")
    return str(value)


def _names(*plans: Plan) -> dict[str, str]:
    return {s.id: s.name for plan in plans for s in plan.streams}


def _loop_words(key: str, names: dict[str, str]) -> str:
    ends, _, kind = key.partition(":")
    source, _, target = ends.partition("->")
    return f"{names.get(source, source)} {kind} {names.get(target, target)}"


def _line(change: Change, names: dict[str, str]) -> str:
    match = _ITEM.match(change.path)
    if match is None:
        field = change.path.replace(".", " ").replace("_", " ")
        if change.kind != "changed":
            return f"{change.kind} the {field}"
        return f"{field}: {_show(change.before)} -> {_show(change.after)}"
    section, key, field = match["section"], match["key"], match["field"]
    what = _SECTION.get(section, section)
    label = _loop_words(key, names) if section == "feedback_loops" else names.get(key, key)
    if field is None:
        return f"{change.kind} {what} '{label}'"
    words = field.replace("_", " ")
    return f"{label}: {words} {_show(change.before)} -> {_show(change.after)}"


def describe_changes(before: Plan, after: Plan, changes: Sequence[Change]) -> list[str]:
    """One plain line per change (time blocks counted per stream), at most ``MAX_LINES``."""
    names = _names(before, after)
    blocks: Counter[str] = Counter()
    lines: list[str] = []
    for change in changes:
        if change.path.startswith("time_blocks["):
            body = change.after if change.kind == "added" else change.before
            stream = body.get("stream_id", "") if isinstance(body, dict) else ""
            blocks[f"{change.kind}:{names.get(stream, stream or 'a stream')}"] += 1
            continue
        lines.append(_line(change, names))
    for key, count in blocks.items():
        kind, stream = key.split(":", 1)
        lines.append(f"{kind} {count} time block{'s' if count != 1 else ''} of {stream}")
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES], f"... and {len(lines) - MAX_LINES} more changes"]
    return lines


def what_changed_result(ctx: ToolContext, version: int | None = None) -> dict[str, Any]:
    """The ``what_changed`` result for a session (an error when it keeps no versions)."""
    diff_since = getattr(ctx, "diff_since", None)
    baseline = getattr(ctx, "baseline", None)
    plan_at = getattr(ctx, "plan_at", None)
    current = getattr(ctx, "plan", None)
    if None in (diff_since, baseline, plan_at) or not isinstance(current, Plan):
        return {"status": "error", "errors": ["this conversation keeps no plan versions"],
                "fix": "versions are kept in stored sessions"}  # fmt: skip
    try:
        found = baseline(version)  # type: ignore[misc]
        changes = diff_since(version)  # type: ignore[misc]
    except KeyError as exc:
        return {"status": "error", "errors": [str(exc.args[0])],
                "fix": "call what_changed without a version for the last one"}  # fmt: skip
    if found is None:
        return {"status": "ok", "since": None, "changes": [],
                "note": "no earlier version yet: one is kept when the plan is finalised "
                "and when review suggestions are applied"}  # fmt: skip
    lines = describe_changes(plan_at(found.id), current, changes)  # type: ignore[misc]
    since = {"version": found.id, "label": found.label, "date": found.date}
    return {"status": "ok", "since": since, "count": len(changes), "changes": lines}


def version_tools(ctx: ToolContext) -> list[BaseTool]:
    """The ``what_changed`` tool bound to one session."""

    def run(**kwargs: Any) -> str:
        try:
            args = WhatChangedArgs.model_validate(kwargs)
        except ValidationError as exc:
            return render(validation_result(exc))
        return render(what_changed_result(ctx, args.version))

    from agent.tools.core import tool_schema

    return [
        StructuredTool.from_function(
            func=run,
            name="what_changed",
            description="What changed in the plan since a version (one is kept at finalise "
            "and at each applied review).",
            args_schema=tool_schema(WhatChangedArgs, skip=()),
        )
    ]
