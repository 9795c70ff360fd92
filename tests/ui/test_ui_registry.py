"""The web app's session registry: ids, resume, download folders and their removal."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import ClassVar

import pytest

from ui.registry import SessionRegistry, UnknownSessionError


class FakeSession:
    """Stands in for the planner session: only its id matters to the registry."""

    saved: ClassVar[dict[str, FakeSession]] = {}

    def __init__(self) -> None:
        self.id = secrets.token_urlsafe(16)
        FakeSession.saved[self.id] = self


def _resume(session_id: str) -> FakeSession:
    return FakeSession.saved[session_id]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _registry(tmp_path: Path, clock: Clock | None = None) -> SessionRegistry:
    return SessionRegistry(tmp_path, FakeSession, _resume, ttl_seconds=60, clock=clock or Clock())


def test_new_sessions_are_distinct_and_reachable(tmp_path: Path) -> None:
    registry = _registry(tmp_path)
    a, b = registry.new("tab-a"), registry.new("tab-b")
    assert a != b
    assert registry.get(a).id == a and registry.get(b).id == b


def test_download_dirs_are_per_session_and_removed_on_release(tmp_path: Path) -> None:
    registry = _registry(tmp_path)
    a, b = registry.new("tab-a"), registry.new("tab-b")
    folder_a, folder_b = registry.download_dir(a), registry.download_dir(b)
    assert folder_a != folder_b and folder_a.parent == tmp_path / "downloads"
    (folder_a / "plan.md").write_text("x")
    registry.release_browser("tab-a")
    assert not folder_a.exists() and folder_b.exists()
    assert a not in registry and b in registry


def test_a_session_shared_by_two_tabs_survives_one_closing(tmp_path: Path) -> None:
    registry = _registry(tmp_path)
    a = registry.new("tab-1")
    registry.resume(a, "tab-2")
    registry.download_dir(a)
    registry.release_browser("tab-1")
    assert a in registry and (tmp_path / "downloads" / a).exists()
    registry.release_browser("tab-2")
    assert a not in registry


def test_resume_rejects_malformed_and_unknown_ids(tmp_path: Path) -> None:
    registry = _registry(tmp_path)
    with pytest.raises(UnknownSessionError, match="not a session id"):
        registry.resume("../../etc")
    with pytest.raises(UnknownSessionError, match="No saved session"):
        registry.resume("A" * 22)


def test_resume_after_release_reloads_the_saved_session(tmp_path: Path) -> None:
    registry = _registry(tmp_path)
    a = registry.new("tab")
    registry.release_browser("tab")
    assert registry.resume(f"  {a} ", "tab-2") == a
    assert registry.get(a) is FakeSession.saved[a]


def test_idle_sessions_expire(tmp_path: Path) -> None:
    clock = Clock()
    registry = _registry(tmp_path, clock)
    old = registry.new("t1")
    registry.download_dir(old)
    clock.now = 50
    fresh = registry.new("t2")
    clock.now = 100
    assert registry.sweep() == [old]
    assert old not in registry and fresh in registry
    assert not (tmp_path / "downloads" / old).exists()
    with pytest.raises(UnknownSessionError, match="New session"):
        registry.get(old)


def test_download_dir_refuses_path_tricks(tmp_path: Path) -> None:
    with pytest.raises(UnknownSessionError):
        _registry(tmp_path).download_dir("../../outside")
