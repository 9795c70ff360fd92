"""Faults seen when people tried the interviewer, each a general cause: two verbs of work in one
sentence, counted work, period words typed with a slip, run-together lists, an energy word at
the lesson question, and a manner word trailing a name."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

LIST = PlanView(capacity=45)


def confident(message: str, ask: str, view: PlanView = LIST) -> set[tuple[str, str | None, object]]:
    return {(r.field or "", r.subject, r.value) for r in read(message, view, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


def names(message: str, ask: str = "activities") -> list[str]:
    return [str(r.value) for r in read(message, LIST, ask)
            if r.act == "fact" and r.field == "activity" and r.confident]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "expected"),
    [("I work at the library and tutor maths", ["library", "tutoring maths"]),
     ("I clean for the hospital and run a market stall", ["cleaning for the hospital",
                                                           "market stall"]),
     ("i work for a charity and sell candles online", ["charity", "selling candles"])],
)  # fmt: skip
def test_two_verbs_of_work_joined_by_and_name_two_activities(
    message: str, expected: list[str]
) -> None:
    assert names(message) == expected


def test_a_verb_going_on_with_the_same_work_names_one_activity() -> None:
    assert names("I import shea butter and sell to salons") == ["import shea butter"]


@pytest.mark.parametrize(
    ("message", "ask"),
    [("i need around 2100 a mnth", "capacity"), ("we need roughly 2.1k a month", "context"),
     ("i need 2100 per month to get by", "activities"), ("need about 2100 a month tbh", "buffer"),
     ("i've 9k saved and need 2100 a month", "buffer")],
)  # fmt: skip
def test_money_needed_a_month_is_monthly_spending_at_any_question(message: str, ask: str) -> None:
    got = confident(message, ask)
    assert ("capacity.monthly_spending", None, 2100.0) in got
    assert all(value != 2100.0 for field, _, value in got if field != "capacity.monthly_spending")


@pytest.mark.parametrize(
    ("message", "revenue"),
    [("lessons 4h, 7k anually", 7000.0), ("lessons 4h, 7k per anum", 7000.0),
     ("lessons 4h, 300 a mnth", 3600.0), ("lessons 4h, £300 mnthly", 3600.0)],
)  # fmt: skip
def test_period_words_typed_with_a_slip_keep_their_period(message: str, revenue: float) -> None:
    got = confident(message, "activities")
    assert ("activity.annual_revenue", "lessons", revenue) in got
    assert ("activity.hours_per_week", "lessons", 4.0) in got


def test_a_count_a_year_after_hours_is_no_pay() -> None:
    view = PlanView(activities=("retreats",))
    got = confident("each one is 20 hours, 3 or 4 a year", "act:hours:retreats", view)
    assert not any(field == "activity.annual_revenue" for field, _, _ in got)


def test_counted_work_opening_a_list_item_names_the_activity_and_takes_the_total() -> None:
    message = "bar work 16h, £9k; three trustee roles, which together pay £4,500"
    got = confident(message, "activities")
    assert ("activity", None, "trustee roles") in got
    assert ("activity.annual_revenue", "trustee roles", 4500.0) in got
    assert not any(subject == "bar work" and value in {3.0, 4500.0} for _, subject, value in got)


def test_a_couple_of_counted_work_names_it() -> None:
    got = confident("a couple of retainers that together bring in 7k a year", "activities")
    assert got == {
        ("activity", None, "retainers"),
        ("activity.annual_revenue", "retainers", 7000.0),
    }


@pytest.mark.parametrize(
    "message",
    ["tutoring; 25 students at £20 each a week", "pottery. 3 commissions last month, £200 each"],
)
def test_people_served_or_units_sold_are_no_activity(message: str) -> None:
    assert names(message) == [message.split(";")[0].split(".")[0]]


def test_a_list_typed_without_separators_splits_at_each_new_name_after_a_figure() -> None:
    got = confident("cafe 25h 14k dog walking 8h £3k", "activities")
    assert got == {
        ("activity", None, "cafe"), ("activity.hours_per_week", "cafe", 25.0),
        ("activity.annual_revenue", "cafe", 14000.0), ("activity", None, "dog walking"),
        ("activity.hours_per_week", "dog walking", 8.0),
        ("activity.annual_revenue", "dog walking", 3000.0),
    }  # fmt: skip


@pytest.mark.parametrize(
    "message",
    ["cafe 25h a week 14k", "cafe 25h 14k net", "patreon 60 patrons x £5 a month"],
)
def test_details_or_counts_after_a_figure_start_no_new_item(message: str) -> None:
    assert len(names(message)) == 1


@pytest.mark.parametrize(
    ("message", "label"),
    [("it's neutral", "neutral"), ("neutral", "neutral"), ("fairly neutral i guess", "neutral"),
     ("draining i suppose", "draining")],
)  # fmt: skip
def test_an_energy_word_at_the_lesson_question_is_the_energy(message: str, label: str) -> None:
    view = PlanView(activities=("bookkeeping",))
    assert confident(message, "act:teaches:bookkeeping", view) == {
        ("activity.energy", "bookkeeping", label)
    }


def test_a_lesson_holding_the_word_neutral_stays_a_lesson() -> None:
    view = PlanView(activities=("mediation",))
    got = confident("staying neutral when people argue", "act:teaches:mediation", view)
    assert {field for field, _, _ in got} == {"activity.teaches"}


@pytest.mark.parametrize(
    ("message", "name"),
    [("Reflexology sessions privately, 5h a week", "reflexology sessions"),
     ("mentoring online 3h", "mentoring"), ("gardening cash in hand 6h", "gardening"),
     ("ironing for cash 4h", "ironing")],
)  # fmt: skip
def test_a_manner_word_trailing_a_name_is_left_out(message: str, name: str) -> None:
    assert [n.casefold() for n in names(message)] == [name]


def test_a_manner_word_that_tells_two_activities_apart_is_kept() -> None:
    assert names("mentoring 3h 2k; mentoring online 2h 1k") == ["mentoring", "mentoring online"]


def constraints(message: str) -> list[str]:
    return [str(r.value) for r in read(message, LIST, "constraints")
            if r.field == "capacity.constraints" and r.confident]  # fmt: skip


@pytest.mark.parametrize(
    ("message", "limit"),
    [("my wrists. I can't type more than 3 hours a day", "more than 3 hours"),
     ("no early starts. I was on 6am shifts for years and I'm over it", "no early starts"),
     ("I'm 30 weeks pregnant. off from june", "off from june"),
     # a cause, a dash, then the limit it brings: one limit with its reason
     ("bad hip - I need a day off between shifts", "day off between shifts")],
)  # fmt: skip
def test_a_reason_said_as_a_sentence_of_its_own_is_part_of_the_limit(
    message: str, limit: str
) -> None:
    said = constraints(message)
    assert len(said) == 1 and limit in said[0].casefold()


@pytest.mark.parametrize(
    "message", ["asthma, and I don't work sundays", "the ME, and I'm off on mondays"]
)
def test_a_reason_joined_to_a_limit_in_one_sentence_stays_a_constraint_of_its_own(
    message: str,
) -> None:
    assert len(constraints(message)) == 2


def test_reasons_with_no_limit_beside_them_stay_apart() -> None:
    assert len(constraints("childcare. my back")) == 2


@pytest.mark.parametrize(
    "message",
    ["I run craft workshops for primary schools and libraries, £150 a session, about 2 a month",
     "I give wine tastings to hotel guests and societies, £90 a tasting, 3 a month"],
)  # fmt: skip
def test_and_inside_a_phrase_after_a_preposition_joins_no_two_items(message: str) -> None:
    got = names(message)
    assert len(got) == 1
    revenue = [r for r in read(message, LIST, "activities") if r.field == "activity.annual_revenue"]
    assert [r.subject for r in revenue] == got


def test_a_fee_per_item_times_a_count_per_weekend_is_weekly() -> None:
    got = confident("I umpire cricket at weekends, £45 a match, 2 matches a weekend", "activities")
    revenue = {value for field, _, value in got if field == "activity.annual_revenue"}
    assert revenue == {4680.0}


def test_how_work_is_paid_said_alone_is_the_named_work_s_pay_not_a_name() -> None:
    message = "bus driver 39h 30k. Plus I run a chess club at the library, voluntary."
    got = confident(message, "activities")
    assert names(message) == ["bus driver", "chess club at the library"]
    assert ("activity.annual_revenue", "chess club at the library", 0.0) in got


@pytest.mark.parametrize(
    ("message", "hours"),
    [("around 10, occasionally 14", 10.0), ("6 usually, 9 at a push", 6.0)],
)
def test_a_figure_said_as_the_exception_gives_way_to_the_usual_one(
    message: str, hours: float
) -> None:
    view = PlanView(activities=("cleaning",))
    assert confident(message, "act:hours:cleaning", view) == {
        ("activity.hours_per_week", "cleaning", hours)
    }


def test_a_figure_followed_by_with_and_a_plural_is_no_count() -> None:
    view = PlanView(activities=("ward job",))
    got = confident("36 officially but really 40 with handovers", "act:hours:ward job", view)
    assert got == {("activity.hours_per_week", "ward job", 40.0)}


def test_a_spaced_slash_after_a_figure_starts_new_work() -> None:
    got = confident("Porter 37h 24k / Deliveroo evenings maybe 8 hrs, 150 a week", "activities")
    assert got == {
        ("activity", None, "Porter"), ("activity.hours_per_week", "Porter", 37.0),
        ("activity.annual_revenue", "Porter", 24000.0), ("activity", None, "Deliveroo"),
        ("activity.hours_per_week", "Deliveroo", 8.0),
        ("activity.annual_revenue", "Deliveroo", 7800.0),
    }  # fmt: skip


def test_a_slash_straight_after_a_fee_is_still_per_item() -> None:
    got = confident("face painting, £5/kid, about 40 kids a month", "activities")
    assert ("activity.annual_revenue", "face painting", 2400.0) in got


@pytest.mark.parametrize(
    ("message", "hours"),
    [("2.5h sessions twice a week", 5.0), ("every other sunday, 6 hours", 3.0),
     ("6 hours, once a week", 6.0)],
)  # fmt: skip
def test_hours_beside_how_often_the_work_comes_are_the_hours_of_each_time(
    message: str, hours: float
) -> None:
    view = PlanView(activities=("markets",))
    assert confident(message, "act:hours:markets", view) == {
        ("activity.hours_per_week", "markets", hours)
    }


def test_one_frequency_serves_both_the_fee_and_the_hours_of_each_time() -> None:
    message = "pottery classes, once a month, 3 hours each, £90 a time"
    got = confident(message, "activities")
    assert ("activity.annual_revenue", "pottery classes", 1080.0) in got
    assert ("activity.hours_per_week", "pottery classes", 0.69) in got


def test_an_emoji_between_two_clauses_ends_the_first() -> None:
    got = confident("honestly I already do 55 😅 would love to get it down to 45", "capacity")
    assert got == {("capacity.hours_per_week", None, 45.0)}


def test_an_emoji_before_a_word_of_waiting_names_nothing() -> None:
    assert names("sorry my dog just knocked my tea over 😅 one sec") == []


def test_a_sentence_taken_back_gives_no_skill() -> None:
    got = confident("knitting lol 🙃 nah seriously, the data side", "excited")
    assert ("skill.excites", None, "knitting") not in got
