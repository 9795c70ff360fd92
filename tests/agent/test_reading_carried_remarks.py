"""A remark about recorded work that goes on by a pronoun, and a length of time before a noun."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.reading import PlanView, read
from tests.support.talking import conversation

WORK = PlanView(activities=("bookkeeping", "dog walking"))


def said(message: str, ask: str, view: PlanView = WORK) -> dict[tuple[str, str | None], object]:
    return {(str(r.field), r.subject): r.value for r in read(message, view, ask) if r.field}


def test_a_pronoun_goes_on_about_the_work_named_just_before() -> None:
    found = said("the dog walking is seasonal, it teaches me to plan my days", "buffer")
    assert found[("activity.volatility", "dog walking")] == "variable"
    assert found[("activity.teaches", "dog walking")] == "to plan my days"


def test_a_shortened_has_taught_is_still_a_lesson() -> None:
    found = said("bookkeeping is steady. they've taught me patience with clients", "skills")
    assert found[("activity.teaches", "bookkeeping")] == "patience with clients"


def test_a_feeling_with_no_subject_after_a_remark_is_about_that_work() -> None:
    found = said("bookkeeping is dead steady, hate it though", "capacity")
    assert found[("activity.energy", "bookkeeping")] == "draining"


def test_a_pronoun_with_no_work_named_before_says_nothing_of_any_work() -> None:
    found = said("it teaches me to plan my days", "buffer")
    assert not any(field == "activity.teaches" for field, _ in found)


def test_months_before_savings_are_months_of_spending_not_a_count() -> None:
    found = said("got about 5 months savings and we spend 1800 a month", "buffer", PlanView())
    assert found[("capacity.buffer_months", None)] == 5
    assert found[("capacity.monthly_spending", None)] == 1800


def test_months_of_savings_said_at_another_question_are_kept() -> None:
    planner, _ = conversation(
        dt.date(2026, 12, 6),
        "I'm a bookkeeper, self-employed, about 30 hours a week",
        "3 months savings, spending is 2k a month",
        "40 hours at most",
    )
    capacity = planner.plan.capacity
    assert capacity is not None and capacity.monthly_spending == 2000
    assert capacity.cash_buffer == 6000


def test_the_verb_of_a_lesson_names_no_work_that_starts_with_it() -> None:
    view = PlanView(activities=("Teaching yoga at the leisure centre", "Bookkeeping"))
    found = said("it taught me to budget, love it", "capacity", view)
    assert ("activity.energy", "Teaching yoga at the leisure centre") not in found
    found = said("teaching taught me to budget", "capacity", view)
    assert found[("activity.teaches", "Teaching yoga at the leisure centre")] == "to budget"
