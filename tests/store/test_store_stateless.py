"""The web app's session cache is only a cache: two instances (two registries with their own
data folders) on one PostgreSQL database show, continue and export whatever the database holds,
and a session deleted on one is gone from the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.plan import plan_from_json
from agent.settings import Settings
from agent.store import SessionStore, Store
from ui.actions import Actions
from ui.app import default_registry
from ui.registry import UnknownSessionError


def _instance(folder: Path, url: str) -> Actions:
    return Actions(default_registry(Settings(data_dir=folder, database_url=url)))


def _said(actions: Actions, sid: str) -> str:
    return repr(actions.view(sid).chat)


def test_any_instance_shows_continues_and_exports_the_latest_plan(
    tmp_path: Path, postgres_server: object
) -> None:
    from agent.store import close_stores

    url = postgres_server.create_database("stateless")  # type: ignore[attr-defined]
    first, second = _instance(tmp_path / "a", url), _instance(tmp_path / "b", url)
    try:
        sid = first.start("tab-1").session_id
        assert sid is not None
        for answer in ("hello", "tech"):
            list(first.turn(sid, answer))
        assert second.resume(sid, None, "tab-2").session_id == sid
        list(second.turn(sid, "40 hours a week"))
        # The first instance still caches its copy; it shows and exports the database's plan.
        assert "40 hours a week" in _said(first, sid)
        files = first.downloads(sid)
        assert files["json"].is_relative_to(tmp_path / "a" / "downloads" / sid)
        exported = plan_from_json(files["json"].read_text(encoding="utf-8"))
        assert exported.capacity is not None and exported.capacity.hours_per_week == 40
        assert exported.profile.context == "tech"
        list(first.turn(sid, "caring for my father on Fridays"))
        assert "caring for my father" in _said(second, sid)
        second.delete(sid, "tab-2")
        with pytest.raises(UnknownSessionError, match="ended"):
            first.view(sid)
    finally:
        close_stores()


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tech-worker.json"


def test_page_changes_wait_for_a_turn_running_elsewhere(backend: Settings) -> None:
    from agent.plan import plan_to_json
    from agent.store import open_store
    from ui import option_actions

    actions = Actions(default_registry(backend))
    sid = actions.start("tab").session_id
    assert sid is not None and actions.import_plan(sid, str(EXAMPLE)).status == "Plan imported."
    _, found = option_actions.show_options(actions, sid)
    before = plan_to_json(actions.registry.get(sid).plan)
    elsewhere = _other_instance(backend)
    try:
        with elsewhere.turn_lock(sid):  # a turn of this conversation runs in another instance
            for view in (actions.undo(sid), actions.import_plan(sid, str(EXAMPLE)),
                         option_actions.adopt_option(actions, sid, found, 1)):  # fmt: skip
                assert "busy in another tab" in view.status
            assert plan_to_json(actions.registry.get(sid).plan) == before
        view = option_actions.adopt_option(actions, sid, found, found.candidates[-1].rank)
        assert view.status.startswith("Adopted option")
        assert len(open_store(backend).events(sid)) == len(found.candidates[-1].operations)
    finally:
        elsewhere.close()


def _other_instance(settings: Settings) -> Store:

    if settings.database_url:
        from agent.store_postgres import PostgresStore

        return PostgresStore(settings.database_url, max_size=2)
    return SessionStore(settings.data_dir)
