"""Session storage: each session's event log, its chat messages and a few notes.

The plan itself is never stored: it is the fold of the event log, so an accepted operation is
kept the moment its event row is committed. Two back ends keep the same guarantees behind one
interface (:class:`Store`): SQLite in the data folder (the embedded default; WAL with
``synchronous=FULL``: a commit survives a killed process and a power cut; inside
:meth:`Store.flush_at_end`, as a turn is, commits survive a killed process at once and reach
the disk together when the block ends) and PostgreSQL (:mod:`agent.store_postgres`, chosen by
``PORTFOLIO_DATABASE_URL``) for several app instances.

Both create and migrate their own schema (a ``schema_migrations`` table records each applied
version), append with the next sequence number under a lock on the session, and give each
session a turn lock: a second writer on the same conversation (another tab, another instance)
is refused with :class:`SessionBusyError` instead of interleaving its turn.
Session ids come from ``secrets.token_urlsafe`` on the server, never from the client.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent.store_base import (
    TABLES,
    SessionBusyError,
    SessionChangedError,
    SessionInfo,
    SessionNotFoundError,
    Store,
    StoreUnavailableError,
    Version,
    check_next,
    check_schema,
    new_session_id,
    not_found,
    now_text,
    valid_id,
)

if TYPE_CHECKING:
    from agent.settings import Settings

__all__ = [
    "SessionBusyError",
    "SessionChangedError",
    "SessionInfo",
    "SessionNotFoundError",
    "SessionStore",
    "Store",
    "StoreUnavailableError",
    "Version",
    "new_session_id",
    "open_store",
]

#: Schema versions, oldest first: (version, name, SQL). Applied once each, in order.
SQLITE_MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "sessions, events, messages, notes",
        """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS events (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS messages (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS notes (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (session_id, key)
);
""",
    ),
]


class SessionStore(Store):
    """All sessions in one SQLite file (``<data_dir>/sessions.sqlite3``): the embedded default.

    Turn locks are ``flock`` locks on ``<data_dir>/locks/<id>.lock``, so they hold between
    threads and processes that share the data folder, and vanish with a killed process.
    """

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "sessions.sqlite3"
        self._locks = data_dir / "locks"
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()
        self._wal = bool(mode) and str(mode[0]).lower() == "wal"
        self._deferring = 0  # open flush_at_end blocks
        self._folder_synced = False
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        # A deleted session's rows are overwritten, not just unlinked, so its words do not
        # linger in free pages of the file.
        self._db.execute("PRAGMA secure_delete=ON")
        self._migrate()

    def _migrate(self) -> None:
        with self._tx() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied TEXT NOT NULL)"
            )
            row = db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
            check_schema(int(row[0]), SQLITE_MIGRATIONS[-1][0], f"the session file {self.path}")
            for version, name, sql in SQLITE_MIGRATIONS:
                if version > int(row[0]):
                    for statement in filter(str.strip, sql.split(";")):
                        db.execute(statement)
                    db.execute(
                        "INSERT INTO schema_migrations(version, name, applied) VALUES (?, ?, ?)",
                        (version, name, now_text()),
                    )

    def schema_versions(self) -> list[int]:
        """The applied schema versions, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT version FROM schema_migrations ORDER BY version")
            return [int(r[0]) for r in rows.fetchall()]

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    @contextmanager
    def flush_at_end(self) -> Iterator[None]:
        """Commits inside the block skip their own flush (``synchronous=NORMAL``: in WAL mode
        a commit is still atomic and survives a killed process); its end flushes the
        write-ahead log once, so ten tool calls of a turn cost one disk flush, not ten."""
        if not self._wal:
            yield
            return
        with self._lock:
            if self._deferring == 0:
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._deferring += 1
        try:
            yield
        finally:
            with self._lock:
                self._deferring -= 1
                if self._deferring == 0:
                    with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile
                        self._db.execute("PRAGMA synchronous=FULL")
                self._flush_log()

    def _flush_log(self) -> None:
        """Flush the write-ahead log (and, once, the folder that lists it) to the disk."""
        with contextlib.suppress(FileNotFoundError):  # no log: every commit was checkpointed
            _fsync(Path(f"{self.path}-wal"))
        if not self._folder_synced:
            _fsync(self.path.parent)
            self._folder_synced = True

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def create(self, label: str = "") -> str:
        """Create an empty session and return its new id."""
        session_id = new_session_id()
        with self._tx() as db:
            now = now_text()
            db.execute(
                "INSERT INTO sessions(id, created, updated, label) VALUES (?, ?, ?, ?)",
                (session_id, now, now, label),
            )
        return session_id

    def exists(self, session_id: str) -> bool:
        """True when a session with this id is stored."""
        if not valid_id(session_id):
            return False
        with self._lock:
            row = self._db.execute("SELECT 1 FROM sessions WHERE id=?", (session_id,)).fetchone()
        return row is not None

    def list_sessions(self) -> list[SessionInfo]:
        """Every session, most recently updated first."""
        query = (
            "SELECT s.id, s.created, s.updated, s.label, "
            "(SELECT COUNT(*) FROM events e WHERE e.session_id = s.id) "
            "FROM sessions s ORDER BY s.updated DESC, s.created DESC"
        )
        with self._lock:
            rows = self._db.execute(query).fetchall()
        return [SessionInfo(*row) for row in rows]

    def delete(self, session_id: str) -> bool:
        """Forget everything about a session; True when it existed.

        Its rows are overwritten (``secure_delete``) and the write-ahead log, which still
        holds earlier copies of its pages, is checkpointed into the file and emptied.
        """
        with self._tx() as db:
            for table in TABLES:
                db.execute(f"DELETE FROM {table} WHERE session_id=?", (session_id,))
            cursor = db.execute("DELETE FROM sessions WHERE id=?", (session_id,))
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if valid_id(session_id):
            with contextlib.suppress(OSError):
                (self._locks / f"{session_id}.lock").unlink()
        return cursor.rowcount > 0

    def sessions_with_note(self, key: str, value: Any) -> list[str]:
        """Ids of the sessions whose note ``key`` holds ``value``, oldest first."""
        query = (
            "SELECT n.session_id FROM notes n JOIN sessions s ON s.id = n.session_id "
            "WHERE n.key=? AND n.body=? ORDER BY s.created, s.id"
        )
        with self._lock:
            rows = self._db.execute(query, (key, json.dumps(value))).fetchall()
        return [str(r[0]) for r in rows]

    def restore(self, session_id: str, events: int, notes: dict[str, Any]) -> int:
        """Put the session back to its first ``events`` events and these note values, in one
        transaction (a failed turn taken back whole); returns how many events were removed."""
        with self._tx() as db:
            cursor = db.execute(
                "DELETE FROM events WHERE session_id=? AND seq>?", (session_id, events)
            )
            for key, value in notes.items():
                db.execute(
                    "INSERT OR REPLACE INTO notes(session_id, key, body) VALUES (?, ?, ?)",
                    (session_id, key, json.dumps(value)),
                )
        return cursor.rowcount

    def head(self, session_id: str) -> tuple[int, int]:
        """The last sequence numbers of the session's events and messages."""
        query = (
            "SELECT (SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = s.id), "
            "(SELECT COALESCE(MAX(seq), 0) FROM messages WHERE session_id = s.id) "
            "FROM sessions s WHERE s.id = ?"
        )
        with self._lock:
            row = self._db.execute(query, (session_id,)).fetchone()
        if row is None:
            raise not_found(session_id)
        return int(row[0]), int(row[1])

    def set_note(self, session_id: str, key: str, value: Any) -> None:
        """Store a small JSON value under ``key`` (e.g. CV skill proposals)."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO notes(session_id, key, body) VALUES (?, ?, ?)",
                (session_id, key, json.dumps(value)),
            )

    def note(self, session_id: str, key: str, default: Any = None) -> Any:
        """The value stored under ``key``, or ``default``."""
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM notes WHERE session_id=? AND key=?", (session_id, key)
            ).fetchone()
        return json.loads(row[0]) if row else default

    @contextmanager
    def turn_lock(self, session_id: str) -> Iterator[None]:
        """Hold the session for one turn (an exclusive ``flock`` on its lock file)."""
        if not valid_id(session_id):
            raise not_found(session_id)
        self._locks.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._locks / f"{session_id}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise SessionBusyError() from None
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    def _append(
        self, table: str, session_id: str, bodies: list[dict[str, Any]], expect: int | None = None
    ) -> list[int]:
        with self._tx() as db:
            if db.execute("SELECT 1 FROM sessions WHERE id=?", (session_id,)).fetchone() is None:
                raise not_found(session_id)
            row = db.execute(
                f"SELECT COALESCE(MAX(seq), 0) FROM {table} WHERE session_id=?", (session_id,)
            ).fetchone()
            check_next(session_id, table, int(row[0]), expect)
            first, now = int(row[0]) + 1, now_text()
            seqs = list(range(first, first + len(bodies)))
            db.executemany(
                f"INSERT INTO {table}(session_id, seq, body, created) VALUES (?, ?, ?, ?)",
                [(session_id, s, json.dumps(b), now) for s, b in zip(seqs, bodies, strict=True)],
            )
            db.execute("UPDATE sessions SET updated=? WHERE id=?", (now, session_id))
        return seqs

    def _read(self, table: str, session_id: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT body FROM {table} WHERE session_id=? ORDER BY seq", (session_id,)
            ).fetchall()
        return [json.loads(r[0]) for r in rows]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_POSTGRES_STORES: dict[tuple[str, int], Store] = {}
_POSTGRES_LOCK = threading.Lock()


def open_store(settings: Settings) -> Store:
    """The store the settings choose: PostgreSQL when ``database_url`` is set (one pool per
    process and URL, shared by its sessions), else SQLite in the data folder."""
    if not settings.database_url:
        return SessionStore(settings.data_dir)
    from agent.store_postgres import PostgresStore

    key = (settings.database_url, settings.database_pool_size)
    with _POSTGRES_LOCK:
        store = _POSTGRES_STORES.get(key)
        if store is None:
            store = PostgresStore(settings.database_url, max_size=settings.database_pool_size)
            _POSTGRES_STORES[key] = store
        return store


def close_stores() -> None:
    """Close the process's PostgreSQL pools (tests, and a clean shutdown)."""
    with _POSTGRES_LOCK:
        stores = list(_POSTGRES_STORES.values())
        _POSTGRES_STORES.clear()
    for store in stores:
        store.close()
