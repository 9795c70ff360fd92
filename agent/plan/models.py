"""The plan's data model: everything a person records on the way to a portfolio career.

Figures a rule checks (stream hours, shares, revenue) are stored as given, without range
limits, so that a plan file with an out-of-range figure still loads and the check can name the
problem with its rule code (PC009) instead of refusing the whole file. The operations that
change a plan carry the limits instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agent.plan.money import currency_problem

SCHEMA_VERSION = 1

Context = Literal["corporate", "government", "activist", "tech", "caregiver", "general"]
Role = Literal["anchor", "client", "leverage", "seed"]
Purpose = Literal["passion", "experiment", "stabilizer"]
Volatility = Literal["stable", "variable"]
Energy = Literal["energising", "neutral", "draining"]
Exposure = Literal["low", "medium", "high"]
WorkKind = Literal[
    "analysis",
    "writing",
    "coding",
    "design",
    "translation",
    "teaching",
    "research",
    "organising",
    "management",
    "care",
    "other",
]
LoopKind = Literal["teaches", "funds", "protects"]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WeekOfMonth = Literal["every", "first", "second", "third", "fourth", "last"]
SkillSource = Literal["cv", "user"]
#: What a stream or activity can depend on, so that one event stops every stream that shares it.
FactorKind = Literal["client", "sector", "season", "platform", "automation"]
ActivityField = Literal["annual_revenue", "hours_per_week", "volatility", "teaches", "energy"]
#: The audit's questions about an activity, in the order they are asked.
ACTIVITY_FIELDS: tuple[ActivityField, ...] = (
    "hours_per_week",
    "annual_revenue",
    "volatility",
    "teaches",
    "energy",
)

#: Clock times as "HH:MM"; "24:00" is allowed so a block can run to midnight.
CLOCK_PATTERN = r"^(([01]\d|2[0-3]):[0-5]\d|24:00)$"


class Strict(BaseModel):
    """Base for every plan model: unknown fields are refused, values are re-checked on copy."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Profile(Strict):
    """Who the plan is for and the context that shapes the advice."""

    name: str = Field("", description="The person's name or a label for the plan.")
    context: Context = Field("general", description="The setting that shapes the advice.")


class Capacity(Strict):
    """What a person can really give each week, and the money that carries them through a gap."""

    hours_per_week: float = Field(
        ge=0, le=168, description="Hours a week available for paid and unpaid work."
    )
    constraints: list[str] = Field(
        default_factory=list, description="What limits the hours: caregiving, health, notice..."
    )
    cash_buffer: float | None = Field(
        None, ge=0, description="Savings available to live on if income stops (currency units)."
    )
    monthly_spending: float | None = Field(
        None, ge=0, description="What the person needs to spend each month (currency units)."
    )


class RiskFactor(Strict):
    """Something a stream or activity depends on: one event there stops everything sharing it.

    ``client`` is a client or funder ("Westshire council"), ``sector`` a sector whose budgets
    move together ("higher education"), ``season`` a time of year ("summer"), ``platform`` a
    marketplace or channel ("Etsy"), ``automation`` a kind of work automation is taking over
    ("routine copywriting"). Two factors are the same when their kind and label match, case,
    spacing and a leading "the" aside.
    """

    kind: FactorKind = Field(description="client, sector, season, platform or automation.")
    label: str = Field(
        min_length=1, max_length=80, pattern=r"\S", description="e.g. 'Westshire council'."
    )


class Activity(Strict):
    """One thing the person does today, as recorded in the audit."""

    name: str = Field(min_length=1, description="What the activity is, e.g. 'salaried job'.")
    annual_revenue: float = Field(0.0, description="Rough annual revenue; zero is allowed.")
    hours_per_week: float = Field(0.0, description="Hours a week it takes today.")
    volatility: Volatility = Field("variable", description="Whether its income is stable.")
    teaches: str = Field("", description="What it teaches the person.")
    energy: Energy = Field("neutral", description="Whether it energises or drains them.")
    factors: list[RiskFactor] = Field(
        default_factory=list, description="What it depends on: clients, sectors, seasons..."
    )
    answered: list[ActivityField] | None = Field(
        None,
        description="The fields the person gave; the others hold defaults nobody said. None "
        "(plans written before this was kept) counts every field as given.",
    )

    def given(self, field: ActivityField) -> bool:
        """True when the person gave this field (always, for an activity recorded before
        answers were tracked)."""
        return self.answered is None or field in self.answered


class Skill(Strict):
    """A skill the person has, with how they feel about it and where it came from."""

    name: str = Field(min_length=1, description="The skill, e.g. 'data analysis'.")
    excitement: int | None = Field(None, ge=1, le=5, description="1 (dull) to 5 (exciting).")
    under_used: bool = Field(False, description="True when the skill is used less than it could.")
    source: SkillSource = Field("user", description="'cv' when read from a CV, else 'user'.")
    evidence: str = Field("", description="Where the skill shows, e.g. a CV line.")
    confirmed: bool = Field(True, description="False until the person confirms a CV skill.")


