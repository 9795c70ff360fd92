"""Renderers of a plan into downloadable files: Markdown, PDF and iCalendar.

Pure functions: a plan (and, for the calendar, today's date) in, text or bytes out. The JSON
export is the core's own serialisation of the plan.

Each renderer's module (and its library: reportlab for the PDF, icalendar for the calendar)
is imported on its first call, so a process that only writes a calendar never loads the PDF
library, and the reverse.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.plan.edge import SkillProfiler
    from agent.plan.models import Plan

__all__ = ["to_ics", "to_markdown", "to_pdf"]


def to_ics(plan: Plan, *, today: dt.date) -> bytes:
    """The calendar (see :func:`agent.plan.exports.ics.to_ics`)."""
    from agent.plan.exports import ics

    return ics.to_ics(plan, today=today)


def to_markdown(plan: Plan, *, profiler: SkillProfiler | None = None) -> str:
    """The plan as Markdown (see :func:`agent.plan.exports.markdown.to_markdown`)."""
    from agent.plan.exports import markdown

    return markdown.to_markdown(plan, profiler=profiler)


def to_pdf(
    plan: Plan, *, today: dt.date | None = None, profiler: SkillProfiler | None = None
) -> bytes:
    """The plan as PDF bytes (see :func:`agent.plan.exports.pdf.to_pdf`)."""
    from agent.plan.exports import pdf

    return pdf.to_pdf(plan, today=today, profiler=profiler)
