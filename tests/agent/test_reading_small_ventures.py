"""A venture of one's own said with its article dropped ("I have small bakery"), and kinds of
venture named by what they are (a kiosk, a homestay, a cooking school)."""

from __future__ import annotations

from agent.interviewer.reading.ventures import owned, venture_name


def test_a_small_venture_said_without_its_article_is_owned() -> None:
    assert owned("i have small bakery near the bus stand")
    assert venture_name("we run little guesthouse by the lake") == "guesthouse by the lake"


def test_kinds_of_venture_are_owned_ventures() -> None:
    assert owned("i have a surf school in Ericeira")
    assert owned("i run a mobile money kiosk in the market")


def test_small_things_that_are_no_venture_are_not_owned() -> None:
    assert not owned("i have small kids at home")
    assert not owned("i have a workshop in my garage")  # where a trade is done, not its name
