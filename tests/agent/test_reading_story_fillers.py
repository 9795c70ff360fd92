"""Words that open a story or address the listener, and costs of living told beside work:
no name of work, and no money the work brings in."""

from __future__ import annotations

from agent.interviewer.reading import read
from agent.interviewer.reading.types import PlanView


def readings(message: str, ask: str = "context") -> list[tuple[str, object, object]]:
    return [(str(r.field), r.value, r.subject) for r in read(message, PlanView(), ask)
            if r.act == "fact"]  # fmt: skip


def test_a_story_announced_names_no_work() -> None:
    read_ = readings("Well, long story: I'm a dental nurse in Bristol and I sing at weddings.")
    assert ("activity", "dental nurse", None) in read_
    assert not any(field == "activity" and "story" in str(value) for field, value, _ in read_)


def test_a_word_said_to_the_listener_names_no_work() -> None:
    read_ = readings("yaar, I drive an auto in Pune and I fix phones on Sundays", "activities")
    assert not any(field == "activity" and value == "yaar" for field, value, _ in read_)


def test_rent_told_beside_work_is_no_money_the_work_brings_in() -> None:
    read_ = read("Dog groomer, my own van, about 30 hours. Rent's £700.", PlanView(), "context")
    assert not any(r.field == "activity.annual_revenue" for r in read_)
    cost = [r for r in read_ if r.field == "capacity.monthly_spending"]
    assert all(not r.confident for r in cost)  # one cost is no month's spending: asked


def test_rent_at_the_spending_question_is_still_read() -> None:
    read_ = readings("rent is 700 and food maybe 300, so 1000 a month", "spending")
    assert ("capacity.monthly_spending", 1000.0, None) in read_
