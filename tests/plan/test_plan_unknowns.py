"""A question left unknown stops being unknown once the person gives the figure."""

from __future__ import annotations

import datetime as dt

from agent.plan import apply, replay
from agent.plan import operations as ops

TODAY = dt.date(2026, 12, 5)


def _fold(*events: ops.Op) -> list[str]:
    return [u.field for u in replay(list(events), today=TODAY).unknowns]  # type: ignore[arg-type]


def test_weekly_hours_given_after_they_were_skipped_are_no_longer_unknown() -> None:
    skipped = ops.MarkUnknown(field="capacity.hours_per_week", question="How many hours?")
    given = ops.SetCapacity(hours_per_week=45, cash_buffer=10_800, monthly_spending=1_800)
    assert _fold(skipped) == ["capacity.hours_per_week"]
    assert _fold(skipped, given) == []


def test_only_the_fields_an_operation_gives_are_resolved() -> None:
    events = [
        ops.MarkUnknown(field="capacity.cash_buffer"),
        ops.MarkUnknown(field="capacity.constraints"),
        ops.SetCapacity(hours_per_week=40),
    ]
    assert _fold(*events) == ["capacity.cash_buffer", "capacity.constraints"]


def test_an_activity_figure_given_later_resolves_its_unknown_whatever_the_case() -> None:
    events = [
        ops.AddActivity(name="Paramedic", hours_per_week=42),
        ops.MarkUnknown(field="activities[Paramedic].annual_revenue"),
        ops.MarkUnknown(field="activities[Paramedic].energy"),
        ops.UpdateActivity(name="paramedic", annual_revenue=33_000),
    ]
    assert _fold(*events) == ["activities[Paramedic].energy"]


def test_bare_field_names_a_model_may_write_are_resolved_too() -> None:
    events = [
        ops.MarkUnknown(field="cash_buffer"),
        ops.SetCapacity(hours_per_week=30, cash_buffer=0),
    ]
    assert _fold(*events) == []


def test_undo_brings_the_unknown_back() -> None:
    skipped = ops.MarkUnknown(field="core_skill")
    assert _fold(skipped, ops.SetCoreSkill(name="Welding"), ops.Undo()) == ["core_skill"]


def test_a_refused_operation_leaves_the_unknowns_as_they_were() -> None:
    plan = replay([ops.MarkUnknown(field="activities[Ghost].hours_per_week")], today=TODAY)
    outcome = apply(plan, ops.UpdateActivity(name="Ghost", hours_per_week=5), today=TODAY)
    assert not outcome.accepted
    assert [u.field for u in outcome.plan.unknowns] == ["activities[Ghost].hours_per_week"]
