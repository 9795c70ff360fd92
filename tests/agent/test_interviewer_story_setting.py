"""A setting named by its employer in an opening story is kept, unless the story speaks of
work left behind. Driven through the reading layer, the dialog manager and the tools."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.reading.types import Reading
from agent.interviewer.story_setting import kept
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def test_an_employer_of_the_state_in_an_opening_story_sets_the_setting() -> None:
    planner, reply = conversation(
        TODAY,
        "hiya im a social worker for the local authority 37 hrs a week and on the side i "
        "run training days for foster carers maybe 5 hours a week",
    )
    assert planner.plan.profile.context == "government"
    assert "where do you work today" not in reply.lower()
    assert "hours a week can you really give" in reply.lower()


def test_a_setting_left_behind_is_no_setting_today() -> None:
    planner, _ = conversation(
        TODAY,
        "so I used to be in the civil service but these days I groom dogs from my van, "
        "about 35 hours a week, and sell homemade treats online a few hours",
    )
    assert planner.plan.profile.context != "government"


def test_a_story_sets_no_general_setting_and_no_past_one() -> None:
    story = "I worked for the council for ten years, then I went freelance as a surveyor"
    past = Reading("fact", field="context", value="government", span=story)
    general = Reading("fact", field="context", value="general", span="self-employed plumber")
    assert not kept(past, story)
    assert not kept(general, "I'm a self-employed plumber working 45 hours a week all year")


def test_a_place_of_side_work_in_a_story_is_no_setting() -> None:
    story = (
        "Accounts manager at a builders merchant, 40 hours, and I also volunteer at the "
        "council food bank on Saturdays for about 4 hours, unpaid"
    )
    side = Reading(
        "fact", field="context", value="government",
        span="i also volunteer at the council food bank on saturdays",
    )  # fmt: skip
    assert not kept(side, story)


@pytest.mark.parametrize(
    "story",
    [
        "EMT for the county, 24 on 48 off, and I coach little league in the spring",
        "employed by the province as a lab tech, 37.5 hrs, plus I do some wedding cakes",
        "I'm a state employee (DMV clerk) 40 hours and do stand-up on weekends",
        "municipal planning officer, 35h, and I tutor maths on the side",
    ],
)
def test_a_public_employer_at_any_level_sets_the_government_setting(story: str) -> None:
    planner, _ = conversation(TODAY, story)
    assert planner.plan.profile.context == "government"


def test_working_in_the_city_is_no_public_employer() -> None:
    planner, _ = conversation(TODAY, "I work in the city, insurance broker, about 45 hours")
    assert planner.plan.profile.context != "government"
