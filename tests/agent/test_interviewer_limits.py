"""Limits said in passing: held for the constraints question and offered there (a yes records
them, another answer is read as the answer), and a clause of time kept from work gives no
figure to any activity."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.phrases import QUESTIONS
from tests.support.talking import conversation

TODAY = dt.date(2026, 11, 22)


def talk(*lines: str) -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *lines)


def constraints(planner: MemoryPlanner) -> list[str]:
    assert planner.plan.capacity is not None
    return list(planner.plan.capacity.constraints)


def test_a_limit_said_with_the_hours_is_held_and_offered_at_its_question() -> None:
    said = "42 max, tuesday and thursday nights are college, can't move them"
    planner, reply = talk("tech", said)
    assert constraints(planner) == []  # not stored beside the hours
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 42
    assert QUESTIONS["constraints"] in reply
    assert "You mentioned 'tuesday and thursday nights are college': is that the limit?" in reply
    assert "(2 h a week)" not in reply  # the weekdays it counts are no hours
    reply = planner.say("yes")
    assert constraints(planner) == ["tuesday and thursday nights are college"]
    assert reply.endswith(QUESTIONS["buffer"])


def test_another_answer_at_the_constraints_question_is_the_answer() -> None:
    planner, _ = talk("tech", "about 40 hours, I can't work weekends")
    planner.say("school run in the mornings")
    assert constraints(planner) == ["school run in the mornings"]
    planner, _ = talk("tech", "about 40 hours, I can't work weekends")
    planner.say("yes, and school run in the mornings")
    assert len(constraints(planner)) == 2 and "school run in the mornings" in constraints(planner)
    planner, reply = talk("tech", "about 40 hours, I can't work weekends", "none")
    assert constraints(planner) == []
    assert "nothing limits your hours" in reply


def test_a_held_limit_is_taken_back_with_its_answer() -> None:
    planner, _ = talk("tech", "about 40 hours, I can't work weekends")
    planner.say("go back")
    reply = planner.say("40")
    assert "You mentioned" not in reply  # the limit went with the answer it came in
    planner.say("yes")
    assert constraints(planner) == []


def test_a_limit_is_never_held_from_an_aside_or_after_its_question() -> None:
    planner, reply = talk("tech", "45", "none", "sorry, the kids are home, I can't work weekends")
    assert constraints(planner) == []
    assert "You mentioned" not in reply


def test_a_kept_time_clause_gives_no_figure_to_the_activity_it_names() -> None:
    planner, _ = talk(
        "tech", "45", "none", "10k saved, 2k a month", "jobs 32 hrs 41k. college 6 hrs 7.2k"
    )
    reply = planner.say("32 hrs a week. tues and thurs nights are college, can't move them")
    college = next(a for a in planner.plan.activities if "College" in a.name)
    assert college.hours_per_week == 6
    assert "(2 h a week)" not in reply and "You said 6 h a week" not in reply


def test_figures_at_an_activity_question_stay_with_it_beside_a_kept_time_clause() -> None:
    planner, _ = talk("tech", "45", "none", "10k saved, 2k a month",
                      "electrical jobs, college teaching, wiring guides")  # fmt: skip
    planner.say("about 30 hours, stable, tues and thurs nights are college cant move them")
    jobs, college, _ = planner.plan.activities
    assert jobs.hours_per_week == 30 and jobs.volatility == "stable"
    assert college.hours_per_week == 0 and not college.given("hours_per_week")


def test_a_remark_in_another_sentence_leaves_the_limits_in_their_own() -> None:
    planner, _ = talk("general", "45")
    planner.say("Conference travel twice a year; evenings kept free. The mentoring, to be "
                "honest, it drains me.")  # fmt: skip
    assert constraints(planner) == ["Conference travel twice a year", "evenings kept free"]


def test_a_denial_about_something_else_does_not_wipe_a_limit_said_beside_it() -> None:
    planner, reply = talk("general", "40")
    reply = planner.say("Migraines, about two bad days a month. Savings are 5k €, not a lot")
    assert len(constraints(planner)) == 1 and "Migraines" in constraints(planner)[0]
    assert "nothing limits your hours" not in reply


def test_a_request_beside_an_offered_activity_is_no_yes_to_it() -> None:
    planner, _ = talk("I am translator in Porto. I teach English in a language school 16 hours "
                      "per week. I think I can work maybe 40 hours per week in total?",
                      "general", "none", "5k saved, 1.4k a month")  # fmt: skip
    planner.say("Please change my capacity to 37 hours, I was too ambitious, sorry.")
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 37
    assert not any("Porto" in a.name for a in planner.plan.activities)


def test_a_time_limit_said_after_the_hours_is_held_whatever_its_words() -> None:
    said = {
        "45 max but not sunday mornings, that's football with my son": "not sunday mornings",
        "40 hours, but not before 9am": "not before 9am",
        "45 max, sundays off": "sundays off",
        "about 40, but I don't work sundays": "don't work sundays",
        "38, not weekends": "not weekends",
    }
    for message, limit in said.items():
        planner, reply = talk("tech", message)
        assert constraints(planner) == []  # held, not stored beside the hours
        assert "You mentioned '" in reply and limit in reply.casefold(), message
        planner.say("yes")
        assert [c.casefold() for c in constraints(planner)] == [limit], message


def test_a_body_said_to_be_failing_beside_the_hours_is_a_limit_held() -> None:
    said = {
        "40 tops, I'm 58 and my shoulders aren't what they were": "shoulders aren't what they",
        "about 35, my back keeps playing up": "back keeps playing up",
        "45 max, dodgy knees": "dodgy knees",
    }
    for message, limit in said.items():
        planner, reply = talk("general", message)
        assert constraints(planner) == []
        assert "You mentioned '" in reply and limit in reply.casefold(), message


def test_a_body_named_without_a_complaint_is_no_limit() -> None:
    _, reply = talk("general", "40, my back garden is where I work")
    assert "You mentioned" not in reply
    planner, _ = talk("general", "40 hours", "like I said, my knees")
    assert constraints(planner) == ["knees"]  # the reminder is no part of the limit


def test_a_yes_that_says_the_offered_limit_is_the_only_one_adds_no_limit() -> None:
    planner, _ = talk("general", "40 max, not saturday mornings - parkrun")
    planner.say("yes that's the only one")
    assert constraints(planner) == ["not saturday mornings"]


def test_a_health_limit_in_hours_a_day_is_recorded_at_its_question() -> None:
    said = "arthritis in my hands, so no more than four hours of sewing a day"
    planner, reply = talk("general", "38", said)
    assert constraints(planner) == ["arthritis in my hands, no more than 4 hours of sewing a day"]
    assert reply.endswith(QUESTIONS["buffer"])


def test_an_answer_that_cannot_be_read_is_not_asked_for_a_third_time() -> None:
    planner, _ = talk("general", "38")
    said = "the childminder, she charges £55 a day"
    replies = [planner.say(said) for _ in range(3)]
    assert QUESTIONS["constraints"] in replies[0] and QUESTIONS["constraints"] in replies[1]
    assert QUESTIONS["constraints"] not in replies[2]  # left for later, never a loop
    assert constraints(planner) == []


def test_just_that_one_takes_the_offered_limit() -> None:
    for answer in ("just that one", "only that one really", "that's the only one"):
        planner, _ = talk("tech", "about 40 hours, I can't work weekends")
        planner.say(answer)
        assert constraints(planner) == ["can't work weekends"], answer
