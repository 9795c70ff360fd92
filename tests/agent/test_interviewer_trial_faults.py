"""Faults found by trying the interviewer as people, by general cause: a correction that names
no figure, work named by a part of its name or by "it", a stream change whose words several
streams share, and names joined before one set of figures or grouped under a role. Driven
through the reading layer, the dialog manager and the tools, in other words than the trials."""

from __future__ import annotations

import datetime as dt

from agent.interviewer import carried, last_figure, shared_names
from agent.interviewer.reading import PlanView, StreamView, read
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def _up_to_the_audit(*more: str) -> tuple[object, str]:
    return conversation(
        TODAY,
        "I'm a sous chef, 45 hours a week, and I run a supper club twice a month, 6 hours",
        "general",
        "50",
        "none",
        *more,
    )


# --- 1. a correction that names no figure is of the last figure given ----------------------


def test_a_bare_correction_after_the_spending_is_asked_back_as_the_spending() -> None:
    planner, reply = _up_to_the_audit("€9,000 put by and we spend €2,400 a month",
                                      "oh wait, make it 2,650 a month")  # fmt: skip
    assert planner.plan.capacity.monthly_spending == 2400  # not overwritten without a yes
    assert "2,400 a month earlier" in reply and "2,650 a month" in reply
    assert "a year" not in reply.split("\n")[0]
    planner.say("yes")
    assert planner.plan.capacity.monthly_spending == 2650
    assert planner.plan.capacity.cash_buffer == 9000
    assert not any(a.annual_revenue == 2650 for a in planner.plan.activities)


def test_a_bare_correction_one_question_later_is_of_the_weekly_hours() -> None:
    planner, reply = conversation(
        TODAY, "je suis fleuriste, 38 heures", "general", "44", "sorry, make that 41"
    )
    assert planner.plan.capacity.hours_per_week == 44
    assert "44 h a week earlier" in reply and "41 h a week" in reply
    planner.say("yes")
    assert planner.plan.capacity.hours_per_week == 41


def test_a_correction_that_names_its_figure_keeps_its_own_field() -> None:
    planner, _ = _up_to_the_audit("savings 9k, spend 2.4k a month",
                                  "actually my savings are more like 11k")  # fmt: skip
    assert planner.plan.capacity.monthly_spending == 2400
    assert planner.plan.capacity.cash_buffer in {9000, 11000}  # changed or asked, never moved


def test_the_last_figure_questions_are_the_latest_answer_with_a_figure() -> None:
    settled = [
        [["capacity"], 1],
        [["constraints"], 1],
        [["buffer", "spending"], 2],
        [["context"], 1],
    ]
    assert last_figure.last_asks(settled) == ["spending", "buffer"]
    assert last_figure.last_asks([[["context"], 1]]) == []


def test_make_that_before_a_monthly_figure_is_money_a_month_not_a_count() -> None:
    view = PlanView(40, ("Dog grooming",))
    [r] = read("make that 1,800 a month", view, "act:hours:Dog grooming")
    assert r.field == "activity.annual_revenue" and r.value == 21600 and r.confident


# --- 2. work named by a part of its name, or by "it" in the next message -------------------


def test_the_last_part_of_a_compound_word_names_the_work() -> None:
    view = PlanView(40, ("Woodturning commissions", "Pub shifts"))
    got = read("the turning teaches me patience and a steady eye", view, "activities")
    assert [(r.field, r.subject, r.value) for r in got] == [
        ("activity.teaches", "Woodturning commissions", "patience and a steady eye")
    ]


def test_a_feeling_about_other_named_work_is_not_the_asked_ones() -> None:
    view = PlanView(40, ("Flower stall", "Minibus driving"))
    got = read("the minibus wears me out, honestly exhausting", view, "act:energy:Flower stall")
    assert {(r.subject, r.value) for r in got} == {("Minibus driving", "draining")}
    contrasted = read("it is steady, unlike the minibus", view, "act:volatility:Flower stall")
    assert all(r.subject == "Flower stall" for r in contrasted)


def test_a_lesson_said_of_it_after_a_message_about_work_is_that_works() -> None:
    planner, _ = conversation(
        TODAY,
        "I'm a bus driver, 39 hours a week",
        "general",
        "45",
        "none",
        "about 3k saved, spend 1,300 a month",
        "I also repair watches for people, 4 hours a week, 2k a year",
        "it teaches me to keep very still",
    )
    watches = next(a for a in planner.plan.activities if "watch" in a.name.lower())
    assert watches.teaches == "to keep very still"
    driver = next(a for a in planner.plan.activities if "bus" in a.name.lower())
    assert not driver.teaches


def test_it_names_no_work_when_the_message_before_named_none() -> None:
    view = PlanView(40, ("Watch repair",))
    assert (
        carried.of_work_spoken_of([], read, "it teaches me patience", view, "activities", "")
        is None
    )
    assert carried.spoken_of([], "none really", ["Watch repair"]) == ""
    assert carried.spoken_of([], "the watch repair is fiddly", ["Watch repair"]) == "Watch repair"


