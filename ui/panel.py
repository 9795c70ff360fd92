"""The live plan panel: one HTML fragment from a plan and what the core says about it.

Rendering only: every figure shown is read from the plan or from the core's findings, needs,
scores and shock test (gathered in :mod:`ui.view`). Every string that can come from a user or
a CV goes through :func:`html.escape` here. Tables sit in boxes that scroll sideways on their
own, so a narrow screen never cuts a column off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from agent.plan.findings import Finding
from agent.plan.models import Plan
from agent.plan.rules import Need
from agent.plan.sentences import loop_sentence
from ui.charts import Edge, Slice, donut_card, loop_graph_svg, stream_colours
from ui.forecast_chart import ForecastView, forecast_svg
from ui.panel_parts import audit, num, profile, scroll, section, skills, streams_table
from ui.risk_panel import RiskView, risk_html
from ui.week_view import CalendarBlock, week_calendar_html

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
    needs: list[Need] = field(default_factory=list)
    scores: list[ScoreView] = field(default_factory=list)
    shock: list[ShockView] = field(default_factory=list)
    final: bool = False
    forecast: ForecastView | None = None
    risks: RiskView | None = None


def render_panel(plan: Plan, data: PanelData) -> str:
    """The whole panel as one HTML fragment."""
    colours = stream_colours([s.role for s in plan.streams])
    parts = [
        _needs(plan, data),
        profile(plan, final=data.final),
        audit(plan),
        skills(plan),
        streams_table(plan, colours),
        _charts(plan, colours),
        _calendar(plan, colours),
        _loops(plan, colours),
        _scores(data),
        _shock(data),
        risk_html(data.risks),
        _forecast(data),
        _findings(data),
    ]
    return f'<div class="pc-panel" id="pc-plan">{"".join(parts)}</div>'


def _needs(plan: Plan, data: PanelData) -> str:
    """What the plan still needs, in plain words; the rule behind each is its tooltip."""
    if data.final or not data.needs:
        return ""
    items = "".join(
        f'<li title="{escape(f"{n.code}: {n.detail}" if n.code else n.text)}">{escape(n.text)}</li>'
        for n in data.needs
    )
    intro = (
        '<p class="pc-intro">Your plan fills in here as you answer the questions in the chat.</p>'
        if not plan.activities and plan.capacity is None
        else ""
    )
    return section("Still missing", f'{intro}<ul class="pc-missing">{items}</ul>', "pc-needs")


def _charts(plan: Plan, colours: list[str]) -> str:
    if not plan.streams:
        return ""
    time = [Slice(s.name, s.target_hours, c) for s, c in zip(plan.streams, colours, strict=True)]
    income = [
        Slice(s.name, s.target_income_share, c) for s, c in zip(plan.streams, colours, strict=True)
    ]
    body = donut_card("Time", time) + donut_card("Income target", income)
    return section("Shares of time and income", f'<div class="pc-donuts">{body}</div>')


def _calendar(plan: Plan, colours: list[str]) -> str:
    by_id = {s.id: c for s, c in zip(plan.streams, colours, strict=True)}
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
                by_id.get(b.stream_id, "#999"),
            )
        )
    extra = f'<ul class="pc-monthly">{"".join(monthly)}</ul>' if monthly else ""
    return section("Weekly time blocks", week_calendar_html(weekly) + extra)


def _minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


def _loops(plan: Plan, colours: list[str]) -> str:
    names = {s.id: s.name for s in plan.streams}
    nodes = [(s.name, c) for s, c in zip(plan.streams, colours, strict=True)]
    edges = [
        Edge(names.get(loop.from_stream, ""), names.get(loop.to_stream, ""), loop.kind)
        for loop in plan.feedback_loops
    ]
    said = "".join(f"<li>{escape(loop_sentence(plan, loop))}</li>" for loop in plan.feedback_loops)
    sentences = f'<ul class="pc-loop-list">{said}</ul>' if said else ""
    if not nodes:
        return section("Feedback loops", '<p class="pc-empty">No streams yet.</p>')
    graph = f'<div class="pc-loops-box">{loop_graph_svg(nodes, edges)}</div>'
    return section("Feedback loops", graph + sentences)


def _scores(data: PanelData) -> str:
    if not data.scores:
        return ""
    items = "".join(
        f'<div class="pc-score"><strong>{escape(s.name)}</strong> '
        f'<meter min="1" max="5" value="{s.value:.1f}"></meter> {s.value:.1f}/5'
        f"<ul>{''.join(f'<li>{escape(r)}</li>' for r in s.reasons)}</ul></div>"
        for s in data.scores
    )
    return section("Scores", items, "pc-scores")


def _shock(data: PanelData) -> str:
    if not data.shock:
        return ""
    rows = "".join(
        f"<tr><td>{escape(r.stream)}</td><td>{escape(r.income_left)}</td>"
        f"<td>{escape(r.buffer_months)}</td></tr>"
        for r in data.shock
    )
    head = "<tr><th>If this stops</th><th>Income left</th><th>Buffer lasts</th></tr>"
    return section("Shock test", scroll(f"<table>{head}{rows}</table>"), "pc-shock")


def _forecast(data: PanelData) -> str:
    view = data.forecast
    if view is None:
        return ""
    if view.dip_months:
        names = ", ".join(escape(view.months[m - 1]) for m in view.dip_months)
        note = f'<p class="pc-dips">Months that may dip below need: {names}.</p>'
    else:
        note = '<p class="pc-dips">No month dips below need, even in the pessimistic line.</p>'
    unit = f" ({escape(view.currency)})" if view.currency else ""
    return section(
        f"Cash flow, next 12 months{unit}", forecast_svg(view) + note, "pc-forecast-section"
    )


def _findings(data: PanelData) -> str:
    rows = "".join(
        f'<tr class="pc-{f.severity}"><td><code>{escape(f.code)}</code></td><td>{f.severity}</td>'
        f"<td>{escape(f.message)}</td><td>{escape(f.fix)}</td></tr>"
        for f in data.findings
    )
    table = (
        scroll(
            f"<table><tr><th>Code</th><th>Severity</th><th>What</th><th>Fix</th></tr>{rows}</table>"
        )
        if rows
        else '<p class="pc-empty">No findings.</p>'
    )
    return section("Findings", table, "pc-findings")


__all__ = ["PanelData", "ScoreView", "ShockView", "num", "render_panel"]
