"""The store against a real Chroma server on loopback, reached with ``HttpClient``."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.settings import get_settings
from knowledge.store import open_store

pytestmark = pytest.mark.slow

CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_heartbeat(port: int, process: subprocess.Popen[bytes], limit: float = 60) -> None:
    url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"chroma server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"chroma server did not answer {url} within {limit} s")


@pytest.fixture
def chroma_port(tmp_path: Path) -> Iterator[int]:
    port = free_port()
    process = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={"ANONYMIZED_TELEMETRY": "False", "PATH": str(CHROMA.parent)},
    )  # fmt: skip
    try:
        wait_for_heartbeat(port, process)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_ingest_and_search_through_a_server(tmp_path: Path, chroma_port: int) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for card_id, title, text in [
        ("fees", "Setting client fees", "Price client work by the value delivered, not hours."),
        ("sleep", "Protecting rest", "Guard sleep and one free evening a week."),
    ]:
        (corpus / f"{card_id}.md").write_text(
            textwrap.dedent(f"""\
                ---
                id: {card_id}
                title: {title}
                stage: money
                ---
                # {title}
                ## Guidance
                {text}
                """),
            encoding="utf-8",
        )
    model_dir = get_settings().model_dir
    store = open_store(tmp_path / "data", model_dir, corpus, "127.0.0.1", chroma_port, False)
    assert store.ingest().added == 2
    assert store.search("how much should I charge a client", k=1)[0].card_id == "fees"
    again = open_store(tmp_path / "other", model_dir, corpus, "127.0.0.1", chroma_port, False)
    assert again.ingest().unchanged == 2
    assert not (tmp_path / "data" / "chroma" / "chroma.sqlite3").exists()
