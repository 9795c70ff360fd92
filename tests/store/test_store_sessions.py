"""Sessions over both store back ends: any instance continues a conversation, a stale copy
reloads before its turn, and two writers on one conversation never interleave a turn."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage

from agent.plan import operations as ops
from agent.plan import replay
from agent.session import PlannerSession
from agent.settings import Settings
from agent.store import SessionBusyError, SessionChangedError, SessionStore, Store
from tests.support.scripted import ScriptedModel, call, say

TODAY = dt.date(2026, 3, 2)


def _instance(settings: Settings) -> Store:
    """A store as another app instance holds it (its own connection or pool)."""
    if settings.database_url:
        from agent.store_postgres import PostgresStore

        return PostgresStore(settings.database_url, max_size=4)
    return SessionStore(settings.data_dir)


def _open(settings: Settings, sid: str | None, steps: list[Any], store: Store) -> PlannerSession:
    model = ScriptedModel(steps)
    if sid is None:
        return PlannerSession.create(settings, model=model, today=lambda: TODAY, store=store)
    return PlannerSession.resume(sid, settings, model=model, today=lambda: TODAY, store=store)


def _folds(session: PlannerSession, store: Store) -> None:
    """The stored log is a valid fold: replayed, it gives the session's plan."""
    logged = [ops.OPERATION_ADAPTER.validate_python(e) for e in store.events(session.id)]
    assert replay(logged, today=TODAY) == session.plan  # type: ignore[arg-type]


def test_a_conversation_moves_between_instances_and_each_reloads(backend: Settings) -> None:
    one, two = _instance(backend), _instance(backend)
    try:
        first = _open(backend, None, [call("set_capacity", hours_per_week=40), say("40 h.")], one)
        list(first.turn("40 hours"))
        second = _open(backend, first.id, [call("set_context", context="tech"), say("Tech.")], two)
        assert second.plan == first.plan and second.history == first.history
        list(second.turn("tech"))
        # The first instance's copy is stale now; its next turn reloads before running.
        first._model_source = ScriptedModel(
            [call("add_stream", name="Job", role="anchor", volatility="stable"), say("Job.")]
        )
        events = list(first.turn("my job is the anchor"))
        assert events[-1].data["ok"] is True
        assert first.plan.profile.context == "tech" and first.plan.capacity is not None
        assert [s.id for s in first.plan.streams] == ["job"]
        said = ["40 hours", "40 h.", "tech", "Tech.", "my job is the anchor", "Job."]
        assert [m["content"] for m in first.history] == said
        assert one.head(first.id) == (3, len(one.messages(first.id)))
        _folds(first, two)
    finally:
        one.close()
        two.close()


def test_a_stale_copy_cannot_add_to_a_log_that_moved_on(backend: Settings) -> None:
    one, two = _instance(backend), _instance(backend)
    try:
        first = _open(backend, None, [], one)
        second = _open(backend, first.id, [], two)
        assert second.apply(ops.SetCapacity(hours_per_week=40)).accepted
        with pytest.raises(SessionChangedError):
            first.apply(ops.SetContext(context="tech"))  # never refreshed: refused, not forked
        assert len(one.events(first.id)) == 1
        assert first.refresh() and first.apply(ops.SetContext(context="tech")).accepted
        _folds(first, one)
    finally:
        one.close()
        two.close()


class _Gate:
    """A model step that stops mid-turn (after a committed tool call) until released."""

    def __init__(self) -> None:
        self.reached, self.release = threading.Event(), threading.Event()

    def __call__(self, messages: list[BaseMessage]) -> AIMessage:
        self.reached.set()
        assert self.release.wait(30), "the test never released the turn"
        return say("Saved 44 hours.")


@pytest.mark.parametrize("where", ["another-instance", "another-tab"])
def test_two_writers_on_one_conversation_one_turn_wins(backend: Settings, where: str) -> None:
    one, two = _instance(backend), _instance(backend)
    gate, done = _Gate(), []
    try:
        first = _open(backend, None, [call("set_capacity", hours_per_week=44), gate], one)
        rival = first if where == "another-tab" else _open(backend, first.id, [], two)
        runner = threading.Thread(target=lambda: done.extend(first.turn("44 hours")))
        runner.start()
        assert gate.reached.wait(30)
        refused = list(rival.turn("actually 10 hours"))
        with pytest.raises(SessionBusyError):
            rival.undo()
        gate.release.set()
        runner.join(30)
        assert [e.kind for e in refused] == ["error", "final"]
        assert "busy in another tab" in refused[0].text and "try again" in refused[0].text
        assert refused[-1].data == {"ok": False}
        assert done[-1].kind == "final" and done[-1].data["ok"] is True
        texts = [m["data"]["content"] for m in two.messages(first.id)]
        assert "actually 10 hours" not in texts and texts[-1] == "Saved 44 hours."
        assert len(two.events(first.id)) == 1
        _folds(first, two)
        rival.refresh()
        assert rival.plan == first.plan  # the loser, once free, sees the winner's turn
    finally:
        gate.release.set()
        one.close()
        two.close()


def test_a_session_deleted_elsewhere_is_not_written_to(backend: Settings) -> None:
    one, two = _instance(backend), _instance(backend)
    try:
        first = _open(backend, None, [], one)
        _open(backend, first.id, [], two).delete()
        events = list(first.turn("hello"))
        assert events[-1].data == {"ok": False} and "deleted" in events[0].text
        assert not one.exists(first.id) and one.messages(first.id) == []
    finally:
        one.close()
        two.close()
