"""Shared pieces of the benchmarks: result rows, percentiles, timing, the machine, output.

Every benchmark module exposes ``measure(quick: bool) -> list[Row]`` and a ``main`` that prints
its rows as a Markdown table, or writes them as JSON (``--json FILE``) for ``benchmarks.run``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Row:
    """One measured figure: median and p95 over ``runs`` repeats, beside its baseline.

    ``status`` is ``met`` or ``missed`` when the figure has a target, else empty. ``profile``
    holds the profile that explains a missed target (text, shown in the report).
    """

    area: str
    measure: str
    unit: str
    median: float | None
    p95: float | None
    runs: int
    baseline: str = ""
    baseline_median: float | None = None
    baseline_p95: float | None = None
    target: str = ""
    status: str = ""
    note: str = ""
    profile: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def percentile(samples: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``samples``, linear between closest ranks."""
    if not samples:
        raise ValueError("no samples: run the measured code at least once")
    ordered = sorted(samples)
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(samples: Sequence[float], scale: float = 1.0) -> tuple[float, float]:
    """Median and p95 of ``samples`` multiplied by ``scale`` (1000 turns seconds into ms)."""
    scaled = [s * scale for s in samples]
    return statistics.median(scaled), percentile(scaled, 95)


def timed(function: Callable[[], Any], repeats: int, warmup: int = 1) -> list[float]:
    """Wall times in seconds of ``repeats`` calls of ``function`` after ``warmup`` calls."""
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return samples


def profile_top(function: Callable[[], Any], repeats: int, lines: int = 12) -> str:
    """cProfile of ``repeats`` calls: the functions with the most own time, as text."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeats):
        function()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(lines)
    text = out.getvalue()
    return text[text.find("ncalls") :].rstrip() if "ncalls" in text else text.strip()


def judge(value: float | None, limit: float) -> str:
    """``met`` when ``value`` is at most ``limit``, ``missed`` otherwise (or when unknown)."""
    return "met" if value is not None and value <= limit else "missed"


def machine() -> dict[str, str]:
    """Cores, memory, CPU model and Python version of this machine."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
                break
    except OSError:
        pass
    return {
        "cores": str(os.cpu_count()),
        "memory": memory,
        "cpu": cpu,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def rss_peak_mb(pid: int | None = None) -> float | None:
    """Peak resident memory (VmHWM) of a running process in MB, or None where unknown."""
    path = Path(f"/proc/{pid or 'self'}/status")
    try:
        for line in path.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def markdown_table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (one line per figure)."""
    lines = [
        "| area | measure | median | p95 | runs | baseline (median / p95) | target | result |",
        "|---|---|---:|---:|---:|---|---|---|",
    ]
    for row in rows:
        base = ""
        if row.baseline:
            base = f"{row.baseline}: {fmt(row.baseline_median)} / {fmt(row.baseline_p95)}"
        lines.append(
            f"| {row.area} | {row.measure} | {fmt(row.median)} {row.unit} | "
            f"{fmt(row.p95)} {row.unit} | {row.runs} | {base} | {row.target} | {row.status} |"
        )
    return "\n".join(lines)


def fmt(value: float | None) -> str:
    """A figure with sensible precision ("-" when missing)."""
    if value is None:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def cli(measure: Callable[[bool], list[Row]], doc: str | None, argv: list[str] | None) -> int:
    """The command line every benchmark shares: ``[--quick] [--json FILE]``."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from agent.settings import quiet_environment

    quiet_environment()
    parser = argparse.ArgumentParser(description=(doc or "").strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats")
    parser.add_argument("--json", type=Path, help="write the rows to this JSON file")
    args = parser.parse_args(argv)
    rows = measure(args.quick)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1))
    print(markdown_table(rows))
    return 0
