"""Cold start: seconds from starting ``portfolio-planner ui`` to HTTP 200 on ``/``.

    python -m benchmarks.bench_cold_start [--quick] [--json FILE]

Each run starts a fresh process on a free loopback port with an empty data folder and polls
``/`` until it answers 200. Baseline, in the same run and alternating with it: a bare Gradio
app with one textbox, started the same way. Target: <= 1.5x the baseline (medians).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from benchmarks.common import REPO, Row, cli, summary

RATIO_TARGET = 1.5
TIMEOUT_S = 120.0
BARE_APP = """
import sys
import gradio as gr
with gr.Blocks() as demo:
    gr.Textbox()
demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
"""


_PHASES = """
import json, sys, tempfile, time
from pathlib import Path
marks = [("start", time.perf_counter())]
from agent.settings import Settings, quiet_environment
quiet_environment()
import gradio
marks.append(("import gradio", time.perf_counter()))
from ui.app import build_app
marks.append(("import ui.app", time.perf_counter()))
build_app(Settings(data_dir=Path(tempfile.mkdtemp())))
marks.append(("build_app", time.perf_counter()))
import agent.session
marks.append(("import agent.session (after the page is served)", time.perf_counter()))
print(json.dumps([(b[0], b[1] - a[1]) for a, b in zip(marks, marks[1:])]))
"""


def phases() -> str:
    """Where the web app's start-up time goes (one fresh process, before serving)."""
    out = subprocess.run([sys.executable, "-c", _PHASES], cwd=REPO, capture_output=True,
                         text=True, check=True)  # fmt: skip
    timed = json.loads(out.stdout.strip().splitlines()[-1])
    return "start-up phases of the web app, one fresh process:\n" + "\n".join(
        f"{seconds * 1000:8.0f} ms  {label}" for label, seconds in timed
    )


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_page(port: int, process: subprocess.Popen[bytes], started: float) -> float:
    """Seconds from ``started`` until ``/`` answers 200 (raises if the process dies first)."""
    url = f"http://127.0.0.1:{port}/"
    while time.perf_counter() - started < TIMEOUT_S:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode} before serving")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.05)
    raise TimeoutError(f"no HTTP 200 from {url} within {TIMEOUT_S:.0f} s")


def time_to_page(command: list[str], port: int, data_dir: Path) -> float:
    """Start ``command`` (which must serve on ``port``) and time its first page."""
    env = dict(os.environ, PORTFOLIO_DATA_DIR=str(data_dir), PORTFOLIO_PORT=str(port))
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        return wait_for_page(port, process, started)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def product_command(port: int) -> list[str]:
    """The README's command line for the web app, on ``port``."""
    script = shutil.which("portfolio-planner", path=str(Path(sys.executable).parent))
    base = [script] if script else [sys.executable, "-m", "agent"]
    return [*base, "ui", "--port", str(port)]


def measure(quick: bool) -> list[Row]:
    """Product and bare-app start times, alternating, and their ratio."""
    runs = 1 if quick else 5
    product: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(runs):
            port = free_port()
            product.append(time_to_page(product_command(port), port, Path(tmp) / f"d{run}"))
            port = free_port()
            bare.append(time_to_page([sys.executable, "-c", BARE_APP, str(port)], port,
                                     Path(tmp) / f"b{run}"))  # fmt: skip
    ours, base = summary(product), summary(bare)
    ratio = ours[0] / base[0]
    return [
        Row(area="cold start", measure="`portfolio-planner ui` to HTTP 200 on /", unit="s",
            median=ours[0], p95=ours[1], runs=runs, baseline="bare Gradio app, one textbox",
            baseline_median=base[0], baseline_p95=base[1],
            target=f"<= {RATIO_TARGET}x baseline (median ratio {ratio:.2f}x)",
            status="met" if ratio <= RATIO_TARGET else "missed", extra={"ratio": ratio},
            profile=phases()),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
