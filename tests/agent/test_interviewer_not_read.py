"""A message with words the interviewer cannot read is said to be unread, not taken as empty."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.decision import NOT_READ, OFF_TOPIC
from tests.support.talking import conversation

TODAY = dt.date(2026, 12, 6)
START = ("tech", "about 38 hours", "none", "8k saved, 2.1k a month", "I fix bikes at a shop")


def test_words_that_answer_nothing_are_said_to_be_unread() -> None:
    planner, reply = conversation(TODAY, *START, "road bikes for commuters mostly")
    assert NOT_READ in reply and OFF_TOPIC not in reply
    assert len(planner.plan.activities) == 1
    assert planner.plan.activities[0].hours_per_week == 0


def test_a_one_word_murmur_is_not_called_unread() -> None:
    _, reply = conversation(TODAY, *START, "hmm")
    assert NOT_READ not in reply


def test_a_short_figure_not_read_is_said_to_be_unread_not_chat() -> None:
    # at the income question, 38 what? nothing is stored, and the reply says it was not read
    planner, reply = conversation(TODAY, *START, "12 hours a week", "about 38")
    assert NOT_READ in reply and OFF_TOPIC not in reply
    assert planner.plan.activities[0].annual_revenue == 0
