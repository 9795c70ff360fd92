"""The plan as a PDF to print and bring to a coach (reportlab).

Page one is the plan at a glance (``pdf_summary``); the details follow from page two
(``pdf_details``): the week, the scores with their reasons, the shock test, the cash flow,
the feedback loops, the findings, the audit and the review. User text goes into reportlab's
Paragraph markup only after XML escaping, so a stream named ``<font size=90>`` prints as those
characters. The document is built with reportlab's ``invariant`` flag: the same plan gives
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

from agent.plan.edge import SkillProfiler
from agent.plan.exports.pdf_details import detail_pages
from agent.plan.exports.pdf_risks import risk_flowables
from agent.plan.exports.pdf_style import Kit, kit, para_text
from agent.plan.exports.pdf_summary import summary_page
from agent.plan.models import Plan
from agent.plan.sentences import one_line

__all__ = ["para_text", "to_pdf"]


def to_pdf(
    plan: Plan, *, today: dt.date | None = None, profiler: SkillProfiler | None = None
) -> bytes:
    """The whole plan as PDF bytes; the cash flow runs 12 months from the month after
    ``today`` (default: the plan's ``as_of`` date, so the same plan gives the same bytes).
    ``profiler`` knows skills' families for the edge in a combination."""
    k = kit(plan)
    buffer = io.BytesIO()
    title = (
        f"Portfolio plan: {one_line(plan.profile.name)}" if plan.profile.name else "Portfolio plan"
    )
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, title=title, author="", invariant=1,
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
    )  # fmt: skip
    story: list[Flowable] = [Paragraph(para_text(title), k.p("Title")), _subtitle(plan, k)]
    story += summary_page(plan, k, today)
    risks = risk_flowables(plan, k.styles, k.font, k.bold, profiler)
    details = detail_pages(plan, k, today, risks)
    if details:
        story += [PageBreak(), *details]
    doc.build(story, onFirstPage=_footer(k), onLaterPages=_footer(k))
    return buffer.getvalue()


def _subtitle(plan: Plan, k: Kit) -> Paragraph:
    when = f"As of {plan.as_of.isoformat()}. " if plan.as_of else ""
    return Paragraph(f"{when}This page is the plan at a glance; the details follow.", k.p("Small"))


def _footer(k: Kit) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(k.font, 7.5)
        canvas.setFillGray(0.4)
        canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, f"Page {doc.page}")
        canvas.restoreState()

    return draw
