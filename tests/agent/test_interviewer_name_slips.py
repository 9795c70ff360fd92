"""A name is refused as a typed filler only for a slip of the finger (a neighbouring key, a
letter dropped, added or swapped): "tiles" is no "times", "tiling" no "tiring". Words that say
how often work comes ("every changeover") are never work."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from agent.interviewer.namelike import name


@pytest.mark.parametrize("said", ["tiles", "tiling", "Tiles", "mats", "dyes"])
def test_a_real_word_one_letter_from_a_filler_is_a_name(said: str) -> None:
    assert name(said) is not None


@pytest.mark.parametrize("said", ["weeek", "hoirs", "stwady", "varise", "tomes"])
def test_a_filler_typed_with_a_slip_is_still_no_name(said: str) -> None:
    assert name(said) is None


@pytest.mark.parametrize("said", ["every changeover", "each season", "Every other Friday"])
def test_how_often_is_no_name(said: str) -> None:
    assert name(said) is None


def test_work_named_by_a_word_near_a_filler_keeps_its_figures() -> None:
    talk = MemoryPlanner(dt.date(2026, 12, 6))
    talk.start()
    for line in ["self employed", "45", "none", "£8k saved", "1,900 a month"]:
        talk.say(line)
    talk.say("tiling: 30h a week, about £2,200 a month")
    tiling = [a for a in talk.plan.activities if a.name == "Tiling"]
    assert tiling and tiling[0].hours_per_week == 30
    assert tiling[0].annual_revenue == 26_400
