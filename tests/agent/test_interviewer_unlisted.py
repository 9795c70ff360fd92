"""A correction about something the plan does not hold, said while one activity is asked
about: asked back ("The newsletter isn't in your list: add it as an activity?"), never stored
on the asked one."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 11, 22)
AUDIT = ["general", "45", "none", "10k saved, 2k a month",
         "editorial consulting 30h 40k, speaking engagements 2h"]  # fmt: skip


def talk(*lines: str) -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *lines)


def speaking(planner: MemoryPlanner) -> float:
    return next(a.annual_revenue for a in planner.plan.activities if a.name.startswith("Speak"))


def test_a_correction_about_an_unlisted_thing_is_asked_back_not_given_to_the_asked_one() -> None:
    planner, reply = talk(*AUDIT, "stable", "skip", "neutral")
    assert "what does Speaking engagements bring in a year" in reply
    said = "I undersold the newsletter earlier. It makes £7,200 a year now that subscriptions grew."
    reply = planner.say(said)
    assert "The newsletter isn't in your list: add it as an activity, with 7,200 a year?" in reply
    assert speaking(planner) == 0 and len(planner.plan.activities) == 2
    reply = planner.say("yes")
    newsletter = next(a for a in planner.plan.activities if a.name == "Newsletter")
    assert newsletter.annual_revenue == 7200 and speaking(planner) == 0
    assert "what does Speaking engagements bring in a year" in reply  # still open


def test_a_no_keeps_the_plan_and_the_asked_question_open() -> None:
    planner, _ = talk(*AUDIT, "stable", "skip", "neutral")
    planner.say("the newsletter makes more like 200 a month")
    reply = planner.say("no")
    assert [a.name for a in planner.plan.activities] == ["Editorial consulting",
                                                         "Speaking engagements"]  # fmt: skip
    assert speaking(planner) == 0
    assert "Speaking engagements" in reply


def test_a_correction_about_the_asked_one_or_a_recorded_one_is_not_asked_back() -> None:
    planner, _ = talk(*AUDIT, "stable", "skip", "neutral")
    reply = planner.say("the rate is more like 300 a talk, 6 talks a year")
    assert "isn't in your list" not in reply
    planner, _ = talk(*AUDIT, "stable", "skip", "neutral")
    reply = planner.say("actually the editorial consulting makes 42k now")
    assert "isn't in your list" not in reply


def test_at_another_question_a_correction_about_an_unlisted_thing_is_no_answer_to_it() -> None:
    planner, _ = talk("general", "university work, 20 h per week, 38.000 €. I can give 45 hours "
                      "per week", "none", "18k saved")  # fmt: skip
    reply = planner.say("Correction: the newsletter is now 300 € a month.")
    assert "The newsletter isn't in your list: add it as an activity" in reply
    assert planner.plan.capacity is not None and planner.plan.capacity.monthly_spending is None
    reply = planner.say("Correction: the university retainer is now 42.000 € per year, not 38.000.")
    assert "isn't in your list" not in reply  # the figure taken back says which one it is
    assert planner.plan.activities[0].annual_revenue == 42000


def test_a_figure_and_its_period_is_no_constraint() -> None:
    planner, _ = talk("general", "45", "3.000 a month")
    assert planner.plan.capacity is not None and planner.plan.capacity.constraints == []
    unknown = {u.field for u in planner.plan.unknowns}
    assert "capacity.constraints" not in unknown  # not settled as none either: asked again


def test_a_change_that_takes_back_a_figure_the_asked_one_never_had_is_not_stored_on_it() -> None:
    lines = ["general", "45 hours max", "none", "5k saved, 2k a month",
             "electrical contracting, and college teaching", "that's all", "32 hours", "41k",
             "steady", "wiring", "neutral", "6 hours", "7.2k"]  # fmt: skip
    planner, reply = talk(*lines)
    assert "Is the income from College teaching stable" in reply
    reply = planner.say("chcked etsy guides did £4,200 last year not 3.6k")
    college = next(a for a in planner.plan.activities if a.name == "College teaching")
    assert college.annual_revenue == 7_200  # 3.6k is not the college's: about something else
    assert "I didn't take" in reply and "£4,200" in reply  # the figure is asked about
    planner.say("the college is 7.5k, not 7.2k")  # its own figure taken back: changed
    college = next(a for a in planner.plan.activities if a.name == "College teaching")
    assert college.annual_revenue == 7_500


def test_a_correction_at_the_audit_names_no_activity_correction() -> None:
    planner, _ = talk("general", "45 hours max", "none", "5k saved, 2k a month")
    reply = planner.say("Correction: the university retainer is now 42.000 € per year, not 38.000.")
    assert all("correction" not in a.name.lower() for a in planner.plan.activities), reply
    assert "Recorded: activity" not in reply


def test_a_correction_that_takes_back_a_recorded_figure_changes_that_figure_only() -> None:
    planner, _ = talk(
        "I do research as freelancer: university retainer (20 h per week, 38.000 €), consulting "
        "for a tech firm, some writing. I can give 45 hours per week, not more.",
        "general", "conference travel twice a year", "18k saved, 3k a month",
    )  # fmt: skip
    reply = planner.say("Correction: the university retainer is now 42.000 € per year, not 38.000.")
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.cash_buffer == 18_000  # never re-answered with "42"
    assert planner.plan.capacity.monthly_spending == 3_000
    assert any(a.annual_revenue == 42_000 for a in planner.plan.activities), reply
    assert "to 42,000 a year" in reply
