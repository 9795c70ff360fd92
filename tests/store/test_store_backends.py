"""The session store's contract, run against both back ends (SQLite and a real PostgreSQL).

Each test gets an empty store from the ``backend`` fixture; a "second instance" is a second
store object on the same database, as another app process would hold.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from agent.settings import Settings
from agent.store import (
    SessionBusyError,
    SessionChangedError,
    SessionNotFoundError,
    SessionStore,
    Store,
    open_store,
)
from agent.store_base import SchemaError
from tests.conftest import REPO


def _second(settings: Settings) -> Store:
    """Another process's view of the same database (not the cached pool)."""
    if settings.database_url:
        from agent.store_postgres import PostgresStore

        return PostgresStore(settings.database_url, max_size=4)
    return SessionStore(settings.data_dir)


@pytest.fixture
def store(backend: Settings) -> Store:
    return open_store(backend)


def test_sessions_are_created_with_unguessable_ids_and_looked_up_exactly(store: Store) -> None:
    a, b = store.create(), store.create(label="second")
    assert a != b and len(a) >= 20 and store.exists(a) and store.exists(b)
    for wrong in (a[:-1], a + "x", a.upper() if a.upper() != a else a.lower(), f"../{a}",
                  "' OR 1=1 --", "%", "", " " + a):  # fmt: skip
        assert not store.exists(wrong)
    with pytest.raises(SessionNotFoundError, match="chat --list"):
        store.require("x" * 24)


def test_events_get_consecutive_numbers_and_read_back_in_order(store: Store) -> None:
    sid = store.create()
    bodies = [{"op": "set_context", "context": "tech"}, {"op": "note", "text": "Zoë ✓ 中文 \u202e"},
              {"op": "nested", "a": [1, 2.5, None, {"b": True}]}]  # fmt: skip
    assert [store.append_event(sid, b) for b in bodies] == [1, 2, 3]
    assert store.events(sid) == bodies
    assert store.head(sid) == (3, 0)


def test_messages_and_notes_stay_with_their_session(store: Store) -> None:
    a, b = store.create(), store.create()
    store.append_messages(a, [{"type": "human", "data": {"content": "hi"}},
                              {"type": "ai", "data": {"content": "hello"}}])  # fmt: skip
    store.append_messages(a, [])
    store.set_note(a, "cv_audit", {"skills": ["python"]})
    store.set_note(a, "cv_audit", {"skills": ["go"]})
    assert [m["data"]["content"] for m in store.messages(a)] == ["hi", "hello"]
    assert store.note(a, "cv_audit") == {"skills": ["go"]}
    assert store.note(b, "cv_audit", "none") == "none"
    assert store.messages(b) == [] and store.events(b) == []
    assert store.head(a) == (0, 2)


def test_list_shows_the_latest_session_first_with_its_event_count(store: Store) -> None:
    a, b = store.create(), store.create()
    store.append_event(a, {"op": "x"})
    store.append_event(a, {"op": "y"})
    listed = {info.id: info for info in store.list_sessions()}
    assert set(listed) == {a, b} and listed[a].events == 2 and listed[b].events == 0


def test_delete_forgets_everything_of_one_session(store: Store) -> None:
    a, b = store.create(), store.create()
    for sid in (a, b):
        store.append_event(sid, {"op": "x"})
        store.append_messages(sid, [{"type": "human", "data": {"content": sid}}])
        store.set_note(sid, "k", sid)
    assert store.delete(a) and not store.exists(a) and not store.delete(a)
    assert store.events(a) == [] and store.messages(a) == [] and store.note(a, "k") is None
    assert store.events(b) == [{"op": "x"}] and store.note(b, "k") == b
    with pytest.raises(SessionNotFoundError):
        store.head(a)
    with pytest.raises(SessionNotFoundError):
        store.append_event(a, {"op": "late"})


def test_an_append_that_expected_another_log_is_refused_and_writes_nothing(store: Store) -> None:
    sid = store.create()
    store.append_event(sid, {"op": "a"}, expect=1)
    with pytest.raises(SessionChangedError, match="reload"):
        store.append_event(sid, {"op": "stale"}, expect=1)
    assert store.events(sid) == [{"op": "a"}]
    assert store.append_event(sid, {"op": "b"}, expect=2) == 2