# --- 3. a stream change whose words two proposed streams share -----------------------------


def test_a_change_whose_words_two_streams_share_asks_which_naming_both() -> None:
    streams = ["Pottery studio", "Teaching pottery classes", "Pottery experiments"]
    asked = shared_names.ask_which("make the pottery one 4 hours", streams, "4 hours")
    assert asked is not None
    assert all(s in asked for s in streams)
    assert shared_names.ask_which("make Pottery experiments 4 hours", streams) is None
    assert shared_names.ask_which("the classes to 3 hours", streams) is None


def test_a_shared_word_change_records_nothing_at_the_proposal() -> None:
    view = PlanView(40, ("Café shifts", "Sourdough baking"), streams=(
        StreamView("Café shifts", "anchor", 30), StreamView("Sourdough baking", "client", 5),
        StreamView("Teaching sourdough baking", "leverage", 2)))  # fmt: skip
    names = [s.name for s in view.streams]
    assert shared_names.streams_meant("the sourdough one to 6 hours", names) == [
        "Sourdough baking", "Teaching sourdough baking"]  # fmt: skip


# --- 4. names joined before one set of figures, a role and its pieces -----------------------


def test_two_names_joined_before_one_set_of_figures_are_one_piece_of_work() -> None:
    got = read("gutters and fascias 20 hrs, roughly £26k", PlanView(), "activities")
    work = [r.value for r in got if r.field == "activity"]
    assert work == ["gutters and fascias"]
    assert any(r.field == "activity.hours_per_week" and r.value == 20 for r in got)


def test_names_each_with_figures_stay_apart() -> None:
    got = read("gutters 20h and roofing repairs 10h", PlanView(), "activities")
    assert [r.value for r in got if r.field == "activity"] == ["gutters", "roofing repairs"]


def test_a_role_and_then_its_pieces_gives_the_pieces_only() -> None:
    got = read("I'm an illustrator. I draw covers for a publisher and I paint murals",
               PlanView(), "activities")  # fmt: skip
    work = [str(r.value).lower() for r in got if r.field == "activity"]
    assert "illustrator" not in work and len(work) == 2


def test_a_role_with_work_beside_it_stays() -> None:
    got = read("I'm a paramedic and I also coach rugby and referee on sundays",
               PlanView(), "activities")  # fmt: skip
    assert "paramedic" in [str(r.value).lower() for r in got if r.field == "activity"]


def test_an_apology_before_the_asked_figure_answers_the_question() -> None:
    planner, _ = _up_to_the_audit("savings 9k, spend 2.4k a month", "that's all",
                                  "sorry, about 2,900 a month")  # fmt: skip
    assert planner.plan.capacity.monthly_spending == 2400
    chef = next(a for a in planner.plan.activities if "chef" in a.name.lower())
    assert chef.annual_revenue == 34800


# --- from the trials: money after new work named in a later sentence ------------------------


def test_money_after_new_work_in_a_later_sentence_is_not_the_first_jobs() -> None:
    story = (
        "i teach at a primary school, 32 hrs a week, paid about £34k. evenings i knit "
        "jumpers to order, made 14 last year for maybe 2 grand total"
    )
    got = read(story, PlanView(), "context")
    school = [r for r in got if r.field == "activity.annual_revenue" and r.confident]
    assert [r.value for r in school] == [34000]
    assert not any(r.value == 2000 and r.confident for r in got)


def test_the_first_jobs_own_pay_is_kept_when_later_money_is_in_doubt() -> None:
    planner, reply = conversation(
        TODAY,
        "i teach at a primary school, 32 hrs a week, paid about £34k. evenings i knit "
        "jumpers to order, made 14 last year for maybe 2 grand total",
    )
    school = next(a for a in planner.plan.activities if "school" in a.name.lower())
    assert school.annual_revenue == 34000 and school.hours_per_week == 32
    assert "two different figures" not in reply


def test_a_town_with_accents_is_where_the_work_is_done_not_the_work() -> None:
    story = "I'm a translator (DE/EN) in Zürich, freelance, around 30h/week, about 70 000 CHF"
    got = read(story, PlanView(), "context")
    work = [str(r.value) for r in got if r.field == "activity"]
    assert work == ["translator"]
    assert any(r.field == "activity.hours_per_week" and r.subject == "translator" for r in got)


def test_hours_said_as_a_bound_at_the_limits_question_are_the_limit() -> None:
    view = PlanView(40, ("Massage therapy", "Yoga classes"))
    got = read("bad shoulder, so no more than 4h of massage a day", view, "constraints")
    assert [(r.field, r.confidence) for r in got] == [("capacity.constraints", 1.0)]
    assert "4h of massage a day" in str(got[0].value)
