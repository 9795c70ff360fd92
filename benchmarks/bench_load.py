"""Load: concurrent guided sessions over one and two app instances, in the same run.

    python -m benchmarks.bench_load [--quick] [--json FILE]

Each configuration is ``benchmarks/load_instances.py``: app processes on loopback, visitors
through the real HTTP API (``gradio_client``), one thread each, ten answers per visitor.
Configurations: one instance with SQLite (the embedded default), one instance with
PostgreSQL, and two instances sharing one PostgreSQL database (durable commits). Each runs
40 visitors x 10 turns, and a ramp of 5, 10 and 20 visitors finds how many concurrent
sessions keep the p95 of a turn within 1 s; per core is that count over the machine's cores
(the instances, the database and the visitors' clients all share them).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import Row, cli

CONFIGS = [(1, "sqlite"), (1, "postgres"), (2, "postgres")]
FULL = (40, 10)
RAMP = (5, 10, 20)
P95_LIMIT_S = 1.0


def _label(instances: int, database: str) -> str:
    return f"{instances} instance{'s' if instances > 1 else ''}, {database}"


def _row(result: dict[str, Any], target: bool) -> Row:
    problems = len(result["errors"]) + len(result["leaks"]) + len(result["lost"])
    note = (f"{result['completed_turns']} turns, {len(result['errors'])} errors, "
            f"{len(result['leaks'])} cross-session reads, {len(result['lost'])} sessions with "
            f"lost operations; {result['turns_per_s']:.1f} turns/s; max "
            f"{result['max'] * 1000:,.0f} ms")  # fmt: skip
    return Row(
        area="load",
        measure=f"turn latency, {_label(result['instances'], result['database'])}, "
        f"{result['sessions']} sessions x {result['turns']} turns",
        unit="ms",
        median=result["p50"] * 1000,
        p95=result["p95"] * 1000,
        runs=result["completed_turns"],
        target="0 errors, 0 cross-session reads, 0 lost operations" if target else "",
        status=("met" if problems == 0 else "missed") if target else "",
        note=note,
        extra={k: result[k] for k in ("turns_per_s", "max", "wall")},
    )


def measure(quick: bool) -> list[Row]:
    """The load figures of every configuration, then sessions per core within p95 1 s."""
    from benchmarks.load_instances import measure as run_load
    from benchmarks.load_instances import warm_guidance

    rows: list[Row] = []
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        # A guidance store named by the environment (the test suite's) is reused.
        guidance = Path(os.environ.get("PORTFOLIO_GUIDANCE_DIR") or Path(tmp) / "guidance")
        warm_guidance(guidance)
        for instances, database in [CONFIGS[-1]] if quick else CONFIGS:
            sizes = [(3, 5)] if quick else [(n, FULL[1]) for n in RAMP] + [FULL]
            within, tried = 0, []
            for sessions, turns in sizes:
                result = run_load(instances, sessions, turns, database=database,
                                  guidance_dir=guidance)  # fmt: skip
                if result["p95"] <= P95_LIMIT_S and not result["errors"]:
                    within = max(within, sessions)
                tried.append(f"{sessions}: {result['p95']:.2f} s")
                if (sessions, turns) in (FULL, (3, 5)):
                    rows.append(_row(result, target=True))
            if not quick:
                rows.append(Row(
                    area="load",
                    measure=f"concurrent sessions within p95 <= 1 s per turn, per core, "
                    f"{_label(instances, database)}",
                    unit="sessions", median=within / cores, p95=within / cores, runs=len(sizes),
                    note=f"{within} sessions on {cores} cores, {within / instances:g} per "
                    f"instance; p95 by concurrent sessions: {', '.join(tried)}",
                ))  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
