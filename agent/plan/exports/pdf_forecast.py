"""The 12-month cash-flow forecast drawn for the PDF with reportlab graphics.

Total income under the pessimistic, expected and optimistic lines of
:func:`agent.plan.forecast.forecast` (seed 7), the band between the outer two shaded, the
months that may dip below need marked, and the monthly spending as a dashed line.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from agent.plan.forecast import Forecast, forecast
from agent.plan.models import Plan
from agent.plan.money import axis_ticks, short_amount
from agent.plan.sentences import short_month

SEED = 7
LINE_COLOURS = {"pessimistic": "#D55E00", "expected": "#0072B2", "optimistic": "#009E73"}
#: Months that may dip are shaded grey: no line has this colour.
DIP_GREY = 0.5
DIP_FILL = colors.Color(DIP_GREY, DIP_GREY, DIP_GREY, alpha=0.2)
WIDTH, HEIGHT = 490.0, 220.0
#: The plot's margins; the key takes the two rows under the month labels.
LEFT, RIGHT, TOP, BOTTOM = 44.0, 10.0, 12.0, 54.0


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
    ticks = axis_ticks(max(values, default=0.0) * 1.05)
    high = ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(n - 1, 1)
    xs = [LEFT + i * step for i in range(n)]

    def y(v: float) -> float:
        return BOTTOM + max(v, 0.0) / high * plot_h

    for v in ticks:
        d.add(Line(LEFT, y(v), WIDTH - RIGHT, y(v), strokeColor=colors.lightgrey,
                   strokeWidth=0.4))  # fmt: skip
        d.add(String(LEFT - 3, y(v) - 3, short_amount(v, f.currency), fontName=font, fontSize=7,
                     textAnchor="end"))  # fmt: skip
    for m in f.dip_months:
        if 1 <= m <= n:
            d.add(Rect(xs[m - 1] - step * 0.4, BOTTOM, step * 0.8, plot_h, strokeColor=None,
                       fillColor=DIP_FILL))  # fmt: skip
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
    """The key in two rows under the month labels; each item is placed after the width of
    the one before, so no label runs into the next."""
    items = [*((n, colors.HexColor(c)) for n, c in LINE_COLOURS.items()),
             ("month that may dip below need", colors.Color(DIP_GREY, DIP_GREY, DIP_GREY, 0.45)),
             ("monthly spending (dashed)", colors.grey)]  # fmt: skip
    x, y = LEFT, 20.0
    for name, colour in items:
        width = 13 + stringWidth(name, font, 7) + 14
        if x + width > WIDTH:
            x, y = LEFT, y - 11
        d.add(Rect(x, y, 10, 6, fillColor=colour, strokeColor=None))
        d.add(String(x + 13, y, name, fontName=font, fontSize=7))
        x += width


def dip_sentence(f: Forecast) -> str:
    """One line naming the months that may dip below need (plain text, no user input)."""
    if not f.dip_months:
        return "No month dips below need, even in the pessimistic line."
    months = ", ".join(f.months[m - 1] for m in f.dip_months if 1 <= m <= len(f.months))
    return f"Months that may dip below need: {months}."
