"""Faults found by trying the interviewer as people, by general cause: a story with a remark in
it, work said by a verb in the opening, a role said with its workplace, a figure said ahead of
its question, weeks of the school year, and a yes/no proposal answered with doubt. Driven
through the reading layer and the dialog, in other words than the trials."""

from __future__ import annotations

import datetime as dt

from agent.interviewer import names
from agent.interviewer.bare_change import changed_stream, with_stream
from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.types import Reading
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def _at(ask: str, message: str, activities: tuple[str, ...] = ()) -> list[Reading]:
    return read(message, PlanView(activities=activities), ask)


def _names(readings: list[Reading]) -> list[str]:
    return [str(r.value) for r in readings if r.field == "activity"]


def _audit_reply(opening: str) -> str:
    """The audit question after an opening and plain answers to the questions before it."""
    _planner, reply = conversation(TODAY, opening, "general", "40", "none", "5k", "1800 a month")
    return reply


# --- 1. a story with a remark in it keeps the work said in it ------------------------------


def test_an_opening_with_a_wish_about_a_hobby_keeps_the_work_said_in_it() -> None:
    planner, reply = conversation(
        TODAY, "Evening. I'm a TA in a sixth form in Derby and my pottery is what I'd love to grow"
    )
    assert "nothing to record" not in reply
    assert not planner.plan.activities  # offered, never stored unasked
    audit = _audit_reply(
        "Evening. I'm a TA in a sixth form in Derby and my pottery is what I'd love to grow"
    )
    assert "You also mentioned TA" in audit


def test_a_remark_about_someone_else_still_names_no_work() -> None:
    planner, reply = conversation(TODAY, "ugh my landlord is raising the rent again")
    assert "nothing to record" in reply
    assert not planner.plan.activities


# --- 2. work said by a verb in the opening is offered in the person's words ------------------


def test_work_said_by_verbs_with_no_figures_is_offered() -> None:
    names = _names(_at("context", "we engrave trophies and I tile bathrooms"))
    assert names == ["engrave trophies", "tile bathrooms"]
    assert all(not r.confident for r in _at("context", "I upholster armchairs"))
    assert "You also mentioned Upholster armchairs" in _audit_reply("I upholster armchairs")


def test_a_verb_that_is_no_slip_of_a_past_form_is_work() -> None:
    # "shoot" is no "shot" typed with a letter doubled; the past stays no work
    assert _names(_at("context", "I shoot portraits on weekends")) == ["shoot portraits"]
    assert _names(_at("context", "I shot portraits for years")) == []


def test_a_verb_after_a_role_is_still_the_role_s_work() -> None:
    assert _names(_at("context", "I'm a midwife and I stitch tears")) == ["midwife"]
    assert _names(_at("context", "I install boilers and I service them")) == ["install boilers"]


# --- 3. a role said with its workplace is the role alone -------------------------------------


def test_a_role_said_with_its_workplace_is_offered_by_the_role() -> None:
    assert _names(_at("context", "I'm an SNA in a national school in Galway")) == ["SNA"]
    assert _names(_at("context", "hi, im a lollipop man outside a primary")) == ["lollipop man"]


# --- 4. a figure said ahead of its question keeps its period ---------------------------------


def test_what_one_lives_on_is_the_monthly_spending_typed_with_a_slip_or_not() -> None:
    for message in ("honestly we get by on about €1,200 a month", "I lve off 950 a month"):
        found = [r for r in _at("context", message) if r.field == "capacity.monthly_spending"]
        assert found and found[0].value in {1200, 950}
        assert not [r for r in _at("context", message) if r.field == "activity.annual_revenue"]


def test_spending_said_in_the_opening_waits_for_its_question() -> None:
    planner, _ = conversation(TODAY, "we scrape by on roughly $2,300 a month", "general", "38")
    assert planner.plan.capacity.monthly_spending == 2300
    assert not planner.plan.activities


