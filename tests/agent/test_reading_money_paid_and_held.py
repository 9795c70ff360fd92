"""Money said beside other money: costs paid out beside takings, a pot held for something or
not the person's own, a share of a household's spending, a period said before the amount,
holiday money of part of a month in the next sentence, a fee per item per month, gratitude
said as "a million"; each with the near miss that must stay as it was."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.quantities import find_quantities

WORK = PlanView(capacity=40, activities=("tutoring", "boat repairs"))
BUFFER = ("capacity.cash_buffer", None)
SPENDING = ("capacity.monthly_spending", None)


def sure(message: str, ask: str, view: PlanView = WORK) -> dict[tuple[str, str | None], object]:
    return {(r.field or "", r.subject): r.value for r in read(message, view, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


def income(message: str, work: str = "tutoring") -> object:
    return sure(message, f"act:revenue:{work}").get(("activity.annual_revenue", work))


# costs paid out beside takings


def test_an_amount_the_person_pays_out_is_no_rival_to_the_takings() -> None:
    said = "£40 per pupil per month, 12 pupils, but I pay £150 a month for the room"
    assert income(said) == 40 * 12 * 12


def test_an_amount_that_ran_the_person_is_a_cost_not_income() -> None:
    said = "fixed up 2 hulls at 3k each. Paint and resin ran me about 900"
    assert income(said, "boat repairs") != 900


def test_a_cost_alone_is_not_dropped_to_leave_nothing() -> None:
    said = "I pay 200 a month for the room"
    readings = read(said, WORK, "act:revenue:tutoring")
    assert any(r.field == "activity.annual_revenue" for r in readings)


# a fee per item said with a second period


def test_a_fee_per_item_per_month_with_its_count_is_a_month_of_fees() -> None:
    assert income("it's £25 per child per month, 30 children") == 25 * 30 * 12


def test_a_fee_per_item_with_its_count_and_no_period_is_unchanged() -> None:
    assert income("£25 per child, 30 children this year") != 25 * 30 * 12


# a period said before the amount


def test_a_period_said_before_an_amount_with_its_currency_after_is_its_period() -> None:
    assert income("Monthly 2 100 € before tax") == 2100 * 12


def test_holiday_money_of_half_a_month_in_the_next_sentence_is_added() -> None:
    said = "Monthly 2 100 € before tax. And holiday money, about half of one month salary."
    assert income(said) == 2100 * 12.5


def test_a_month_away_in_the_next_sentence_adds_no_pay() -> None:
    assert income("2,000 a month. And I'm off 1 month.") == 24000


# savings held for something or not the person's own


def test_a_pot_in_the_same_sentence_held_for_something_is_left_out() -> None:
    said = "About 700k in savings and 300k in the cooperative for next year's fertiliser"
    assert sure(said, "buffer")[BUFFER] == 700000


def test_a_pot_said_for_emergencies_is_still_counted() -> None:
    said = "about 6k in savings for emergencies and 2k in the current account"
    assert sure(said, "buffer")[BUFFER] == 8000


def test_a_pot_said_not_mine_is_left_out() -> None:
    said = "Roughly 4k in my own account. Another 3k in the shop account for stock, not mine."
    assert sure(said, "buffer")[BUFFER] == 4000


def test_nothing_with_a_filler_word_and_a_locked_pension_is_no_savings() -> None:
    assert sure("nothing mate, only the pension and that's locked", "buffer")[BUFFER] == 0


# a share of a household's spending


def test_the_part_the_person_contributes_is_their_spending() -> None:
    said = "We spend about 3,000 a month as a family and I contribute about half"
    assert sure(said, "spending")[SPENDING] == 1500


# gratitude


def test_thanks_a_million_is_no_amount() -> None:
    readings = read("Great, finalise it, thanks a million", WORK, "finalise")
    assert not any(r.field == "activity.annual_revenue" for r in readings)
    assert any(r.act == "confirm" and r.value is True for r in readings)


def test_a_million_said_of_money_is_still_an_amount() -> None:
    text = normalise("the business turned over about a million last year")
    assert [q.value for q in find_quantities(text) if q.kind == "money"] == [1_000_000]


# a rate with the least a booking is paid for


def test_a_minimum_per_call_out_is_no_weeks_hours_and_no_year() -> None:
    readings = read("£27 an hour, minimum 3 hour call-out", WORK, "act:revenue:boat repairs")
    assert not any(r.confident and r.act == "fact" for r in readings)


def test_a_rate_with_the_usual_weeks_hours_beside_a_minimum_is_still_read() -> None:
    said = "£28 an hour, 3 hour minimum, about 10 hours a week"
    assert income(said) == 28 * 10 * 52


# work said to run at a loss


def test_a_figure_beside_work_said_to_cost_more_than_it_brings_in_is_asked() -> None:
    said = "honestly it costs us more than it makes. we win the odd cup, maybe 150 a year"
    assert income(said) is None


def test_a_year_figure_without_words_of_a_loss_is_read() -> None:
    assert income("we win the odd cup, maybe 150 a year") == 150


# parts of one income said per different periods


def test_a_day_of_the_week_fee_comes_each_week() -> None:
    assert income("I take about £120 a Sunday at the car boot") == 120 * 52


def test_a_day_of_the_week_fee_with_how_often_the_days_come_keeps_that_count() -> None:
    assert income("I take about £120 a Sunday, 2 sundays a month") == 120 * 2 * 12


def test_two_parts_each_with_its_own_period_are_added_into_a_year() -> None:
    said = "about £200 a week from lessons, and the school pays maybe £300 a month on top"
    assert income(said) == 200 * 52 + 300 * 12


def test_two_amounts_for_two_seasons_are_not_added() -> None:
    said = "about £200 a week in summer, and the rest of the year maybe £300 a month"
    assert income(said) != 200 * 52 + 300 * 12


def test_one_pay_said_per_month_and_per_year_is_not_added() -> None:
    said = "£2,000 a month, and the school says it is £24,000 a year"
    assert income(said) != 48000


# a price list, and a fee a group shares


def test_a_second_kind_of_thing_priced_beside_a_price_per_thing_is_no_year() -> None:
    said = "mugs are £18 each, large platters £90-150"
    assert income(said, "boat repairs") is None


def test_an_amount_after_a_kind_of_thing_with_no_price_per_thing_beside_it_is_read() -> None:
    assert income("hulls and engines, about £9,000", "boat repairs") == 9000


def test_a_fee_a_group_gets_is_shared_by_how_many_they_are() -> None:
    said = "the duo gets £500 a wedding, 2 of us, around 20 weddings a year"
    assert income(said) == 500 * 20 / 2


def test_a_plain_number_per_gig_is_a_fee_not_a_year() -> None:
    assert income("I get 250 a gig") is None


# the second figure of two keeps the scale of the first; a correction with "nah"


def test_take_home_said_after_a_lakh_figure_keeps_lakh_and_the_gross_stands() -> None:
    said = "my income is about 8.2 lakh a year, after tax around 7.4 in hand"
    assert income(said) == 820_000


def test_a_figure_put_right_with_nah_keeps_the_last_one() -> None:
    assert income("made about 52k last year, nah 49") == 49_000


def test_a_figure_for_another_year_after_the_pause_is_no_revision() -> None:
    assert income("9k last year, this year more like 6") is None


# counts over a year: the year said beside the count, a group per session


def test_a_price_times_a_count_said_of_last_harvest_is_the_years_takings() -> None:
    said = "last harvest we sold 60 crates at £25 per crate, but diesel and wages ate about £600"
    assert income(said) == 60 * 25


def test_a_price_times_a_count_with_no_time_said_is_still_asked() -> None:
    assert income("we sold 60 crates at £25 per crate") is None


def test_a_fee_a_head_times_the_usual_group_times_sessions_of_the_year() -> None:
    said = "€20 a head, usually 6 to 8 walkers, and we ran 40 walks this year"
    assert income(said) == 20 * 7 * 40


def test_a_fee_a_head_and_a_group_with_no_sessions_counted_is_no_year() -> None:
    assert income("€20 a head, usually 6 to 8 walkers") is None


# a season named by its months


def test_a_season_named_by_its_months_counts_those_months_of_a_monthly_figure() -> None:
    said = "Season is May to July, I make about £900 a month. Rest of the year nothing"
    assert income(said) == 900 * 3


def test_a_season_in_other_words_beside_the_months_is_still_asked() -> None:
    assert income("£900 a month in the season, May to July") is None


def test_what_is_left_after_a_named_cost_is_kept_not_paid_out() -> None:
    assert income("30k turnover, to me after materials about 18k", "boat repairs") == 18000
