"""Typed operations: every change a person can make to a plan, one model each.

The models are flat and carry limits (``ge``/``le``) so that a tool built from them gives a
language model a precise schema. ``Operation`` is their union, discriminated by ``op``, so an
event log serialises to JSON. How each operation changes a plan lives in ``transitions.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator, model_validator

from agent.plan.models import (
    CLOCK_PATTERN,
    Context,
    Energy,
    Exposure,
    FactorKind,
    LoopKind,
    Purpose,
    RiskFactor,
    Role,
    SkillSource,
    Volatility,
    Weekday,
    WeekOfMonth,
    WorkKind,
)
from agent.plan.money import currency_problem

Hours = Annotated[float, Field(ge=0, le=80, description="Hours per week, 0-80.")]
Share = Annotated[float, Field(ge=0, le=100, description="Percent, 0-100.")]
Money = Annotated[float, Field(ge=0, description="Currency units per year, 0 or more.")]
Name = Annotated[str, Field(min_length=1, max_length=200)]
StreamId = Annotated[str, Field(min_length=1, description="The stream's id (slug of its name).")]


class Op(BaseModel):
    """Base of every operation: strict (unknown fields refused) and immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class SetProfile(Op):
    """Record the person's name (or a label for the plan)."""

    op: Literal["set_profile"] = "set_profile"
    name: str = Field(max_length=200, description="The person's name or a label.")


class SetContext(Op):
    """Record the context that shapes the advice."""

    op: Literal["set_context"] = "set_context"
    context: Context = Field(
        description="corporate, government, activist, tech, caregiver, general."
    )


class SetCurrency(Op):
    """Record the currency of the person's amounts (the one they wrote: £ is GBP, € EUR)."""

    op: Literal["set_currency"] = "set_currency"
    code: str = Field(description="ISO 4217 code: GBP, EUR, USD, CHF...")

    @field_validator("code")
    @classmethod
    def _iso(cls, code: str) -> str:
        problem = currency_problem(code)
        if problem:
            raise ValueError(problem)
        return code.strip().upper()


class SetCapacity(Op):
    """Record the hours a week the person can really give, and their cash cushion."""

    op: Literal["set_capacity"] = "set_capacity"
    hours_per_week: float = Field(ge=0, le=100, description="Hours a week for all work, 0-100.")
    constraints: list[str] = Field(default_factory=list, description="What limits the hours.")
    cash_buffer: float | None = Field(None, ge=0, description="Savings to live on, if known.")
    monthly_spending: float | None = Field(None, ge=0, description="Monthly needs, if known.")


class AddActivity(Op):
    """Record an activity from the audit of what the person does today; give only the fields
    the person said (the others stay 'not asked yet')."""

    op: Literal["add_activity"] = "add_activity"
    name: Name = Field(description="What the activity is; unique in the plan.")
    annual_revenue: Money | None = None
    hours_per_week: Hours | None = None
    volatility: Volatility | None = None
    teaches: str | None = Field(None, description="What it teaches.")
    energy: Energy | None = None


class UpdateActivity(Op):
    """Change some fields of a recorded activity; fields left out keep their value."""

    op: Literal["update_activity"] = "update_activity"
    name: Name = Field(description="The activity to change.")
    annual_revenue: Money | None = None
    hours_per_week: Hours | None = None
    volatility: Volatility | None = None
    teaches: str | None = None
    energy: Energy | None = None


class RemoveActivity(Op):
    """Remove an activity from the audit."""

    op: Literal["remove_activity"] = "remove_activity"
    name: Name = Field(description="The activity to remove.")


class AddSkill(Op):
    """Record a skill."""

    op: Literal["add_skill"] = "add_skill"
    name: Name = Field(description="The skill; unique in the plan (case-insensitive).")
    excitement: int | None = Field(None, ge=1, le=5, description="1 (dull) to 5 (exciting).")
    under_used: bool = False
    source: SkillSource = "user"
    evidence: str = ""
    confirmed: bool = True


class UpdateSkill(Op):
    """Change some fields of a recorded skill; fields left out keep their value."""

    op: Literal["update_skill"] = "update_skill"
    name: Name = Field(description="The skill to change.")
    excitement: int | None = Field(None, ge=1, le=5)
    under_used: bool | None = None
    evidence: str | None = None
    confirmed: bool | None = None


