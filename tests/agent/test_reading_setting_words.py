"""The setting named by words in a message: freelance work, and a big company of any trade."""

from __future__ import annotations

from agent.interviewer.reading import read
from agent.interviewer.reading.types import PlanView


def setting(message: str) -> list[object]:
    """The settings read, sure ones only."""
    return [
        r.value
        for r in read(message, PlanView(), "context")
        if r.field == "context" and r.confident
    ]


def test_freelance_work_is_the_general_setting() -> None:
    assert setting("Sign painter. Freelance - pubs find me by word of mouth.") == ["general"]
    assert setting("I'm freelance, a session drummer in Glasgow") == ["general"]


def test_a_piece_of_freelance_work_or_a_public_client_settles_nothing() -> None:
    assert setting("I've done some freelance copy editing for a friend, unpaid") == []
    assert setting("data engineer 40h/wk day job, freelance web design ~5h, £6k/yr") == []
    assert setting("freelance BSL interpreter, mostly booked by the county council") == []


def test_a_big_company_of_any_trade_is_corporate() -> None:
    assert setting("warehouse supervisor at one of the big logistics companies") == ["corporate"]
    assert setting("QA lead at an MNC in Pune") == ["corporate"]
