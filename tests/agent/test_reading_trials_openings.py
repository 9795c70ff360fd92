"""Openings and references to "the job" seen in terminal trials, said in other words."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise


def _facts(message: str, ask: str, activities: tuple[str, ...] = ()) -> list[tuple]:
    view = PlanView(activities=activities)
    return [(r.field, r.value, r.subject) for r in read(message, view, ask) if r.act == "fact"]


@pytest.mark.parametrize(
    "message",
    [
        "hello! I'm a dental hygienist, 32 hours a week",
        "Hey there, I'm a dental hygienist, 32 hours a week",
        "good morning - I'm a dental hygienist, 32 hours a week",
    ],
)
def test_a_greeting_before_a_job_leaves_the_job_and_its_hours(message: str) -> None:
    facts = _facts(message, "context")
    assert ("activity", "dental hygienist", None) in facts
    assert ("activity.hours_per_week", 32.0, "dental hygienist") in facts


@pytest.mark.parametrize("message", ["hi", "hello there", "hey all!"])
def test_a_greeting_said_alone_is_kept(message: str) -> None:
    assert normalise(message).startswith("h")


def test_a_word_that_only_begins_like_a_greeting_is_kept() -> None:
    assert normalise("hi-vis vests for the site crew").startswith("hi-vis")
    assert normalise("history tutoring on sundays").startswith("history")


@pytest.mark.parametrize(
    ("message", "value", "currency"),
    [
        ("the day job pays R410 000 a year", 410000.0, "ZAR"),
        ("my job is £38k", 38000.0, "GBP"),
        ("I get 52,000 a year from the job", 52000.0, None),
    ],
)
def test_the_job_is_the_one_recorded_activity_that_is_a_job(
    message: str, value: float, currency: str | None
) -> None:
    view = PlanView(activities=("care assistant at the home", "cake orders"))
    readings = [r for r in read(message, view, "activities") if r.act == "fact"]
    pay = [r for r in readings if r.field == "activity.annual_revenue"]
    assert [(r.value, r.subject, r.currency) for r in pay] == [
        (value, "care assistant at the home", currency)
    ]
    assert not any(r.field == "activity" for r in readings)  # no new work named "job"


@pytest.mark.parametrize(
    "activities",
    [("cake orders",), ("electrician at the depot", "union rep officer")],
)
def test_the_job_is_no_recorded_work_when_none_or_two_are_jobs(
    activities: tuple[str, ...],
) -> None:
    facts = _facts("my day job pays 41k a year", "activities", activities)
    assert not any(
        f[0] == "activity.annual_revenue" and f[2] in activities and f[1] == 41000.0 for f in facts
    )


def test_work_said_to_be_voluntary_after_paid_work_is_work_of_its_own() -> None:
    facts = _facts("the bakery pays 18k, scouts is voluntary so nothing", "activities")
    assert ("activity", "scouts", None) in facts
    assert ("activity.annual_revenue", 18000.0, "bakery") in facts
    assert ("activity.annual_revenue", 0.0, "scouts") in facts


def test_a_part_of_paid_work_with_its_own_pay_stays_a_part() -> None:
    facts = _facts("the shop pays 20k, the Etsy side is 300 a month", "activities")
    assert not any(f == ("activity", "etsy side", None) for f in facts)


def test_work_said_by_its_own_verb_after_a_job_with_its_figures_is_other_work() -> None:
    message = "I'm a paramedic, 42 hours a week, and I repair bicycles, 5 hours a week"
    facts = _facts(message, "context")
    assert ("activity.hours_per_week", 42.0, "paramedic") in facts
    named = [f[1] for f in facts if f[0] == "activity"]
    assert len(named) == 2
    assert ("activity.hours_per_week", 5.0, named[1]) in facts


def test_work_said_by_its_own_verb_at_weekends_is_other_work() -> None:
    facts = _facts("I'm a teacher and I shoe horses at weekends, 6 hours a week", "context")
    assert [f[1] for f in facts if f[0] == "activity"] == ["shoe horses", "teacher"]
    assert ("activity.hours_per_week", 6.0, "shoe horses") in facts


def test_the_job_told_by_what_is_done_in_it_stays_one_activity() -> None:
    facts = _facts("I'm a dental nurse and I assist the dentist, 30h", "context")
    assert [f[1] for f in facts if f[0] == "activity"] == ["dental nurse"]
    assert ("activity.hours_per_week", 30.0, "dental nurse") in facts


@pytest.mark.parametrize(
    ("message", "value"),
    [("savings of Rs 2,35,000", 235000.0), ("we have about 1,05,00,000 put away", 10500000.0)],
)
def test_amounts_grouped_in_lakhs_are_read_whole(message: str, value: float) -> None:
    facts = _facts(message, "buffer")
    assert ("capacity.cash_buffer", value, None) in facts


def test_thousands_grouped_by_spaces_end_at_a_comma_before_words() -> None:
    facts = _facts("R18 000 saved, and we spend R7 500 a month", "buffer")
    assert ("capacity.cash_buffer", 18000.0, None) in facts
    assert ("capacity.monthly_spending", 7500.0, None) in facts


def test_a_greeting_before_an_answer_of_no_story_is_left_as_it_is() -> None:
    assert normalise("hi, yes please") == "hi, yes please"
