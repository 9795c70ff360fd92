"""Shared helpers for the plan tests: the example plans and small plan edits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from agent.plan import Plan, check, plan_from_json

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
AS_OF = dt.date(2026, 11, 22)


def example(name: str) -> Plan:
    """A valid example plan by file stem."""
    return plan_from_json((EXAMPLES / f"{name}.json").read_text())


def codes(plan: Plan, *, final: bool = True, severity: str | None = None) -> set[str]:
    """The rule codes a check reports, optionally of one severity."""
    return {
        f.code
        for f in check(plan, final=final, today=AS_OF)
        if severity is None or f.severity == severity
    }


def edit_stream(plan: Plan, stream_id: str, **changes: Any) -> Plan:
    """The plan with some fields of one stream changed (no rules run)."""
    streams = [s.model_copy(update=changes) if s.id == stream_id else s for s in plan.streams]
    return plan.model_copy(update={"streams": streams})
