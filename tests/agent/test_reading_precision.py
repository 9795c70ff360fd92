"""Precision of the reader: where a reading comes from, and readings the evidence leaves
unsure are asked back instead of stored."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read, thin_evidence


def _by_field(message: str, ask: str, view: PlanView | None = None) -> dict[str, Reading]:
    return {str(r.field): r for r in read(message, view or PlanView(), ask) if r.field}


def test_a_reading_names_the_path_that_made_it() -> None:
    found = _by_field("I fix bikes, about 12 hours a week and 8k a year", "activities")
    assert found["activity.annual_revenue"].source.startswith("figures.annual<placing._money")
    assert found["activity.hours_per_week"].source.startswith("placing._hours")
    assert found["activity"].source.startswith("naming.")


def test_the_source_is_no_part_of_what_a_reading_says() -> None:
    made_here = Reading("fact", "context", "general")
    made_elsewhere = Reading("fact", "context", "general", source="somewhere.else")
    assert made_here == made_elsewhere
    assert "source" not in repr(made_here)


HELD = PlanView(activities=("market stall", "bakery shifts", "taxi driving"))


def _sure_and_unsure(message: str, ask: str, view: PlanView | None = None) -> tuple[set, set]:
    readings = [r for r in read(message, view or PlanView(), ask) if r.act == "fact"]
    sure = {(r.field, r.value) for r in readings if r.confident}
    unsure = {(r.field, r.value) for r in readings if not r.confident}
    return sure, unsure


def test_a_name_that_says_something_is_not_yet_is_asked_back() -> None:
    message = "I paint houses, about 30k a year. Commissions haven't picked up yet"
    sure, unsure = _sure_and_unsure(message, "activities")
    assert ("activity", "painting houses") in sure
    assert ("activity", "Commissions haven't picked up yet") in unsure


def test_a_name_read_from_the_price_of_one_unit_is_asked_back_with_its_figure() -> None:
    sure, unsure = _sure_and_unsure("One candle is 12 euro, I make about 20 a week", "activities")
    assert ("activity", "candle") in unsure
    assert not any(field and field.startswith("activity") for field, _ in sure)


def test_hours_said_as_a_total_at_the_limit_question_are_no_one_works_hours() -> None:
    message = "with the bakery shifts maybe 55 hours all together, no more"
    sure, unsure = _sure_and_unsure(message, "capacity", HELD)
    assert ("activity.hours_per_week", 55.0) not in sure
    assert ("activity.hours_per_week", 55.0) in unsure


def test_a_small_amount_with_no_period_beside_shorter_periods_is_no_years_income() -> None:
    message = "every saturday maybe 450 in fares"
    sure, unsure = _sure_and_unsure(message, "act:revenue:taxi driving", HELD)
    assert ("activity.annual_revenue", 450.0) in unsure
    # alone as the answer to the income question, or said as a year's, it is taken as said
    sure, _ = _sure_and_unsure("about 300", "act:revenue:market stall", HELD)
    assert ("activity.annual_revenue", 300.0) in sure
    message = "I make about 600 every year from it, not much"
    sure, _ = _sure_and_unsure(message, "act:revenue:market stall", HELD)
    assert ("activity.annual_revenue", 600.0) in sure


def test_one_past_months_takings_are_no_years_income() -> None:
    message = "last month I took £1,520 at the stall"
    _, unsure = _sure_and_unsure(message, "act:revenue:market stall", HELD)
    assert ("activity.annual_revenue", 1520.0) in unsure


def test_an_amount_with_a_period_said_after_unread_words_is_asked_back() -> None:
    weekly = Reading(
        "fact", "activity.annual_revenue", 3000.0, "eggs", "about 3,000 wobbles a week"
    )
    assert thin_evidence.doubt(weekly, weekly.span, "activities") is not None
    yearly = Reading(
        "fact", "activity.annual_revenue", 38000.0, "nursing", "nursing 36h/wk £38,000 steady"
    )
    assert thin_evidence.doubt(yearly, yearly.span, "activities") is None


def test_money_scaled_by_a_word_of_another_script_is_asked_back() -> None:
    sure, unsure = _sure_and_unsure("about 12 лакх in the bank", "buffer")
    assert ("capacity.cash_buffer", 12.0) in unsure
    assert not sure
    # a word of another script the reader reads as a currency is no doubt
    sure, _ = _sure_and_unsure("2000元 a month", "act:revenue:market stall", HELD)
    assert ("activity.annual_revenue", 24000.0) in sure


def test_a_count_priced_each_at_the_hours_question_is_no_hours() -> None:
    message = "prob 2 a month at about 140, so about 3.3k a year"
    readings = read(message, HELD, "act:hours:market stall")
    hours = [r for r in readings if r.field == "activity.hours_per_week"]
    assert not any(r.confident for r in hours)


def test_hours_said_with_their_word_beside_a_price_stay_hours() -> None:
    sure, _ = _sure_and_unsure("3 hours a week at the stall", "act:hours:market stall", HELD)
    assert ("activity.hours_per_week", 3.0) in sure
