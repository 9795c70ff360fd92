"""Sessions in PostgreSQL, for several app instances sharing one database.

Chosen by ``PORTFOLIO_DATABASE_URL=postgresql://...``. The same tables as the SQLite store,
created and migrated by the planner itself: each schema version is applied once, in its own
transaction, under an advisory lock (two instances starting together do not race), and
recorded in ``schema_migrations``. A connection pool (psycopg_pool) serves the process's
sessions.

- An operation is accepted only once its transaction has committed (``append_event`` returns
  after ``COMMIT``; the default ``synchronous_commit`` makes that durable).
- Appends lock the session's row (``SELECT ... FOR UPDATE``), so sequence numbers never
  collide, and may name the sequence number they expect, so a stale copy cannot extend a log
  that moved on.
- A turn holds a session-level advisory lock on a pooled connection
  (``pg_try_advisory_lock``): a second writer gets :class:`SessionBusyError` at once, and a
  killed instance's lock goes with its connection.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from psycopg import Connection, Error, OperationalError, connect, conninfo
from psycopg_pool import ConnectionPool, PoolTimeout

from agent.store_base import (
    TABLES,
    SessionBusyError,
    SessionInfo,
    Store,
    StoreUnavailableError,
    check_next,
    check_schema,
    new_session_id,
    not_found,
    now_text,
    valid_id,
)

_TABLE_SQL = """
CREATE TABLE IF NOT EXISTS {name} (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
)"""

#: Schema versions, oldest first: (version, name, statements). Applied once each, in order.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "sessions, events, messages, notes",
        [
            "CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, created TEXT NOT NULL, "
            "updated TEXT NOT NULL, label TEXT NOT NULL DEFAULT '')",
            _TABLE_SQL.format(name="events"),
            _TABLE_SQL.format(name="messages"),
            "CREATE TABLE IF NOT EXISTS notes (session_id TEXT NOT NULL REFERENCES sessions(id) "
            "ON DELETE CASCADE, key TEXT NOT NULL, body TEXT NOT NULL, "
            "PRIMARY KEY (session_id, key))",
            "CREATE INDEX IF NOT EXISTS sessions_updated ON sessions (updated DESC)",
        ],
    ),
]
#: Advisory lock key held while migrating (any fixed 64-bit number of our own).
_MIGRATION_LOCK = 0x504F5254464F4C49
T = TypeVar("T")


def describe_url(url: str) -> str:
    """``host:port/dbname`` of a connection URL, without user or password."""
    try:
        parts = conninfo.conninfo_to_dict(url)
    except Error:
        return "(an unreadable PORTFOLIO_DATABASE_URL)"
    host = str(parts.get("host") or "localhost")
    return f"{host}:{parts.get('port') or 5432}/{parts.get('dbname') or ''}"


def _first_failure(url: str) -> Error | None:
    """Why one direct connection fails (the pool only says it timed out), or ``None``."""
    try:
        connect(url, connect_timeout=5).close()
    except Error as error:
        return error
    return None


class PostgresStore(Store):
    """All sessions in one PostgreSQL database, through a connection pool."""

    def __init__(self, url: str, *, max_size: int = 10, timeout: float = 10.0) -> None:
        self.where = describe_url(url)
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_size,
            timeout=timeout,
            kwargs={"autocommit": True},
            check=ConnectionPool.check_connection,
            name="portfolio-sessions",
            open=False,
        )
        try:
            self._pool.open(wait=True, timeout=timeout)
        except PoolTimeout as error:
            self._pool.close()
            raise self._unavailable(_first_failure(url) or error) from None
        try:
            self._run(self._migrate)
        except BaseException:
            self._pool.close()
            raise

    # -- plumbing -------------------------------------------------------------------------
    def _unavailable(self, error: BaseException) -> StoreUnavailableError:
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        return StoreUnavailableError(
            f"the session database at {self.where} cannot be reached or written ({reason}). "
            "Check that PostgreSQL is running and that PORTFOLIO_DATABASE_URL names it"
        )

    def _run(self, work: Callable[[Connection[Any]], T]) -> T:
        """Run ``work`` in one transaction on a pooled connection."""
        try:
            with self._pool.connection() as conn, conn.transaction():
                return work(conn)
        except (OperationalError, PoolTimeout) as error:
            raise self._unavailable(error) from error

    def _migrate(self, conn: Connection[Any]) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL, applied TEXT NOT NULL)"
        )
        row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
        applied = int(row[0]) if row else 0
        check_schema(applied, MIGRATIONS[-1][0], f"the session database at {self.where}")
        for version, name, statements in MIGRATIONS:
            if version > applied:
                for statement in statements:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations(version, name, applied) VALUES (%s, %s, %s)",
                    (version, name, now_text()),
                )

    def schema_versions(self) -> list[int]:
        """The applied schema versions, oldest first."""
        rows = self._run(
            lambda c: c.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
        )
        return [int(r[0]) for r in rows]

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.close()

    # -- the interface --------------------------------------------------------------------
    def create(self, label: str = "") -> str:
        """Create an empty session and return its new id."""
        session_id, now = new_session_id(), now_text()
        self._run(
            lambda c: c.execute(
                "INSERT INTO sessions(id, created, updated, label) VALUES (%s, %s, %s, %s)",
                (session_id, now, now, label),
            )
        )
        return session_id

    def exists(self, session_id: str) -> bool:
        """True when a session with this id is stored."""
        if not valid_id(session_id):
            return False
        query = "SELECT 1 FROM sessions WHERE id=%s"
        return self._run(lambda c: c.execute(query, (session_id,)).fetchone()) is not None

    def list_sessions(self) -> list[SessionInfo]:
        """Every session, most recently updated first."""
        query = (
            "SELECT s.id, s.created, s.updated, s.label, "
            "(SELECT COUNT(*) FROM events e WHERE e.session_id = s.id) "
            "FROM sessions s ORDER BY s.updated DESC, s.created DESC"
        )
        rows = self._run(lambda c: c.execute(query).fetchall())
        return [SessionInfo(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]

    def delete(self, session_id: str) -> bool:
        """Forget everything about a session; True when it existed."""

        def work(conn: Connection[Any]) -> bool:
            for table in TABLES:
                conn.execute(f"DELETE FROM {table} WHERE session_id=%s", (session_id,))
            return conn.execute("DELETE FROM sessions WHERE id=%s", (session_id,)).rowcount > 0

        return self._run(work)

    def sessions_with_note(self, key: str, value: Any) -> list[str]:
        """Ids of the sessions whose note ``key`` holds ``value``, oldest first."""
        query = (
            "SELECT n.session_id FROM notes n JOIN sessions s ON s.id = n.session_id "
            "WHERE n.key=%s AND n.body=%s ORDER BY s.created, s.id"
        )
        rows = self._run(lambda c: c.execute(query, (key, json.dumps(value))).fetchall())
        return [str(r[0]) for r in rows]

    def restore(self, session_id: str, events: int, notes: dict[str, Any]) -> int:
        """Put the session back to its first ``events`` events and these note values, in one
        transaction (a failed turn taken back whole); returns how many events were removed."""

        def work(conn: Connection[Any]) -> int:
            conn.execute("SELECT 1 FROM sessions WHERE id=%s FOR UPDATE", (session_id,))
            removed = conn.execute(
                "DELETE FROM events WHERE session_id=%s AND seq>%s", (session_id, events)
            ).rowcount
            for key, value in notes.items():
                conn.execute(
                    "INSERT INTO notes(session_id, key, body) VALUES (%s, %s, %s) "
                    "ON CONFLICT (session_id, key) DO UPDATE SET body = EXCLUDED.body",
                    (session_id, key, json.dumps(value)),
                )
            return removed

        return self._run(work)

    def head(self, session_id: str) -> tuple[int, int]:
        """The last sequence numbers of the session's events and messages."""
        query = (
            "SELECT (SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = s.id), "
            "(SELECT COALESCE(MAX(seq), 0) FROM messages WHERE session_id = s.id) "
            "FROM sessions s WHERE s.id = %s"
        )
        row = self._run(lambda c: c.execute(query, (session_id,)).fetchone())
        if row is None:
            raise not_found(session_id)
        return int(row[0]), int(row[1])

    def set_note(self, session_id: str, key: str, value: Any) -> None:
        """Store a small JSON value under ``key`` (e.g. CV skill proposals)."""
        self._run(
            lambda c: c.execute(
                "INSERT INTO notes(session_id, key, body) VALUES (%s, %s, %s) "
                "ON CONFLICT (session_id, key) DO UPDATE SET body = EXCLUDED.body",
                (session_id, key, json.dumps(value)),
            )
        )

    def note(self, session_id: str, key: str, default: Any = None) -> Any:
        """The value stored under ``key``, or ``default``."""
        query = "SELECT body FROM notes WHERE session_id=%s AND key=%s"
        row = self._run(lambda c: c.execute(query, (session_id, key)).fetchone())
        return json.loads(row[0]) if row else default

    @contextmanager
    def turn_lock(self, session_id: str) -> Iterator[None]:
        """Hold the session for one turn: a session-level advisory lock on its own connection,
        kept out of the pool until the turn ends."""
        if not valid_id(session_id):
            raise not_found(session_id)
        key = "SELECT hashtextextended(%s, 0)"
        try:
            with self._pool.connection() as conn:
                row = conn.execute(f"SELECT pg_try_advisory_lock(({key}))", (session_id,))
                if not (got := row.fetchone()) or not got[0]:
                    raise SessionBusyError()
                try:
                    yield
                finally:
                    conn.execute(f"SELECT pg_advisory_unlock(({key}))", (session_id,))
        except (OperationalError, PoolTimeout) as error:
            raise self._unavailable(error) from error

    def _append(
        self, table: str, session_id: str, bodies: list[dict[str, Any]], expect: int | None = None
    ) -> list[int]:
        def work(conn: Connection[Any]) -> list[int]:
            lock = "SELECT 1 FROM sessions WHERE id=%s FOR UPDATE"
            if conn.execute(lock, (session_id,)).fetchone() is None:
                raise not_found(session_id)
            last_sql = f"SELECT COALESCE(MAX(seq), 0) FROM {table} WHERE session_id=%s"
            row = conn.execute(last_sql, (session_id,)).fetchone()
            last = int(row[0]) if row else 0
            check_next(session_id, table, last, expect)
            now = now_text()
            seqs = list(range(last + 1, last + 1 + len(bodies)))
            with conn.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {table}(session_id, seq, body, created) VALUES (%s, %s, %s, %s)",
                    [
                        (session_id, s, json.dumps(b), now)
                        for s, b in zip(seqs, bodies, strict=True)
                    ],
                )
            conn.execute("UPDATE sessions SET updated=%s WHERE id=%s", (now, session_id))
            return seqs

        return self._run(work)

    def _read(self, table: str, session_id: str) -> list[dict[str, Any]]:
        query = f"SELECT body FROM {table} WHERE session_id=%s ORDER BY seq"
        rows = self._run(lambda c: c.execute(query, (session_id,)).fetchall())
        return [json.loads(r[0]) for r in rows]
