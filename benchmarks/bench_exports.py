"""Plan exports: time to render each format (Markdown, PDF, iCalendar, JSON), warm and cold.

    python -m benchmarks.bench_exports [--quick] [--json FILE]

Warm: repeated renders of the largest example plan in one process. Cold: the first render in
a fresh interpreter (imports of the renderer and, for the PDF, font set-up included), timed
inside the child. Target: each format <= 0.5 s. Baseline: ``json.dumps`` of the plan's data.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, Row, cli, judge, summary, timed

TODAY = dt.date(2026, 11, 22)
TARGET_MS = 500.0
_COLD_CHILD = """
import datetime as dt, json, sys, time
start = time.perf_counter()
from agent.plan.io import read_plan
import benchmarks.bench_exports as b
plan = read_plan(sys.argv[1])
b.renderers()[sys.argv[2]](plan)
print(json.dumps(time.perf_counter() - start))
"""


def largest_example() -> Path:
    """The example plan with the most content (by file size)."""
    return max((REPO / "examples").glob("*.json"), key=lambda p: p.stat().st_size)


def renderers() -> dict[str, Callable[[Any], Any]]:
    """Format name -> function rendering a plan."""
    from agent.plan.exports import to_ics, to_markdown, to_pdf
    from agent.plan.io import plan_to_json

    return {
        "markdown": to_markdown,
        "pdf": to_pdf,
        "ics": lambda plan: to_ics(plan, today=TODAY),
        "json": plan_to_json,
    }


def cold_once(path: Path, fmt: str) -> float:
    """Seconds for a fresh interpreter to import, read the plan and render ``fmt`` once."""
    out = subprocess.run(
        [sys.executable, "-c", _COLD_CHILD, str(path), fmt],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(json.loads(out.stdout.strip().splitlines()[-1]))


def measure(quick: bool) -> list[Row]:
    """Warm and cold render times per format, beside the baseline."""
    from agent.plan.io import read_plan

    path = largest_example()
    plan = read_plan(path)
    repeats, cold_repeats = (5, 1) if quick else (30, 5)
    data = plan.model_dump(mode="json")
    base = summary(timed(lambda: json.dumps(data), repeats), 1000)
    rows = []
    for fmt, render in renderers().items():
        warm = summary(timed(partial(render, plan), repeats), 1000)
        cold = summary([cold_once(path, fmt) for _ in range(cold_repeats)], 1000)
        for label, (median, p95), runs in (("warm", warm, repeats), ("cold", cold, cold_repeats)):
            rows.append(
                Row(
                    area="exports",
                    measure=f"{fmt}, {label} ({path.name})",
                    unit="ms",
                    median=median,
                    p95=p95,
                    runs=runs,
                    baseline="json.dumps of the plan data" if label == "warm" else "",
                    baseline_median=base[0] if label == "warm" else None,
                    baseline_p95=base[1] if label == "warm" else None,
                    target=f"<= {TARGET_MS:.0f} ms",
                    status=judge(p95, TARGET_MS),
                )
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
