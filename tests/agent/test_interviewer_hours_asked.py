"""A wish at the proposal worded as a question ("Could we give it 3 hours a week?", "can the
podcast get 4h?", "what if the podcast had 6 hours?") asks for a change of that stream, applied
or refused with the rule explained; a real question back ("why 3 hours?") stays a question.
Driven through the real reading layer, the dialog manager, the tools and the agent loop."""

from __future__ import annotations

import datetime as dt

from agent.interviewer.harness import MemoryPlanner

TODAY = dt.date(2026, 12, 5)
_TO_PROPOSAL = [
    "tech", "40 hours a week", "none", "20k saved, 2k a month",
    "software developer job, and a local history podcast", "that's all",
    "30 hours", "45k", "stable", "systems design", "neutral",
    "3 hours", "1k a year", "it varies", "how to tell a story", "it energises me",
    "python, writing, interviewing", "writing", "interviewing", "writing",
]  # fmt: skip


def _at_proposal() -> tuple[MemoryPlanner, str]:
    planner = MemoryPlanner(TODAY)
    planner.start()
    reply = ""
    for line in _TO_PROPOSAL:
        reply = planner.say(line)
    assert "Shall I set up these streams?" in reply, reply
    return planner, reply


def _proposed_hours(reply: str, name: str) -> str:
    line = next(x for x in reply.splitlines() if x.startswith(f"- {name}:"))
    return line.split(", ")[2] if "passion" in line else line.split(", ")[1]


def test_asking_for_hours_of_a_named_stream_changes_it() -> None:
    for said in ["what if the podcast had 6 hours?", "Could we give the podcast 6 hours a week?",
                 "can the podcast get 6h?"]:  # fmt: skip
        planner, _ = _at_proposal()
        reply = planner.say(said)
        assert "guidance" not in reply, said
        assert _proposed_hours(reply, "Local history podcast") == "6 h a week", (said, reply)
        planner.say("yes")
        podcast = next(s for s in planner.plan.streams if "podcast" in s.name.lower())
        assert podcast.target_hours == 6, said


def test_hours_asked_for_a_stream_wished_in_the_same_message_are_its_hours() -> None:
    for said in ["There is one tihng missing: a weekly newsletter. Could we give it 3 hours?",
                 "I'd like a newsletter too. Could we give it 3 hours a week?"]:  # fmt: skip
        planner, _ = _at_proposal()
        reply = planner.say(said)
        assert "guidance" not in reply, said
        assert "ewsletter (leverage, 3 h a week), as you asked" in reply, (said, reply)
        planner.say("yes")
        newsletter = next(s for s in planner.plan.streams if "newsletter" in s.name.lower())
        assert newsletter.target_hours == 3, said


def test_hours_asked_with_no_stream_to_point_at_are_asked_back_and_change_nothing() -> None:
    planner, before = _at_proposal()
    reply = planner.say("Could we give it 3 hours a week?")
    assert "which stream you meant" in reply
    assert _proposed_hours(reply, "Local history podcast") == _proposed_hours(
        before, "Local history podcast"
    )


def test_hours_the_rules_refuse_are_refused_with_the_rule() -> None:
    planner, _ = _at_proposal()
    reply = planner.say("what if the podcast had 30 hours?")
    assert "PC007" in reply, reply
    assert _proposed_hours(reply, "Local history podcast") != "30 h a week"


def test_a_real_question_about_hours_stays_a_question() -> None:
    text = "Leverage work earns while you sleep. Give it a few steady hours a week."
    cards = [{"id": "leverage", "title": "The leverage stream", "text": text, "stage": "streams"}]
    planner = MemoryPlanner(TODAY, search=lambda q, s: cards)
    planner.start()
    for line in _TO_PROPOSAL:
        planner.say(line)
    reply = planner.say("why 2 hours for the podcast?")
    assert "The leverage stream" in reply, reply
    assert "Adjusted" not in reply
