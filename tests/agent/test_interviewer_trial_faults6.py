"""Faults found by trying the interviewer as four people (a beekeeping teacher paid in
shillings, a chatty freelance sound engineer, an offshore medic who changes his mind, a
designer typing without punctuation), each fixed by its general cause and tested here in
other words: other trades, currencies and registers."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.reading import PlanView, acts, read
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def _facts(message: str, ask: str = "context", *work: str) -> list[tuple[str, object, object]]:
    view = PlanView(activities=tuple(work))
    return [(r.field or r.act, r.value, r.subject) for r in read(message, view, ask)]


def _reading(message: str, field: str, ask: str = "context", *work: str):  # type: ignore[no-untyped-def]
    view = PlanView(activities=tuple(work))
    return next(r for r in read(message, view, ask) if r.field == field)


# --- a period said one word after the amount ---------------------------------------------------


def test_a_word_between_an_amount_and_its_period_keeps_the_period() -> None:
    pay = _reading("I'm a matatu conductor, about 18k bob a week", "activity.annual_revenue")
    assert pay.value == 18_000 * 52 and pay.currency == "KES"
    net = _reading("je suis graphiste, 3 200 € nets per month", "activity.annual_revenue")
    assert net.value == 3_200 * 12


def test_a_period_of_another_sense_after_one_word_is_not_taken() -> None:
    # "a month ago" says when, never how often the bonus comes
    said = _facts("I'm a plumber, 45k a year, and I got a 2k bonus a month ago")
    assert not any(f == "activity.annual_revenue" and v == 24_000 for f, v, _ in said)
    said = _facts("I'm a plumber, I earn 3k and 2 days a week off")
    assert not any(f == "activity.annual_revenue" and v == 156_000 for f, v, _ in said)


# --- a story opened with "where do I start" --------------------------------------------------


def test_a_story_opened_with_where_do_i_start_is_read_as_told() -> None:
    said = _facts(
        "ok where do I even begin, I'm a dental nurse in Cork, 32 hours a week, 31k a year"
    )
    assert ("activity", "dental nurse", None) in said
    assert ("activity.hours_per_week", 32.0, "dental nurse") in said
    assert "question" not in [f for f, _, _ in said]


# --- what is said of new work in its own sentence -------------------------------------------


def test_a_label_beside_new_work_in_its_sentence_is_not_the_first_jobs() -> None:
    readings = read(
        "I'm a bus driver, 38 hours, 31k a year. On the side I restore old bikes, "
        "that's maybe 2k a year, not much but I love it.",
        PlanView(),
        "context",
    )
    energy = [r for r in readings if r.field == "activity.energy"]
    money = [r for r in readings if r.field == "activity.annual_revenue" and r.value == 2000]
    assert all(r.subject != "bus driver" or not r.confident for r in energy)
    assert money and money[0].subject != "bus driver"  # asked about the bikes, not the bus


def test_a_label_of_the_only_work_in_its_sentence_is_kept() -> None:
    energy = _reading("I'm a florist, 30 hours a week, I love it", "activity.energy")
    assert energy.subject == "florist" and energy.confident


# --- a plain dollar written after the amount -------------------------------------------------


def test_a_plain_dollar_after_the_amount_is_the_dollar_the_message_named() -> None:
    said = read(
        "I coach rowing, 30 000 $ CA a year, and I fix oars, 2 000 $ a year", PlanView(), "context"
    )
    money = [r for r in said if r.field == "activity.annual_revenue"]
    assert money and all(r.currency == "CAD" for r in money)


# --- a yes to some of the offered work -------------------------------------------------------


def test_a_yes_naming_one_offered_work_adds_that_one_only() -> None:
    planner, _ = conversation(
        TODAY,
        "I'm a welder, 40 hours a week, £36k. I also fix bikes, and I post videos online",
        "general",
        "45",
        "none",
        "£3,000 saved, £1,600 a month",
    )
    before = {a.name for a in planner.plan.activities}
    planner.say("yes the bikes, but the videos are just a hobby, not work")
    added = {a.name for a in planner.plan.activities} - before
    assert len(added) == 1 and "bike" in next(iter(added)).casefold()


# --- a label answer that wanders --------------------------------------------------------------


def test_a_steadiness_answer_that_wanders_through_the_seasons_is_kept() -> None:
    planner, reply = conversation(
        TODAY, "I'm a ski instructor, 35 hours a week, 28k", "general", "40", "none",
        "2k saved, 1,200 a month", "that's all",
    )  # fmt: skip
    assert "stable, or does it vary" in reply
    reply = planner.say("it swings a lot, the winter and spring are packed then nothing")
    assert "Ski instructor: variable" in reply
    assert planner.plan.activities[0].volatility == "variable"


# --- figures inside a lesson -----------------------------------------------------------------


def test_figures_inside_a_lesson_are_words_of_the_lesson() -> None:
    said = _facts(
        "it taught me to stay polite when a 20 minute delay turns into 2 hours",
        "act:teaches:train guard",
        "train guard",
    )
    assert [f for f, _, _ in said] == ["activity.teaches"]
    assert "20 minute delay" in str(said[0][1])


# --- a figure said again "like I said" ------------------------------------------------------


def test_like_i_said_revises_nothing() -> None:
    said = read("€900 a month like I said", PlanView(activities=("tutor",)), "act:energy:tutor")
    assert not any(r.act == "change" for r in said)
    assert not acts.change("as i said before, 900 a month")
    assert acts.change("i said 900 a month, not 800")


# --- a setting said to be wrong --------------------------------------------------------------


def test_a_setting_said_to_be_wrong_is_not_taken() -> None:
    assert ("context", "tech", None) in _facts("not corporate, it's tech really")
    assert ("context", "corporate", None) not in _facts("not corporate, it's tech really")
    said = _facts("tech would be wrong, we make furniture. general")
    assert ("context", "general", None) in said and ("context", "tech", None) not in said
    assert not any(f == "context" for f, _, _ in _facts("Activist is wrong."))


# --- a denial at the audit question ---------------------------------------------------------


def test_a_denial_names_no_work() -> None:
    said = _facts(
        "I cannot take anything on during term, so nothing during exams either",
        "activities",
        "lecturer",
    )
    assert not any(f == "activity" for f, _, _ in said)


# --- a role said after one's age ------------------------------------------------------------


def test_a_role_said_after_the_age_is_work() -> None:
    said = _facts("Hello. I'm 58, a church organist in Bergen. I earn 240 000 kr a year.")
    work = [v for f, v, _ in said if f == "activity"]
    assert work and "organist" in str(work[0])
    pay = [(v, s) for f, v, s in said if f == "activity.annual_revenue"]
    assert pay and pay[0][0] == 240_000 and pay[0][1] == work[0]


# --- "mil" in Portuguese and Spanish --------------------------------------------------------


def test_mil_beside_portuguese_or_spanish_words_is_a_thousand() -> None:
    said = read("tengo unos 15 mil ahorrados y gasto 4 mil al mes", PlanView(), "buffer")
    assert all(float(r.value or 0) < 1_000_000 for r in said if r.act == "fact")
    assert any(r.field == "capacity.monthly_spending" and r.value == 4000 for r in said)
    pay = _reading("oi sou dentista ganho uns 12 mil por mes", "activity.annual_revenue")
    assert pay.value == 144_000


# --- several skills said as the core --------------------------------------------------------


def test_several_skills_said_as_the_core_are_asked_about() -> None:
    core = _reading("welding, rigging, forklift driving, first aid", "core_skill", "core")
    assert not core.confident
    one = _reading("welding, mostly pipe work", "core_skill", "core")
    assert one.confident
