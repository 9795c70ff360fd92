"""A figure the person puts right in the same message ("about 42 hours. actually no, make that
40") is replaced in silence: the reply does not ask what the first one was for."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner


def test_hours_put_right_in_one_message_are_not_asked_about() -> None:
    talk = MemoryPlanner(dt.date(2026, 12, 6))
    talk.start()
    talk.say("I'm a postie, employed by Royal Mail")
    reply = talk.say("prob 38 hrs tops. actually no, make that 35")
    assert talk.plan.capacity is not None and talk.plan.capacity.hours_per_week == 35
    assert "I didn't take" not in reply
