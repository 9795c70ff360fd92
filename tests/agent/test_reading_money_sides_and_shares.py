"""Pay said with its other side, with more than twelve pays a year, or shared with someone:
the figure the plan needs is the pay before tax, every pay of the year, and the person's own
part; a figure that already holds another is never added to it."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from tests.support.reading import stored, sure

WELDING = PlanView(activities=("welding",))
BOUNCY = PlanView(activities=("bouncy castle hire",))
HOME = PlanView()


def _revenue(message: str, view: PlanView) -> list[float]:
    subject = view.activities[0]
    return [
        float(r.value)  # type: ignore[arg-type]
        for r in sure(message, f"act:revenue:{subject}", view)
        if r.field == "activity.annual_revenue"
    ]


def _spending(message: str) -> list[float]:
    return [
        float(r.value)  # type: ignore[arg-type]
        for r in sure(message, "spending", HOME)
        if r.field == "capacity.monthly_spending"
    ]


def test_the_gross_said_without_a_period_is_of_the_take_homes_week() -> None:
    # 1,500 a week before tax is 78,000 a year; the 1,200 in hand is the other side of it
    assert _revenue("around 1,200 a week take home, 1,500 before tax", WELDING) == [78000]


def test_a_plain_salary_beside_what_is_left_after_tax_is_the_pay_before_tax() -> None:
    said = "My pay is 3,000 a month but after tax it comes to 2,500"
    assert _revenue(said, WELDING) == [36000]


def test_net_and_gross_with_no_period_are_asked_back_not_stored_as_the_net() -> None:
    readings = stored("neto 900 €, bruto around 1.300 €", "act:revenue:welding", "welding")
    assert readings.get(("activity.annual_revenue", 900.0)) is None
    assert not any(readings.values())


def test_a_thirteenth_cheque_in_a_sentence_of_its_own_adds_a_month() -> None:
    assert _revenue("£2,000 a month. We also get a 13th cheque.", WELDING) == [26000]


def test_a_monthly_gross_paid_fourteen_times_a_year_is_fourteen_months() -> None:
    assert _revenue("1.900 € gross, 14 times in the year, net about 1.400", WELDING) == [26600]


def test_a_year_said_with_the_commission_in_it_is_not_added_to_the_base() -> None:
    said = "base is 30k plus commission, with commission it was 38k last year"
    assert _revenue(said, WELDING) == [38000]


def test_a_share_said_in_a_sentence_of_its_own_halves_the_figure_before_it() -> None:
    said = "$100 a party, about 50 parties a year. We split it down the middle."
    assert _revenue(said, BOUNCY) == [2500]


def test_a_share_said_half_half_is_half() -> None:
    said = "we take about 2 000 a weekend and share it half half with my sister"
    assert _revenue(said, BOUNCY) == [52000]


def test_a_half_already_taken_of_the_price_is_stored_not_asked_again() -> None:
    assert _revenue("about 20 parties a week at $30, i get half", BOUNCY) == [15600]


def test_a_share_sentence_giving_its_own_figure_is_not_halved_again() -> None:
    said = "We took 10.000 € last year. Half is my brother's, so for me 5.000."
    readings = [r for r in read(said, BOUNCY, "act:revenue:bouncy castle hire")
                if r.field == "activity.annual_revenue"]  # fmt: skip
    assert [(r.value, r.currency) for r in readings] == [(5000.0, "EUR")]


def test_a_share_of_the_whole_month_halves_every_part() -> None:
    said = "rent is $1,800 a month, everything else maybe another 1,200, i pay half of the lot"
    assert _spending(said) == [1500]


def test_the_part_the_person_gives_of_a_household_figure_is_their_spending() -> None:
    assert _spending("The house costs about 30k monthly, I give 18k of that") == [18000]


def test_a_total_smaller_than_one_of_the_parts_is_added_to_them() -> None:
    # "altogether" sums only the things named in its own clause: 900 cannot be the month
    said = "Rent R3 500, taxi R800, food and airtime maybe R900 altogether"
    assert _spending(said) == [5200]


def test_a_fraction_of_the_full_time_figure_is_the_persons_pay() -> None:
    said = "It's £30,000 on paper but that's full time, I do three days so it's 3/5 of that"
    assert _revenue(said, WELDING) == [18000]


def test_a_count_sold_with_its_average_price_is_their_product() -> None:
    said = "Only at Easter. This year 40 hampers went, average £55. Boxes cost a bit."
    readings = stored(said, "act:revenue:welding", "welding")
    assert readings.get(("activity.annual_revenue", 2200.0)) is True
    assert readings.get(("activity.annual_revenue", 55.0)) is None


def test_a_weekly_figure_for_the_weeks_at_home_only_is_asked_back() -> None:
    said = "£10 a kid, 6 kids, one session a week when I'm home"
    assert _revenue(said, WELDING) == []


def _buffer(message: str) -> list[float]:
    return [
        float(r.value)  # type: ignore[arg-type]
        for r in sure(message, "buffer", HOME)
        if r.field == "capacity.cash_buffer"
    ]


def test_a_fee_range_times_the_count_of_those_things_in_the_year() -> None:
    said = "Schools pay $100 to $140 a workshop. I ran 30 workshops last year."
    assert _revenue(said, WELDING) == [3600]


def test_savings_held_in_two_accounts_named_together_are_one_buffer() -> None:
    assert _buffer("around 8k between savings and checking") == [8000]


def test_the_part_of_the_savings_said_to_be_for_something_is_left_out() -> None:
    assert _buffer("We have 12.000 € saved, but 5.000 are for the new roof") == [7000]


def test_income_said_by_where_it_came_in_adds_up() -> None:
    said = "last year roughly £2,000 at markets and maybe £600 on etsy"
    assert _revenue(said, WELDING) == [2600]


def test_two_incomes_of_two_kinds_of_year_are_not_added() -> None:
    assert _revenue("about £2,000 in a good year and £600 in a bad one", WELDING) == []


def test_the_profit_said_plainly_after_the_takings_is_the_income() -> None:
    said = "took in 90k last year and the books say profit was 35 after the van and tools"
    assert _revenue(said, WELDING) == [35000]


def test_a_profit_said_as_a_guess_beside_the_turnover_is_asked_back() -> None:
    assert _revenue("turnover 50 grand but profit maybe 15", WELDING) == []


def test_a_short_share_of_a_whole_said_in_full_is_in_its_thousands() -> None:
    # 15 is half of 30,000 only in thousands; the arithmetic says which was meant
    said = "We made 30,000 dollars from it last year. My half is 15."
    assert _revenue(said, BOUNCY) == [15000]


def test_a_short_figure_that_is_no_share_of_the_whole_keeps_its_size() -> None:
    said = "We made 30,000 dollars from it last year. My half is 9."
    assert 9000.0 not in _revenue(said, BOUNCY)


def test_a_year_taken_back_with_no_sorry_keeps_its_thousands() -> None:
    said = "it came to about 40 grand last year, no sorry 38, 40 was the year before"
    readings = stored(said, "act:revenue:welding", "welding")
    assert ("activity.annual_revenue", 38000.0) in readings
    assert ("activity.annual_revenue", 38.0) not in readings


def _any_revenue(message: str) -> list[object]:
    return [r.value for r in read(message, WELDING, "act:revenue:welding")
            if r.field == "activity.annual_revenue"]  # fmt: skip


def test_an_hourly_rate_with_no_hours_said_of_a_season_is_no_figure() -> None:
    assert _any_revenue("$20 an hour plus tips, the tips are better in summer") == []


def test_a_count_with_two_prices_and_no_mix_is_no_figure() -> None:
    assert _any_revenue("This year 200 gates, most at $120, some big ones $300") == []
