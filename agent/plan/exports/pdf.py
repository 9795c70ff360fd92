"""The plan as a PDF with donut charts of time and income shares (reportlab).

User text goes into reportlab's Paragraph markup only after XML escaping, so a stream named
``<font size=90>`` prints as those characters. The document is built with reportlab's
``invariant`` flag: the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from agent.plan.edge import SkillProfiler
from agent.plan.exports.pdf_forecast import dip_sentence, forecast_drawing, plan_forecast
from agent.plan.exports.pdf_risks import risk_flowables
from agent.plan.exports.text import block_when, money, number, one_line, shares, stream_name
from agent.plan.models import Plan

ROLE_COLOURS = {"anchor": "#0072B2", "client": "#E69F00", "leverage": "#009E73", "seed": "#CC79A7"}
FALLBACK = "#999999"
_FONT_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)


def _fonts() -> tuple[str, str]:
    """A Unicode font where the system has one (names in any script print), else Helvetica."""
    regular, bold = _FONT_FILES
    if not (regular.is_file() and bold.is_file()):
        return "Helvetica", "Helvetica-Bold"
    if "PlanSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PlanSans", str(regular)))
        pdfmetrics.registerFont(TTFont("PlanSans-Bold", str(bold)))
    return "PlanSans", "PlanSans-Bold"


def para_text(text: str) -> str:
    """User text made safe for Paragraph markup: one line, XML escaped."""
    return escape(one_line(text))


def to_pdf(
    plan: Plan, *, today: dt.date | None = None, profiler: SkillProfiler | None = None
) -> bytes:
    """The whole plan as PDF bytes; with streams, a 12-month cash-flow forecast from the month
    after ``today`` (default: the plan's ``as_of`` date, so the same plan gives the same
    bytes). ``profiler`` knows skills' families for the edge in a combination."""
    font, bold = _fonts()
    styles = _styles(font, bold)
    buffer = io.BytesIO()
    title = (
        f"Portfolio plan: {one_line(plan.profile.name)}" if plan.profile.name else "Portfolio plan"
    )
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, title=title, author="", invariant=1,
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
    )  # fmt: skip
    story: list[Flowable] = [Paragraph(escape(title), styles["Title"])]
    story += _summary(plan, styles)
    story += _streams(plan, styles, font, bold)
    story += _charts(plan, font)
    story += _forecast(plan, today, styles, font)
    story += _blocks_and_loops(plan, styles)
    story += risk_flowables(plan, styles, font, bold, profiler)
    story += _review(plan, styles)
    doc.build(story)
    return buffer.getvalue()


def _styles(font: str, bold: str) -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "Title": ParagraphStyle("T", parent=base["Title"], fontName=bold),
        "H2": ParagraphStyle("H2", parent=base["Heading2"], fontName=bold),
        "Body": ParagraphStyle("B", parent=base["BodyText"], fontName=font),
        "Cell": ParagraphStyle("C", parent=base["BodyText"], fontName=font, fontSize=8, leading=10),
    }


def _summary(plan: Plan, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    body = styles["Body"]
    core = para_text(plan.core_skill) if plan.core_skill else "not named yet"
    lines = [f"<b>Context:</b> {plan.profile.context}", f"<b>Core skill:</b> {core}"]
    cap = plan.capacity
    if cap is not None:
        lines.append(
            f"<b>Capacity:</b> {number(cap.hours_per_week)} h/week, "
            f"{number(plan.planned_hours)} h planned; cash buffer {money(cap.cash_buffer)}"
        )
        if cap.constraints:
            lines.append("<b>Constraints:</b> " + "; ".join(para_text(c) for c in cap.constraints))
    if plan.as_of is not None:
        lines.append(f"<b>As of:</b> {plan.as_of.isoformat()}")
    return [Paragraph(line, body) for line in lines]


def _streams(plan: Plan, styles: dict[str, ParagraphStyle], font: str, bold: str) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Streams", styles["H2"])]
    if not plan.streams:
        return [*out, Paragraph("No streams yet.", styles["Body"])]
    cell = styles["Cell"]
    rows: list[list[Any]] = [["Stream", "Role", "Hours/week", "Time", "Income", "Revenue"]]
    for s, time, income in shares(plan):
        role = s.role + (f" / {s.purpose}" if s.purpose else "")
        rows.append(
            [Paragraph(para_text(s.name), cell), role, number(s.target_hours),
             f"{number(time)} %", f"{number(income)} %", money(s.expected_revenue)]
        )  # fmt: skip
    table = Table(rows, colWidths=[60 * mm, 28 * mm, 20 * mm, 18 * mm, 18 * mm, 25 * mm])
    table.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), font), ("FONTNAME", (0, 0), (-1, 0), bold),
             ("FONTSIZE", (0, 0), (-1, -1), 8), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        )
    )  # fmt: skip
    return [*out, table, Spacer(1, 4 * mm)]