class Stream(Strict):
    """One deliberate stream of work in the portfolio.

    Its time share is not stored: it follows from ``target_hours`` over the planned hours of
    all streams (see :meth:`Plan.time_share`). Its income share is a target.
    """

    id: str = Field(min_length=1, description="Stable slug of the name, unique in the plan.")
    name: str = Field(min_length=1, description="The stream's name.")
    role: Role = Field(description="anchor, client, leverage or seed.")
    purpose: Purpose | None = Field(None, description="passion, experiment or stabilizer.")
    revenue_model: str = Field("", description="How it earns: salary, retainer, royalties...")
    target_hours: float = Field(0.0, description="Target hours per week.")
    target_income_share: float = Field(0.0, description="Target share of income, in percent.")
    expected_revenue: float = Field(0.0, description="Expected revenue this year.")
    volatility: Volatility = Field("variable", description="Whether its income is stable.")
    teaches: str = Field("", description="What the stream teaches.")
    automation_exposure: Exposure = Field("medium", description="Exposure to automation.")
    work_kind: WorkKind = Field("other", description="The main kind of work done in it.")
    factors: list[RiskFactor] = Field(
        default_factory=list, description="What it depends on: clients, sectors, seasons..."
    )


class TimeBlock(Strict):
    """A recurring block of time reserved for one stream."""

    id: str = Field(min_length=1, description="Stable id of the block, unique in the plan.")
    stream_id: str = Field(min_length=1, description="The stream the block is for.")
    weekday: Weekday = Field(description="The day of the week.")
    week_of_month: WeekOfMonth = Field(
        "every", description="'every' for a weekly block, else that weekday once a month."
    )
    start: str = Field(pattern=CLOCK_PATTERN, description="Start time, HH:MM.")
    end: str = Field(pattern=CLOCK_PATTERN, description="End time, HH:MM (same day).")

    @property
    def hours(self) -> float:
        """Length of one occurrence in hours (negative when it ends before it starts)."""
        return (minutes(self.end) - minutes(self.start)) / 60

    @property
    def weekly_hours(self) -> float:
        """Average hours per week: a monthly block counts 12 occurrences over 52 weeks."""
        return self.hours if self.week_of_month == "every" else self.hours * 12 / 52


class FeedbackLoop(Strict):
    """How one stream teaches, funds or protects another."""

    from_stream: str = Field(min_length=1, description="Id of the stream that gives.")
    to_stream: str = Field(min_length=1, description="Id of the stream that receives.")
    kind: LoopKind = Field(description="teaches, funds or protects.")
    note: str = Field("", description="What flows, in a sentence.")


class Review(Strict):
    """The next quarterly review."""

    date: dt.date = Field(description="The review date.")
    questions: list[str] = Field(default_factory=list, description="Questions to ask then.")


class Unknown(Strict):
    """A question the person chose to skip: recorded instead of invented."""

    field: str = Field(min_length=1, description="The field left unknown, e.g. 'cash_buffer'.")
    question: str = Field("", description="The question that was skipped.")


class Plan(Strict):
    """A whole portfolio plan. Build it with operations; check it with the rules."""

    schema_version: int = Field(SCHEMA_VERSION, description="Version of this file format.")
    as_of: dt.date | None = Field(
        None, description="The date of the last change; the review window counts from it."
    )
    profile: Profile = Field(default_factory=Profile)
    currency: str | None = Field(
        None,
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 code of every amount in the plan, e.g. GBP; none shows plain "
        "figures.",
    )
    capacity: Capacity | None = None
    activities: list[Activity] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    core_skill: str | None = Field(None, description="The one skill worth 10,000 hours.")
    streams: list[Stream] = Field(default_factory=list)
    time_blocks: list[TimeBlock] = Field(default_factory=list)
    feedback_loops: list[FeedbackLoop] = Field(default_factory=list)
    review: Review | None = None
    unknowns: list[Unknown] = Field(default_factory=list)

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, code: str | None) -> str | None:
        problem = None if code is None else currency_problem(code)
        if problem:
            raise ValueError(problem)
        return code

    @model_validator(mode="after")
    def _unique_ids(self) -> Plan:
        for label, ids in (
            ("stream", [s.id for s in self.streams]),
            ("time block", [b.id for b in self.time_blocks]),
        ):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            if duplicates:
                raise ValueError(
                    f"{label} id {duplicates[0]!r} is used more than once; give each a unique id"
                )
        return self

    @property
    def planned_hours(self) -> float:
        """Sum of the streams' target hours per week."""
        return sum(s.target_hours for s in self.streams)

    def stream(self, stream_id: str) -> Stream | None:
        """The stream with this id, or None."""
        return next((s for s in self.streams if s.id == stream_id), None)

    def time_share(self, stream_id: str) -> float:
        """A stream's share of planned hours, in percent (0 when nothing is planned)."""
        stream = self.stream(stream_id)
        total = self.planned_hours
        if stream is None or total <= 0:
            return 0.0
        return 100 * stream.target_hours / total

    def anchor(self) -> Stream | None:
        """The first anchor stream, or None."""
        return next((s for s in self.streams if s.role == "anchor"), None)


def minutes(clock: str) -> int:
    """Minutes since midnight for an "HH:MM" string."""
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)
