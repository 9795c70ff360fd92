"""At a question about how an activity feels or what it teaches, a message about something
else (an aside, a revised figure) records no label and no lesson."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 11, 22)
AUDIT = ["general", "45", "none", "120k saved, 3k a month",
         "payroll job 13h 21k, freelance bookkeeping 5h 8k"]  # fmt: skip


def at(*lines: str) -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *AUDIT, *lines)


def bookkeeping(planner: MemoryPlanner):  # type: ignore[no-untyped-def]
    return next(a for a in planner.plan.activities if a.name == "Freelance bookkeeping")


def test_an_aside_at_the_energy_question_records_no_energy() -> None:
    planner, reply = at("stable", "how small firms handle cash")
    assert "Does Payroll job energise you" in reply
    planner.say("Apologies, my phone keeps buzzing with the movement group chat.")
    payroll = next(a for a in planner.plan.activities if a.name == "Payroll job")
    assert not payroll.given("energy")


def test_a_revised_figure_at_the_energy_question_records_no_energy() -> None:
    planner, reply = at("stable", "how small firms handle cash", "neutral", "variable",
                        "cash flow")  # fmt: skip
    assert "Does Freelance bookkeeping energise you" in reply
    planner.say("Actually the freelance bookkeeping is more like £9,600 a year since I took on "
                "another client.")  # fmt: skip
    assert bookkeeping(planner).annual_revenue == 9600
    assert not bookkeeping(planner).given("energy")


def test_a_correction_at_the_teaches_question_is_no_lesson() -> None:
    planner, reply = at("stable")
    assert "What does Payroll job teach you?" in reply
    planner.say("On reflection the cushion is £100k rather than £120k; we paid for the roof.")
    payroll = next(a for a in planner.plan.activities if a.name == "Payroll job")
    assert payroll.teaches == ""
    planner.say("oh update! bookkeeping's gone up to four clients a month now, still £200 each")
    payroll = next(a for a in planner.plan.activities if a.name == "Payroll job")
    assert payroll.teaches == ""


def test_a_label_given_as_the_answer_to_its_question_back_is_recorded() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in [*AUDIT[:4], "payroll job 21k steady, freelance bookkeeping 5h 8k"]:
        planner.say(line)
    reply = planner.say("13h a week roughly, it varies from month to month")
    assert "is the income from Payroll job stable, or does it vary?" in reply
    planner.say("variable")
    payroll = next(a for a in planner.plan.activities if a.name == "Payroll job")
    assert payroll.volatility == "variable"
