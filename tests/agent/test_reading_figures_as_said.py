"""Money as people write it in their own words: scale words, local signs, cents after spaced
thousands, pots said not to count, the price of one thing, months of several runs a year.

The messages are in other trades, currencies and words than the ones that showed each cause;
each behaviour is tested where it could fail both ways (read, or left as it was).
"""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read, scale_words
from tests.support.reading import stored, values


def test_ten_thousands_in_chinese_are_read_in_full() -> None:
    assert values("存款 80萬, spending around 3万 a month", "buffer") == {
        "capacity.cash_buffer": 800000.0,
        "capacity.monthly_spending": 30000.0,
    }


def test_thousands_said_in_ukrainian_or_russian_are_read_in_full() -> None:
    read_as = stored("about 25 тыс. per month", "act:revenue:tutoring", "tutoring")
    assert read_as == {("activity.annual_revenue", 300000.0): True}


def test_millions_said_in_mongolian_or_colombian_slang_are_read_in_full() -> None:
    assert values("I have 4 palos saved", "buffer") == {"capacity.cash_buffer": 4000000.0}
    assert values("about 12 сая in the bank", "buffer") == {"capacity.cash_buffer": 12000000.0}


def test_chilean_lucas_and_french_mille_are_thousands() -> None:
    assert scale_words.written_out("like 350 lucas") == "like 350k"
    assert scale_words.written_out("j'ai 400 mille") == "j'ai 400k"
    assert scale_words.written_out("1.5 palos") == "1.5 million"


def test_a_scale_word_inside_another_word_is_left_alone() -> None:
    assert scale_words.written_out("3 palomas and 2 millefeuilles") == (
        "3 palomas and 2 millefeuilles"
    )


def test_local_signs_name_their_currency() -> None:
    said = [r for r in read("N$12 400 a month", PlanView(("surveying",)), "act:revenue:surveying")]
    assert [(r.value, r.currency) for r in said] == [(148800.0, "NAD")]
    said = [r for r in read("9 000 грн a month", PlanView(("baking",)), "act:revenue:baking")]
    assert [(r.value, r.currency) for r in said] == [(108000.0, "UAH")]


def test_cfa_francs_written_with_an_f_keep_their_thousands() -> None:
    read_as = stored("about 175 000 FCFA a month", "act:revenue:tailoring", "tailoring")
    assert read_as == {("activity.annual_revenue", 2100000.0): True}


def test_cents_after_spaced_thousands_belong_to_the_amount() -> None:
    read_as = stored("in 2025 it was 18 640,75 € from the stall", "act:revenue:stall", "stall")
    assert ("activity.annual_revenue", 18640.75) in read_as


def test_a_number_after_year_followed_by_spaced_thousands_is_an_amount() -> None:
    read_as = stored("last year 31 200 € in sales", "act:revenue:pottery", "pottery")
    assert read_as == {("activity.annual_revenue", 31200.0): True}


def test_a_pot_said_not_to_count_is_left_out_of_the_savings() -> None:
    said = "about 9,000 in the current account and 5,000 in a pension, which we don't touch"
    assert values(said, "buffer") == {"capacity.cash_buffer": 9000.0}


def test_pots_with_nothing_left_out_are_still_added() -> None:
    said = "about 9,000 in the current account and 5,000 in the credit union"
    assert values(said, "buffer") == {"capacity.cash_buffer": 14000.0}


def test_the_price_of_one_thing_sold_beside_how_many_is_asked_back() -> None:
    read_as = stored(
        "a saddle I sell for €2,400, maybe 1 a month", "act:revenue:saddlery", "saddlery"
    )
    assert read_as.get(("activity.annual_revenue", 2400.0)) is False
    assert True not in read_as.values()


def test_an_amount_for_one_occasion_is_a_fee_per_occasion() -> None:
    read_as = stored("R6,500 one shoot, 3 a month", "act:revenue:photography", "photography")
    assert read_as == {("activity.annual_revenue", 234000.0): True}


def test_one_year_after_an_amount_is_no_fee_per_item() -> None:
    read_as = stored("I made €30k one year, €20k the next", "act:revenue:design", "design")
    assert ("activity.annual_revenue", 30000.0 * 12) not in read_as


def test_months_of_several_runs_a_year_are_multiplied() -> None:
    said = "€1,800 a month while it runs, 3 months per season and 2 seasons a year"
    read_as = stored(said, "act:revenue:ski school", "ski school")
    assert read_as == {("activity.annual_revenue", 10800.0): True}


