"""A closing word the person takes back in the same breath ("nothing else, oh wait ...") does
not hide what follows it; at a proposal, "no, actually ..." still refuses."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.reopening import reopened

VIEW = PlanView(activities=("Bus driving",))


@pytest.mark.parametrize(
    "message",
    [
        "nah that's everything. oh wait, I referee junior football on saturdays, 4 hrs",
        "Nothing more I think - hang on, I referee junior football on saturdays, 4 hrs",
        "none, apart from refereeing junior football on saturdays, 4 hrs",
    ],
)
def test_work_said_after_a_list_closed_and_reopened_is_read(message: str) -> None:
    readings = read(message, VIEW, "activities")
    names = [str(r.value).lower() for r in readings if r.field == "activity"]
    assert names and all("referee" in n for n in names)
    hours = [r for r in readings if r.field == "activity.hours_per_week"]
    assert [h.value for h in hours] == [4.0]
    assert not any(r.act == "skip" for r in readings)


def test_a_limit_after_none_taken_back_is_the_limit() -> None:
    readings = read("none really, but evenings are out, I care for my dad", VIEW, "constraints")
    assert [r.act for r in readings] == ["fact"]
    assert "evenings" in str(readings[0].value).lower()


@pytest.mark.parametrize("message", ["nope that's it", "no", "that's all, thanks", "no but"])
def test_a_list_closed_and_not_reopened_is_left_as_said(message: str) -> None:
    assert reopened(message) == message


def test_at_a_proposal_no_actually_still_refuses() -> None:
    readings = read("no, actually make the coaching 6 hours", VIEW, "streams")
    assert any(r.act == "confirm" and r.value is False for r in readings)


@pytest.mark.parametrize("message", ["none besides that", "nothing apart from this", "no but"])
def test_a_close_with_a_pointer_after_it_reopens_nothing(message: str) -> None:
    assert reopened(message) == message
