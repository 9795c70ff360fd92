"""Money and time said in everyday English: clock spans with one half of the day, decimals
read out, "none" at the savings question; each with the near miss that must stay unread."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.numbers import spell_out_words

WORK = PlanView(capacity=45, activities=("warehouse", "dog walking"))


def sure(message: str, ask: str, view: PlanView = WORK) -> dict[tuple[str, str | None], object]:
    return {(r.field or "", r.subject): r.value for r in read(message, view, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


def figures(message: str, ask: str, view: PlanView = WORK) -> list[tuple[str, object, bool]]:
    return [(r.field or "", r.value, r.confident) for r in read(message, view, ask)
            if r.act in {"fact", "change"}]  # fmt: skip


HOURS = ("activity.hours_per_week", "warehouse")


@pytest.mark.parametrize(
    ("message", "week"),
    [("7 till 3 weds to sun", 40.0),  # a day's short name ending in "s" is no count of things
     ("5am till 1, mon to fri", 40.0),  # the start's half said, the end in the afternoon
     ("8am to 11 on thurs and fri", 6.0)],  # the end after the start: the same half
)  # fmt: skip
def test_a_clock_span_with_short_day_names_or_one_half_of_the_day(
    message: str, week: float
) -> None:
    assert sure(message, "act:hours:warehouse")[HOURS] == week


def test_a_count_of_things_after_two_numbers_is_still_no_clock_span() -> None:
    assert HOURS not in sure("4-6 pallets", "act:hours:warehouse")


@pytest.mark.parametrize(
    ("words", "digits"),
    [("two point five grand", "2.5 grand"), ("one point eight k a month", "1.8 k a month"),
     ("three point two five hours", "3.25 hours"),
     ("at one point two of us", "at one point 2 of us")],
)  # fmt: skip
def test_decimals_read_out_after_point_are_digits(words: str, digits: str) -> None:
    assert spell_out_words(words) == digits


def test_spending_said_with_its_decimal_read_out() -> None:
    said = sure("roughly two point three grand a month, bills and all", "spending")
    assert said[("capacity.monthly_spending", None)] == 2300.0


@pytest.mark.parametrize(
    "message", ["none", "nothing really, the pension is locked away", "None lol"]
)
def test_none_at_the_savings_question_is_no_savings(message: str) -> None:
    assert sure(message, "buffer") == {("capacity.cash_buffer", None): 0.0}


def test_none_elsewhere_is_no_zero_of_savings() -> None:
    assert ("capacity.cash_buffer", None) not in sure("none", "constraints")
    assert ("capacity.cash_buffer", None) not in sure("none of your business", "buffer")


REVENUE = ("activity.annual_revenue", "warehouse")


@pytest.mark.parametrize(
    ("message", "year"),
    [("about £31k before tax, roughly 2.2 a month in my hand", 31000.0),
     ("my CTC is 9 lakh a year but in hand I get about 62k a month", 900000.0),
     ("net 2,400 a month, gross is about 3,300", 39600.0)],
)  # fmt: skip
def test_pay_said_before_tax_and_in_hand_is_the_pay_before_tax(message: str, year: float) -> None:
    assert sure(message, "act:revenue:warehouse")[REVENUE] == year


def test_takings_and_what_is_left_after_costs_are_still_asked_which() -> None:
    said = figures("gross about £900 a week, after fuel and the app's cut about £550",
                   "act:revenue:warehouse")  # fmt: skip
    assert said and not any(confident for _, _, confident in said)


BUFFER = ("capacity.cash_buffer", None)


@pytest.mark.parametrize(
    ("message", "ask", "field", "value"),
    [("roughly 12 thousand dollars. ah no, I paid the vet, say 10.800.", "buffer", BUFFER,
      10800.0),
     ("4 grand in savings. 3.5, actually, the boiler went", "buffer", BUFFER, 3500.0),
     ("65 thousand a month, it's just me. wait no, with the loan it's 72", "spending",
      ("capacity.monthly_spending", None), 72000.0)],
)  # fmt: skip
def test_a_figure_taken_back_inside_the_message_gives_way_to_the_later_one(
    message: str, ask: str, field: tuple[str, None], value: float
) -> None:
    said = [r for r in read(message, WORK, ask) if r.act in {"fact", "change"}]
    assert [(r.act, (r.field, r.subject), r.value, r.confident) for r in said] == [
        ("fact", field, value, True)
    ]


def test_no_followed_by_what_is_left_out_takes_nothing_back() -> None:
    said = figures("2k saved. no, not counting the pension, that is 40k", "buffer")
    assert not any(confident for _, _, confident in said)


@pytest.mark.parametrize(
    ("message", "year"),
    [("for each chair I charge 60 €, I restore about 4 a month", 2880.0),
     ("a full set of shelves is 400 €. we build 2 in a month, sometimes 3", 9600.0)],
)  # fmt: skip
def test_one_price_then_how_many_the_person_does_is_the_year(message: str, year: float) -> None:
    assert sure(message, "act:revenue:warehouse")[REVENUE] == year


def test_a_price_with_a_count_said_of_nothing_done_is_no_product() -> None:
    said = sure("a chair is 60 €, my sister has 4 a month", "act:revenue:warehouse")
    assert said.get(REVENUE) != 2880.0


def test_a_week_said_in_parts_each_opening_with_its_days_adds_up() -> None:
    said = sure("mon and wed evenings 19-21, Saturdays 9-12", "act:hours:warehouse")
    assert said[HOURS] == 7.0


def test_two_spans_of_one_day_named_once_are_not_parts_of_other_days() -> None:
    said = figures("Saturdays 9-12 or 13-16", "act:hours:warehouse")
    assert ("activity.hours_per_week", 6.0, True) not in said


SPENT = ("capacity.monthly_spending", None)


@pytest.mark.parametrize(
    ("message", "month"),
    [("the mortgage is 1400 and my husband reckons we're at 3 grand a month all in", 3000.0),
     ("rent's 400 a week, all up we spend about 700 a week", round(700 * 52 / 12, 2)),
     ("about 60k monthly, school fees 20k inside that", 60000.0)],
)  # fmt: skip
def test_the_month_said_as_a_whole_beside_one_of_its_costs_is_the_month(
    message: str, month: float
) -> None:
    assert sure(message, "spending")[SPENT] == month


def test_costs_said_one_after_another_still_add_up() -> None:
    assert sure("rent is 900, food 300, the car 200", "spending")[SPENT] == 1400.0


@pytest.mark.parametrize(
    "message",
    ["reading wiring diagrams from the 1970s, mostly", "sourcing 60s lamps and fixing them"],
)
def test_a_decade_is_a_time_never_money(message: str) -> None:
    assert REVENUE not in sure(message, "act:teaches:warehouse")


def test_a_year_figure_said_with_its_period_is_still_money() -> None:
    assert sure("about 1960 a year", "act:revenue:warehouse")[REVENUE] == 1960.0