def test_money_of_unknown_work_is_said_back_in_its_own_period_and_stored_nowhere() -> None:
    planner, reply = conversation(TODAY, "we rake in about 2.5k a month")
    assert "2,500 a month, 30,000 a year" in reply
    assert not planner.plan.activities  # "rake" is no work, and the money has no owner
    money = [r for r in _at("context", "I pocket roughly €1.2k a month") if r.field]
    assert money and all(r.value == 14400 and not r.confident for r in money)


# --- 5. weeks of the school year --------------------------------------------------------------


def test_a_weekly_wage_in_school_weeks_is_a_year_of_39_weeks() -> None:
    found = _at("activities", "dinner lady, 10 hours a week in school weeks, £95 a week")
    figures = {r.field: r.value for r in found if r.subject}
    assert figures["activity.hours_per_week"] == 10
    assert figures["activity.annual_revenue"] == 95 * 39


def test_hours_said_for_term_time_stay_hours_a_week() -> None:
    found = _at("activities", "learning support 22 hours a week, term-time only, 15k")
    figures = {r.field: r.value for r in found if r.subject}
    assert figures == {"activity.hours_per_week": 22, "activity.annual_revenue": 15000}


def test_an_hourly_rate_in_term_time_uses_the_term_s_weeks() -> None:
    found = _at("activities", "swimming lessons, 3 hours a week during term at €25 an hour")
    money = [r for r in found if r.field == "activity.annual_revenue"]
    assert money and money[0].value == 25 * 3 * 39 and money[0].confident


def test_a_season_is_still_asked_about() -> None:
    found = _at("activities", "beach huts, summer only, £400 a week")
    money = [r for r in found if r.field == "activity.annual_revenue"]
    assert all(not r.confident for r in money)


# --- 6. a yes/no proposal answered with doubt ---------------------------------------------


#: A bus driver who repairs watches, from the opening to the streams' proposal.
_BUS_DRIVER = (
    "I'm a bus driver, 35 hours a week, 29k",
    "general",
    "42",
    "none",
    "4k",
    "1600 a month",
    "also I repair watches 4 hours 3k a year",
    "that's all",
    "stable",
    "patience",
    "drains me",
    "varies",
    "a steady hand",
    "love it",
    "driving, watch repair, customer care",
    "watch repair",
    "none",
    "watch repair",
)


def _to_the_review() -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *_BUS_DRIVER, "yes", "yes")


def test_doubt_at_the_review_date_is_no_skip() -> None:
    planner, reply = _to_the_review()
    assert "quarterly review" in reply
    reply = planner.say("hmm dunno, is that too soon?")
    assert "noted that as unknown" not in reply
    assert planner.plan.review is None
    assert "review" in reply


def test_doubt_at_the_forecast_says_what_yes_and_no_do() -> None:
    planner, _ = _to_the_review()
    planner.say("yes")
    reply = planner.say("perhaps another time?")
    assert "Please answer 'yes' or 'no'" not in reply
    assert "Say 'yes' to see the forecast now, or 'no'" in reply


def test_a_refused_skip_of_a_needed_step_is_not_said_to_be_noted() -> None:
    planner, _ = _to_the_review()
    reply = planner.say("skip")
    assert "noted that as unknown" not in reply and "can't leave it out" in reply


# --- a chatty person: several facts a message, ahead of their questions ------------------------


def test_more_work_said_with_actually_is_added_and_revises_nothing() -> None:
    view = PlanView(activities=("Paramedic",))
    said = "right, that's the lot. actually I also run a podcast about paramedic life, 3h a week"
    found = read(said, view, "activities")
    assert not [r for r in found if r.act == "change"]
    assert {r.subject for r in found if r.field == "activity.hours_per_week"} == {
        "podcast on paramedic life"
    }
    also = read("actually I also sew cushions, 2 hours a week", view, "activities")
    assert _names(also) == ["sewing cushions"]  # "actually" is no name