class RemoveSkill(Op):
    """Remove a skill."""

    op: Literal["remove_skill"] = "remove_skill"
    name: Name = Field(description="The skill to remove.")


class SetCoreSkill(Op):
    """Name the core skill: the one worth 10,000 hours, viable and meaningful."""

    op: Literal["set_core_skill"] = "set_core_skill"
    name: Name = Field(description="The core skill.")


class AddStream(Op):
    """Add a stream of work; its id is a slug of the name."""

    op: Literal["add_stream"] = "add_stream"
    name: Name = Field(description="The stream's name, e.g. 'Retainer consulting'.")
    role: Role = Field(description="anchor, client, leverage or seed.")
    purpose: Purpose | None = None
    revenue_model: str = Field("", description="How it earns: salary, retainer, royalties...")
    target_hours: Hours = 0.0
    target_income_share: Share = 0.0
    expected_revenue: Money = 0.0
    volatility: Volatility = "variable"
    teaches: str = ""
    automation_exposure: Exposure = "medium"
    work_kind: WorkKind = "other"
    factors: list[RiskFactor] = Field(
        default_factory=list, max_length=10, description="What the stream depends on."
    )


class UpdateStream(Op):
    """Change some fields of a stream; fields left out keep their value. The id never changes."""

    op: Literal["update_stream"] = "update_stream"
    stream_id: StreamId
    name: Name | None = None
    role: Role | None = None
    purpose: Purpose | None = None
    revenue_model: str | None = None
    target_hours: Hours | None = None
    target_income_share: Share | None = None
    expected_revenue: Money | None = None
    volatility: Volatility | None = None
    teaches: str | None = None
    automation_exposure: Exposure | None = None
    work_kind: WorkKind | None = None


class RemoveStream(Op):
    """Remove a stream, with its time blocks and the feedback loops that touch it."""

    op: Literal["remove_stream"] = "remove_stream"
    stream_id: StreamId


class SetAllocation(Op):
    """Set a stream's target hours per week and target income share."""

    op: Literal["set_allocation"] = "set_allocation"
    stream_id: StreamId
    target_hours: Hours
    target_income_share: Share


class AddTimeBlock(Op):
    """Reserve a recurring block of time for a stream (weekly, or once a month)."""

    op: Literal["add_time_block"] = "add_time_block"
    stream_id: StreamId
    weekday: Weekday
    week_of_month: WeekOfMonth = Field(
        "every", description="'every' for weekly; 'first'...'last' for once a month."
    )
    start: str = Field(pattern=CLOCK_PATTERN, description="Start, HH:MM.")
    end: str = Field(pattern=CLOCK_PATTERN, description="End, HH:MM, after the start.")


class RemoveTimeBlock(Op):
    """Remove a time block by its id."""

    op: Literal["remove_time_block"] = "remove_time_block"
    block_id: str = Field(min_length=1)


class AddFeedbackLoop(Op):
    """Record that one stream teaches, funds or protects another."""

    op: Literal["add_feedback_loop"] = "add_feedback_loop"
    from_stream: StreamId
    to_stream: StreamId
    kind: LoopKind
    note: str = ""


class RemoveFeedbackLoop(Op):
    """Remove a feedback loop."""

    op: Literal["remove_feedback_loop"] = "remove_feedback_loop"
    from_stream: StreamId
    to_stream: StreamId
    kind: LoopKind


#: At most this many items in one list operation (a week, the accepted streams).
MAX_ITEMS = 30


class AddWeek(Op):
    """Record a whole week at once: its time blocks, then its feedback loops, in order.

    One event and one undo step; each item is checked by the rules as if added on its own, and
    when one is refused, none is recorded. Adding one block or loop has its own operation.
    """

    op: Literal["add_week"] = "add_week"
    blocks: list[AddTimeBlock] = Field(default_factory=list, max_length=MAX_ITEMS)
    loops: list[AddFeedbackLoop] = Field(default_factory=list, max_length=MAX_ITEMS)

    @model_validator(mode="after")
    def _some(self) -> AddWeek:
        if not (self.blocks or self.loops):
            raise ValueError("give at least one block or loop")
        return self

    def steps(self) -> tuple[Op, ...]:
        """The single operations this one stands for, in the order they apply."""
        return (*self.blocks, *self.loops)


