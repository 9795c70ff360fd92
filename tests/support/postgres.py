"""A throw-away PostgreSQL server for tests and benchmarks (Debian's ``postgresql`` package).

:class:`PostgresServer` runs ``initdb`` and ``pg_ctl`` in a temporary folder on a free
loopback port, with its socket in that folder, and removes everything on ``stop``. PostgreSQL
refuses to run as root, so under root the server runs as the unprivileged ``postgres`` system
user that the package creates (or ``portfolio-pg``, created when missing). ``make postgres``
installs the package; nothing here downloads anything.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any

INSTALL_HINT = "Install Debian's PostgreSQL server: `make postgres` (apt-get install postgresql)."


def find_bin_dir() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl`` (the newest installed version)."""
    on_path = shutil.which("pg_ctl")
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4])
    )
    found = candidates[-1] if candidates else on_path
    if not found:
        raise RuntimeError(f"No PostgreSQL server programs (pg_ctl) were found. {INSTALL_HINT}")
    return Path(found).parent


def _server_user() -> pwd.struct_passwd | None:
    """The unprivileged user to run the server as (``None`` when not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "portfolio-pg"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
         "portfolio-pg"],
        check=True,
    )  # fmt: skip
    return pwd.getpwnam("portfolio-pg")


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One temporary PostgreSQL cluster; ``url(dbname)`` gives connection URLs."""

    def __init__(self, *, durable: bool = False, max_connections: int = 300) -> None:
        self.bin = find_bin_dir()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="portfolio-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._user = _server_user()
        self._durable = durable
        self._max_connections = max_connections
        self.running = False

    def _run(self, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        user = {"user": self._user.pw_uid, "group": self._user.pw_gid} if self._user else {}
        env = {"PATH": "/usr/bin:/bin", "HOME": str(self.root), "LC_ALL": "C.UTF-8"}
        command = [str(self.bin / args[0]), *args[1:]]
        return subprocess.run(command, cwd=self.root, env=env, capture_output=True, text=True,
                              check=False, **user, **kwargs)  # fmt: skip

    def start(self) -> PostgresServer:
        """Create the cluster and start the server; raises with its log when it fails."""
        if self._user:
            os.chown(self.root, self._user.pw_uid, self._user.pw_gid)
        init = self._run("initdb", "-D", str(self.data), "-U", "planner", "--auth=trust",
                         "-E", "UTF8", "--no-sync")  # fmt: skip
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip()[-800:]}")
        options = [
            f"-p {self.port}", f"-k {self.root}", "-c listen_addresses=127.0.0.1",
            f"-c max_connections={self._max_connections}",
        ]  # fmt: skip
        if not self._durable:  # a test cluster: commits are still commits, only not fsynced
            options += ["-c fsync=off", "-c full_page_writes=off"]
        start = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                          "-t", "60", "-o", " ".join(options), "start")  # fmt: skip
        if start.returncode != 0:
            log = self.log.read_text(errors="replace")[-1500:] if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {start.stderr.strip()}\n{log}")
        self.running = True
        return self

    def url(self, dbname: str = "postgres") -> str:
        """A connection URL for ``dbname`` over loopback TCP."""
        return f"postgresql://planner@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by :meth:`create_database`, closing its connections."""
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
