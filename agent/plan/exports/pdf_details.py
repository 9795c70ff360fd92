"""The PDF's detail pages: the week, the scores with their reasons, the shock test, the
cash flow, the feedback loops, the audit, the findings and the review.

Each section starts with a heading kept with what follows it, so no heading is left alone at
the foot of a page; tables wrap their text in cells and repeat their header on a new page.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from agent.plan.exports.pdf_forecast import dip_sentence, forecast_drawing, plan_forecast
from agent.plan.exports.pdf_style import Kit, grid_table, ink, para_text
from agent.plan.exports.pdf_summary import WIDTH
from agent.plan.exports.text import (
    block_when,
    loop_sentence,
    money,
    number,
    stream_name,
    unanswered,
)
from agent.plan.models import ACTIVITY_FIELDS, Activity, Plan, minutes
from agent.plan.money import unit_note
from agent.plan.rules import check
from agent.plan.scores import scores
from agent.plan.shock import buffer_lasts, shock_test

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
HOUR_PT, GUTTER, HEAD = 13.0, 30.0, 14.0


def detail_pages(
    plan: Plan, k: Kit, today: dt.date | None, risks: Sequence[Flowable] = ()
) -> list[Flowable]:
    """The flowables after the summary page; ``risks`` (the shared risks and the skill edge)
    follow the shock test."""
    out: list[Flowable] = [*_week(plan, k), *_scores(plan, k), *_shock(plan, k), *risks]
    out += _cash_flow(plan, k, today)
    out += _loops(plan, k)
    out += _findings(plan, k, today)
    out += [*_audit(plan, k), *_review(plan, k)]
    return out


def _h2(text: str, k: Kit) -> Paragraph:
    return Paragraph(text, k.p("H2"))


# -- the week -----------------------------------------------------------------------------
def _week(plan: Plan, k: Kit) -> list[Flowable]:
    if not plan.time_blocks:
        return []
    out: list[Flowable] = [_h2("Your week", k)]
    weekly = [b for b in plan.time_blocks if b.week_of_month == "every"]
    if weekly:
        out.append(week_drawing(plan, k))
    monthly = [b for b in plan.time_blocks if b.week_of_month != "every"]
    if monthly:
        out.append(Paragraph("Once a month", k.p("H3")))
        out += [
            Paragraph(f"{para_text(stream_name(plan, b.stream_id))}: {block_when(b)}", k.p("Body"))
            for b in monthly
        ]
    return out


def week_drawing(plan: Plan, k: Kit) -> Drawing:
    """Monday to Sunday, one box per weekly block, each name wrapped inside its box."""
    weekly = [b for b in plan.time_blocks if b.week_of_month == "every"]
    first = min(minutes(b.start) for b in weekly) // 60
    last = -(-max(minutes(b.end) for b in weekly) // 60)
    height = HEAD + (last - first) * HOUR_PT + 2
    col = (WIDTH - GUTTER) / 7
    d = Drawing(WIDTH, height)

    def y_of(minute: float) -> float:
        return height - HEAD - (minute / 60 - first) * HOUR_PT

    for i, day in enumerate(DAYS):
        d.add(String(GUTTER + col * (i + 0.5), height - 10, day[:3].capitalize(),
                     fontName=k.bold, fontSize=8, textAnchor="middle"))  # fmt: skip
    for h in range(first, last + 1):
        d.add(Line(GUTTER, y_of(h * 60), WIDTH, y_of(h * 60), strokeColor=colors.lightgrey,
                   strokeWidth=0.4))  # fmt: skip
        d.add(String(GUTTER - 3, y_of(h * 60) - 2.5, f"{h:02d}:00", fontName=k.font,
                     fontSize=6.5, textAnchor="end"))  # fmt: skip
    for b in weekly:
        x = GUTTER + col * DAYS.index(b.weekday) + 1
        top, bottom = y_of(minutes(b.start)), y_of(max(minutes(b.end), minutes(b.start)))
        colour = k.colours.get(b.stream_id, "#999999")
        d.add(Rect(x, bottom, col - 2, max(top - bottom, 1.5), fillColor=colors.HexColor(colour),
                   strokeColor=None))  # fmt: skip
        lines = _fit(stream_name(plan, b.stream_id), col - 6, k.font, 6.5, (top - bottom) / 8)
        for n, line in enumerate(lines):
            d.add(String(x + 2, top - 8 - 8 * n, line, fontName=k.font, fontSize=6.5,
                         fillColor=ink(colour)))  # fmt: skip
    return d


def _fit(text: str, width: float, font: str, size: float, room: float) -> list[str]:
    """``text`` in as many lines as ``room`` allows, each at most ``width`` wide; a word too
    long is cut and a name that does not fit ends in an ellipsis."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = word
    lines.append(current)
    lines = [_cut(line, width, font, size) for line in lines]
    keep = max(0, math.floor(room))
    if len(lines) > keep:
        lines = lines[:keep]
        if lines:
            lines[-1] = _cut(lines[-1] + "…", width, font, size, force=True)
    return lines


def _cut(line: str, width: float, font: str, size: float, *, force: bool = False) -> str:
    if stringWidth(line, font, size) <= width and not (force and not line.endswith("…")):
        return line
    body = line.rstrip("…")
    while body and stringWidth(body + "…", font, size) > width:
        body = body[:-1]
    return body + "…"