def test_a_second_instance_sees_every_committed_row(backend: Settings, store: Store) -> None:
    sid = store.create()
    store.append_event(sid, {"op": "a"})
    store.set_note(sid, "k", [1, 2])
    other = _second(backend)
    try:
        assert other.events(sid) == [{"op": "a"}] and other.note(sid, "k") == [1, 2]
        other.append_event(sid, {"op": "b"})
        assert store.head(sid) == (2, 0)
    finally:
        other.close()


def test_concurrent_appends_from_two_instances_never_collide(
    backend: Settings, store: Store
) -> None:
    sid = store.create()
    other = _second(backend)
    errors: list[BaseException] = []

    def write(target: Store, tag: str) -> None:
        try:
            for n in range(25):
                target.append_event(sid, {"op": tag, "n": n})
        except BaseException as error:  # collected: a thread's failure must fail the test
            errors.append(error)

    threads = [threading.Thread(target=write, args=(s, f"w{i}"))
               for i, s in enumerate([store, other, store, other])]  # fmt: skip
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.close()
    assert errors == []
    events = store.events(sid)
    assert len(events) == 100 and store.head(sid) == (100, 0)
    for tag in ("w0", "w1", "w2", "w3"):  # each writer's own order is kept
        assert [e["n"] for e in events if e["op"] == tag] == list(range(25))


def test_the_turn_lock_admits_one_writer_and_is_released_after(
    backend: Settings, store: Store
) -> None:
    sid = store.create()
    other = _second(backend)
    try:
        with store.turn_lock(sid):
            for contender in (store, other):
                busy = pytest.raises(SessionBusyError, match=r"busy in another tab.*try again")
                with busy, contender.turn_lock(sid):
                    pass
            with other.turn_lock(store.create()):  # another session is not held
                pass
        with other.turn_lock(sid):
            pass
        with pytest.raises(RuntimeError, match="boom"), store.turn_lock(sid):
            raise RuntimeError("boom")
        with other.turn_lock(sid):  # released by the failure too
            pass
    finally:
        other.close()


HOLDER = """
import sys, time
from agent.settings import Settings
from agent.store import open_store
settings = Settings(data_dir=sys.argv[1], database_url=sys.argv[2] or None)
store = open_store(settings)
with store.turn_lock(sys.argv[3]):
    print("held", flush=True)
    time.sleep(120)
"""


def test_a_killed_holder_releases_the_turn_lock(backend: Settings, store: Store) -> None:
    sid = store.create()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    args = [str(backend.data_dir), backend.database_url or "", sid]
    child = subprocess.Popen([sys.executable, "-c", HOLDER, *args], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        with pytest.raises(SessionBusyError), store.turn_lock(sid):
            pass
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    deadline = 50
    while True:  # the database notices the closed connection within moments
        try:
            with store.turn_lock(sid):
                break
        except SessionBusyError:
            deadline -= 1
            assert deadline > 0, "the killed process's lock was never released"
            threading.Event().wait(0.1)


def test_the_schema_is_migrated_once_and_recorded(backend: Settings, store: Store) -> None:
    assert store.schema_versions() == [1]  # type: ignore[attr-defined]
    again = _second(backend)
    try:
        assert again.schema_versions() == [1]  # type: ignore[attr-defined]
    finally:
        again.close()


def test_a_database_from_a_newer_planner_is_refused_untouched(
    backend: Settings, store: Store
) -> None:
    sid = store.create()
    _mark_newer(backend, store)
    with pytest.raises(SchemaError, match=r"schema version 99.*Upgrade the planner"):
        _second(backend)
    assert store.exists(sid)


def _mark_newer(backend: Settings, store: Store) -> None:
    sql = "INSERT INTO schema_migrations(version, name, applied) VALUES (99, 'future', 'now')"
    if backend.database_url:
        import psycopg

        with psycopg.connect(backend.database_url, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]
    else:
        import sqlite3

        with sqlite3.connect(Path(backend.data_dir) / "sessions.sqlite3") as conn:
            conn.execute(sql)


def test_a_database_url_of_another_kind_is_refused_with_the_fix() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=r"must start with postgresql://.*leave it unset"):
        Settings(database_url="mysql://db/planner")


