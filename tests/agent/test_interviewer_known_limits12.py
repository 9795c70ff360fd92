"""Known limits seen in whole-conversation trials, each closed by its general cause and tested
here in other words: other trades, other registers."""

from __future__ import annotations

import datetime as dt

from agent.interviewer import wishes
from agent.interviewer.reading import PlanView, read
from agent.interviewer.reading.types import StreamView
from agent.plan import Plan, apply
from agent.plan import operations as ops
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)


def _facts(message: str, ask: str, *work: str) -> list[tuple[str, object, object, bool]]:
    view = PlanView(activities=tuple(work))
    return [(r.field or r.act, r.value, r.subject, r.confident) for r in read(message, view, ask)]


def _sure_names(message: str, ask: str = "activities", *work: str) -> list[str]:
    return [str(v) for f, v, _, sure in _facts(message, ask, *work) if f == "activity" and sure]


# --- a word beside a figure, a limit or a label is no work -----------------------------------


def test_a_thing_added_by_plus_to_a_bare_figure_is_no_work() -> None:
    for said in ("about 20, plus setting up", "12 + the driving", "30ish plus prep"):
        assert _sure_names(said) == [], said
    # after work named, "plus" still opens more work
    assert _sure_names("ward nursing 30h plus tutoring") == ["ward nursing", "tutoring"]


def test_a_phrase_after_a_time_kept_from_work_is_its_reason_not_work() -> None:
    for said in (
        "cannot work weekend mornings, swimming club",
        "no evenings - gran's care",
        "not available on Fridays, mosque",
    ):
        assert _sure_names(said) == [], said
    # work said as such after a limit is still named
    assert _sure_names("can't do Sundays, I'm a baker") == ["baker"]


def test_a_label_of_the_message_is_no_work() -> None:
    assert _sure_names("Quick update: the van is off the road this month", "activities") == []
    assert _sure_names("PS: the allotment sells too") == []
    # what the person says of themselves after it is read as before
    assert _sure_names("news: I've started walking dogs") == ["walking dogs"]
    assert _sure_names("Side project: a candle shop") == ["candle shop"]


# --- when, said at the question of what work teaches -----------------------------------------


def test_when_the_work_comes_is_no_lesson() -> None:
    for said in ("only at christmas, dead the rest of the year", "mostly weekends and evenings"):
        facts = _facts(said, "act:teaches:market stall", "market stall")
        assert not [f for f in facts if f[0] == "activity.teaches"], (said, facts)
    facts = _facts("patience, mostly on weekends", "act:teaches:market stall", "market stall")
    assert [f for f in facts if f[0] == "activity.teaches"]


def test_a_day_of_the_month_in_words_is_no_skill() -> None:
    for said in ("first of march", "the twenty-second of june I reckon", "end of the third week"):
        facts = _facts(said, "core", "bakery shifts")
        assert not [f for f in facts if f[0] in ("core_skill", "skill")], (said, facts)
    assert [f for f in _facts("second-hand furniture restoring", "core") if f[0] == "core_skill"]


def test_a_remark_that_the_work_swings_is_no_skill() -> None:
    for said in ("depends on the weather mostly", "it varies"):
        facts = _facts(said, "core", "bakery shifts")
        assert not [f for f in facts if f[0] in ("core_skill", "skill")], (said, facts)
    assert [f for f in _facts("dependable logistics planning", "core") if f[0] == "core_skill"]


# --- a share of full time written as a fraction ----------------------------------------------


def test_a_fraction_of_full_time_is_no_figure_and_the_hours_said_are() -> None:
    ask, work = "act:hours:librarian", ("librarian",)
    facts = _facts("on a 3/5 contract so 22 hours", ask, *work)
    assert facts == [("activity.hours_per_week", 22.0, "librarian", True)], facts
    assert not [f for f in _facts("I'm 3/5", ask, *work) if f[0].startswith("activity.")]
    assert _facts("I'm 3/5, 22h", "capacity") == [("capacity.hours_per_week", 22.0, None, True)]


# --- a clock span with no days at an hours question ------------------------------------------


def test_a_day_from_clock_to_clock_is_never_the_weeks_hours() -> None:
    ask, work = "act:hours:receptionist", ("receptionist",)
    for said in ("from 8 till 4.30", "8 till 4:30", "8.30 to 5"):
        facts = _facts(said, ask, *work)
        assert not [f for f in facts if f[0] == "activity.hours_per_week"], (said, facts)


