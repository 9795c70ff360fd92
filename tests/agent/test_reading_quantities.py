"""Typed quantities and figures in the reading layer: each form, and the near misses."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.numbers import spell_out_words, to_number
from agent.interviewer.reading.quantities import find_quantities

TWO = PlanView(capacity=45, activities=("Teaching", "Consulting"))


def kinds(text: str) -> list[tuple[str, float, str]]:
    return [(q.kind, round(q.value, 2), q.period) for q in find_quantities(normalise(text))]


def facts(message: str, ask: str, view: PlanView = TWO) -> dict[tuple[str, str | None], object]:
    return {(r.field or "", r.subject): r.value for r in read(message, view, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


@pytest.mark.parametrize(
    ("written", "value"),
    [("48,000", 48000), ("48.000", 48000), ("3,5", 3.5), ("1.2", 1.2), ("1.200,50", 1200.5),
     ("2,500", 2500), ("37.5", 37.5)],
)  # fmt: skip
def test_written_numbers_in_uk_us_and_eu_formats(written: str, value: float) -> None:
    assert to_number(written) == value


@pytest.mark.parametrize(
    ("words", "digits"),
    [("thirty-seven and a half", "37.5"), ("three and a half thousand a month", "3.5k a month"),
     ("forty-five thousand", "45k"), ("twelve hundred pounds", "1200 pounds"),
     ("a few hours", "a few hours"), ("one of them", "one of them"),
     ("one day a week", "1 day a week")],
)  # fmt: skip
def test_number_words_become_digits_and_vague_words_stay(words: str, digits: str) -> None:
    assert spell_out_words(words) == digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [("$52,500", [("money", 52500, "")]), ("€3.500", [("money", 3500, "")]),
     ("3,5k € a month", [("money", 3500, "month")]), ("£1.2k/month", [("money", 1200, "month")]),
     ("45 grand", [("money", 45000, "")]),
     ("£50 a lesson, two a week", [("money", 50, "lesson"), ("bare", 2, "week")]),
     ("10-15 hours", [("hours", 12.5, "week")]), ("160 hours a month", [("hours", 36.92, "week")]),
     ("6 hrs a day", [("hours", 6, "day")]), ("I have 3 months of savings", [("months", 3, "")]),
     ("I'm 47", [("age", 47, "")]), ("since 2019", [("year", 2019, "")]),
     ("two kids", [("count", 2, "")]), ("12 years", [("duration", 12, "")])],
)  # fmt: skip
def test_quantities_are_typed_with_unit_and_period(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


def test_money_keeps_its_currency() -> None:
    found = find_quantities(normalise("£12,500 and $3,200 and 3,5k €"))
    assert [q.currency for q in found] == ["GBP", "USD", "EUR"]


def test_an_age_is_never_hours() -> None:
    assert facts("I'm 52 so not more than 35 hours", "capacity") == {
        ("capacity.hours_per_week", None): 35.0
    }
    assert facts("my son is 4 so I have 25 hours", "capacity") == {
        ("capacity.hours_per_week", None): 25.0
    }


def test_a_year_is_never_money() -> None:
    assert facts("since 2019 I've done about 50 a week", "capacity") == {
        ("capacity.hours_per_week", None): 50.0
    }


def test_a_fee_per_item_is_not_yearly_without_how_often() -> None:
    alone = read("£50 a lesson", TWO, "act:revenue:Teaching")
    assert [r.confident for r in alone if r.field] == []  # a fee alone is no year's income
    with_rate = facts("£50 a lesson, two a week", "act:revenue:Teaching")
    assert with_rate == {("activity.annual_revenue", "Teaching"): 5200.0}


def test_per_hour_and_per_day_rates_need_their_volume() -> None:
    hourly = facts("I charge 35 an hour and teach about 6 hours a week", "act:revenue:Teaching")
    assert hourly[("activity.annual_revenue", "Teaching")] == 35 * 6 * 52
    daily = facts("£450 a day, roughly 4 days a month", "act:revenue:Consulting")
    assert daily == {("activity.annual_revenue", "Consulting"): 450 * 4 * 12}


def test_a_vague_quantity_is_no_fact_and_never_zero() -> None:
    assert read("a few hours on top of my job", PlanView(), "capacity")[0].act == "nothing"
    assert read("some money, not much", PlanView(capacity=40), "buffer")[0].act == "nothing"


def test_unpaid_is_zero_revenue() -> None:
    assert facts("nothing yet, it's a labour of love", "act:revenue:Teaching") == {
        ("activity.annual_revenue", "Teaching"): 0.0
    }


def test_months_of_savings_are_months_not_money() -> None:
    assert facts("I have 3 months of savings", "capacity", PlanView()) == {
        ("capacity.buffer_months", None): 3.0
    }


def test_periods_convert_to_the_fields_unit() -> None:
    assert facts("36k a year all in", "spending") == {("capacity.monthly_spending", None): 3000}
    assert facts("8 a day", "capacity", PlanView()) == {("capacity.hours_per_week", None): 40.0}
    assert facts("3k a month", "act:revenue:Consulting") == {
        ("activity.annual_revenue", "Consulting"): 36000.0
    }


def test_a_range_reads_as_its_midpoint_with_a_note() -> None:
    (reading,) = read("10-15 hours", TWO, "act:hours:Consulting")
    assert reading.value == 12.5 and "midpoint" in reading.note


def test_the_open_question_sets_a_bare_numbers_field() -> None:
    assert facts("45", "capacity", PlanView()) == {("capacity.hours_per_week", None): 45.0}
    assert facts("38k", "act:revenue:Consulting") == {
        ("activity.annual_revenue", "Consulting"): 38000.0
    }


def test_a_bare_number_with_no_field_is_asked_back() -> None:
    readings = read("12", TWO, "skills")
    assert not any(r.confident and r.act == "fact" and isinstance(r.value, float) for r in readings)


def test_numbers_attach_to_the_activity_named_not_the_question() -> None:
    story = (
        "I'm a nurse, 36 hours at the hospital for 38k, agency shifts about 8 hours, 10k a year, "
        "I could do 48 in total"
    )
    got = facts(story, "capacity", PlanView())
    assert got[("activity.hours_per_week", "hospital")] == 36
    assert got[("activity.annual_revenue", "hospital")] == 38000
    assert got[("activity.annual_revenue", "agency shifts")] == 10000
    assert got[("capacity.hours_per_week", None)] == 48
    assert ("capacity.cash_buffer", None) not in got


def test_a_clock_range_is_hours_a_day_not_a_range_of_numbers() -> None:
    assert kinds("9 to 3") == [("hours", 6, "day")]
    assert kinds("10 to 15 hours") == [("hours", 12.5, "week")]
    got = facts("every Saturday, 9 to 5", "act:hours:Teaching")
    assert got == {("activity.hours_per_week", "Teaching"): 8.0}


def test_a_job_said_to_be_nine_to_five_gives_no_capacity() -> None:
    readings = read("big corporate bank, middle management, 9 to 5", PlanView(), "context")
    assert not [r for r in readings if r.field == "capacity.hours_per_week"]


def test_rates_take_their_frequency_in_either_order() -> None:
    assert facts("2 days a month at £650/day", "act:revenue:Consulting") == {
        ("activity.annual_revenue", "Consulting"): 650 * 2 * 12
    }
    assert facts("85 patrons x £4 a month", "act:revenue:Consulting") == {
        ("activity.annual_revenue", "Consulting"): 85 * 4 * 12
    }
    assert facts("3 shifts a week, 8 hrs each", "act:hours:Teaching") == {
        ("activity.hours_per_week", "Teaching"): 24.0
    }


def test_several_figures_for_one_field_are_settled() -> None:
    total = facts("rent is 1,100 and bills maybe 600, so 1,700 a month", "spending")
    assert total == {("capacity.monthly_spending", None): 1700.0}
    parts = facts("20k in ISAs and about 3k in my current account", "buffer", PlanView(capacity=40))
    assert parts == {("capacity.cash_buffer", None): 23000.0}
    wanted = facts("I'm at 55 right now and it's killing me. I want 45.", "capacity", PlanView())
    assert wanted == {("capacity.hours_per_week", None): 45.0}
    past = facts("40ish hours a week, but I was doing 60 back in 2020", "capacity", PlanView())
    assert past == {("capacity.hours_per_week", None): 40.0}


def test_hours_a_day_on_weekdays_are_five_days() -> None:
    got = facts("during the day maybe 6 hours, Monday to Friday", "capacity", PlanView())
    assert got == {("capacity.hours_per_week", None): 30.0}


def test_hours_on_top_are_not_the_capacity() -> None:
    (reading,) = read("about 10 spare hours", PlanView(), "capacity")
    assert reading.field == "capacity.hours_per_week" and not reading.confident


def test_savings_that_last_a_year_are_twelve_months() -> None:
    got = facts("Around 30k saved, enough for a year", "buffer", PlanView(capacity=40))
    assert got == {("capacity.cash_buffer", None): 30000.0, ("capacity.buffer_months", None): 12}


def test_a_junk_phrase_is_never_an_activity() -> None:
    for message in ("In my country we work 40 hours normally", "id say 30 hrs a wk",
                    "i dont really have savings, maybe 500 quid"):  # fmt: skip
        readings = read(message, PlanView(capacity=40), "capacity")
        assert not [r for r in readings if r.field == "activity"], message


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0.8 contract so about 30 hrs/wk", [("vague", 0, ""), ("hours", 30, "week")]),
     ("on a .6 post", [("vague", 0, "")]),
     ("I earn 0.8 per word", [("bare", 0.8, "")]),
     ("it makes 0,50 a copy", [("bare", 0.5, "")]),
     ("earns 0 so far", [("zero", 0, "")])],
)  # fmt: skip
def test_a_contract_fraction_is_no_figure_and_a_fee_under_one_is_not_zero(
    text: str, expected: list[tuple]
) -> None:
    assert kinds(text) == expected


def test_a_job_on_a_contract_fraction_keeps_its_hours_and_pay() -> None:
    said = "im a secondary school teacher, 0.8 contract so about 30 hrs/wk for £34,500"
    got = facts(said, "context", PlanView())
    assert got[("activity.hours_per_week", "secondary school teacher")] == 30
    assert got[("activity.annual_revenue", "secondary school teacher")] == 34500
    assert ("capacity.hours_per_week", None) not in got


def test_minutes_are_hours_and_a_class_length_pairs_with_how_often() -> None:
    assert kinds("45 mins")[0][:2] == ("hours", 0.75)
    found = facts("each session is 45 mins, 4 a week", "act:hours:Teaching")
    assert found == {("activity.hours_per_week", "Teaching"): 3.0}


def test_how_long_one_takes_without_how_often_is_asked_back() -> None:
    readings = read("shows are usually 3 hours with the get-in", TWO, "act:hours:Teaching")
    assert readings and all(not r.confident for r in readings if r.field)


def test_clock_hours_on_most_days_or_in_one_season_are_asked_back() -> None:
    for message in ("evenings 7-9, most days", "30 hours, summer only"):
        readings = read(message, TWO, "act:hours:Teaching")
        assert all(not r.confident for r in readings if r.field), message


def test_minutes_in_brackets_describe_an_item_and_are_no_hours() -> None:
    assert not [k for k in kinds("€20 per lesson (50 min)") if k[0] == "hours"]


def test_hours_beside_a_job_at_the_context_question_are_no_sure_capacity() -> None:
    for message in ("public sector, I'm a librarian at the county library, 30h",
                    "public sector - I'm a clerk at the district council, 30h"):  # fmt: skip
        readings = read(message, PlanView(), "context")
        assert not [r for r in readings if r.field == "capacity.hours_per_week" and r.confident]


def test_a_clock_range_with_no_days_said_is_no_weeks_hours() -> None:
    readings = read("payroll clerk at a school, 8 to 4, 26k", PlanView(), "activities")
    assert not [r for r in readings if r.field == "activity.hours_per_week"]
    found = facts("8 to 4 Monday to Friday", "act:hours:Teaching")
    assert found == {("activity.hours_per_week", "Teaching"): 40.0}


def test_an_iso_date_is_no_clock_range() -> None:
    assert not [k for k in kinds("2026-03-01 works") if k[0] == "hours"]


def test_hours_for_parts_of_the_work_add_up() -> None:
    found = facts("about 3h writing and 2h editing each week", "act:hours:Teaching")
    assert found == {("activity.hours_per_week", "Teaching"): 5.0}


def test_a_number_before_tops_or_plus_tips_is_no_count() -> None:
    assert kinds("45 tops")[0][0] == "bare"
    assert kinds("thirty grand plus tips")[0][:2] == ("money", 30000)
    assert kinds("12 LPA")[0][:3] == ("money", 1200000, "year")


def test_the_hours_really_done_beat_the_hours_on_paper() -> None:
    found = facts("36 contracted but I do more like 40-42", "act:hours:Teaching")
    assert found == {("activity.hours_per_week", "Teaching"): 41.0}


def test_money_named_by_what_it_is_is_no_count_of_things() -> None:
    assert kinds("4k savings")[0][:2] == ("money", 4000)
    assert kinds("3k earnings last month")[0][:2] == ("money", 3000)
    found = [(r.field, r.value) for r in read("4k savings, 1.2k/month", PlanView(), "buffer")]
    assert found == [("capacity.cash_buffer", 4000.0), ("capacity.monthly_spending", 1200.0)]
    assert kinds("3 kids")[0][:2] == ("count", 3)  # things are still counted


@pytest.mark.parametrize("ask", ["constraints", "capacity", "context"])
def test_savings_and_a_monthly_amount_said_early_are_savings_and_spending(ask: str) -> None:
    found = [(r.field, r.value) for r in read("5k savings, 2.1k/month", PlanView(), ask)]
    assert found == [("capacity.cash_buffer", 5000.0), ("capacity.monthly_spending", 2100.0)]


def test_money_in_the_wording_of_a_limit_stays_the_limit() -> None:
    found = read("benefits rules mean I can't earn over £160 a week", PlanView(), "constraints")
    assert [r.field for r in found if r.act == "fact"] == ["capacity.constraints"]