class AddStreams(Op):
    """Add several streams at once, in order: one event and one undo step; each is checked by
    the rules as if added on its own, and when one is refused, none is added."""

    op: Literal["add_streams"] = "add_streams"
    streams: list[AddStream] = Field(min_length=1, max_length=MAX_ITEMS)

    def steps(self) -> tuple[Op, ...]:
        """The single operations this one stands for, in the order they apply."""
        return tuple(self.streams)


#: The operations that stand for a list of single ones (``steps()``).
LIST_OPERATIONS = (AddWeek, AddStreams)


class _FactorOp(Op):
    """A risk factor on one stream (``stream_id``) or one activity (``activity``)."""

    kind: FactorKind
    label: str = Field(min_length=1, max_length=80, description="e.g. 'Westshire council'.")
    stream_id: str | None = Field(None, min_length=1)
    activity: str | None = Field(None, min_length=1, max_length=200)

    @field_validator("label")
    @classmethod
    def _not_blank(cls, label: str) -> str:
        if not label.strip():
            raise ValueError("name the factor, e.g. 'Westshire council' or 'summer'")
        return label.strip()

    @model_validator(mode="after")
    def _one_target(self) -> _FactorOp:
        if (self.stream_id is None) == (self.activity is None):
            raise ValueError("give either stream_id (a stream) or activity (an activity), not both")
        return self


class AddRiskFactor(_FactorOp):
    """Record a client, sector, season, platform or automation risk a stream or activity shares.

    A client may be a funder; ``automation`` names a kind of work automation is taking over
    ("routine copywriting"). Streams that share a factor fail together: give each the same
    kind and label.
    """

    op: Literal["add_risk_factor"] = "add_risk_factor"


class RemoveRiskFactor(_FactorOp):
    """Remove a risk factor from a stream or activity."""

    op: Literal["remove_risk_factor"] = "remove_risk_factor"


class SetReview(Op):
    """Set the next quarterly review date and its questions (defaults when none are given)."""

    op: Literal["set_review"] = "set_review"
    date: dt.date = Field(description="The review date, at most 13 weeks ahead.")
    questions: list[str] = Field(default_factory=list)


class MarkUnknown(Op):
    """Record that the person skipped a question, instead of inventing an answer."""

    op: Literal["mark_unknown"] = "mark_unknown"
    field: Name = Field(description="The field left unknown, e.g. 'cash_buffer'.")
    question: str = ""


class ResolveUnknown(Op):
    """Drop an unknown once the person has answered it."""

    op: Literal["resolve_unknown"] = "resolve_unknown"
    field: Name


class Undo(Op):
    """Take back the latest operation that has not been undone yet."""

    op: Literal["undo"] = "undo"


Operation = Annotated[
    SetProfile
    | SetContext
    | SetCurrency
    | SetCapacity
    | AddActivity
    | UpdateActivity
    | RemoveActivity
    | AddSkill
    | UpdateSkill
    | RemoveSkill
    | SetCoreSkill
    | AddStream
    | UpdateStream
    | RemoveStream
    | SetAllocation
    | AddTimeBlock
    | RemoveTimeBlock
    | AddFeedbackLoop
    | RemoveFeedbackLoop
    | AddRiskFactor
    | RemoveRiskFactor
    | SetReview
    | MarkUnknown
    | ResolveUnknown
    | Undo
    | AddWeek
    | AddStreams,
    Field(discriminator="op"),
]

OPERATION_ADAPTER: TypeAdapter[Operation] = TypeAdapter(Operation)
EVENT_LOG_ADAPTER: TypeAdapter[list[Operation]] = TypeAdapter(list[Operation])


def operation_from_json(text: str | bytes) -> Operation:
    """Read one operation from JSON (its ``op`` field picks the type)."""
    return OPERATION_ADAPTER.validate_json(text)


def operation_to_json(operation: Operation) -> str:
    """One operation as compact JSON, ``op`` included."""
    return operation.model_dump_json()
