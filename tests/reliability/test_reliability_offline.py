"""Offline mode opens no connection beyond this machine: a whole guided session, an ingest of
the guidance store, a CV audit and every export, with every ``socket.connect`` target recorded.
(The suite's conftest guard also refuses non-loopback connections; this records them all.)"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest
from reliability_support import final, new_session, run

from evals.cv.fixtures import docx_file

REPO = Path(__file__).resolve().parents[2]
TARGETS: list[object] = []


def _loopback(address: object) -> bool:
    if not isinstance(address, tuple):
        return True  # a Unix socket path
    host = str(address[0])
    return host == "localhost" or ipaddress.ip_address(host.split("%")[0]).is_loopback


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    guarded = socket.socket.connect  # the conftest guard, kept underneath

    def record(self: socket.socket, address: object) -> None:
        TARGETS.append(address)
        guarded(self, address)  # type: ignore[arg-type]

    TARGETS.clear()
    monkeypatch.setattr(socket.socket, "connect", record)
    return TARGETS


def test_a_whole_offline_session_connects_nowhere_but_here(
    tmp_path: Path, recorded: list[object]
) -> None:
    import shutil

    from agent.settings import get_settings
    from knowledge.store import open_store

    corpus = tmp_path / "corpus"  # a few real cards: the same ingest path, a fraction of the time
    corpus.mkdir()
    for name in ("seed-stream.md", "pricing-client-work.md", "time-blocks.md"):
        shutil.copy(REPO / "knowledge" / "corpus" / name, corpus / name)
    settings = get_settings()
    store = open_store(settings.data_dir, settings.model_dir, corpus_dir=corpus, progress=False)
    store.ingest()
    assert store.count() > 0
    session = new_session(tmp_path, seed=False, guidance=store)
    for answer in ("hello", "tech", "40 hours a week", "skip", "skip", "what is a seed stream?"):
        assert final(run(session, answer)).data["ok"] is True
    cv = docx_file(["Ada Example", "Skills: Python, SQL, facilitation, teaching"])
    assert session.upload_cv(cv, "cv.docx")["status"] == "ok"
    assert final(run(session, "I have uploaded my CV")).data["ok"] is True
    for fmt in ("markdown", "pdf", "json", "ics"):
        assert session.export(fmt).stat().st_size > 0
    assert session.search("how do I price client work", None, None, None)
    assert all(_loopback(a) for a in recorded), recorded
