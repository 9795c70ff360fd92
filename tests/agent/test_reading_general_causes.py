"""General causes behind misread messages: shift patterns, answers about two activities in one
message, mixed feelings, constraints said early, work named by a verb phrase."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.quantities import find_quantities


def hours_said(text: str) -> list[float]:
    return [round(q.value, 2) for q in find_quantities(normalise(text)) if q.kind == "hours"]


@pytest.mark.parametrize(
    ("text", "hours"),
    [("I work 4x10s at the depot", [40.0]), ("2 x 9h shifts a week", [18.0]),
     ("four 6 hour sessions", [24.0]), ("two 10-hour nights a fortnight", [10.0]),
     ("3 x 8 hour days", [24.0])],
)  # fmt: skip
def test_a_count_of_shifts_and_their_length_are_hours_a_week(text: str, hours: list[float]) -> None:
    assert hours_said(text) == hours


@pytest.mark.parametrize("text", ["3 shifts a week", "12s are long", "I did 4x"])
def test_a_count_or_a_length_alone_is_no_shift_pattern(text: str) -> None:
    assert not any(q.note.startswith(("3 x", "4 x")) for q in find_quantities(normalise(text)))


def confident(message: str, ask: str, view: PlanView) -> set[tuple[str, str | None, object]]:
    return {(r.field or "", r.subject, r.value) for r in read(message, view, ask)
            if r.act in {"fact", "change"} and r.confident}  # fmt: skip


def test_a_shift_pattern_is_the_asked_activity_s_weekly_hours() -> None:
    view = PlanView(activities=("Paramedic", "Tutoring"))
    got = confident("I do 4x10s", "act:hours:Paramedic", view)
    assert ("activity.hours_per_week", "Paramedic", 40.0) in got


def test_each_activity_named_by_a_short_word_or_head_noun_takes_its_own_label() -> None:
    view = PlanView(capacity=45, activities=("van driver", "yoga classes"))
    got = confident("the van work is steady, yoga is hit and miss", "activities", view)
    assert got == {
        ("activity.volatility", "van driver", "stable"),
        ("activity.volatility", "yoga classes", "variable"),
    }


def test_a_fixed_pair_joined_by_and_is_one_phrase_in_a_list_answer() -> None:
    view = PlanView(capacity=45, activities=("locum shifts", "pottery sales"))
    got = confident("pottery is up and down, locum shifts are steady", "activities", view)
    assert ("activity.volatility", "pottery sales", "variable") in got
    assert ("activity.volatility", "locum shifts", "stable") in got


@pytest.mark.parametrize(
    ("message", "label"),
    [("it wears me out now and then, but overall it lifts me", "energising"),
     ("on the whole it drains me, though a good week is fun", "draining")],
)  # fmt: skip
def test_a_mixed_answer_is_read_on_the_side_said_to_hold_most(message: str, label: str) -> None:
    view = PlanView(capacity=45, activities=("choir", "bookkeeping"))
    assert confident(message, "act:energy:choir", view) == {("activity.energy", "choir", label)}


def test_a_weighed_label_and_a_second_activity_s_label_in_one_answer() -> None:
    view = PlanView(capacity=45, activities=("choir", "bookkeeping"))
    got = confident(
        "choir tires me at times but mainly it's energising. bookkeeping is draining",
        "act:energy:choir",
        view,
    )
    assert got == {
        ("activity.energy", "choir", "energising"),
        ("activity.energy", "bookkeeping", "draining"),
    }


def test_a_mixed_steadiness_takes_the_side_that_holds() -> None:
    view = PlanView(capacity=45, activities=("choir", "bookkeeping"))
    got = confident("august is dead, but generally steady", "act:volatility:bookkeeping", view)
    assert got == {("activity.volatility", "bookkeeping", "stable")}


TWO_JOBS = PlanView(capacity=40, activities=("dog walking", "web design"))


@pytest.mark.parametrize(
    "message",
    ["dogs – patience, mostly. web stuff – keeping up with CSS",
     "walking: patience. design: keeping up with CSS",
     "the walking teaches me patience, design teaches me keeping up with CSS"],
)  # fmt: skip
def test_what_each_named_activity_teaches_goes_to_it(message: str) -> None:
    got = confident(message, "act:teaches:dog walking", TWO_JOBS)
    assert {(f, s) for f, s, _ in got} == {
        ("activity.teaches", "dog walking"),
        ("activity.teaches", "web design"),
    }
    assert ("activity.teaches", "web design", "keeping up with CSS") in got


def test_lessons_named_for_two_activities_at_an_hours_question_are_no_hours() -> None:
    got = confident(
        "walking teaches me patience, design teaches me typography", "act:hours:web design",
        TWO_JOBS,
    )  # fmt: skip
    assert got == {
        ("activity.teaches", "dog walking", "patience"),
        ("activity.teaches", "web design", "typography"),
    }


def test_an_answer_naming_one_activity_stays_with_the_asked_one() -> None:
    got = confident("patience, and design too", "act:teaches:dog walking", TWO_JOBS)
    assert {s for _, s, _ in got} == {"dog walking"}


@pytest.mark.parametrize("ask", ["context", "buffer", "spending"])
def test_a_limit_said_before_its_question_is_a_constraint(ask: str) -> None:
    view = PlanView(capacity=40, activities=("bookkeeping",))
    got = confident("nursery drop-off first thing, 3pm pickup", ask, view)
    assert {f for f, _, _ in got} == {"capacity.constraints"}


def test_a_limit_beside_the_setting_is_its_own_constraint() -> None:
    got = confident("government, but I can't work weekends", "context", PlanView())
    assert ("context", None, "government") in got
    assert any(f == "capacity.constraints" and "weekends" in str(v) for f, _, v in got)


@pytest.mark.parametrize(
    "message", ["I pick up extra shifts when I can", "I drop off parcels for a courier"]
)
def test_picking_up_work_is_no_limit(message: str) -> None:
    got = confident(message, "context", PlanView())
    assert not any(f == "capacity.constraints" for f, _, _ in got)


def test_an_opening_story_names_work_by_its_role_and_each_clause_keeps_its_own_money() -> None:
    got = confident(
        "hiya. i drive a taxi 30h a week, around £22k. saturdays I do face painting stuff, "
        "perhaps 3 parties a month at £120",
        "context",
        PlanView(),
    )
    taxi = next(v for f, _, v in got if f == "activity" and "taxi" in str(v))
    painting = next(v for f, _, v in got if f == "activity" and "painting" in str(v))
    assert "driver" in str(taxi)
    assert ("activity.hours_per_week", taxi, 30.0) in got
    assert ("activity.annual_revenue", taxi, 22000.0) in got
    assert ("activity.annual_revenue", painting, 120 * 3 * 12) in got


def test_a_hedged_count_and_fee_belong_to_the_work_named_before_them() -> None:
    got = confident("I do some dog grooming, maybe 4 dogs a week at £30", "context", PlanView())
    assert ("activity.annual_revenue", "dog grooming", 30 * 4 * 52) in got


@pytest.mark.parametrize(
    "message", ["sorry, back now. nothing else really", "that's all", "none besides that"]
)
def test_no_more_limits_than_before_is_no_constraint(message: str) -> None:
    got = confident(message, "constraints", PlanView(capacity=40))
    assert not any(f == "capacity.constraints" for f, _, _ in got)


def test_a_fee_beside_the_year_it_adds_up_to_leaves_the_year() -> None:
    view = PlanView(capacity=40, activities=("locum work",))
    got = confident("roughly €400 a day so about 9k a year", "act:revenue:locum work", view)
    assert got == {("activity.annual_revenue", "locum work", 9000.0)}


def test_a_fee_and_a_smaller_count_stay_asked_back() -> None:
    view = PlanView(capacity=40, activities=("locum work",))
    got = confident("€400 a day, I told you. maybe ten a year", "act:revenue:locum work", view)
    assert ("activity.annual_revenue", "locum work", 10.0) not in got


def test_more_work_said_with_also_at_the_setting_question_is_an_activity() -> None:
    message = "Dentist at a practice in Leeds. I also write quiz questions for a magazine."
    got = confident(message, "activities", PlanView())
    assert any(f == "activity" and "quiz questions" in str(v) for f, _, v in got)
    # at the setting question it is read too: said plainly, as the person's own work now
    named = [r for r in read(message, PlanView(), "context") if r.field == "activity"]
    assert any("quiz questions" in str(r.value) and r.confident for r in named)


def test_work_said_without_also_beside_a_job_is_asked_back() -> None:
    readings = read(
        "Retired nurse, 64. I invigilate exams at the college in June.", PlanView(), "context"
    )
    named = [r for r in readings if r.field == "activity" and "exams" in str(r.value)]
    assert named and not any(r.confident for r in named)


def test_a_smiley_ends_a_greeting_and_a_labelled_side_project_is_its_own_activity() -> None:
    got = confident(
        "Hiya! sorry, hi :) I'm a radiographer, 37 hours, £39k a year. Side gig: a pottery "
        "stall, around £150 a month.",
        "context",
        PlanView(),
    )
    job = next(v for f, _, v in got if f == "activity" and "radiographer" in str(v))
    stall = next(v for f, _, v in got if f == "activity" and "pottery" in str(v))
    assert ("activity.annual_revenue", job, 39000.0) in got
    assert ("activity.annual_revenue", stall, 1800.0) in got


def test_an_employer_said_with_the_hours_worked_there_names_the_job() -> None:
    got = confident("I work 30 hours for the district council for 26k", "capacity", PlanView())
    assert ("activity", None, "district council") in got
    assert ("activity.hours_per_week", "district council", 30.0) in got


def test_an_employer_said_alone_is_asked_back() -> None:
    readings = read("i work for the district council, parks team", PlanView(), "context")
    assert not any(r.field == "activity" and r.confident for r in readings)


@pytest.mark.parametrize(
    ("message", "ask", "field", "value"),
    [("two hours a session so 6 hours a week", "act:hours:choir", "activity.hours_per_week", 6.0),
     ("0.6 contract so roughly £21k", "act:revenue:choir", "activity.annual_revenue", 21000.0)],
)  # fmt: skip
def test_the_figure_a_clause_comes_to_after_so_is_the_one_meant(
    message: str, ask: str, field: str, value: float
) -> None:
    view = PlanView(capacity=45, activities=("choir", "bookkeeping"))
    assert confident(message, ask, view) == {(field, "choir", value)}


@pytest.mark.parametrize(
    ("said", "name"),
    [("i drive the school bus", "school bus driver"), ("we drive a tractor", "tractor driver"),
     ("i drive a hard bargain", "driving a hard bargain")],
)  # fmt: skip
def test_a_vehicle_driven_names_the_driver(said: str, name: str) -> None:
    from agent.interviewer.reading.names import new_name

    assert new_name(said) == name


def test_hours_said_as_more_add_to_the_hours_said_before() -> None:
    got = confident("usually 38 hours, I could add maybe 6 more", "capacity", PlanView())
    assert got == {("capacity.hours_per_week", None, 44.0)}


def test_a_total_said_beside_the_hours_more_is_the_total() -> None:
    got = confident("I can add 6 more, so 44 in total", "capacity", PlanView())
    assert got == {("capacity.hours_per_week", None, 44.0)}


def test_a_count_a_weekend_is_a_count_a_week() -> None:
    view = PlanView(capacity=45, activities=("face painting",))
    got = confident("£80 a party, about 3 parties a weekend", "act:revenue:face painting", view)
    assert got == {("activity.annual_revenue", "face painting", 80 * 3 * 52)}


def test_a_bare_count_a_weekend_pairs_with_a_fee() -> None:
    view = PlanView(capacity=45, activities=("climbing coaching",))
    got = confident("€30 a session, maybe 4 a weekend", "act:revenue:climbing coaching", view)
    assert got == {("activity.annual_revenue", "climbing coaching", 30 * 4 * 52)}


def test_work_said_at_length_keeps_its_head_and_its_own_figures() -> None:
    got = confident(
        "cleaning, 30 hrs a wk, £12 an hour; I teach classical guitar online to teenage "
        "beginners in Spain and Portugal, 3 hours a week, £30 an hour",
        "activities",
        PlanView(capacity=45),
    )
    guitar = next(v for f, _, v in got if f == "activity" and "guitar" in str(v))
    assert str(guitar).startswith("teaching classical guitar")
    assert ("activity.hours_per_week", guitar, 3.0) in got
    assert ("activity.hours_per_week", "cleaning", 30.0) in got


def test_a_total_after_hours_on_top_is_not_the_activity_s_hours() -> None:
    view = PlanView(activities=("ward shifts",))
    got = confident("I could add 10 hrs on top of the 30 on the ward so 40", "capacity", view)
    assert ("activity.hours_per_week", "ward shifts", 40.0) not in got


def test_a_steadiness_said_alone_after_an_item_is_no_activity() -> None:
    got = confident(
        "bar shifts (2 nights a week, £90 a night) and dj sets for parties, pretty on and off",
        "activities",
        PlanView(capacity=40),
    )
    assert not any(f == "activity" and "off" in str(v) for f, _, v in got)


@pytest.mark.parametrize(
    "message", ["nurse on a stroke ward, 12hr shifts", "care worker, 10 hour days"]
)
def test_the_length_of_a_shift_alone_is_no_weekly_hours(message: str) -> None:
    got = confident(message, "context", PlanView())
    assert not any(f.endswith("hours_per_week") for f, _, _ in got)


def test_a_count_said_as_one_or_another_is_their_midpoint() -> None:
    view = PlanView(capacity=40, activities=("quiz hosting",))
    got = confident("£80 a quiz, 3 or 4 tuesdays a month", "act:revenue:quiz hosting", view)
    assert got == {("activity.annual_revenue", "quiz hosting", 80 * 3.5 * 12)}


@pytest.mark.parametrize(
    ("message", "value"),
    [("about 28k, no wait, they gave me a raise in May, 31k", 31000.0),
     ("£400 a month - sorry, £450 a month", 5400.0)],
)  # fmt: skip
def test_a_figure_put_right_as_it_is_said_leaves_the_second(message: str, value: float) -> None:
    view = PlanView(capacity=40, activities=("care work",))
    assert confident(message, "act:revenue:care work", view) == {
        ("activity.annual_revenue", "care work", value)
    }


def test_a_figure_taken_back_with_not_keeps_the_first() -> None:
    view = PlanView(capacity=40, activities=("care work",))
    got = confident("30 hours, not 35", "act:hours:care work", view)
    assert {v for _, _, v in got} == {30.0}


def test_a_limit_said_as_not_going_above_is_the_capacity() -> None:
    view = PlanView(activities=("the shop",))
    got = confident(
        "I do 3 days a week at the shop, 22.5 hours, and I won't go above 35", "capacity", view
    )
    assert ("capacity.hours_per_week", None, 35.0) in got
    assert ("activity.hours_per_week", "the shop", 35.0) not in got


@pytest.mark.parametrize("message", ["nothing new really"])
def test_no_lesson_said_is_no_lesson(message: str) -> None:
    view = PlanView(capacity=40, activities=("lettings",))
    assert confident(message, "act:teaches:lettings", view) == set()


@pytest.mark.parametrize("message", ["an hour every so often"])
def test_hours_now_and_then_are_no_weekly_hours(message: str) -> None:
    view = PlanView(capacity=40, activities=("lettings",))
    assert confident(message, "act:hours:lettings", view) == set()


def test_hours_said_as_how_long_something_lasts_are_no_weekly_hours() -> None:
    view = PlanView(capacity=40, activities=("choir",))
    got = confident(
        "keeping 30 singers together for 3 hours without losing them, so patience",
        "act:teaches:choir",
        view,
    )
    assert not any(f == "activity.hours_per_week" for f, _, _ in got)


def test_hours_paid_for_are_the_weekly_hours() -> None:
    view = PlanView(capacity=40, activities=("choir",))
    got = confident("paid for 12 hours a week", "act:hours:choir", view)
    assert got == {("activity.hours_per_week", "choir", 12.0)}


def test_a_wish_that_shares_a_word_with_an_activity_is_a_new_stream() -> None:
    from agent.interviewer.reading.types import StreamView

    view = PlanView(
        capacity=45,
        activities=("baking", "cake stall"),
        streams=(StreamView("baking", "anchor", 35), StreamView("cake stall", "seed", 4)),
    )
    readings = read("I'd like to add a baking class for kids, 3 hrs a week", view, "streams")
    wishes = [r for r in readings if r.act == "wish"]
    assert wishes and "class" in str(wishes[0].subject) and wishes[0].hours == 3.0
    assert not any(r.field == "activity.hours_per_week" for r in readings)


@pytest.mark.parametrize("message", ["tbh none of it at the moment, too tired"])
def test_none_of_it_names_no_skill(message: str) -> None:
    view = PlanView(capacity=40, skills=("welding", "bookkeeping"))
    assert confident(message, "excited", view) == set()


def test_lessons_named_at_the_energy_question_go_to_their_activities() -> None:
    got = confident(
        "the walking teaches me to read dogs. design teaches me typography",
        "act:energy:dog walking",
        TWO_JOBS,
    )
    assert got == {
        ("activity.teaches", "dog walking", "to read dogs"),
        ("activity.teaches", "web design", "typography"),
    }


def test_one_other_activity_said_to_teach_something_is_its_lesson() -> None:
    got = confident("design teaches me patience lol", "act:energy:dog walking", TWO_JOBS)
    assert got == {("activity.teaches", "web design", "patience")}


def test_more_work_said_with_also_that_shares_a_word_is_its_own_activity() -> None:
    view = PlanView(capacity=45, activities=("carpenter",))
    got = confident("I also teach a carpentry evening course, 2 hrs a week", "activities", view)
    course = next(v for f, _, v in got if f == "activity")
    assert "course" in str(course)
    assert ("activity.hours_per_week", course, 2.0) in got


def test_a_spaced_slash_separates_the_items_of_a_list() -> None:
    message = "bar work 20h, 11k / dog walking 6 hrs a week / choir arranging, unpaid, 2h"
    got = {(r.field, r.subject, r.value) for r in read(message, PlanView(), "activities")}
    assert {r for r in got if r[0] == "activity"} == {
        ("activity", None, "bar work"), ("activity", None, "dog walking"),
        ("activity", None, "choir arranging")}  # fmt: skip
    assert ("activity.hours_per_week", "bar work", 20.0) in got
    assert ("activity.annual_revenue", "bar work", 11000.0) in got
    assert ("activity.hours_per_week", "dog walking", 6.0) in got
    assert ("activity.annual_revenue", "choir arranging", 0.0) in got
    assert ("activity.hours_per_week", "choir arranging", 2.0) in got


@pytest.mark.parametrize("text", ["coaching 5h, £60 / hour", "coaching 5h, £60 / session"])
def test_a_slash_before_a_period_is_a_rate_not_a_new_item(text: str) -> None:
    names = {r.value for r in read(text, PlanView(), "activities") if r.field == "activity"}
    assert names == {"coaching"}


@pytest.mark.parametrize(
    ("message", "spending"),
    [("8k saved, 2000 a month", 2000.0), ("rent and bills are 1950 pcm", 1950.0),
     ("we get by on 2010 per month", 2010.0)],
)  # fmt: skip
def test_a_figure_given_a_period_is_no_year(message: str, spending: float) -> None:
    got = confident(message, "buffer", PlanView())
    assert ("capacity.monthly_spending", None, spending) in got


def test_a_year_is_still_a_year() -> None:
    got = confident("since 2019 I've spent about 1800 a month", "buffer", PlanView())
    assert got == {("capacity.monthly_spending", None, 1800.0)}


@pytest.mark.parametrize("ask", ["buffer", "spending"])
def test_work_told_with_hours_and_pay_at_the_money_questions_is_work(ask: str) -> None:
    got = confident("garden centre 25h 19k; wreath workshops 3h 2k", ask, PlanView())
    assert not any(field.startswith("capacity.") for field, _, _ in got)
    assert ("activity.annual_revenue", "garden centre", 19000.0) in got
    assert ("activity.hours_per_week", "wreath workshops", 3.0) in got


@pytest.mark.parametrize(
    ("message", "revenue"),
    [("bakery 30h, 1.900 euro netto month", 22800.0), ("dog walking 5h, £300 month", 3600.0)],
)  # fmt: skip
def test_a_period_said_right_after_the_amount_is_its_period(message: str, revenue: float) -> None:
    got = {(r.field, r.value) for r in read(message, PlanView(), "activities")}
    assert ("activity.annual_revenue", revenue) in got
    assert not any(f == "activity" and "month" in str(v) for f, v in got)


def test_liking_the_work_at_the_lesson_question_is_how_it_feels() -> None:
    view = PlanView(activities=("Bakery", "Proofreading"))
    got = confident("i really enjoy it", "act:teaches:Proofreading", view)
    assert got == {("activity.energy", "Proofreading", "energising")}
    got = confident("I love it", "act:teaches:Proofreading", view)
    assert got == {("activity.energy", "Proofreading", "energising")}
    got = confident("i hate it honestly", "act:teaches:Bakery", view)
    assert got == {("activity.energy", "Bakery", "draining")}
