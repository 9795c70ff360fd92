"""An inline SVG of the 12-month cash-flow forecast: total income under three scenarios.

Pure: figures in, SVG text out. The lines come from :func:`agent.plan.forecast`; nothing is
computed here beyond placing them on the canvas. Labels are escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from agent.plan.exports.text import short_money, short_month

LINE_COLOURS = {"pessimistic": "#D55E00", "expected": "#0072B2", "optimistic": "#009E73"}
DIP_COLOUR = "#D55E00"


@dataclass(frozen=True)
class ForecastView:
    """The total income lines of a forecast, month by month, and the months that dip."""

    months: list[str]
    pessimistic: list[float]
    expected: list[float]
    optimistic: list[float]
    dip_months: list[int]  # 1-based
    monthly_spending: float | None = None


def _points(values: Sequence[float], x: list[float], y_of: Callable[[float], float]) -> str:
    return " ".join(f"{xi:.1f},{y_of(v):.1f}" for xi, v in zip(x, values, strict=False))


def forecast_svg(view: ForecastView, *, width: int = 640, height: int = 240) -> str:
    """Three lines (pessimistic, expected, optimistic) over twelve months, the band between
    the outer two shaded, dip months marked, and the monthly spending as a dashed line."""
    n = len(view.months)
    if n == 0:
        return '<p class="pc-empty">No forecast yet.</p>'
    left, right, top, bottom = 52, 24, 14, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [*view.optimistic, *view.expected, *view.pessimistic]
    if view.monthly_spending:
        values.append(view.monthly_spending)
    high = max(max(values), 1.0) * 1.1
    step = plot_w / max(n - 1, 1)
    x = [left + i * step for i in range(n)]

    def y_of(v: float) -> float:
        return top + plot_h - max(v, 0.0) / high * plot_h

    parts = [_grid(left, width - right, top, plot_h, high, y_of)]
    parts += [_dip(x[m - 1], top, plot_h, step, view.months[m - 1]) for m in view.dip_months
              if 1 <= m <= n]  # fmt: skip
    band = _points(view.optimistic, x, y_of) + " " + _points(view.pessimistic[::-1], x[::-1], y_of)
    parts.append(f'<polygon points="{band}" fill="#0072B2" opacity="0.12"/>')
    if view.monthly_spending:
        ys = y_of(view.monthly_spending)
        parts.append(
            f'<line class="pc-spending" x1="{left}" y1="{ys:.1f}" x2="{width - right}" '
            f'y2="{ys:.1f}" stroke="#555" stroke-dasharray="4 3"><title>monthly spending '
            f"{short_money(view.monthly_spending)}</title></line>"
        )
    for name in ("pessimistic", "expected", "optimistic"):
        line = getattr(view, name)
        parts.append(
            f'<polyline class="pc-line-{name}" points="{_points(line, x, y_of)}" fill="none" '
            f'stroke="{LINE_COLOURS[name]}" stroke-width="{2.5 if name == "expected" else 1.5}">'
            f"<title>{name}</title></polyline>"
        )
    parts += [
        f'<text x="{xi:.1f}" y="{top + plot_h + 14}" text-anchor="middle" font-size="10" '
        f'fill="currentColor">{escape(short_month(label))}</text>'
        for xi, label in zip(x, view.months, strict=False)
    ]
    parts.append(_key(left, height - 12))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="pc-forecast" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>Cash-flow forecast, next 12 months</title>{''.join(parts)}</svg>"
    )


Scale = Callable[[float], float]


def _grid(left: float, right: float, top: float, plot_h: float, high: float, y_of: Scale) -> str:
    out = []
    for i in range(5):
        v = high * i / 4
        y = y_of(v)
        out.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#ddd" '
            f'stroke-width="0.5"/><text x="{left - 4}" y="{y + 3:.1f}" text-anchor="end" '
            f'font-size="10" fill="currentColor">{short_money(v)}</text>'
        )
    return "".join(out)


def _dip(xm: float, top: float, plot_h: float, step: float, month: str) -> str:
    w = max(step * 0.8, 6)
    return (
        f'<rect class="pc-dip" x="{xm - w / 2:.1f}" y="{top}" width="{w:.1f}" '
        f'height="{plot_h:.1f}" fill="{DIP_COLOUR}" opacity="0.12">'
        f"<title>{escape(month)}: income may dip below need</title></rect>"
    )


def _key(left: float, y: float) -> str:
    items = [*LINE_COLOURS.items(), ("dip month", DIP_COLOUR)]
    out = []
    for i, (name, colour) in enumerate(items):
        x = left + i * 130
        out.append(
            f'<rect x="{x}" y="{y - 8}" width="14" height="8" fill="{colour}"/>'
            f'<text x="{x + 18}" y="{y}" font-size="11" fill="currentColor">{name}</text>'
        )
    return "".join(out)
