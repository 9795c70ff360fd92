"""A yes or a judgement said at the core-skill question ("sounds fine", "yep") names no core
skill: it was stored as the core skill 'Sounds fine', and streams were built on it."""

from __future__ import annotations

import pytest

from agent.interviewer.reading import PlanView, read


@pytest.mark.parametrize("said", ["sounds fine", "Looks good!", "yep", "fine by me", "nope"])
def test_a_yes_or_a_judgement_is_no_core_skill(said: str) -> None:
    readings = read(said, PlanView(skills=("Welding", "Teaching")), "core")
    assert not any(r.field == "core_skill" for r in readings)


@pytest.mark.parametrize("said", ["welding", "good listening", "fine woodwork"])
def test_a_skill_that_opens_like_a_judgement_is_still_one(said: str) -> None:
    readings = read(said, PlanView(skills=("Welding",)), "core")
    assert [r.value for r in readings if r.field == "core_skill"] == [said]
