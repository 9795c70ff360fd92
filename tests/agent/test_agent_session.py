"""The session facade driven by a scripted model: tools, refusals, repairs, persistence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agent.plan import replay
from agent.session import PlannerSession
from agent.settings import Settings
from agent.store import SessionNotFoundError
from tests.support.scripted import ScriptedModel, bad_call, call, calls, say

TODAY = dt.date(2026, 3, 2)


def _settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


def _session(tmp_path: Path, steps: list, **kw) -> tuple[PlannerSession, ScriptedModel]:
    model = ScriptedModel(steps)
    session = PlannerSession.create(_settings(tmp_path), model=model, today=lambda: TODAY, **kw)
    return session, model


def _run(session: PlannerSession, text: str) -> list:
    return list(session.turn(text))


def test_tool_call_changes_plan_and_reply_is_final(tmp_path: Path) -> None:
    session, model = _session(
        tmp_path, [call("set_capacity", hours_per_week=45), say("Noted: 45 hours a week.")]
    )
    events = _run(session, "I can give 45 hours a week")
    assert session.plan.capacity is not None and session.plan.capacity.hours_per_week == 45
    kinds = [e.kind for e in events]
    assert kinds.count("tool_call") == 1 and kinds[-1] == "final"
    result = next(e for e in events if e.kind == "tool_result")
    assert result.data["status"] == "accepted"
    assert events[-1].text == "Noted: 45 hours a week."
    # The model is bound to the tools it is shown; those another one covers stay callable.
    assert {"set_capacity", "update_stream", "remove"} <= set(model.bound_tools)
    assert "set_allocation" not in model.bound_tools
    model.assert_done()


def test_several_calls_in_one_message_run_in_order(tmp_path: Path) -> None:
    steps = [
        calls(
            ("set_capacity", {"hours_per_week": 50}),
            ("add_stream", {"name": "Day job", "role": "anchor", "volatility": "stable"}),
            (
                "set_allocation",
                {"stream_id": "day-job", "target_hours": 35, "target_income_share": 90},
            ),
        ),
        say("Done."),
    ]
    session, model = _session(tmp_path, steps)
    events = _run(session, "all at once")
    statuses = [e.data["status"] for e in events if e.kind == "tool_result"]
    assert statuses == ["accepted", "accepted", "accepted"]
    assert session.plan.streams[0].target_hours == 35
    model.assert_done()


def test_refusal_leaves_plan_unchanged_and_says_how_to_fix(tmp_path: Path) -> None:
    steps = [
        call("set_capacity", hours_per_week=20),
        call("add_stream", name="Job", role="anchor", target_hours=30),
        say("That does not fit."),
    ]
    session, _ = _session(tmp_path, steps)
    events = _run(session, "20 hours, job 30 hours")
    refused = [e.data for e in events if e.kind == "tool_result"][-1]
    assert refused["status"] == "refused" and "PC007" in refused["codes"]
    assert refused["findings"][0]["fix"] and refused["plan"] == "unchanged"
    assert session.plan.streams == [] and len(session.events) == 1


def test_schema_breaking_args_are_refused_before_the_operation(tmp_path: Path) -> None:
    steps = [call("set_capacity", hours_per_week=500), say("Too many hours.")]
    session, _ = _session(tmp_path, steps)
    events = _run(session, "500 hours")
    result = next(e.data for e in events if e.kind == "tool_result")
    assert result["status"] == "error" and "hours_per_week" in result["errors"][0]
    assert session.events == [] and session.plan.capacity is None


def test_malformed_call_gets_a_correction_then_the_retry_runs(tmp_path: Path) -> None:
    malformed = bad_call("set_capacity", '{"hours_per_week": 4')
    steps = [malformed, call("set_capacity", hours_per_week=40), say("Forty.")]
    session, model = _session(tmp_path, steps)
    events = _run(session, "forty")
    assert [e.kind for e in events].count("repair") == 1
    second_call = model.received[1]
    assert "not a JSON object" in second_call[-1].content and second_call[-1].type == "tool"
    assert session.plan.capacity.hours_per_week == 40 and len(session.events) == 1


def test_round_limit_stops_a_runaway_turn(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_tool_rounds=3)
    model = ScriptedModel([call("check_plan") for _ in range(3)])
    session = PlannerSession.create(settings, model=model, today=lambda: TODAY)
    events = _run(session, "loop forever")
    assert events[-1].kind == "final" and "too many steps" in events[-1].text
    assert any(e.kind == "notice" and e.data.get("reason") == "round_limit" for e in events)
    model.assert_done()


@pytest.mark.parametrize("text", ["", "   \n\t ", "x" * 100_000, 42])
def test_bad_input_gets_a_clear_message_and_loses_nothing(tmp_path: Path, text: object) -> None:
    session, model = _session(tmp_path, [call("set_capacity", hours_per_week=30), say("ok")])
    _run(session, "thirty")
    events = _run(session, text)  # type: ignore[arg-type]
    assert [e.kind for e in events] == ["error", "final"]
    assert "message" in events[0].text.lower()
    assert session.plan.capacity.hours_per_week == 30 and len(model.received) == 2


def test_control_characters_are_removed_with_a_notice(tmp_path: Path) -> None:
    session, model = _session(tmp_path, [say("Hello.")])
    events = _run(session, "hel\x00lo\x1b")
    assert events[0].kind == "notice" and "2 control" in events[0].text
    assert model.received[0][-1].content == "hello"


def test_undo_resume_list_and_delete(tmp_path: Path) -> None:
    steps = [call("set_capacity", hours_per_week=30), call("set_context", context="tech"),
             call("undo"), say("Undone.")]  # fmt: skip
    session, _ = _session(tmp_path, steps)
    _run(session, "30 hours, tech; no, undo that")
    assert session.plan.profile.context == "general" and session.plan.capacity is not None
    assert session.undo().accepted and session.plan.capacity is None
    assert not session.undo().accepted  # nothing left: refused, plan unchanged
    again = PlannerSession.resume(session.id, _settings(tmp_path), model=ScriptedModel([]))
    assert again.plan == session.plan and len(again.events) == len(session.events) == 4
    assert again.history[-1] == {"role": "assistant", "content": "Undone."}
    session.export("json")
    session.delete()
    with pytest.raises(SessionNotFoundError, match="--list"):
        PlannerSession.resume(session.id, _settings(tmp_path))
    assert not (tmp_path / "data" / "downloads" / session.id).exists()


def test_export_json_equals_the_fold_of_the_log(tmp_path: Path) -> None:
    steps = [call("set_capacity", hours_per_week=30),
             call("add_stream", name="Job", role="anchor", target_hours=20), say("ok")]  # fmt: skip
    session, _ = _session(tmp_path, steps)
    _run(session, "go")
    path = session.export("json")
    from agent.plan import plan_from_json

    assert plan_from_json(path.read_text()) == replay(session.events, today=TODAY)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="markdown"):
        session.export("docx")


def test_an_export_asked_again_renders_once_and_a_change_renders_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import agent.session as session_module

    renders: list[str] = []
    real = session_module._render

    def counted(plan, fmt, today):  # type: ignore[no-untyped-def]
        renders.append(fmt)
        return real(plan, fmt, today)

    monkeypatch.setattr(session_module, "_render", counted)
    steps = [call("set_capacity", hours_per_week=30), say("ok"),
             call("set_capacity", hours_per_week=35), say("ok")]  # fmt: skip
    session, _ = _session(tmp_path, steps)
    _run(session, "30 hours")
    first = session.export("markdown").read_text()
    path = session.export("markdown")
    assert path.read_text() == first and renders == ["markdown"]
    session.export("ics")
    assert renders == ["markdown", "ics"]
    _run(session, "make it 35")
    changed = session.export("markdown").read_text()
    assert renders == ["markdown", "ics", "markdown"] and changed != first and "35" in changed


class _FakeGuidance:
    def __init__(self) -> None:
        self.queries: list[str] = []

    def search(
        self, query: str, k: int = 4, roles=None, contexts=None, stage=None, prefer=None
    ) -> list:
        self.queries.append(query)
        return [
            {"card_id": "slack", "title": "Keep slack", "passage": "Leave 10%.", "credit": "ours"}
        ]


def test_search_guidance_uses_the_injected_store(tmp_path: Path) -> None:
    guidance = _FakeGuidance()
    steps = [call("search_guidance", query="how much slack"), say("Keep 10% slack.")]
    session, _ = _session(tmp_path, steps, guidance=guidance)
    events = _run(session, "slack?")
    result = next(e.data for e in events if e.kind == "tool_result")
    assert result["cards"][0]["card"] == "slack" and guidance.queries == ["how much slack"]


def test_audit_cv_without_upload_says_how_to_fix(tmp_path: Path) -> None:
    session, _ = _session(tmp_path, [call("audit_cv"), say("Please upload a CV.")])
    events = _run(session, "read my cv")
    result = next(e.data for e in events if e.kind == "tool_result")
    assert result["status"] == "error" and "upload" in result["fix"]
    assert session.plan.skills == []


def test_the_model_records_the_currency_and_a_wrong_code_gets_the_fix(tmp_path: Path) -> None:
    steps = [
        call("set_currency", code="pounds"),
        call("set_currency", code="gbp"),
        call("set_capacity", hours_per_week=40, cash_buffer=12000),
        say("Noted."),
    ]
    session, model = _session(tmp_path, steps)
    events = _run(session, "I have £12k saved and can give 40 hours")
    results = [e.data for e in events if e.kind == "tool_result"]
    assert results[0]["status"] == "error" and "ISO 4217" in results[0]["errors"][0]
    assert results[1]["status"] == "accepted" and session.plan.currency == "GBP"
    assert "£12,000" in session.export("markdown").read_text()
    model.assert_done()


def test_a_turn_flushes_its_commits_once_before_its_final_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import agent.store as store_module

    steps = [call("set_capacity", hours_per_week=30),
             call("add_stream", name="Job", role="anchor", target_hours=20),
             call("add_stream", name="Course", role="seed", target_hours=4), say("ok")]  # fmt: skip
    session, _ = _session(tmp_path, steps)
    seen: list[str] = []
    real = store_module._fsync
    monkeypatch.setattr(store_module, "_fsync", lambda p: seen.append("flush") or real(p))
    for event in session.turn("go"):
        seen.append(event.kind)
    assert seen.count("flush") == 2  # the log, and once the folder that lists it
    assert seen[-3:] == ["flush", "flush", "final"] and len(session.events) == 3
    resumed = PlannerSession.resume(session.id, _settings(tmp_path), today=lambda: TODAY)
    assert resumed.plan == session.plan and len(resumed.history) == 2
