""" "Delete my data" removes what it says: every session this browser started (and only those),
their downloads, and their words from the database files themselves."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from reliability_support import TODAY, new_session, run, settings_for

from agent.session import PlannerSession
from agent.store import SessionStore
from ui.actions import Actions, browser_tag
from ui.registry import SessionRegistry

SECRET = "Zanzibar-Quokka-4471"


def _database_bytes(data: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data.glob("sessions.sqlite3*")))


def _checkpoint(data: Path) -> None:
    """Move the write-ahead log into the database file, as SQLite does from time to time."""
    db = sqlite3.connect(data / "sessions.sqlite3")
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


@pytest.mark.parametrize("checkpointed", [False, True], ids=["in-the-log", "in-the-file"])
def test_a_deleted_session_leaves_no_trace_in_the_database_files(
    tmp_path: Path, checkpointed: bool
) -> None:
    alice = new_session(tmp_path)
    run(alice, f"My secret project is {SECRET}")
    cv = f"Alice Example\nSkills: Python, facilitation\nProject {SECRET} lead".encode()
    assert alice.upload_cv(cv, "alice.txt")["status"] == "ok"
    bob = new_session(tmp_path, settings=alice.settings)
    run(bob, "I have 30 hours a week")
    data = alice.settings.data_dir
    if checkpointed:
        _checkpoint(data)
    assert SECRET.encode() in _database_bytes(data)
    alice.delete()
    assert SECRET.encode() not in _database_bytes(data)
    assert PlannerSession.resume(bob.id, bob.settings, today=lambda: TODAY).plan == bob.plan


def _page(tmp_path: Path) -> Actions:
    settings = settings_for(tmp_path)
    registry = SessionRegistry(
        settings.data_dir,
        lambda: PlannerSession.create(settings, today=lambda: TODAY),
        lambda sid: PlannerSession.resume(sid, settings, today=lambda: TODAY),
        ttl_seconds=3600,
        started_by=lambda tag: PlannerSession.started_in_browser(tag, settings),
    )
    return Actions(registry, today=lambda: TODAY)


def _started(actions: Actions, tab: str, key: str | None) -> tuple[str, str]:
    session_id = actions.start(tab).session_id
    assert session_id
    return session_id, actions.tag_browser(session_id, key)


def test_delete_all_removes_every_session_this_browser_started_and_nothing_else(
    tmp_path: Path,
) -> None:
    actions = _page(tmp_path)
    first, key = _started(actions, "tab-1", None)
    second, same = _started(actions, "tab-2", key)  # another tab of the same browser
    assert same == key
    actions.registry.release(first, "tab-1")  # a closed tab: the session stays stored
    other, other_key = _started(actions, "elsewhere", None)
    assert other_key != key
    for session_id in (first, second, other):
        session = actions.registry.open(session_id)
        run(session, f"hello from {session_id}")
        actions.registry.download_dir(session_id).joinpath("x.md").write_text(SECRET)
        session.export("markdown")

    text, others = actions.delete_question(second, key)
    assert others == 1 and "1 other saved session(s)" in text and "cannot be undone" in text
    view = actions.delete(second, "tab-2", key=key)
    assert view.status.startswith("Deleted 2 sessions started in this browser")
    store = SessionStore(tmp_path / "data")
    assert not store.exists(first) and not store.exists(second)
    assert store.exists(other) and view.session_id and store.exists(view.session_id)
    downloads = tmp_path / "data" / "downloads"
    assert not (downloads / first).exists() and not (downloads / second).exists()
    assert (downloads / other / "x.md").exists()
    assert first not in actions.registry and second not in actions.registry
    store.close()


@pytest.mark.parametrize("key", [None, "", "not a key", "x" * 31, 42])
def test_without_a_valid_key_only_the_current_session_is_deleted(
    tmp_path: Path, key: object
) -> None:
    actions = _page(tmp_path)
    first, real_key = _started(actions, "tab", None)
    second, _ = _started(actions, "tab", real_key)
    assert actions.delete_question(second, key) == (actions.delete_question(second, None)[0], 0)
    actions.delete(second, "tab", key=key)
    store = SessionStore(tmp_path / "data")
    assert store.exists(first) and not store.exists(second)
    store.close()


def test_the_server_keeps_only_a_digest_of_the_browser_key(tmp_path: Path) -> None:
    actions = _page(tmp_path)
    session_id, key = _started(actions, "tab", None)
    stored = _database_bytes(tmp_path / "data")
    assert key.encode() not in stored and browser_tag(key).encode() in stored
    assert PlannerSession.started_in_browser(key, actions.registry.open(session_id).settings) == []


def test_a_tab_whose_session_ended_still_gets_its_key(tmp_path: Path) -> None:
    actions = _page(tmp_path)
    key = actions.tag_browser("gone-session-id-000000", None)
    assert actions.tag_browser("gone-session-id-000000", key) == key
    assert actions.registry.started_by(browser_tag(key)) == []
