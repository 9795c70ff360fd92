"""Faults the dev people showed, each said here in other words (other trades, money, register).
Driven through the real reading layer, the dialog manager and the tools."""

from __future__ import annotations

import datetime as dt

from agent.interviewer import names
from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.reading import read
from agent.interviewer.reading.types import PlanView, StreamView
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def _audited(lines: list[str]) -> MemoryPlanner:
    return conversation(TODAY, *["general", "50", "none", "skip", "skip", *lines])[0]


def _tram_driver() -> MemoryPlanner:
    return _audited([
        "Tram driving for the city: 38 hours a week, £31,000 a year, steady. "
        "Pottery classes: 4 hours a week, £3,900 a year, varies.",
        "that's all", "patience", "draining",
    ])  # fmt: skip


def test_a_raise_said_of_work_by_other_words_is_asked_back_never_dropped() -> None:
    planner = _tram_driver()
    assert "Pottery" in planner.say("reading people")  # now the energy of the pottery classes
    reply = planner.say("Please change the depot wages to £32,500 a year, the rise came through.")
    assert "Tram driving" in reply and "32,500" in reply, reply
    assert planner.plan.activities[0].annual_revenue == 31000  # asked, not stored yet
    planner.say("yes")
    assert planner.plan.activities[0].annual_revenue == 32500
    assert planner.plan.activities[1].annual_revenue == 3900


def test_a_figure_given_in_the_answer_to_that_question_back_is_the_change() -> None:
    planner = _tram_driver()
    planner.say("reading people")
    planner.say("Can you change the depot wages to £33,000 a year, it went up this month.")
    planner.say("£33,400 a year actually")
    assert planner.plan.activities[0].annual_revenue == 33400
    assert planner.plan.activities[1].annual_revenue == 3900


def test_a_new_figure_near_no_recorded_one_is_told_and_changes_nothing() -> None:
    planner = _tram_driver()
    planner.say("reading people")
    reply = planner.say("Please change the depot wages to £12,000 a year.")
    assert "12,000" in reply and "changed nothing" in reply, reply
    assert [a.annual_revenue for a in planner.plan.activities] == [31000, 3900]


def test_teaching_the_craft_is_other_work_than_the_craft() -> None:
    assert names.find("teaching at the dive school", ["Diver", "Boat tours"]) is None
    assert names.find("welding course", ["Welding"]) is None
    assert names.find("the dive school", ["Teaching at the dive school"]) is not None
    assert names.find("the hospital", ["Hospital nursing"]) == "Hospital nursing"
    assert names.find("yoga classes", ["Yoga classes at the gym"]) == "Yoga classes at the gym"


def test_a_listed_class_in_the_craft_never_takes_the_crafts_figures() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    planner.say("I'm a locksmith in Leeds, about 35 hours a week and it brings in £36,000 a "
                "year. I can do 45 hours a week.")  # fmt: skip
    planner.say("general")
    planner.say("none")
    planner.say("skip")
    planner.say("skip")
    planner.say("Locksmithing: 35 hours a week, £36,000 a year, steady. Teaching at the "
                "locksmith college: 2 hours a week, £30 an hour, every week.")  # fmt: skip
    found = {a.name.casefold(): a for a in planner.plan.activities}
    assert len(found) == 2, found
    trade = next(a for n, a in found.items() if n.startswith("locksmith"))
    assert trade.hours_per_week == 35 and trade.annual_revenue == 36000
    college = next(a for n, a in found.items() if "college" in n)
    assert college.hours_per_week == 2 and college.annual_revenue == 3120


_STREAMS = PlanView(
    capacity=50, activities=("Warehouse shifts",),
    streams=(StreamView("Warehouse shifts", "anchor", 36.0),),
)  # fmt: skip


def _wish(message: str) -> list:
    return [r for r in read(message, _STREAMS, "streams") if r.act == "wish"]


def test_a_wish_announced_before_a_colon_is_named_after_it() -> None:
    wishes = _wish("There's one more thing I'd love to try: a podcast about old tractors, "
                   "2 hours a week.")  # fmt: skip
    said = str(wishes[0].subject).casefold() if len(wishes) == 1 else ""
    assert said.startswith("podcast") and "tractors" in said, wishes
    assert wishes[0].hours == 2
    wishes = _wish("Something else I want to add: bike repair evenings for kids, 3 hrs")
    assert len(wishes) == 1 and str(wishes[0].subject).casefold().startswith("bike repair")


