"""Known limits seen in trials, each closed by its general cause and tested here in other
words: other trades, other registers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.interviewer.reading import PlanView, read
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 7)


def _facts(message: str, ask: str = "context", *work: str) -> list[tuple[str, object, object]]:
    view = PlanView(activities=tuple(work))
    return [(r.field or r.act, r.value, r.subject) for r in read(message, view, ask)]


def _names(message: str, ask: str = "context", *work: str) -> list[str]:
    return [str(v) for f, v, _ in _facts(message, ask, *work) if f == "activity"]


# --- work said by "make" after "I also" --------------------------------------------------------


def test_work_made_after_also_is_named_like_work_baked() -> None:
    said = "I'm a welder, 40 hours a week, 41k a year. I also make leather wallets"
    assert "making leather wallets" in _names(said)
    assert "making candles" in _names("I'm a porter. I also make candles", "context")
    # a change opened by "also make it" still reads as before, and names no work
    assert not _names("the cafe 20h and also make it 25", "activities", "cafe")


# --- the setting of a job and a work of one's own --------------------------------------------


def test_a_job_beside_work_said_to_be_ones_own_is_the_general_setting() -> None:
    for said in (
        "on staff at a dental surgery, the massage is my own thing",
        "salaried at a garden centre, the landscaping's mine",
    ):
        assert ("context", "general", None) in _facts(said)
    assert not any(f == "context" for f, _, _ in _facts("the decision is mine"))


# --- planned work with a topic and a partner ------------------------------------------------


def test_work_being_started_is_wished_for_and_named_by_the_thing() -> None:
    readings = read(
        "I'm also starting a newsletter about urban birds with my sister, 2 hours a week",
        PlanView(activities=("vet nurse",)),
        "activities",
    )
    assert [(r.act, r.hours) for r in readings] == [("wish", 2.0)]
    assert readings[0].subject == "newsletter about urban birds"  # who with is no part of it


def test_planned_work_is_no_activity_in_the_conversation() -> None:
    planner, reply = conversation(
        TODAY,
        "I'm a vet nurse, 35 hours a week, 30k",
        "general",
        "45",
        "none",
        "4k saved, 1.8k a month",
        "I'm starting a youtube channel about houseplants with a friend",
    )
    assert [a.name for a in planner.plan.activities] == ["Vet nurse"]
    assert "youtube channel about houseplants" in reply.casefold()
    assert "friend" not in reply.casefold()


# --- hours of each time, said beside how often ----------------------------------------------


def test_hours_a_time_or_a_counted_item_times_the_frequency() -> None:
    view = ("barista", "window cleaning")
    for said in (
        "8 rounds a month, 3 hours a pop",
        "3 hours a round, 8 rounds a month",
        "8 rounds a month, 3 hours a time",
    ):
        hours = [v for f, v, _ in _facts(said, "act:hours:window cleaning", *view)]
        assert hours == [round(3 * 8 * 12 / 52, 2)], said


# --- fillers closing a name -----------------------------------------------------------------


def test_stuff_and_things_closing_a_skill_or_work_are_no_part_of_it() -> None:
    skills = [v for f, v, _ in _facts("forklift safety stuff, rota bits and spreadsheets etc",
                                      "skills", "warehouse")]  # fmt: skip
    assert skills == ["forklift safety", "rota", "spreadsheets"]
    kept = [v for f, v, _ in _facts("fixing things, how engines work", "skills", "mechanic")]
    assert kept == ["fixing things", "how engines work"]
    assert "bike repair" in _names("I also do bike repair stuff, 5 hours a week", "activities",
                                   "chef")  # fmt: skip


# --- works named where skills are asked --------------------------------------------------------


def _florist_with(side_work: str, lesson: str, work_named: str) -> tuple[Any, str]:
    """A florist with one side work, talked through to the excitement question, where she
    names ``work_named``."""
    return conversation(
        TODAY,
        "I'm a florist, 30 hours a week, 24k",
        "general",
        "40",
        "none",
        "2k saved, 1.5k a month",
        f"I also {side_work}, 6 hours a week, 5k a year",
        "that's all",
        "steady",
        "colour",
        "energising",
        "varies",
        lesson,
        "love it",
        f"arranging, cooking, {lesson}",
        work_named,
    )


def test_own_work_named_at_the_excitement_question_is_no_skill() -> None:
    planner, reply = _florist_with("run a supper club", "hosting", "the supper club")
    assert "Supper club" not in [s.name for s in planner.plan.skills]
    assert "not a skill on your list" in reply
    reply = planner.say("cooking")
    assert [s.name for s in planner.plan.skills if s.excitement == 5] == ["Cooking"]


def test_own_work_named_by_its_doing_at_the_excitement_question_is_a_skill_too() -> None:
    planner, reply = _florist_with("do wedding styling", "staging", "wedding styling")
    assert "not a skill on your list" not in reply
    assert "Wedding styling" in [s.name for s in planner.plan.skills if s.excitement == 5]


# --- two works after one "I", the first by a verb the reader knows ---------------------------


def test_a_known_verb_with_its_object_parts_two_works() -> None:
    assert _names("I also groom horses and sell saddles online") == [
        "grooming horses",
        "selling saddles",
    ]
    assert _names("I walk the dog and sell saddles online") == []  # one's own dog: no work


# --- a lesson said of several works, one not the asked ---------------------------------------


def _lessons(message: str) -> list[tuple[object, object]]:
    view = PlanView(activities=("bus driver", "bike repairs"))
    said = read(message, view, "act:teaches:bus driver")
    return [(r.subject, r.value) for r in said if r.field == "activity.teaches"]


def test_each_lesson_goes_to_the_work_it_names_and_none_to_work_off_the_plan() -> None:
    said = "pottery teaches me to slow down haha. driving teaches calm"
    assert _lessons(said) == [("bus driver", "calm")]
    assert _lessons("pottery teaches me to slow down") == []
    # said in one breath after a lesson of the asked work, another work's lesson is its own
    assert _lessons("the bus teaches me calm, pottery teaches me to slow down") == [
        ("bus driver", "calm")
    ]
    assert _lessons("the repairs teach me patience, driving teaches me calm") == [
        ("bike repairs", "patience"),
        ("bus driver", "calm"),
    ]


# --- a time said where words are asked --------------------------------------------------------


def test_a_time_is_never_a_skill_a_lesson_or_a_name() -> None:
    for said in ("maybe early april?", "the 2nd of june", "next weekend", "around christmas"):
        for ask in ("skills", "excited", "act:teaches:baker", "activities"):
            found = [f for f, _, _ in _facts(said, ask, "baker")]
            assert not {"skill", "skill.excites", "activity.teaches", "activity"} & set(found)
    assert ("skill", "summer camp coaching", None) in _facts("summer camp coaching", "skills")


# --- a wish for work not yet on record ---------------------------------------------------------


def test_hours_wished_for_work_not_on_record_ask_to_add_it() -> None:
    planner, reply = conversation(
        TODAY,
        "I'm a baker at a supermarket, 35 hours a week, 23k. I also sell prints on the side",
        "corporate",
        "40",
        "none",
        "1k saved, 1.2k a month",
        "could we make the prints 4 hours",
    )
    assert "prints isn't in your list" in reply and "4 h a week" in reply
    assert [a.name for a in planner.plan.activities] == ["Baker"]
    assert not planner.plan.streams


# --- assent is no feeling of a work -------------------------------------------------------------


def test_ok_fine_is_assent_while_its_fine_is_how_the_work_feels() -> None:
    view = ("courier", "tutoring")

    def energy(said: str) -> list[object]:
        return [
            v for f, v, _ in _facts(said, "act:energy:tutoring", *view) if f == "activity.energy"
        ]

    assert energy("okay fine") == []
    assert energy("yeah, fine then") == []
    assert energy("it's fine really") == ["neutral"]
    assert energy("ok fine. it drains me a bit") == ["draining"]


# --- a correction that takes back a figure said in short ----------------------------------------


def test_a_figure_written_in_full_is_not_scaled_by_the_thousands_of_the_one_taken_back() -> None:
    lines = ["I'm a paramedic, 36 hours a week, 36k", "general", "45", "none",
             "I have about £8,000 saved and spend £2,100 a month", "that's all"]  # fmt: skip
    planner, _ = conversation(TODAY, *lines, "actually my savings are nearer £6,500, not 8")
    assert planner.plan.capacity is not None and planner.plan.capacity.cash_buffer == 6500
    planner, _ = conversation(TODAY, *lines, "sorry, more like 7.5 not 8")
    assert planner.plan.capacity is not None and planner.plan.capacity.cash_buffer == 7500
