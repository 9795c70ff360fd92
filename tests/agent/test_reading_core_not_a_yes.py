"""A yes said as a judgement at a question that asks for the person's words ("sounds fine" at
the core-skill question) names nothing: it was stored as the core skill 'Sounds fine', and
streams were built on it. The guard that keeps a bare "yep" out keeps these out too."""

from __future__ import annotations

import pytest

from agent.interviewer import guards
from tests.agent.test_interviewer_person_faults import _at_core


@pytest.mark.parametrize("said", ["sounds fine", "Looks good!", "fine by me", "perfect, thanks"])
def test_a_judged_yes_is_only_a_yes(said: str) -> None:
    assert guards._yes_or_no(said)


@pytest.mark.parametrize("said", ["welding", "good listening", "fine woodwork", "finance"])
def test_a_skill_that_opens_like_a_judgement_is_no_yes(said: str) -> None:
    assert not guards._yes_or_no(said)


def test_a_judged_yes_at_the_core_question_is_no_core_skill() -> None:
    planner = _at_core()
    reply = planner.say("sounds fine")
    assert "yes or no" in reply and planner.plan.core_skill is None
    planner.say("estimating")
    assert planner.plan.core_skill == "Estimating"
