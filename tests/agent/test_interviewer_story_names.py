"""Names taken from a story told at length: a figure with its unit ("32h a week") is never the
name of an activity, whatever the reading cut the clause into."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.namelike import name

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("said", ["32h a week", "40hrs", "45k a year", "9am start"])
def test_a_figure_with_its_unit_is_no_name(said: str) -> None:
    assert name(said) is None


def test_a_name_with_a_figure_of_its_own_kind_stays_a_name() -> None:
    assert name("3d printing") == "3d printing"


def test_an_opening_story_records_no_activity_named_after_its_hours() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    planner.say("Hello from Dublin! Activist through and through: I organise for a union (40h a "
                "week, 41k, steady enough) and I'd love my week to have room for writing and "
                "for the housing movement too.")  # fmt: skip
    planner.say("Hi. Background: teacher by day (32h a week, £39,000, very steady).")
    assert not any(a.name[0].isdigit() for a in planner.plan.activities)


@pytest.mark.parametrize(
    "said", ["wise", "bit nervous this", "bit scared", "Order of the money", "order of size",
             "patchy", "Jst as dependable", "apologies"],
)  # fmt: skip
def test_feelings_labels_and_orderings_are_no_names(said: str) -> None:
    assert name(said) is None


def test_a_story_opened_with_a_feeling_and_work_wise_records_no_junk_activity() -> None:
    planner = MemoryPlanner(TODAY)
    reply = planner.say(
        "Hello. I'm a bit nervous about this, to be honest. Caregiving comes first for me (two "
        "kids, just me). Work-wise: a part-time payroll job (13 hrs/week, £21k, steady) and some "
        "freelance bookkeeping, roughly 5 hours a week."
    )
    assert [a.name for a in planner.plan.activities] == ["Freelance bookkeeping"]
    assert "13 hrs/week" in reply  # the figures left out are asked about, never lost in silence


def test_a_job_at_any_one_workplace_is_named_by_the_work() -> None:
    assert name("Marketing manager at a big company") == "Marketing manager"
    assert name("Nurse at the hospital") == "Nurse at the hospital"  # a place of its own
    assert name("nurse at a hospital") == "Nurse at a hospital"  # one word is too little


def test_a_hyphened_name_in_a_list_is_an_activity_not_a_wish() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["tech", "50", "none", "14k, 3.5k a month"]:
        planner.say(line)
    reply = planner.say("marketing manager job, 38 hrs, $64,000, super steady; and start-up "
                        "studio mentoring, 2 hrs, $0, also all over the place.")  # fmt: skip
    mentoring = next(a for a in planner.plan.activities if "mentoring" in a.name)
    assert mentoring.name == "Start-up studio mentoring" and mentoring.hours_per_week == 2
    assert "as a stream of its own" not in reply