def test_the_verb_that_asks_for_a_stream_is_no_part_of_its_name() -> None:
    for said in ("could you squeeze in a tractor restoration vlog, 3 hrs",
                 "adding a tractor restoration vlog, 3 hrs please",
                 "can we put in a tractor restoration vlog? 3 hours a week"):  # fmt: skip
        wishes = _wish(said)
        assert len(wishes) == 1, said
        assert str(wishes[0].subject).casefold().startswith("tractor restoration vlog"), wishes
        assert wishes[0].hours == 3, said


def test_hours_said_with_where_after_a_wish_asked_as_a_question_are_its_hours() -> None:
    wishes = _wish("Could we put in a chess club for pensioners? 2 hours a week at the hall.")
    assert len(wishes) == 1 and wishes[0].hours == 2


def _at_lesson() -> MemoryPlanner:
    return _audited([
        "Sign language interpreting: 30 hours a week, $41,000 a year, steady. "
        "Deaf awareness talks: 3 hours a week, $4,000 a year, varies.",
        "that's all",
    ])  # fmt: skip


def test_a_lesson_said_with_how_long_something_takes_is_the_lesson_not_hours() -> None:
    planner = _at_lesson()
    reply = planner.say("Mostly spotting in twenty minutes what a client really needs.")
    work = planner.plan.activities
    assert len(work) == 2, [a.name for a in work]
    assert "spotting in 20 minutes" in work[0].teaches, reply
    assert work[0].hours_per_week == 30


def test_a_lesson_whose_words_speak_of_the_hands_is_no_remark_beside_the_talk() -> None:
    planner = _at_lesson()
    planner.say("It teaches me how to keep my face still while my hands keep going.")
    assert planner.plan.activities[0].teaches.startswith("how to keep my face still")


def test_a_feeling_about_other_work_said_after_the_lesson_is_no_part_of_it() -> None:
    planner = _at_lesson()
    planner.say("Mostly what people leave unsaid. The agency paperwork drains me, honestly.")
    assert planner.plan.activities[0].teaches == "what people leave unsaid"


def test_minutes_that_say_how_soon_or_how_often_are_no_hours() -> None:
    view = PlanView(capacity=40, activities=("Locksmith callouts",))
    for said in ("on site within 15 minutes of a call, 25 hours a week",
                 "a callout every 30 minutes on a bad night, 25 hours a week"):  # fmt: skip
        hours = [r.value for r in read(said, view, "act:hours:Locksmith callouts")
                 if r.field == "activity.hours_per_week"]  # fmt: skip
        assert hours == [25.0], said


def test_an_item_sharing_one_word_with_recorded_work_but_naming_its_own_is_new_work() -> None:
    view = PlanView(capacity=45, activities=("Bike repairs", "Yoga classes"))
    said = ("Bike repairs: 20 hours a week, £18,000 a year, steady. Bike courier deliveries: "
            "about 10 hours a week, £9,000 a year, varies.")  # fmt: skip
    readings = read(said, view, "activities")
    repairs = [r.value for r in readings if r.subject == "Bike repairs" and r.field
               and r.field.startswith("activity.") and isinstance(r.value, float)]  # fmt: skip
    assert sorted(repairs) == [20.0, 18000.0]
    assert any(r.field == "activity" and "courier" in str(r.value).casefold() for r in readings)
    plain = read("bike shifts: 6 hours a week", view, "activities")
    assert [r.subject for r in plain if r.field == "activity.hours_per_week"] == ["Bike repairs"]


def test_more_work_said_by_any_doing_with_also_is_work_of_its_own() -> None:
    view = PlanView()
    said = ("I'm a plasterer in Cork, about 35 hours a week. I also restore old clocks, "
            "maybe 5 hours a week.")  # fmt: skip
    readings = read(said, view, "context")
    hours = {str(r.subject): r.value for r in readings if r.field == "activity.hours_per_week"}
    assert hours.get("plasterer") == 35 and hours.get("restore old clocks") == 5, readings
    kept = read("I'm a plasterer, about 35 hours a week. I also have two kids.", view, "context")
    assert [r.value for r in kept if r.field == "activity"] == ["plasterer"]


def test_questions_typed_without_mark_or_apostrophe_are_questions() -> None:
    view = PlanView(capacity=50, activities=("Fishing",))
    asked = [
        ("whys fishing the anchor", "streams"),
        ("hows the seed one picked", "streams"),
        ("gross or net", "act:revenue:Fishing"),
        ("weekly or averaged out", "constraints"),
    ]
    for said, ask in asked:
        acts = [r.act for r in read(said, view, ask)]
        assert acts == ["question"], (said, acts)


