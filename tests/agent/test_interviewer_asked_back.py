"""Answers to a question back about one activity's figures: the figures differ from those on
record because the person was asked to revise them, so they stay with that activity even when
the answer names another one in passing."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner

TODAY = dt.date(2026, 11, 22)


def test_a_revised_figure_asked_back_stays_with_its_activity_beside_another_name() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "I have a retainer at the university, 20 hours a week, 38k a year. "
                 "45 hours max", "none"]:  # fmt: skip
        planner.say(line)
    asked = planner.say("I forgot, the retainer went up to 42k this year.")
    assert "What should I record for Retainer" in asked
    planner.say("About 20 hours a week. 42k a year. The mentoring, to be honest, it drains me.")
    retainer = next(a for a in planner.plan.activities if "etainer" in a.name)
    assert retainer.annual_revenue == 42000 and retainer.hours_per_week == 20
    assert not any(a.name.startswith("Mentoring") and a.hours_per_week == 20
                   for a in planner.plan.activities)  # fmt: skip


def test_a_count_changed_at_the_same_rate_scales_the_income_on_record() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["activist", "40", "none", "5k saved, 2k a month",
                 "advice charity 28h 30k, rights training 3h", "stable", "skip", "neutral",
                 "£180 a session and I do three a month", "variable",
                 "holding a room"]:  # fmt: skip
        planner.say(line)
    training = next(a for a in planner.plan.activities if "training" in a.name.casefold())
    assert training.annual_revenue == 6480
    reply = planner.say("actually it's 4 trainings a month now, not 3, same raet")
    training = next(a for a in planner.plan.activities if "training" in a.name.casefold())
    assert training.annual_revenue == 8640
    assert "8,640 a year" in reply and "or say 'skip'" not in reply  # no failed try


def _at_the_audit() -> MemoryPlanner:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "40", "none", "5k saved, 2k a month"]:
        planner.say(line)
    return planner


def test_names_asked_back_at_the_audit_are_offered_and_a_yes_records_them() -> None:
    planner = _at_the_audit()
    reply = planner.say(
        "bike repair stall 10 hours a week, I tutor chemistry, I sing in a wedding band, "
        "I walk dogs and I mow lawns for neighbours"
    )
    assert [a.name for a in planner.plan.activities] == ["Bike repair stall"]
    assert "You also mentioned" in reply and "Walking dogs" in reply
    assert "so I'll check first" in reply and "I left it out" not in reply
    planner.say("yes")
    names = {a.name for a in planner.plan.activities}
    assert {"Walking dogs", "Tutoring chemistry", "Bike repair stall"} <= names
