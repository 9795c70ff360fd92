"""Back from an aside: "ok back" is no constraint (nor a bad back); "none other than that" says
there are no more constraints: the one said beside the hours, or with none on record or said, it
asks which one was meant."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer import constraints
from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import PlanView, read


@pytest.mark.parametrize(
    "text",
    ["ok back. none other than that", "I'm back! nothing else really", "none other than that",
     "nothing more", "no others"],
)  # fmt: skip
def test_a_denial_of_more_after_a_return_says_there_are_none(text: str) -> None:
    assert constraints.says_none(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("back now, kids mornings", "kids mornings"), ("bad back", "bad back"),
     ("my back, and school run", "my back, school run")],
)  # fmt: skip
def test_a_return_is_dropped_but_a_back_that_hurts_is_kept(text: str, kept: str) -> None:
    assert not constraints.says_none(text)
    assert constraints.tidy(text) == kept


def test_ok_back_alone_reads_as_nothing_to_record() -> None:
    readings = read("ok back.", PlanView(capacity=50), "constraints")
    assert all(r.act == "nothing" for r in readings)


def test_none_other_than_that_with_no_limit_on_record_asks_which_one_was_meant() -> None:
    talk = MemoryPlanner(dt.date(2026, 11, 22))
    for line in ["general", "i could do 50 tops", "sorry, kid crying brb"]:
        talk.say(line)
    reply = talk.say("ok back. none other than that")
    capacity = talk.plan.capacity
    assert capacity is not None and capacity.constraints == []
    assert "no limit on record yet" in reply and "Noted: nothing limits" not in reply
    reply = talk.say("not before 7am, the kids")
    assert talk.plan.capacity is not None
    assert any("7" in c for c in talk.plan.capacity.constraints)


def test_none_other_than_that_takes_the_limit_said_beside_the_hours() -> None:
    talk = MemoryPlanner(dt.date(2026, 11, 22))
    for line in ["general", "i could do 50 tops but not before 7am because of the kids",
                 "sorry, kid crying brb"]:  # fmt: skip
        talk.say(line)
    talk.say("ok back. none other than that")
    capacity = talk.plan.capacity
    assert capacity is not None
    assert capacity.constraints == ["not before 7am because of the kids"]


def test_a_plain_none_after_a_return_records_none() -> None:
    talk = MemoryPlanner(dt.date(2026, 11, 22))
    for line in ["general", "i could do 50 tops", "sorry, kid crying brb"]:
        talk.say(line)
    reply = talk.say("ok back. none really")
    capacity = talk.plan.capacity
    assert capacity is not None and capacity.constraints == []
    assert "Noted: nothing limits your hours" in reply
