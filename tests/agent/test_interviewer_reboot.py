"""End-to-end career reboots typed as a user would, through the real tools and agent loop."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from agent.interviewer import GuidedInterviewer
from agent.interviewer.harness import MemoryPlanner
from agent.plan import Plan, replay
from agent.plan.io import plan_to_json
from agent.plan.rules import check

TODAY = dt.date(2026, 11, 22)

ACADEMIC = [
    "hi",
    "I work at a university",
    "50",
    "none",
    "10k",
    "2k a month",
    "my university job, consulting and a podcast",
    "I work 35h at the uni for 45k, stable",
    "how to run a research group",
    "it drains me a bit",
    "10-15 hours",  # vague: a range
    "£1,500 a month",
    "skip",
    "actually 10 hours",  # correction of the hours
    "clients' real problems",
    "I love it",
    "2 hours a week",
    "nothing yet",
    "go back",  # undo
    "nothing yet",
    "it varies",
    "interviewing and storytelling",
    "energising",
    "research, writing, teaching and data analysis",
    "writing and teaching",
    "teaching",
    "explaining research to people",
    "make consulting 8 hours",
    "yes",
    "yes",
    "yes",
    "yes",
    "yes",
    "json",
]

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
    "yes",
    "yes",
    "yes",
    "yes",
    "yes",
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
    "yes",
    "yes",
    "yes",
    "yes",
    "yes",
    "pdf",
]


def cards(query: str, stage: str | None) -> list[dict[str, Any]]:
    return [{"card": f"{stage}-card", "title": f"Guide to {stage}", "passage": "..."}]


def run(script: list[str]) -> MemoryPlanner:
    planner = MemoryPlanner(TODAY, search=cards)
    for line in script:
        planner.say(line)
    return planner


@pytest.mark.parametrize("script", [ACADEMIC, CAREGIVER, ONE_JOB], ids=["academic", "carer", "job"])
def test_a_reboot_reaches_a_final_plan(script: list[str]) -> None:
    planner = run(script)
    errors = [f for f in check(planner.plan, final=True, today=TODAY) if f.severity == "error"]
    assert errors == []
    assert planner.final
    assert 3 <= len(planner.plan.streams) <= 5
    assert planner.plan.capacity is not None
    assert planner.plan.planned_hours <= planner.plan.capacity.hours_per_week


def test_the_exported_plan_is_the_fold_of_the_event_log() -> None:
    planner = run(ACADEMIC)
    folded = replay(planner.events, today=TODAY)  # type: ignore[arg-type]
    assert plan_to_json(folded) == plan_to_json(planner.plan)
    assert planner.exports == ["json"]


def test_vague_skip_correction_and_undo_land_in_the_plan() -> None:
    plan = run(ACADEMIC).plan
    consulting = next(a for a in plan.activities if a.name == "Consulting")
    assert consulting.hours_per_week == 10  # the correction replaced the 12.5 midpoint
    assert consulting.annual_revenue == 18_000
    assert "activities[Consulting].volatility" in {u.field for u in plan.unknowns}
    assert next(s for s in plan.streams if s.name == "Consulting").target_hours == 8
    assert sum(s.target_income_share for s in plan.streams) == pytest.approx(100)


def test_the_caregiver_plan_keeps_slack() -> None:
    plan = run(CAREGIVER).plan
    assert plan.profile.context == "caregiver"
    assert plan.planned_hours <= 0.9 * 25


def test_the_same_conversation_gives_the_same_calls_and_replies() -> None:
    first, second = run(ONE_JOB), run(ONE_JOB)
    assert first.tool_calls() == second.tool_calls()
    replies = [
        [str(m.content) for m in p.messages if isinstance(m, AIMessage)] for p in (first, second)
    ]
    assert replies[0] == replies[1]


def test_guidance_card_titles_are_cited() -> None:
    planner = run(ONE_JOB[:17])
    texts = " ".join(str(m.content) for m in planner.messages if isinstance(m, AIMessage))
    assert "Guide to streams" in texts
    assert any(name == "search_guidance" for name, _ in planner.tool_calls())


def test_a_refusal_is_explained_and_the_question_asked_again() -> None:
    planner = MemoryPlanner(TODAY)
    planner.say("hi")
    reply = planner.say("tech")
    reply = planner.say("120 hours")  # the capacity operation allows at most 100
    assert planner.plan.capacity is None
    assert "hours" in reply.lower()
    reply = planner.say("40")
    assert planner.plan.capacity is not None and planner.plan.capacity.hours_per_week == 40


def test_state_rides_in_the_messages_so_a_new_model_resumes() -> None:
    planner = run(ACADEMIC[:8])
    fresh = GuidedInterviewer(plan_view=lambda: planner.plan, clock=lambda: TODAY)
    reply = fresh.invoke([*planner.messages, HumanMessage("a lot about leading people")])
    assert reply.tool_calls[0]["name"] == "update_activity"
    assert reply.tool_calls[0]["args"]["teaches"] == "a lot about leading people"


def test_first_message_welcomes_and_asks_one_question() -> None:
    model = GuidedInterviewer(plan_view=Plan, clock=lambda: TODAY)
    reply = model.invoke([HumanMessage("hi")])
    assert not reply.tool_calls
    assert "career reboot" in str(reply.content)
    assert str(reply.content).count("?") >= 1
    assert json.dumps(reply.additional_kwargs)  # the state is JSON, so the history stores it
