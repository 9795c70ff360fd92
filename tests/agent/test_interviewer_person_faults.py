"""Faults found by talking to the interviewer as people of several trades would, each said
here in other words. Driven through the real reading layer, the dialog manager and the tools."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 5)


def _at_core() -> MemoryPlanner:
    lines = [
        "general",
        "I can do 42 hours a week",
        "none",
        "8k saved, 2.3k a month",
        "I fit kitchens 30 hours a week for 34k, and teach carpentry evenings 4 hours "
        "a week for 5k",
        "that's all",
        "steady",
        "problem solving on site",
        "draining",
        "varies",
        "explaining joints",
        "energising",
        "joinery, teaching, estimating",
        "joinery",
        "teaching",
    ]
    return conversation(TODAY, *lines)[0]


def test_a_yes_at_the_core_skill_question_is_no_core_skill() -> None:
    planner = _at_core()
    reply = planner.say("yep")
    assert "yes or no" in reply and "10,000 hours" in reply, reply
    assert planner.plan.core_skill is None
    planner.say("joinery")
    assert planner.plan.core_skill == "Joinery"


def test_a_no_at_the_lesson_question_is_not_the_lesson() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "I can do 42 hours a week", "none", "8k saved, 2.3k a month",
                 "I fit kitchens 30 hours a week for 34k", "that's all", "steady"]:  # fmt: skip
        planner.say(line)
    reply = planner.say("nope")
    assert "teach" in reply
    assert planner.plan.activities[0].teaches == ""


def test_a_wish_asked_with_could_i_add_reaches_the_proposal() -> None:
    planner = _at_core()
    reply = planner.say("can I add a flat-pack repair video series, 3 hours a week?")
    assert "Noted" in reply and "video series" in reply, reply
    assert planner.plan.core_skill is None
    reply = planner.say("joinery")
    assert "video series" in reply.lower() and "3 h a week" in reply, reply


def test_a_wish_sharing_a_word_with_work_on_record_is_a_wish_not_its_hours() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "I can do 40 hours a week", "none", "6k saved, 2.1k a month",
                 "garden design 28 hours a week for 36k, hedge laying"]:  # fmt: skip
        planner.say(line)
    reply = planner.say("I'd love a podcast about garden wildlife, 2 hours a week")
    assert "Noted" in reply and "podcast" in reply.lower(), reply
    design = next(a for a in planner.plan.activities if "design" in a.name.lower())
    assert design.hours_per_week == 28
    assert "earlier" not in reply  # nothing to confirm: the garden design's hours are as said


def _audited_two() -> MemoryPlanner:
    lines = [
        "government",
        "I can do 37 hours a week",
        "none",
        "11k saved, 2.2k a month",
        "county archive 21 hours for 24k, family history research 7 hours a week for 6k",
    ]
    return conversation(TODAY, *lines)[0]


def test_a_unit_said_only_with_the_figure_taken_back_is_the_new_figures() -> None:
    planner = _audited_two()
    reply = planner.say("no, 23 not 21 hours at the archive")
    archive = next(a for a in planner.plan.activities if "archive" in a.name.lower())
    assert archive.hours_per_week == 23, reply
    assert "from 21 h a week to 23 h a week" in reply
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 37
    reply = planner.say("sorry, 39 not 37 hours altogether")
    assert planner.plan.capacity.hours_per_week == 39, reply
    assert archive.hours_per_week == 23


def test_what_work_teaches_said_at_another_of_its_questions_is_kept() -> None:
    planner = _audited_two()
    reply = planner.say("it has taught me how to read old handwriting")
    archive = next(a for a in planner.plan.activities if "archive" in a.name.lower())
    assert archive.teaches == "how to read old handwriting", reply
    research = next(a for a in planner.plan.activities if "research" in a.name.lower())
    assert research.teaches == ""


def test_the_end_of_the_list_said_late_is_no_try_at_the_next_question() -> None:
    planner = _audited_two()
    reply = planner.say("ok that's the lot")
    assert "whole list" in reply and "Or say 'skip'" not in reply, reply
    reply = planner.say("regular as clockwork")
    archive = next(a for a in planner.plan.activities if "archive" in a.name.lower())
    assert archive.volatility == "stable", reply
    assert not planner.plan.unknowns


def test_a_liking_is_no_activity_and_an_excitement_is_the_skill_named() -> None:
    planner = _audited_two()
    planner.say("that's everything")
    planner.say("I love the talks, I don't get enough time for palaeography")
    assert len(planner.plan.activities) == 2, [a.name for a in planner.plan.activities]
    for line in ["steady", "cataloguing", "energising", "varies", "reading old hands",
                 "draining", "cataloguing, palaeography, genealogy"]:  # fmt: skip
        planner.say(line)
    reply = planner.say("palaeography really excites me")
    assert [s.name for s in planner.plan.skills] == ["Cataloguing", "Palaeography", "Genealogy"]
    assert "Palaeography excites you" in reply, reply


def test_a_limit_said_early_is_kept_when_the_person_moves_on_from_its_question() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    planner.say("general")
    reply = planner.say("36 hours max, no evenings because of choir")
    assert "You mentioned" in reply and "choir" in reply, reply
    planner.say("about 5k put by, we spend 1.9k a month")
    assert planner.plan.capacity is not None and planner.plan.capacity.constraints == []
    reply = planner.say("I drive for a removals firm 30 hours a week for 25k")
    assert planner.plan.capacity.constraints == ["no evenings because of choir"]
    assert "which you said earlier" in reply, reply
    assert planner.plan.capacity.cash_buffer == 5_000
    assert not any(u.field == "capacity.constraints" for u in planner.plan.unknowns)


def test_a_no_to_the_limit_offered_keeps_it_out() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "36 hours max, no evenings because of choir",
                 "about 5k put by, we spend 1.9k a month"]:  # fmt: skip
        planner.say(line)
    planner.say("no, I drive for a removals firm 30 hours a week for 25k")
    assert planner.plan.capacity is not None and planner.plan.capacity.constraints == []


def test_a_review_date_said_with_its_day_in_words_is_booked() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "44 in total", "none", "7k saved, 2k a month",
                 "I tune pianos 30 hours a week for 33k, and restore uprights 6 hours a week "
                 "for 5k", "that's all", "steady", "listening", "energising", "varies",
                 "old mechanisms", "draining", "tuning, restoration, teaching", "restoration",
                 "teaching", "restoration", "yes", "yes"]:  # fmt: skip
        planner.say(line)
    reply = planner.say("the twenty-second of February")
    assert planner.plan.review is not None, reply
    assert planner.plan.review.date == dt.date(2027, 2, 22)


def test_a_label_said_of_something_not_on_record_is_not_the_asked_works() -> None:
    planner = _audited_two()
    reply = planner.say("the allotment varies with the weather")
    assert "'allotment'" in reply and "on record" in reply, reply
    archive = next(a for a in planner.plan.activities if "archive" in a.name.lower())
    assert "volatility" not in archive.answered
    planner.say("honestly it is steady")
    archive = next(a for a in planner.plan.activities if "archive" in a.name.lower())
    assert archive.volatility == "stable"


def test_going_back_over_a_wish_says_the_plan_had_not_changed() -> None:
    planner = _at_core()
    planner.say("I'd like a joinery vlog, 2 hours a week")
    reply = planner.say("go back")
    assert "had not changed yet" in reply and "0 changes" not in reply, reply
    reply = planner.say("joinery")
    assert "vlog" not in reply.lower(), reply


def _at_audit(story: str) -> MemoryPlanner:
    lines = [story, "general", "45", "none", "5k saved, spend 1.8k a month"]
    return conversation(TODAY, *lines)[0]


def test_closing_the_list_by_a_count_takes_the_work_offered_or_asks_for_the_missing() -> None:
    planner = _at_audit("bus driver, 39 hrs, about 30k. I also paint house portraits now and "
                        "then, 5 or 6 a year at 90 each")  # fmt: skip
    offered = [a.name for a in planner.plan.activities]
    reply = planner.say("just those two")
    names = [a.name for a in planner.plan.activities]
    assert len(names) == 2 and names[0] == offered[0], (offered, names, reply)
    planner = _at_audit("I'm a joiner, 38 hrs, takes home 31k")
    reply = planner.say("both")  # two counted, one on record: the other is asked for
    assert "So far I have only Joiner: what else did you count?" in reply
    planner.say("fixing old radios, 3 hours a week, about 700 a year")
    assert [(a.name, a.hours_per_week) for a in planner.plan.activities][1] == (
        "Fixing old radios",
        3,
    )


def _at_blocks(limit: str) -> str:
    planner = MemoryPlanner(TODAY)
    planner.start()
    reply = ""
    for line in ["general", "I can do 45 hours a week", limit, "8k saved, 2k a month",
                 "I fit kitchens 35 hours a week for 34k, and teach carpentry 4 hours a week "
                 "for 5k", "that's all", "steady", "problem solving", "draining", "varies",
                 "explaining joints", "energising", "joinery, teaching", "joinery", "teaching",
                 "joinery", "yes"]:  # fmt: skip
        reply = planner.say(line)
    return reply


def test_the_weeks_blocks_name_the_limits_they_keep_and_the_ones_they_cannot_read() -> None:
    reply = _at_blocks("no evenings, I look after my dad")
    assert "keep clear of the times your limits rule out ('no evenings" in reply, reply
    assert "could not read" not in reply
    unread = _at_blocks("a dodgy knee, so short sessions")
    assert "I could not read 'dodgy knee, short sessions' as times of the week" in unread, unread
    assert "limits" not in _at_blocks("none").split("weekly rhythm")[1].split("A portfolio")[0]
