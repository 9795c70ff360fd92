"""A greeting that opens a message with no comma after it hides no work said after it."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.greetings import blank


def _work(message: str, ask: str = "context") -> dict[str, object]:
    readings = read(message, PlanView(), ask)
    return {str(r.field): r.value for r in readings if r.act == "fact" and r.confident}


def test_work_after_a_greeting_with_no_comma_is_read_as_work() -> None:
    said = _work("hiya i walk dogs for neighbours about 12 hours a week")
    assert "dogs" in str(said.get("activity"))
    assert said.get("activity.hours_per_week") == 12
    assert "capacity.hours_per_week" not in said


def test_work_after_good_morning_keeps_its_pay() -> None:
    said = _work("Good morning I repair bikes from my garage 15 hrs a week for 9000 a year")
    assert said.get("activity.hours_per_week") == 15
    assert said.get("activity.annual_revenue") == 9000


def test_a_greeting_alone_or_a_word_that_only_looks_like_one_is_left() -> None:
    assert blank("hello!") == "hello!"
    assert blank("heyday of print") == "heyday of print"
    assert blank("hey there, I bake") == " " * len("hey there, ") + "I bake"


def test_turnover_said_as_a_verb_is_no_part_of_the_name() -> None:
    readings = read("our garden centre turned over £140k last year", PlanView(), "activities")
    names = [r.value for r in readings if r.field == "activity"]
    pay = [r.value for r in readings if r.field == "activity.annual_revenue"]
    assert names == ["garden centre"]
    assert pay == [140000]
