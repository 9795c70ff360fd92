"""The quarterly review in the chat: versions in sessions, the guided review flow, the LLM path.

A full guided reboot (the academic script of ``test_interviewer_reboot``) makes a final plan;
a quarter later the person says "quarterly review" and the interviewer gathers the actuals,
shows the comparison, applies the chosen suggestions through the tools and keeps a version.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from agent.interviewer import review as rv
from agent.session import PlannerSession
from agent.settings import Settings
from tests.agent.test_interviewer_reboot import ACADEMIC, TODAY, Cards, Run, settings
from tests.support.openai_stub import OpenAIStub, Reply

LATER = TODAY + dt.timedelta(weeks=13)
REVIEW = [
    "let's do the quarterly review",
    "about 30 hours, £9k",
    "12 hours and £2k",
    "3 hours",
    "nothing",
    "skip",
    "consulting taught the podcast how to interview",
    "the podcast, no listeners yet",
]


def _reboot(tmp_path: Path) -> tuple[Run, list[dt.date]]:
    clock = [TODAY]
    session = PlannerSession.create(settings(tmp_path), guidance=Cards(), today=lambda: clock[0])
    conversation = Run(session)
    for line in ACADEMIC:
        conversation.say(line)
    assert session.is_final
    return conversation, clock


def test_finalise_records_a_version_and_nothing_changed_since(tmp_path: Path) -> None:
    conversation, _ = _reboot(tmp_path)
    session = conversation.session
    [version] = session.versions()
    assert version.label == "final" and version.date == TODAY.isoformat()
    assert session.plan_at(version.id) == session.plan
    assert session.baseline() is None and session.diff_since() == []  # nothing older yet
    assert session.diff_since(version.id) == []
    with pytest.raises(KeyError, match="versions are: 1"):
        session.plan_at(7)
    assert session.record_version("again") is None  # the same point of the log: kept once


def test_a_quarterly_review_in_the_guided_chat(tmp_path: Path) -> None:
    conversation, clock = _reboot(tmp_path)
    session = conversation.session
    before = session.plan
    clock[0] = LATER
    replies = [conversation.say(line) for line in REVIEW]
    assert "quarterly review" in replies[0] and "University job" in replies[0]
    assert "how many hours" in replies[1] and "Consulting" in replies[1]
    assert "bring in" in replies[3]  # the podcast's income was asked on its own
    assert "fail its promise" in replies[6]
    comparison = replies[-1]
    assert "How the quarter went" in comparison and "target 35" in comparison
    assert "Which shall I apply?" in comparison
    recorded = next(args for name, args in conversation.calls if name == "record_review_actuals")
    assert {"stream": "consulting", "hours_per_week": 12.0, "income": 2000.0} in recorded["streams"]
    assert recorded["taught"][0]["from_stream"] == "consulting"
    assert recorded["failed_promise"][0]["stream"] == "podcast"
    assert session.plan == before  # nothing changes until the person picks

    listed = [line for line in comparison.splitlines() if line[:2] in {"1.", "2.", "3."}]
    assert listed[0].startswith("1. rebalance")
    stop = next(n for n, line in enumerate(comparison.splitlines()) if "stop Podcast" in line)
    number = comparison.splitlines()[stop].split(".")[0]
    reply = conversation.say(f"1 and {number}")
    plan = session.plan
    assert (
        "suggest_rebalance",
        {"apply": ["RB001", "RB003:podcast", "RB006"]},
    ) in conversation.calls
    assert "podcast" not in {s.id for s in plan.streams}
    assert plan.review is not None and plan.review.date > LATER  # the next review is booked
    assert "version 2" in reply and session.is_final
    assert [v.label for v in session.versions()] == ["final", "quarterly review"]

    reply = conversation.say("what changed since last quarter?")
    assert ("what_changed", {}) in conversation.calls
    assert session.diff_since() and "Since version 1" in reply
    assert "removed stream 'Podcast'" in reply and "University job: target hours 35" in reply
    conversation.say("go back")  # undo takes back every change of the applied review
    assert {s.id for s in session.plan.streams} == {s.id for s in before.streams}


def test_no_suggestion_and_a_review_outside_a_final_plan(tmp_path: Path) -> None:
    conversation, clock = _reboot(tmp_path)
    clock[0] = LATER
    for line in REVIEW:
        conversation.say(line)
    before = conversation.session.plan
    reply = conversation.say("none")
    assert "Nothing applied" in reply and conversation.session.plan == before
    assert len(conversation.session.versions()) == 1


def test_review_and_change_requests_are_recognised() -> None:
    for text in ["Quarterly review", "let's do the review", "review", "start my review"]:
        assert rv.wants_review(text), text
    for text in ["yes", "review on the 14th works", "I reviewed it"]:
        assert not rv.wants_review(text), text
    assert rv.wants_changes("What changed since last quarter?")
    assert not rv.wants_changes("the podcast changed my mind")


def test_the_llm_calls_the_review_tools(tmp_path: Path) -> None:
    conversation, _ = _reboot(tmp_path / "guided")
    plan_file = conversation.session.export("json").read_bytes()
    actuals = {
        "weeks": 13,
        "streams": [
            {"stream": "university-job", "hours_per_week": 30, "income": 9000},
            {"stream": "consulting", "hours_per_week": 12, "income": 2000},
        ],
        "failed_promise": [{"stream": "podcast", "note": "no listeners"}],
    }
    script = [
        Reply.tool("record_review_actuals", actuals),
        Reply.tool("suggest_rebalance", {"apply": ["RB001", "RB006"]}),
        Reply.tool("what_changed", {}),
        Reply.text("I rebalanced the plan and booked the next review."),
    ]
    with OpenAIStub(script) as stub:
        llm = Settings(data_dir=tmp_path / "data", OPENAI_BASE_URL=stub.base_url,
                       OPENAI_API_KEY="test-key", PORTFOLIO_LLM_MODEL="stub-model",
                       llm_max_retries=0)  # fmt: skip
        clock = [TODAY]
        session = PlannerSession.create(llm, today=lambda: clock[0])
        session.import_plan(plan_file)
        assert session.finalise()[0]
        clock[0] = LATER
        events = list(session.turn("Quarterly review: here are my figures."))
    results = {e.text: e.data for e in events if e.kind == "tool_result"}
    assert results["record_review_actuals"]["status"] == "ok"
    assert any(s["code"] == "RB001" for s in results["record_review_actuals"]["suggestions"])
    applied = results["suggest_rebalance"]
    assert applied["status"] == "accepted" and applied["applied"] == ["RB001", "RB006"]
    assert applied["version"] == 2
    assert results["what_changed"]["since"]["label"] == "final"
    assert any("target hours" in line for line in results["what_changed"]["changes"])
    assert session.plan.review is not None and session.plan.review.date > LATER
    tool_names = {t["function"]["name"] for t in stub.requests[0]["tools"]}
    assert {"record_review_actuals", "suggest_rebalance", "what_changed"} <= tool_names
    assert "what_changed" in json.dumps(stub.requests[0]["messages"][0])
