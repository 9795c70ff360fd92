"""A chat process killed with SIGKILL between turns loses no accepted change."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from agent.plan import operations as ops
from agent.session import PlannerSession
from agent.settings import Settings
from tests.conftest import REPO
from tests.support.openai_stub import OpenAIStub, Reply


def _read_until(proc: subprocess.Popen[str], marker: str) -> list[str]:
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line)
        if marker in line:
            return lines
    raise AssertionError(f"chat ended before printing {marker!r}: {''.join(lines)}")


def test_sigkill_between_turns_then_resume(tmp_path: Path) -> None:
    script = [
        Reply.tool("set_capacity", {"hours_per_week": 45, "constraints": ["school run"]}),
        Reply.text("Capacity saved."),
        Reply.tools(
            ("add_stream", {"name": "Day job", "role": "anchor", "volatility": "stable"}),
            ("record_activity", {"name": "Teaching", "hours_per_week": 3}),
        ),
        Reply.text("Stream and activity saved."),
    ]
    data = tmp_path / "data"
    with OpenAIStub(script) as stub:
        env = {
            **os.environ,
            "PORTFOLIO_DATA_DIR": str(data),
            "OPENAI_BASE_URL": stub.base_url,
            "OPENAI_API_KEY": "k",
            "PORTFOLIO_LLM_MODEL": "stub",
            "PYTHONUNBUFFERED": "1",
        }
        proc = subprocess.Popen(
            [sys.executable, "-m", "agent", "chat"],
            cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            banner = _read_until(proc, "Session ")[0]
            session_id = banner.split("Session ")[1].split(" ")[0].rstrip(".")
            assert proc.stdin is not None
            proc.stdin.write("45 hours, school run\n")
            proc.stdin.flush()
            _read_until(proc, "Capacity saved.")
            proc.stdin.write("my day job is the anchor, and I teach 3 hours\n")
            proc.stdin.flush()
            _read_until(proc, "Stream and activity saved.")
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    resumed = PlannerSession.resume(session_id, Settings(data_dir=data))
    kinds = [type(e) for e in resumed.events]
    assert kinds == [ops.SetCapacity, ops.AddStream, ops.AddActivity]
    assert resumed.plan.capacity is not None and resumed.plan.capacity.constraints == ["school run"]
    assert [s.id for s in resumed.plan.streams] == ["day-job"]
    assert resumed.history[-1]["content"] == "Stream and activity saved."
