"""Amounts in other currencies and fees per item: a careful reader multiplies a fee per guest,
per animal or per hive by how many were said, and reads a rand amount as money."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.types import StreamView
from tests.support.reading import NONE, sure, values


def test_a_rand_amount_written_with_r_is_money_not_a_label() -> None:
    found = [(q.value, q.currency) for q in find_quantities(normalise("R25 000 saved, R9k a month"))
             if q.kind == "money"]  # fmt: skip
    assert found == [(25000, "ZAR"), (9000, "ZAR")]
    got = values("about R18 500 put away and we spend R7k monthly", "buffer")
    assert got == {"capacity.cash_buffer": 18500, "capacity.monthly_spending": 7000}


def test_a_fee_per_animal_times_animals_a_day_times_days_a_week() -> None:
    got = values("horse shoeing, £30 a horse, about 6 horses a day, 3 days a week", "activities")
    assert got["activity.annual_revenue"] == 30 * 6 * 3 * 52


def test_a_fee_per_person_times_the_group_times_how_often() -> None:
    view = PlanView(activities=("wine tours",))
    got = values("R400 pp, groups of around 6 people, every sunday", "act:revenue:wine tours",
                 view)  # fmt: skip
    assert got == {"activity.annual_revenue": 400 * 6 * 52}


def test_a_fee_per_item_times_a_seasons_count_is_that_years_total() -> None:
    view = PlanView(activities=("orchard pruning",))
    got = values("$90 a tree, did 150 trees last winter", "act:revenue:orchard pruning", view)
    assert got == {"activity.annual_revenue": 90 * 150}


def test_a_fee_per_item_times_a_count_with_no_frequency_is_asked_back() -> None:
    view = PlanView(activities=("face painting",))
    readings = read("£8 a child, maybe 20 children", view, "act:revenue:face painting")
    assert not [r for r in readings if r.field == "activity.annual_revenue" and r.confident]


def test_a_range_of_nights_said_with_or_is_its_midpoint() -> None:
    view = PlanView(activities=("pub quiz hosting",))
    got = values("£90 a night, 3 or 4 thursdays a month", "act:revenue:pub quiz hosting", view)
    assert got == {"activity.annual_revenue": 90 * 3.5 * 12}


def test_a_figure_mended_in_the_same_breath_is_the_later_one_and_no_change() -> None:
    view = PlanView(activities=("tram driving",))
    said = "it was 31k, no wait, they gave us a rise in May, 33k now"
    got = sure(said, "act:revenue:tram driving", view)
    assert [(r.act, r.value) for r in got] == [("fact", 33000)]
    hours = sure("roughly 18 hours - sorry, 16", "act:hours:tram driving", view)
    assert [(r.act, r.value) for r in hours] == [("fact", 16)]


def test_no_before_a_word_is_no_slip() -> None:
    got = values("I can give 30 hours, no evenings though", "capacity")
    assert got.get("capacity.hours_per_week", 30) == 30


def test_a_digit_inside_a_word_is_no_figure_and_a_contract_form_no_activity() -> None:
    got = sure("B2B dev work, 120h a month, 95 zł/h", "activities")
    hours = [r.value for r in got if r.field == "activity.hours_per_week"]
    assert hours == [round(120 * 12 / 52, 2)]
    named = sure("support engineer, fixed-term contract, 4 200 zł a month", "activities")
    assert [r.value for r in named if r.field == "activity"] == ["support engineer"]


def unsure_only(message: str, ask: str, field: str, view: PlanView = NONE) -> bool:
    found = [r for r in read(message, view, ask) if r.field == field]
    return bool(found) and not any(r.confident for r in found)


def test_a_limit_said_as_not_going_above_all_in_is_the_capacity() -> None:
    got = sure("3 days a week at the garden centre, 22.5 hours, wouldn't go over 35 all in",
               "capacity")  # fmt: skip
    assert ("fact", "capacity.hours_per_week", 35) in [(r.act, r.field, r.value) for r in got]
    own = sure("Tutoring 3 evenings a week (around 6 hours all in)", "activities")
    assert [r.value for r in own if r.field == "activity.hours_per_week"] == [6]
    assert not [r for r in own if r.field == "capacity.hours_per_week"]


def test_the_length_of_a_shift_without_how_many_is_no_weeks_hours() -> None:
    shifts = read("paramedic with the county ambulance trust, 10hr shifts", NONE, "activities")
    assert not [r for r in shifts if r.field and r.field.endswith("hours_per_week")]
    view = PlanView(activities=("market stall",))
    assert unsure_only("just summer fairs, around 5 weekends a year, 2 days each, 9 hr days",
                       "act:hours:market stall", "activity.hours_per_week", view)  # fmt: skip
    weekly = values("4 x 10hr shifts", "act:hours:market stall", view)
    assert weekly == {"activity.hours_per_week": 40}


def test_now_and_then_is_no_figure_and_free_beer_is_no_zero() -> None:
    view = PlanView(activities=("allotment",))
    assert not values("not much, a day here and there", "act:hours:allotment", view)
    paid = sure("quiz master at the social club every other week for free pints", "activities")
    assert not [r for r in paid if r.field == "activity.annual_revenue"]


def test_a_wish_that_holds_an_activity_name_and_more_is_a_new_stream() -> None:
    held = (StreamView("pottery", "anchor", 30), StreamView("bar work", "client", 10))
    view = PlanView(activities=("pottery", "bar work"), streams=held)
    found = read("I'd love to add an evening pottery class for kids, 3 hrs a week", view, "streams")
    assert [(r.act, r.hours) for r in found] == [("wish", 3)]
    assert "class" in str(found[0].subject)
    same = read("make pottery 25 hours a week", view, "streams")
    assert not [r for r in same if r.act == "wish"]


def test_hours_with_no_period_at_a_word_question_are_how_long_not_a_week() -> None:
    view = PlanView(activities=("choir",))
    said = "keeping 30 singers in tune for 3 hours on a Sunday, so patience"
    hours = [
        r for r in read(said, view, "act:teaches:choir") if r.field == "activity.hours_per_week"
    ]
    assert not [r for r in hours if r.confident]
    weekly = values("3 hours a week of it, and it teaches patience", "act:teaches:choir", view)
    assert weekly.get("activity.hours_per_week", 3) == 3


def test_a_numeric_date_is_iso_when_its_order_is_plain() -> None:
    from agent.interviewer.reading.dates import review_date

    assert review_date("let's review on 28/02/2027") == "2027-02-28"
    assert review_date("11/30/2026 works") == "2026-11-30"
    assert review_date("05/06/2027") == "05/06/2027"  # May or June: kept as said


def test_a_price_said_as_two_numbers_is_hundreds_and_tens_but_a_time_is_not() -> None:
    got = values("we spend rent nine twenty, bills two thirty and groceries maybe three hundred",
                 "buffer")  # fmt: skip
    assert got == {"capacity.monthly_spending": 920 + 230 + 300}
    assert "530" not in normalise("I need to be home by five thirty")


def test_a_denial_with_a_feeling_names_no_skill_and_no_lesson() -> None:
    said = read("tbh none of them at the moment, too exhausted", NONE, "underused")
    assert not [r for r in said if r.act == "fact"]
    view = PlanView(activities=("call centre",))
    assert not [r for r in read("well nothing useful", view, "act:teaches:call centre")
                if r.act == "fact"]  # fmt: skip
    kept = read("none right now, except maybe calligraphy", NONE, "excited")
    assert any(r.field == "skill.excites" for r in kept)


def test_a_figure_of_work_the_message_introduces_is_a_fact_not_a_change() -> None:
    got = sure(
        "cleaner at the leisure centre (£11.80/hr, 20h, they reduced my hours)", "activities"
    )
    revenue = [r for r in got if r.field == "activity.annual_revenue"]
    assert [(r.act, r.value) for r in revenue] == [("fact", round(11.80 * 20 * 52, 2))]
