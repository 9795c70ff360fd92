"""Session storage in SQLite: each session's event log, its chat messages and a few notes.

The plan itself is never stored: it is the fold of the event log, so an accepted operation is
durable the moment its event row is committed (WAL with ``synchronous=FULL``: a commit survives
a killed process and a power cut; at one commit per accepted change the cost is invisible).
Session ids come from ``secrets.token_urlsafe`` on the server, never from the client.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SCHEMA = """
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
"""

_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


class SessionNotFoundError(LookupError):
    """No session with that id; the message says how to list the ones that exist."""


@dataclass(frozen=True)
class SessionInfo:
    """One row of the session list."""

    id: str
    created: str
    updated: str
    label: str
    events: int


@dataclass(frozen=True)
class Version:
    """A recorded version of a session's plan: a point of its event log, labelled and dated.

    ``at`` is the number of events up to it; ``plan`` keeps the plan's JSON at that point, so
    a version stays readable after a later import restarts the log.
    """

    id: int
    label: str
    date: str
    at: int
    plan: dict[str, Any]

    def to_note(self) -> dict[str, Any]:
        """The JSON-ready form kept in the session's notes."""
        return {"id": self.id, "label": self.label, "date": self.date, "at": self.at,
                "plan": self.plan}  # fmt: skip

    @classmethod
    def from_note(cls, data: dict[str, Any]) -> Version:
        """A version read back from the notes."""
        return cls(id=int(data["id"]), label=str(data["label"]), date=str(data["date"]),
                   at=int(data["at"]), plan=dict(data["plan"]))  # fmt: skip


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def new_session_id() -> str:
    """A fresh, unguessable session id."""
    return secrets.token_urlsafe(18)


class SessionStore:
    """All sessions in one SQLite file (``<data_dir>/sessions.sqlite3``)."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "sessions.sqlite3"
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        # A deleted session's rows are overwritten, not just unlinked, so its words do not
        # linger in free pages of the file.
        self._db.execute("PRAGMA secure_delete=ON")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

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
            now = _now()
            db.execute(
                "INSERT INTO sessions(id, created, updated, label) VALUES (?, ?, ?, ?)",
                (session_id, now, now, label),
            )
        return session_id

    def exists(self, session_id: str) -> bool:
        """True when a session with this id is stored."""
        if not _ID_PATTERN.match(session_id or ""):
            return False
        with self._lock:
            row = self._db.execute("SELECT 1 FROM sessions WHERE id=?", (session_id,)).fetchone()
        return row is not None

    def require(self, session_id: str) -> None:
        """Raise :class:`SessionNotFoundError` unless the session exists."""
        if not self.exists(session_id):
            raise SessionNotFoundError(
                f"No session with id {session_id!r}. List the stored sessions with "
                "`portfolio-planner chat --list`, or start a new one without --session."
            )

    def list_sessions(self) -> list[SessionInfo]:
        """Every session, most recently updated first."""
        query = (
            "SELECT s.id, s.created, s.updated, s.label, "
            "(SELECT COUNT(*) FROM events e WHERE e.session_id = s.id) "
            "FROM sessions s ORDER BY s.updated DESC"
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
            for table in ("events", "messages", "notes"):
                db.execute(f"DELETE FROM {table} WHERE session_id=?", (session_id,))
            cursor = db.execute("DELETE FROM sessions WHERE id=?", (session_id,))
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return cursor.rowcount > 0

    def sessions_with_note(self, key: str, value: Any) -> list[str]:
        """Ids of the sessions whose note ``key`` holds ``value``, oldest first."""
        query = (
            "SELECT n.session_id FROM notes n JOIN sessions s ON s.id = n.session_id "
            "WHERE n.key=? AND n.body=? ORDER BY s.created, s.id"
        )
        with self._lock:
            rows = self._db.execute(query, (key, json.dumps(value))).fetchall()
        return [str(row[0]) for row in rows]

    def append_event(self, session_id: str, body: dict[str, Any]) -> int:
        """Commit one accepted operation (JSON-ready dict) and return its sequence number."""
        return self._append("events", session_id, [body])[0]

    def events(self, session_id: str) -> list[dict[str, Any]]:
        """The session's event log, oldest first."""
        return self._read("events", session_id)

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

    def append_messages(self, session_id: str, bodies: list[dict[str, Any]]) -> None:
        """Commit chat messages (JSON-ready dicts) in order."""
        if bodies:
            self._append("messages", session_id, bodies)

    def messages(self, session_id: str) -> list[dict[str, Any]]:
        """The session's chat messages, oldest first."""
        return self._read("messages", session_id)

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

    def _append(self, table: str, session_id: str, bodies: list[dict[str, Any]]) -> list[int]:
        with self._tx() as db:
            row = db.execute(
                f"SELECT COALESCE(MAX(seq), 0) FROM {table} WHERE session_id=?", (session_id,)
            ).fetchone()
            first, now = int(row[0]) + 1, _now()
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
