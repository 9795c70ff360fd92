"""From quantities to field values: which field a figure fills, and in which unit.

A figure goes to the noun its segment names (an activity, a stream), else to the field its
words name (savings, spending, capacity), else to the open question's field. Money is turned
into the field's period (a year for an activity, a month for spending); a fee per lesson,
per day or per hour becomes yearly only when the message says how often, and is asked back
otherwise. A figure no rule places is asked back, never guessed into a field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace

from agent.interviewer.reading import per_item, rates
from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantity import HOURS_PER_DAY, WEEKS_PER_MONTH, Quantity
from agent.interviewer.reading.types import made_here

PER_YEAR = {
    "year": 1.0,
    "quarter": 4.0,
    "month": 12.0,
    "fortnight": 26.0,
    "week": 52.0,
    "day": 52.0 * 5,
    "": 1.0,
}
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
    #: The placing path that made the figure; its reading keeps it (``Reading.source``).
    source: str = dataclasses.field(default_factory=made_here, compare=False, repr=False)


def annual(
    q: Quantity, frequency: Quantity | None, weekly_hours: float | None, weeks: float = 52
) -> Figure:
    """Money as a yearly figure: per period, per item x how often, per hour x hours a week."""
    field = "activity.annual_revenue"
    if q.period in {"year", "quarter", "month", "fortnight", "week", ""} and frequency is None:
        # "£380 a week, and I take 10 weeks off": a week's pay times the weeks it is earned
        value = q.value * (weeks if q.period == "week" else PER_YEAR[q.period])
        note = "" if q.period in {"year", ""} else f"{format_number(q.value)} a {q.period}"
        return Figure(field, value, SURE, _join(q.note, note), q.currency)
    if q.period == "hour":
        if weekly_hours is None:
            return Figure(field, q.value, UNSURE, "an hourly rate: how many hours?", q.currency)
        value = q.value * weekly_hours * weeks
        note = f"{format_number(q.value)} an hour, {format_number(weekly_hours)} h a week"
        return Figure(field, value, SURE, note, q.currency)
    if frequency is None:
        note = f"a fee per {q.period}: how often?"
        return Figure(field, q.value, UNSURE, note, q.currency)
    if (
        frequency.kind in {"count", "bare"}
        and not frequency.period
        and not q.period.startswith(("year", "month", "week", "fortnight", "each-"))
    ):  # "sold 60 copies at £8": a total over a time not said, no yearly figure
        value = q.value * frequency.value
        note = f"{format_number(frequency.value)} x {format_number(q.value)}: over what time?"
        return Figure(field, value, UNSURE, note, q.currency)
    if q.period in per_item.PEOPLE and not _people_counted(frequency):
        # "4 tours a week, €35 per person": the year needs how many people come each time
        note = f"a fee per {q.period}: how many each time?"
        return Figure(field, q.value, UNSURE, note, q.currency)
    if q.period in {"year", "month", "fortnight", "week"}:  # "85 patrons x £4 a month"
        value = q.value * frequency.value * PER_YEAR[q.period]
    elif q.period.startswith("each-"):
        value = q.value * frequency.value * PER_YEAR[q.period.split("-", 1)[1]]
    elif frequency.period in {"week", "day"} and weeks != 52:  # "3 a week for 12 weeks"
        value = q.value * rates.per_year(frequency) * weeks / 52
    else:
        value = q.value * rates.per_year(frequency)
    said = q.period.removeprefix("each-") if q.period not in {"", "each"} else "time"
    each = " each" if q.period.startswith("each-") else ""
    note = f"{format_number(q.value)} a {said}{each}, {frequency.note or 'as often as said'}"
    return Figure(field, value, SURE, note, q.currency)


def over_days_said(figure: Figure, frequency: Quantity | None, days: list[Quantity]) -> Figure:
    """ "$3 a box, about 40 a day, 6 days a week": a count made each day, over the days a week
    the sentence says (a per-day count is otherwise counted over five days a week)."""
    if frequency is None or frequency.period != "day" or frequency.kind not in {"bare", "count"}:
        return figure
    said = [d for d in days if d.kind == "days" and d.period == "week" and 0 < d.value <= 7]
    if len(said) != 1 or said[0].value == 5 or figure.confidence != SURE:
        return figure
    note = f"{figure.note}, {format_number(said[0].value)} days a week"
    return replace(figure, value=figure.value * said[0].value / 5, note=note)


def _people_counted(frequency: Quantity) -> bool:
    """True unless how often names occasions rather than people ("4 tours a week" names tours;
    "40 students a week" and a plain "x 10 a month" may count the people)."""
    noun = frequency.note.casefold().strip()
    if frequency.kind == "bare":
        return True
    return frequency.kind == "count" and (
        noun in per_item.PEOPLE or noun.rstrip("s") in per_item.PEOPLE
    )


def monthly(q: Quantity) -> Figure:
    """Money as a monthly figure ("36k a year" -> 3000; a bare amount is per month)."""
    per_year = PER_YEAR.get(q.period)
    if per_year is None:
        return Figure("capacity.monthly_spending", q.value, UNSURE, "per what?", q.currency)
    value = q.value if q.period in {"", "month"} else q.value * per_year / 12
    return Figure("capacity.monthly_spending", value, SURE, q.note, q.currency)


def weekly_hours(q: Quantity, frequency: Quantity | None) -> tuple[float, str]:
    """Hours a week: per week, per day (x the days said, else 5), or "N hours each" x how
    often; a number of working days is 8 hours each."""
    if q.kind == "days":
        per_week = {"month": 12 / 52, "fortnight": 0.5, "year": 1 / 52}.get(q.period, 1.0)
        return q.value * HOURS_PER_DAY * per_week, f"a day counted as {HOURS_PER_DAY} h"
    if frequency is not None:
        per_week = rates.per_year(frequency) / 52
        note = f"{format_number(q.value)} h, {format_number(per_week)} times a week"
        return q.value * per_week, note
    if q.period == "day":
        return q.value * 5, f"{format_number(q.value)} h a day, 5 days"
    if q.kind == "bare" and q.period == "month":
        return q.value / WEEKS_PER_MONTH, f"{format_number(q.value)} h a month"
    if q.kind == "bare" and q.period == "year":
        return q.value / 52, f"{format_number(q.value)} h a year"
    if q.kind == "bare" and q.period == "fortnight":
        return q.value / 2, f"{format_number(q.value)} h a fortnight"
    return q.value, q.note


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)
