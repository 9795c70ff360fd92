"""Figures attached to the right activity: a name followed by its own hours and pay names an
activity at any question, a contract share beside a job is no figure of it, and a sentence
that names its work after "I'm ..." or "the rest is ..." opens an activity of its own."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read
from agent.interviewer.reading.names import doubtful, new_name

NONE = PlanView()


def sure(message: str, ask: str) -> list[Reading]:
    return [r for r in read(message, NONE, ask) if r.act in {"fact", "change"} and r.confident]


def figures(message: str, ask: str) -> dict[tuple[str, str | None], float]:
    return {
        (str(r.field), (r.subject or "").casefold() or None): float(r.value)
        for r in sure(message, ask)
        if isinstance(r.value, float)
    }


def test_a_name_with_its_own_hours_and_pay_is_an_activity_not_the_capacity() -> None:
    found = figures("florist & cyclist here. flower shop 25h for 18k, bike repairs 6h, 3k a year",
                    "context")  # fmt: skip
    assert found[("activity.hours_per_week", "flower shop")] == 25
    assert found[("activity.annual_revenue", "flower shop")] == 18000
    assert found[("activity.hours_per_week", "bike repairs")] == 6
    assert ("capacity.hours_per_week", None) not in found


def test_a_bracket_of_hours_and_pay_after_a_name_and_a_contract_share() -> None:
    found = figures("nurse/singer here. clinic 0.8 (30h, £31k), gigs maybe 4h a week, 2k a year",
                    "context")  # fmt: skip
    assert found[("activity.hours_per_week", "clinic")] == 30
    assert found[("activity.annual_revenue", "clinic")] == 31000
    assert found[("activity.annual_revenue", "gigs")] == 2000
    assert 0.8 not in found.values()


def test_a_percent_of_full_time_beside_a_job_is_no_cut_of_its_pay() -> None:
    found = figures("I work 60% as an editor at a publisher (22h/week, 27.000 € per year)",
                    "context")  # fmt: skip
    # the role, cut before where it is done, takes the figures
    assert found[("activity.annual_revenue", "editor")] == 27000
    assert found[("activity.hours_per_week", "editor")] == 22


def test_a_share_taken_from_the_pay_is_still_asked_back() -> None:
    readings = read("I sell prints at a gallery, 3k a year, they take 40%", NONE, "activities")
    money = [r for r in readings if r.field == "activity.annual_revenue"]
    assert money and not any(r.confident for r in money)


def test_and_im_opens_a_name_not_a_clause_cut_short() -> None:
    assert new_name("and i'm building a garden room business") == "building a garden room business"
    found = figures("welder, 40h, 35k. and I'm a governor at the primary school, 2 hours a week",
                    "activities")  # fmt: skip
    assert found[("activity.hours_per_week", "governor at the primary school")] == 2
    assert found[("activity.hours_per_week", "welder")] == 40


def test_the_rest_of_the_week_names_the_work_that_fills_it() -> None:
    assert new_name("the rest of my week is the food co-op") == "food co-op"
    found = figures("shop assistant 20 hrs (£11,000). the rest of my time is the food co-op, "
                    "unpaid, about 15 hrs", "activities")  # fmt: skip
    assert found[("activity.hours_per_week", "food co-op")] == 15
    assert found[("activity.annual_revenue", "food co-op")] == 0
    assert found[("activity.hours_per_week", "shop assistant")] == 20


def test_a_name_whose_head_says_nothing_of_the_work_is_asked_back() -> None:
    assert doubtful("stuff for the church") and doubtful("other things")
    assert not doubtful("bits of admin for my uncle")


def test_hours_worked_now_at_the_capacity_question_are_that_works_hours() -> None:
    found = figures("about 6 to 8 on top of my 35 hours at the warehouse", "capacity")
    assert found[("activity.hours_per_week", "warehouse")] == 35
    assert found[("capacity.hours_per_week", None)] == 42
    found = figures("Forty-five at most. I already do 30 at the library.", "capacity")
    assert found == {
        ("capacity.hours_per_week", None): 45,
        ("activity.hours_per_week", "library"): 30,
    }


def test_hours_worked_now_go_to_the_plans_only_activity() -> None:
    view = PlanView(activities=("care work",))
    readings = read("my contract is 30 but I'd cap it all at 40", view, "capacity")
    assert {(r.field, r.subject, r.value) for r in readings if r.confident} == {
        ("activity.hours_per_week", "care work", 30),
        ("capacity.hours_per_week", None, 40),
    }


def test_a_generic_job_among_several_activities_is_not_guessed() -> None:
    view = PlanView(activities=("teaching", "tutoring"))
    readings = read("I work 40h at the day job, I can add 5 more", view, "capacity")
    assert not [r for r in readings if r.field == "activity" or r.subject == "day job"]


def test_hours_said_with_a_week_between_figure_and_extra_are_on_top() -> None:
    view = PlanView(activities=("office job",))
    found = {(r.field, r.value) for r in read("maybe 5 hours a week extra on top of my 37",
                                              view, "capacity") if r.confident}  # fmt: skip
    assert ("capacity.hours_per_week", 42) in found


def test_the_figure_wanted_beats_the_one_worked_now() -> None:
    assert figures("I work like 45-50 hrs now and it's too much. I'd want 38.", "capacity") == {
        ("capacity.hours_per_week", None): 38
    }


def test_an_it_job_keeps_its_name() -> None:
    assert new_name("it support officer at the county council") == (
        "it support officer at the county council"
    )
    assert new_name("it's busy") is None


def test_the_main_gig_is_names_what_follows() -> None:
    assert new_name("main gig is the call centre") == "call centre"
    assert new_name("my day job is at the bakery") == "bakery"
    found = figures("main job is dog grooming, 30h. plus I walk dogs", "activities")
    assert found[("activity.hours_per_week", "dog grooming")] == 30


def test_a_count_said_without_a_before_its_period_keeps_the_period() -> None:
    found = figures("I do ironing for neighbours, maybe 6 customers week, £15 each", "activities")
    assert found[("activity.annual_revenue", "ironing for neighbours")] == 15 * 6 * 52


def test_a_fee_times_a_count_on_one_weekday_is_once_a_week() -> None:
    found = figures("I run a Sunday chess club, £5 a child and usually 12 children", "activities")
    assert found[("activity.annual_revenue", "sunday chess club")] == 5 * 12 * 52
    # two weekdays, or a one-off in the past: how often is not said, so it is asked back
    two = read("I coach swimming on Sundays and Wednesdays, £10 a kid, 12 kids", NONE,
               "activities")  # fmt: skip
    assert not [r for r in two if r.field == "activity.annual_revenue" and r.confident]


def test_when_the_work_is_done_may_come_before_i_and_its_verb() -> None:
    assert new_name("and sundays i cut hair out of my garage") == "cutting hair out of my garage"
    assert new_name("on weekends i teach climbing") == "teaching climbing"


def test_a_clock_range_with_am_or_pm_is_hours_of_a_day() -> None:
    view = PlanView(activities=("cafe shifts",))
    readings = read("three days, 7am to 3pm", view, "act:hours:cafe shifts")
    assert [(r.field, r.value) for r in readings if r.confident] == [
        ("activity.hours_per_week", 24)
    ]


def test_one_weekday_and_a_clock_range_is_once_a_week() -> None:
    view = PlanView(activities=("choir",))
    readings = read("Wednesdays 6-8pm", view, "act:hours:choir")
    assert [(r.field, r.value) for r in readings if r.confident] == [("activity.hours_per_week", 2)]
    # an hourly pay for such a session may not run all year: it is asked back
    paid = read("I run a pottery class, mondays 6-9pm, £30 an hour", NONE, "activities")
    assert [r.value for r in paid if r.field == "activity.hours_per_week" and r.confident] == [3]
    assert not [r for r in paid if r.field == "activity.annual_revenue" and r.confident]


def test_a_spaced_plus_after_figures_opens_the_next_item() -> None:
    found = figures("office job 35h £28k + bike repairs at weekends ~6h, 4k a year", "context")
    assert found[("activity.annual_revenue", "office job")] == 28000
    assert found[("activity.annual_revenue", "bike repairs")] == 4000
    assert found[("activity.hours_per_week", "bike repairs")] == 6


def test_plus_before_work_of_its_own_opens_an_item_not_a_sum() -> None:
    found = figures("I'm a porter on 0.8 (30 hours), 22k, plus bank shifts maybe 8 hours a month",
                    "context")  # fmt: skip
    assert found[("activity.hours_per_week", "porter")] == 30
    assert found[("activity.hours_per_week", "bank shifts")] == round(8 * 12 / 52, 2)


def test_a_label_that_counts_the_jobs_is_no_name() -> None:
    assert new_name("two jobs: admin at a dentist") == "admin at a dentist"
    assert new_name("3 things: baking") == "baking"


def test_a_generic_job_said_as_a_role_names_the_role() -> None:
    assert new_name("i've got my main job as a civil engineer") == "civil engineer"
    assert new_name("a retainer with the trust as an adviser") == "retainer with the trust"


def test_work_said_by_when_it_is_done_then_i_and_a_verb() -> None:
    found = figures("office manager 9-5 mon-fri, 30k, and some weekends I do wedding "
                    "photography, 6 weddings a year at 1000 each", "context")  # fmt: skip
    assert found[("activity.annual_revenue", "wedding photography")] == 6000
    assert found[("activity.annual_revenue", "office manager")] == 30000
    assert new_name("i also dj at weekends") == "dj"  # the role, as people say it


def test_a_job_with_days_and_pay_is_named_and_its_days_asked_back() -> None:
    readings = read("barber, 4 days, about 21k", NONE, "context")
    assert [(r.field, r.value) for r in readings if r.confident] == [
        ("activity", "barber"),
        ("activity.annual_revenue", 21000),
    ]


def test_on_a_weekday_i_do_opens_work_of_its_own_not_a_detail() -> None:
    found = figures("I'm a porter, 38 hours, £24k, and on Sundays I sell bread at the market, "
                    "about 5 hours, maybe £3k a year", "context")  # fmt: skip
    assert found[("activity.hours_per_week", "porter")] == 38
    assert found[("activity.hours_per_week", "selling bread at the market")] == 5
    assert found[("activity.annual_revenue", "selling bread at the market")] == 3000


def test_an_hourly_pay_with_its_currency_word_after_the_amount() -> None:
    found = figures("i work at a garden centre 20 hours a week, i get 12 pound an hour",
                    "activities")  # fmt: skip
    assert found[("activity.annual_revenue", "garden centre")] == 12 * 20 * 52


def test_hours_said_with_a_word_between_number_and_unit() -> None:
    found = figures("freelance copywriter, about 25 billable hours a week at £40/hour", "context")
    assert found[("activity.hours_per_week", "freelance copywriter")] == 25
    assert found[("activity.annual_revenue", "freelance copywriter")] == 40 * 25 * 52


def test_a_job_said_by_two_letters_and_work_for_a_few_clients() -> None:
    found = figures("I'm a PA, 35 hrs, 32k and I do bookkeeping on the side for a few local "
                    "shops, about 6 hrs a week, 7k a year", "context")  # fmt: skip
    assert found[("activity.hours_per_week", "pa")] == 35
    assert found[("activity.annual_revenue", "bookkeeping")] == 7000
    assert new_name("bookkeeping on the side for a few local shops") == "bookkeeping"


def test_work_with_its_figures_at_the_constraints_question_is_an_activity() -> None:
    readings = read("cleaning offices ~20h/week, roughly 14.000 € a year. I also walk dogs, "
                    "5 a week at 15€ each", NONE, "constraints")  # fmt: skip
    assert not [r for r in readings if r.field == "capacity.constraints"]
    found = {(r.field, r.subject, r.value) for r in readings if r.confident}
    assert ("activity.hours_per_week", "cleaning offices", 20) in found
    assert ("activity.annual_revenue", "walking dogs", 15 * 5 * 52) in found
    # a constraint said with a figure of time is still a constraint
    said = read("I can't work after 3pm, school pickup", NONE, "constraints")
    assert [r.field for r in said if r.act == "fact"] == ["capacity.constraints"]


def test_words_that_open_a_story_before_a_colon_are_no_name() -> None:
    assert new_name("ok so long story short: i'm a welder") == "welder"
    assert new_name("basically: dog grooming") == "dog grooming"


def test_a_list_marker_after_a_period_word_is_no_school_year() -> None:
    found = figures("1) barista 20h £10k 2) candle business about 5h a week, £3k a year "
                    "3) parish council, unpaid, 2h a month", "activities")  # fmt: skip
    assert found[("activity.annual_revenue", "candle business")] == 3000
    assert found[("activity.hours_per_week", "candle business")] == 5
