"""Work named in passing in the opening and only offered by the audit is asked about once when
the person closes the list ("that's everything"), never dropped in silence."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner

OPENING = (
    "Hiya. I'm a hospital pharmacist in Leeds (0.6, so 3 days) on about £29k pro rata, and I "
    "sell vintage clothes on Depop, maybe 5 hours a week"
)


def _at_the_audit() -> MemoryPlanner:
    talk = MemoryPlanner(dt.date(2026, 12, 6))
    talk.start()
    for line in [OPENING, "public sector", "35", "none", "£3k saved, £1,900 a month spending"]:
        talk.say(line)
    return talk


def test_work_only_offered_is_asked_about_when_the_list_closes() -> None:
    talk = _at_the_audit()
    assert not any("pharmacist" in a.name.lower() for a in talk.plan.activities)  # offered only
    reply = talk.say("that's everything")
    assert "Before I close the list" in reply and "pharmacist" in reply.lower()
    talk.say("yes")
    assert any("pharmacist" in a.name.lower() for a in talk.plan.activities)


def test_a_no_then_closes_the_list_without_it() -> None:
    talk = _at_the_audit()
    talk.say("that's everything")
    reply = talk.say("no")
    assert not any("pharmacist" in a.name.lower() for a in talk.plan.activities)
    assert "Before I close the list" not in reply