def test_a_choice_of_how_hours_are_counted_is_never_a_limit() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "48 hours a week max"]:
        planner.say(line)
    planner.say("per week or averaged")
    held = planner.plan.capacity.constraints if planner.plan.capacity else []
    assert not any("averaged" in c for c in held), held


def test_a_skip_said_of_one_figure_keeps_the_other_said_in_its_own_sentence() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "30 hours a week", "none"]:
        planner.say(line)
    planner.say("I've got roughly €6,500 put by. The monthly outgoings I'd rather keep to "
                "myself, skip that.")  # fmt: skip
    assert planner.plan.capacity is not None and planner.plan.capacity.cash_buffer == 6500
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "30 hours a week", "none"]:
        planner.say(line)
    planner.say("I'd rather not say, maybe 6k, skip it.")
    assert planner.plan.capacity is None or planner.plan.capacity.cash_buffer is None


def test_a_core_skill_is_named_without_what_vouches_for_it_or_comments_on_it() -> None:
    view = PlanView(capacity=40, activities=("Upholstery",))
    for said in ("Hand stitching, has to be. It's what the rest hangs on.",
                 "Hand stitching, for sure.", "Hand stitching"):  # fmt: skip
        core = [r.value for r in read(said, view, "core") if r.field == "core_skill"]
        assert core == ["Hand stitching"], (said, core)


def test_work_named_before_the_verb_of_its_hours_is_named_without_the_verb() -> None:
    view = PlanView(capacity=50, activities=("Bakery shifts",))
    said = ("The bakery shifts are 30 hours a week. Dog grooming takes about 6 hours a week and "
            "brought in £4,000 last year, though it comes and goes.")  # fmt: skip
    readings = read(said, view, "activities")
    groom = {r.field: r.value for r in readings if str(r.subject).casefold() == "dog grooming"}
    assert groom.get("activity.hours_per_week") == 6, readings
    assert groom.get("activity.annual_revenue") == 4000, readings
    bakery = [r.value for r in readings if r.subject == "Bakery shifts"]
    assert 6.0 not in bakery and 4000.0 not in bakery
    assert not any(r.field == "activity" and "year" in str(r.value) for r in readings)


def test_a_wish_said_to_earn_nothing_for_now_is_a_seed_also_in_the_next_sentence() -> None:
    for said in ("I'd like to add a repair café for the estate, 2 hours a week, no money in it "
                 "yet.",
                 "One more thing I'd love to add: a repair café for the estate, 2 hours a week. "
                 "It will earn nothing at first, and that's fine."):  # fmt: skip
        wishes = _wish(said)
        assert len(wishes) == 1 and wishes[0].hours == 2, (said, wishes)
        assert wishes[0].share == 0 and wishes[0].role == "seed", (said, wishes)


def test_a_figure_after_declining_its_own_question_is_not_kept() -> None:
    planner = MemoryPlanner(TODAY)
    planner.start()
    for line in ["general", "30 hours a week", "none"]:
        planner.say(line)
    planner.say("I'd rather not talk about the savings, it's a sore point. £2,400 a mnth.")
    assert planner.plan.capacity is None or planner.plan.capacity.cash_buffer != 2400


def test_a_request_about_a_figure_at_the_lesson_question_is_no_lesson() -> None:
    view = PlanView(capacity=40, activities=("Tiling",))
    readings = read("Hmm, 40 hours was a stretch. Could we say 36?", view, "act:teaches:Tiling")
    assert not any(r.field == "activity.teaches" for r in readings), readings


def test_a_name_holding_two_known_ones_matches_neither() -> None:
    known = ["Coaching", "Mediation", "Grant writing"]
    assert names.find("coaching and mediation", known) is None


def test_work_of_its_own_after_the_last_and_of_a_list_is_an_item_of_its_own() -> None:
    said = "dog grooming, walks for the neighbours, teaching at the kennel club and a dog podcast"
    listed = [r.value for r in read(said, PlanView(), "activities") if r.field == "activity"]
    assert "teaching at the kennel club" in listed and "dog podcast" in listed, listed
    kept = [r.value for r in read("copywriting for the council and charities, tutoring",
                                  PlanView(), "activities") if r.field == "activity"]  # fmt: skip
    assert "copywriting for the council and charities" in kept, kept


def test_an_event_named_by_its_night_keeps_the_night_work_done_at_night_does_not() -> None:
    wishes = _wish("could we put in a vinyl listening night, 2 hours a week")
    assert len(wishes) == 1 and str(wishes[0].subject).casefold() == "vinyl listening night"
    said = read("taxi driving saturday night, about 10 hours a week", PlanView(), "activities")
    assert [r.value for r in said if r.field == "activity"] == ["taxi driving"]
