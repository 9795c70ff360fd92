"""The live plan panel: one HTML fragment from a plan and what the core says about it.

Rendering only: every figure shown is read from the plan or from the core's findings,
scores and shock test (gathered in :mod:`ui.view`). Every string that can come from a user
or a CV goes through :func:`html.escape` here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from agent.plan.findings import Finding
from agent.plan.models import Plan, Stream
from ui.charts import (
    CalendarBlock,
    Edge,
    Slice,
    colour_for,
    donut_svg,
    loop_graph_svg,
    week_calendar_svg,
)
from ui.forecast_chart import ForecastView, forecast_svg
from ui.risk_panel import RiskView, risk_html

WEEKDAY_INDEX = {
    d: i
    for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}


@dataclass(frozen=True)
class ScoreView:
    """One score (1.0-5.0) with the reasons behind it."""

    name: str
    value: float
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ShockView:
    """What happens if one stream stops: the income left and how long the buffer lasts."""

    stream: str
    income_left: str
    buffer_months: str


@dataclass(frozen=True)
class PanelData:
    """Everything the panel shows besides the plan itself."""

    findings: list[Finding] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    scores: list[ScoreView] = field(default_factory=list)
    shock: list[ShockView] = field(default_factory=list)
    final: bool = False
    forecast: ForecastView | None = None
    risks: RiskView | None = None


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _section(title: str, body: str, css: str = "") -> str:
    return f'<section class="pc-section {css}"><h3>{escape(title)}</h3>{body}</section>'


def render_panel(plan: Plan, data: PanelData) -> str:
    """The whole panel as one HTML fragment."""
    parts = [
        _profile(plan, data),
        _audit(plan),
        _streams(plan),
        _charts(plan),
        _calendar(plan),
        _loops(plan),
        _scores(data),
        _shock(data),
        risk_html(data.risks),
        _forecast(data),
        _findings(data),
    ]
    return f'<div class="pc-panel" id="pc-plan">{"".join(parts)}</div>'


def _forecast(data: PanelData) -> str:
    view = data.forecast
    if view is None:
        return ""
    if view.dip_months:
        names = ", ".join(escape(view.months[m - 1]) for m in view.dip_months)
        note = f'<p class="pc-dips">Months that may dip below need: {names}.</p>'
    else:
        note = '<p class="pc-dips">No month dips below need, even in the pessimistic line.</p>'
    return _section("Cash flow, next 12 months", forecast_svg(view) + note, "pc-forecast-section")


def _profile(plan: Plan, data: PanelData) -> str:
    rows = [
        ("Name", escape(plan.profile.name) or "-"),
        ("Context", escape(plan.profile.context)),
        ("Core skill", escape(plan.core_skill) if plan.core_skill else "<em>not named yet</em>"),
        ("Status", "final" if data.final else "draft"),
    ]
    cap = plan.capacity
    if cap is None:
        rows.append(("Capacity", "<em>not recorded yet</em>"))
    else:
        rows.append(
            ("Capacity", f"{_num(cap.hours_per_week)} h/week, {_num(plan.planned_hours)} planned")
        )
        if cap.cash_buffer is not None:
            rows.append(("Cash buffer", f"{cap.cash_buffer:,.0f}"))
        if cap.constraints:
            rows.append(("Constraints", "; ".join(escape(c) for c in cap.constraints)))
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return _section("Profile and capacity", f'<table class="pc-kv">{body}</table>')


def _audit(plan: Plan) -> str:
    if not plan.activities and not plan.skills:
        return _section("Audit", '<p class="pc-empty">Nothing recorded yet.</p>')
    rows = "".join(
        f"<tr><td>{escape(a.name)}</td><td>{a.annual_revenue:,.0f}</td>"
        f"<td>{_num(a.hours_per_week)}</td><td>{a.volatility}</td><td>{a.energy}</td></tr>"
        for a in plan.activities
    )
    table = (
        "<table><tr><th>Activity</th><th>Revenue/yr</th><th>h/week</th><th>Volatility</th>"
        f"<th>Energy</th></tr>{rows}</table>"
        if plan.activities
        else ""
    )
    skills = "".join(
        f'<li class="{"pc-proposed" if not s.confirmed else ""}">{escape(s.name)}'
        f"{' (from CV, to confirm)' if not s.confirmed else ''}"
        f"{' - under-used' if s.under_used else ''}</li>"
        for s in plan.skills
    )
    return _section("Audit", table + (f'<ul class="pc-skills">{skills}</ul>' if skills else ""))


def _streams(plan: Plan) -> str:
    if not plan.streams:
        return _section("Streams", '<p class="pc-empty">No streams yet.</p>')
    rows = "".join(_stream_row(plan, s, i) for i, s in enumerate(plan.streams))
    head = (
        "<tr><th>Stream</th><th>Role</th><th>h/week</th><th>Time</th><th>Income target</th>"
        "<th>Expected revenue</th><th>Volatility</th></tr>"
    )
    return _section("Streams", f'<table class="pc-streams">{head}{rows}</table>')


def _stream_row(plan: Plan, s: Stream, index: int) -> str:
    dot = f'<span class="pc-dot" style="background:{colour_for(s.role, index)}"></span>'
    role = s.role + (f" / {s.purpose}" if s.purpose else "")
    return (
        f'<tr class="pc-stream"><td>{dot}{escape(s.name)}</td><td>{role}</td>'
        f"<td>{_num(s.target_hours)}</td><td>{_num(plan.time_share(s.id))} %</td>"
        f"<td>{_num(s.target_income_share)} %</td><td>{s.expected_revenue:,.0f}</td>"
        f"<td>{s.volatility}</td></tr>"
    )


def _charts(plan: Plan) -> str:
    colours = [colour_for(s.role, i) for i, s in enumerate(plan.streams)]
    time = [Slice(s.name, s.target_hours, c) for s, c in zip(plan.streams, colours, strict=True)]
    income = [
        Slice(s.name, s.target_income_share, c) for s, c in zip(plan.streams, colours, strict=True)
    ]
    body = donut_svg("Time", time) + donut_svg("Income", income)
    return _section("Shares of time and income", f'<div class="pc-donuts">{body}</div>')


def _calendar(plan: Plan) -> str:
    colours = {s.id: colour_for(s.role, i) for i, s in enumerate(plan.streams)}
    names = {s.id: s.name for s in plan.streams}
    weekly, monthly = [], []
    for b in plan.time_blocks:
        if b.week_of_month != "every":
            monthly.append(
                f"<li>{escape(names.get(b.stream_id, b.stream_id))}: {b.week_of_month} "
                f"{b.weekday} of the month, {b.start}-{b.end}</li>"
            )
            continue
        start, end = _minutes(b.start), _minutes(b.end)
        weekly.append(
            CalendarBlock(
                WEEKDAY_INDEX[b.weekday],
                start,
                max(end, start),
                names.get(b.stream_id, b.stream_id),
                colours.get(b.stream_id, "#999"),
            )
        )
    extra = f'<ul class="pc-monthly">{"".join(monthly)}</ul>' if monthly else ""
    return _section("Weekly time blocks", week_calendar_svg(weekly) + extra)


def _minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


def _loops(plan: Plan) -> str:
    names = {s.id: s.name for s in plan.streams}
    nodes = [(s.name, colour_for(s.role, i)) for i, s in enumerate(plan.streams)]
    edges = [
        Edge(names.get(loop.from_stream, ""), names.get(loop.to_stream, ""), loop.kind)
        for loop in plan.feedback_loops
    ]
    return _section("Feedback loops", loop_graph_svg(nodes, edges))


def _scores(data: PanelData) -> str:
    if not data.scores:
        return ""
    items = "".join(
        f'<div class="pc-score"><strong>{escape(s.name)}</strong> '
        f'<meter min="1" max="5" value="{s.value:.1f}"></meter> {s.value:.1f}/5'
        f"<ul>{''.join(f'<li>{escape(r)}</li>' for r in s.reasons)}</ul></div>"
        for s in data.scores
    )
    return _section("Scores", items, "pc-scores")


def _shock(data: PanelData) -> str:
    if not data.shock:
        return ""
    rows = "".join(
        f"<tr><td>{escape(r.stream)}</td><td>{escape(r.income_left)}</td>"
        f"<td>{escape(r.buffer_months)}</td></tr>"
        for r in data.shock
    )
    head = "<tr><th>If this stops</th><th>Income left</th><th>Buffer lasts</th></tr>"
    return _section("Shock test", f"<table>{head}{rows}</table>", "pc-shock")


def _findings(data: PanelData) -> str:
    rows = "".join(
        f'<tr class="pc-{f.severity}"><td><code>{escape(f.code)}</code></td><td>{f.severity}</td>'
        f"<td>{escape(f.message)}</td><td>{escape(f.fix)}</td></tr>"
        for f in data.findings
    )
    table = (
        f"<table><tr><th>Code</th><th>Severity</th><th>What</th><th>Fix</th></tr>{rows}</table>"
        if rows
        else '<p class="pc-empty">No findings.</p>'
    )
    missing = "".join(f"<li>{escape(m)}</li>" for m in data.missing)
    still = f'<h4>Still missing</h4><ul class="pc-missing">{missing}</ul>' if missing else ""
    return _section("Findings", table + still, "pc-findings")