def _donut(title: str, items: list[tuple[str, float, str]], font: str) -> Drawing:
    drawing = Drawing(240, 150)
    drawing.add(String(60, 138, title, fontName=font, fontSize=10, textAnchor="middle"))
    positive = [(label, v, colour) for label, v, colour in items if math.isfinite(v) and v > 0]
    if not positive:
        drawing.add(String(60, 70, "no data yet", fontName=font, fontSize=8, textAnchor="middle"))
        return drawing
    chart = Doughnut()
    chart.x, chart.y, chart.width, chart.height = 10, 15, 110, 110
    chart.data = [value for _, value, _ in positive]
    chart.labels = None
    for i, (_, _, colour) in enumerate(positive):
        chart.slices[i].fillColor = colors.HexColor(colour)
        chart.slices[i].strokeColor = colors.white
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 130, 120, font, 7
    legend.alignment = "right"
    legend.colorNamePairs = [
        (colors.HexColor(colour), f"{one_line(label)[:28]} {number(value)} %")
        for label, value, colour in items
    ]
    drawing.add(legend)
    return drawing


def _charts(plan: Plan, font: str) -> list[Flowable]:
    if not plan.streams:
        return []
    rows = shares(plan)
    time = [(s.name, t, ROLE_COLOURS.get(s.role, FALLBACK)) for s, t, _ in rows]
    income = [(s.name, i, ROLE_COLOURS.get(s.role, FALLBACK)) for s, _, i in rows]
    pair = Table([[_donut("Time", time, font), _donut("Income target", income, font)]])
    return [pair, Spacer(1, 4 * mm)]


def _forecast(
    plan: Plan, today: dt.date | None, styles: dict[str, ParagraphStyle], font: str
) -> list[Flowable]:
    f = plan_forecast(plan, today)
    if f is None:
        return []
    t = f.total
    if not all(math.isfinite(v) for v in (*t.pessimistic, *t.expected, *t.optimistic)):
        note = "The forecast is left out: a figure in the plan is out of range (see the findings)."
        return [
            Paragraph("Cash flow, next 12 months", styles["H2"]),
            Paragraph(note, styles["Body"]),
        ]
    return [
        Paragraph("Cash flow, next 12 months", styles["H2"]),
        forecast_drawing(f, font),
        Paragraph(dip_sentence(f), styles["Body"]),
        Spacer(1, 4 * mm),
    ]


def _blocks_and_loops(plan: Plan, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    body = styles["Body"]
    if plan.time_blocks:
        out.append(Paragraph("Time blocks", styles["H2"]))
        for b in plan.time_blocks:
            out.append(
                Paragraph(f"{para_text(stream_name(plan, b.stream_id))}: {block_when(b)}", body)
            )
    if plan.feedback_loops:
        out.append(Paragraph("Feedback loops", styles["H2"]))
        for loop in plan.feedback_loops:
            source = para_text(stream_name(plan, loop.from_stream))
            target = para_text(stream_name(plan, loop.to_stream))
            note = f": {para_text(loop.note)}" if loop.note else ""
            out.append(Paragraph(f"{source} <b>{loop.kind}</b> {target}{note}", body))
    return out


def _review(plan: Plan, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Quarterly review", styles["H2"])]
    if plan.review is None:
        return [*out, Paragraph("Not scheduled yet.", styles["Body"])]
    out.append(Paragraph(f"Date: {plan.review.date.isoformat()}", styles["Body"]))
    out += [Paragraph(f"- {para_text(q)}", styles["Body"]) for q in plan.review.questions]
    return out
