"""A language model records several streams and a whole week in one call each (through the
real OpenAI client against the local stub): one event and one step back per call, and the
single-item tools still work beside them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from agent.plan import operations as ops
from agent.session import PlannerSession
from agent.settings import Settings
from tests.support.openai_stub import OpenAIStub, Reply

TODAY = dt.date(2027, 4, 12)
STREAMS = {"streams": [
    {"name": "Ward nursing", "role": "anchor", "target_hours": 30, "volatility": "stable"},
    {"name": "Vaccination clinics", "role": "client", "target_hours": 4},
]}  # fmt: skip
WEEK = {
    "blocks": [
        {"stream_id": "ward-nursing", "weekday": "monday", "start": "07:00", "end": "19:00"},
        {"stream_id": "vaccination-clinics", "weekday": "saturday", "start": "09:00",
         "end": "13:00"},
    ],
    "loops": [{"from_stream": "ward-nursing", "to_stream": "vaccination-clinics",
               "kind": "teaches"}],
}  # fmt: skip


def _session(stub: OpenAIStub, tmp_path: Path) -> PlannerSession:
    settings = Settings(data_dir=tmp_path / "data", OPENAI_BASE_URL=stub.base_url,
                        OPENAI_API_KEY="test-key", PORTFOLIO_LLM_MODEL="stub-model",
                        llm_timeout=5.0, llm_max_retries=0)  # fmt: skip
    return PlannerSession.create(settings, today=lambda: TODAY)


def test_streams_and_a_week_in_one_call_each_are_one_step_back_each(tmp_path: Path) -> None:
    script = [Reply.tools(("set_capacity", {"hours_per_week": 40}), ("add_streams", STREAMS)),
              Reply.tool("add_week", WEEK), Reply.text("Your week is in."),
              Reply.tool("add_time_block", {"stream_id": "ward-nursing", "weekday": "tuesday",
                                            "start": "07:00", "end": "13:00"}),
              Reply.text("Added Tuesday.")]  # fmt: skip
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path)
        events = list(session.turn("40 hours; nursing and clinics; plan my week"))
        results = {e.text: e.data for e in events if e.kind == "tool_result"}
        assert [r["status"] for r in results.values()] == ["accepted"] * 3
        assert results["add_streams"]["new_ids"] == ["ward-nursing", "vaccination-clinics"]
        kinds = [type(e) for e in session.events]
        assert kinds == [ops.SetCapacity, ops.AddStreams, ops.AddWeek]
        assert len(session.plan.time_blocks) == 2 and len(session.plan.feedback_loops) == 1
        list(session.turn("and Tuesday mornings"))  # a single block: the edit tool
        assert len(session.plan.time_blocks) == 3
        shown = {t["function"]["name"] for t in stub.requests[0]["tools"]}
    # models are shown the single tools, as before; the list tools are called by name
    assert {"add_time_block", "add_stream"} <= shown and not {"add_week", "add_streams"} & shown
    assert session.undo().accepted and len(session.plan.time_blocks) == 2
    assert session.undo().accepted  # the whole week at once
    assert not session.plan.time_blocks and not session.plan.feedback_loops
    assert len(session.plan.streams) == 2


def test_a_week_with_a_block_for_no_stream_is_refused_whole(tmp_path: Path) -> None:
    stray = {"stream_id": "night-shifts", "weekday": "friday", "start": "20:00", "end": "23:00"}
    week = {**WEEK, "blocks": [*WEEK["blocks"], stray]}
    script = [Reply.tools(("add_streams", STREAMS), ("add_week", week)),
              Reply.text("That stream is not in the plan.")]  # fmt: skip
    with OpenAIStub(script) as stub:
        session = _session(stub, tmp_path)
        events = list(session.turn("nursing and clinics, and the night shifts on Fridays"))
    # the calls run in the model's order, but their results may reach the stream either way
    result = next(e.data for e in events if e.kind == "tool_result" and e.text == "add_week")
    assert result["status"] == "refused" and result["plan"] == "unchanged"
    assert "night-shifts" in json.dumps(result["findings"])
    assert not session.plan.time_blocks and not session.plan.feedback_loops
    assert [type(e) for e in session.events] == [ops.AddStreams]
