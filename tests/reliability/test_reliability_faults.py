"""Faults of the model endpoint, the process and the data folder: each ends in a clear message,
no operation accepted before the failing turn is lost, the failing turn is taken back whole,
and the session carries on (resumed from disk where it died).

Model faults go through the real OpenAI client against the local stub
(``tests/support/openai_stub.py``). The data folder faults are simulated in SQLite itself:
``PRAGMA query_only`` makes the store's connection read-only (the same error a read-only file
gives; chmod cannot stop root). A full disk is the store's writer raising SQLite's own
SQLITE_FULL error ("database or disk is full"); for downloads, a writer raising
``OSError(ENOSPC)``.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_support import SEED_OPERATIONS, final, new_session, run, snapshot, tool_results

from agent.session import PlannerSession
from agent.settings import Settings
from tests.support.openai_stub import OpenAIStub, Reply
from tests.support.scripted import ScriptedModel, call, say

REPO = Path(__file__).resolve().parents[2]
LOST_NOTHING = "Nothing you recorded is lost"


@pytest.fixture
def stub() -> Iterator[OpenAIStub]:
    with OpenAIStub() as server:
        yield server


def _llm_settings(tmp_path: Path, stub: OpenAIStub, **extra: object) -> Settings:
    options: dict[str, object] = {
        "data_dir": tmp_path / "data",
        "provider": "openai",
        "openai_base_url": stub.base_url,
        "openai_api_key": "test",
        "llm_model": "stub",
        "llm_timeout": 1.0,
        "llm_max_retries": 0,
    }
    options.update(extra)
    return Settings(**options)  # type: ignore[arg-type]


def _resumes_and_records(session: PlannerSession, stub: OpenAIStub, count: int) -> None:
    """A fresh process's view of the session: same log, and the next turn works."""
    again = PlannerSession.resume(session.id, session.settings, today=lambda: session._today())
    assert len(again.events) == count
    stub.push(Reply.tool("set_context", {"context": "caregiver"}), Reply.text("Noted."))
    events = run(again, "I care for my father")
    assert final(events).data["ok"] is True and final(events).text == "Noted."
    assert again.plan.profile.context == "caregiver" and len(again.events) == count + 1


MODEL_FAULTS = {
    "http-429": ([Reply.error(429, "slow down")] * 2, "429"),
    "http-500": ([Reply.error(500, "boom")], "HTTP 500"),
    "timeout": ([Reply.slow(3.0)], "did not answer within 1 s"),
    "dropped-mid-stream": ([Reply.dropped(after_chunks=2)], "connection"),
}


@pytest.mark.parametrize("case", sorted(MODEL_FAULTS))
def test_a_model_endpoint_fault_is_explained_and_loses_nothing(
    tmp_path: Path, stub: OpenAIStub, case: str
) -> None:
    replies, expected = MODEL_FAULTS[case]
    retries = 1 if case == "http-429" else 0
    session = new_session(tmp_path, settings=_llm_settings(tmp_path, stub, llm_max_retries=retries))
    before = snapshot(session)
    stub.push(*replies)
    events = run(session, "I can give 30 hours a week")
    reply = final(events)
    assert reply.data == {"ok": False}
    assert expected.lower() in reply.text.lower() and LOST_NOTHING in reply.text
    assert "PORTFOLIO_MODEL=guided" in reply.text  # how to carry on
    assert snapshot(session) == before
    assert session.history[-1]["content"] == reply.text  # the explanation stays in the chat
    _resumes_and_records(session, stub, len(SEED_OPERATIONS))


def test_a_change_made_before_the_endpoint_failed_is_taken_back_with_the_turn(
    tmp_path: Path, stub: OpenAIStub
) -> None:
    """A failed turn is taken back whole, so "send your message again" cannot apply it twice."""
    session = new_session(tmp_path, settings=_llm_settings(tmp_path, stub))
    before = snapshot(session)
    stub.push(Reply.tool("set_capacity", {"hours_per_week": 45}), Reply.error(500))
    events = run(session, "45 hours")
    assert tool_results(events)[0]["status"] == "accepted"
    assert final(events).data == {"ok": False}  # the turn failed after the change
    text = final(events).text
    assert "The change this message had made was taken back" in text
    assert "4 accepted changes are saved" in text
    assert snapshot(session) == before
    _resumes_and_records(session, stub, len(SEED_OPERATIONS))


def test_malformed_tool_calls_are_repaired_then_given_up(tmp_path: Path, stub: OpenAIStub) -> None:
    session = new_session(tmp_path, settings=_llm_settings(tmp_path, stub, max_repairs=2))
    before = snapshot(session)
    stub.push(*[Reply.raw_tool("set_capacity", '{"hours_per_week": 4')] * 3)
    events = run(session, "40 hours")
    assert [e.kind for e in events].count("repair") == 3  # every attempt, the last included
    assert "nothing was changed" in final(events).text
    assert not tool_results(events) and snapshot(session) == before
    sent = json.dumps(stub.requests[1]["messages"])
    assert "not a JSON object" in sent  # the model was told what was wrong
    _resumes_and_records(session, stub, len(SEED_OPERATIONS))