def test_a_day_from_clock_to_clock_is_asked_for_its_days_in_the_conversation() -> None:
    opening = ("general", "40", "none", "6,000", "1,800", "I'm a receptionist")
    planner, reply = conversation(TODAY, *opening, "8 till 4.30")
    assert "how many days a week" in reply.casefold(), reply
    assert planner.plan.activities[0].hours_per_week == 0, planner.plan.activities
    planner, reply = conversation(TODAY, *opening, "8 till 4.30", "8 till 4.30")
    assert "how many days a week" in reply.casefold(), reply  # asked again, never skipped
    planner, _ = conversation(TODAY, *opening, "8 till 4.30", "4 days, 8 till 4.30")
    assert planner.plan.activities[0].hours_per_week == 34, planner.plan.activities


# --- the end of a list closes the list -------------------------------------------------------


def test_the_end_of_the_list_after_taking_one_offered_work_closes_the_list() -> None:
    said = ("I fit kitchens, and I do a bit of photography", "40", "none", "6,000", "1,800")
    planner, reply = conversation(TODAY, *said, "yes the photography", "that's everything")
    assert "anything else" not in reply, reply
    assert [a.name for a in planner.plan.activities] == ["Photography"], planner.plan.activities


# --- a sixth stream wished for is offered a swap ---------------------------------------------


def _five_streams() -> Plan:
    plan = Plan()
    steps: list[ops.Op] = [
        ops.SetCapacity(hours_per_week=48, cash_buffer=7000, monthly_spending=1900),
        ops.SetContext(context="general"),
    ]
    for name, role, hours, share in (
        ("Bus driving", "anchor", 32, 70),
        ("Guitar lessons", "client", 5, 15),
        ("Session gigs", "client", 3, 8),
        ("Songbook", "leverage", 3, 5),
        ("Busking", "seed", 3, 2),
    ):
        slug = name.casefold().replace(" ", "-")
        steps += [
            ops.AddStream(name=name, role=role),
            ops.SetAllocation(stream_id=slug, target_hours=hours, target_income_share=share),
        ]
    for step in steps:
        outcome = apply(plan, step, today=TODAY)
        assert outcome.accepted, outcome.findings
        plan = outcome.plan
    return plan


def _wished(plan: Plan, message: str) -> wishes.Edit:
    view = PlanView(
        capacity=48, streams=tuple(StreamView(s.name, s.role, s.target_hours) for s in plan.streams)
    )
    return wishes.edit(read(message, view, "review"), plan, [], TODAY)


def test_a_sixth_stream_wished_for_asks_which_one_it_would_replace() -> None:
    plan = _five_streams()
    edit = _wished(plan, "I'd love to add a stream for bike repairs")
    assert edit.calls == []
    assert any("Which one would it replace?" in n for n in edit.notes), edit.notes


def test_a_swap_with_five_streams_drops_one_and_adds_the_other() -> None:
    plan = _five_streams()
    edit = _wished(plan, "swap the busking for bike repairs")
    for c in edit.calls:
        outcome = apply(plan, wishes._OPS[c["name"]](**c["args"]), today=TODAY)
        assert outcome.accepted, outcome.findings
        plan = outcome.plan
    assert sorted(s.name for s in plan.streams) == sorted(
        ["Bus driving", "Guitar lessons", "Session gigs", "Songbook", "Bike repairs"]
    ), edit.notes


# --- a figure of work not on record is asked, never given to the work asked about ------------


def test_a_figure_of_the_main_job_at_the_side_works_question_is_asked_back() -> None:
    ask = "act:hours:dog walking"
    for said in ("my day job is 38 hours", "the main job takes about 40h", "the plumbing is 38"):
        facts = _facts(said, ask, "dog walking")
        hours = [f for f in facts if f[0] == "activity.hours_per_week"]
        assert hours and not any(sure for *_, sure in hours), (said, facts)
    # the asked work's own words still give it its figure
    assert _facts("the dog walking is 9 hours", ask, "dog walking") == [
        ("activity.hours_per_week", 9.0, "dog walking", True)
    ]
    facts = _facts("my day job is 38 hours", "act:hours:day job", "day job", "dog walking")
    assert ("activity.hours_per_week", 38.0, "day job", True) in facts, facts


# --- a setting said with doubt is the setting -----------------------------------------------


def test_a_setting_word_said_after_doubt_is_taken_and_names_no_work() -> None:
    for said, setting in (
        ("no clue... tech?", "tech"),
        ("dunno really, government I suppose", "government"),
        ("probs the general setting", "general"),
    ):
        facts = _facts(said, "context")
        assert [(f, v) for f, v, *_ in facts] == [("context", setting)], (said, facts)
    assert [f for f, *_ in _facts("dunno, skip this one", "context")] == ["skip"]
