"""The agent's tools and the services behind the non-plan ones (guidance, CV audit)."""

from agent.tools.core import (
    OPERATION_TOOLS,
    TOOL_NAMES,
    ToolContext,
    build_tools,
    compact_schema,
    outcome_result,
)

__all__ = [
    "OPERATION_TOOLS",
    "TOOL_NAMES",
    "ToolContext",
    "build_tools",
    "compact_schema",
    "outcome_result",
]
