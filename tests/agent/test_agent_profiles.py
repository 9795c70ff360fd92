"""Tool profiles: which one a model gets (setting, name, endpoint), and the compact profile's
tools doing the same operations under the same rules as the full one."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.utils.function_calling import convert_to_openai_tool

from agent.history import estimate_tokens, tools_tokens
from agent.models import ModelConfigError, check_model_settings
from agent.plan import operations as ops
from agent.profiles import (
    EndpointFacts,
    ProfileError,
    by_name,
    choose_profile,
    endpoint_facts,
)
from agent.prompts import CANARY
from agent.session import PlannerSession
from agent.settings import Settings
from agent.tools import build_tools
from agent.tools.compact import COMPACT_TOOL_NAMES, SHOWN, UpdatePlan, _models, compact_tools
from tests.support.openai_stub import OpenAIStub, Reply, prompt_chars

TODAY = dt.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _fresh_probe_cache() -> Iterator[None]:
    endpoint_facts.cache_clear()
    yield
    endpoint_facts.cache_clear()


def _settings(tmp_path: Path, **values: Any) -> Settings:
    return Settings(data_dir=tmp_path / "data").model_copy(update=values)


NAMES = {
    "qwen2.5-coder:1.5b": "compact",
    "Qwen2.5-Coder-0.5B-Instruct-GGUF": "compact",
    "llama3.1:8b-instruct-q4_K_M": "compact",
    "Meta-Llama-3.1-8B-Instruct": "compact",
    "gemma3:270m": "compact",
    "gemma3n:e4b": "compact",
    "phi3:3.8b": "compact",
    "gpt-4o-mini": "compact",
    "phi4-mini": "compact",
    "smollm2:latest": "compact",
    "tinyllama": "compact",
    "llama3.1:70b": "full",
    "qwen2.5:14b": "full",
    "mixtral:8x7b": "full",
    "qwen3:30b-a3b": "full",
    "gpt-4o": None,
    "llama3.2": None,
    "gemini-pro": None,
    "minimax-text": None,
    "stub-model": None,
}


@pytest.mark.parametrize("name", NAMES)
def test_the_model_name_decides_when_it_states_a_size_or_a_small_family(name: str) -> None:
    choice = by_name(name)
    assert (choice.profile if choice else None) == NAMES[name], choice


def _never(*args: Any) -> EndpointFacts:
    raise AssertionError("the endpoint must not be asked")


def test_the_setting_wins_and_the_guided_interviewer_keeps_the_full_profile(
    tmp_path: Path,
) -> None:
    small = _settings(tmp_path, llm_model="qwen2.5:0.5b", openai_base_url="http://127.0.0.1:9/v1")
    assert choose_profile(small, probe=_never).profile == "compact"
    forced = small.model_copy(update={"tool_profile": "full"})
    assert choose_profile(forced, probe=_never).profile == "full"
    compact = small.model_copy(update={"tool_profile": "Compact"})
    assert choose_profile(compact, guided=True, probe=_never).profile == "full"
    auto = small.model_copy(update={"tool_profile": "auto"})
    assert choose_profile(auto, probe=_never).reason.startswith("the name says 0.5B")


def test_a_wrong_setting_is_refused_at_start_with_the_valid_choices(tmp_path: Path) -> None:
    settings = _settings(tmp_path, tool_profile="tiny", llm_model="m",
                         openai_base_url="http://127.0.0.1:9/v1", provider="openai")  # fmt: skip
    with pytest.raises(ProfileError, match="full, compact"):
        choose_profile(settings)
    with pytest.raises(ModelConfigError, match="PORTFOLIO_TOOLS='tiny'"):
        check_model_settings(settings)


def test_without_a_base_url_nothing_is_asked_and_the_full_profile_stays(tmp_path: Path) -> None:
    settings = _settings(tmp_path, llm_model="gpt-4o", openai_api_key="sk-test")
    choice = choose_profile(settings, probe=_never)
    assert choice.profile == "full"


ENDPOINTS: dict[str, tuple[dict[str, Any], str]] = {
    "ollama-size": ({"ollama": {"details": {"parameter_size": "1.5B"}}}, "compact"),
    "ollama-millions": ({"ollama": {"details": {"parameter_size": "494.03M"}}}, "compact"),
    "ollama-count": ({"ollama": {"model_info": {"general.parameter_count": 70_553_706_496}}},
                     "full"),
    "ollama-num-ctx": ({"ollama": {"parameters": "stop <|im_end|>\nnum_ctx 4096"}}, "compact"),
    "llamacpp-params": ({"models": {"data": [{"id": "local", "meta": {"n_params": 14.8e9}}]},
                         "props": {"default_generation_settings": {"n_ctx": 32768}}}, "full"),
    "llamacpp-context": ({"props": {"default_generation_settings": {"n_ctx": 4096}}}, "compact"),
    "llamacpp-big-context": ({"props": {"default_generation_settings": {"n_ctx": 65536}}}, "full"),
    "tells-nothing": ({}, "full"),
}  # fmt: skip


@pytest.mark.parametrize("case", ENDPOINTS)
def test_an_unnamed_model_is_sized_by_its_endpoint(case: str, tmp_path: Path) -> None:
    info, expected = ENDPOINTS[case]
    with OpenAIStub(info=info) as stub:
        settings = _settings(tmp_path, llm_model="local", openai_base_url=stub.base_url)
        choice = choose_profile(settings)
        again = choose_profile(settings)
    assert choice.profile == expected, choice
    assert again == choice and len(stub.probes) <= 3  # asked once per process
    assert stub.requests == []  # no chat request is spent on it


def test_an_endpoint_that_does_not_answer_leaves_the_full_profile(tmp_path: Path) -> None:
    with OpenAIStub() as stub:
        url = stub.base_url
    settings = _settings(tmp_path, llm_model="local", openai_base_url=url)  # server now closed
    assert choose_profile(settings).profile == "full"


# -- the compact tools ------------------------------------------------------------------------


def _schemas(tools: list[Any]) -> list[dict[str, Any]]:
    return [convert_to_openai_tool(t) for t in tools]


def test_compact_schemas_fit_the_budget_and_name_every_operation(tmp_path: Path) -> None:
    session = PlannerSession.create(_settings(tmp_path), today=lambda: TODAY)
    compact = compact_tools(session, lambda: session.plan)
    full = build_tools(session, lambda: session.plan, lambda: TODAY)
    assert [t.name for t in compact] == list(COMPACT_TOOL_NAMES)
    assert tools_tokens(_schemas(compact)) <= 1200 < tools_tokens(_schemas(full))
    update = _schemas(compact)[0]["function"]
    item = update["parameters"]["properties"]["operations"]["items"]
    assert item["properties"]["op"]["enum"] == list(SHOWN)
    for op, model in _models().items():
        assert f"{op}(" in update["description"]
        assert set(SHOWN[op]) <= set(model.model_fields) and set(SHOWN[op]) <= set(
            item["properties"]
        )


def _call(session: PlannerSession, name: str, args: dict[str, Any]) -> dict[str, Any]:
    tool = next(t for t in compact_tools(session, lambda: session.plan) if t.name == name)
    return json.loads(tool.invoke(args))


def test_update_plan_applies_each_operation_under_the_rules(tmp_path: Path) -> None:
    session = PlannerSession.create(_settings(tmp_path), today=lambda: TODAY)
    result = _call(session, "update_plan", {"operations": [
        {"op": "set_capacity", "hours_per_week": 30},
        {"op": "add_stream", "name": "Day job", "role": "anchor", "target_hours": 20},
        {"op": "add_stream", "name": "Consulting", "role": "client", "target_hours": 15},
        {"op": "add_time_block", "stream_id": "day-job", "weekday": "monday", "start": "09:00",
         "end": "13:00"},
    ]})  # fmt: skip
    statuses = [(r["op"], r["status"]) for r in result["results"]]
    assert statuses == [("set_capacity", "accepted"), ("add_stream", "accepted"),
                        ("add_stream", "refused"), ("add_time_block", "accepted")]  # fmt: skip
    assert result["status"] == "refused" and "PC007" in result["results"][2]["codes"]
    assert result["codes"] == result["results"][2]["codes"]
    assert result["results"][1]["new_ids"] == ["day-job"]
    assert [s.id for s in session.plan.streams] == ["day-job"] and len(session.events) == 3
    assert "missing" in result and "findings" in result


def test_update_plan_refuses_what_it_cannot_read_and_says_how(tmp_path: Path) -> None:
    session = PlannerSession.create(_settings(tmp_path), today=lambda: TODAY)
    unknown = _call(session, "update_plan", {"operations": [{"op": "set_hours", "hours": 4}]})
    bad = _call(session, "update_plan",
                {"operations": [{"op": "set_capacity", "hours_per_week": 400}]})  # fmt: skip
    extra = _call(session, "update_plan",
                  {"operations": [{"op": "set_core_skill", "name": "x", "role": "y"}]})  # fmt: skip
    empty = _call(session, "update_plan", {"operations": []})
    assert "set_capacity" in unknown["results"][0]["errors"][0]  # the valid ops are listed
    assert "hours_per_week" in bad["results"][0]["errors"][0]
    assert "role" in extra["results"][0]["errors"][0]
    assert empty["status"] == "error" and "operations" in empty["fix"]
    assert all(r["status"] == "error" and r["plan"] == "unchanged"
               for r in (unknown, bad, extra, empty))  # fmt: skip
    assert session.events == []


def test_one_operation_without_the_list_is_read_as_a_list_of_one(tmp_path: Path) -> None:
    session = PlannerSession.create(_settings(tmp_path), today=lambda: TODAY)
    alone = _call(session, "update_plan", {"op": "set_capacity", "hours_per_week": 25})
    unwrapped = _call(session, "update_plan", {"operations": {"op": "set_context",
                                                              "context": "tech"}})  # fmt: skip
    assert alone["status"] == unwrapped["status"] == "accepted"
    assert session.plan.capacity.hours_per_week == 25 and session.plan.profile.context == "tech"


def test_undo_finalise_and_read_plan_go_through_the_same_session(tmp_path: Path) -> None:
    session = PlannerSession.create(_settings(tmp_path), today=lambda: TODAY)
    _call(session, "update_plan", {"operations": [{"op": "set_capacity", "hours_per_week": 25},
                                                  {"op": "undo"}]})  # fmt: skip
    assert session.plan.capacity is None
    final = _call(session, "update_plan", {"operations": [{"op": "finalise"}]})
    assert final["results"][0]["status"] == "refused" and final["results"][0]["findings"]
    assert not session.is_final
    read = _call(session, "read_plan", {"final": True})
    assert read["status"] == "error" and read["missing"] and "scores" in read


class _Cards:
    def search(self, query: str, k: int = 4, **kwargs: Any) -> list[dict[str, Any]]:
        return [{"card_id": f"c{i}", "title": "t", "passage": "p" * 900, "credit": "x"}
                for i in range(k)]  # fmt: skip


def test_compact_guidance_is_shorter(tmp_path: Path) -> None:
    session = PlannerSession.create(_settings(tmp_path), guidance=_Cards(), today=lambda: TODAY)
    cards = _call(session, "search_guidance", {"query": "pricing"})["cards"]
    full = next(t for t in build_tools(session, lambda: session.plan, lambda: TODAY)
                if t.name == "search_guidance")  # fmt: skip
    every = json.loads(full.invoke({"query": "pricing"}))["cards"]
    assert len(cards) == 2 < len(every) and cards == every[:2]


# -- a session with a small model ---------------------------------------------------------------


def test_a_small_model_gets_the_compact_tools_prompt_and_budget(tmp_path: Path) -> None:
    def responder(body: dict[str, Any]) -> Reply:
        if body["messages"][-1]["role"] == "user":
            return Reply(content=json.dumps({"name": "update_plan", "arguments": {"operations": [
                {"op": "add_activity", "name": f"gig {len(stub.requests)}", "hours_per_week": 1,
                 "teaches": "x" * 80}]}}))  # fmt: skip
        return Reply.text("Thanks. " + "Tell me more about that work and what it pays. " * 8)

    with OpenAIStub(responder) as stub:
        settings = _settings(tmp_path, openai_base_url=stub.base_url, openai_api_key="k",
                             llm_model="qwen2.5:1.5b", llm_max_retries=0)  # fmt: skip
        session = PlannerSession.create(settings, today=lambda: TODAY)
        for i in range(40):  # the request sizes of turn 40 are the acceptance figure
            before = len(stub.requests)
            list(session.turn(f"Message {i}: " + "I also do some community work on weekends. " * 6))
    first = stub.requests[0]
    assert tools_tokens(first["tools"]) <= 1200  # the schemas as sent over HTTP
    assert [t["function"]["name"] for t in first["tools"]] == list(COMPACT_TOOL_NAMES)
    system = first["messages"][0]["content"]
    assert "update_plan" in system and CANARY in system and "record_review_actuals" not in system
    assert len(session.plan.activities) == 40  # every text call ran
    sizes = [estimate_tokens("x" * prompt_chars(b)) for b in stub.requests]
    assert len(sizes[before:]) == 2 and max(sizes) <= 2500, (sizes[before:], max(sizes))
    assert stub.probes == []  # the name said enough


def test_operations_sent_as_a_json_string_are_read(tmp_path: Path) -> None:
    session = PlannerSession.create(_settings(tmp_path), today=lambda: TODAY)
    ops = json.dumps([{"op": "set_capacity", "hours_per_week": 25}])
    assert _call(session, "update_plan", {"operations": ops})["status"] == "accepted"
    broken = _call(session, "update_plan", {"operations": "[{'op': 'undo'"})
    assert broken["status"] == "error" and len(session.events) == 1
    assert "JSON does not parse" in broken["results"][0]["errors"][0]


def test_an_operation_called_as_a_tool_is_corrected_towards_update_plan(tmp_path: Path) -> None:
    script = [Reply.tool("set_capacity", {"hours_per_week": 30}),
              Reply.tool("update_plan", {"operations": [{"op": "set_capacity",
                                                         "hours_per_week": 30}]}),
              Reply.text("Thirty hours.")]  # fmt: skip
    with OpenAIStub(script) as stub:
        settings = _settings(tmp_path, openai_base_url=stub.base_url, openai_api_key="k",
                             llm_model="llama3.2:3b", llm_max_retries=0)  # fmt: skip
        session = PlannerSession.create(settings, today=lambda: TODAY)
        events = list(session.turn("thirty hours"))
    note = [m for m in stub.requests[1]["messages"] if m["role"] == "tool"][-1]["content"]
    assert (
        "'set_capacity' is an operation of update_plan" in note and '"op": "set_capacity"' in note
    )
    assert [e.text for e in events if e.kind == "tool_call"] == ["update_plan"]
    assert session.plan.capacity.hours_per_week == 30 and len(session.events) == 1


def test_the_operations_are_the_cores_own_models(tmp_path: Path) -> None:
    parsed = UpdatePlan.model_validate({"operations": [
        {"op": "set_capacity", "hours_per_week": 30},
        {"op": "add_activity", "name": "Teaching", "hours_per_week": 6},
        {"op": "undo"},
    ]})  # fmt: skip
    kinds = [type(o) for o in parsed.operations]
    assert kinds == [ops.SetCapacity, ops.AddActivity, ops.Undo]
    session = PlannerSession.create(_settings(tmp_path), today=lambda: TODAY)
    many = _call(session, "update_plan", {"operations": [{"op": "undo"}] * 41})
    assert many["status"] == "error" and "several calls" in many["fix"] and session.events == []


def test_the_compact_profile_records_the_currency_too() -> None:
    assert "set_currency" in _models() and SHOWN["set_currency"] == ("code",)
    parsed = UpdatePlan.model_validate({"operations": [{"op": "set_currency", "code": "eur"}]})
    assert parsed.operations == [ops.SetCurrency(code="EUR")]
