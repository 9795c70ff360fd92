"""The web app's session cache is only a cache: two instances (two registries with their own
data folders) on one PostgreSQL database show, continue and export whatever the database holds,
and a session deleted on one is gone from the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.plan import plan_from_json
from agent.settings import Settings
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
