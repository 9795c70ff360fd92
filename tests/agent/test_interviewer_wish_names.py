"""A stream asked for as "a proper stream for X" is named X, also with a slip in the word
before "stream"; a long name loses the detail said after it; a wish asked as "is it possible?"
joins the proposal with the hours asked and is no question for the guidance."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer import intents
from agent.interviewer.harness import MemoryPlanner
from evals.conversations import ACADEMIC_REBOOT


@pytest.mark.parametrize(
    "said",
    ["I want a proper stream for the tenants' union, 8 hours a week",
     "I want a prpoer stream for the tenants' union, 8 hours a week, not squeezed in!",
     "I'd like its own stream for the tenants' union, 8 hours a week",
     "I want a proper strream for the tenants' union, 8 hours a week"],
)  # fmt: skip
def test_a_stream_for_something_is_named_by_that_thing(said: str) -> None:
    assert intents.wished(said) == ("Tenants' union", 8.0, None)


def test_other_wishes_keep_their_names() -> None:
    assert intents.wished("can I have a stream for an online course, 3 h a week?") == (
        "Online course", 3.0, None)  # fmt: skip
    assert intents.wished("want a reliability course stream 4h/wk") == (
        "Reliability course", 4.0, None)  # fmt: skip


def _at_streams() -> MemoryPlanner:
    planner = MemoryPlanner(dt.date(2026, 11, 22))
    planner.start()
    for line in ACADEMIC_REBOOT[: ACADEMIC_REBOOT.index("yes")]:
        planner.say(line)
    return planner


def test_a_wish_asked_as_possible_or_not_joins_the_proposal_and_is_no_guidance_question() -> None:
    planner = _at_streams()
    reply = planner.say("I would like to make a small online course of research methods for "
                        "students, 3 hours per week. Is it possible?")  # fmt: skip
    assert "Small online course of research methods (" in reply and "3 h a week" in reply
    assert "couldn't find guidance" not in reply and "From the guidance card" not in reply
    planner.say("yes")
    assert any(s.name.startswith("Small online course") and s.target_hours == 3
               for s in planner.plan.streams)  # fmt: skip


def test_a_wish_said_as_a_trial_is_named_by_the_work_not_the_trial() -> None:
    planner = _at_streams()
    reply = planner.say("add fault-finding videos 3 hrs/wk as a trial")
    assert "Added Fault-finding videos (seed, 3 h a week)" in reply
    assert "Trial" not in reply


def test_a_question_asked_as_could_you_tell_me_with_a_slip_is_a_question() -> None:
    planner = _at_streams()
    reply = planner.say("Could you tlel me why the anchor matters so much before I agree to this?")
    assert "Say 'yes' to accept, or change one stream" not in reply
    assert "guidance" in reply
    assert intents.request("could you make the course 6 hours?")


def test_a_wish_verb_with_a_slip_is_no_part_of_the_name() -> None:
    found = intents.wished("I want to makke an online course from the VHS material, 4 hours "
                           "per week, as leverage.")  # fmt: skip
    assert found is not None and intents.short_name(found[0]) == "Online course"


def test_a_question_after_hang_on_is_a_question_not_an_aside() -> None:
    planner = _at_streams()
    reply = planner.say("Hang on, why does one stream have to be the anchor?")
    assert "nothing to record" not in reply and "guidance" in reply


@pytest.mark.parametrize(
    ("said", "named", "hours"),
    [("Please include a finance for founders course, at about 4 hours a week.",
      "Finance for founders course", "4 h a week"),
     ("What I'd realyl like is to turn the blog into a short paid guide for families who are "
      "just starting out, maybe two hours a week, because it would help.",
      "Short paid guide", "2 h a week"),
     ("I want to makke an online course from the research material, 4 hours per week.",
      "Online course", "4 h a week")],
)  # fmt: skip
def test_a_wish_is_named_without_its_request_verb_also_with_a_slip(
    said: str, named: str, hours: str
) -> None:
    planner = _at_streams()
    reply = planner.say(said)
    assert f"Added {named} (" in reply and hours in reply, reply
    planner.say("yes")
    assert any(s.name == named for s in planner.plan.streams)


def test_a_wish_after_please_and_a_colon_is_a_new_stream_not_one_sharing_a_word() -> None:
    planner = _at_streams()
    reply = planner.say("Pleease: a research methods online course, 3 h per week, leverage.")
    assert "Added Research methods online course (" in reply and "3 h a week" in reply, reply
