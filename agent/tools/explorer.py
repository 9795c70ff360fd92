"""Explorer tools: show and adopt portfolio options, forecast cash flow, run the review.

Adopting an option or a review suggestion goes through ``ctx.apply`` one operation at a time,
after a dry run of the whole list on the current plan, so a list that would be refused midway
is refused before anything is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.plan import Plan, adopt, explore, forecast, review
from agent.plan.explore import ExploreError
from agent.plan.operations import Operation
from agent.plan.review import ReviewActuals, ReviewError, apply_review
from agent.tools.core import (
    EXPLORER_TOOL_NAMES,
    ToolContext,
    finding_dict,
    render,
    validated,
    validation_result,
)

__all__ = ["EXPLORER_TOOL_NAMES", "explorer_tools"]


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OptionsArgs(_Args):
    """Arguments of ``show_options``."""

    top: int = Field(3, ge=1, le=10, description="How many options to show.")
    hours: dict[str, float] = Field(
        default_factory=dict,
        description="Weekly hours the person set for streams not in the plan yet, by name.",
    )


class AdoptArgs(_Args):
    """Arguments of ``adopt_option``."""

    rank: int = Field(ge=1, le=10, description="The option number the person chose.")


class ForecastArgs(_Args):
    """Arguments of ``forecast_cash_flow``."""

    seed: int = Field(7, ge=0, description="Seed of the simulation (same seed, same result).")


class RebalanceArgs(_Args):
    """Arguments of ``suggest_rebalance``."""

    apply: list[str] = Field(
        default_factory=list, description="Suggestion codes the person accepted; empty to list."
    )


def _apply_all(
    ctx: ToolContext, plan: Plan, steps: Sequence[Operation], today: dt.date
) -> dict[str, Any]:
    dry = adopt(plan, steps, today=today)
    if not dry.accepted:
        return {
            "status": "refused",
            "findings": [finding_dict(f) for f in dry.errors],
            "plan": "unchanged",
        }
    for step in steps:
        ctx.apply(step)
    return {
        "status": "accepted",
        "changed": f"{len(steps)} operation(s) applied",
        "operations": len(steps),
    }


def explorer_tools(
    ctx: ToolContext, plan_view: Callable[[], Plan], today: Callable[[], dt.date] = dt.date.today
) -> list[BaseTool]:
    """The explorer's tools bound to one session (review actuals are kept per session)."""
    state: dict[str, ReviewActuals] = {}

    def show_options(top: int = 3, hours: dict[str, float] | None = None) -> str:
        try:
            found = explore(plan_view(), today=today(), top=top, hours=hours)
        except ExploreError as exc:
            return render({"status": "error", "errors": [exc.message], "fix": exc.fix})
        options = [
            {
                "rank": c.rank,
                "label": c.label,
                "reason": c.reason,
                "streams": [s.model_dump() for s in c.streams],
            }
            for c in found.candidates
        ]
        return render({"status": "ok", "options": options, "notes": found.notes})

    def adopt_option(rank: int) -> str:
        plan = plan_view()
        try:
            found = explore(plan, today=today(), top=max(rank, 1))
        except ExploreError as exc:
            return render({"status": "error", "errors": [exc.message], "fix": exc.fix})
        chosen = next((c for c in found.candidates if c.rank == rank), None)
        if chosen is None:
            return render(
                {
                    "status": "error",
                    "errors": [f"there is no option {rank}"],
                    "fix": "call show_options and pick a listed rank",
                }
            )
        return render(_apply_all(ctx, plan, chosen.operations, today()))

    def forecast_cash_flow(seed: int = 7) -> str:
        f = forecast(plan_view(), today=today(), seed=seed)
        return render(
            {
                "status": "ok",
                "months": f.months,
                "total": f.total.model_dump(),
                "dip_months": f.dip_months,
                "summary": f.summary,
            }
        )

    def record_review_actuals(**kwargs: Any) -> str:
        try:
            actuals = ReviewActuals.model_validate(kwargs)
            report = review(plan_view(), actuals, today=today())
        except ValidationError as exc:
            return render(validation_result(exc))
        except ReviewError as exc:
            return render({"status": "error", "errors": [exc.message], "fix": exc.fix})
        state["actuals"] = actuals
        return render(
            {
                "status": "ok",
                "summary": report.summary,
                "unanswered": report.unanswered,
                "suggestions": [
                    {"code": s.code, "title": s.title, "reason": s.reason}
                    for s in report.suggestions
                ],
            }
        )

    def suggest_rebalance(apply: list[str] | None = None) -> str:
        actuals = state.get("actuals")
        if actuals is None:
            return render(
                {
                    "status": "error",
                    "errors": ["no review actuals are recorded"],
                    "fix": "call record_review_actuals first",
                }
            )
        plan = plan_view()
        try:
            report = review(plan, actuals, today=today())
        except ReviewError as exc:
            return render({"status": "error", "errors": [exc.message], "fix": exc.fix})
        if not apply:
            return render(
                {
                    "status": "ok",
                    "suggestions": [s.model_dump(mode="json") for s in report.suggestions],
                }
            )
        outcome = apply_review(plan, actuals, apply, today=today())
        steps = [s for s in _replay_steps(plan, actuals, outcome.applied, today())]
        result = _apply_all(ctx, plan, steps, today())
        result["applied"] = outcome.applied
        result["refused"] = [
            {"code": c, "findings": [finding_dict(f) for f in found]}
            for c, found in outcome.refused
        ]
        record = getattr(ctx, "record_version", None)
        if result["status"] == "accepted" and outcome.applied and record is not None:
            version = record("quarterly review")
            if version is not None:
                result["version"] = version.id
        return render(result)

    specs: list[tuple[Callable[..., str], str, type[BaseModel]]] = [
        (show_options, "Ranked portfolio options from the audit, each passing every rule. "
         "Show them; adopt none unasked.", OptionsArgs),
        (adopt_option, "Adopt the option the person chose; it replaces the streams.",
         AdoptArgs),
        (forecast_cash_flow, "Forecast 12 months of income (low, expected, high) and the cash "
         "buffer.", ForecastArgs),
        (record_review_actuals, "Record the quarter's actual hours and income per stream, what "
         "taught what and which failed its promise; returns the comparison.",
         ReviewActuals),
        (suggest_rebalance, "Rebalancing suggestions from the recorded review, or apply the "
         "codes the person accepted.", RebalanceArgs),
    ]  # fmt: skip
    return [_tool(fn, desc, schema) for fn, desc, schema in specs]


def _replay_steps(
    plan: Plan, actuals: ReviewActuals, codes: Sequence[str], today: dt.date
) -> list[Operation]:
    """The operations of the applied suggestions, in the order ``apply_review`` used them."""
    steps: list[Operation] = []
    current = plan
    for code in codes:
        report = review(current, _only_known(current, actuals), today=today)
        suggestion = next(s for s in report.suggestions if s.code == code)
        outcome = adopt(current, suggestion.operations, today=today)
        current = outcome.plan
        steps += suggestion.operations
    return steps


def _only_known(plan: Plan, actuals: ReviewActuals) -> ReviewActuals:
    from agent.plan.review import _known

    return _known(plan, actuals)


def _tool(fn: Callable[..., str], description: str, schema: type[BaseModel]) -> BaseTool:
    from agent.tools.core import NOT_SHOWN, tool_schema

    return StructuredTool.from_function(
        func=fn if schema is ReviewActuals else validated(fn, schema),
        name=fn.__name__,
        description=description,
        args_schema=tool_schema(schema, skip=NOT_SHOWN.get(fn.__name__, ())),
    )
