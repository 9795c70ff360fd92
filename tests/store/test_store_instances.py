"""Two app instances (separate processes, as behind a load balancer) share one PostgreSQL
database: a conversation moves from one to the other, survives the first being SIGKILLed in
the middle of a turn, and a load spread over both loses and mixes nothing.

The load is the acceptance figure, 40 clients x 10 turns over two instances; its latency
figures are measured by ``benchmarks/load_instances.py`` (in ``make bench``)."""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from agent.plan import operations as ops
from agent.store_postgres import PostgresStore
from tests.conftest import REPO
from tests.support.openai_stub import OpenAIStub, Reply

sys.path.insert(0, str(REPO / "benchmarks"))
from benchmarks.load_instances import app_instances, measure, warm_guidance

pytestmark = pytest.mark.slow


STREAM = {"name": "Day job", "role": "anchor", "volatility": "stable"}


def _script(stub: OpenAIStub) -> Any:
    """Turn 1 records capacity; turn 2 records a stream, then its next model call hangs (the
    instance is killed there); turn 3 answers on the second instance."""

    def respond(body: dict[str, Any]) -> Reply:
        replies = {
            1: Reply.tool("set_capacity", {"hours_per_week": 44}),
            2: Reply.text("Saved 44 hours."),
            3: Reply.tool("add_stream", STREAM),
            4: Reply.slow(120.0),
        }
        return replies.get(len(stub.requests), Reply.text("Welcome back: nothing was lost."))

    return respond


def _wait_for(predicate: Any, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_conversation_continues_on_another_instance_after_a_sigkill_mid_turn(
    tmp_path: Path, postgres_server: Any, shared_guidance_dir: Path
) -> None:
    from gradio_client import Client

    url = postgres_server.create_database("instances")
    warm_guidance(shared_guidance_dir)
    stub = OpenAIStub()
    stub._responder = _script(stub)
    with stub:
        # A roomy prompt budget: this test is about the history moving between instances,
        # and at the default budget whether the cut turn's messages fit beside the tool
        # schemas depends on how far that turn got before the kill (budgets: test_agent_*).
        env = {"OPENAI_BASE_URL": stub.base_url, "OPENAI_API_KEY": "test",
               "PORTFOLIO_LLM_MODEL": "stub", "PORTFOLIO_LLM_MAX_RETRIES": "0",
               "PORTFOLIO_PROMPT_TOKEN_BUDGET": "20000"}  # fmt: skip
        with app_instances(2, tmp_path, database_url=url, guidance_dir=shared_guidance_dir,
                           env=env) as (first, second):  # fmt: skip
            one = Client(first.url, verbose=False, download_files=False)
            sid = str(one.predict(api_name="/on_load")[4])
            assert "Saved 44 hours." in repr(one.predict("44 hours", api_name="/on_message"))
            hung = threading.Thread(
                target=lambda: _ignore(lambda: one.predict("day job", api_name="/on_message")),
                daemon=True,
            )
            hung.start()
            _wait_for(lambda: len(stub.requests) >= 4)  # the stream is committed; turn running
            first.process.send_signal(signal.SIGKILL)
            assert first.process.wait(timeout=30) == -signal.SIGKILL

            with urllib.request.urlopen(second.url + "healthz", timeout=10) as answer:
                assert answer.status == 200
                assert json.loads(answer.read()) == {"status": "ok", "sessions": "postgresql"}
            two = Client(second.url, verbose=False, download_files=False)
            two.predict(api_name="/on_load")
            resumed = two.predict(sid, api_name="/on_resume")
            assert str(resumed[4]) == sid and "Day job" in str(resumed[1])
            reply = two.predict("carry on", api_name="/on_message")
            assert "Welcome back: nothing was lost." in repr(reply)
    assert "44 hours" in repr(stub.requests[-1]["messages"])  # the history came along
    store = PostgresStore(url, max_size=2)
    try:
        logged = [ops.OPERATION_ADAPTER.validate_python(e) for e in store.events(sid)]
        assert [type(e) for e in logged] == [ops.SetCapacity, ops.AddStream]
        said = [m["data"]["content"] for m in store.messages(sid)]
        assert "Saved 44 hours." in said and said[-1] == "Welcome back: nothing was lost."
    finally:
        store.close()


def _ignore(work: Any) -> None:
    try:
        work()
    except Exception:  # the instance serving it was killed: expected
        return


def test_forty_sessions_over_two_instances_lose_and_mix_nothing(shared_guidance_dir: Path) -> None:
    result = measure(2, sessions=40, turns=10, durable=False, guidance_dir=shared_guidance_dir)
    assert result["errors"] == []
    assert result["leaks"] == []
    assert result["lost"] == []
    assert result["completed_turns"] == 400 and result["distinct_sessions"] == 40
