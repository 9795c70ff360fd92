"""Kinds of message that whole conversations stored wrongly: a hedged core skill with a remark
after it, a remark on where custom comes from after a skills list, the odds of a lesson read as
money, what a household needs a month read as income, a figure of side work told in a sentence
that turns to it, and a change asked for work named only in part."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.interviewer import guide, refer
from agent.interviewer.reading import PlanView, Reading, StreamView, read
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)


def fields(message: str, ask: str, view: PlanView) -> list[tuple[Any, Any]]:
    return [(r.field, r.value) for r in read(message, view, ask) if r.field]


def sure(message: str, ask: str, view: PlanView) -> list[tuple[Any, Any, Any]]:
    return [(r.field, r.value, r.subject) for r in read(message, view, ask) if r.confident]


# --- a core skill said with a hedge and a "?", then a remark ---------------------------------


def test_a_hedged_core_skill_is_the_skill_and_the_remark_after_it_is_not() -> None:
    view = PlanView(skills=("Rope access", "First aid", "Knot tying"))
    said = "Knot tying, I suppose? On the cliffs and in the shed it is all the same thing."
    assert fields(said, "core", view) == [("core_skill", "Knot tying")]


def test_a_long_question_at_the_core_question_still_records_no_skill() -> None:
    view = PlanView(skills=("Baking",))
    said = "is it fine if the core skill is one I barely use right now?"
    assert fields(said, "core", view) == []


# --- where the custom comes from, said after a skills list -----------------------------------


def test_a_sentence_on_where_the_clients_come_from_is_no_skill() -> None:
    said = "joinery, sign writing and van driving. Facebook sends me most of the kitchen jobs."
    got = [v for f, v in fields(said, "skills", PlanView()) if f == "skill"]
    assert [str(v).casefold() for v in got] == ["joinery", "sign writing", "van driving"]


def test_finding_clients_named_as_a_skill_stays_a_skill() -> None:
    got = [v for f, v in fields("finding clients, quoting", "skills", PlanView()) if f == "skill"]
    assert [str(v).casefold() for v in got] == ["finding clients", "quoting"]


# --- odds said in a lesson --------------------------------------------------------------------


def test_one_in_a_thousand_in_a_lesson_is_no_income() -> None:
    view = PlanView(activities=("Quality checks", "Choir"))
    said = "Mainly catching the one cracked bottle in a thousand."
    assert fields(said, "act:teaches:Quality checks", view) == [
        ("activity.teaches", "catching the one cracked bottle in a thousand")
    ]


def test_a_remark_that_work_gives_energy_is_no_part_of_the_lesson() -> None:
    view = PlanView(activities=("Quality checks", "Choir"))
    said = "Patience with machines. Singing with the choir gives me so much energy."
    got = fields(said, "act:teaches:Quality checks", view)
    assert ("activity.teaches", "Patience with machines") in got
    assert not any("choir" in str(v).casefold() for f, v in got if f == "activity.teaches")


# --- what the household needs a month --------------------------------------------------------


def test_what_the_household_now_needs_a_month_is_spending_not_income() -> None:
    view = PlanView(activities=("Surveying", "Bees"), capacity=45)
    said = "Rent went up, so the household now needs about R 14,500 a month, not 13,000."
    got = [(r.act, r.field, r.value) for r in read(said, view, "act:energy:Bees")]
    assert got == [("change", "capacity.monthly_spending", 14500.0)]


def test_a_month_read_as_a_years_income_is_put_back_in_months_for_spending() -> None:
    planner, _ = conversation(
        TODAY,
        "I'm a surveyor, 40 hours a week, about 30k a year.",
        "general",
        "50 hours a week",
        "none",
        "about 9,000 in savings and I spend about 1,500 a month",
    )
    said = "it is about 1,800 a month now, not 1,500"
    as_income = Reading("change", "activity.annual_revenue", 21600.0, "Surveyor", said, 0.9)
    got = refer.retarget([as_income], said, planner.plan)
    assert [(r.field, r.value) for r in got] == [("capacity.monthly_spending", 1800.0)]


# --- a figure of side work, in a sentence that turns to it -----------------------------------


def test_a_figure_in_a_sentence_that_turns_to_side_work_is_not_the_jobs() -> None:
    said = (
        "I work for the council as a planning officer. Besides that I raise goats, "
        "three litters a year, and I clear about 900 a litter."
    )
    got = sure(said, "context", PlanView())
    assert not any(f == "activity.annual_revenue" for f, _v, _s in got), got


def test_a_figure_said_with_the_job_in_its_own_sentence_stays_the_jobs() -> None:
    said = "I'm a paramedic with the ambulance service, 38 hours, beside it I earn about 41k."
    got = sure(said, "context", PlanView())
    assert ("activity.annual_revenue", 41000.0) in [(f, v) for f, v, _s in got]


# --- a change asked for work named only in part ----------------------------------------------


def test_a_change_for_work_that_shares_only_a_word_with_a_recorded_one_is_asked_back() -> None:
    view = PlanView(activities=("Day job", "Pottery sales", "Market stall"))
    said = "Could you pleease change the pottery classes to 9,000 a year?"
    got = read(said, view, "act:energy:Day job")
    changes = [r for r in got if r.field == "activity.annual_revenue"]
    assert changes and not any(r.confident for r in changes)


def test_a_change_that_names_the_work_and_its_pay_stays_sure() -> None:
    view = PlanView(activities=("Day job", "Pottery sales"))
    said = "could you please change my pottery sales income to 9,000 a year?"
    assert sure(said, "act:energy:Day job", view) == [
        ("activity.annual_revenue", 9000.0, "Pottery sales")
    ]


# --- a question whether something counts, and "what" typed as in a chat ---------------------


def test_whether_something_counts_is_a_question_back() -> None:
    view = PlanView(activities=("Bakery shifts",))
    for said, ask in [
        ("Counting the van and the diesel?", "spending"),
        ("The dog walking is only pocket money. I count it too?", "activities"),
        ("wat do u mean by a buffer?", "buffer"),
        ("wats a seed stream", "streams"),
    ]:
        assert [r.act for r in read(said, view, ask)] == ["question"], said


def test_a_work_that_starts_with_counting_is_still_work() -> None:
    got = fields("counting stock for the corner shop, 4 hours a week", "activities", PlanView())
    assert ("activity.hours_per_week", 4.0) in got


def test_a_question_whether_something_counts_searches_what_the_figure_is() -> None:
    assert "cash buffer" in guide.counted_query("Counting the van and the diesel?", "spending")
    assert "activities" in guide.counted_query("I count it too?", "activities")
    assert guide.counted_query("why fixed blocks?", "blocks") == "why fixed blocks?"
    assert guide.counted_query("what is a seed?", "spending") == "what is a seed?"


# --- a stream asked for with the words of a quick visit --------------------------------------


def test_could_we_pop_in_a_new_work_is_a_wish_with_its_hours() -> None:
    view = PlanView(activities=("Library job",), streams=(StreamView("Library job", "anchor", 30),))
    got = read("could we pop in bike repair workshops for teens? 2 hrs a week", view, "streams")
    assert [(r.act, r.subject, r.hours) for r in got] == [
        ("wish", "bike repair workshops for teens", 2.0)
    ]


def test_popping_in_on_someone_is_no_wish() -> None:
    got = read("i pop in on my dad most evenings", PlanView(), "constraints")
    assert not any(r.act == "wish" for r in got)


def test_prices_put_up_name_no_other_work() -> None:
    view = PlanView(activities=("Office job", "Candles"))
    said = "I've put my prices up to £9 a candle, so the candles are £4,200 a year now."
    assert sure(said, "act:energy:Candles", view) == [
        ("activity.annual_revenue", 4200.0, "Candles")
    ]
