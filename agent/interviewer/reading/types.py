"""The typed result of reading a message, and the little of the plan that reading needs.

Field names are the reading fields of the utterance table (``docs/evals.md``): ``context``,
``capacity.hours_per_week``, ``capacity.constraints``, ``capacity.cash_buffer``,
``capacity.buffer_months``, ``capacity.monthly_spending``, ``activity``,
``activity.hours_per_week``, ``activity.annual_revenue``, ``activity.volatility``,
``activity.teaches``, ``activity.energy``, ``skill``, ``skill.excites``, ``skill.under_used``,
``core_skill``, ``stream.target_hours``, ``stream.target_income_share``, ``stream.name``,
``stream.role``, ``review.date``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from agent.plan.models import Plan

Act = Literal["fact", "change", "wish", "question", "undo", "skip", "confirm", "nothing"]

#: Readings at or above this confidence are acted on; below it the interviewer asks back.
CONFIDENT = 0.75


@dataclass(frozen=True)
class Reading:
    """One thing a message says: a dialog act with its field, value, subject and evidence.

    ``subject`` is the activity (for ``activity.*`` fields) or the stream (for ``stream.*``
    fields and wishes) in the person's words. ``value`` is a number in the field's unit (money
    per year for ``activity.annual_revenue``, per month for ``capacity.monthly_spending``, hours
    per week), a label, a text, or a bool for ``confirm``. ``span`` is the part of the message
    it was read from.
    """

    act: Act
    field: str | None = None
    value: float | str | bool | None = None
    subject: str | None = None
    span: str = ""
    confidence: float = 1.0
    #: ISO currency code when the money's symbol or word names one ("£" -> "GBP").
    currency: str | None = None
    #: A wished stream's hours a week, income share (percent) and role, or a wish to drop it.
    hours: float | None = None
    share: float | None = None
    role: str | None = None
    remove: bool = False
    #: How a value was read when it needed interpretation ("10-15 hours: the midpoint").
    note: str = ""

    @property
    def confident(self) -> bool:
        """True when the reading may be acted on without asking back."""
        return self.confidence >= CONFIDENT


@dataclass(frozen=True)
class StreamView:
    """A stream as reading needs it: its name, role and hours."""

    name: str
    role: str = ""
    hours: float | None = None


@dataclass(frozen=True)
class PlanView:
    """What the plan already holds, as far as reading a message needs it."""

    capacity: float | None = None
    activities: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    streams: tuple[StreamView, ...] = ()

    @classmethod
    def from_plan(cls, plan: Plan) -> PlanView:
        """The view of a whole plan."""
        return cls(
            capacity=plan.capacity.hours_per_week if plan.capacity else None,
            activities=tuple(a.name for a in plan.activities),
            skills=tuple(s.name for s in plan.skills),
            streams=tuple(StreamView(s.name, s.role, s.target_hours) for s in plan.streams),
        )
