"""The panel's "Shared risks" section: the diversification score, one row per event that
would stop streams together, and the skill combination that may be the person's edge.

``risk_view`` gathers the figures from the core; ``risk_html`` renders them, escaping every
string (labels and names come from the person).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from agent.plan.correlated import diversification, factor_scenarios
from agent.plan.edge import skill_edges
from agent.plan.models import Plan
from agent.skill_profiles import taxonomy_profile


@dataclass(frozen=True)
class EventRow:
    """One event and what it leaves."""

    event: str
    streams: str
    income_left: str
    buffer: str


@dataclass(frozen=True)
class RiskView:
    """What the section shows."""

    score: float
    reasons: list[str] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    edge: str = ""
    edge_why: list[str] = field(default_factory=list)


def risk_view(plan: Plan) -> RiskView | None:
    """The section's figures, or None before there are streams."""
    if not plan.streams:
        return None
    score = diversification(plan)
    events = [
        EventRow(s.event, ", ".join(s.stream_names), f"{s.income_share_left:.0f} %",
                 _buffer(s.buffer_months, s.monthly_shortfall))
        for s in factor_scenarios(plan)
    ]  # fmt: skip
    edges = skill_edges(plan, taxonomy_profile, top=1)
    edge = " + ".join(edges[0].skills) if edges else ""
    return RiskView(score.value, score.reasons, events, edge, edges[0].why if edges else [])


def _buffer(months: float | None, shortfall: float | None) -> str:
    if months is not None:
        return f"{months:.1f} months"
    return "indefinitely" if shortfall == 0 else "unknown"


def risk_html(view: RiskView | None) -> str:
    """The section as HTML ('' when there is nothing to show)."""
    if view is None:
        return ""
    reasons = "".join(f"<li>{escape(r)}</li>" for r in view.reasons)
    body = (
        f'<div class="pc-score"><strong>diversification</strong> '
        f'<meter min="0" max="5" value="{view.score:.1f}"></meter> {view.score:.1f}/5'
        f"<ul>{reasons}</ul></div>"
    )
    if view.events:
        rows = "".join(
            f"<tr><td>{escape(e.event)}</td><td>{escape(e.streams)}</td>"
            f"<td>{escape(e.income_left)}</td><td>{escape(e.buffer)}</td></tr>"
            for e in view.events
        )
        head = "<tr><th>If</th><th>Stops</th><th>Income left</th><th>Buffer lasts</th></tr>"
        body += f"<table>{head}{rows}</table>"
    if view.edge:
        why = "".join(f"<li>{escape(w)}</li>" for w in view.edge_why)
        body += f'<p class="pc-edge">Your edge may be <strong>{escape(view.edge)}</strong></p>'
        body += f"<ul>{why}</ul>"
    return f'<section class="pc-section pc-risks"><h3>Shared risks</h3>{body}</section>'
