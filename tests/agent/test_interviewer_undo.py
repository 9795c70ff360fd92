"""Undo that always works, and turns that fail leave the plan as it was.

"Go back" right after any answer of a whole journey returns the plan to what it was before
that answer (swept over every step of three scripted reboots, and property-tested over random
conversations); a turn that fails part-way is taken back whole, in memory and in the stored
log, and its message names the real cause.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agent.interviewer.harness import MemoryPlanner
from agent.plan import Plan
from agent.session import PlannerSession
from agent.settings import Settings
from evals.conversations import ACADEMIC_REBOOT

TODAY = dt.date(2026, 11, 22)

CARER = [
    "hello", "I'm caring for my mum", "25 hours", "caregiving", "5k", "1,800 a month",
    "part-time bookkeeping and tutoring", "15 hours, 18k a year, steady", "patience with detail",
    "neutral", "3 hours a day, 2 days a week", "$400 a week", "up and down", "how kids learn",
    "love it", "bookkeeping, tutoring, maths", "tutoring", "none", "tutoring", "yes", "yes",
    "yes", "no thanks", "no",
]  # fmt: skip
ONE_JOB = [
    "hey", "software engineer at a big tech company", "45", "none", "don't know", "skip",
    "my job", "40", "about 60 thousand", "stable", "distributed systems", "bit of both",
    "coding, mentoring, writing", "mentoring", "writing", "coding", "show me options",
    "option 2", "no", "pdf", "move coding to saturday morning", "finalise",
]  # fmt: skip
SCRIPTS = {"academic": ACADEMIC_REBOOT, "carer": CARER, "job": ONE_JOB}


def shape(plan: Plan) -> dict[str, Any]:
    """The plan without its date stamp (undo is replayed on the same day)."""
    return plan.model_dump(mode="json", exclude={"as_of"})


def planner() -> MemoryPlanner:
    return MemoryPlanner(TODAY)


def walk(script: list[str]) -> list[MemoryPlanner]:
    """The conversation before each message of the script (forks, so each can be tried)."""
    talk, before = planner(), []
    for line in script:
        before.append(talk.fork())
        talk.say(line)
    return before


def test_go_back_right_after_accepting_the_streams(tmp_path: Path) -> None:
    """It crashed with KeyError: 'name' (the week's proposal was shown as streams), removed
    the streams while saying nothing was lost, and left the session unusable."""
    session = PlannerSession.create(Settings(data_dir=tmp_path / "data"), today=lambda: TODAY)
    streams_at = ACADEMIC_REBOOT.index("yes")
    for line in ACADEMIC_REBOOT[:streams_at]:
        list(session.turn(line))
    before = shape(session.plan)
    list(session.turn("yes"))
    assert len(session.plan.streams) == 4
    events = list(session.turn("go back"))
    final = events[-1]
    assert final.data["ok"], final.text
    assert not [e for e in events if e.kind == "error"]
    assert shape(session.plan) == before
    assert "took back your last answer (4 changes)" in final.text
    assert "Shall I set up these streams?" in final.text
    events = list(session.turn("yes"))
    assert events[-1].data["ok"] and len(session.plan.streams) == 4
    assert "blocks" in events[-1].text


def test_go_back_after_accepting_keeps_the_changes_made_to_the_proposal() -> None:
    talk = planner()
    at = ACADEMIC_REBOOT.index("make consulting 8 hours")
    for line in ACADEMIC_REBOOT[: at + 1]:
        talk.say(line)
    talk.say("yes")
    hours = {s.name: s.target_hours for s in talk.plan.streams}
    assert hours["Consulting"] == 8
    reply = talk.say("go back")
    assert not talk.plan.streams and "Consulting: client, passion, 8 h a week" in reply
    talk.say("yes")
    assert {s.name: s.target_hours for s in talk.plan.streams} == hours


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_go_back_after_every_answer_of_a_journey_restores_the_plan(name: str) -> None:
    for step, talk in enumerate(walk(SCRIPTS[name])):
        if SCRIPTS[name][step] == "go back":
            continue  # no answer: a second "go back" takes back the answer before it
        before = shape(talk.plan)
        talk.say(SCRIPTS[name][step])
        if shape(talk.plan) == before:
            continue  # the answer changed nothing (a clarification or a question shown)
        reply = talk.say("go back")
        assert shape(talk.plan) == before, (name, step, SCRIPTS[name][step], reply)


#: Messages people send at any point: answers of the scripts, and things that are no answer.
POOL = [*sorted({*ACADEMIC_REBOOT, *CARER, *ONE_JOB, "what?", "skip", "actually 12 hours",
                "make consulting 20 hours", "drop the podcast"}), "go back", "go back"]  # fmt: skip


@pytest.mark.timeout(900)  # twenty whole journeys: minutes on a loaded machine
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(SCRIPTS)),
    st.lists(st.tuples(st.integers(0, 40), st.sampled_from(POOL)), max_size=8),
)
@example(  # a question asked twice, left, and the answer said again after "go back"
    name="academic", inserts=[(35, "$400 a week"), (29, "$400 a week"), (0, "$400 a week"),
                              (0, "$400 a week"), (0, "$400 a week"), (0, "$400 a week"),
                              (17, "stable")],
)  # fmt: skip
@example(name="academic", inserts=[(30, "go back")])  # the proposal's changes survive undo
@example(  # "it" after a change of other work means that work again when said after "go back"
    name="academic", inserts=[(9, "go back"), (9, "go back"), (0, "it drains me a bit"),
                              (9, "make consulting 20 hours")],
)  # fmt: skip
@example(  # a second question about one activity left, taken back, and left again
    name="academic", inserts=[(10, "$400 a week"), (13, "$400 a week")]
)
def test_go_back_restores_the_plan_before_the_last_answer(
    name: str, inserts: list[tuple[int, str]]
) -> None:
    """A whole journey with random messages mixed in (more go-backs, corrections, changes,
    answers out of place): every "go back" restores the plan before the last message that
    changed it, the message said again changes it the same way, and no message ever fails."""
    script = list(SCRIPTS[name])
    for at, line in sorted(inserts, reverse=True):
        script.insert(min(at, len(script)), line)
    talk, plans = planner(), [shape(Plan())]
    for line in script:
        before = shape(talk.plan)
        talk.say(line)
        after = shape(talk.plan)
        if line == "go back" and after != before:
            assert after in plans  # a go-back only ever returns to an earlier plan
        elif after != before:
            plans.append(after)
            talk.say("go back")
            assert shape(talk.plan) == before, line
            talk.say(line)
            # Said again, the message is read as it was the first time.
            assert shape(talk.plan) == after, line


class Exploding(Exception):
    """A fault injected into the middle of a turn."""


def test_a_turn_that_fails_midway_is_taken_back_whole(tmp_path: Path) -> None:
    settings_ = Settings(data_dir=tmp_path / "data")
    session = PlannerSession.create(settings_, today=lambda: TODAY)
    for line in ["hi", "tech", "40", "none", "10k", "2k a month"]:
        list(session.turn(line))
    before, count = shape(session.plan), len(session.events)
    real_apply, calls = session.apply, []

    def failing_apply(operation: Any) -> Any:
        calls.append(operation)
        if len(calls) == 3:  # the third activity of the answer
            raise Exploding("disk on fire")
        return real_apply(operation)

    session.apply = failing_apply  # type: ignore[method-assign]
    events = list(session.turn("my job, consulting, a podcast and a newsletter"))
    session.apply = real_apply  # type: ignore[method-assign]
    final = events[-1]
    assert final.data == {"ok": False}
    assert "Exploding: disk on fire" in final.text  # the real cause
    assert "OPENAI" not in final.text and "model endpoint" not in final.text  # no LLM in use
    assert "2 changes this message had made were taken back" in final.text
    assert shape(session.plan) == before and len(session.events) == count
    resumed = PlannerSession.resume(session.id, settings_, today=lambda: TODAY)
    assert shape(resumed.plan) == before and len(resumed.events) == count  # the stored log too
    events = list(session.turn("my job and consulting"))
    assert events[-1].data["ok"]
    assert [a.name for a in session.plan.activities] == ["Job", "Consulting"]


def test_a_failed_turn_in_memory_is_taken_back_before_the_error() -> None:
    talk = planner()
    for line in ["hi", "tech", "40", "none", "10k", "2k a month"]:
        talk.say(line)
    before, count = shape(talk.plan), len(talk.events)
    real_apply = talk.apply
    seen: list[Any] = []

    def failing_apply(operation: Any) -> Any:
        seen.append(operation)
        if len(seen) == 2:
            raise Exploding("boom")
        return real_apply(operation)

    talk.apply = failing_apply  # type: ignore[method-assign]
    with pytest.raises(Exploding):
        talk.say("teaching, writing and research")
    assert len(seen) == 2
    assert shape(talk.plan) == before and len(talk.events) == count


def test_go_back_puts_back_the_question_back_and_the_count_of_asks() -> None:
    # Said again after "go back", a message is read as it was the first time: at the same
    # question back, and after the same number of asks of the open question.
    script = ["$400 a week", "$400 a week", "$400 a week"]
    talk = planner()
    for line in script:
        talk.say(line)
    changed = shape(talk.plan)
    talk.say("go back")
    talk.say(script[-1])
    assert shape(talk.plan) == changed
    talk = planner()
    for line in ["hi", "I work at a university", "50", "none", "10k", "2k a month",
                 "my university job", "10 hours, 10k a year"]:  # fmt: skip
        talk.say(line)
    before, reply = shape(talk.plan), talk.say("I work 35h at the uni for 45k, stable")
    after = shape(talk.plan)
    if after != before:
        talk.say("go back")
        assert shape(talk.plan) == before
        talk.say("I work 35h at the uni for 45k, stable")
        assert shape(talk.plan) == after, reply
