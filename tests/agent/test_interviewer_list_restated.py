"""The audit's list closed with the work on record said again in the person's own words is a
whole list: the questions about each piece of work begin; words that add more are still read."""

from __future__ import annotations

import datetime as dt

from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)
OPENING = (
    "I'm a ward nurse, 30 hours a week for £34k, and I sell pots at craft fairs, "
    "about £2,000 a year"
)
FIRST = (OPENING, "general", "45", "none", "£6k saved, spending £1,900 a month")


def test_the_list_closed_and_said_again_in_other_words_moves_on() -> None:
    planner, reply = conversation(TODAY, *FIRST, "that's the lot really, the nursing and the pots")
    names = [a.name for a in planner.plan.activities]
    assert len(names) == 2, names
    assert "anything else you do for work" not in reply
    assert "Ward nurse" in reply or "nurse" in reply.casefold()


def test_more_work_said_after_the_list_is_closed_is_still_recorded() -> None:
    planner, _ = conversation(TODAY, *FIRST, "that's all, apart from some tutoring on sundays")
    names = [a.name.casefold() for a in planner.plan.activities]
    assert any("tutoring" in n for n in names), names
    assert len(names) == 3


def test_work_told_in_a_sentence_of_its_own_after_the_list_end_is_not_lost() -> None:
    planner, _ = conversation(TODAY, *FIRST, "nothing else, I do a bit of dog walking though")
    names = [a.name.casefold() for a in planner.plan.activities]
    assert any("dog walking" in n for n in names), names
