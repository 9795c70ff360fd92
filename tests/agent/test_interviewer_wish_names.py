"""A stream asked for as "a proper stream for X" is named X, also with a slip in the word
before "stream", and joins the proposal with the hours asked."""

from __future__ import annotations

import pytest

from agent.interviewer import intents


@pytest.mark.parametrize(
    "said",
    ["I want a proper stream for the tenants' union, 8 hours a week",
     "I want a prpoer stream for the tenants' union, 8 hours a week, not squeezed in!",
     "I'd like its own stream for the tenants' union, 8 hours a week"],
)  # fmt: skip
def test_a_stream_for_something_is_named_by_that_thing(said: str) -> None:
    assert intents.wished(said) == ("Tenants' union", 8.0, None)


def test_other_wishes_keep_their_names() -> None:
    assert intents.wished("can I have a stream for an online course, 3 h a week?") == (
        "Online course", 3.0, None)  # fmt: skip
    assert intents.wished("want a reliability course stream 4h/wk") == (
        "Reliability course", 4.0, None)  # fmt: skip