def test_a_model_looping_on_tool_calls_is_stopped(tmp_path: Path) -> None:
    with OpenAIStub(lambda body: Reply.tool("check_plan", {"final": False})) as looping:
        settings = _llm_settings(tmp_path, looping, max_tool_rounds=4)
        session = new_session(tmp_path, settings=settings)
        before = snapshot(session)
        events = run(session, "check it")
        assert len(looping.requests) == 4
    assert "too many steps" in final(events).text
    assert any(e.kind == "notice" and e.data.get("reason") == "round_limit" for e in events)
    assert snapshot(session) == before


# -- the process is killed ------------------------------------------------------------------

CHILD = """
import sys
from agent.session import PlannerSession
session = PlannerSession.resume(sys.argv[1])
for event in session.turn(sys.argv[2]):
    print(event.kind, flush=True)
print("turn-done", flush=True)
import time
time.sleep(60)
"""


def _child(stub: OpenAIStub, data_dir: Path, session_id: str, text: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PORTFOLIO_DATA_DIR": str(data_dir),
        "PORTFOLIO_MODEL": "openai",
        "OPENAI_BASE_URL": stub.base_url,
        "OPENAI_API_KEY": "test",
        "PORTFOLIO_LLM_MODEL": "stub",
        "PORTFOLIO_LLM_MAX_RETRIES": "0",
    }
    command = [sys.executable, "-c", CHILD, session_id, text]
    return subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, text=True)


def _wait_for(predicate: object, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the child process did not get there in time"
        time.sleep(0.05)


@pytest.mark.parametrize("moment", ["between-turns", "during-a-turn"])
def test_sigkill_loses_no_accepted_change(tmp_path: Path, stub: OpenAIStub, moment: str) -> None:
    session = new_session(tmp_path, settings=_llm_settings(tmp_path, stub))
    stub.push(Reply.tool("set_capacity", {"hours_per_week": 44}))
    if moment == "between-turns":
        stub.push(Reply.text("Recorded 44 hours."))
    else:
        stub.push(Reply.slow(60.0))  # the second model call hangs: the turn is running
    child = _child(stub, session.settings.data_dir, session.id, "44 hours a week")
    try:
        if moment == "between-turns":
            assert child.stdout is not None
            _wait_for(lambda: "turn-done" in child.stdout.readline())  # type: ignore[union-attr]
        else:
            _wait_for(lambda: len(stub.requests) >= 2)
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    again = PlannerSession.resume(session.id, session.settings)
    assert again.plan.capacity is not None and again.plan.capacity.hours_per_week == 44
    assert len(again.events) == len(SEED_OPERATIONS) + 1
    if moment == "between-turns":
        assert again.history[-1]["content"] == "Recorded 44 hours."
    _resumes_and_records(again, stub, len(SEED_OPERATIONS) + 1)


# -- the data folder is read-only or full ---------------------------------------------------


def _break_store(session: PlannerSession, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if how == "read-only":
        session._store._db.execute("PRAGMA query_only=ON")
        return

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")  # SQLITE_FULL's own text

    monkeypatch.setattr(session._store, "_append", full)


def _heal_store(session: PlannerSession, monkeypatch: pytest.MonkeyPatch) -> None:
    session._store._db.execute("PRAGMA query_only=OFF")
    monkeypatch.undo()


@pytest.mark.parametrize("how", ["read-only", "full"])
def test_a_data_folder_that_cannot_be_written_is_explained(
    tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = [call("set_capacity", hours_per_week=45), say("Recorded 45 hours.")]
    session = new_session(tmp_path, model=ScriptedModel(steps))
    before = snapshot(session)
    _break_store(session, how, monkeypatch)
    events = run(session, "45 hours")
    reply = final(events)
    assert reply.data["ok"] is False
    assert "could not be saved" in reply.text and "disk space" in reply.text
    assert ("readonly" if how == "read-only" else "full") in reply.text
    assert snapshot(session) == before  # the refused write left the log as it was
    assert session.plan.capacity is not None and session.plan.capacity.hours_per_week == 40
    _heal_store(session, monkeypatch)
    session2 = PlannerSession.resume(
        session.id, session.settings, model=ScriptedModel([call("set_capacity", hours_per_week=45),
                                                           say("Recorded.")])
    )  # fmt: skip
    assert final(run(session2, "45 hours")).data["ok"] is True
    assert session2.plan.capacity is not None and session2.plan.capacity.hours_per_week == 45


def test_a_full_disk_during_an_export_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = new_session(tmp_path, model=ScriptedModel([call("export_plan", format="pdf"),
                                                         say("Here it is.")]))  # fmt: skip
    before = snapshot(session)

    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", full)
    events = run(session, "export a pdf")
    monkeypatch.undo()
    result = tool_results(events)[0] if tool_results(events) else {}
    text = json.dumps(result) + final(events).text
    assert "No space left on device" in text and "disk space" in text
    assert snapshot(session) == before
