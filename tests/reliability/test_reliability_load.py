"""Concurrent visitors through the app's real HTTP API (``gradio_client`` against the app on
127.0.0.1), guided mode: no errors and nothing of one session in another's page. The full
20 x 10 figures come from ``benchmarks/load_sessions.py``; this is the 5 x 5 version."""

from __future__ import annotations

from pathlib import Path

import pytest
import reliability_support  # noqa: F401  (puts benchmarks/ on the path)
from load_sessions import measure

pytestmark = pytest.mark.slow


def test_five_sessions_of_five_turns_no_errors_no_leaks(tmp_path: Path) -> None:
    result = measure(sessions=5, turns=5, data_dir=tmp_path / "data")
    assert result["errors"] == []
    assert result["leaks"] == []
    assert result["completed_turns"] == 25
    assert result["distinct_sessions"] == 5
