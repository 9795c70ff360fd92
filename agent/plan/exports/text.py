"""Shared wording for the exports: labels, numbers and the plan's derived figures.

Kept apart from each renderer so the Markdown, PDF and calendar say the same thing.
"""

from __future__ import annotations

from agent.plan.models import ACTIVITY_FIELDS, Plan, Stream, TimeBlock
from agent.plan.money import amount, short_amount
from agent.plan.sentences import loop_sentence, one_line, relation_sentence, short_month

__all__ = [
    "block_when", "loop_sentence", "money", "not_given", "number", "one_line",
    "relation_sentence", "shares", "short_money", "short_month", "stream_label", "stream_name",
    "stream_volatility",
]  # fmt: skip

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


def money(value: float | None, currency: str | None = None) -> str:
    """An amount with thousands separators and the plan's currency, or 'unknown'."""
    return amount(value, currency)


def unanswered(plan: Plan, field: str) -> str:
    """What became of a question nobody answered: 'skipped' when the person declined it,
    else 'not asked yet' (never a default figure)."""
    return "skipped" if any(u.field == field for u in plan.unknowns) else "not asked yet"


def not_given(plan: Plan) -> list[str]:
    """Each activity's fields the person has not given, as "Name: field, field" (the plan's
    JSON holds a default there, no answer)."""
    out = []
    for a in plan.activities:
        missing = [f.replace("_", " ") for f in ACTIVITY_FIELDS if not a.given(f)]
        if missing:
            out.append(f"{a.name}: {', '.join(missing)}")
    return out


def stream_volatility(plan: Plan, stream: Stream) -> str:
    """The stream's volatility, marked as assumed when it stands for recorded work whose
    volatility the person has not given."""
    work = next((a for a in plan.activities if a.name.casefold() == stream.name.casefold()), None)
    if work is None or work.given("volatility"):
        return stream.volatility
    asked = unanswered(plan, f"activities[{work.name}].volatility")
    return f"{stream.volatility} (assumed: {asked})"


def capacity_money(plan: Plan, name: str) -> str:
    """The cash buffer or monthly spending (``name``) with the currency, or what became of
    the question."""
    value = getattr(plan.capacity, name, None)
    if value is None:
        return unanswered(plan, f"capacity.{name}")
    return money(value, plan.currency)


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


def short_money(value: float, currency: str | None = None) -> str:
    """An axis label for an amount: 950, 4.2k, £36k."""
    return short_amount(value, currency)
