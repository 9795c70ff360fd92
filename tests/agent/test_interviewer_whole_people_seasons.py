"""Whole conversations of people with seasonal work, work between jobs and work paid in kind,
each in its own words:

- a remark about work at a skills question ("enjoys it, gives me energy", "same every
  spring", "exhausting, dull and wet", "june to august") is no skill, exciting skill or core
  skill; a skill said with a feeling of its own ("bookbinding really excites me") is a skill;
- "could I have a stream for X?" wishes for X, not for "have a stream for X";
- "sorry, what was the question?" hears the question again and is no try at it;
- a question asked aloud and answered at once ("how many hours? about 12") is the answer;
- money said as "a month" at an hours question ("they give me 200 a month") is no hours.
"""

from __future__ import annotations

import datetime as dt

from agent.interviewer import self_answered
from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.remark_skills import is_remark
from agent.interviewer.wishes import wished_name
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)
#: A ferry ticket seller with one work on record, up to the skills question.
OPENING = ("general", "38", "none", "3,000 saved, 1,200 a month",
           "ticket clerk at the ferry terminal", "that's all")  # fmt: skip
AUDITED = (
    *OPENING, "30 hours", "16,000 a year", "steady", "dealing with queues", "it's fine",
)  # fmt: skip


def _skills(planner: MemoryPlanner) -> list[str]:
    return [s.name.casefold() for s in planner.plan.skills]


def test_a_feeling_said_at_the_skills_question_is_no_skill() -> None:
    planner, _ = conversation(TODAY, *AUDITED, "enjoys it, gives me energy")
    assert _skills(planner) == []
    planner.say("ticketing systems, first aid")
    assert _skills(planner) == ["ticketing systems", "first aid"]


def test_how_steady_work_is_said_at_the_excitement_question_is_no_skill() -> None:
    planner, _ = conversation(TODAY, *AUDITED, "ticketing systems, first aid", "same every spring")
    assert _skills(planner) == ["ticketing systems", "first aid"]
    assert all(s.excitement is None for s in planner.plan.skills)


def test_a_feeling_at_the_core_question_is_no_core_skill() -> None:
    planner, _ = conversation(
        TODAY, *AUDITED, "ticketing systems, first aid", "first aid", "none",
        "exhausting, dull and wet",
    )  # fmt: skip
    assert planner.plan.core_skill is None


def test_a_span_of_months_is_no_skill() -> None:
    planner, _ = conversation(TODAY, *AUDITED, "june to august")
    assert _skills(planner) == []


def test_shapes_of_remarks_and_of_skills() -> None:
    for remark in ("hates it", "makes me tired", "draining, long and cold", "sept - nov",
                   "the same every autumn", "summers only"):  # fmt: skip
        assert is_remark(remark), remark
    for skill in ("stress management", "tunnel boring", "love letters", "winter sports",
                  "regular expressions", "bookbinding really excites me",
                  "i love teaching"):  # fmt: skip
        assert not is_remark(skill), skill


def test_a_wish_asked_as_a_question_is_named_by_what_is_wished() -> None:
    assert wished_name("have a stream for pottery classes") == "pottery classes"
    assert wished_name("get a separate stream doing walking tours") == "walking tours"
    assert wished_name("haversack repair") == "haversack repair"
    _, reply = conversation(
        TODAY, *AUDITED, "ticketing systems", "ticketing systems", "none",
        "could I have a stream for harbour walking tours?",
    )  # fmt: skip
    assert "you'd like harbour walking tours as a stream" in reply, reply


def test_asking_for_the_question_again_is_no_try_at_it() -> None:
    planner, _ = conversation(TODAY, *OPENING, "hmm")
    reply = planner.say("sorry, what was the question?")
    assert "here it is again" in reply and "How many hours" in reply, reply
    planner.say("30 hours")
    assert planner.plan.activities[0].hours_per_week == 30.0
    assert not planner.plan.unknowns


def test_a_question_asked_aloud_then_answered_is_the_answer() -> None:
    planner, reply = conversation(TODAY, *OPENING, "how many hours? about 12 a week in the season")
    assert planner.plan.activities[0].hours_per_week == 12.0
    assert "guidance" not in reply, reply


def test_a_question_meant_for_the_interviewer_keeps_the_message_whole() -> None:
    for meant in ("does that count? it's only in summer", "is 30 hours too much? I think so",
                  "do you need my pay? it is 30k", "what about Fridays? I'm free then",
                  "does anyone like this? asking for me"):  # fmt: skip
        assert self_answered.answer_part(meant) == meant
    assert self_answered.answer_part("what does the kiosk make? nothing yet") == "nothing yet"


def test_money_said_a_month_at_the_hours_question_is_no_hours() -> None:
    planner, reply = conversation(TODAY, *OPENING, "they give me 200 a month in cash")
    assert planner.plan.activities[0].hours_per_week == 0.0
    assert "200 a month" in reply, reply
    planner.say("9 hours a week")
    assert planner.plan.activities[0].hours_per_week == 9.0
