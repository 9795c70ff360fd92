"""Gathers what the panel shows from the core: findings, what is missing, scores, shock test.

Only calls into :mod:`agent.plan`; the figures and rules live there.
"""

from __future__ import annotations

import datetime as dt

from agent.plan import Plan, check, missing, scores, shock_test
from ui.panel import PanelData, ScoreView, ShockView, render_panel


def panel_data(plan: Plan, *, today: dt.date, final: bool = False) -> PanelData:
    """The findings (draft rules, errors first), what is missing, scores and the shock test."""
    result = scores(plan) if plan.streams else None
    score_views = (
        [
            ScoreView(s.name, s.value, list(s.reasons))
            for s in (result.resilience, result.autonomy, result.ownership)
        ]
        if result is not None
        else []
    )
    shock = [
        ShockView(r.stream_name, f"{r.income_share_left:.0f} %", _months(r.buffer_months, r))
        for r in shock_test(plan)
    ]
    return PanelData(
        findings=check(plan, final=False, today=today),
        missing=missing(plan, today=today),
        scores=score_views,
        shock=shock,
        final=final,
    )


def _months(months: float | None, result: object) -> str:
    if months is not None:
        return f"{months:.1f} months"
    shortfall = getattr(result, "monthly_shortfall", None)
    if shortfall == 0:
        return "indefinitely (income left covers spending)"
    return "unknown (needs cash buffer and monthly spending)"


def plan_html(plan: Plan, *, today: dt.date, final: bool = False) -> str:
    """The panel's HTML for a plan."""
    return render_panel(plan, panel_data(plan, today=today, final=final))
