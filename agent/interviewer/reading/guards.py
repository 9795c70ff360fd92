"""Figures no one would mean: asked back rather than stored.

A wrong figure in a plan is worse than a question asked twice. Some figures the reading rules
produce cannot be what the person means whatever rule produced them: more hours in a week than
a week can hold, or an amount far beyond what a person earns, spends or has saved in the
currency it is written in (numbers glued together, "39h 31k" read as one figure, a rate
multiplied by a total). ``implausible`` lowers their confidence so the interviewer asks back.
"""

from __future__ import annotations

from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

#: Currencies in which an amount's size says how plausible it is (a unit worth about a dollar
#: or more); amounts in other currencies are left to the rules that read them.
_STRONG = frozenset({"GBP", "USD", "EUR", "CHF", "AUD", "CAD", "NZD", "SGD"})
#: The most a person plausibly earns a year, spends a month or has saved, in those units.
_MONEY_LIMITS = {
    "activity.annual_revenue": 1_000_000.0,
    "capacity.monthly_spending": 50_000.0,
    "capacity.cash_buffer": 5_000_000.0,
}
#: An amount with no currency may be in any: it is held to a wider limit.
_UNNAMED_FACTOR = 5.0
_HOUR_FIELDS = frozenset(
    {"activity.hours_per_week", "capacity.hours_per_week", "stream.target_hours"}
)
#: A week has 168 hours; more than 100 of work is no one's week.
_MAX_HOURS = 100.0
_MAX_MONTHS = 120.0


def implausible(readings: list[Reading]) -> list[Reading]:
    """The readings with figures no one would mean asked back."""
    return [_checked(r) for r in readings]


def _checked(r: Reading) -> Reading:
    if r.act not in {"fact", "change"} or not isinstance(r.value, int | float):
        return r
    if isinstance(r.value, bool):
        return r
    limit = _limit(r)
    if limit is None or abs(float(r.value)) <= limit:
        return r
    return replace(r, confidence=min(r.confidence, UNSURE), note=_join(r.note, "implausibly large"))


def _limit(r: Reading) -> float | None:
    field = r.field or ""
    if field in _HOUR_FIELDS:
        return _MAX_HOURS
    if field == "capacity.buffer_months":
        return _MAX_MONTHS
    if field not in _MONEY_LIMITS:
        return None
    if r.currency is None:
        return _MONEY_LIMITS[field] * _UNNAMED_FACTOR
    return _MONEY_LIMITS[field] if r.currency in _STRONG else None


def _join(note: str, more: str) -> str:
    return f"{note}; {more}" if note else more
