"""Kinds of message from whole conversations of six people: a long question at the core-skill
question, a remark on where custom comes from after a skills list, a figure told in a sentence
that turns to side work, questions whether something counts, a new work asked for with "could
we pop in", and prices put up naming no other work."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.interviewer import guide
from agent.interviewer.reading import PlanView, StreamView, read

TODAY = dt.date(2026, 12, 7)


def fields(message: str, ask: str, view: PlanView) -> list[tuple[Any, Any]]:
    return [(r.field, r.value) for r in read(message, view, ask) if r.field]


def sure(message: str, ask: str, view: PlanView) -> list[tuple[Any, Any, Any]]:
    return [(r.field, r.value, r.subject) for r in read(message, view, ask) if r.confident]


# --- a core skill said with a hedge and a "?", then a remark ---------------------------------


def test_a_long_question_at_the_core_question_still_records_no_skill() -> None:
    view = PlanView(skills=("Baking",))
    said = "is it fine if the core skill is one I barely use right now?"
    assert fields(said, "core", view) == []


def test_a_core_skill_hedged_with_a_question_mark_is_the_answer() -> None:
    view = PlanView(skills=("Knot tying", "Sail repair"))
    got = sure("Knot tying, I reckon? On the boat or on a crag it's what keeps you alive.",
               "core", view)  # fmt: skip
    assert [(f, str(v).casefold()) for f, v, _ in got] == [("core_skill", "knot tying")]


def test_a_remark_sentence_after_the_core_skill_is_no_part_of_its_name() -> None:
    said = "Reading soil. Whether it is the allotment or a client's lawn, that is the job."
    got = [str(v).casefold() for f, v in fields(said, "core", PlanView()) if f == "core_skill"]
    assert got == ["reading soil"]


def test_a_long_hedged_question_at_the_core_question_still_records_no_skill() -> None:
    said = "does it have to be something I am paid for, I wonder?"
    assert fields(said, "core", PlanView(skills=("Baking",))) == []


# --- where the custom comes from, said after a skills list -----------------------------------


def test_a_sentence_on_where_the_clients_come_from_is_no_skill() -> None:
    said = "joinery, sign writing and van driving. Facebook sends me most of the kitchen jobs."
    got = [v for f, v in fields(said, "skills", PlanView()) if f == "skill"]
    assert [str(v).casefold() for v in got] == ["joinery", "sign writing", "van driving"]


def test_finding_clients_named_as_a_skill_stays_a_skill() -> None:
    got = [v for f, v in fields("finding clients, quoting", "skills", PlanView()) if f == "skill"]
    assert [str(v).casefold() for v in got] == ["finding clients", "quoting"]


# --- odds said in a lesson --------------------------------------------------------------------


# --- what the household needs a month --------------------------------------------------------


def test_what_the_household_now_needs_a_month_is_a_change_of_spending() -> None:
    view = PlanView(activities=("Bakery job", "Goats"), capacity=50)
    said = "Nursery fees rose, so the household now needs about KSh 61,000 a month, not 58,000."
    got = [(r.act, r.field, r.value) for r in read(said, view, "act:volatility:Goats")]
    assert got == [("change", "capacity.monthly_spending", 61000.0)]


def test_what_the_household_spends_a_month_is_no_income_of_the_asked_work() -> None:
    view = PlanView(activities=("Bakery job", "Goats"), capacity=50)
    said = "Sorry, a correction: the household spends about $3,100 a month now, not 2,800."
    got = [(r.field, r.value) for r in read(said, view, "act:energy:Goats") if r.field]
    assert got == [("capacity.monthly_spending", 3100.0)]


def test_what_a_work_brings_in_a_month_stays_its_income() -> None:
    view = PlanView(activities=("Bakery job", "Goats"), capacity=50)
    got = [(r.field, r.value) for r in read("about $400 a month", view, "act:revenue:Goats")]
    assert got == [("activity.annual_revenue", 4800.0)]


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


def test_a_question_whether_something_goes_in_searches_what_the_figure_is() -> None:
    for said in (
        "Should I include the allotment?",
        "do you need the car boot sales",
        "The odd bit of tutoring as well?",
        "should I list the choir, it pays nothing",
    ):
        assert "activities" in guide.counted_query(said, "activities"), said
    assert "cash buffer" in guide.counted_query("the ISA too?", "buffer")
    assert guide.counted_query("is the review also weekly", "activities").endswith("weekly")


def test_a_question_of_whose_share_a_figure_is_searches_what_the_figure_is() -> None:
    for said in (
        "only mine, or the household's bills?",
        "just me or the whole family, pet?",
        "Is it my own share you're after or ours?",
        "me or both of us?",
    ):
        assert "monthly spending" in guide.counted_query(said, "spending"), said
    assert guide.counted_query("just me tonight, is that a problem", "blocks").endswith("problem")


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


# --- pay said at the spending question ----------------------------------------------------------


def test_pay_said_at_the_spending_question_is_not_spending() -> None:
    for said in ("Can you change the depot salary to $52,000 a year? I got a raise.",
                 "I earn about 52k a year"):  # fmt: skip
        got = [r for r in read(said, PlanView(capacity=45), "spending") if r.field]
        assert not any(r.field == "capacity.monthly_spending" for r in got), said


def test_what_i_pay_a_month_at_the_spending_question_is_spending() -> None:
    said = "I pay about $2,100 a month for everything"
    got = [(r.field, r.value) for r in read(said, PlanView(capacity=45), "spending") if r.field]
    assert got == [("capacity.monthly_spending", 2100.0)]
