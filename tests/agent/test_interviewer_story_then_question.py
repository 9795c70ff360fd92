"""Work named in a story is kept for the audit when the message ends with a question: the
question is answered, and the work is offered when the activities are asked."""

from __future__ import annotations

import datetime as dt

from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)


def test_work_told_before_a_question_is_offered_at_the_audit() -> None:
    _, reply = conversation(
        TODAY,
        "morning! I'm a sous chef in Lyon, split shifts, and I do cakes for friends. Would love "
        "to turn the cakes into a business. How do people usually begin?",
        "corporate",
        "45",
        "none",
        "6k saved, spend 2k a month",
    )
    assert "You also mentioned Sous chef" in reply


def test_a_question_alone_still_records_nothing() -> None:
    planner, _ = conversation(TODAY, "is a sous chef job an anchor?")
    assert not planner.plan.activities
