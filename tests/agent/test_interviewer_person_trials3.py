"""Kinds of message that whole conversations of new people carried badly, driven through the
dialog in other words: how work feels said at the question of what it teaches, "it is a
pleasure" answering a question back about an hours figure, "done" at the skills question,
and two changes of the streams on the table in one line."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)
_OPENING = ["general", "32", "none", "savings 3500", "1600 a month",
            "I repair shoes in a kiosk, 28 hours, 19000 a year", "that's all",
            "steady"]  # fmt: skip


def _work(planner: MemoryPlanner) -> object:
    return planner.plan.activities[0]


def test_a_feeling_at_the_lesson_question_is_the_works_energy_not_a_lesson() -> None:
    planner, reply = conversation(TODAY, *_OPENING, "the regulars make me happy")
    work = _work(planner)
    assert "teaches" not in getattr(work, "answered", [])
    assert getattr(work, "energy", None) == "energising"
    assert "teach" in reply.casefold()  # the lesson is asked again


def test_a_lesson_holding_a_feeling_word_stays_a_lesson() -> None:
    planner, _ = conversation(TODAY, *_OPENING, "how to calm stressed customers")
    work = _work(planner)
    assert "calm stressed customers" in str(getattr(work, "teaches", ""))
    assert "energy" not in getattr(work, "answered", [])


def test_it_is_a_pleasure_after_an_hours_question_back_names_no_new_work() -> None:
    lines = ["general", "30", "none", "savings 2000", "1500 a month",
             "I tutor maths and I sing at weddings", "tutoring is 9000 a year", "15 hours",
             "about 4 hours, with the rehearsals", "It is a pleasure."]  # fmt: skip
    planner, _ = conversation(TODAY, *lines)
    names = [a.name.casefold() for a in planner.plan.activities]
    assert not any("pleasure" in n for n in names)
    tutoring = next(a for a in planner.plan.activities if "tutor" in a.name.casefold())
    assert tutoring.hours_per_week == 15


def test_done_at_the_skills_question_is_no_skill() -> None:
    planner, _ = conversation(TODAY, *_OPENING, "fixing heels", "draining", "done")
    assert not any(s.name.casefold() == "done" for s in planner.plan.skills)


def _at_proposal(*more: str) -> tuple[MemoryPlanner, str]:
    lines = ["general", "40", "none", "savings 6000", "2000 a month",
             "I drive a delivery van and I paint portraits", "van is 26000 a year",
             "30 hours", "stable", "routes", "draining", "6 hours", "4000 a year",
             "varies", "seeing faces", "energising", "painting, driving, drawing", "painting",
             "none", "painting"]  # fmt: skip
    return conversation(TODAY, *lines, *more)


def test_two_renames_of_the_streams_in_one_line_are_both_made() -> None:
    _, reply = _at_proposal("call the van stream Routes and the portraits stream Sitters")
    assert "- Routes: anchor" in reply
    assert "- Sitters:" in reply
    assert "Delivery van" not in reply.split("Here is")[-1]


def test_a_line_whose_parts_are_not_all_changes_changes_nothing_more() -> None:
    _, reply = _at_proposal("call the van stream Routes and honestly I am tired")
    assert "- Sitters:" not in reply and "Honestly" not in reply


def test_a_partners_work_told_alone_gives_no_figure_to_the_asked_work() -> None:
    lines = ["general", "35", "none", "savings 2500", "1900 a month",
             "I sew curtains to order", "curtains bring 12000 a year",
             "my partner works at the depot 38 hours, pretty steady"]  # fmt: skip
    planner, reply = conversation(TODAY, *lines)
    work = planner.plan.activities[0]
    assert "hours_per_week" not in work.answered and "volatility" not in work.answered
    assert "someone else's work" in reply
    assert len(planner.plan.activities) == 1


def test_work_shared_with_a_partner_is_still_the_persons_own() -> None:
    lines = ["general", "35", "none", "savings 2500", "1900 a month",
             "I sew curtains to order", "curtains bring 12000 a year",
             "my partner and I do the fitting together, 20 hours"]  # fmt: skip
    planner, _ = conversation(TODAY, *lines)
    assert planner.plan.activities[0].hours_per_week == 20


def test_a_new_stream_wished_for_with_a_comma_and_a_question_is_one_wish() -> None:
    _, reply = _at_proposal("could I add a portrait class, teach it online? maybe 2 hours a week")
    streams = reply.split("Here is")[-1]
    assert "portrait class" in streams.casefold()
    assert "teach it online" not in streams.casefold()
