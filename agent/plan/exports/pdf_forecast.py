"""The 12-month cash-flow forecast drawn for the PDF with reportlab graphics.

Total income under the pessimistic, expected and optimistic lines of
:func:`agent.plan.forecast.forecast` (seed 7), the band between the outer two shaded, the
months that may dip below need marked, and the monthly spending as a dashed line.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from agent.plan.exports.text import short_money, short_month
from agent.plan.forecast import Forecast, forecast
from agent.plan.models import Plan

SEED = 7
LINE_COLOURS = {"pessimistic": "#D55E00", "expected": "#0072B2", "optimistic": "#009E73"}
WIDTH, HEIGHT = 480.0, 210.0
LEFT, RIGHT, TOP, BOTTOM = 44.0, 10.0, 12.0, 44.0


def plan_forecast(plan: Plan, today: dt.date | None) -> Forecast | None:
    """The forecast from ``today`` (else the plan's date), or None without streams or a date."""
    start = today or plan.as_of
    if not plan.streams or start is None:
        return None
    return forecast(plan, today=start, seed=SEED)


def forecast_drawing(f: Forecast, font: str) -> Drawing:
    """A drawing of the forecast's total lines, dips and spending."""
    d = Drawing(WIDTH, HEIGHT)
    n = len(f.months)
    values = [*f.total.optimistic, *f.total.expected, *f.total.pessimistic]
    if f.monthly_spending:
        values.append(f.monthly_spending)
    high = max(max(values, default=0.0), 1.0) * 1.1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(n - 1, 1)
    xs = [LEFT + i * step for i in range(n)]

    def y(v: float) -> float:
        return BOTTOM + max(v, 0.0) / high * plot_h

    for i in range(5):
        v = high * i / 4
        d.add(Line(LEFT, y(v), WIDTH - RIGHT, y(v), strokeColor=colors.lightgrey,
                   strokeWidth=0.4))  # fmt: skip
        d.add(String(LEFT - 3, y(v) - 3, short_money(v), fontName=font, fontSize=7,
                     textAnchor="end"))  # fmt: skip
    for m in f.dip_months:
        if 1 <= m <= n:
            d.add(Rect(xs[m - 1] - step * 0.4, BOTTOM, step * 0.8, plot_h, strokeColor=None,
                       fillColor=colors.Color(0.84, 0.37, 0.0, alpha=0.15)))  # fmt: skip
    band = [*_pairs(xs, [y(v) for v in f.total.optimistic]),
            *_pairs(xs[::-1], [y(v) for v in f.total.pessimistic[::-1]])]  # fmt: skip
    d.add(Polygon(band, fillColor=colors.Color(0.0, 0.45, 0.7, alpha=0.12), strokeColor=None))
    if f.monthly_spending:
        ys = y(f.monthly_spending)
        d.add(Line(LEFT, ys, WIDTH - RIGHT, ys, strokeColor=colors.grey, strokeDashArray=[3, 2]))
    for name, colour in LINE_COLOURS.items():
        points = _pairs(xs, [y(v) for v in f.total.line(name)])  # type: ignore[arg-type]
        d.add(PolyLine(points, strokeColor=colors.HexColor(colour),
                       strokeWidth=2 if name == "expected" else 1))  # fmt: skip
    for x, label in zip(xs, f.months, strict=False):
        d.add(
            String(
                x, BOTTOM - 11, short_month(label), fontName=font, fontSize=6, textAnchor="middle"
            )
        )
    _key(d, font)
    return d


def _pairs(xs: list[float], ys: list[float]) -> list[float]:
    out: list[float] = []
    for x, y in zip(xs, ys, strict=False):
        out += [x, y]
    return out


def _key(d: Drawing, font: str) -> None:
    items = [*LINE_COLOURS.items(), ("dip month", "#D55E00"), ("spending", "#808080")]
    for i, (name, colour) in enumerate(items):
        x = LEFT + i * 86
        d.add(Rect(x, 6, 10, 6, fillColor=colors.HexColor(colour), strokeColor=None))
        d.add(String(x + 13, 6, name, fontName=font, fontSize=7))


def dip_sentence(f: Forecast) -> str:
    """One line naming the months that may dip below need (plain text, no user input)."""
    if not f.dip_months:
        return "No month dips below need, even in the pessimistic line."
    months = ", ".join(f.months[m - 1] for m in f.dip_months if 1 <= m <= len(f.months))
    return f"Months that may dip below need: {months}."