def test_a_blog_about_recorded_work_is_other_work_in_the_plan() -> None:
    planner, reply = conversation(
        TODAY,
        "I'm a paramedic, 42 hours a week, £36k",
        "general",
        "48",
        "none",
        "3k",
        "1500",
        "oh and I write a newsletter about paramedic life, 2 hours a week, unpaid",
    )
    paramedic = next(a for a in planner.plan.activities if a.name == "Paramedic")
    assert paramedic.hours_per_week == 42 and paramedic.annual_revenue == 36000
    assert "earlier, and now" not in reply
    assert any("newsletter" in a.name.casefold() for a in planner.plan.activities)


def test_how_the_work_feels_said_at_the_steadiness_question_is_kept() -> None:
    view = PlanView(activities=("Warehouse picking", "Dog walking"))
    found = read("wears me out, the nights are long", view, "act:volatility:Warehouse picking")
    assert [(r.field, r.value) for r in found] == [("activity.energy", "draining")]
    assert not read("the wages drain away by the 20th", view, "act:volatility:Warehouse picking")[
        0
    ].field


def test_more_of_a_lesson_after_and_names_no_work() -> None:
    view = PlanView(activities=("Bar work",))
    said = "it teaches me to keep my cool with drunks, and honestly reading a room"
    assert _names(read(said, view, "activities")) == []


# --- one who changes their mind twice ----------------------------------------------------------


def _to_the_streams() -> tuple[MemoryPlanner, str]:
    return conversation(TODAY, *_BUS_DRIVER)


def test_a_second_change_of_mind_said_of_it_changes_the_same_stream() -> None:
    planner, _ = _to_the_streams()
    assert "Adjusted Repairing watches" in planner.say("make repairing watches 6 hours")
    reply = planner.say("hmm no, make it 4 instead")
    assert "Adjusted Repairing watches" in reply
    assert "Repairing watches: client, passion, 4 h a week" in reply
    planner.say("yes")
    stream = next(s for s in planner.plan.streams if s.name == "Repairing watches")
    assert stream.target_hours == 4


def test_a_bare_change_is_read_only_at_the_streams_proposal_after_a_change() -> None:
    assert with_stream("actually no, make it 6", "Pottery", "streams") == "make Pottery 6 hours"
    assert with_stream("let's say 15%", "Pottery", "streams") == "give Pottery 15%"
    assert with_stream("make it 6", "", "streams") == "make it 6"
    assert with_stream("make it 6", "Pottery", "capacity") == "make it 6"
    assert with_stream("make it 6 for the anchor", "Pottery", "streams").endswith("anchor")


def test_the_stream_changed_is_the_one_whose_terms_differ() -> None:
    before = [{"name": "add_stream", "args": {"name": "A", "target_hours": 5}},
              {"name": "add_stream", "args": {"name": "B", "target_hours": 3}}]  # fmt: skip
    after = [before[0], {"name": "add_stream", "args": {"name": "B", "target_hours": 4}}]
    assert changed_stream(before, after) == "B"
    assert changed_stream(before, before) == ""
    assert changed_stream(before, after[:1]) == ""


def test_a_quality_learnt_is_a_lesson_not_a_label() -> None:
    view = PlanView(activities=("Gilding",))
    for said in ("a steady hand", "calm nerves and patience"):
        found = read(said, view, "act:teaches:Gilding")
        assert [(r.field, r.subject) for r in found] == [("activity.teaches", "Gilding")]
    assert [r.field for r in read("it's steady", view, "act:teaches:Gilding")] == [
        "activity.volatility"
    ]


def test_work_a_blog_is_about_is_still_named_by_its_own_words() -> None:
    view = PlanView(activities=("Paramedic", "Podcast on paramedic life"))
    steady = read("the paramedic pay is the same every month, very steady", view, "activities")
    assert [(r.field, r.subject) for r in steady] == [("activity.volatility", "Paramedic")]
    found = read("the paramedic life podcast is 3 hours now", view, "activities")
    assert "Paramedic" not in {r.subject for r in found}
    assert names.find("paramedic life podcast", view.activities) == "Podcast on paramedic life"
