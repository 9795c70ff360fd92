"""Resilience, autonomy and ownership scores: deterministic, 1.0-5.0, with their reasons.

Each score is ``1 + 4 * x`` where ``x`` in [0, 1] is a weighted mix of parts, each in [0, 1]
(formulas in docs/domain.md). Income parts use the target income shares, normalised to their
total; hour parts use target hours.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agent.plan.findings import fmt
from agent.plan.models import Plan

#: 1 - HHI for four equal streams: the diversification that counts as full marks.
FULL_DIVERSIFICATION = 0.75
#: Slack (share of capacity left free) that counts as full marks.
FULL_SLACK = 0.2
#: Share of hours and income in leverage streams that counts as full marks.
FULL_OWNERSHIP = 0.3


class Score(BaseModel):
    """One score with the reasons behind it."""

    name: str
    value: float = Field(ge=1.0, le=5.0)
    reasons: list[str]


class Scores(BaseModel):
    """The three scores of a plan."""

    resilience: Score
    autonomy: Score
    ownership: Score


def _scale(x: float) -> float:
    return round(1 + 4 * min(1.0, max(0.0, x)), 2)


def _income_fractions(plan: Plan) -> dict[str, float]:
    shares = {s.id: max(0.0, s.target_income_share) for s in plan.streams}
    total = sum(shares.values())
    return {k: v / total for k, v in shares.items()} if total > 0 else {}


def resilience(plan: Plan) -> Score:
    """Diversification (40 %), stable income (20 %) and income left after the worst loss (40 %)."""
    p = _income_fractions(plan)
    if not p:
        return Score(name="resilience", value=1.0, reasons=["no income shares are set yet"])
    hhi = sum(v * v for v in p.values())
    diversification = min(1.0, (1 - hhi) / FULL_DIVERSIFICATION)
    stable = sum(p[s.id] for s in plan.streams if s.volatility == "stable")
    worst_left = 1 - max(p.values())
    value = _scale(0.4 * diversification + 0.2 * stable + 0.4 * worst_left)
    return Score(
        name="resilience",
        value=value,
        reasons=[
            f"income diversification 1 - HHI = {1 - hhi:.2f} (full marks at 0.75)",
            f"{fmt(100 * stable)} % of income is stable",
            f"if the largest stream stops, {fmt(100 * worst_left)} % of income remains",
        ],
    )


def autonomy(plan: Plan) -> Score:
    """Hours not bound to the anchor's employer (70 %) and slack left in capacity (30 %)."""
    planned = sum(max(0.0, s.target_hours) for s in plan.streams)
    if planned <= 0:
        return Score(name="autonomy", value=1.0, reasons=["no hours are planned yet"])
    anchor = plan.anchor()
    bound = max(0.0, anchor.target_hours) / planned if anchor else 0.0
    reasons = [f"{fmt(100 * (1 - bound))} % of planned hours are not bound to one employer"]
    if plan.capacity is None or plan.capacity.hours_per_week <= 0:
        slack = 0.0
        reasons.append("capacity is not set, so no slack is counted")
    else:
        slack = max(0.0, 1 - planned / plan.capacity.hours_per_week)
        reasons.append(f"{fmt(100 * slack)} % of capacity is slack (full marks at 20 %)")
    value = _scale(0.7 * (1 - bound) + 0.3 * min(1.0, slack / FULL_SLACK))
    return Score(name="autonomy", value=value, reasons=reasons)


def ownership(plan: Plan) -> Score:
    """Average of the leverage streams' share of hours and of income (full marks at 30 %)."""
    planned = sum(max(0.0, s.target_hours) for s in plan.streams)
    p = _income_fractions(plan)
    lev = [s for s in plan.streams if s.role == "leverage"]
    hours = sum(max(0.0, s.target_hours) for s in lev) / planned if planned > 0 else 0.0
    income = sum(p.get(s.id, 0.0) for s in lev)
    value = _scale((hours + income) / 2 / FULL_OWNERSHIP)
    return Score(
        name="ownership",
        value=value,
        reasons=[
            f"{fmt(100 * hours)} % of hours go to leverage work that compounds",
            f"{fmt(100 * income)} % of target income comes from leverage",
        ],
    )


def scores(plan: Plan) -> Scores:
    """All three scores of a plan."""
    return Scores(resilience=resilience(plan), autonomy=autonomy(plan), ownership=ownership(plan))
