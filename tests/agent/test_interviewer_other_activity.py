"""An answer about another activity than the one asked: what it says is recorded for that
activity, and the asked question comes again without counting as a failed answer to it."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner

TODAY = dt.date(2026, 11, 22)
REVENUE = "Roughly what does Youth worker bring in a year?"
SETUP = ("general", "40", "none", "about 10k saved and I spend 2k a month",
         "youth worker, music gigs", "25")  # fmt: skip


def audit() -> MemoryPlanner:
    planner = MemoryPlanner(TODAY)
    planner.start()
    reply = ""
    for line in SETUP:
        reply = planner.say(line)
    assert REVENUE in reply
    return planner


def activity(planner: MemoryPlanner, name: str) -> dict[str, object]:
    found = next(a for a in planner.plan.activities if a.name == name)
    return found.model_dump()


def test_a_remark_on_another_recorded_activity_is_recorded_for_it() -> None:
    planner = audit()
    reply = planner.say("the gigs are all over the place")
    assert "Music gigs: variable" in reply
    assert activity(planner, "Music gigs")["volatility"] == "variable"
    assert REVENUE in reply and "Or say 'skip'" not in reply  # asked again, plainly


def test_an_answer_about_another_activity_is_no_failed_try() -> None:
    for other in ("the gigs are all over the place", "the gigs bring in about 5k"):
        planner = audit()
        planner.say(other)
        reply = planner.say("I like pizza")  # the first try at the question asked
        assert "left unknown" not in reply and REVENUE in reply, other
        assert "Or say 'skip'" in reply  # now its second asking, with an example
        reply = planner.say("22k")
        assert activity(planner, "Youth worker")["annual_revenue"] == 22000, other


def test_after_two_askings_an_answer_about_another_activity_leaves_nothing_unknown() -> None:
    planner = audit()
    planner.say("I like pizza")  # asked a second time
    reply = planner.say("the gigs are all over the place")
    assert "left unknown" not in reply and REVENUE in reply
    planner.say("22k")
    assert activity(planner, "Youth worker")["annual_revenue"] == 22000


def test_a_question_with_please_at_the_streams_accepts_nothing() -> None:
    from evals.conversations import ACADEMIC_REBOOT

    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ACADEMIC_REBOOT[: ACADEMIC_REBOOT.index("yes")]:
        reply = planner.say(line)
    assert "Shall I set up these streams?" in reply
    reply = planner.say("Please explain, why the anchor matters so much?")
    assert planner.plan.streams == []  # a question, no yes to the proposal
    assert "Shall I set up these streams?" in reply
    planner.say("yes, but why does the anchor matter?")
    assert planner.plan.streams  # a yes said as one still accepts


def _bands_card(query: str, stage: str | None) -> list[dict[str, object]]:
    said = "Each role has a band of hours that keeps it honest."
    return [{"title": "Role bands", "summary": said}]


def test_a_request_nothing_is_read_from_is_answered_as_a_question() -> None:
    from evals.conversations import ACADEMIC_REBOOT

    planner = MemoryPlanner(TODAY, search=_bands_card)
    planner.start()
    for line in ACADEMIC_REBOOT[: ACADEMIC_REBOOT.index("yes")]:
        planner.say(line)
    reply = planner.say("why not more hours on the podcast")
    assert "From the guidance card 'Role bands'" in reply
    assert "Say 'yes' to accept, or change one stream" not in reply
    assert planner.plan.streams == []
    reply = planner.say("why not make the podcast 4 hours")  # a request read as one: no question
    assert "From the guidance card" not in reply and "Podcast" in reply


def _leverage_card(query: str, stage: str | None) -> list[dict[str, object]]:
    said = "A leverage stream earns from what you made once."
    return [{"title": "Leverage streams", "summary": said}]


def test_a_planner_word_asked_about_in_short_is_a_question() -> None:
    for asked in ("leverage stream =", "leeverage = what exactly",
                  "Whhat means leverage steram, exactly?"):  # fmt: skip
        planner = MemoryPlanner(TODAY, search=_leverage_card)
        planner.start()
        planner.say("tech")
        reply = planner.say(asked)
        assert "From the guidance card 'Leverage streams'" in reply, asked
        assert "nothing to record" not in reply and "Or say 'skip'" not in reply, asked
        planner.say("40")
        assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 40
