"""Renderers of a plan into downloadable files: Markdown, PDF and iCalendar.

Pure functions: a plan (and, for the calendar, today's date) in, text or bytes out. The JSON
export is the core's own serialisation of the plan.
"""

from agent.plan.exports.ics import to_ics
from agent.plan.exports.markdown import to_markdown
from agent.plan.exports.pdf import to_pdf

__all__ = ["to_ics", "to_markdown", "to_pdf"]
