"""From quantities to field values: which field a figure fills, and in which unit.

A figure goes to the noun its segment names (an activity, a stream), else to the field its
words name (savings, spending, capacity), else to the open question's field. Money is turned
into the field's period (a year for an activity, a month for spending); a fee per lesson,
per day or per hour becomes yearly only when the message says how often, and is asked back
otherwise. A figure no rule places is asked back, never guessed into a field.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantities import HOURS_PER_DAY, WEEKS_PER_MONTH, Quantity

PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 52.0 * 5, "": 1.0}
SURE = 0.9
UNSURE = 0.5


@dataclass(frozen=True)
class Figure:
    """A value for a field, before it becomes a reading."""

    field: str
    value: float
    confidence: float = SURE
    note: str = ""
    currency: str | None = None


def annual(q: Quantity, frequency: Quantity | None, weekly_hours: float | None) -> Figure:
    """Money as a yearly figure: per period, per item x how often, per hour x hours a week."""
    field = "activity.annual_revenue"
    if q.period in PER_YEAR:
        value = q.value * PER_YEAR[q.period]
        if q.period == "day" and frequency is not None:
            value = q.value * frequency.value * PER_YEAR[frequency.period or "week"]
        elif q.period == "day":
            return Figure(field, q.value, UNSURE, "a day rate: how many days a year?", q.currency)
        note = "" if q.period in {"year", ""} else f"{format_number(q.value)} a {q.period}"
        return Figure(field, value, SURE, _join(q.note, note), q.currency)
    if q.period == "hour":
        if weekly_hours is None:
            return Figure(field, q.value, UNSURE, "an hourly rate: how many hours?", q.currency)
        value = q.value * weekly_hours * 52
        return Figure(field, value, SURE, f"{format_number(q.value)} an hour", q.currency)
    if q.period.startswith("each-") and frequency is not None:
        per = q.period.split("-", 1)[1]
        value = q.value * frequency.value * PER_YEAR[per]
        note = f"{format_number(frequency.value)} x {format_number(q.value)} a {per}"
        return Figure(field, value, SURE, note, q.currency)
    if frequency is None:
        note = f"a fee per {q.period}: how many a year?"
        return Figure(field, q.value, UNSURE, note, q.currency)
    times = frequency.value * PER_YEAR.get(frequency.period, 1.0)
    note = f"{format_number(q.value)} a {q.period}, {format_number(frequency.value)} a "
    return Figure(field, q.value * times, SURE, note + frequency.period, q.currency)


def monthly(q: Quantity) -> Figure:
    """Money as a monthly figure ("36k a year" -> 3000; a bare amount is per month)."""
    per_year = PER_YEAR.get(q.period)
    if per_year is None:
        return Figure("capacity.monthly_spending", q.value, UNSURE, "per what?", q.currency)
    value = q.value if q.period in {"", "month"} else q.value * per_year / 12
    return Figure("capacity.monthly_spending", value, SURE, q.note, q.currency)


def weekly_hours(q: Quantity, days: Quantity | None) -> tuple[float, str]:
    """Hours a week from hours (per week or per day) and the days worked, if said."""
    if q.kind == "days":
        return q.value * HOURS_PER_DAY, f"a day counted as {HOURS_PER_DAY} h"
    per_day = (
        days is not None and days.period == "week" and q.value <= 12 and "a week" not in q.note
    )
    if q.period == "day" or per_day:
        count = _per_week(days) if days else 5.0
        return q.value * count, f"{format_number(q.value)} h a day, {format_number(count)} days"
    if q.kind == "bare" and q.period == "month":
        return q.value / WEEKS_PER_MONTH, f"{format_number(q.value)} h a month"
    if q.kind == "bare" and q.period == "year":
        return q.value / 52, f"{format_number(q.value)} h a year"
    return q.value, q.note


def _per_week(days: Quantity) -> float:
    return days.value / WEEKS_PER_MONTH if days.period == "month" else days.value


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)
