"""Gathers what the panel shows from the core: findings, what is still needed, scores, the
shock test and the forecast.

Only calls into :mod:`agent.plan`; the figures and rules live there.
"""

from __future__ import annotations

import datetime as dt

from agent.plan import Plan, check, forecast, missing, scores, shock_test
from agent.plan.rules import needs
from agent.plan.shock import buffer_lasts
from ui.forecast_chart import ForecastView
from ui.panel import PanelData, ScoreView, ShockView, render_panel
from ui.risk_panel import risk_view

FORECAST_SEED = 7


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
        ShockView(r.stream_name, f"{r.income_share_left:.0f} %", buffer_lasts(r))
        for r in shock_test(plan)
    ]
    return PanelData(
        findings=check(plan, final=False, today=today),
        missing=missing(plan, today=today),
        needs=needs(plan, today=today),
        scores=score_views,
        shock=shock,
        final=final,
        forecast=forecast_view(plan, today=today),
        risks=risk_view(plan),
    )


def forecast_view(plan: Plan, *, today: dt.date) -> ForecastView | None:
    """The total lines of the 12-month forecast (seed 7), or None when there are no streams."""
    if not plan.streams:
        return None
    f = forecast(plan, today=today, seed=FORECAST_SEED)
    return ForecastView(
        months=list(f.months),
        pessimistic=list(f.total.pessimistic),
        expected=list(f.total.expected),
        optimistic=list(f.total.optimistic),
        dip_months=list(f.dip_months),
        monthly_spending=f.monthly_spending,
        currency=plan.currency,
    )


def plan_html(plan: Plan, *, today: dt.date, final: bool = False) -> str:
    """The panel's HTML for a plan."""
    return render_panel(plan, panel_data(plan, today=today, final=final))