# -- scores, shock test, loops --------------------------------------------------------------
def _scores(plan: Plan, k: Kit) -> list[Flowable]:
    if not plan.streams:
        return []
    out: list[Flowable] = [_h2("Scores and their reasons", k)]
    sc = scores(plan)
    for s in (sc.resilience, sc.autonomy, sc.ownership):
        out.append(Paragraph(f"{s.name.capitalize()}: {s.value:.1f} / 5", k.p("H3")))
        out += [Paragraph(f"• {para_text(r)}", k.p("Body")) for r in s.reasons]
    return out


def _shock(plan: Plan, k: Kit) -> list[Flowable]:
    results = shock_test(plan)
    if not results:
        return []
    heads = ["If this stops", "Income left", "Expected revenue left", "The buffer lasts"]
    rows: list[list[Any]] = [[Paragraph(h, k.p("Head")) for h in heads]]
    for r in results:
        cells = [para_text(r.stream_name), f"{number(r.income_share_left)} %",
                 money(r.annual_revenue_left, plan.currency), buffer_lasts(r)]  # fmt: skip
        rows.append([Paragraph(c, k.p("Cell")) for c in cells])
    widths = [58 * mm, 24 * mm, 36 * mm, WIDTH - 118 * mm]
    return [_h2("Shock test", k), grid_table(rows, widths, k)]


def _loops(plan: Plan, k: Kit) -> list[Flowable]:
    if not plan.feedback_loops:
        return []
    said = [Paragraph(f"• {para_text(loop_sentence(plan, loop))}", k.p("Body"))
            for loop in plan.feedback_loops]  # fmt: skip
    return [_h2("Feedback loops", k), *said]


# -- the audit and the skills ---------------------------------------------------------------
def _answer(plan: Plan, a: Activity, field: str, text: str) -> str:
    if a.given(field):  # type: ignore[arg-type]
        return text
    return f"<i>{unanswered(plan, f'activities[{a.name}].{field}')}</i>"


def _audit(plan: Plan, k: Kit) -> list[Flowable]:
    out: list[Flowable] = []
    if plan.activities:
        heads = ["Activity", "Hours a week", "Revenue a year", "Income", "Teaches you", "Energy"]
        rows: list[list[Any]] = [[Paragraph(h, k.p("Head")) for h in heads]]
        for a in plan.activities:
            shown = {
                "hours_per_week": number(a.hours_per_week),
                "annual_revenue": money(a.annual_revenue, plan.currency),
                "volatility": a.volatility,
                "teaches": para_text(a.teaches) or "-",
                "energy": a.energy,
            }
            cells = [para_text(a.name)]
            cells += [_answer(plan, a, f, shown[f]) for f in ACTIVITY_FIELDS]
            rows.append([Paragraph(c, k.p("Cell")) for c in cells])
        widths = [40 * mm, 20 * mm, 26 * mm, 20 * mm, 44 * mm, WIDTH - 150 * mm]
        out += [_h2("What you do today", k), grid_table(rows, widths, k)]
    if plan.skills:
        out.append(_h2("Skills", k))
        for s in plan.skills:
            notes = ["from your CV, to confirm" if not s.confirmed else "",
                     "excites you" if (s.excitement or 0) >= 4 else "",
                     "under-used" if s.under_used else ""]  # fmt: skip
            said = ", ".join(n for n in notes if n)
            out.append(Paragraph(f"• {para_text(s.name)}" + (f" ({said})" if said else ""),
                                 k.p("Body")))  # fmt: skip
    return out


# -- cash flow, findings, review --------------------------------------------------------------
def _cash_flow(plan: Plan, k: Kit, today: dt.date | None) -> list[Flowable]:
    f = plan_forecast(plan, today)
    if f is None:
        return []
    heading = _h2(f"Cash flow, next 12 months{unit_note(plan.currency)}", k)
    t = f.total
    if not all(math.isfinite(v) for v in (*t.pessimistic, *t.expected, *t.optimistic)):
        note = "The forecast is left out: a figure in the plan is out of range (see the findings)."
        return [heading, Paragraph(note, k.p("Body"))]
    lines = [Paragraph(f"• {para_text(line)}", k.p("Body")) for line in f.summary]
    return [heading, forecast_drawing(f, k.font), Spacer(1, 2 * mm),
            Paragraph(dip_sentence(f), k.p("Body")), *lines]  # fmt: skip


def _findings(plan: Plan, k: Kit, today: dt.date | None) -> list[Flowable]:
    reference = today or plan.as_of or dt.date.min
    found = check(plan, final=True, today=reference)
    if not found:
        return [_h2("Findings", k), Paragraph("The plan passes every rule.", k.p("Body"))]
    heads = ["Rule", "Severity", "What", "How to fix it"]
    rows: list[list[Any]] = [[Paragraph(h, k.p("Head")) for h in heads]]
    for f in found:
        cells = [f.code, f.severity, para_text(f.message), para_text(f.fix)]
        rows.append([Paragraph(c, k.p("Cell")) for c in cells])
    widths = [14 * mm, 20 * mm, 70 * mm, WIDTH - 104 * mm]
    return [_h2("Findings", k), grid_table(rows, widths, k)]


def _review(plan: Plan, k: Kit) -> list[Flowable]:
    if plan.review is None:
        return [_h2("Quarterly review", k), Paragraph("Not scheduled yet.", k.p("Body"))]
    out: list[Flowable] = [_h2("Quarterly review", k)]
    out.append(Paragraph(f"On {plan.review.date.isoformat()}, ask:", k.p("Body")))
    out += [Paragraph(f"• {para_text(q)}", k.p("Body")) for q in plan.review.questions]
    return out
