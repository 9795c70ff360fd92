"""The whole product in one process, for the offline test to run under strace.

    python tests/reliability/offline_flow.py DATA_DIR

An ingest of guidance cards with the local ONNX model, a guided conversation that searches
them, a CV audit (the reader runs in a child process) through the session and the ``audit``
command, every export, the ``check``, ``explore`` and ``review`` commands, a turn against an
OpenAI-compatible endpoint on loopback, and the web app serving its page, a conversation, a CV
upload and the downloads to a ``gradio_client``. It starts the way every entry point does
(``quiet_environment``), so the test sees what the product itself switches off. Prints one
line per step and ``flow complete`` at the end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import socket
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 3, 2)
CARDS = ("seed-stream.md", "pricing-client-work.md", "time-blocks.md")
ANSWERS = ("hello", "tech", "40 hours a week", "skip", "skip", "what is a seed stream?")


def step(name: str) -> None:
    """Say which step starts (the test prints this when the flow fails)."""
    print(f"{time.strftime('%H:%M:%S')} {name}", flush=True)


def ingest(data: Path) -> Any:
    """The guidance store: a few real cards through the same ingest path."""
    from agent.settings import get_settings
    from knowledge.store import open_store

    corpus = data / "corpus"
    corpus.mkdir(parents=True)
    for name in CARDS:
        shutil.copy(REPO / "knowledge" / "corpus" / name, corpus / name)
    store = open_store(data / "guidance", get_settings().model_dir, corpus_dir=corpus,
                       progress=False)  # fmt: skip
    store.ingest()
    assert store.count() > 0
    return store


def guided_session(settings: Any, store: Any, cv: bytes) -> None:
    """A guided conversation, a CV audit and every export."""
    from agent.session import PlannerSession

    session = PlannerSession.create(settings, guidance=store, today=lambda: TODAY)
    for answer in ANSWERS:
        assert list(session.turn(answer))[-1].data["ok"] is True, answer
    assert session.upload_cv(cv, "cv.docx")["status"] == "ok"
    assert list(session.turn("I have uploaded my CV"))[-1].data["ok"] is True
    for fmt in ("markdown", "pdf", "json", "ics"):
        assert session.export(fmt).stat().st_size > 0
    assert session.search("how do I price client work", None, None, None)


def commands(data: Path, cv: bytes) -> None:
    """The commands a person runs in a terminal."""
    from agent.cli import main

    example = REPO / "examples" / "freelance-academic.json"
    actuals = data / "actuals.yaml"
    actuals.write_text("streams: {}\n", encoding="utf-8")
    (data / "cv.docx").write_bytes(cv)
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["audit", str(data / "cv.docx"), "--json"]) == 0
        assert main(["check", str(example)]) in (0, 1)
        assert main(["explore", str(example), "--forecast"]) in (0, 1)
        assert main(["review", str(example), "--actuals", str(actuals)]) in (0, 1)


def llm_turn(settings: Any) -> None:
    """One turn against an OpenAI-compatible endpoint on loopback (the one configured)."""
    sys.path.insert(0, str(REPO))
    from agent.session import PlannerSession
    from tests.support.openai_stub import OpenAIStub, Reply

    script = [Reply.tool("set_capacity", {"hours_per_week": 30}), Reply.text("Noted: 30 h.")]
    with OpenAIStub(script) as stub:
        endpoint = {"openai_base_url": stub.base_url, "llm_model": "stub",
                    "openai_api_key": "test", "llm_max_retries": 0}  # fmt: skip
        llm = settings.model_copy(update=endpoint)
        session = PlannerSession.create(llm, today=lambda: TODAY)
        events = list(session.turn("I have 30 hours a week"))
        assert events[-1].data["ok"] is True and session.plan.capacity is not None


def web_app(settings: Any, store: Any, cv_path: Path) -> None:
    """The page, a conversation, a CV upload and the downloads, over loopback HTTP."""
    from gradio_client import Client, handle_file

    from agent.session import PlannerSession
    from ui.app import build_app, launch_kwargs
    from ui.registry import SessionRegistry

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    app_settings = settings.model_copy(update={"host": "127.0.0.1", "port": port})
    registry = SessionRegistry(
        settings.data_dir,
        lambda: PlannerSession.create(app_settings, guidance=store),
        lambda sid: PlannerSession.resume(sid, app_settings, guidance=store),
        ttl_seconds=3600,
    )
    demo = build_app(app_settings, registry=registry)
    demo.launch(prevent_thread_lock=True, quiet=True, **launch_kwargs(app_settings))
    try:
        url = str(demo.local_url)
        with urllib.request.urlopen(url, timeout=30) as response:
            assert response.status == 200 and b"<html" in response.read().lower()
        client = Client(url, verbose=False, download_files=False)
        client.predict(api_name="/on_load")
        for answer in ("hello", "40 hours a week"):
            client.predict(answer, api_name="/on_message")
        client.predict(handle_file(str(cv_path)), api_name="/on_cv")
        files = client.predict(api_name="/on_prepare")
        link = files[0]["value"]["url"] if isinstance(files[0], dict) else ""
        with urllib.request.urlopen(link, timeout=30) as response:
            assert response.status == 200
        client.close()
    finally:
        demo.close()


def main(data: Path) -> int:
    """Run every step; any failure raises (and exits non-zero)."""
    from agent.settings import quiet_environment

    quiet_environment()  # what every entry point does before anything else
    from agent.settings import Settings
    from evals.cv.fixtures import docx_file

    settings = Settings(data_dir=data / "app")
    cv = docx_file(["Ada Example", "Skills: Python, SQL, facilitation, teaching"])
    (data / "upload").mkdir(parents=True)
    cv_path = data / "upload" / "ada-cv.docx"
    cv_path.write_bytes(cv)
    step("ingest")
    store = ingest(data)
    step("guided session, CV audit, exports")
    guided_session(settings, store, cv)
    step("commands: audit, check, explore, review")
    commands(data, cv)
    step("LLM turn against the endpoint on loopback")
    llm_turn(settings)
    step("web app: page, conversation, CV upload, downloads")
    web_app(settings, store, cv_path)
    step("flow complete")
    sys.stdout.flush()
    # Gradio and Chroma leave non-daemon threads behind; the flow is over, so leave at once.
    os._exit(0)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    raise SystemExit(main(target))
