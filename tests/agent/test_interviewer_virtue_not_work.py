"""What a person is like, listed at the question of their work ("patience, reliability"), is
never recorded as work: it is not a name of work, whatever question is open."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.namelike import name
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def test_a_virtue_is_no_name_of_work() -> None:
    assert name("Patience") is None
    assert name("calm under pressure") is None
    assert name("dog grooming") == "Dog grooming"


def test_virtues_listed_at_the_audit_add_no_work() -> None:
    planner, _ = conversation(
        TODAY,
        "I'm a care assistant, 36 hours a week for £24,000",
        "caregiving",
        "40",
        "none",
        "£2k saved, spending £1,300 a month",
        "resilience, patience and honesty",
    )
    assert [a.name for a in planner.plan.activities] == ["Care assistant"]
