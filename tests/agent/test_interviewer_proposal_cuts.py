"""A proposal that plans fewer hours for a piece of work than the person gives it now says so,
with how to keep those hours: a job's hours are cut on purpose, never as a side effect."""

from __future__ import annotations

from agent.interviewer.compose import _stream_lines
from agent.interviewer.propose import propose_streams
from agent.plan import Activity, Capacity, Plan


def lines_for(capacity: float, *activities: Activity) -> str:
    plan = Plan(capacity=Capacity(hours_per_week=capacity), activities=list(activities),
                core_skill="baking")  # fmt: skip
    proposal = [{"name": "add_stream", "args": s.as_args()} for s in propose_streams(plan)]
    return "\n".join(_stream_lines(proposal, plan))


BAKERY = Activity(name="Bakery shifts", hours_per_week=38, annual_revenue=29_000,
                  volatility="stable")  # fmt: skip
CAKES = Activity(name="Wedding cakes", hours_per_week=6, annual_revenue=7_000)


def test_a_job_planned_at_fewer_hours_than_worked_now_is_said_with_the_way_to_keep_them() -> None:
    text = lines_for(44, BAKERY, CAKES)
    anchor = next(line for line in text.splitlines() if line.startswith("- Bakery shifts"))
    planned = float(anchor.split(", ")[1].split(" h")[0])
    assert planned < 36
    assert "You work 38 h a week there now" in text
    assert "make Bakery shifts 38 hours" in text


def test_a_job_planned_at_its_hours_gets_no_note() -> None:
    assert "You work" not in lines_for(60, BAKERY, CAKES)


def test_a_side_stream_is_not_raised_to_its_band_at_the_cost_of_the_job() -> None:
    # 32 h at the clinic, 3 h of classes, 45 h to give: the classes' band asks 5 h, but the
    # week's room (40.5 h) only holds that by cutting the job the person is employed for.
    clinic = Activity(name="Clinic", hours_per_week=32, annual_revenue=52_000, volatility="stable")
    classes = Activity(name="Yoga classes", hours_per_week=3, annual_revenue=9_000)
    plan = Plan(capacity=Capacity(hours_per_week=45), activities=[clinic, classes],
                core_skill="movement coaching")  # fmt: skip
    streams = {s.name: s.target_hours for s in propose_streams(plan)}
    assert streams["Clinic"] == 32
    assert 3 <= streams["Yoga classes"] < 5
    assert sum(streams.values()) <= 40.5
    assert "You work" not in lines_for(45, clinic, classes)
