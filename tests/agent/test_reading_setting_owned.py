"""The setting question answered with a venture of one's own said as had, owned or run now,
wherever the clause starts (after a greeting in another language, after "with my brother"):
the self-employed setting. A venture run for others, a job in one or one wished for is not."""

from __future__ import annotations

import pytest

from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView

VIEW = PlanView()


def setting(message: str) -> list[object]:
    return [r.value for r in read(message, VIEW, "context") if r.field == "context"]


@pytest.mark.parametrize(
    "message",
    [
        "kumusta po i own a noodle bar near the station and i tutor chemistry online",
        "I have a small bakery in the old town. I also teach maths",
        "I have small sewing school at my flat, I teach dressmaking",
        "I'm a nurse, and with my cousin we have a little spice business",
        "I have my workshop behind the market with two apprentices",
        "my uncle and I run our family olive grove, and I work as a waiter",
        "I am an independent wedding celebrant in Leeds",
        "Day job at the port. Also little business: I refurbish old radios and sell them.",
    ],
)
def test_a_venture_of_ones_own_is_the_self_employed_setting(message: str) -> None:
    assert setting(message) == ["general"]


@pytest.mark.parametrize(
    "message",
    [
        "I do the accounts for a small business in town",
        "I have a shop job at the mall, tills mostly",
        "I run a pottery workshop for kids on Saturdays, unpaid",
        "I have my family to feed, so I drive a cab",
    ],
)
def test_a_venture_that_is_not_ones_own_says_no_setting(message: str) -> None:
    assert setting(message) == []


def test_looking_after_me_mam_is_caring() -> None:
    assert setting("I drive a bus and I look after me mam, she's got dementia") == ["caregiver"]
