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

import dataclasses
import sys
from dataclasses import dataclass
from types import FrameType
from typing import Literal

from agent.plan.models import Plan

Act = Literal["fact", "change", "wish", "question", "undo", "skip", "confirm", "nothing"]

#: Readings at or above this confidence are acted on; below it the interviewer asks back.
CONFIDENT = 0.75

_PACKAGE = "agent.interviewer.reading."


def made_here(depth: int = 2) -> str:
    """Where the reader's code is making something: ``"module.function<module.function"``, the
    function ``depth`` frames up (past the dataclass's ``__init__``) and the one that called it,
    both in the reading package. Provenance for measuring which paths store wrong values."""
    frame: FrameType | None = sys._getframe(depth)
    names: list[str] = []
    while frame is not None and len(names) < 2:
        module = frame.f_globals.get("__name__", "")
        if module.startswith(_PACKAGE):
            names.append(f"{module.removeprefix(_PACKAGE)}.{frame.f_code.co_qualname}")
        frame = frame.f_back
    return "<".join(names)


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
    #: The reader's path that made the reading ("placing._money<placing._place"), set where it
    #: is made and kept through ``replace``; for tracing and measuring, never shown to people,
    #: and no part of a reading's equality.
    source: str = dataclasses.field(default_factory=made_here, compare=False, repr=False)

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
