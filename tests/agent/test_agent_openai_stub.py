"""The agent over the real OpenAI client (``ChatOpenAI``) against the local stub server."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from agent.history import estimate_tokens
from agent.prompts import CANARY
from agent.session import PlannerSession
from agent.settings import Settings
from tests.support.openai_stub import OpenAIStub, Reply, ToolCall, prompt_chars

TODAY = dt.date(2026, 3, 2)
STREAMS = [
    ("add_stream", {"name": "Anchor job", "role": "anchor", "volatility": "stable"}),
    ("add_stream", {"name": "Consulting", "role": "client"}),
]


def _session(stub: OpenAIStub, tmp_path: Path, **overrides: object) -> PlannerSession:
    settings = Settings(
        data_dir=tmp_path / "data",
        OPENAI_BASE_URL=stub.base_url,
        OPENAI_API_KEY="test-key",
        PORTFOLIO_LLM_MODEL="stub-model",
        llm_timeout=overrides.pop("llm_timeout", 5.0),
        llm_max_retries=overrides.pop("llm_max_retries", 0),
        **overrides,
    )
    return PlannerSession.create(settings, today=lambda: TODAY)


def _turn(session: PlannerSession, text: str) -> list:
    return list(session.turn(text))


@pytest.mark.parametrize("stream", [False, True])
def test_valid_tool_calls_change_the_plan(stream: bool, tmp_path: Path) -> None:
    script = [Reply.tool("set_capacity", {"hours_per_week": 50}), Reply.text("Fifty hours, noted.")]
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path)
        session._graph()  # build now so the streaming choice below applies
        if not stream:
            session._agent = None
            from agent.models import build_model

            session._model_source = build_model(
                session.settings, lambda: session.plan, streaming=False
            )
        events = _turn(session, "I have 50 hours a week")
    assert session.plan.capacity is not None and session.plan.capacity.hours_per_week == 50
    assert events[-1].kind == "final" and events[-1].text == "Fifty hours, noted."
    assert bool(stub.requests[0].get("stream")) is stream
    assert stub.remaining == 0
    tool_msg = [m for m in stub.requests[1]["messages"] if m["role"] == "tool"]
    assert json.loads(tool_msg[0]["content"])["status"] == "accepted"


def test_rule_breaking_allocation_refused_then_corrected(tmp_path: Path) -> None:
    script = [
        Reply.tools(("set_capacity", {"hours_per_week": 50}), *STREAMS),
        Reply.tools(
            (
                "set_allocation",
                {"stream_id": "anchor-job", "target_hours": 35, "target_income_share": 70},
            ),
        ),
        # 35 + 20 > 50 hours: PC007 refuses it
        Reply.tool(
            "set_allocation",
            {"stream_id": "consulting", "target_hours": 20, "target_income_share": 30},
        ),
        Reply.tool(
            "set_allocation",
            {"stream_id": "consulting", "target_hours": 10, "target_income_share": 30},
        ),
        Reply.text("Allocation set."),
    ]
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path)
        events = _turn(session, "set it up")
    results = [e.data for e in events if e.kind == "tool_result"]
    refused = [r for r in results if r["status"] == "refused"]
    assert (
        len(refused) == 1 and "PC007" in refused[0]["codes"] and refused[0]["plan"] == "unchanged"
    )
    consulting = next(s for s in session.plan.streams if s.id == "consulting")
    assert consulting.target_hours == 10
    assert events[-1].text == "Allocation set."


@pytest.mark.parametrize(
    "bad",
    [
        ToolCall("set_capacity", '{"hours_per_week": 40'),  # malformed JSON (truncated)
        ToolCall("set_capacity", "null"),  # null args
        ToolCall("set_capacity", "[40]"),  # not an object
        ToolCall("launch_rocket", '{"hours_per_week": 40}'),  # unknown tool
    ],
    ids=["malformed", "null", "array", "unknown-tool"],
)
@pytest.mark.parametrize("stream", [False, True])
def test_unusable_tool_call_is_corrected_and_never_run(
    bad: ToolCall, stream: bool, tmp_path: Path
) -> None:
    script = [
        Reply(tool_calls=[bad]),
        Reply.tool("set_capacity", {"hours_per_week": 40}),
        Reply.text("Forty hours."),
    ]
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path)
        if not stream:
            from agent.models import build_model

            session._model_source = build_model(
                session.settings, lambda: session.plan, streaming=False
            )
        events = _turn(session, "forty hours")
    assert [e.text for e in events if e.kind == "tool_call"] == ["set_capacity"]
    assert len(session.events) == 1 and session.plan.capacity.hours_per_week == 40
    assert any(e.kind == "repair" for e in events)
    correction = stub.requests[1]["messages"]
    note = [m for m in correction if m["role"] == "tool"][-1]["content"]
    assert note.startswith("Error:") and "plan is unchanged" in note
    listed = note.split("Valid tools: ")[1].rstrip(".").split(", ")
    assert "update_stream" in listed and "set_allocation" not in listed  # the tools shown
    assert events[-1].text == "Forty hours."


def test_repairs_are_bounded_and_plan_stays_intact(tmp_path: Path) -> None:
    bad = Reply.raw_tool("set_capacity", "{oops")
    with OpenAIStub([Reply.tool("set_capacity", {"hours_per_week": 30}), Reply.text("ok")]) as stub:
        session = _session(stub, tmp_path, max_repairs=1)
        _turn(session, "thirty")
        stub.push(bad, bad)
        events = _turn(session, "change it")
    assert stub.remaining == 0
    assert events[-1].kind == "final" and "nothing was changed" in events[-1].text
    assert session.plan.capacity.hours_per_week == 30 and len(session.events) == 1


def test_429_then_500_then_success(tmp_path: Path) -> None:
    script = [Reply.error(429), Reply.error(500), Reply.text("Hello, let us start.")]
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path, llm_max_retries=2)
        events = _turn(session, "hi")
    assert len(stub.requests) == 3 and events[-1].text == "Hello, let us start."


def test_server_errors_beyond_retries_end_the_turn_cleanly(tmp_path: Path) -> None:
    with OpenAIStub([Reply.tool("set_capacity", {"hours_per_week": 30}), Reply.text("ok")]) as stub:
        session = _session(stub, tmp_path)
        _turn(session, "thirty")
        stub.push(Reply.error(500))
        events = _turn(session, "next")
    assert events[-1].kind == "final" and events[-1].data["ok"] is False
    assert "HTTP 500" in events[-1].text and "1 accepted changes are saved" in events[-1].text
    assert session.plan.capacity.hours_per_week == 30


def test_timeout_is_reported_and_plan_intact(tmp_path: Path) -> None:
    with OpenAIStub([Reply.slow(3.0)]) as stub:
        session = _session(stub, tmp_path, llm_timeout=0.5)
        events = _turn(session, "hi")
    assert events[-1].data["ok"] is False and "did not answer within 0.5 s" in events[-1].text
    assert session.events == []
    assert session.history[-1]["role"] == "assistant"


def test_dropped_stream_is_reported_and_next_turn_works(tmp_path: Path) -> None:
    with OpenAIStub([Reply.dropped(after_chunks=2)]) as stub:
        session = _session(stub, tmp_path)
        events = _turn(session, "hi")
        assert events[-1].data["ok"] is False and "connection" in events[-1].text.lower()
        stub.push(Reply.tool("set_capacity", {"hours_per_week": 20}), Reply.text("Twenty."))
        events = _turn(session, "twenty hours")
    assert events[-1].text == "Twenty." and session.plan.capacity.hours_per_week == 20


def test_prompt_carries_plan_and_canary_never_leaks(tmp_path: Path) -> None:
    script = [
        Reply.tool("set_capacity", {"hours_per_week": 42}),
        Reply.text("ok"),
        Reply.text("fine"),
    ]
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path)
        shown = _turn(session, "42 hours") + _turn(session, "what now?")
    system = stub.requests[-1]["messages"][0]
    assert system["role"] == "system" and "capacity: 42 h/week" in system["content"]
    assert CANARY in system["content"]
    assert all(CANARY not in (e.text + json.dumps(e.data, default=str)) for e in shown)
    assert all(CANARY not in json.dumps(m) for m in session.history)


def test_sixty_turns_stay_under_the_prompt_budget(tmp_path: Path) -> None:
    def responder(body: dict) -> Reply:
        user_turns = sum(1 for m in body["messages"] if m["role"] == "user")
        if body["messages"][-1]["role"] == "user" and len(stub.requests) % 3 == 1:
            return Reply.tool(
                "record_activity",
                {
                    "name": f"activity {len(stub.requests)}",
                    "hours_per_week": 1,
                    "teaches": "x" * 80,
                },
            )
        return Reply.text(f"Thanks, that is turn {user_turns}. " + "Tell me more about it. " * 10)

    with OpenAIStub(responder) as stub:
        session = _session(stub, tmp_path)
        for i in range(60):
            _turn(session, f"Message {i}: " + "I also do some community work on weekends. " * 6)
    sizes = [prompt_chars(b) for b in stub.requests]
    worst = max(estimate_tokens("x" * n) for n in sizes)
    assert len(stub.requests) >= 60 and worst <= 5000, worst
    print(f"largest prompt over 60 turns: {worst} estimated tokens")


class _Cards:
    """Guidance that answers every search with three long cards, as the store does."""

    def search(self, query: str, k: int = 4, **_: object) -> list[dict]:
        return [{"card_id": f"card-{i}", "title": f"Card {i}", "summary": "A summary. " * 25,
                 "passage": "A passage. " * 60, "credit": "After a source."}
                for i in range(k)]  # fmt: skip


def test_a_long_conversation_keeps_the_previous_exchange_at_the_default_budget(
    tmp_path: Path,
) -> None:
    def responder(body: dict) -> Reply:
        last = body["messages"][-1]
        if last["role"] == "user":
            return Reply.tool("search_guidance", {"query": last["content"][:100]})
        return Reply.text("Here is what the guidance suggests. " * 8)

    with OpenAIStub(responder) as stub:
        settings = Settings(data_dir=tmp_path / "data", OPENAI_BASE_URL=stub.base_url,
                            OPENAI_API_KEY="k", PORTFOLIO_LLM_MODEL="stub-model",
                            llm_max_retries=0)  # fmt: skip
        session = PlannerSession.create(settings, guidance=_Cards(), today=lambda: TODAY)
        for i in range(12):
            _turn(session, f"Turn {i}: what about my savings? " + "I wonder. " * 8)
    last = stub.requests[-1]
    assert estimate_tokens("x" * prompt_chars(last)) <= settings.prompt_token_budget
    said = [m["content"] for m in last["messages"] if m["role"] == "user"]
    assert [s[:7] for s in said[-2:]] == ["Turn 10", "Turn 11"], said
    results = [json.loads(m["content"]) for m in last["messages"] if m["role"] == "tool"]
    assert results[-1]["cards"][0]["summary"]  # the result being answered is whole
    assert all(r["shortened"] and r["cards"] == ["Card 0", "Card 1", "Card 2"]
               for r in results[:-1])  # fmt: skip