def test_a_session_file_from_before_migrations_is_adopted_with_its_data(tmp_path: Path) -> None:
    import sqlite3

    from agent.store import SQLITE_MIGRATIONS

    tmp_path.mkdir(exist_ok=True)
    with sqlite3.connect(tmp_path / "sessions.sqlite3") as old:
        old.executescript(SQLITE_MIGRATIONS[0][2])
        old.execute("INSERT INTO sessions VALUES ('a' || hex(randomblob(12)), 'c', 'u', '')")
        sid = old.execute("SELECT id FROM sessions").fetchone()[0]
        old.execute("INSERT INTO events VALUES (?, 1, '{\"op\": \"x\"}', 'c')", (sid,))
    store = SessionStore(tmp_path)
    assert store.schema_versions() == [1] and store.events(sid) == [{"op": "x"}]


def test_an_unreachable_database_is_named_with_the_reason_and_the_fix() -> None:
    from agent.store_base import StoreUnavailableError
    from agent.store_postgres import PostgresStore
    from tests.support.postgres import free_port

    url = f"postgresql://planner:secret@127.0.0.1:{free_port()}/planner"
    with pytest.raises(StoreUnavailableError) as caught:
        PostgresStore(url, timeout=1)
    text = str(caught.value)
    assert "127.0.0.1" in text and "refused" in text and "PORTFOLIO_DATABASE_URL" in text
    assert "secret" not in text  # the password is never shown


def test_sessions_are_found_by_a_note_oldest_first(store: Store) -> None:
    a, b, c = store.create(), store.create(), store.create()
    for sid, tag in ((a, "browser-1"), (b, "browser-2"), (c, "browser-1")):
        store.set_note(sid, "browser", tag)
    assert set(store.sessions_with_note("browser", "browser-1")) == {a, c}
    assert store.sessions_with_note("browser", "browser-3") == []
    store.delete(a)
    assert store.sessions_with_note("browser", "browser-1") == [c]


def test_commits_in_a_flush_block_are_kept_at_once_and_flushed_together_at_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import agent.store as store_module

    flushed: list[str] = []
    real = store_module._fsync
    monkeypatch.setattr(store_module, "_fsync", lambda p: flushed.append(p.name) or real(p))
    store = SessionStore(tmp_path / "data")
    sid = store.create()
    mode = "PRAGMA synchronous"
    assert store._db.execute(mode).fetchone()[0] == 2  # FULL: each commit is flushed
    with store.flush_at_end():
        assert store._db.execute(mode).fetchone()[0] == 1
        for n in range(1, 4):
            store.append_event(sid, {"op": "set_capacity", "n": n}, expect=n)
        # Committed already: another connection (another process) reads them.
        assert len(SessionStore(tmp_path / "data").events(sid)) == 3
        assert flushed == []
    assert flushed == ["sessions.sqlite3-wal", "data"]  # the log, and once its folder
    assert store._db.execute(mode).fetchone()[0] == 2
    with store.flush_at_end(), store.flush_at_end():  # nested blocks: flushed as each ends
        store.append_event(sid, {"op": "undo"}, expect=4)
    assert flushed[2:] == ["sessions.sqlite3-wal", "sessions.sqlite3-wal"]
    assert store._db.execute(mode).fetchone()[0] == 2


def test_a_store_closed_inside_a_flush_block_still_flushes_what_it_committed(
    tmp_path: Path,
) -> None:
    store = SessionStore(tmp_path / "data")
    sid = store.create()
    with store.flush_at_end():
        store.append_event(sid, {"op": "set_capacity"}, expect=1)
        store.close()  # the block's end neither raises nor loses the commit
    assert SessionStore(tmp_path / "data").events(sid) == [{"op": "set_capacity"}]