# Hours said by the clock, by the days of the week and by a roster.


def test_a_paid_break_stays_in_the_working_day() -> None:
    said = "6:00 to 14:30 with a paid half hour break, monday to friday"
    assert values(said, "capacity") == {"capacity.hours_per_week": 42.5}


def test_an_unpaid_break_is_taken_out_and_is_no_zero_income() -> None:
    read_as = stored(
        "6:00 to 14:30, 30 min unpaid break, monday to friday", "act:hours:bakery", "bakery"
    )
    assert read_as == {("activity.hours_per_week", 40.0): True}


def test_every_day_but_one_is_six_days() -> None:
    read_as = stored("10h à 18h, todos los días menos el domingo", "act:hours:kiosk", "kiosk")
    assert read_as == {("activity.hours_per_week", 48.0): True}


def test_two_weekdays_named_in_full_are_two_days() -> None:
    read_as = stored("8pm to 11pm, wednesday and saturday", "act:hours:pub quiz", "pub quiz")
    assert read_as == {("activity.hours_per_week", 6.0): True}


def test_clock_hours_written_with_h_and_to_are_a_span() -> None:
    said = "8h30 to 17h, half an hour for lunch, monday to friday"
    assert values(said, "capacity") == {"capacity.hours_per_week": 40.0}


def test_hours_with_h_and_a_period_stay_a_range_of_hours() -> None:
    read_as = stored("10h to 14h a week", "act:hours:tutoring", "tutoring")
    assert True not in read_as.values()


def test_each_time_in_hours_times_a_range_said_in_words() -> None:
    said = "each wedding takes about four hours, and there are between three and five a month"
    read_as = stored(said, "act:hours:wedding singing", "wedding singing")
    assert read_as == {("activity.hours_per_week", 3.69): True}


def test_shift_length_said_short_beside_a_roster() -> None:
    read_as = stored("10s, 4 on 3 off", "act:hours:paramedic", "paramedic")
    assert read_as == {("activity.hours_per_week", 40.0): True}


def test_days_named_at_the_constraints_question_are_no_hours() -> None:
    said = "the mortgage adviser says keep it steady. I coach rowing Tuesday and Thursday evenings"
    readings = read(said, PlanView(("financial admin", "rowing coaching")), "constraints")
    assert not [r for r in readings if r.field == "activity.hours_per_week"]


def test_my_half_of_a_sum_in_thousands_keeps_the_thousands() -> None:
    said = "there is 30 grand in the joint account and my share is 15"
    assert values(said, "buffer") == {"capacity.cash_buffer": 15000.0}


def test_the_stop_of_kr_ends_no_sentence_before_the_period() -> None:
    read_as = stored("my wage is 41.200 kr. every month", "act:revenue:nursing", "nursing")
    assert read_as == {("activity.annual_revenue", 494400.0): True}


def test_while_between_two_clock_hours_is_until_and_the_same_hour_is_twelve() -> None:
    read_as = stored(
        "Friday nights on the ambulance, 8 while 8", "act:hours:ambulance", "ambulance"
    )
    assert read_as == {("activity.hours_per_week", 12.0): True}
    read_as = stored("I do Saturdays, 9 to 9", "act:hours:market", "market")
    assert read_as == {("activity.hours_per_week", 12.0): True}


def test_while_before_words_is_no_clock() -> None:
    read_as = stored("about 4 while the baby sleeps", "act:hours:knitting", "knitting")
    assert read_as == {("activity.hours_per_week", 4.0): True}


def test_a_korean_per_before_the_amount_is_a_fee_each_time() -> None:
    read_as = stored("건당 30만원, about 5 a month", "act:revenue:translation", "translation")
    assert read_as == {("activity.annual_revenue", 18000000.0): True}


def test_a_fee_per_item_and_how_many_were_done_last_year() -> None:
    said = "I charge €350 per wedding. Last year I shot 22, a normal year."
    read_as = stored(said, "act:revenue:photography", "photography")
    assert read_as == {("activity.annual_revenue", 7700.0): True}


def test_a_fee_per_item_and_a_count_of_other_things_is_not_multiplied() -> None:
    said = "I charge €350 per wedding. Last year I bought 2 lenses."
    read_as = stored(said, "act:revenue:photography", "photography")
    assert ("activity.annual_revenue", 700.0) not in read_as


def test_swiss_grouped_thousands_are_never_a_year() -> None:
    said = "Miete 1'980, and the rest is about 2'100 a month."
    assert values(said, "spending") == {"capacity.monthly_spending": 4080.0}
