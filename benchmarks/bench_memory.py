"""Memory: the web app's peak resident memory (RSS) through one whole session.

    python -m benchmarks.bench_memory [--quick] [--json FILE]

A fresh process builds and launches the web app on a loopback port, then runs one session
through the app's own session registry: the 40-turn guided reboot (guidance searches against
the real store, which the first search ingests, as on a first run), a CV upload (a three-page
PDF) and every export. The figure is the kernel's high-water mark (``VmHWM``) of that process.
Baseline: a bare Gradio app with one textbox, launched the same way.
Target: <= 600 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, Row, cli, judge, rss_peak_mb, summary

TARGET_MB = 600.0
MARK = "bench-memory-result "
_CHILD = (
    "import sys, benchmarks.bench_memory as b; "
    "b.child(sys.argv[1], sys.argv[2] == 'app', sys.argv[3] == 'quick')"
)


def child(data_dir: str, app: bool, quick: bool) -> None:
    """Run in the measured process: launch, (run a session), print the peak RSS as JSON."""
    from agent.settings import Settings, quiet_environment

    quiet_environment()
    from benchmarks.bench_cold_start import BARE_APP, free_port

    port = free_port()
    if not app:
        sys.argv = ["bare", str(port)]
        exec(BARE_APP.replace("demo.launch(", "demo.launch(prevent_thread_lock=True, "))
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read()
        print(MARK + json.dumps({"peak_mb": rss_peak_mb()}), flush=True)
        return
    stages = [("interpreter started", rss_peak_mb())]
    from ui.app import build_app, launch_kwargs

    settings = Settings(data_dir=Path(data_dir), port=port)
    blocks = build_app(settings)
    blocks.launch(**launch_kwargs(settings), prevent_thread_lock=True)
    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read()
    stages.append(("web app built, launched, page served", rss_peak_mb()))
    session = _session(settings, quick)
    stages.append(("session created" + (" (small store ingested)" if quick else ""), rss_peak_mb()))
    stages += _whole_session(session)
    result = {"peak_mb": rss_peak_mb(), "final": bool(session.is_final), "stages": stages}
    print(MARK + json.dumps(result), flush=True)
    blocks.close()


def _session(settings: Any, quick: bool) -> Any:
    from agent.session import PlannerSession
    from benchmarks.scripts import guidance_store

    if quick:  # ten cards, ingested here, keep the smoke run short
        store = guidance_store(Path(settings.data_dir) / "small", quick=True)
        return PlannerSession.create(settings, guidance=store)
    return PlannerSession.create(settings)


def _whole_session(session: Any) -> list[tuple[str, float | None]]:
    """Run the session; the peak after each step that raised it by 10 MB or more."""
    from benchmarks.scripts import REBOOT
    from evals.cv.fixtures import fixture

    stages: list[tuple[str, float | None]] = []
    last = rss_peak_mb() or 0.0

    def note(label: str) -> None:
        nonlocal last
        peak = rss_peak_mb() or 0.0
        if peak - last >= 10:
            stages.append((label, peak))
        last = peak

    for number, text in enumerate(REBOOT, start=1):
        tools = [e.text for e in session.turn(text) if e.kind == "tool_call"]
        note(f"turn {number} ({', '.join(tools) or 'no tool'})")
    name = "marketing-manager_3-pages.pdf"
    session.upload_cv(fixture(name).build(), name)
    note("CV upload (3-page PDF)")
    for fmt in ("markdown", "pdf", "json", "ics"):
        session.export(fmt)
        note(f"export {fmt}")
    return stages


def peak_of(kind: str, quick: bool) -> dict[str, Any]:
    """Run one measured child process and return what it printed."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PORTFOLIO_DATA_DIR=tmp)
        command = [sys.executable, "-c", _CHILD, tmp, kind, "quick" if quick else "full"]
        out = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                             timeout=900)  # fmt: skip
        if out.returncode != 0:
            raise RuntimeError(f"the {kind} process failed: {out.stderr[-1500:]}")
        line = next(x for x in out.stdout.splitlines() if x.startswith(MARK))
        result: dict[str, Any] = json.loads(line[len(MARK) :])
        return result


def measure(quick: bool) -> list[Row]:
    """Peak RSS of the app through a session, beside a bare Gradio app."""
    runs = 1 if quick else 3
    ours, base, finals = [], [], 0
    stages: list[Any] = []
    for _ in range(runs):
        result = peak_of("app", quick)
        stages = stages or result["stages"]
        ours.append(float(result["peak_mb"]))
        finals += bool(result.get("final"))
        base.append(float(peak_of("bare", quick)["peak_mb"]))
    p50, p95 = summary(ours)
    b50, b95 = summary(base)
    return [
        Row(area="memory", measure="web app peak RSS through a whole session (reboot, CV, exports)",
            unit="MB", median=p50, p95=p95, runs=runs, baseline="bare Gradio app, one textbox",
            baseline_median=b50, baseline_p95=b95, target=f"<= {TARGET_MB:.0f} MB",
            status=judge(p95, TARGET_MB), note=f"{finals} of {runs} sessions reached a final plan",
            profile="peak RSS after each step that raised it (first run):\n"
            + "\n".join(f"{peak:8.0f} MB  {label}" for label, peak in stages)),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
