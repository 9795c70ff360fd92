"""The 12-month cash-flow forecast: total income under three scenarios, sized to its box.

Pure: figures in, HTML and SVG text out. The lines come from :func:`agent.plan.forecast`;
nothing is computed here beyond placing them. The plot is an SVG stretched to the panel's width
(its strokes keep their width), while the axis labels, months and key are HTML, so they stay
readable on a phone. Labels are escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from agent.plan.money import axis_ticks, short_amount
from agent.plan.sentences import short_month

LINE_COLOURS = {"pessimistic": "#D55E00", "expected": "#0072B2", "optimistic": "#009E73"}
#: The months that may dip are shaded grey: no line has this colour.
DIP_COLOUR = "#7F7F7F"
#: The plot's own units: a column of ``STEP`` per month, ``PLOT_H`` high.
STEP, PLOT_H = 100.0, 200.0


@dataclass(frozen=True)
class ForecastView:
    """The total income lines of a forecast, month by month, and the months that dip."""

    months: list[str]
    pessimistic: list[float]
    expected: list[float]
    optimistic: list[float]
    dip_months: list[int]  # 1-based
    monthly_spending: float | None = None
    currency: str | None = None


def _points(values: Sequence[float], y_of: Callable[[float], float]) -> str:
    return " ".join(f"{(i + 0.5) * STEP:.1f},{y_of(v):.1f}" for i, v in enumerate(values))


def forecast_svg(view: ForecastView) -> str:
    """Three lines (pessimistic, expected, optimistic) over twelve months, the band between
    the outer two shaded, dip months marked, the monthly spending as a dashed line, with the
    amounts beside and the months below; a note when there is nothing to draw."""
    n = len(view.months)
    if n == 0:
        return '<p class="pc-empty">No forecast yet.</p>'
    values = [*view.optimistic, *view.expected, *view.pessimistic]
    if view.monthly_spending:
        values.append(view.monthly_spending)
    ticks = axis_ticks(max(values) * 1.05)
    high = ticks[-1]

    def y_of(v: float) -> float:
        return PLOT_H - max(v, 0.0) / high * PLOT_H

    width = n * STEP
    parts = [_grid(width, y_of, ticks)]
    parts += [_dip(m - 1, view.months[m - 1]) for m in view.dip_months if 1 <= m <= n]
    band = (
        _points(view.optimistic, y_of)
        + " "
        + " ".join(reversed(_points(view.pessimistic, y_of).split()))
    )
    parts.append(f'<polygon points="{band}" fill="#0072B2" opacity="0.12"/>')
    if view.monthly_spending:
        ys = y_of(view.monthly_spending)
        parts.append(
            f'<line class="pc-spending" x1="0" y1="{ys:.1f}" x2="{width}" y2="{ys:.1f}" '
            f'stroke="#555" stroke-dasharray="5 4" vector-effect="non-scaling-stroke">'
            f"<title>monthly spending "
            f"{escape(short_amount(view.monthly_spending, view.currency))}</title></line>"
        )
    for name in ("pessimistic", "expected", "optimistic"):
        parts.append(
            f'<polyline class="pc-line-{name}" points="{_points(getattr(view, name), y_of)}" '
            f'fill="none" stroke="{LINE_COLOURS[name]}" vector-effect="non-scaling-stroke" '
            f'stroke-width="{2.5 if name == "expected" else 1.5}"><title>{name}</title>'
            "</polyline>"
        )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="pc-forecast" width="100%" '
        f'height="{PLOT_H:.0f}" viewBox="0 0 {width:.0f} {PLOT_H:.0f}" '
        f'preserveAspectRatio="none"><title>Cash-flow forecast, next 12 months</title>'
        f"{''.join(parts)}</svg>"
    )
    return (
        f'<figure class="pc-forecast-chart"><div class="pc-fc-plot">'
        f"{_axis(ticks, view.currency)}{svg}</div>{_months(view.months)}"
        f"{_key(bool(view.monthly_spending))}</figure>"
    )


def _grid(width: float, y_of: Callable[[float], float], ticks: Sequence[float]) -> str:
    return "".join(
        f'<line x1="0" y1="{y_of(v):.1f}" x2="{width}" y2="{y_of(v):.1f}" '
        f'stroke="#ddd" vector-effect="non-scaling-stroke"/>'
        for v in ticks
    )


def _axis(ticks: Sequence[float], currency: str | None) -> str:
    labels = "".join(
        f'<span style="bottom:{100 * v / ticks[-1]:.1f}%">'
        f"{escape(short_amount(v, currency))}</span>"
        for v in ticks
    )
    return f'<div class="pc-fc-axis" aria-hidden="true">{labels}</div>'


def _months(months: list[str]) -> str:
    cells = "".join(f"<span>{escape(short_month(label))}</span>" for label in months)
    return f'<div class="pc-fc-months" aria-hidden="true">{cells}</div>'


def _dip(index: int, month: str) -> str:
    return (
        f'<rect class="pc-dip" x="{index * STEP + STEP * 0.1:.1f}" y="0" '
        f'width="{STEP * 0.8:.1f}" height="{PLOT_H:.0f}" fill="{DIP_COLOUR}" opacity="0.22">'
        f"<title>{escape(month)}: income may dip below need</title></rect>"
    )


def _key(spending: bool) -> str:
    items = [
        *((name, f"background:{colour}") for name, colour in LINE_COLOURS.items()),
        ("month that may dip below need", f"background:{DIP_COLOUR};opacity:0.45"),
    ]
    if spending:
        items.append(("monthly spending", "border-top:2px dashed #555;height:0"))
    rows = "".join(
        f'<li><span class="pc-key-mark" style="{style}"></span>{escape(name)}</li>'
        for name, style in items
    )
    return f'<ul class="pc-fc-key">{rows}</ul>'
