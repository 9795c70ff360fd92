"""Several figures in one answer about money or hours: the one the person marks as the whole
figure ("last year", "on average", "I'd say", "most weeks") is read when the others are each of
one piece (a price, one job's hours); when another could be the same whole (a share, a second
guess, another yearly figure) every one is still asked back, or the share is read when it is
sized as a part of the whole."""

from __future__ import annotations

from agent.interviewer.reading import PlanView
from tests.support.reading import stored, values

POTS = PlanView(activities=("pottery",))


def test_a_years_takings_marked_as_last_years_win_over_the_prices_of_pieces() -> None:
    got = values(
        "mugs go for £18, a big platter £140, and i took roughly £3.1k last year all told",
        "act:revenue:pottery",
        POTS,
    )
    assert got == {"activity.annual_revenue": 3100}


def test_usual_weekly_hours_win_over_the_hours_one_piece_takes() -> None:
    got = values(
        "a big platter can take 12 hrs by itself but on average maybe 7 a week",
        "act:hours:pottery",
        POTS,
    )
    assert got == {"activity.hours_per_week": 7}


def test_hours_said_as_an_estimate_of_the_week_win_over_the_hours_of_one_job() -> None:
    got = values(
        "a firing is about 4 hrs plus loading, I'd say 9-11 hours a week", "act:hours:pottery", POTS
    )
    assert got == {"activity.hours_per_week": 10}


def test_a_share_said_beside_last_years_whole_is_read_never_the_whole() -> None:
    # the marked whole never wins over the share beside it; "26" is half of 52,000 only in
    # thousands, so the share is read as 26,000 (the person's part, as the conventions read it)
    got = stored(
        "Last year the studio took 52,000 EUR. My half is 26.",
        "act:revenue:pottery",
        "pottery",
    )
    revenue = {value: sure for (field, value), sure in got.items()
               if field == "activity.annual_revenue"}  # fmt: skip
    assert revenue == {26000.0: True}


def test_a_second_guess_beside_last_years_figure_is_still_asked_back() -> None:
    got = stored("last year i made like 6 grand on it maybe 7", "act:revenue:pottery", "pottery")
    assert not any(sure for (field, _), sure in got.items() if field == "activity.annual_revenue")


def test_two_yearly_figures_are_not_settled_by_one_mark() -> None:
    got = stored(
        "it came to £12k last year, next year it should be £15k",
        "act:revenue:pottery",
        "pottery",
    )
    assert not any(sure for (field, _), sure in got.items() if field == "activity.annual_revenue")


def test_hours_said_as_what_the_person_can_give_never_become_one_works_hours() -> None:
    got = stored(
        "I run a food bank shift, 3 hours, unpaid. I'd say 45 hours a week is what I can give.",
        "context",
    )
    assert (("activity.hours_per_week", 45.0), True) not in got.items()


def test_the_usual_week_wins_over_the_hours_of_a_busy_time_said_beside_it() -> None:
    got = values("usually 38, in a heavy month 55 or more", "act:hours:pottery", POTS)
    assert got == {"activity.hours_per_week": 38}
