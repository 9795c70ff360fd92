"""A bare yes or no is nobody's own words, and a wish asked as "could I add ...?" is a wish.
Driven through the real reading layer, the dialog manager and the tools."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner

TODAY = dt.date(2026, 12, 5)


def _at_core() -> MemoryPlanner:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "I can do 42 hours a week", "none", "8k saved, 2.3k a month",
                 "I fit kitchens 30 hours a week for 34k, and teach carpentry evenings 4 hours "
                 "a week for 5k", "that's all", "steady", "problem solving on site", "draining",
                 "varies", "explaining joints", "energising", "joinery, teaching, estimating",
                 "joinery", "teaching"]:  # fmt: skip
        planner.say(line)
    return planner


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
