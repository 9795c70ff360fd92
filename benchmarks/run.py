"""Run every benchmark, print one table and write ``docs/performance.md``.

    python -m benchmarks.run [--quick] [--only NAME ...] [--skip NAME ...] [--out FILE]
                             [--save FILE] [--render FILE]

Each benchmark runs in its own process (so one's memory or imports never colour another's)
and hands back its rows as JSON. A benchmark that fails becomes a row saying so; the others
still run. ``--quick`` uses small sizes and few repeats and skips the set-up measurement; it
is what the test suite runs, writing to a temporary file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from benchmarks.common import REPO, Row, machine, markdown_table
from benchmarks.report import render

#: name -> what it measures; run in this order.
BENCHMARKS = {
    "cold_start": "time to the first page of the web app",
    "turns": "per-turn overhead of the guided mode",
    "page_turns": "a guided turn in the browser, send to reply complete",
    "request_size": "prompt tokens per LLM request",
    "retrieval": "guidance store ingest and search",
    "embeddings": "embedding model load and throughput",
    "cv": "CV audit, PDF and DOCX",
    "exports": "plan exports per format",
    "memory": "peak RSS through a session",
    "load": "concurrent sessions over one and two app instances",
    "setup": "`make setup` time and disk",
}
TIMEOUT_S = {"setup": 2400, "retrieval": 1800, "memory": 1800, "load": 2400}


def run_one(name: str, quick: bool) -> tuple[list[Row], float]:
    """Rows of one benchmark (or one row saying why it failed) and its wall time."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        command = [sys.executable, "-m", f"benchmarks.bench_{name}", "--json", str(out)]
        start = time.perf_counter()
        try:
            done = subprocess.run([*command, *(["--quick"] if quick else [])], cwd=REPO,
                                  capture_output=True, text=True,
                                  timeout=TIMEOUT_S.get(name, 900))  # fmt: skip
            problem = "" if done.returncode == 0 else done.stderr.strip()[-600:]
        except subprocess.TimeoutExpired:
            problem = f"timed out after {TIMEOUT_S.get(name, 900)} s"
        seconds = time.perf_counter() - start
        if problem or not out.is_file():
            note = _one_line(problem or "no rows written")
            failed = Row(area=name, measure="benchmark failed", unit="", median=None, p95=None,
                         runs=0, status="failed", note=note)  # fmt: skip
            return [failed], seconds
        return [Row(**row) for row in json.loads(out.read_text())], seconds


def _one_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return (lines[-1] if lines else text)[:300].replace("|", "/")


def load_average() -> str:
    """The 1, 5 and 15-minute load averages (other work on the machine shows here)."""
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks, print the table, write the report; 1 if any failed."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes; skips set-up")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), help="run only these")
    parser.add_argument("--skip", nargs="+", choices=list(BENCHMARKS), default=[])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "performance.md")
    parser.add_argument("--save", type=Path, help="also keep the rows and context as JSON")
    parser.add_argument("--render", type=Path, help="write the report from a --save file only")
    args = parser.parse_args(argv)
    if args.render:
        saved = json.loads(args.render.read_text())
        args.out.write_text(render([Row(**r) for r in saved["rows"]], saved["context"]))
        return 0
    names = [n for n in (args.only or BENCHMARKS) if n not in args.skip]
    if args.quick and not args.only:
        names = [n for n in names if n != "setup"]
    started = dt.datetime.now(dt.UTC)
    loads = [load_average()]
    rows: list[Row] = []
    durations: dict[str, float] = {}
    for name in names:
        print(f"running {name}: {BENCHMARKS[name]} ...", file=sys.stderr, flush=True)
        found, durations[name] = run_one(name, args.quick)
        rows += found
    loads.append(load_average())
    print(markdown_table(rows))
    context = {"machine": machine(), "started": started.strftime("%Y-%m-%d %H:%M UTC"),
               "quick": args.quick, "load": loads, "durations": durations}  # fmt: skip
    if args.save:
        args.save.write_text(json.dumps({"rows": [asdict(r) for r in rows], "context": context}))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(rows, context))
    print(f"wrote {args.out}", file=sys.stderr)
    return 1 if any(r.status == "failed" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
