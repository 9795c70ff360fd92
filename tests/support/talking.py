"""A conversation with the guided interviewer in memory, for tests that talk to it."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner


def conversation(today: dt.date, *lines: str) -> tuple[MemoryPlanner, str]:
    """The planner after the interviewer's opening and each of ``lines``, and its last reply."""
    planner = MemoryPlanner(today)
    planner.start()
    reply = ""
    for line in lines:
        reply = planner.say(line)
    return planner, reply
