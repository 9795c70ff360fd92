"""Conversations as a person types them, through the real reading layer, the dialog manager,
the tools and the agent loop: the setting said as a job, constraints said at length or denied,
a side activity said beside a known job, an activity named after a workplace, and no question
asked a third time in a row."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.phrases import QUESTIONS
from tests.support.talking import conversation

TODAY = dt.date(2026, 11, 22)


def talk(*lines: str) -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *lines)


def unknown(planner: MemoryPlanner) -> set[str]:
    return {u.field for u in planner.plan.unknowns}


# --- the setting ------------------------------------------------------------------------------


def test_a_job_that_is_none_of_the_settings_is_understood_as_the_general_one() -> None:
    for said in ["I'm a teacher", "nursing", "i'm a plumber", "retail", "hi! im a nurse",
                 "I teach maths at a secondary school"]:  # fmt: skip
        planner, reply = talk(said)
        assert planner.plan.profile.context == "general", said
        assert "under the general setting" in reply and "say which" in reply, said
        assert reply.endswith(QUESTIONS["capacity"]), said  # moved on, not asked again
        assert "profile.context" not in unknown(planner), said


def test_a_job_that_belongs_to_a_listed_setting_is_recorded_as_that_one() -> None:
    planner, reply = talk("i'm a nurse at the NHS")
    assert planner.plan.profile.context == "government"
    assert "general setting" not in reply
    planner, _ = talk("I'm a software developer")
    assert planner.plan.profile.context == "tech"


def test_a_question_is_asked_twice_at_most_then_left_for_later() -> None:
    planner, second = talk("hmm")
    assert "Pick one: corporate, government, activist, tech, caregiver or general" in second
    assert "say 'skip'" in second
    third = planner.say("ok")
    assert "profile.context" in unknown(planner)  # left as unknown, never guessed
    assert "leave that one for now" in third and third.endswith(QUESTIONS["capacity"])


def test_a_question_back_or_an_aside_does_not_count_as_a_failed_answer() -> None:
    planner, _ = talk("tech")
    planner.say("sorry, what does capacity mean here?")
    planner.say("brb, the kettle")
    reply = planner.say("45")
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 45
    assert "capacity.hours_per_week" not in unknown(planner)
    assert reply.endswith(QUESTIONS["constraints"])


# --- constraints ------------------------------------------------------------------------------


def test_a_constraint_is_stored_in_short_words_without_the_hedges_around_it() -> None:
    planner, reply = talk(
        "tech", "45", "no real constraints, maybe my partner would like me home by 6"
    )
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.constraints == ["home by 6 pm"]
    assert "limited by home by 6 pm" in reply


def test_saying_there_are_no_constraints_records_none() -> None:
    for said in ["no constraints", "none really", "nothing", "nothing really, I'm free",
                 "not really, no", "nope nothing limits me"]:  # fmt: skip
        planner, reply = talk("tech", "45", said)
        capacity = planner.plan.capacity
        assert capacity is not None and capacity.constraints == [], said
        assert "capacity.constraints" not in unknown(planner), said
        assert "nothing limits your hours" in reply, said
        assert reply.endswith(QUESTIONS["buffer"]), said
        assert planner.say("go back").endswith(QUESTIONS["constraints"]), said  # asked again


# --- activities -------------------------------------------------------------------------------

BEFORE_AUDIT = ["tech", "45", "none", "10k saved, 2k a month", "2k"]


def activity(planner: MemoryPlanner, name: str) -> tuple[float, float]:
    found = next(a for a in planner.plan.activities if a.name == name)
    return found.hours_per_week, found.annual_revenue


def test_a_side_activity_said_while_the_job_is_asked_about_is_named_and_keeps_its_figures() -> None:
    planner, reply = talk(*BEFORE_AUDIT, "software engineer at a bank, 38h a week, 55k")
    assert "Software engineer at a bank" in reply and "stable, or does it vary" in reply
    reply = planner.say("on the side I do code reviews for 2 clients (~5h/week, 9k€)")
    assert [a.name for a in planner.plan.activities] == [
        "Software engineer at a bank", "Code reviews"]  # fmt: skip
    assert activity(planner, "Code reviews") == (5, 9000)
    assert activity(planner, "Software engineer at a bank") == (38, 55000)  # untouched
    assert "Code reviews: 5 h a week, €9,000 a year" in reply
    assert "You said 38 h a week" not in reply  # nothing to ask: no figure collides


def test_figures_asked_back_are_recorded_where_the_answer_says_they_belong() -> None:
    planner, _ = talk(*BEFORE_AUDIT, "software engineer at a bank, 38h a week, 55k")
    reply = planner.say("I also do about 5h a week")
    assert "You said 38 h a week for Software engineer at a bank earlier, and now 5 h" in reply
    planner.say("no, that's my code reviews for 2 clients")
    assert activity(planner, "Code reviews")[0] == 5  # the figure asked about is kept
    assert activity(planner, "Software engineer at a bank") == (38, 55000)
    planner.say("go back")
    assert [a.name for a in planner.plan.activities] == ["Software engineer at a bank"]


def test_an_activity_said_as_a_place_is_named_by_the_work() -> None:
    planner, _ = talk(
        "I'm a nurse, 36 hours at the hospital for 38k, weekend agency shifts about 8 hours, "
        "10k a year, I could do 48 in total"
    )
    assert [(a.name, a.hours_per_week, a.annual_revenue) for a in planner.plan.activities] == [
        ("Nurse at the hospital", 36, 38000), ("Weekend agency shifts", 8, 10000)]  # fmt: skip
    planner, reply = talk(*BEFORE_AUDIT, "36 hours at the hospital for 38k")
    assert activity(planner, "Hospital job") == (36, 38000)
    assert "Is the income from Hospital job stable" in reply


def test_a_count_inside_a_name_is_no_part_of_it() -> None:
    planner, _ = talk(*BEFORE_AUDIT, "exam marking (about 6h/week, 2.5k a yr) and tutoring 2 kids "
                      "4 hrs a week for £6,000 a year")  # fmt: skip
    assert activity(planner, "Exam marking") == (6, 2500)
    assert activity(planner, "Tutoring") == (4, 6000)


def test_figures_said_at_a_question_that_asks_for_no_activity_are_read_as_one() -> None:
    planner, second = talk("nurse", "i can do 44 hrs a week max",
                           "savings 12k, i spend 1.9k a month")  # fmt: skip
    assert second.count(QUESTIONS["constraints"]) == 1 and "say 'skip'" in second
    third = planner.say("36 hours at the hospital for 38k")  # an activity, said at this question
    assert activity(planner, "Hospital job") == (36, 38000)
    # Asked twice already: what the message says is kept, the question is left for later.
    assert "capacity.constraints" in unknown(planner)
    assert "leave that one for now" in third and QUESTIONS["constraints"] not in third


def test_a_cost_said_at_the_limits_question_is_never_recorded_as_work() -> None:
    for said in ["dog walker, costs £120", "childminder pickup, costs £250"]:
        planner, _ = talk("general", "40", said)
        assert planner.plan.activities == [], said  # a guess at an income names no work


# --- asides, tries and figures left out ---------------------------------------------------------

NURSE = ("I'm an NHS nurse (public sector), 36 hours at the hospital for 38k, weekend agency "
         "shifts about 8 hours, 10k a year, I could do 48 in total")  # fmt: skip


def test_an_aside_and_a_correction_keep_the_question_open_for_the_next_answer() -> None:
    planner, second = talk(NURSE, "why does the anchor matter?",
                           "actually my real limit is 44 hours, not 48")  # fmt: skip
    assert QUESTIONS["constraints"] in second  # a correction of another figure is no try
    aside = planner.say("ugh my cat just knocked my tea over lol")
    assert "capacity.constraints" not in unknown(planner)  # an aside is no failed try
    assert "leave that one for now" not in aside and QUESTIONS["constraints"] in aside
    reply = planner.say("none really")  # lands on the question it answers
    capacity = planner.plan.capacity
    assert capacity is not None and capacity.hours_per_week == 44 and capacity.constraints == []
    assert "capacity.constraints" not in unknown(planner)
    assert "nothing limits your hours" in reply and reply.endswith(QUESTIONS["buffer"])


def test_chit_chat_is_no_try_but_a_bare_non_answer_is() -> None:
    for line in ["Sorry. Slack.", "lol my cat just walked across the keyboard",
                 "Sorry, coffee machine is broken again.", "customer ringing. 2 mins"]:  # fmt: skip
        planner, _ = talk("hmm")  # the setting asked again, with its options
        reply = planner.say(line)
        assert "profile.context" not in unknown(planner), line
        assert "leave that one for now" not in reply, line
        planner.say("tech")
        assert planner.plan.profile.context == "tech", line
    planner, _ = talk("hmm")
    reply = planner.say("whatever")
    assert "profile.context" in unknown(planner) and "leave that one for now" in reply


def test_a_question_asked_twice_is_left_whatever_else_the_message_records() -> None:
    planner, second = talk("hmm")
    assert "Pick one" in second
    reply = planner.say("I could do 40 hours a week in total")
    capacity = planner.plan.capacity
    assert capacity is not None and capacity.hours_per_week == 40  # what it says is kept
    assert "profile.context" in unknown(planner)  # and the setting is not asked a third time
    assert "leave that one for now" in reply and QUESTIONS["context"] not in reply
    assert reply.endswith(QUESTIONS["constraints"])


def test_a_figure_nothing_was_taken_from_is_said_beside_what_was_recorded() -> None:
    planner, reply = talk("tech", "I work part-time in payroll, 13 hours a week, and 42 hrs tops "
                          "for everything")  # fmt: skip
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 42
    assert "I didn't take '13 hours a week'; what are those hours for?" in reply
    _planner, told = talk("tech", "I can do 45 hours a week max, not 50 hours")
    assert "didn't take" not in told  # a figure taken back is no figure left out


def test_a_listed_setting_typed_with_one_slip_is_that_setting() -> None:
    planner, reply = talk("coporate")
    assert planner.plan.profile.context == "corporate"
    assert "general setting" not in reply


def test_passing_on_a_question_beside_a_fact_records_no_constraint() -> None:
    said = "Passs on that one. By the way there's roughly 4.8k in my savings account."
    planner, _ = talk("tech", "40 in total", said)
    capacity = planner.plan.capacity
    assert capacity is not None and capacity.constraints == [] and capacity.cash_buffer == 4800
    assert "capacity.constraints" in unknown(planner)


def test_a_remark_about_something_else_names_no_activity() -> None:
    planner, _ = talk("corporate", "40 in total", "none", "skip", "skip")
    planner.say("The Deutsche Bahn is late again, typical")
    assert planner.plan.activities == []


def test_a_figure_held_by_a_reading_or_worth_nothing_is_not_asked_about() -> None:
    from agent.interviewer import unread
    from agent.interviewer.reading.types import Reading

    wish = Reading("wish", subject="statistics workshops", hours=3,
                   span="please add statistics workshops on weekend")  # fmt: skip
    said = "Please add statistics workshops on weekend, 3 hours in the week."
    assert unread.note(said, [wish]) == ""  # the wish holds the 3 hours
    hours = Reading("fact", field="activity.hours_per_week", value=4, span="4 hours")
    assert unread.note("open science mentoring, 4 hours, unpaid (0 €), stable.", [hours]) == ""
    assert unread.note("mentoring, 4 hours, and 42 hrs tops", [hours]) == (
        "I didn't take '42 hrs tops'; is that your weekly limit?"
    )
