"""Kinds of message that whole conversations of new people carried badly, driven through the
dialog in other words: a correction that says the old figure, another work's rate and hours
said at the wrong question, a "no" that opens a disagreement at the proposal, a pay told as
base plus commission or gross beside net, asking for the question again after a break, a
hedged "ok" at the lesson question, and a monthly pay paid fourteen times a year."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from agent.plan.models import Activity
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)
_START = ["general", "42", "none", "savings 3000", "1800 a month"]


def _work(planner: MemoryPlanner, word: str) -> Activity:
    return next(a for a in planner.plan.activities if word in a.name.casefold())


_BARISTA = [*_START, "I'm a barista, in a cafe 5 days a week, and I walk dogs on the side",
            "cafe is about 34 hours", "31k", "dogs 5 hours a week"]  # fmt: skip


def test_a_correction_naming_the_old_figure_goes_to_the_work_that_holds_it() -> None:
    planner, _ = conversation(TODAY, *_BARISTA, "sorry, the cafe is 36 hours not 34")
    assert _work(planner, "dog").hours_per_week == 5
    assert _work(planner, "barista").hours_per_week == 36


def test_a_correction_whose_old_figure_no_recent_answer_holds_changes_none_of_them() -> None:
    planner, _ = conversation(TODAY, *_BARISTA, "sorry, it's 8 hours not 12")
    assert _work(planner, "dog").hours_per_week == 5
    assert _work(planner, "barista").hours_per_week == 34


def test_another_works_rate_and_hours_give_no_year_to_the_asked_work() -> None:
    lines = [*_START, "I drive a forklift at a depot and I teach swimming",
             "forklift is 38 hours", "skip", "steady",
             "3 hours a week, £18 an hour"]  # fmt: skip
    planner, reply = conversation(TODAY, *lines)
    forklift = _work(planner, "forklift")
    assert "annual_revenue" not in (forklift.answered or [])
    assert forklift.hours_per_week == 38
    assert "18 an hour" in reply  # said back as it was said, not as a year's total


def _at_proposal(*more: str) -> tuple[MemoryPlanner, str]:
    lines = [*_START, "I fit kitchens and I run a small bike repair stall",
             "kitchens 32 hours", "30000", "stable", "measuring twice", "draining",
             "bikes 6 hours", "5000", "varies", "patience", "energising",
             "carpentry, bike repair", "bike repair", "none", "bike repair"]  # fmt: skip
    return conversation(TODAY, *lines, *more)


def test_a_reply_opening_with_no_keeps_the_stream_it_names_at_the_proposal() -> None:
    _, before = _at_proposal()
    assert "bike repair stall:" in before.casefold()
    _, reply = _at_proposal("no I mean the bike stall is the growth one")
    assert "bike repair stall:" in reply.split("Here is")[-1].casefold()
    assert "1 h a week" not in reply


def test_no_before_a_stream_still_drops_it_at_the_proposal() -> None:
    _, reply = _at_proposal("make it 5 streams", "no experiment with bike repair")
    assert "experiment with bike repair:" not in reply.split("Here is")[-1].casefold()


def test_base_plus_commission_summed_is_not_asked_about_again() -> None:
    lines = [*_START, "I sell cars at a dealership", "that's all", "45 hours",
             "basic of 26k and the commission adds about 9k"]  # fmt: skip
    planner, reply = conversation(TODAY, *lines)
    assert _work(planner, "car").annual_revenue == 35000
    assert "didn't take" not in reply


def test_net_pay_beside_the_gross_is_not_asked_about() -> None:
    lines = [*_START, "I'm a payroll clerk at the council", "that's all", "37 hours",
             "29,500 gross, roughly 24k net"]  # fmt: skip
    planner, reply = conversation(TODAY, *lines)
    assert _work(planner, "payroll").annual_revenue == 29500
    assert "didn't take" not in reply


def test_where_were_we_after_a_break_puts_the_open_question_again() -> None:
    planner, reply = conversation(TODAY, *_START[:2], "ok I'm back, where were we?")
    assert "limits those hours" in reply
    assert "guidance" not in reply
    assert planner.plan.capacity is not None and planner.plan.capacity.constraints == []


def test_a_hedged_ok_at_the_lesson_question_is_no_energy_answer() -> None:
    lines = [*_START, "I groom horses at a riding school", "that's all", "25 hours",
             "16000", "steady", "ok i guess"]  # fmt: skip
    planner, _ = conversation(TODAY, *lines)
    answered = _work(planner, "horse").answered or []
    assert "energy" not in answered and "teaches" not in answered


def test_a_monthly_pay_paid_fourteen_times_a_year_counts_fourteen_months() -> None:
    lines = [*_START, "I'm a lab assistant at a university", "that's all", "40 hours",
             "1,150 euro a month, paid 14 times a year"]  # fmt: skip
    planner, _ = conversation(TODAY, *lines)
    assert _work(planner, "lab").annual_revenue == 16100


_ALL_AT_ONCE = (
    "So, all in one go: I'm a night porter, 36 hours a week, 27k a year, and I also sell "
    "prints of my photos online, 5 hours a week, about 3k a year."
)


def test_already_said_at_the_list_says_back_what_is_on_record_and_keeps_it_open() -> None:
    planner, reply = conversation(TODAY, _ALL_AT_ONCE, "general", *_START[1:], "already said")
    names = " and ".join(a.name for a in planner.plan.activities)
    assert "I missed it" in reply and f"So far I have {names}" in reply
    planner, reply = conversation(
        TODAY, _ALL_AT_ONCE, "general", *_START[1:], "already said", "I said it already"
    )
    assert "stable" in reply  # said twice: the list is closed as it stands


def test_already_said_where_nothing_is_on_record_says_so_and_keeps_the_question() -> None:
    lines = [_ALL_AT_ONCE, "general", *_START[1:], "that's all", "already said", "already said"]
    planner, reply = conversation(TODAY, *lines)
    work = planner.plan.activities[0]
    assert "volatility" not in (work.answered or [])
    assert not planner.plan.unknowns  # not skipped for being said twice
    assert "on record yet" in reply and "stable" in reply
