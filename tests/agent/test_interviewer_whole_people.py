"""Whole conversations as new people hold them: each test talks to the interviewer in its
own words and checks what the plan holds after.

- two works of one kind ("the office contract" beside "Hospital contract") keep their own
  figures, and "the other contract" is asked back;
- "no wait, 20 was right" after a change is asked back, never left at the changed figure;
- "make it 2 hours" after a wish was added at the proposal changes the wished stream only;
- "..., is that bad?" after the savings keeps the savings;
- "why do you need that?" is told why, and the question stays open;
- a late yes to work named in passing adds it; "remove A and B" takes out both;
- a label answer said at the skills question is no skill;
- a correction of an income the asked work never had goes back to the work that gave it;
- a bare number where none is asked is said back as a figure not placed.
"""

from __future__ import annotations

import datetime as dt

from agent.interviewer import bare_change, parse, why_asked
from agent.interviewer.harness import MemoryPlanner
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)
#: Up to the audit's list, with nothing named in the opening.
START = ("general", "32", "none", "4,000 saved, 1,500 a month")


def _work(planner: MemoryPlanner, name: str) -> tuple[float, float]:
    work = next(a for a in planner.plan.activities if a.name == name)
    return work.hours_per_week, work.annual_revenue


def test_a_second_contract_named_by_its_own_word_keeps_its_figures() -> None:
    planner, _ = conversation(
        TODAY, *START, "hospital contract 20 hours a week, £14,000 a year",
        "the office contract is 8 hrs a week",
    )  # fmt: skip
    assert _work(planner, "Hospital contract") == (20.0, 14000.0)
    assert _work(planner, "Office contract")[0] == 8.0


def test_a_second_school_at_the_list_keeps_its_pay_said_after_its_hours() -> None:
    planner, _ = conversation(
        TODAY, "general", "hospital contract 20 hours a week, £14,000 a year",
        "the office contract is 8 hrs a week, around £6,000",
    )  # fmt: skip
    assert _work(planner, "Hospital contract") == (20.0, 14000.0)
    assert _work(planner, "Office contract") == (8.0, 6000.0)


def test_the_other_contract_is_asked_back_not_put_on_the_first() -> None:
    planner, reply = conversation(
        TODAY, *START, "hospital contract, 20 hours a week", "the other contract is 8 hours"
    )
    assert _work(planner, "Hospital contract")[0] == 20.0
    assert len(planner.plan.activities) == 1
    assert "which of your works" in reply


def test_the_recorded_contract_named_in_full_is_still_that_contract() -> None:
    planner, _ = conversation(
        TODAY, *START, "hospital contract", "the hospital contract pays £14,000 a year"
    )
    assert [a.name for a in planner.plan.activities] == ["Hospital contract"]


def test_a_figure_said_again_as_right_is_asked_back() -> None:
    planner, reply = conversation(
        TODAY, *START, "dog walking", "20 hours a week, 9,000 a year",
        "actually make that 24 hours", "no wait, 20 was right",
    )  # fmt: skip
    assert "24 h a week" in reply and "now 20 h a week" in reply
    planner.say("20")
    assert _work(planner, "Dog walking")[0] == 20.0


def test_said_again_reads_only_a_figure_taken_as_right() -> None:
    assert parse.said_again("no wait, 20 was right") == "actually 20"
    assert parse.said_again("back to 20 hours") == "actually 20 hours"
    assert parse.said_again("back to work on monday") == "back to work on monday"
    assert parse.said_again("20 is fine") == "20 is fine"


def test_a_bare_change_after_a_wish_is_the_wished_stream() -> None:
    before = [{"name": "add_stream", "args": {"name": "Dog walking", "target_hours": 20.0}}]
    after = [
        {"name": "add_stream", "args": {"name": "Dog walking", "target_hours": 18.0}},
        {"name": "add_stream", "args": {"name": "Puppy classes", "target_hours": 3.0}},
    ]
    assert bare_change.changed_stream(before, after) == "Puppy classes"
    said = bare_change.with_stream("actually no, 2", "Puppy classes", "streams")
    assert said == "make Puppy classes 2 hours"
    assert bare_change.with_stream("no, 2 is too few", "Puppy classes", "streams") == (
        "no, 2 is too few"
    )


