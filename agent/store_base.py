"""The interface of session storage and what its back ends share (types, errors, checks).

The back ends are :class:`agent.store.SessionStore` (SQLite, the embedded default) and
:class:`agent.store_postgres.PostgresStore`; :func:`agent.store.open_store` picks one.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from abc import ABC, abstractmethod
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
TABLES = ("events", "messages", "notes")
BUSY_MESSAGE = (
    "This conversation is busy in another tab or window: it is answering a message there. "
    "Wait for that answer, then try again."
)


class SessionNotFoundError(LookupError):
    """No session with that id; the message says how to list the ones that exist."""


class SessionBusyError(RuntimeError):
    """Another writer (tab, window or app instance) holds the session's turn lock."""

    def __init__(self, message: str = BUSY_MESSAGE) -> None:
        super().__init__(message)


class SessionChangedError(RuntimeError):
    """The session's log moved on since this copy read it (written elsewhere); reload it."""


class StoreUnavailableError(RuntimeError):
    """The session database cannot be reached or written; the message names it and the fix."""


class SchemaError(RuntimeError):
    """The database holds a schema this version does not know (migrated by a newer one)."""


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


def now_text() -> str:
    """The current UTC time as stored (ISO 8601, seconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def new_session_id() -> str:
    """A fresh, unguessable session id."""
    return secrets.token_urlsafe(18)


def valid_id(session_id: str) -> bool:
    """True when ``session_id`` has the form of an id the planner generates."""
    return bool(_ID_PATTERN.match(session_id or ""))


def not_found(session_id: str) -> SessionNotFoundError:
    """The error for an id that names no stored session."""
    return SessionNotFoundError(
        f"No session with id {session_id!r}. List the stored sessions with "
        "`portfolio-planner chat --list`, or start a new one without --session."
    )


def check_next(session_id: str, table: str, last: int, expect: int | None) -> None:
    """Refuse an append whose caller expected another next sequence number."""
    if expect is not None and last + 1 != expect:
        raise SessionChangedError(
            f"Session {session_id} changed elsewhere: its {table} log has {last} entries, "
            f"this copy expected {expect - 1}. Nothing was written; reload the session and "
            "try again."
        )


class Store(ABC):
    """What a session back end provides; :func:`open_store` picks one from the settings."""

    @abstractmethod
    def close(self) -> None:
        """Release the back end's connections."""

    @abstractmethod
    def create(self, label: str = "") -> str:
        """Create an empty session and return its new id."""

    @abstractmethod
    def exists(self, session_id: str) -> bool:
        """True when a session with this id is stored."""

    @abstractmethod
    def list_sessions(self) -> list[SessionInfo]:
        """Every session, most recently updated first."""

    @abstractmethod
    def delete(self, session_id: str) -> bool:
        """Forget everything about a session; True when it existed."""

    @abstractmethod
    def sessions_with_note(self, key: str, value: Any) -> list[str]:
        """Ids of the sessions whose note ``key`` holds ``value``, oldest first."""

    @abstractmethod
    def restore(self, session_id: str, events: int, notes: dict[str, Any]) -> int:
        """Put the session back to its first ``events`` events and these note values, in one
        transaction (a failed turn taken back whole); returns how many events were removed."""

    @abstractmethod
    def head(self, session_id: str) -> tuple[int, int]:
        """The last sequence numbers of the session's events and messages (0 when none);
        :class:`SessionNotFoundError` when the session is gone."""

    @abstractmethod
    def set_note(self, session_id: str, key: str, value: Any) -> None:
        """Store a small JSON value under ``key`` (e.g. CV skill proposals)."""

    @abstractmethod
    def note(self, session_id: str, key: str, default: Any = None) -> Any:
        """The value stored under ``key``, or ``default``."""

    def flush_at_end(self) -> AbstractContextManager[None]:
        """A block whose commits reach the disk together when it ends, instead of one flush
        per commit: each is still committed before it returns (visible to every reader, kept
        when the process is killed), and all are durable against a power cut once the block
        is over. A back end whose commits cost no flush of their own ignores it."""
        return nullcontext()

    @abstractmethod
    def turn_lock(self, session_id: str) -> AbstractContextManager[None]:
        """Hold the session for one turn; :class:`SessionBusyError` when another writer has it.

        Released when the block ends, and by the operating system or the database when the
        holding process dies."""

    @abstractmethod
    def _append(
        self, table: str, session_id: str, bodies: list[dict[str, Any]], expect: int | None = None
    ) -> list[int]: ...

    @abstractmethod
    def _read(self, table: str, session_id: str) -> list[dict[str, Any]]: ...

    def ping(self) -> None:
        """One cheap indexed read; raises when the store cannot answer (health checks)."""
        self.exists("0" * 16)

    def require(self, session_id: str) -> None:
        """Raise :class:`SessionNotFoundError` unless the session exists."""
        if not self.exists(session_id):
            raise not_found(session_id)

    def append_event(self, session_id: str, body: dict[str, Any], expect: int | None = None) -> int:
        """Commit one accepted operation (JSON-ready dict) and return its sequence number.

        With ``expect``, the append is refused (:class:`SessionChangedError`, nothing written)
        unless ``expect`` is the next sequence number: a copy of the session that missed a
        change made elsewhere cannot add to the log as if it had not."""
        return self._append("events", session_id, [body], expect)[0]

    def events(self, session_id: str) -> list[dict[str, Any]]:
        """The session's event log, oldest first."""
        return self._read("events", session_id)

    def append_messages(self, session_id: str, bodies: list[dict[str, Any]]) -> None:
        """Commit chat messages (JSON-ready dicts) in order."""
        if bodies:
            self._append("messages", session_id, bodies)

    def messages(self, session_id: str) -> list[dict[str, Any]]:
        """The session's chat messages, oldest first."""
        return self._read("messages", session_id)


def check_schema(applied: int, known: int, where: str) -> None:
    """Refuse a database migrated by a newer version of the planner."""
    if applied > known:
        raise SchemaError(
            f"{where} has schema version {applied}, but this version of the planner knows "
            f"versions up to {known}: it was written by a newer planner. Upgrade the planner "
            "(or point it at another database); the data was left untouched."
        )
