"""Money and hours read as the quantity the person said: figures put right as they are said,
figures per occasion and how often, periods said in other words."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read

NONE = PlanView(capacity=None, activities=(), skills=(), streams=())


def view(*activities: str) -> PlanView:
    return PlanView(capacity=None, activities=activities, skills=(), streams=())


def stored(message: str, ask: str, plan: PlanView = NONE) -> list[tuple[str, object]]:
    """(field, value) of every figure the reader is sure enough to store."""
    return [
        (r.field or "", round(float(r.value), 2) if isinstance(r.value, float) else r.value)
        for r in read(message, plan, ask)
        if r.act in {"fact", "change"} and r.confident and r.field
    ]


def figures(message: str, ask: str, plan: PlanView = NONE) -> list[tuple[str, object, bool]]:
    """(field, value, stored?) of every figure read, stored or asked back."""
    return [
        (r.field or "", round(float(r.value), 2), r.confident)
        for r in read(message, plan, ask)
        if r.field
        and r.field.endswith(("hours_per_week", "annual_revenue", "spending", "buffer"))
        and isinstance(r.value, float)
    ]


@pytest.mark.parametrize(
    ("message", "ask", "field", "value"),
    [
        ("about 9. no actually more like 11 since the new rota", "act:hours:porter work",
         "activity.hours_per_week", 11.0),
        ("waiting tables (30h - no 28, they trimmed the rota) and that's it", "activities",
         "activity.hours_per_week", 28.0),
        ("i could do 30 hours, no sorry 35", "capacity", "capacity.hours_per_week", 35.0),
    ],
)  # fmt: skip
def test_a_figure_put_right_as_it_is_said_gives_way_to_the_new_one(
    message: str, ask: str, field: str, value: float
) -> None:
    plan = view("porter work") if ask.startswith("act:") else NONE
    got = figures(message, ask, plan)
    assert (field, value, True) in got
    assert all(v == value for f, v, _ in got if f == field)


@pytest.mark.parametrize(
    ("message", "ask", "plan"),
    [
        ("the mortgage is 980 and that's not counting food", "spending", NONE),
        ("about 9k in a cash ISA but it's earmarked for the wedding, can't touch it", "buffer",
         NONE),
        ("each show lasts about 3 hours with the get-in", "act:hours:puppet shows",
         view("puppet shows")),
        ("usually 8 to 4 at the depot, most days", "act:hours:depot job", view("depot job")),
        ("reception at the surgery, 8 till 5", "activities", NONE),
        ("bar work, 20 hours but summer only", "act:hours:bar work", view("bar work")),
        ("12-hour nights, 3 on 4 off", "capacity", NONE),
        ("kitchen porter, four days most weeks", "activities", NONE),
    ],
)  # fmt: skip
def test_a_figure_whose_period_or_whole_is_not_said_is_not_recorded(
    message: str, ask: str, plan: PlanView
) -> None:
    assert figures(message, ask, plan) == []


def test_a_total_over_a_time_not_said_is_no_years_income() -> None:
    got = figures(
        "sous chef in Leeds (£2,100 a month). my etsy candles made maybe 300 quid total",
        "activities",
    )
    assert ("activity.annual_revenue", 25200.0, True) in got
    assert all(v != 300.0 for _, v, _ in got)


def test_a_full_time_figure_beside_a_part_time_week_is_not_the_pay() -> None:
    got = figures("librarian 3 days a week, £27,000 pro rata", "activities")
    assert all(f != "activity.annual_revenue" for f, _, _ in got)


def test_a_clock_range_with_its_days_is_a_weeks_hours() -> None:
    got = figures("weekdays are 8 to 4 at the depot", "act:hours:depot job", view("depot job"))
    assert got == [("activity.hours_per_week", 40.0, True)]


@pytest.mark.parametrize(
    ("message", "hours"),
    [
        ("each workshop is a long day, 6 hours, and I run three a month", 4.15),
        ("roughly 30 hours per mural and I paint 4 a year", 2.31),
        ("two festivals a year of about 26 hours each", 1.0),
        ("4 shifts x 9", 36.0),
        ("3-4 nights, 2 hours each", 7.0),
        ("90 minutes on the stall on sunday, plus an hour packing up", 2.5),
    ],
)  # fmt: skip
def test_hours_of_each_time_take_how_often_it_comes(message: str, hours: float) -> None:
    got = figures(message, "act:hours:murals", view("murals"))
    assert got == [("activity.hours_per_week", hours, True)]


def test_hours_of_one_job_are_not_taken_for_each_time_of_the_next() -> None:
    got = figures(
        "office job (35h) and hospice shifts, usually 2 a month, 7 hours each", "activities"
    )
    assert ("activity.hours_per_week", 35.0, True) in got
    assert ("activity.hours_per_week", 3.23, True) in got


def test_hours_said_of_other_work_after_plus_are_not_added() -> None:
    got = figures("6 hrs a month on the board plus my 30 at the council", "capacity")
    assert not [v for f, v, ok in got if ok and v == 31.38]


@pytest.mark.parametrize(
    ("message", "ask", "plan", "expected"),
    [
        ("roughly 900 a fortnight on everything", "spending", NONE,
         ("capacity.monthly_spending", 1950.0, True)),
        ("about 16 a fortnight", "act:hours:ceramics", view("ceramics"),
         ("activity.hours_per_week", 8.0, True)),
        ("tengo R$ 40 mil ahorrados", "buffer", NONE, ("capacity.cash_buffer", 40000.0, True)),
        ("cobro 45 € por aula, umas 10 aulas por mês", "act:revenue:ceramics",
         view("ceramics"), ("activity.annual_revenue", 5400.0, True)),
        ("1.900 € netto pro Monat", "act:revenue:ceramics", view("ceramics"),
         ("activity.annual_revenue", 22800.0, True)),
    ],
)  # fmt: skip
def test_periods_said_in_other_words_or_languages_are_read(
    message: str, ask: str, plan: PlanView, expected: tuple[str, float, bool]
) -> None:
    assert figures(message, ask, plan) == [expected]


def test_pro_rata_is_no_fee_per_item() -> None:
    got = figures("£24,000 pro rata", "act:revenue:ceramics", view("ceramics"))
    assert all(not ok for _, _, ok in got)


@pytest.mark.parametrize(
    ("message", "revenue"),
    [
        ("£70 every saturday", 3640.0),
        ("€45 a class, weekly, but only 30 weeks a year", 1350.0),
        ("they pay per job, 80 each, maybe 3 a week", 12480.0),
    ],
)  # fmt: skip
def test_a_fee_takes_how_often_it_comes_said_in_other_words(message: str, revenue: float) -> None:
    got = figures(message, "act:revenue:ceramics", view("ceramics"))
    assert got == [("activity.annual_revenue", revenue, True)]


def test_hours_named_at_the_pay_question_are_hours() -> None:
    got = figures("£300 a month. oh and the hours are about 5", "act:revenue:ceramics",
                  view("ceramics"))  # fmt: skip
    assert ("activity.hours_per_week", 5.0, True) in got


def test_a_count_of_other_work_does_not_multiply_a_fee() -> None:
    got = figures(
        "organist at the chapel (£60 every sunday) + mixing for 2 bands, £200 per track, weekly",
        "activities",
    )
    assert ("activity.annual_revenue", 3120.0, True) in got


def test_many_nights_with_no_period_are_a_count_not_nights_a_week() -> None:
    got = figures("£95/night, maybe 150 nights booked", "act:revenue:ceramics", view("ceramics"))
    assert all(v < 100_000 for _, v, _ in got)


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("around 50 at harvest, 20 the rest of the year", "act:hours:ceramics"),
        ("3 days last week, 1 the week before, it depends", "act:hours:ceramics"),
        ("in summer 40, in winter maybe 15", "capacity"),
        ("I've sold exactly twice, £30 and £45", "act:revenue:ceramics"),
        ("£25 an hour", "act:revenue:ceramics"),
        ("€35 a lesson", "act:revenue:ceramics"),
    ],
)  # fmt: skip
def test_figures_for_different_times_or_a_fee_alone_are_no_usual_figure(
    message: str, ask: str
) -> None:
    plan = view("ceramics") if ask.startswith("act:") else NONE
    assert figures(message, ask, plan) == []


def test_a_fee_with_how_often_it_comes_is_still_read() -> None:
    got = figures("€35 a lesson, 4 lessons a week", "act:revenue:ceramics", view("ceramics"))
    assert got == [("activity.annual_revenue", 7280.0, True)]


def test_an_ordinal_is_no_figure() -> None:
    got = figures("evening classes for 2nd year nursing students", "act:hours:ceramics",
                  view("ceramics"))  # fmt: skip
    assert got == []


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("on a good week 25, on a bad one hardly any", "capacity"),
        ("busy months I do 12 days, quiet months 3", "act:hours:ceramics"),
        ("6-8 clients at 900 each", "act:hours:ceramics"),
    ],
)  # fmt: skip
def test_one_kind_of_week_or_hours_no_week_holds_are_not_recorded(message: str, ask: str) -> None:
    plan = view("ceramics") if ask.startswith("act:") else NONE
    assert [f for f in figures(message, ask, plan) if f[0].endswith("hours_per_week")] == []


def test_a_count_of_children_before_their_ages_is_no_figure() -> None:
    got = figures("my 3 kids are 6, 9 and 12 so I can do 20 hours", "capacity")
    assert got == [("capacity.hours_per_week", 20.0, True)]


def test_pay_for_a_stretch_of_months_is_no_years_income() -> None:
    got = figures("a 6-month contract at £3,500 a month", "act:revenue:ceramics", view("ceramics"))
    assert got == []


@pytest.mark.parametrize(
    ("message", "ask", "expected"),
    [
        ("it varies, 800-2000", "spending", ("capacity.monthly_spending", 1400.0, True)),
        ("zero. honestly 0", "buffer", ("capacity.cash_buffer", 0.0, True)),
        ("not much saved. mortgage is 1,100 and food and the rest maybe 500", "buffer",
         ("capacity.monthly_spending", 1600.0, True)),
    ],
)  # fmt: skip
def test_spending_and_savings_said_plainly_are_read(
    message: str, ask: str, expected: tuple[str, float, bool]
) -> None:
    assert expected in figures(message, ask)


def test_a_range_of_years_is_still_years() -> None:
    assert figures("I did it from 1998-2004", "act:hours:ceramics", view("ceramics")) == []


def test_the_figure_said_as_told_before_gives_way_to_the_new_one() -> None:
    got = read("I said the blog makes nothing but it's £150 a month now", view("blog"), "done")
    changes = [(r.value, r.confident) for r in got if r.field == "activity.annual_revenue"]
    assert changes == [(1800.0, True)]


def test_an_hourly_rate_takes_the_weeks_hours_said_in_another_sentence() -> None:
    got = figures("£28 an hour. it's 5 hours a week now, not 4", "act:revenue:ceramics",
                  view("ceramics"))  # fmt: skip
    assert ("activity.annual_revenue", 7280.0, True) in got


def test_how_many_times_a_month_at_the_activities_question_is_no_hours() -> None:
    got = figures("Care assistant 30h, £24k. relief shifts maybe 3 a month", "activities")
    assert [f for f in got if f[0] == "activity.hours_per_week"] == [
        ("activity.hours_per_week", 30.0, True)
    ]


@pytest.mark.parametrize(
    ("message", "revenue"),
    [
        ("gardening 20h, £18k; hedge jobs (maybe 2 a month, £120)", 2880.0),
        ("I iron shirts at home, maybe 3 customers a week, 30 pound", 4680.0),
        ("spin instructor at 3 gyms, 4 classes/week, $40 a class", 8320.0),
    ],
)  # fmt: skip
def test_a_fee_beside_how_many_times_a_period_is_each_time(message: str, revenue: float) -> None:
    got = figures(message, "activities")
    assert ("activity.annual_revenue", revenue, True) in got


def test_a_fee_beside_people_and_how_often_still_asks_how_many() -> None:
    got = figures(
        "Receptionist 4 days (£22k), and I teach salsa Friday evenings, 2 classes, £6 a head, "
        "~10 per class",
        "activities",
    )
    assert [v for f, v, ok in got if f == "activity.annual_revenue" and ok] == [22000.0]


def test_a_fee_a_term_times_the_terms_is_a_year() -> None:
    got = figures("the college pays 1.5k a term, 3 terms", "act:revenue:ceramics",
                  view("ceramics"))  # fmt: skip
    assert got == [("activity.annual_revenue", 4500.0, True)]


def test_a_fee_each_times_a_few_a_year_is_the_years_income() -> None:
    got = figures("translating novels, 3 or 4 a year at about 1800 each", "activities")
    assert ("activity.annual_revenue", 6300.0, True) in got


def test_the_usual_amount_beside_a_good_month_is_a_months() -> None:
    got = figures("on a busy month £900, usually nearer 300", "act:revenue:ceramics",
                  view("ceramics"))  # fmt: skip
    assert got == [("activity.annual_revenue", 3600.0, True)]


@pytest.mark.parametrize(
    "message",
    [
        "I charge £40 a month per pupil, and I have 9 pupils",
        "cobro 40 € al mes por alumno, tengo 9 alumnos",
    ],
)
def test_a_months_fee_per_person_times_the_people_is_the_years_income(message: str) -> None:
    got = figures(message, "act:revenue:ceramics", view("ceramics"))
    assert got == [("activity.annual_revenue", 4320.0, True)]


@pytest.mark.parametrize(
    "said",
    ["about 5 hours each time", "3h per recital", "roughly 6 hours a go", "2 hours a lesson"],
)
def test_hours_of_each_time_with_no_word_of_how_often_are_asked_back(said: str) -> None:
    plan = view("Choir leading")
    assert stored(said, "act:hours:Choir leading", plan) == []  # never stored as a week's hours
    assert [f for f, _, sure in figures(said, "act:hours:Choir leading", plan) if not sure] == [
        "activity.hours_per_week"
    ]


def test_hours_a_week_or_a_weekend_are_still_a_week() -> None:
    plan = view("Choir leading")
    assert stored("5 hours a week", "act:hours:Choir leading", plan) == [
        ("activity.hours_per_week", 5.0)
    ]
    assert stored("5 hours a weekend", "act:hours:Choir leading", plan) == [
        ("activity.hours_per_week", 5.0)
    ]
