"""One list of the words of a yes and a no: the reading layer and the plain answers' reader
(questions back, the CV's skills, the review) hear the same yes."""

from __future__ import annotations

import pytest

from agent.interviewer import parse
from agent.interviewer.reading import acts


@pytest.mark.parametrize("said", ["aye", "go on then", "brilliant", "that's perfect", "ja", "👍"])
def test_a_word_of_assent_is_a_yes_to_both_readers(said: str) -> None:
    assert acts.yes_no(said) is True
    assert parse.parse_yes_no(said) is True


@pytest.mark.parametrize("said", ["nope", "not yet", "not that one", "no way"])
def test_a_no_is_a_no_to_both_readers(said: str) -> None:
    assert acts.yes_no(said) is False
    assert parse.parse_yes_no(said) is False


def test_never_is_a_no_only_where_no_proposal_is_read() -> None:
    assert parse.parse_yes_no("never mind") is False
    assert acts.yes_no("never before 9 please") is None


def test_a_limit_said_with_no_is_no_no_at_a_proposal() -> None:
    assert acts.yes_no("no calls before 9") is None
