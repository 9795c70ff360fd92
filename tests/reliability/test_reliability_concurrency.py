"""One visitor's slow model call never holds the others.

The real app runs against the OpenAI-compatible stub on loopback. One visitor's call hangs
(the stub holds its answer until the test lets it go); four other visitors then chat. The
test asserts by events, not by clocks: all four answers arrive while the first call is still
held, and the held one completes only after it is let go.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from agent.settings import Settings
from tests.support.openai_stub import OpenAIStub, Reply
from ui.app import LLM_CHAT_CONCURRENCY, build_app, chat_concurrency, launch_kwargs

HANG = "HANG-please-wait"
#: Only a guard against a hung test run; the assertions are about order, not time.
GUARD_S = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _last_user_text(body: dict[str, Any]) -> str:
    users = [m for m in body.get("messages", []) if m.get("role") == "user"]
    content = users[-1].get("content", "") if users else ""
    return content if isinstance(content, str) else str(content)


@contextmanager
def _app(tmp_path: Path, stub: OpenAIStub) -> Iterator[str]:
    settings = Settings(
        data_dir=tmp_path / "data", host="127.0.0.1", port=_free_port(),
        OPENAI_BASE_URL=stub.base_url, OPENAI_API_KEY="test", PORTFOLIO_LLM_MODEL="stub",
        llm_max_retries=0, llm_timeout=GUARD_S * 5,
    )  # fmt: skip
    demo = build_app(settings)
    demo.launch(prevent_thread_lock=True, quiet=True, **launch_kwargs(settings))
    try:
        yield str(demo.local_url)
    finally:
        demo.close()


def test_four_visitors_get_their_answers_while_a_fifth_call_hangs(tmp_path: Path) -> None:
    from gradio_client import Client

    release, held = threading.Event(), threading.Event()

    def answer(body: dict[str, Any]) -> Reply:
        text = _last_user_text(body)
        if HANG in text:
            held.set()
            return Reply(content="The slow answer.", hold=release)
        return Reply.text(f"Answer for {text}.")

    done: list[int] = []
    outputs: dict[int, Any] = {}
    lock = threading.Lock()

    def visit(url: str, n: int, message: str) -> None:
        client = Client(url, verbose=False, download_files=False)
        client.predict(api_name="/on_load")
        out = client.predict(message, api_name="/on_message")
        with lock:
            done.append(n)
            outputs[n] = out
        client.close()

    with OpenAIStub(answer) as stub, _app(tmp_path, stub) as url:
        slow = threading.Thread(target=visit, args=(url, 0, HANG), daemon=True)
        slow.start()
        try:
            assert held.wait(GUARD_S), "the first visitor's call never reached the endpoint"
            others = [
                threading.Thread(target=visit, args=(url, n, f"visitor-{n}"), daemon=True)
                for n in range(1, 5)
            ]
            for thread in others:
                thread.start()
            deadline = time.monotonic() + GUARD_S
            for thread in others:
                thread.join(max(0.0, deadline - time.monotonic()))
            with lock:
                answered_while_held = list(done)
            assert sorted(answered_while_held) == [1, 2, 3, 4], (
                f"while visitor 0's call was held, answers came for {answered_while_held}"
            )
            assert slow.is_alive() and 0 not in done
        finally:
            release.set()
        slow.join(GUARD_S)
    assert done[-1] == 0 and sorted(done) == [0, 1, 2, 3, 4]
    for n in range(1, 5):
        assert f"Answer for visitor-{n}." in repr(outputs[n]), outputs[n]
        assert all(f"visitor-{m}" not in repr(outputs[n]) for m in range(1, 5) if m != n)
    assert "The slow answer." in repr(outputs[0])


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, "cpus"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "PORTFOLIO_LLM_MODEL": "m"}, "llm"),
        ({"chat_concurrency": 3}, 3),
        ({"OPENAI_API_KEY": "k", "PORTFOLIO_LLM_MODEL": "m", "chat_concurrency": 100}, 100),
    ],
)
def test_chat_concurrency_fits_the_model_kind(
    tmp_path: Path, overrides: dict[str, Any], expected: Any
) -> None:
    import os

    settings = Settings(data_dir=tmp_path, **overrides)
    wanted = {"cpus": os.cpu_count() or 1, "llm": LLM_CHAT_CONCURRENCY}.get(expected, expected)
    assert chat_concurrency(settings) == wanted
    assert launch_kwargs(settings)["max_threads"] >= wanted + 8
