"""Shared test set-up: every test gets its own data folder, no model endpoint from the
environment, and a socket guard that fails on any connection beyond loopback."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.settings import Settings, get_settings, quiet_environment

quiet_environment()

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPO = Path(__file__).resolve().parents[1]


class NetworkBlockedError(AssertionError):
    """Raised when a test opens a connection to anything but this machine."""


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths and the like never leave the machine
    host = str(address[0])
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_loopback(address):
        raise NetworkBlockedError(f"test tried to connect to {address!r}")
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_loopback(address):
        raise NetworkBlockedError(f"test tried to connect to {address!r}")
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)


@pytest.fixture(scope="session")
def shared_guidance_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One guidance store for the whole run: it holds only the shipped cards, so building it
    once (about 15 s of embedding) instead of once per test keeps the suite fast."""
    return tmp_path_factory.mktemp("guidance")


@pytest.fixture(autouse=True)
def _isolated_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_guidance_dir: Path
) -> Iterator[None]:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PORTFOLIO_LLM_MODEL", "CHROMA_HOST"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PORTFOLIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PORTFOLIO_GUIDANCE_DIR", str(shared_guidance_dir))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def shared_dir() -> Path:
    """The shared reference folder beside the repository; skips where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


os.environ.setdefault("PORTFOLIO_TEST", "1")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """One throw-away PostgreSQL server for the run (started on first use, as a non-root
    user when the tests run as root); each test takes its own database from it."""
    from tests.support.postgres import PostgresServer

    with PostgresServer() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """Settings for each session back end: SQLite in the data folder, and PostgreSQL (a fresh
    database on the run's server)."""
    from agent.store import close_stores

    if request.param == "sqlite":
        yield Settings(data_dir=tmp_path / "data")
        return
    server = request.getfixturevalue("postgres_server")
    url = server.create_database()
    try:
        yield Settings(data_dir=tmp_path / "data", database_url=url)
    finally:
        close_stores()
        server.drop_database(url)
