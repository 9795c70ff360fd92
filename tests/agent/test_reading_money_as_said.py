"""Money said as people say it: a short figure that revises an amount in thousands, numbers
that name things, rates named in words, pay said at the steadiness question, and the savings,
spending and periods of other languages."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.quantities import find_quantities
from tests.support.reading import sure, values


def test_a_revised_figure_keeps_the_thousands_said_before_it() -> None:
    assert values("about 20k put by. actually, closer to 16 since the boiler", "buffer") == {
        "capacity.cash_buffer": 16000.0
    }
    brewing = PlanView(activities=("brewing",))
    revised = values("£55k, no, 48 once the hops went up", "act:revenue:brewing", brewing)
    assert revised == {"activity.annual_revenue": 48000.0}


def test_a_short_figure_said_another_way_stays_what_it_was() -> None:
    money = [q for q in find_quantities("18k saved and 2 kids") if q.kind == "money"]
    assert [q.value for q in money] == [18000.0]
    # two years said: which to plan on is asked, never settled on the later one
    bakes = PlanView(activities=("cakes",))
    said = read("cakes made 14k last year, this year more like 10", bakes, "act:revenue:cakes")
    assert not any(r.confident and r.field == "activity.annual_revenue" for r in said)


def test_gross_and_net_in_one_breath_are_both_thousands() -> None:
    found = find_quantities("55k gross, 41 net")
    assert [(q.kind, q.value) for q in found] == [("money", 55000.0), ("money", 41000.0)]


def test_a_number_with_a_letter_names_a_thing() -> None:
    said = values("£9,000 in my current account and the 2a pot but it's locked", "buffer")
    assert said == {"capacity.cash_buffer": 9000.0}
    assert [q.kind for q in find_quantities("room 12, then flat 4c")] == ["label", "label"]


def test_a_rate_named_in_words_is_money_per_day_or_hour() -> None:
    found = find_quantities("tiler, day rate 240, usually 5 days a week")
    assert [(q.kind, q.period) for q in found if q.value == 240] == [("money", "day")]
    hourly = find_quantities("my hourly rate is 38")
    assert [(q.kind, q.period) for q in hourly] == [("money", "hour")]
    assert values("tiler, day rate 240, usually 5 days a week", "activities") == {
        "activity.annual_revenue": 62400.0
    }


def test_steady_pay_said_at_the_steadiness_question_is_the_income() -> None:
    view = PlanView(activities=("school admin",))
    read_ = sure("very steady, it's a salary of 1,900 a month", "act:volatility:school admin", view)
    assert {(r.field, r.value) for r in read_} == {
        ("activity.annual_revenue", 22800.0),
        ("activity.volatility", "stable"),
    }
    varies = sure("£300 one month, £1,200 the next", "act:volatility:school admin", view)
    assert not any(r.field == "activity.annual_revenue" for r in varies)


def test_ringgit_and_other_languages_savings_and_spending() -> None:
    said = sure("Tabungan RM 8,000. Pengeluaran sebulan RM 2,500", "buffer")
    assert {(r.field, r.value, r.currency) for r in said} == {
        ("capacity.cash_buffer", 8000.0, "MYR"),
        ("capacity.monthly_spending", 2500.0, "MYR"),
    }
    assert values("cirka 300 000 kr om året alt i alt", "spending") == {
        "capacity.monthly_spending": 25000.0
    }


def test_a_plain_dollar_after_a_place_of_another_dollar_names_no_currency() -> None:
    from agent.interviewer.currency import currency_calls, names_other_dollar
    from agent.plan import Plan

    revenue = [{"name": "update_activity", "args": {"name": "Tiling", "annual_revenue": 50000}}]
    assert currency_calls("$50k a year", Plan(), revenue) == [
        {"name": "set_currency", "args": {"code": "USD"}}
    ]
    assert currency_calls("$50k a year", Plan(), revenue, other_dollar=True) == []
    assert currency_calls("I'm in Brisbane, $50k a year", Plan(), revenue) == []
    said = currency_calls("$50k a year, paid in USD", Plan(), revenue, other_dollar=True)
    assert said == [{"name": "set_currency", "args": {"code": "USD"}}]
    assert names_other_dollar("tiler based in Calgary") and not names_other_dollar("in Leeds")


def test_the_conversation_remembers_the_place_before_the_dollars() -> None:
    import datetime as dt

    from tests.support.talking import conversation

    def plan_after(town: str):  # type: ignore[no-untyped-def]
        lines = (f"I'm a tiler in {town}, self-employed", "40", "none", "$9,000 saved, $3k a month")
        return conversation(dt.date(2026, 12, 6), *lines)[0].plan

    in_winnipeg = plan_after("Winnipeg")
    assert in_winnipeg.currency is None  # the amounts are kept, with no dollar guessed
    assert in_winnipeg.capacity is not None and in_winnipeg.capacity.cash_buffer == 9000
    assert plan_after("Denver").currency == "USD"


def test_two_amounts_under_one_period_share_it_and_add_up_for_one_work() -> None:
    found = find_quantities("€420 and €380 a week")
    assert [(q.value, q.period) for q in found] == [(420.0, "week"), (380.0, "week")]
    lodgers = PlanView(activities=("lodgers",))
    said = values("the two rooms bring in £620 and £540 a month", "act:revenue:lodgers", lodgers)
    assert said == {"activity.annual_revenue": 13920.0}
    # two pieces of work, each with its own amount: never added into one
    both = sure("tutoring and cleaning, £300 and £200 a month", "activities")
    assert not any(r.field == "activity.annual_revenue" and r.value == 6000 for r in both)


def test_a_figure_put_right_leaves_the_work_named_before_it_sure() -> None:
    said = sure("bakery counter 16h, 900 zł... sorry, no, 1 100 zł net a month", "activities")
    assert {(r.field, r.value) for r in said} >= {
        ("activity", "bakery counter"),
        ("activity.annual_revenue", 13200.0),
    }
    # words taken back (not a figure) still leave the name in doubt
    chef = read("I'm a chef, no sorry, a sous chef, 45 hours", PlanView(), "activities")
    assert not any(r.field == "activity" and r.value == "chef" and r.confident for r in chef)


def test_a_fee_and_how_often_in_two_sentences_make_a_year() -> None:
    talks = PlanView(activities=("wine tastings",))
    said = values(
        "€45 a tasting, always has been! Maybe ten a year.", "act:revenue:wine tastings", talks
    )
    assert said == {"activity.annual_revenue": 450.0}
    # the year limited to a season, or the weeks said: left to the sentence's own reading
    season = values("£95 a day. 5 days a week in summer.", "act:revenue:wine tastings", talks)
    assert season.get("activity.annual_revenue") != 95 * 5 * 52
    weeks = values("€40 a session - 6 a week, 48 weeks a year", "act:revenue:wine tastings", talks)
    assert weeks.get("activity.annual_revenue") != 40 * 6 * 52


def test_nothing_said_first_at_the_income_question_is_no_income() -> None:
    choir = PlanView(activities=("choir",))
    for said in ["nowt really, I do it for the craic", "zero. it's my hobby", "nothing"]:
        assert values(said, "act:revenue:choir", choir) == {"activity.annual_revenue": 0.0}, said
    assert values("nothing else to add", "act:revenue:choir", choir) == {}
    assert values("nothing, it's a labour of love", "excited", choir) == {}


def test_an_hourly_rate_after_then_i_is_not_multiplied_by_the_work_before() -> None:
    said = sure(
        "dog grooming, about 30 hours a week and around £25k, then I help at a vet reception, "
        "one day a week at £11 an hour",
        "activities",
    )
    assert not any(r.field == "activity.annual_revenue" and r.value == 11 * 30 * 52 for r in said)
    assert ("activity.annual_revenue", 25000.0) in {(r.field, r.value) for r in said}
