"""The model factory, the SQLite store and the prompt budget helpers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from agent.history import message_tokens, summarise_plan, trim_history
from agent.models import ModelConfigError, build_model, model_label, raw_args_ok, resolve_provider
from agent.plan import AddStream, Plan, SetCapacity, replay
from agent.settings import Settings
from agent.store import SessionStore
from agent.tools import TOOL_NAMES, build_tools, compact_schema
from agent.tools.core import OPERATION_TOOLS


def test_no_key_no_url_means_guided() -> None:
    settings = Settings()
    assert resolve_provider(settings) == "guided"
    assert model_label(settings) == "Offline guided interviewer"


def test_base_url_and_model_give_a_chat_openai_with_timeout_and_retries() -> None:
    settings = Settings(OPENAI_BASE_URL="http://127.0.0.1:9/v1", PORTFOLIO_LLM_MODEL="m",
                        llm_timeout=7, llm_max_retries=3)  # fmt: skip
    model = build_model(settings, lambda: None)
    assert type(model).__name__ == "GuardedChatOpenAI"
    assert model.request_timeout == 7 and model.max_retries == 3  # type: ignore[attr-defined]
    assert model_label(settings) == "LLM: m at 127.0.0.1:9"


def test_wrong_provider_lists_the_choices() -> None:
    with pytest.raises(ModelConfigError, match="guided, openai"):
        resolve_provider(Settings(PORTFOLIO_MODEL="claude"))


def test_missing_model_name_says_how_to_set_it() -> None:
    with pytest.raises(ModelConfigError, match="PORTFOLIO_LLM_MODEL"):
        build_model(Settings(OPENAI_API_KEY="k"), lambda: None)
    with pytest.raises(ModelConfigError, match="OPENAI_BASE_URL"):
        build_model(Settings(PORTFOLIO_MODEL="openai", PORTFOLIO_LLM_MODEL="m"), lambda: None)


@pytest.mark.parametrize(
    ("raw", "ok"),
    [('{"a": 1}', True), ("{}", True), ("null", False), ("[1]", False), ('{"a": 1', False),
     ("", True), (" \n", True), ('"text"', False), ("{", False)],
)  # fmt: skip
def test_raw_args_must_be_a_json_object(raw: str, ok: bool) -> None:
    assert raw_args_ok(raw) is ok


def test_store_commits_durably_and_deletes_everything(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    a, b = store.create(), store.create()
    assert a != b and len(a) >= 20
    store.append_event(a, {"op": "set_context", "context": "tech"})
    store.append_messages(a, [{"type": "human", "data": {"content": "hi"}}])
    store.set_note(a, "cv_audit", {"skills": ["python"]})
    # a second connection (another process) sees the committed rows
    other = sqlite3.connect(tmp_path / "sessions.sqlite3")
    assert other.execute("SELECT COUNT(*) FROM events").fetchone() == (1,)
    assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert store.list_sessions()[0].id == a
    assert store.delete(a) and not store.exists(a) and store.exists(b)
    for table in ("events", "messages", "notes"):
        assert other.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)
    assert not store.exists("../../etc/passwd")


def test_every_tool_is_named_as_agreed_and_schemas_carry_limits() -> None:
    names = [t.name for t in build_tools(None, lambda: None)]  # type: ignore[arg-type]
    assert names == list(TOOL_NAMES) and len(set(names)) == len(names)
    schema = compact_schema(OPERATION_TOOLS["set_allocation"])
    assert schema["properties"]["target_income_share"]["maximum"] == 100
    assert "op" not in schema["properties"] and "title" not in json.dumps(schema)
    assert set(schema["required"]) == {"stream_id", "target_hours", "target_income_share"}


def _turn(i: int, size: int) -> list:
    return [HumanMessage(content=f"user {i} " + "x" * size), AIMessage(content=f"reply {i}")]


def test_trim_keeps_whole_recent_turns_within_budget() -> None:
    history = [m for i in range(50) for m in _turn(i, 400)]
    kept = trim_history(history, budget=2000, fixed_tokens=800)
    assert isinstance(kept[0], HumanMessage) and kept[-1].content == "reply 49"
    assert sum(message_tokens(m) for m in kept) <= 2000 * 0.9 - 800
    assert len(kept) < len(history)


def test_trim_always_keeps_the_current_turn() -> None:
    current = [HumanMessage(content="now"), AIMessage(content="", tool_calls=[
        {"name": "check_plan", "args": {}, "id": "c1", "type": "tool_call"}]),
        ToolMessage(content="y" * 20000, tool_call_id="c1")]  # fmt: skip
    kept = trim_history([*_turn(0, 10), *current], budget=1500, fixed_tokens=1000)
    assert kept == current


def test_earlier_tool_results_are_sent_short_and_the_current_one_whole() -> None:
    cards = json.dumps({"status": "ok", "cards": [
        {"card": "c", "title": "Seed streams", "summary": "s" * 900}]})  # fmt: skip
    accepted = json.dumps({"status": "accepted", "changed": "add_stream(name=Course)",
                           "new_ids": ["course"], "findings": [{"fix": "m" * 500}]})  # fmt: skip

    def turn(i: int, result: str) -> list:
        call = {"name": "search_guidance", "args": {}, "id": f"c{i}", "type": "tool_call"}
        answer = ToolMessage(content=result, tool_call_id=f"c{i}")
        return [HumanMessage(content=f"user {i}"), AIMessage(content="", tool_calls=[call]),
                answer, AIMessage(content="ok")]  # fmt: skip

    history = [*turn(0, cards), *turn(1, accepted), *turn(2, "plain " * 100), *turn(3, cards)]
    kept = trim_history(history, budget=10**6, fixed_tokens=0)
    results = [m.content for m in kept if isinstance(m, ToolMessage)]
    assert json.loads(results[0]) == {"status": "ok", "cards": ["Seed streams"], "shortened": True}
    assert json.loads(results[1]) == {"status": "accepted", "changed": "add_stream(name=Course)",
                                      "new_ids": ["course"], "shortened": True}  # fmt: skip
    assert len(results[2]) < 210 and results[2].endswith(" ...")
    assert results[3] == cards  # the result the model is answering now
    assert next(m.content for m in history if isinstance(m, ToolMessage)) == cards  # unchanged


def test_plan_summary_is_compact_and_names_streams() -> None:
    from datetime import date

    ops = [
        SetCapacity(hours_per_week=40),
        AddStream(name="Day job", role="anchor", target_hours=30),
    ]
    plan = replay(ops, today=date(2026, 1, 5))
    text = summarise_plan(plan)
    assert "capacity: 40 h/week" in text and "day-job [anchor] 30 h" in text
    assert len(summarise_plan(Plan())) < 200


@pytest.mark.parametrize("command", ["chat", "ui"])
def test_commands_refuse_an_unusable_model_setting_before_starting(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent.cli import main
    from agent.settings import get_settings

    monkeypatch.setenv("PORTFOLIO_MODEL", "openai")
    get_settings.cache_clear()
    assert main([command]) == 2
    assert "set PORTFOLIO_LLM_MODEL" in capsys.readouterr().err


def test_a_memo_gives_the_same_trim_round_after_round_and_costs_each_message_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import agent.history as history_module

    def turn(i: int) -> list:
        call = {"name": "search_guidance", "args": {"q": i}, "id": f"c{i}", "type": "tool_call"}
        result = json.dumps({"status": "ok", "cards": [{"title": f"T{i}", "summary": "s" * 300}]})
        answer = ToolMessage(content=result, tool_call_id=f"c{i}")
        asked = AIMessage(content="", tool_calls=[call])
        return [HumanMessage(content=f"user {i} " + "x" * 200), asked, answer, AIMessage("ok")]

    counted: list[int] = []
    real = history_module.message_tokens
    monkeypatch.setattr(history_module, "message_tokens",
                        lambda m: counted.append(1) or real(m))  # fmt: skip
    memo = history_module.HistoryMemo()
    history: list = []
    for i in range(12):  # each round adds a turn; the budget drops the oldest ones
        history += turn(i)
        counted.clear()
        with_memo = trim_history(history, budget=1200, fixed_tokens=300, memo=memo)
        assert len(counted) <= (len(history) if i == 0 else 6)  # new messages and their briefs
        assert with_memo == trim_history(history, budget=1200, fixed_tokens=300)
    assert len(with_memo) < len(history) and with_memo[-1].content == "ok"


def test_a_tool_schema_is_made_once_and_each_caller_gets_its_own_copy() -> None:
    from agent.tools.core import _compact_schema_text

    model = OPERATION_TOOLS["add_stream"]
    first = compact_schema(model)
    first["properties"].clear()  # a caller changing its copy changes no one else's
    made = _compact_schema_text.cache_info().misses
    again = compact_schema(model)
    assert again["properties"] and again == compact_schema(model)
    assert _compact_schema_text.cache_info().misses == made
