"""A bare "none" in another language answers the limits question, and is never asked again."""

from __future__ import annotations

import datetime as dt

from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def test_none_said_in_another_language_answers_the_limits_question() -> None:
    planner, _ = conversation(TODAY, "general", "38 Stunden", "keine", "ich habe 7.000 € gespart")
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.constraints == []
    assert not any(u.field == "capacity.constraints" for u in planner.plan.unknowns)
    assert planner.plan.capacity.cash_buffer == 7000
