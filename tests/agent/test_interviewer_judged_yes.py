"""A yes said as a judgement ("sounds fine", "fine by me") books the proposed review date and
answers the forecast's question, as "yes" does: it was asked again as neither."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.interviewer.harness import MemoryPlanner
from tests.agent.test_interviewer_reboot import CAREGIVER

TO_REVIEW = CAREGIVER[: CAREGIVER.index("yes") + 2]  # the streams and the week accepted


@pytest.mark.parametrize("said", ["sounds fine", "fine by me", "sounds fine to me 👍"])
def test_a_judged_yes_books_the_review(said: str) -> None:
    talk = MemoryPlanner(dt.date(2026, 12, 5))
    talk.start()
    for line in TO_REVIEW:
        talk.say(line)
    assert talk.plan.review is None
    talk.say(said)
    assert talk.plan.review is not None


def test_a_date_said_is_still_the_date() -> None:
    talk = MemoryPlanner(dt.date(2026, 12, 5))
    talk.start()
    for line in TO_REVIEW:
        talk.say(line)
    talk.say("sounds fine but make it 2027-02-10")
    assert talk.plan.review is not None
    assert talk.plan.review.date.isoformat() == "2027-02-10"
