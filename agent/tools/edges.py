"""The read-only ``find_skill_edges`` tool: skill combinations that may be the person's edge.

The rules are :func:`agent.plan.edge.skill_edges`; the skills' families and exposure to
automation come from the CV taxonomy (:mod:`agent.skill_profiles`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool

from agent.plan.edge import CARD, skill_edges
from agent.plan.models import Plan
from agent.skill_profiles import taxonomy_profile
from agent.tools.core import EDGE_TOOL_NAMES, NoArgs, render, tool_schema

__all__ = ["EDGE_TOOL_NAMES", "edge_tools", "edges"]

NONE_YET = (
    "no combination qualifies yet: it takes two or three confirmed skills from different "
    "fields, one of them people-facing or judgment work, shown in the streams or activities"
)


def edges(plan: Plan, top: int = 3) -> dict[str, Any]:
    """The result of ``find_skill_edges`` for a plan."""
    found = skill_edges(plan, taxonomy_profile, top=top)
    result: dict[str, Any] = {
        "status": "ok",
        "edges": [e.model_dump(exclude={"card"}) for e in found],
        "card": CARD,
    }
    if not found:
        result["note"] = NONE_YET
    return result


def edge_tools(plan_view: Callable[[], Plan]) -> list[BaseTool]:
    """``find_skill_edges``, reading the session's plan through ``plan_view``."""

    def find_skill_edges(**kwargs: Any) -> str:
        return render(edges(plan_view()))

    return [
        StructuredTool.from_function(
            func=find_skill_edges,
            name="find_skill_edges",
            description="Skill combinations that may be the person's edge, with evidence.",
            args_schema=tool_schema(NoArgs, skip=()),
        )
    ]
