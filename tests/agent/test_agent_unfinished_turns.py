"""A turn never ends silently: over HTTP against the stub, a language model that answers a
correction with nothing, gives up on a broken call after some changes were accepted, or ends
its turn without a word, still leaves the person a reply that says what the plan holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from agent.models import build_model
from agent.prompts import BLANK_REPLY_TEXT, REPAIR_GAVE_UP_TEXT
from agent.session import PlannerSession
from agent.settings import Settings
from tests.support.openai_stub import OpenAIStub, Reply, ToolCall

TODAY = dt.date(2026, 3, 2)
KEPT_NONE = "Your plan is as it was before your message."
BROKEN = {
    "native-truncated": Reply.raw_tool("set_capacity", '{"hours_per_week": 4'),
    "native-null": Reply.raw_tool("set_capacity", "null"),
    "native-with-prose": Reply(content="Noting it.",
                               tool_calls=[ToolCall("set_capacity", '{"hours_per_week": 4')]),
    "hermes-truncated": Reply(content='<tool_call>{"name": "set_capacity", "arguments": {"ho'),
    "bare-truncated": Reply(content='{"name": "set_capacity", "arguments": {"hours_per_week": 4'),
    "mistral-unclosed": Reply(content='[TOOL_CALLS][{"name": "set_capacity", "arguments": {}'),
    "fence-unclosed": Reply(
        content='```json\n{"name": "set_capacity", "arguments": {"hours_per_week": true,}\n```'
    ),
}  # fmt: skip


def _session(stub: OpenAIStub, tmp_path: Path, stream: bool, **extra: Any) -> PlannerSession:
    settings = Settings(data_dir=tmp_path / "data", OPENAI_BASE_URL=stub.base_url,
                        OPENAI_API_KEY="test-key", PORTFOLIO_LLM_MODEL="stub-model",
                        llm_timeout=5.0, llm_max_retries=0, **extra)  # fmt: skip
    session = PlannerSession.create(settings, today=lambda: TODAY)
    if not stream:
        session._model_source = build_model(settings, lambda: session.plan, streaming=False)
    return session


def _final(events: list[Any]) -> str:
    assert events[-1].kind == "final" and events[-1].data["ok"] is True
    return str(events[-1].text)


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_call_answered_with_nothing_ends_in_an_apology(
    case: str, stream: bool, tmp_path: Path
) -> None:
    with OpenAIStub([BROKEN[case], Reply.text("")]) as stub:
        session = _session(stub, tmp_path, stream)
        events = list(session.turn("forty hours a week"))
    final = _final(events)
    assert final == f"{REPAIR_GAVE_UP_TEXT}\n\n{KEPT_NONE}"
    assert [e.data.get("reason") for e in events if e.kind == "notice"] == ["repair_gave_up"]
    assert sum(e.kind == "repair" for e in events) == 1 and len(stub.requests) == 2
    assert session.events == [] and session.plan.capacity is None
    assert session.history[-1] == {"role": "assistant", "content": final}


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
def test_giving_up_after_accepted_changes_says_they_are_kept(stream: bool, tmp_path: Path) -> None:
    broken = Reply.raw_tool("add_stream", '{"name": "Consulting", "role": ')
    script = [Reply.tool("set_capacity", {"hours_per_week": 40}), broken, broken, broken]
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path, stream)
        events = list(session.turn("forty hours, and I consult"))
    final = _final(events)
    assert final.startswith(REPAIR_GAVE_UP_TEXT) and "as it was" not in final
    assert final.endswith("The 1 change accepted in this turn is saved.")
    assert session.plan.capacity.hours_per_week == 40 and session.plan.streams == []
    assert stub.remaining == 0


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
def test_a_turn_ending_without_a_word_says_what_it_recorded(stream: bool, tmp_path: Path) -> None:
    script = [Reply.tools(("set_capacity", {"hours_per_week": 40}),
                          ("add_stream", {"name": "Consulting", "role": "client"})),
              Reply.text("   ")]  # fmt: skip
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path, stream)
        recorded = list(session.turn("forty hours, and I consult"))
        stub.push(Reply.text(""))
        silent = list(session.turn("hello?"))
    assert _final(recorded) == f"{BLANK_REPLY_TEXT} The 2 changes accepted in this turn are saved."
    assert _final(silent) == f"{BLANK_REPLY_TEXT} {KEPT_NONE}"
    assert not [e for e in silent if e.kind in ("repair", "notice")]
    shown = "".join(e.text for e in recorded if e.kind == "text")
    assert BLANK_REPLY_TEXT in shown
    assert [m["content"] for m in session.history[-3::2]] == [_final(recorded), _final(silent)]
    assert len(session.events) == 2


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
def test_blank_arguments_are_a_call_without_arguments(stream: bool, tmp_path: Path) -> None:
    script = [Reply.tool("set_capacity", {"hours_per_week": 40}), Reply.text("Forty."),
              Reply.raw_tool("undo", ""), Reply.text("Taken back.")]  # fmt: skip
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path, stream)
        list(session.turn("forty hours"))
        events = list(session.turn("undo that"))
    assert [e.data["status"] for e in events if e.kind == "tool_result"] == ["accepted"]
    assert not [e for e in events if e.kind == "repair"] and session.plan.capacity is None
    assert _final(events) == "Taken back." and stub.remaining == 0
