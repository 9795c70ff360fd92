"""Figures stored wrong in trials, by general cause: a rate of output ("8 mugs an hour") read as
hours of work, a single hour said with no period made a week's hours, a share of a household
figure said in words stored as the whole, and defaults shown in exports as if answered. In
other words than the trials: other trades, currencies and registers."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.lone_hour import LONE_HOUR_NOTE
from agent.interviewer.reading.unread_share import UNREAD_SHARE_NOTE
from agent.plan.exports import to_markdown
from agent.plan.exports.text import not_given
from agent.plan.models import Activity, Plan, Stream
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)
SURE = 0.9


def _facts(message: str, ask: str, *activities: str) -> list:
    return [r for r in read(message, PlanView(activities=activities), ask) if r.act == "fact"]


def _hours(readings: list) -> list:
    return [r for r in readings if r.field and r.field.endswith("hours_per_week")]


# --- 1. a rate of output is no hours and no money ------------------------------------------


@pytest.mark.parametrize(
    ("message", "ask", "activities"),
    [
        ("I throw pots at weekends, maybe 8 mugs an hour on a good day", "context", ()),
        ("nails on the side, 3 full sets an hour if i'm quick", "activities", ()),
        ("i can get through about twelve invoices an hour", "capacity", ()),
        ("about 5 portraits an hour at markets", "act:hours:caricatures", ("caricatures",)),
        ("Transcription, 2,000 words per hour when the audio is clean", "context", ()),
    ],
)
def test_a_rate_of_output_gives_no_hours(message: str, ask: str, activities: tuple) -> None:
    readings = _facts(message, ask, *activities)
    assert not _hours(readings)
    assert not [r for r in readings if r.field and "revenue" in r.field]


def test_an_hour_each_after_a_count_is_still_how_long_each_lasts() -> None:
    readings = _hours(_facts("I teach piano, 4 pupils an hour each on Saturdays", "context"))
    assert readings and all(r.value != 1 or r.confidence < SURE for r in readings)


def test_a_wage_an_hour_is_still_a_wage() -> None:
    money = [r for r in _facts("barista 20 hours a week at 12 euros an hour", "activities")
             if r.field == "activity.annual_revenue"]  # fmt: skip
    assert money and money[0].value == pytest.approx(12 * 20 * 52)


# --- 2. a single hour with no period is asked, not made a week ------------------------------


def test_an_hour_said_in_a_story_with_no_period_is_asked_back() -> None:
    message = "I'm a joiner, 40 hrs, and I mentor two apprentices, an hour at lunch"
    hours = [r for r in _hours(_facts(message, "context")) if r.value == 1]
    assert hours and all(r.confidence < SURE and LONE_HOUR_NOTE in r.note for r in hours)


@pytest.mark.parametrize(
    ("message", "ask", "activities"),
    [
        ("an hour", "act:hours:bookkeeping", ("bookkeeping",)),
        ("I do the church accounts, an hour a week", "context", ()),
        ("the parish newsletter takes an hour on Sundays", "activities", ()),
    ],
)
def test_an_hour_with_its_period_or_at_an_hours_question_is_kept(
    message: str, ask: str, activities: tuple
) -> None:
    hours = _hours(_facts(message, ask, *activities))
    assert [r.value for r in hours] == [1] and hours[0].confidence >= SURE


# --- 3. a share of a household figure said in words ----------------------------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("the flat and bills come to €2,400 a month, my part's a third", 800),
        ("we spend R30 000 a month, we split it fifty-fifty", 15000),
        ("household runs CA$6,000 a month and I cover roughly half of it", 3000),
        ("we split 4,000 a month between the 4 of us", 1000),
        ("about 2800 a month for the house, half of that is mine", 1400),
        ("₹90,000 a month for the family, my share is just half", 45000),
    ],
)
def test_a_share_in_words_gives_the_persons_part(message: str, expected: float) -> None:
    spending = [r for r in _facts(message, "spending") if r.field == "capacity.monthly_spending"]
    assert [r.value for r in spending] == [expected]
    assert spending[0].confidence >= SURE


@pytest.mark.parametrize(
    "message",
    [
        "rent and food are about $3,500 a month, I pay most of it",
        "we spend something like 2.6k a month between us",
        "roughly 5,000 a month all in, i chip in 40%",
        "we've got 20k saved but we share it with my brother",
    ],
)
def test_a_share_that_cannot_be_sized_leaves_the_whole_asked_back(message: str) -> None:
    money = [r for r in _facts(message, "buffer")
             if r.field in {"capacity.monthly_spending", "capacity.cash_buffer"}]  # fmt: skip
    assert money and all(r.confidence < SURE and UNREAD_SHARE_NOTE in r.note for r in money)


def test_a_figure_said_to_be_ones_own_share_is_not_doubted() -> None:
    said = "my half of the mortgage is 700, plus about 300 on food"
    spending = [r for r in _facts(said, "spending") if r.field == "capacity.monthly_spending"]
    assert [r.value for r in spending] == [1000] and spending[0].confidence >= SURE


def test_the_share_words_are_no_limit_and_the_part_is_stored() -> None:
    planner, reply = conversation(
        TODAY,
        "I'm a postie, 37 hours, £26k, and I do a bit of bike repair on the side",
        "general",
        "45",
        "we spend £2,200 a month as a family, my share is half",
    )
    assert planner.plan.capacity.monthly_spending == 1100
    assert not any("share" in c for c in planner.plan.capacity.constraints)
    assert "share is half" not in reply


# --- 4. a default is not shown as an answer ------------------------------------------------


def _plan_with_an_unanswered_volatility() -> Plan:
    work = Activity(name="Ferry deckhand", annual_revenue=28000, hours_per_week=36,
                    answered=["annual_revenue", "hours_per_week"])  # fmt: skip
    stream = Stream(id="ferry-deckhand", name="Ferry deckhand", role="anchor", target_hours=36,
                    target_income_share=100)  # fmt: skip
    return Plan(activities=[work], streams=[stream])


def test_an_unanswered_volatility_is_shown_as_assumed_in_the_markdown() -> None:
    text = to_markdown(_plan_with_an_unanswered_volatility())
    streams = text.split("## Streams")[1]
    assert "variable (assumed: not asked yet)" in streams
    audit = text.split("## What you do today")[1].split("##")[0]
    assert "variable" not in audit and "not asked yet" in audit


def test_the_fields_not_given_are_named() -> None:
    assert not_given(_plan_with_an_unanswered_volatility()) == [
        "Ferry deckhand: volatility, teaches, energy"
    ]


# --- 5. trials through the journey: figures the person did not say -------------------------


def _revenue(message: str, ask: str = "context", *activities: str) -> list:
    return [r for r in _facts(message, ask, *activities) if r.field == "activity.annual_revenue"]


def test_a_part_added_to_a_monthly_pay_keeps_its_month_across_the_sentence_end() -> None:
    said = "I'm a bartender in Cork, 30h, €1,900 a month plus tips maybe €250. I also DJ Fridays"
    assert [r.value for r in _revenue(said) if r.confidence >= SURE] == [(1900 + 250) * 12]


def test_hours_said_before_a_sentence_naming_other_work_are_not_that_works() -> None:
    said = "I pull pints in Cork, 30h, €1,900 a month. I also DJ on Fridays"
    assert not [r for r in _hours(_facts(said, "context")) if r.confidence >= SURE]


def test_a_part_said_before_a_year_of_its_own_is_not_given_the_month() -> None:
    said = "cleaner 20h, £900 a month plus £300. A year ago it was less"
    assert not [r for r in _revenue(said, "activities") if r.confidence >= SURE]


@pytest.mark.parametrize(
    ("message", "ask", "activities"),
    [
        ("4 walks a week at 25 per person", "act:hours:history walks", ("history walks",)),
        ("we charge 60 a head", "capacity", ()),
        ("2 workshops a month, 45 pp", "act:hours:pottery", ("pottery",)),
    ],
)
def test_a_plain_number_per_person_is_a_price_never_hours(
    message: str, ask: str, activities: tuple
) -> None:
    assert not _hours(_facts(message, ask, *activities))


def test_a_fee_per_person_times_occasions_needs_how_many_people() -> None:
    readings = _revenue("3 sessions a week, CA$20 per participant", "act:revenue:spin", "spin")
    assert readings and all(r.confidence < SURE for r in readings)
    counted = _revenue("3 sessions a week, CA$20 per participant, 12 participants a session",
                       "act:revenue:spin", "spin")  # fmt: skip
    assert [r.value for r in counted] == [20 * 12 * 3 * 52]


def test_hours_in_total_said_right_after_new_work_are_that_works_and_the_limit_stays() -> None:
    said = ("I fix bikes from my garage, maybe 8 hours a week total. I can do 45 hours a week "
            "tops with the day job")  # fmt: skip
    readings = _facts(said, "context")
    assert [(r.subject, r.value) for r in readings if r.field == "activity.hours_per_week"] == [
        ("fixing bikes from my garage", 8)
    ] or [r.value for r in readings if r.field == "activity.hours_per_week"] == [8]
    assert [r.value for r in readings if r.field == "capacity.hours_per_week"] == [45]


def test_what_work_is_mostly_is_no_other_work() -> None:
    said = "I run a little pottery studio, mostly mugs and planters, about 6 hours a week"
    names = [r.value for r in _facts(said, "context") if r.field == "activity"]
    assert names == ["pottery studio"] or names == ["little pottery studio"]


def test_what_work_keeps_after_costs_said_in_words_asks_net_or_turnover() -> None:
    said = "the food truck took R240 000 last year, after stock and gas about a third of that"
    readings = _revenue(said, "act:revenue:food truck", "food truck")
    assert readings and all(r.confidence < SURE and "net or turnover" in r.note for r in readings)


def test_my_share_at_the_spending_question_is_no_new_work() -> None:
    planner, reply = conversation(
        TODAY,
        "I'm a bus driver, 40 hours, about 31k",
        "general",
        "45",
        "none",
        "we've got 3k saved and spend 2,400 a month, I pay most of it",
        "sorry, my share is about 1,500",
    )
    assert planner.plan.capacity.cash_buffer == 3000  # the share words were of the spending
    assert planner.plan.capacity.monthly_spending == 1500
    assert "isn't in your list" not in reply


def test_a_fee_alone_in_rand_is_asked_how_often() -> None:
    planner, reply = conversation(
        TODAY, "corporate", "45", "none", "R20k saved, spend R12k a month", "kite school",
        "15 hours a week", "R350 a lesson",
    )  # fmt: skip
    assert "R350 a lesson, but not how often" in reply
    planner.say("about 10 lessons a week")
    assert planner.plan.activities[0].annual_revenue == 350 * 10 * 52


def test_doings_typed_in_a_row_are_several_skills() -> None:
    said = [r.value for r in _facts("sanding varnishing rigging", "skills")]
    assert said == ["sanding", "varnishing", "rigging"]
    assert [r.value for r in _facts("wedding cake baking", "skills")] == ["wedding cake baking"]
