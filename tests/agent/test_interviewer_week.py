"""Adjusting time blocks and feedback loops in words, and a closing line true to the plan.

Parsing is table-driven (``when``); the flows run the reboot scripts of
``test_interviewer_reboot`` through ``PlannerSession.turn``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.interviewer import choices, when
from agent.interviewer.phrases import QUESTIONS
from agent.plan.models import Plan, Stream
from agent.session import PlannerSession
from tests.agent.test_interviewer_reboot import (
    ACADEMIC,
    ONE_JOB,
    TODAY,
    Cards,
    Run,
    settings,
    start,
)
from tests.agent.test_interviewer_review import REVIEW

H = 60


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("move consulting to Saturday morning", ["saturday"]),
        ("writing on Tue and Thurs evenings", ["tuesday", "thursday"]),
        ("the blog on sundays", ["sunday"]),
        ("weekends", ["saturday", "sunday"]),
        ("Wednesday, fri", ["wednesday", "friday"]),
        ("make consulting 10 hours", []),
        ("monsoon season", []),
    ],
)
def test_weekdays_are_read(text: str, days: list[str]) -> None:
    assert when.days(text) == days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunday 9-11", (9 * H, 11 * H)),
        ("14:00-16:00", (14 * H, 16 * H)),
        ("9am to 1pm", (9 * H, 13 * H)),
        ("2 to 4pm", (14 * H, 16 * H)),
        ("9-1", (9 * H, 13 * H)),
        ("2-4", (14 * H, 16 * H)),
        ("from 7.30 to 9", (7 * H + 30, 9 * H)),
        ("evening 7-9", (19 * H, 21 * H)),
        ("afternoon 1-3", (13 * H, 15 * H)),
        ("10-15 hours", None),
        ("Saturday morning", None),
        ("9pm-8am", None),  # crosses midnight
    ],
)
def test_clock_ranges_are_read(text: str, expected: tuple[int, int] | None) -> None:
    assert when.clock_range(text, when.period(text)) == expected


def _plan(*streams: tuple[str, str]) -> Plan:
    return Plan(
        streams=[
            Stream(id=sid, name=name, role=role, target_hours=4, target_income_share=25)
            for sid, (name, role) in zip(["a", "b", "c", "d"], streams, strict=False)
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("move consulting to saturday", ["b"]),
        ("the podcast funds the seed stream", ["c", "d"]),
        ("put the research writing on sunday", ["d"]),
        ("the writing on sunday", ["d"]),  # only one stream's name has "writing"
        ("the university on friday", ["a"]),
        ("the job on friday", []),  # 3-letter words are too weak to pick a stream
        ("move it to saturday", []),
    ],
)
def test_streams_are_named_safely(text: str, expected: list[str]) -> None:
    plan = _plan(("University job", "anchor"), ("Consulting", "client"), ("Podcast", "leverage"),
                 ("Research writing", "seed"))  # fmt: skip
    assert [sid for _, sid in when.streams_named(text, plan)] == expected


def test_a_word_shared_by_two_streams_names_neither() -> None:
    plan = _plan(("Data consulting", "client"), ("Data course", "leverage"), ("Job", "anchor"))
    assert when.streams_named("move data to saturday", plan) == []
    assert [s for _, s in when.streams_named("data course on sunday", plan)] == ["b"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [("finalise", True), ("Finalize it", True), ("run the final checks again", True),
     ("mark it as final please", True), ("is it final?", False), ("yes", False)],
)  # fmt: skip
def test_finalise_requests_are_recognised(text: str, wanted: bool) -> None:
    assert choices.wants_finalise(text) is wanted


# --- through the session ---------------------------------------------------------------------


def _at_blocks(tmp_path: Path) -> Run:
    conversation = start(tmp_path)
    for line in ACADEMIC[:29]:  # up to the blocks and loops question
        conversation.say(line)
    assert "Shall I put these blocks" in conversation.replies[-1]
    return conversation


def _blocks_of(run: Run, sid: str) -> list[tuple[str, str, str]]:
    return [(b.weekday, b.start, b.end) for b in run.session.plan.time_blocks if b.stream_id == sid]


def test_blocks_and_loops_are_adjusted_before_accepting(tmp_path: Path) -> None:
    conversation = _at_blocks(tmp_path)
    reply = conversation.say("move consulting to Saturday morning")
    assert not conversation.session.plan.time_blocks  # only the proposal changed
    assert "Consulting: Sat 09:00-17:00" in reply and "Shall I put these blocks" in reply
    reply = conversation.say("put the podcast on Sunday 9-11")
    assert "Podcast: Sun 09:00-11:00" in reply
    reply = conversation.say("drop the loop from consulting to the podcast")
    assert "Dropped the loop" in reply
    reply = conversation.say("consulting teaches the podcast how to interview")
    assert "Added: Consulting teaches Podcast" in reply
    conversation.say("yes")
    assert _blocks_of(conversation, "consulting") == [("saturday", "09:00", "17:00")]
    assert _blocks_of(conversation, "podcast") == [("sunday", "09:00", "11:00")]
    loops = {(lp.from_stream, lp.to_stream, lp.kind): lp.note
             for lp in conversation.session.plan.feedback_loops}  # fmt: skip
    assert "how to interview" in loops[("consulting", "podcast", "teaches")]
    conversation.say("yes")  # the review date and the final checks
    assert conversation.session.is_final


def test_an_overlap_is_explained_and_the_proposal_shown_again(tmp_path: Path) -> None:
    conversation = _at_blocks(tmp_path)
    before = conversation.replies[-1]
    reply = conversation.say("put the podcast on Monday 10-12")  # the university job's hours
    assert "overlap University job" in reply and "PC018" in reply
    listed = [line for line in reply.splitlines() if line.startswith("- ")]
    assert listed == [line for line in before.splitlines() if line.startswith("- ")]
    reply = conversation.say("drop the loop from the university job to consulting")
    assert "Dropped the loop from University job to Consulting" in reply
    reply = conversation.say("drop the loop from consulting to the podcast")
    assert "leave Consulting in no loop" in reply and "PC011" in reply
    assert "- Consulting teaches Podcast" in reply  # still proposed
    reply = conversation.say("drop the loop from the podcast to consulting")
    assert "There's no loop from Podcast to Consulting" in reply


def test_blocks_move_after_finalising_and_the_plan_stays_final(tmp_path: Path) -> None:
    conversation = start(tmp_path)
    for line in ONE_JOB[:-2]:  # final, at the forecast question
        conversation.say(line)
    session = conversation.session
    assert session.is_final
    side = next(s for s in session.plan.streams if s.role != "anchor")
    hours = sum(b.hours for b in session.plan.time_blocks if b.stream_id == side.id)
    reply = conversation.say(f"{side.name} on Tuesday and Thursday evenings")
    removed = [a for name, a in conversation.calls if name == "remove_time_block"]
    assert removed and conversation.calls[-1] == ("finalise", {})
    moved = _blocks_of(conversation, side.id)
    assert [d for d, _, _ in moved] == ["tuesday", "thursday"] and moved[0][1] == "18:00"
    assert sum(b.hours for b in session.plan.time_blocks if b.stream_id == side.id) == hours
    assert session.is_final and "passes the final checks again" in reply

    anchor = next(s for s in session.plan.streams if s.role == "anchor")
    week = [(b.weekday, b.start, b.end) for b in session.plan.time_blocks]
    reply = conversation.say(f"move {side.name} to Monday morning")  # the anchor's hours
    assert "couldn't record that" in reply and "PC018" in reply
    assert "Your week as it stands" in reply and anchor.name in reply
    assert [(b.weekday, b.start, b.end) for b in session.plan.time_blocks] == week
    assert session.is_final  # the refused move was undone and the checks run again
    conversation.say("go back")  # takes back the accepted move
    assert [d for d, _, _ in _blocks_of(conversation, side.id)] != ["tuesday", "thursday"]


def test_the_closing_line_follows_the_real_state(tmp_path: Path) -> None:
    clock = [TODAY]
    session = PlannerSession.create(settings(tmp_path), guidance=Cards(), today=lambda: clock[0])
    conversation = Run(session)
    for line in ACADEMIC:
        conversation.say(line)
    assert session.is_final and "Your plan is final" in conversation.replies[-1]
    reply = conversation.say("drop the loop from university job to consulting")
    assert ("remove_feedback_loop", {"from_stream": "university-job", "to_stream": "consulting",
                                     "kind": "teaches"}) in conversation.calls  # fmt: skip
    assert session.is_final and reply.endswith(QUESTIONS["done"])

    # Consulting's only loop now runs to the podcast: stopping the podcast fails PC011.
    clock[0] = TODAY + dt.timedelta(weeks=13)
    for line in REVIEW:
        conversation.say(line)
    lines = conversation.replies[-1].splitlines()
    number = next(x for x in lines if "stop Podcast" in x).split(".")[0]
    reply = conversation.say(f"1 and {number}")
    assert "podcast" not in {s.id for s in session.plan.streams}
    assert not session.is_final and "draft again until" in reply
    assert "Your plan is final" not in reply
    assert "Your plan is a draft" in reply and "PC011" in reply.rsplit("\n\n", 1)[-1]

    reply = conversation.say("consulting teaches the university job")
    assert "Added: Consulting teaches University job" in reply
    assert not session.is_final and "changed since its final checks" in reply
    reply = conversation.say("finalise")
    assert session.is_final and reply.endswith(QUESTIONS["done"])
    reply = conversation.say("json")  # a download changes nothing: still final
    assert session.is_final and "Your plan is final" in reply


def test_an_answer_that_is_no_week_change_gets_the_ways_to_answer(tmp_path: Path) -> None:
    conversation = _at_blocks(tmp_path)
    reply = conversation.say("the mornings are when I think best honestly")
    assert "Say 'yes' to keep this week, or change one block" in reply
    assert not conversation.session.plan.time_blocks
