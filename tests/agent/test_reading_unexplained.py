"""Readings that leave part of their message unexplained are asked back, not stored.

Each check of ``agent.interviewer.reading.unexplained`` is tested both ways: a reading with
evidence it does not explain is asked back (below ``CONFIDENT``: neither stored nor lost), and
the same kind of reading whose message is accounted for is still stored. The messages are in
other trades, currencies and words than the ones that showed each cause.
"""

from __future__ import annotations

from agent.interviewer.reading import Reading
from agent.interviewer.reading.unexplained import check
from tests.support.reading import stored as _stored

# A figure taken back later in the message, or two figures for one thing.


def test_hours_revised_in_a_later_sentence_keep_only_the_revision() -> None:
    read_as = _stored(
        "Three podcasts I edit for a studio, 15 hrs/wk, $40k/yr. Actually it's nearer 18 hours "
        "since they went weekly.",
        "activities",
    )
    assert read_as[("activity.hours_per_week", 15.0)] is False
    assert read_as[("activity.hours_per_week", 18.0)] is True
    assert read_as[("activity.annual_revenue", 40000.0)] is True


def test_two_figures_for_one_thing_with_nothing_revising_are_both_asked() -> None:
    said = [
        Reading("fact", "capacity.monthly_spending", 1800.0, span="1800 a month on rent"),
        Reading("fact", "capacity.monthly_spending", 2600.0, span="2600 a month all in"),
    ]
    checked = check(said, "1800 a month on rent, and 2600 a month all in", "buffer")
    assert [r.confident for r in checked] == [False, False]


def test_figures_of_two_pieces_of_work_are_no_revision() -> None:
    read_as = _stored("bakery 30 hrs, and the market stall 8 hrs", "activities")
    assert read_as[("activity.hours_per_week", 30.0)] is True
    assert read_as[("activity.hours_per_week", 8.0)] is True


# The same work named twice, the figures given to the shorter name.


def test_a_name_said_again_shorter_with_the_figures_is_asked_in_its_long_form() -> None:
    read_as = _stored(
        "lessons at three schools / choir / the summer camp. schools ~10h a week, £900 a month "
        "between them",
        "activities",
    )
    assert read_as[("activity", "lessons at 3 schools")] is False
    assert read_as[("activity", "schools")] is True
    assert read_as[("activity.hours_per_week", 10.0)] is True


def test_work_sharing_a_word_with_other_work_is_kept() -> None:
    read_as = _stored("plumbing, and I teach a plumbing course, 2h a week", "activities")
    assert read_as[("activity", "plumbing")] is True


# A name that ran into the words of an amount.


def test_a_name_ending_on_a_currency_is_asked_with_its_figure() -> None:
    read_as = _stored("Cleaning kr 2,000 a month, baking classes on Sundays", "activities")
    assert read_as[("activity", "Cleaning kr")] is False
    assert read_as[("activity.annual_revenue", 24000.0)] is False
    assert read_as[("activity", "baking classes")] is True


def test_a_name_before_a_plain_amount_is_kept() -> None:
    read_as = _stored("Bookkeeping 2,000 a month", "activities")
    assert read_as[("activity", "Bookkeeping")] is True


# Hours of one piece of work used for the pay of another.


def test_hourly_pay_times_the_hours_of_other_work_is_asked_back() -> None:
    read_as = _stored(
        "two jobs: my physio clinic which is about 20 hours a week and pays A$50,000 a year, "
        "then a hospital locum, 1 day a week at $70 an hour",
        "activities",
    )
    assert read_as[("activity.annual_revenue", 72800.0)] is False
    assert read_as[("activity.hours_per_week", 20.0)] is True


def test_hourly_pay_times_the_work_s_own_hours_is_kept() -> None:
    read_as = _stored("hospital locum, 20 hours a week at $70 an hour", "activities")
    assert read_as[("activity.annual_revenue", 72800.0)] is True


# Word answers said twice, skipped, or going on with what came before.


def test_a_limit_said_twice_is_stored_once() -> None:
    read_as = _stored(
        "weekends. i dont work weekends anymore. and mornings are for the gym", "constraints"
    )
    assert read_as[("capacity.constraints", "weekends")] is True
    assert read_as[("capacity.constraints", "I do not work weekends anymore")] is False
    assert read_as[("capacity.constraints", "mornings are for the gym")] is True


def test_two_different_limits_are_both_stored() -> None:
    read_as = _stored("weekends off. and no evenings", "constraints")
    assert all(read_as.values())


def test_a_limit_holding_a_skip_is_asked_back() -> None:
    read_as = _stored("salta esta (skip)", "constraints")
    assert set(read_as.values()) == {False}


def test_a_limit_about_it_is_asked_back_and_the_limit_it_follows_kept() -> None:
    read_as = _stored(
        "long covid, so some days I'm flat. can't schedule around it really", "constraints"
    )
    assert read_as[("capacity.constraints", "long covid, so some days I'm flat")] is True
    assert read_as[("capacity.constraints", "cannot schedule around it")] is False


def test_a_lesson_said_with_it_before_the_verb_is_kept() -> None:
    read_as = _stored("it teaches me patience", "act:teaches:pottery class", "pottery class")
    assert read_as[("activity.teaches", "patience")] is True


# A label read from words that answer another question, or said of one case.


def test_excitement_at_the_skills_question_is_no_feeling_about_the_work() -> None:
    read_as = _stored(
        "the workshop planning is the exciting part for me", "excited", "workshops", "bakery"
    )
    assert read_as[("activity.energy", "energising")] is False


def test_a_feeling_said_at_its_own_question_is_kept() -> None:
    read_as = _stored("energising on the whole", "act:energy:wedding cakes", "wedding cakes")
    assert read_as[("activity.energy", "energising")] is True


def test_a_feeling_said_of_one_case_is_asked_back() -> None:
    read_as = _stored(
        "energising when it's a fun design, draining when it's 200 cupcakes",
        "act:energy:wedding cakes",
        "wedding cakes",
    )
    assert read_as[("activity.energy", "energising")] is False


# Weekly hours said over a month and never turned into a week's.


def test_a_month_s_hours_added_up_as_a_week_s_are_asked_back() -> None:
    read_as = _stored(
        "one 4-hour class a month, plus about 1 hour setting up",
        "act:hours:pottery class",
        "pottery class",
        "shop",
    )
    assert read_as[("activity.hours_per_week", 5.0)] is False


def test_a_month_s_hours_turned_into_a_week_s_are_kept() -> None:
    read_as = _stored(
        "about 4 hours a week, plus a 3-hour market once a month",
        "act:hours:pottery class",
        "pottery class",
        "shop",
    )
    assert read_as[("activity.hours_per_week", 4.69)] is True


def test_weekly_hours_beside_a_count_or_money_said_per_month_are_kept() -> None:
    read_as = _stored("weddings 12h 3 a month at 400 quid, prints 1h £60 a month", "activities")
    assert read_as[("activity.hours_per_week", 12.0)] is True
    assert read_as[("activity.hours_per_week", 1.0)] is True
