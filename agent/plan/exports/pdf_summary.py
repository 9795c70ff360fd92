"""The PDF's first page: the plan at a glance, to print and bring to a coach.

Key facts, the streams, the shares of time and income (each donut with its own legend in a
table cell, so a legend can never run into the other chart), the scores in one line, what
happens after the worst single loss, and what the plan still needs.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from agent.plan.exports.pdf_style import Kit, grid_table, para_text
from agent.plan.exports.text import capacity_money, money, number, shares
from agent.plan.models import Plan
from agent.plan.rules import needs
from agent.plan.scores import scores
from agent.plan.shock import shock_test

WIDTH = 174 * mm  # A4 less the margins


def summary_page(plan: Plan, k: Kit, today: Any) -> list[Flowable]:
    """The flowables of page one."""
    out: list[Flowable] = [_facts(plan, k), Spacer(1, 3 * mm)]
    out += _streams(plan, k)
    out += _donuts(plan, k)
    out += _scores_line(plan, k)
    out += _worst_loss(plan, k)
    out += _still_needed(plan, k, today)
    return out


def _facts(plan: Plan, k: Kit) -> Table:
    cap = plan.capacity
    core = para_text(plan.core_skill) if plan.core_skill else "not named yet"
    review = plan.review.date.isoformat() if plan.review else "not scheduled yet"
    rows = [("Context", plan.profile.context), ("Core skill", core)]
    if cap is None:
        rows.append(("Capacity", "not recorded yet"))
    else:
        rows += [
            ("Capacity", f"{number(cap.hours_per_week)} h a week, "
                         f"{number(plan.planned_hours)} h planned"),
            ("Cash buffer", capacity_money(plan, "cash_buffer")),
            ("Monthly spending", capacity_money(plan, "monthly_spending")),
        ]  # fmt: skip
        if cap.constraints:
            rows.append(("Constraints", "; ".join(para_text(c) for c in cap.constraints)))
    rows.append(("Next review", review))
    cells = [
        [Paragraph(label, k.p("Head")), Paragraph(value, k.p("Cell"))] for label, value in rows
    ]
    return grid_table(cells, [40 * mm, WIDTH - 40 * mm], k, header=False)


def _streams(plan: Plan, k: Kit) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Streams", k.p("H3"))]
    if not plan.streams:
        return [*out, Paragraph("No streams yet.", k.p("Body"))]
    heads = ["Stream", "Role", "Hours a week", "Share of time", "Income target",
             "Expected revenue"]  # fmt: skip
    rows: list[list[Any]] = [[Paragraph(h, k.p("Head")) for h in heads]]
    for s, time, income in shares(plan):
        role = s.role + (f" / {s.purpose}" if s.purpose else "")
        cells = [para_text(s.name), role, number(s.target_hours), f"{number(time)} %",
                 f"{number(income)} %", money(s.expected_revenue, plan.currency)]  # fmt: skip
        rows.append([Paragraph(c, k.p("Cell")) for c in cells])
    widths = [54 * mm, 30 * mm, 20 * mm, 20 * mm, 20 * mm, WIDTH - 144 * mm]
    return [*out, grid_table(rows, widths, k), Spacer(1, 3 * mm)]


def _donut(values: list[tuple[float, str]], title: str, k: Kit) -> Drawing:
    size = 92.0
    drawing = Drawing(size, size)
    positive = [(v, c) for v, c in values if math.isfinite(v) and v > 0]
    if not positive:
        drawing.add(String(size / 2, size / 2, "no data yet", fontName=k.font, fontSize=7,
                           textAnchor="middle"))  # fmt: skip
        return drawing
    chart = Doughnut()
    chart.x = chart.y = 2
    chart.width = chart.height = size - 4
    chart.innerRadiusFraction = 0.55
    chart.data = [v for v, _ in positive]
    chart.labels = None
    for i, (_, colour) in enumerate(positive):
        chart.slices[i].fillColor = colors.HexColor(colour)
        chart.slices[i].strokeColor = colors.white
    drawing.add(chart)
    drawing.add(String(size / 2, size / 2 - 3, title, fontName=k.bold, fontSize=8,
                       textAnchor="middle"))  # fmt: skip
    return drawing


def _legend(items: list[tuple[str, float, str]], k: Kit) -> Table:
    rows = []
    for name, share, colour in items:
        swatch = Drawing(8, 8)
        swatch.add(Rect(0, 0, 8, 8, fillColor=colors.HexColor(colour), strokeColor=None))
        rows.append([swatch, Paragraph(para_text(name), k.p("Cell")),
                     Paragraph(f"{number(share)} %", k.p("Cell"))])  # fmt: skip
    table = Table(rows, colWidths=[11, 38 * mm, 13 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
    return table


def _donuts(plan: Plan, k: Kit) -> list[Flowable]:
    if not plan.streams:
        return []
    cells = []
    rows = shares(plan)
    for title, values in (("Time", [t for _, t, _ in rows]), ("Income", [i for _, _, i in rows])):
        items = [(s.name, v, k.colours[s.id]) for (s, _, _), v in zip(rows, values, strict=True)]
        chart = _donut([(v, c) for _, v, c in items], title, k)
        pair = Table([[chart, _legend(items, k)]], colWidths=[34 * mm, 53 * mm])
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        cells.append(pair)
    heading = Paragraph("Shares of time and income target", k.p("H3"))
    both = Table([cells], colWidths=[WIDTH / 2, WIDTH / 2])
    both.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return [heading, both]


def _scores_line(plan: Plan, k: Kit) -> list[Flowable]:
    if not plan.streams:
        return []
    sc = scores(plan)
    line = " · ".join(
        f"<b>{s.name.capitalize()}</b> {s.value:.1f} / 5"
        for s in (sc.resilience, sc.autonomy, sc.ownership)
    )
    return [Paragraph("Scores", k.p("H3")), Paragraph(line, k.p("Body"))]


def _worst_loss(plan: Plan, k: Kit) -> list[Flowable]:
    results = shock_test(plan)
    if not results:
        return []
    worst = max(results, key=lambda r: r.income_share_lost)
    text = para_text(worst.summary[0].upper() + worst.summary[1:]) + "."
    return [Paragraph("If the largest stream stops", k.p("H3")), Paragraph(text, k.p("Body"))]


def _still_needed(plan: Plan, k: Kit, today: Any) -> list[Flowable]:
    found = needs(plan, today=today)
    if not found:
        return []
    items = "<br/>".join(f"• {para_text(n.text)}" for n in found)
    return [Paragraph("Still missing before the plan is final", k.p("H3")),
            Paragraph(items, k.p("Body"))]  # fmt: skip
