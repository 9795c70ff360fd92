"""End-to-end career reboots typed as a user would, through ``PlannerSession.turn``.

Each conversation runs the offline guided interviewer through the session facade (the same
path as the web app and the terminal chat): real tools, agent loop, SQLite event log.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import HumanMessage

from agent.interviewer import GuidedInterviewer
from agent.plan import Plan, plan_from_json, replay
from agent.plan.io import plan_to_json
from agent.plan.rules import check
from agent.session import PlannerSession
from agent.settings import Settings
from evals.conversations import ACADEMIC_REBOOT

TODAY = dt.date(2026, 11, 22)

ACADEMIC = [*ACADEMIC_REBOOT, "json"]

CAREGIVER = [
    "hello",
    "I'm caring for my mum",
    "25 hours",
    "caregiving",
    "5k",
    "1,800 a month",
    "part-time bookkeeping and tutoring",
    "15 hours, 18k a year, steady",
    "patience with detail",
    "neutral",
    "3 hours a day, 2 days a week",
    "$400 a week",
    "up and down",
    "how kids learn",
    "love it",
    "bookkeeping, tutoring, maths",
    "tutoring",
    "none",
    "tutoring",
    "yes",  # streams
    "yes",  # blocks and loops, one confirmation
    "yes",  # review date and final checks, one confirmation
    "no thanks",  # the forecast
    "no",
]

ONE_JOB = [
    "hey",
    "software engineer at a big tech company",
    "45",
    "none",
    "don't know",
    "skip",
    "my job",
    "40",
    "about 60 thousand",
    "stable",
    "distributed systems",
    "bit of both",
    "coding, mentoring, writing",
    "mentoring",
    "writing",
    "coding",
    "yes",  # streams
    "yes",  # blocks and loops, one confirmation
    "yes",  # review date and final checks, one confirmation
    "no",  # the forecast
    "pdf",
]


class Cards:
    """A guidance store that always finds one card named after the stage."""

    def search(self, query: str, k: int = 4, roles: Any = None, contexts: Any = None,
               stage: Any = None, prefer: Any = None) -> list[dict[str, Any]]:  # fmt: skip
        return [{"card_id": f"{stage}-card", "title": f"Guide to {stage}", "passage": "..."}]


@dataclass
class Run:
    """A conversation driven through a session: its replies and every tool call and result."""

    session: PlannerSession
    replies: list[str] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    results: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def say(self, text: str) -> str:
        """One user turn; returns the reply."""
        reply = ""
        for event in self.session.turn(text):
            if event.kind == "tool_call":
                self.calls.append((event.text, event.data["args"]))
            elif event.kind == "tool_result":
                self.results.append((event.text, event.data))
            elif event.kind == "final":
                assert event.data["ok"], event.text
                reply = event.text
        self.replies.append(reply)
        return reply


def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


def start(tmp_path: Path) -> Run:
    session = PlannerSession.create(settings(tmp_path), guidance=Cards(), today=lambda: TODAY)
    return Run(session)


def run(script: list[str], tmp_path: Path) -> Run:
    conversation = start(tmp_path)
    for line in script:
        conversation.say(line)
    return conversation


def final_errors(plan: Plan) -> list[Any]:
    return [f for f in check(plan, final=True, today=TODAY) if f.severity == "error"]


@pytest.mark.parametrize("script", [ACADEMIC, CAREGIVER, ONE_JOB], ids=["academic", "carer", "job"])
def test_a_reboot_reaches_a_final_plan(script: list[str], tmp_path: Path) -> None:
    conversation = run(script, tmp_path)
    plan = conversation.session.plan
    assert final_errors(plan) == []
    assert conversation.session.is_final
    assert 3 <= len(plan.streams) <= 5
    assert plan.capacity is not None
    assert plan.planned_hours <= plan.capacity.hours_per_week
    assert not any("go on" in r for r in conversation.replies)  # no pause in a normal reboot


def test_the_export_equals_the_fold_of_the_log_and_a_resumed_session(tmp_path: Path) -> None:
    conversation = run(ACADEMIC, tmp_path)
    session = conversation.session
    exported = session.export("json").read_text(encoding="utf-8")
    folded = replay(session.events, today=TODAY)  # type: ignore[arg-type]
    assert exported == plan_to_json(folded)
    assert ("export_plan", {"format": "json"}) in conversation.calls
    resumed = PlannerSession.resume(session.id, settings(tmp_path), today=lambda: TODAY)
    assert resumed is not session and resumed.is_final
    assert plan_to_json(resumed.plan) == exported
    assert plan_from_json(resumed.export("json").read_bytes()) == folded


def test_vague_skip_correction_and_undo_land_in_the_plan(tmp_path: Path) -> None:
    plan = run(ACADEMIC, tmp_path).session.plan
    consulting = next(a for a in plan.activities if a.name == "Consulting")
    assert consulting.hours_per_week == 10  # the correction replaced the 12.5 midpoint
    assert consulting.annual_revenue == 18_000
    assert "activities[Consulting].volatility" in {u.field for u in plan.unknowns}
    assert next(s for s in plan.streams if s.name == "Consulting").target_hours == 8
    assert sum(s.target_income_share for s in plan.streams) == pytest.approx(100)


def test_the_caregiver_plan_keeps_slack(tmp_path: Path) -> None:
    plan = run(CAREGIVER, tmp_path).session.plan
    assert plan.profile.context == "caregiver"
    assert plan.planned_hours <= 0.9 * 25


def test_all_time_blocks_are_accepted_in_one_turn(tmp_path: Path) -> None:
    conversation = run(ONE_JOB[:17], tmp_path)  # up to the blocks question
    assert "blocks" in conversation.replies[-1] and not conversation.session.plan.time_blocks
    before = conversation.session.plan
    conversation.say("yes")
    # the whole week in one call: one event, one step back
    weeks = [args for name, args in conversation.calls if name == "add_week"]
    assert len(weeks) == 1 and not any(n == "add_time_block" for n, _ in conversation.calls)
    assert len(weeks[0]["blocks"]) == len(conversation.session.plan.time_blocks) >= 5
    assert len(weeks[0]["loops"]) == len(conversation.session.plan.feedback_loops) >= 1
    assert "go on" not in conversation.replies[-1]
    assert "Recorded: time blocks; feedback loops." in conversation.replies[-1]
    changes = len(weeks[0]["blocks"]) + len(weeks[0]["loops"])  # told as before, one undo
    assert f"took back your last answer ({changes} changes)" in conversation.say("go back")
    assert conversation.session.plan.time_blocks == before.time_blocks == []
    assert conversation.session.plan.feedback_loops == before.feedback_loops


def test_the_same_conversation_gives_the_same_calls_and_replies(tmp_path: Path) -> None:
    first, second = run(ONE_JOB, tmp_path / "a"), run(ONE_JOB, tmp_path / "b")
    assert first.calls == second.calls
    assert first.replies == second.replies


def test_guidance_card_titles_are_cited(tmp_path: Path) -> None:
    conversation = run(ONE_JOB[:17], tmp_path)
    assert "Guide to streams" in " ".join(conversation.replies)
    assert any(name == "search_guidance" for name, _ in conversation.calls)


def test_the_forecast_is_offered_after_finalising(tmp_path: Path) -> None:
    conversation = run(ACADEMIC[:-2], tmp_path)  # up to the forecast question
    assert conversation.session.is_final and "forecast" in conversation.replies[-1]
    reply = conversation.say("yes please")
    assert ("forecast_cash_flow", {}) in conversation.calls
    data = next(d for name, d in conversation.results if name == "forecast_cash_flow")
    assert data["summary"] and all(line in reply for line in data["summary"])
    assert "Which download" in reply


def test_options_are_shown_adopted_and_undone_at_the_streams_question(tmp_path: Path) -> None:
    conversation = run(ONE_JOB[:16], tmp_path)  # the streams proposal is on the table
    reply = conversation.say("show me options")
    shown = [args for name, args in conversation.calls if name == "show_options"]
    assert shown and shown[-1]["top"] == 3  # with the proposal's hours, adjustments kept
    assert "1. " in reply and "option 2" in reply and not conversation.session.plan.streams
    reply = conversation.say("I'll take the second one")
    plan = conversation.session.plan
    assert ("adopt_option", {"rank": 2}) in conversation.calls
    assert len(plan.streams) >= 3 and plan.time_blocks and plan.feedback_loops and plan.review
    assert "final checks" in reply  # blocks, loops and review came with the option
    conversation.say("go back")
    assert not conversation.session.plan.streams and not conversation.session.plan.time_blocks
    conversation.say("other options")
    conversation.say("option 1")
    for line in ["yes", "no", "json"]:
        conversation.say(line)
    session = conversation.session
    assert session.is_final and final_errors(session.plan) == []
    assert session.export("json").read_text() == plan_to_json(
        replay(session.events, today=TODAY)  # type: ignore[arg-type]
    )


def test_a_refusal_is_explained_and_the_question_asked_again(tmp_path: Path) -> None:
    conversation = start(tmp_path)
    conversation.say("hi")
    conversation.say("tech")
    reply = conversation.say("120 hours")  # the capacity operation allows at most 100
    assert conversation.session.plan.capacity is None
    assert "hours" in reply.lower()
    conversation.say("40")
    capacity = conversation.session.plan.capacity
    assert capacity is not None and capacity.hours_per_week == 40


def test_state_rides_in_the_messages_so_a_new_model_resumes(tmp_path: Path) -> None:
    session = run(ACADEMIC[:8], tmp_path).session
    resumed = PlannerSession.resume(session.id, settings(tmp_path), today=lambda: TODAY)
    fresh = GuidedInterviewer(plan_view=lambda: resumed.plan, clock=lambda: TODAY)
    reply = fresh.invoke([*resumed._messages, HumanMessage("a lot about leading people")])
    assert reply.tool_calls[0]["name"] == "update_activity"
    assert "lot about leading people" in reply.tool_calls[0]["args"]["teaches"]


def test_the_session_dates_the_review_from_its_own_today(tmp_path: Path) -> None:
    plan = run(ONE_JOB, tmp_path).session.plan
    assert plan.review is not None
    assert dt.timedelta(weeks=11) <= plan.review.date - TODAY <= dt.timedelta(weeks=13)


def test_first_message_welcomes_and_asks_one_question() -> None:
    model = GuidedInterviewer(plan_view=Plan, clock=lambda: TODAY)
    reply = model.invoke([HumanMessage("hi")])
    assert not reply.tool_calls
    assert "career reboot" in str(reply.content)
    assert str(reply.content).count("?") >= 1
    assert json.dumps(reply.additional_kwargs)  # the state is JSON, so the history stores it
