"""How work is done and which recorded work a remark is about: a clause saying how the work
just named is done is no activity, quantifiers of frequency are no part of a name, a limit of
time said beside the hours is a constraint, and a remark naming recorded work by a related word
("nursing" for the nurse) gives that work its lesson, feeling or steadiness at any question."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import PlanView, read


def confident(
    message: str, ask: str, view: PlanView | None = None
) -> set[tuple[str, object, object]]:
    got = read(message, view or PlanView(), ask)
    return {(r.field or "", r.subject, r.value) for r in got
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


@pytest.mark.parametrize(
    ("message", "hours", "limit"),
    [("38 hours max, and never before 10am on tuesdays because of hydrotherapy", 38,
      "never before 10am on tuesdays because of hydrotherapy"),
     ("36 tops, nothing before 11 because of my meds", 36, "nothing before 11 because of my meds"),
     ("45 hours, and no earlier than 9 on wednesdays", 45, "no earlier than 9 on wednesdays"),
     ("could do 32 max, never after 7pm on fridays", 32, "never after 7pm on fridays")],
)  # fmt: skip
def test_a_time_limit_beside_the_hours_is_a_constraint(
    message: str, hours: int, limit: str
) -> None:
    for ask in ("capacity", "context"):
        got = confident(message, ask)
        assert ("capacity.constraints", None, limit) in got
        assert {v for f, _, v in got if f == "capacity.hours_per_week"} == {hours}


def test_an_hour_after_before_or_after_is_a_clock_time_not_hours() -> None:
    got = confident("nothing before 11 on mondays", "capacity")
    assert not any(f == "capacity.hours_per_week" for f, _, _ in got)
    # a clock range keeps its end ("8 till 12" is four hours)
    got = confident("two mornings, 8 till 12", "act:hours:Golf coaching",
                    PlanView(activities=("Golf coaching",)))  # fmt: skip
    assert ("activity.hours_per_week", "Golf coaching", 8.0) in got


def test_a_time_limit_said_with_the_hours_is_held_for_the_constraints_question() -> None:
    planner = MemoryPlanner(dt.date(2026, 11, 22))
    planner.start()
    planner.say("tech")
    reply = planner.say("i think 38 hours max, and never before 10am on tuesdays because of rehab")
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 38
    assert "You mentioned 'never before 10am on tuesdays because of rehab'" in reply
    planner.say("yes")
    assert planner.plan.capacity.constraints == ["never before 10am on tuesdays because of rehab"]


@pytest.mark.parametrize(
    "message", ["could do 30 max", "can do 25 hours", "and do the odd proofreading job"]
)
def test_do_and_could_do_said_as_statements_are_no_questions(message: str) -> None:
    assert not any(r.act == "question" for r in read(message, PlanView(), "capacity"))
    assert any(r.act == "question" for r in read("do the blocks have to be weekly?",
                                                   PlanView(), "blocks"))  # fmt: skip


def named(message: str, ask: str = "activities", view: PlanView | None = None) -> list[str]:
    got = read(message, view or PlanView(activities=("Translator",)), ask)
    return [str(r.value) for r in got if r.field == "activity" and r.act == "fact"]


@pytest.mark.parametrize(
    ("message", "name"),
    [("and do the odd proofreading job", "proofreading job"),
     ("and I do the occasional wedding gig, about 6 a year at £300 each", "wedding gig"),
     ("and the odd bit of dog walking", "dog walking"),
     ("plus a few bits of catering when asked", "catering"),
     ("also lots of babysitting for friends, 4 hours a week", "babysitting for friends"),
     ("and I photograph the occasional christening", "photographing christening")],
)  # fmt: skip
def test_how_often_is_no_part_of_a_name(message: str, name: str) -> None:
    assert named(message) == [name]


def test_odd_jobs_stay_a_name() -> None:
    assert named("odd jobs for neighbours, 5h a week, 3k") == ["odd jobs for neighbours"]


SHOP = PlanView(activities=("Community nurse", "Handmade candles on etsy", "Podcast editing"))


@pytest.mark.parametrize(
    "ask", ["activities", "skills", "capacity", "buffer", "act:hours:Podcast editing",
            "act:volatility:Podcast editing", "act:energy:Community nurse"],
)  # fmt: skip
def test_what_recorded_work_teaches_is_its_lesson_at_any_question(ask: str) -> None:
    message = "nursing teaches me to stay calm; the candles teach me pricing and photography"
    got = confident(message, ask, SHOP)
    assert ("activity.teaches", "Community nurse", "to stay calm") in got
    assert ("activity.teaches", "Handmade candles on etsy", "pricing and photography") in got
    assert not any(f in {"activity", "skill"} for f, _, _ in got)  # no new work, no skill


@pytest.mark.parametrize(
    "ask", ["activities", "capacity", "act:volatility:Podcast editing",
            "act:teaches:Community nurse", "act:revenue:Podcast editing"],
)  # fmt: skip
def test_a_feeling_said_of_each_recorded_work_is_its_energy(ask: str) -> None:
    got = confident("nursing wipes me out honestly, candles are lovely, editing is meh", ask, SHOP)
    assert ("activity.energy", "Community nurse", "draining") in got
    assert ("activity.energy", "Handmade candles on etsy", "energising") in got
    assert ("activity.energy", "Podcast editing", "neutral") in got


@pytest.mark.parametrize(
    "ask", ["activities", "act:energy:Podcast editing", "act:hours:Podcast editing", "skills"]
)
def test_how_steady_each_recorded_work_is_by_a_related_word(ask: str) -> None:
    got = confident("nursing is steady, the candles are seasonal - busy at easter", ask, SHOP)
    assert ("activity.volatility", "Community nurse", "stable") in got
    assert ("activity.volatility", "Handmade candles on etsy", "variable") in got
    assert not any(f in {"activity", "skill"} for f, _, _ in got)


def test_a_remark_about_work_not_on_record_is_left_alone() -> None:
    # "baking" is no recorded work: nothing is said of the nurse or the candles
    got = confident("baking teaches me patience", "act:hours:Podcast editing", SHOP)
    assert not any(s in SHOP.activities for _, s, _ in got)
    # two opposite feelings for one work: none is guessed
    got = confident("editing is fun, editing drains me", "capacity", SHOP)
    assert not any(f == "activity.energy" and s == "Podcast editing" for f, s, _ in got)


@pytest.mark.parametrize(
    ("message", "name", "hours", "money"),
    [("so i'm a sign language interpreter in swansea, mostly freelance through an agency - "
      "about 22hrs a week and it brings in roughly £27k", "sign language interpreter", 22, 27000),
     ("i'm a delivery rider in bristol, mostly via an app, 20 hrs a week, maybe 12k",
      "delivery rider", 20, 12000),
     ("I work as a radiographer at the Royal Infirmary, on a fixed-term contract - 36 hours, 34k",
      "radiographer", 36, 34000),
     ("i'm a locksmith, self-employed, around 30 hours a week and about 40k a year",
      "locksmith", 30, 40000),
     ("I'm an electrician, on zero hours through an agency, 25h a week, 30k", "electrician",
      25, 30000),
     ("I'm a lighting technician in Hull, on short contracts, 30 hours a week, about 29k",
      "lighting technician", 30, 29000),
     ("Freelance illustrator, through Fiverr and Etsy mostly, 20h/wk, ~£14k",
      "Freelance illustrator", 20, 14000)],
)  # fmt: skip
def test_how_the_work_is_done_is_no_activity_and_its_figures_are_the_role_s(
    message: str, name: str, hours: int, money: int
) -> None:
    for ask in ("context", "activities"):
        got = confident(message, ask)
        assert {v for f, _, v in got if f == "activity"} == {name}
        assert ("activity.hours_per_week", name, hours) in got
        assert ("activity.annual_revenue", name, money) in got


def test_a_manner_said_as_more_work_or_a_workplace_stays_a_name() -> None:
    said = named("cleaner, cash in hand, 12h, 9k; and freelance bookkeeping, 5h, 6k")
    assert said == ["cleaner", "freelance bookkeeping"]
    assert named("I am teacher in primary school, 28 hours, 3k a month") == [
        "teacher in primary school"
    ]
    assert named("manager at tesco, 40h, 32k") == ["manager at tesco"]  # too plain alone
    assert named("developer in fintech, 37.5h, 60k") == ["developer in fintech"]  # a field
    # the town goes, the kind of workplace stays
    assert named("I'm a teacher at a secondary school in Leeds, 30h, 30k") == [
        "teacher at a secondary school"
    ]


def test_a_town_said_near_or_outside_goes_from_the_name_as_one_said_in() -> None:
    assert named("I'm a crossing warden near Swindon, 8h, 5k") == ["crossing warden"]
    assert named("I work as a night porter at a hotel just outside Inverness, 35h, 24k") == [
        "night porter at a hotel"
    ]
    assert named("I'm a lifeguard at the leisure centre outside Truro, 12h, 8k") == [
        "lifeguard at the leisure centre"
    ]
    # a workplace after 'near' is no town: it stays
    assert named("I'm a barista at a kiosk near the station, 15h, 9k") == [
        "barista at a kiosk near the station"
    ]


AUDIT = ["general", "45", "none", "120k saved, 3k a month",
         "payroll job 13h 21k, freelance bookkeeping 5h 8k, candle shop on etsy 4h 3k"]  # fmt: skip


def audited(line: str) -> MemoryPlanner:
    planner = MemoryPlanner(dt.date(2026, 11, 22))
    planner.start()
    for said in [*AUDIT, line]:
        planner.say(said)
    return planner


def test_lessons_and_feelings_of_recorded_work_are_recorded_at_another_question() -> None:
    planner = audited("payroll teaches me accuracy; the candles teach me colour and marketing")
    lessons = {a.name: a.teaches for a in planner.plan.activities}
    assert lessons["Payroll job"] == "accuracy"
    assert lessons["Candle shop on etsy"] == "colour and marketing"
    assert len(planner.plan.activities) == 3  # no new activity
    planner = audited("payroll wipes me out, the candles are lovely, bookkeeping is meh")
    energy = {a.name: a.energy for a in planner.plan.activities if a.given("energy")}
    assert energy == {"Payroll job": "draining", "Candle shop on etsy": "energising",
                      "Freelance bookkeeping": "neutral"}  # fmt: skip


def test_a_plural_names_the_work_its_singular_names() -> None:
    view = PlanView(activities=("Sound engineer", "Wedding photography"))
    got = confident("the weddings teach me to read a room", "act:energy:Sound engineer", view)
    assert ("activity.teaches", "Wedding photography", "to read a room") in got


@pytest.mark.parametrize(
    ("message", "ask"),
    [("the bakery is fine with me doing fewer hours, so 35", "capacity"),
     ("tutoring is ok, about 5 hours", "act:hours:Photography"),
     ("photography is what excites me most", "excited"),
     ("tutoring is fine as it is", "streams")],
)  # fmt: skip
def test_a_remark_that_is_no_label_of_the_work_gives_none(message: str, ask: str) -> None:
    view = PlanView(activities=("Tutoring", "Bakery shifts", "Photography"))
    got = confident(message, ask, view)
    assert not any(f in {"activity.energy", "activity.volatility"} for f, _, _ in got)


def _opened(story: str) -> list[tuple[str, float, float]]:
    planner = MemoryPlanner(dt.date(2026, 12, 6))
    planner.start()
    planner.say(story)
    return [(a.name, a.hours_per_week, a.annual_revenue) for a in planner.plan.activities]


def test_beside_opening_more_work_is_no_work_of_its_own() -> None:
    story = ("I work in a bakery, 30 hours in week, 1.400 € in month. Beside I am dog walker "
             "for the neighbours, 5 hours in week, 200 € in month.")  # fmt: skip
    got = _opened(story)
    assert not any(name.casefold().startswith("beside") for name, _, _ in got)
    assert ("Dog walker", 5, 2400) in got


def test_money_said_in_month_or_in_week_is_that_period_s() -> None:
    assert _opened("I sell pottery at markets, 6 hours in week, 250 £ in month") == [
        ("Selling pottery at markets", 6, 3000)
    ]
    assert _opened("I do bike repairs, 4 hours in week, 90 € in week")[0][2] == 90 * 52
