"""The benchmarks run (on small sizes) and write a complete report. No figure is asserted:
speed is measured by ``make bench``, not tested."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.common import Row, percentile, summary
from benchmarks.report import render
from benchmarks.run import BENCHMARKS

REPO = Path(__file__).resolve().parents[2]


def test_percentiles_interpolate_between_ranks() -> None:
    samples = [float(x) for x in range(1, 101)]
    assert percentile(samples, 50) == pytest.approx(50.5)
    assert percentile(samples, 95) == pytest.approx(95.05)
    assert summary([0.001, 0.003, 0.002], 1000) == (pytest.approx(2.0), pytest.approx(2.9))
    with pytest.raises(ValueError, match="at least once"):
        percentile([], 95)


def test_report_shows_machine_targets_and_the_profile_of_a_miss() -> None:
    rows = [
        Row(area="memory", measure="peak", unit="MB", median=700.0, p95=720.0, runs=3,
            baseline="bare app", baseline_median=140.0, baseline_p95=150.0,
            target="<= 600 MB", status="missed", profile="700 MB  turn 26 (search_guidance)"),
        Row(area="exports", measure="pdf", unit="ms", median=12.0, p95=14.0, runs=5,
            target="<= 500 ms", status="met", note="warm"),
    ]  # fmt: skip
    context = {"machine": {"cpu": "Test CPU", "cores": "2", "memory": "24.0 GB",
                           "python": "3.11.7", "system": "Linux"},
               "started": "2026-11-22 02:00 UTC", "quick": False, "load": ["1.0", "2.0"],
               "durations": {"memory": 12.0}}  # fmt: skip
    text = render(rows, context)
    for expected in ("Test CPU", "| cores | 2 |", "24.0 GB", "3.11.7", "**missed**", "**met**",
                     "turn 26 (search_guidance)", "bare app", "1. pdf: warm"):  # fmt: skip
        assert expected in text


@pytest.mark.timeout(900)  # the subprocess's own limit: every benchmark, with app start-ups
def test_quick_run_of_every_benchmark_writes_the_report(tmp_path: Path) -> None:
    out = tmp_path / "performance.md"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:] + done.stdout[-3000:]
    text = out.read_text()
    assert "## Machine" in text and "failed" not in text
    areas = ["cold start", "turn overhead", "page turn", "LLM request size", "retrieval",
             "embeddings", "CV audit", "exports", "memory", "load"]  # fmt: skip
    for area in areas:
        assert f"| {area} |" in text, area
    assert set(BENCHMARKS) >= {"setup", "memory", "cold_start"}