def test_savings_said_with_a_worried_question_are_kept() -> None:
    planner, _ = conversation(
        TODAY, "general", "32", "none",
        "I've got about £5,500 put by and spend £1,700 a month, is that bad?",
    )  # fmt: skip
    assert planner.plan.capacity is not None
    assert planner.plan.capacity.cash_buffer == 5500.0
    assert planner.plan.capacity.monthly_spending == 1700.0


def test_why_do_you_need_that_is_told_why_and_the_question_stays() -> None:
    planner, reply = conversation(TODAY, "general", "what's that for?")
    assert reply.startswith("I ask because energy is finite")
    assert "How many hours a week" in reply
    planner.say("30")
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 30.0


def test_why_of_something_else_is_no_reason_of_the_question() -> None:
    assert why_asked.reason("why does the anchor need 30 hours", "capacity") is None
    assert why_asked.reason("why?", "streams") is None
    assert why_asked.reason("but why do you need to know that", "buffer") is not None


def test_a_late_yes_to_work_named_in_passing_adds_it() -> None:
    planner, reply = conversation(
        TODAY, "I drive a delivery van and I also repair sewing machines", *START,
        "delivery driver 38 hours, 26k a year", "oh and the sewing machines, yes",
    )  # fmt: skip
    assert "Repair" in reply or "repair" in reply
    assert len(planner.plan.activities) == 2


def test_two_works_removed_in_one_message() -> None:
    planner, _ = conversation(
        TODAY, *START, "pottery, yoga teaching, pet sitting", "remove yoga teaching and pet sitting"
    )
    assert [a.name for a in planner.plan.activities] == ["Pottery"]


def test_a_removal_beside_a_kept_work_removes_nothing() -> None:
    planner, _ = conversation(
        TODAY, *START, "pottery, yoga teaching", "remove yoga teaching but not pottery"
    )
    assert len(planner.plan.activities) == 2


def test_a_label_said_at_the_skills_question_is_no_skill() -> None:
    planner, _ = conversation(
        TODAY, *START, "tiling 30 hours, 30k", "that's all", "steady", "neutral", "grouting",
        "goes up and down a lot",
    )  # fmt: skip
    assert not [s.name for s in planner.plan.skills if "down" in s.name.lower()]


def test_a_late_correction_of_pay_goes_to_the_work_that_had_it() -> None:
    planner, reply = conversation(
        TODAY, *START, "bakery, candle making", "30 hours, £24,000 a year", "stable", "tiring",
        "early mornings", "hmm sorry, I got the wages wrong, it's £23,000",
    )  # fmt: skip
    assert "Bakery" in reply
    assert _work(planner, "Candle making")[1] == 0.0
    assert _work(planner, "Bakery")[1] == 24000.0


def test_a_bare_number_where_none_is_asked_is_said_back_as_a_figure() -> None:
    _, reply = conversation(TODAY, *START, "tiling 30 hours, 30k", "that's all", "37")
    assert reply.startswith("I saw a number there")


def test_a_yes_said_after_the_list_takes_the_offered_work_too() -> None:
    planner, _ = conversation(TODAY, "I run a pub quiz on thursdays", *START, "bus driver, yes")
    assert len(planner.plan.activities) == 2


def test_add_with_an_offered_works_word_is_that_work_not_a_wish() -> None:
    planner, reply = conversation(
        TODAY, "I cater weddings and I also knit baby blankets", *START, "catering 20 hours",
        "add the blankets",
    )  # fmt: skip
    assert "stream of its own" not in reply
    assert len(planner.plan.activities) == 2


def test_yes_then_the_offered_work_in_other_words_adds_no_second_work() -> None:
    planner, _ = conversation(
        TODAY, "I drive a tram in the city, 35 hours a week, and I mend old radios in my shed",
        "general", "40", "none", "4,000 saved, 1,500 a month",
        "yes, the radios, that is the only other thing",
    )  # fmt: skip
    assert len(planner.plan.activities) == 2


def test_a_name_pointing_back_with_them_is_no_work() -> None:
    planner, _ = conversation(
        TODAY, *START, "upholstery, and I sell them at the market on saturdays",
    )  # fmt: skip
    assert not [a.name for a in planner.plan.activities if "them" in a.name.casefold()]


def test_add_two_offered_works_in_one_sentence() -> None:
    planner, _ = conversation(
        TODAY, "I walk dogs, I sit cats and I tutor maths", *START, "add the cats and the maths",
    )  # fmt: skip
    assert len(planner.plan.activities) == 2
    assert not [a for a in planner.plan.activities if a.name.casefold() in {"cats", "maths"}]
