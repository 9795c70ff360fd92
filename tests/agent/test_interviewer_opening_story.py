"""An opening message that tells the person's story answers ahead of the questions: it is no
failed try at the first question, which is asked again plainly and left unknown only after
two real tries."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.phrases import QUESTIONS

STORY = "hi! I'm a florist, 30 hours a week at a shop in town, about 21k, plus weddings on the side"


def test_a_story_first_is_no_try_at_the_setting_question() -> None:
    planner = MemoryPlanner(dt.date(2026, 12, 5))
    planner.start()
    reply = planner.say(STORY)
    assert QUESTIONS["context"] in reply and "Or say 'skip'" not in reply
    reply = planner.say("roughly 6k saved and I spend about 1,700 a month")
    assert planner.plan.capacity is None or planner.plan.capacity.cash_buffer == 6000
    assert not planner.plan.unknowns, reply  # asked again, not left unknown
    assert QUESTIONS["context"] in reply


def test_two_real_tries_at_the_setting_question_still_leave_it() -> None:
    planner = MemoryPlanner(dt.date(2026, 12, 5))
    planner.start()
    planner.say("we grow flowers, it's a family thing")
    reply = planner.say("my mum and I run it, mostly")
    assert [u.field for u in planner.plan.unknowns] == ["profile.context"], reply


def test_the_people_or_places_of_a_job_say_no_setting() -> None:
    from agent.interviewer.parse import parse_context

    for said in ["we grow flowers, it's a family thing", "I teach kids", "a translation agency",
                 "food bank volunteer", "my mum and I run it", "my own company"]:  # fmt: skip
        assert parse_context(said) is None, said
    assert parse_context("I look after my dad most days") == "caregiver"
    assert parse_context("single dad, two kids") == "caregiver"
    assert parse_context("a government agency") == "government"
    assert parse_context("I work at a bank") == "corporate"
