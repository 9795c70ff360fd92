"""Shared wording for the exports: labels, numbers and the plan's derived figures.

Kept apart from each renderer so the Markdown, PDF and calendar say the same thing.
"""

from __future__ import annotations

import calendar

from agent.plan.models import Plan, Stream, TimeBlock

WEEKDAY_LABELS = {
    "monday": "Mon",
    "tuesday": "Tue",
    "wednesday": "Wed",
    "thursday": "Thu",
    "friday": "Fri",
    "saturday": "Sat",
    "sunday": "Sun",
}


def number(value: float) -> str:
    """A figure without trailing zeros: 12, 12.5."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def money(value: float | None) -> str:
    """An amount with thousands separators, or 'unknown'."""
    return "unknown" if value is None else f"{value:,.0f}"


def stream_name(plan: Plan, stream_id: str) -> str:
    """The stream's name, or its id when the stream is gone."""
    stream = plan.stream(stream_id)
    return stream.name if stream is not None else stream_id


def stream_label(stream: Stream) -> str:
    """Name with role (and purpose): 'Day job (anchor)'."""
    tag = stream.role if stream.purpose is None else f"{stream.role}, {stream.purpose}"
    return f"{stream.name} ({tag})"


def block_when(block: TimeBlock) -> str:
    """'every Mon 09:00-12:00' or 'first Tue 18:00-20:00 of the month'."""
    day = WEEKDAY_LABELS[block.weekday]
    if block.week_of_month == "every":
        return f"every {day} {block.start}-{block.end}"
    return f"{block.week_of_month} {day} of the month {block.start}-{block.end}"


def shares(plan: Plan) -> list[tuple[Stream, float, float]]:
    """Each stream with its time share (from hours) and its target income share, in percent."""
    return [(s, plan.time_share(s.id), s.target_income_share) for s in plan.streams]


def one_line(text: str) -> str:
    """Text with every control character (CR, LF, tab ...) turned into a space."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


def short_money(value: float) -> str:
    """An axis label for an amount: 950, 4.2k, 36k."""
    if abs(value) >= 10_000:
        return f"{value / 1000:,.0f}k"
    if abs(value) >= 1000:
        return f"{value / 1000:,.1f}k"
    return f"{value:,.0f}"


def short_month(label: str) -> str:
    """'2027-03' as 'Mar 27'; any other text is kept (cut to 8 characters)."""
    year, _, month = label.partition("-")
    if len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{calendar.month_abbr[int(month)]} {year[2:]}"
    return label[:8]
