"""Concurrent sessions spread over several app instances (separate processes) that share one
session database, through the web app's real HTTP API, in the offline guided mode.

    python -m benchmarks.load_instances [--instances 2] [--sessions 40] [--turns 10]
                                        [--database postgres|sqlite]

``postgres`` starts a throw-away PostgreSQL server (``tests/support/postgres.py``; Debian's
``postgresql`` package) with durable commits; ``sqlite`` (one instance only) keeps sessions in
the instance's data folder. The instances share one guidance store, built before they start.
Visitors are dealt round robin to the instances; each runs as in ``load_sessions``.

Counted: errors, leaks (another session's marker or id in a page, or another session's marker
in a session's stored log), and lost operations: a session whose stored log differs in length
from the same answers played to an in-process session, or lacks its own marker.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
for _path in (str(REPO), str(REPO / "benchmarks")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from load_sessions import ANSWERS, SessionRun, leaks, marker, visit  # noqa: E402


@dataclass
class Instance:
    """One app process."""

    url: str
    process: subprocess.Popen[bytes]
    data_dir: Path


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_served(instance: Instance, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if instance.process.poll() is not None:
            log = (
                instance.data_dir.parent
                / f"{instance.data_dir.name.replace('instance', 'instance')}.log"
            )
            tail = log.read_text(errors="replace")[-600:] if log.is_file() else ""
            raise RuntimeError(f"the app at {instance.url} exited "
                               f"({instance.process.returncode}): {tail}")  # fmt: skip
        try:
            with urllib.request.urlopen(instance.url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the app at {instance.url} did not serve its page in {seconds:.0f} s")


def warm_guidance(guidance_dir: Path) -> None:
    """Build the shared guidance store once, before instances open it."""
    from agent.guidance import open_guidance
    from agent.settings import Settings

    open_guidance(Settings(data_dir=guidance_dir, guidance_dir=guidance_dir)).ensure_fresh()


def _start(n: int, root: Path, guidance_dir: Path, database_url: str | None,
           env: dict[str, str] | None) -> Instance:  # fmt: skip
    """One app process on a free port; its output goes to ``root/instance-N.log``."""
    port, data = _free_port(), root / f"instance-{n}"
    child_env = {**os.environ, "PYTHONPATH": str(REPO), "PORTFOLIO_DATA_DIR": str(data),
                 "PORTFOLIO_GUIDANCE_DIR": str(guidance_dir), "PORTFOLIO_PORT": str(port),
                 "PORTFOLIO_HOST": "127.0.0.1", **(env or {})}  # fmt: skip
    child_env.pop("PORTFOLIO_DATABASE_URL", None)
    if database_url:
        child_env["PORTFOLIO_DATABASE_URL"] = database_url
    log = (root / f"instance-{n}.log").open("ab")
    process = subprocess.Popen([sys.executable, "-m", "agent", "ui"], cwd=REPO, env=child_env,
                               stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
    log.close()
    return Instance(f"http://127.0.0.1:{port}/", process, data)


@contextmanager
def app_instances(
    count: int, root: Path, *, database_url: str | None, guidance_dir: Path,
    env: dict[str, str] | None = None,
) -> Iterator[list[Instance]]:  # fmt: skip
    """``count`` app processes (``portfolio-planner ui``) on free loopback ports, each with its
    own data folder under ``root``; stopped (killed) on exit. A process that exits before
    serving (its port taken meanwhile by another program) is started again on another port,
    twice at most."""
    started: list[Instance] = []
    try:
        for n in range(count):
            for attempt in range(3):
                instance = _start(n, root, guidance_dir, database_url, env)
                try:
                    _wait_until_served(instance)
                    break
                except RuntimeError:
                    if instance.process.poll() is None or attempt == 2:
                        started.append(instance)
                        raise
            started.append(instance)
        yield started
    finally:
        for instance in started:
            if instance.process.poll() is None:
                instance.process.kill()
            instance.process.wait(timeout=30)


def reference_log(turns: int, marker: str, guidance_dir: Path) -> list[dict[str, Any]]:
    """The operations the same answers record in an in-process guided session."""
    from agent.session import PlannerSession
    from agent.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), guidance_dir=guidance_dir)
        session = PlannerSession.create(settings)
        for i in range(turns):
            list(session.turn(ANSWERS[i % len(ANSWERS)].format(marker=marker)))
        return [e.model_dump(mode="json") for e in session.events]


def stored_problems(
    runs: list[SessionRun], store: Any, reference: list[dict[str, Any]], marker: str
) -> tuple[list[str], list[str]]:
    """Lost operations (a stored log other than the reference with the session's own marker)
    and cross-session data (another session's marker in a stored log)."""
    lost, crossed = [], []
    expected = json.dumps(reference, ensure_ascii=False).lower()
    for run in runs:
        if not run.session_id:
            continue
        events = store.events(run.session_id)
        logged = json.dumps(events, ensure_ascii=False).lower()
        if logged != expected.replace(marker.lower(), run.marker.lower()):
            lost.append(f"{run.marker}: {len(events)} stored operations differ from the "
                        f"{len(reference)} expected")  # fmt: skip
        crossed += [f"{o.marker} is in the log of {run.marker}" for o in runs
                    if o is not run and o.marker.lower() in logged]  # fmt: skip
    return lost, crossed


def measure(instances: int, sessions: int, turns: int, *, database: str = "postgres",
            durable: bool = True, guidance_dir: Path | None = None) -> dict[str, Any]:  # fmt: skip
    """Run the load and return counts and latency figures (seconds). ``durable=False`` runs
    the database without fsync (tests); ``guidance_dir`` reuses a built guidance store."""
    from agent.settings import Settings
    from agent.store import open_store
    from tests.support.postgres import PostgresServer

    if database == "sqlite" and instances != 1:
        raise ValueError("SQLite sessions live in one instance's data folder: use --instances 1")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        guidance = guidance_dir or root / "guidance"
        warm_guidance(guidance)
        runs = [SessionRun(marker=marker(n)) for n in range(sessions)]
        reference = reference_log(turns, runs[0].marker, guidance)
        server = PostgresServer(durable=durable).start() if database == "postgres" else None
        try:
            url = server.create_database("load") if server else None
            with app_instances(instances, root, database_url=url, guidance_dir=guidance) as apps:
                start = time.perf_counter()
                threads = [threading.Thread(target=visit, args=(apps[n % instances].url, r, turns))
                           for n, r in enumerate(runs)]  # fmt: skip
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                wall = time.perf_counter() - start
                store = open_store(Settings(data_dir=apps[0].data_dir, database_url=url))
                lost, crossed = stored_problems(runs, store, reference, runs[0].marker)
                store.close()
        finally:
            if server:
                server.stop()
    latencies = sorted(x for r in runs for x in r.latencies)
    return {
        "instances": instances, "database": database, "sessions": sessions, "turns": turns,
        "completed_turns": len(latencies), "errors": [e for r in runs for e in r.errors],
        "leaks": leaks(runs) + crossed, "lost": lost, "expected_operations": len(reference),
        "distinct_sessions": len({r.session_id for r in runs if r.session_id}),
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan"),
        "max": latencies[-1] if latencies else float("nan"),
        "wall": wall, "turns_per_s": len(latencies) / wall if wall else float("nan"),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Print the figures as a Markdown table; exit 1 on any error, leak or lost operation."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    args = parser.parse_args(argv)
    r = measure(args.instances, args.sessions, args.turns, database=args.database)
    print("| instances | database | sessions x turns | turns done | errors | leaks | lost "
          "| p50 ms | p95 ms | max ms | turns/s |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {r['instances']} | {r['database']} | {r['sessions']} x {r['turns']} | "
          f"{r['completed_turns']} | {len(r['errors'])} | {len(r['leaks'])} | {len(r['lost'])} | "
          f"{r['p50'] * 1000:.0f} | {r['p95'] * 1000:.0f} | {r['max'] * 1000:.0f} | "
          f"{r['turns_per_s']:.1f} |")  # fmt: skip
    for problem in [*r["errors"], *r["leaks"], *r["lost"]][:10]:
        print("-", problem, file=sys.stderr)
    return 1 if r["errors"] or r["leaks"] or r["lost"] else 0


if __name__ == "__main__":
    from agent.settings import quiet_environment

    quiet_environment()
    raise SystemExit(main())
