"""Concurrent sessions through the web app's real HTTP API, in the offline guided mode.

    python benchmarks/load_sessions.py [--sessions 20] [--turns 10]

Launches the app on 127.0.0.1 (a free port, a temporary data folder), then runs one
``gradio_client.Client`` per session in its own thread: open the page's session (``/on_load``),
then send ``turns`` answers (``/on_message``), each carrying a marker unique to the session.
Counts errors and cross-session leaks (another session's marker in a chat, plan panel or
session id) and prints p50/p95/max turn latency as Markdown.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ANSWERS = [
    "hello",
    "tech",
    "40 hours a week",
    "caring for {marker} after school",
    "12k",
    "3000 a month",
    "I run workshops called {marker} for 5 hours, 8000 a year",
    "skip",
    "what should I do next?",
    "undo that please",
]


@dataclass
class SessionRun:
    """What one simulated visitor saw."""

    marker: str
    session_id: str = ""
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    last_output: tuple[Any, ...] = ()


def marker(n: int) -> str:
    """A word unique to session ``n``, in letters only: digits in it would be read as figures
    and leave the stored plan, where the cross-session check needs to find it."""
    letters, value = "", n * 7919 + 1000
    while value:
        value, digit = divmod(value, 26)
        letters += "bcdfghjklmnpqrstvwxzbcdfgh"[digit]
    return "Zed" + letters


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_app(data_dir: Path) -> Iterator[str]:
    """The real app (default registry, guided interviewer) served on loopback; yields its URL."""
    from agent.settings import Settings
    from ui.app import build_app, launch_kwargs

    settings = Settings(data_dir=data_dir, host="127.0.0.1", port=_free_port())
    demo = build_app(settings)
    demo.launch(prevent_thread_lock=True, quiet=True, **launch_kwargs(settings))
    try:
        yield str(demo.local_url)
    finally:
        demo.close()


def _text(output: tuple[Any, ...]) -> str:
    return repr(output)


def visit(url: str, run: SessionRun, turns: int) -> None:
    """One visitor: open a session, then send ``turns`` answers, timing each."""
    from gradio_client import Client

    try:
        # A browser waits for a busy server; the client's own 5 s default would count a slow
        # page load as a failed visit.
        client = Client(url, verbose=False, download_files=False, httpx_kwargs={"timeout": 60})
        opened = client.predict(api_name="/on_load")
        run.session_id = str(opened[4])
        for i in range(turns):
            message = ANSWERS[i % len(ANSWERS)].format(marker=run.marker)
            start = time.perf_counter()
            out = client.predict(message, api_name="/on_message")
            run.latencies.append(time.perf_counter() - start)
            if str(out[4]) != run.session_id:
                run.errors.append(f"turn {i}: the page switched to session {out[4]!r}")
            run.last_output = tuple(out)
        client.close()
    except Exception as exc:  # every failure counts as an error of this visitor
        run.errors.append(f"{type(exc).__name__}: {exc}")


def leaks(runs: list[SessionRun]) -> list[str]:
    """Markers or session ids of one visitor found in what another one saw."""
    found = []
    for run in runs:
        seen = _text(run.last_output)
        if run.marker not in seen:
            found.append(f"{run.marker}: its own marker is missing from its page")
        for other in runs:
            known = other.marker in seen or bool(other.session_id and other.session_id in seen)
            if other is not run and known:
                found.append(f"{other.marker} appears in the page of {run.marker}")
    return found


def measure(sessions: int, turns: int, data_dir: Path | None = None) -> dict[str, Any]:
    """Run the load and return counts and latency figures (seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = data_dir or Path(tmp)
        runs = [SessionRun(marker=marker(n)) for n in range(sessions)]
        with running_app(folder) as url:
            start = time.perf_counter()
            threads = [threading.Thread(target=visit, args=(url, r, turns)) for r in runs]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - start
    latencies = sorted(x for r in runs for x in r.latencies)
    errors = [e for r in runs for e in r.errors]
    return {
        "sessions": sessions,
        "turns": turns,
        "completed_turns": len(latencies),
        "errors": errors,
        "leaks": leaks(runs),
        "distinct_sessions": len({r.session_id for r in runs if r.session_id}),
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan"),
        "max": latencies[-1] if latencies else float("nan"),
        "wall": wall,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures as a Markdown table; exit 1 on any error or leak."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--turns", type=int, default=10)
    args = parser.parse_args(argv)
    r = measure(args.sessions, args.turns)
    print("| sessions x turns | turns done | errors | leaks | p50 ms | p95 ms | max ms | wall s |")
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {r['sessions']} x {r['turns']} | {r['completed_turns']} | {len(r['errors'])} | "
        f"{len(r['leaks'])} | {r['p50'] * 1000:.0f} | {r['p95'] * 1000:.0f} | "
        f"{r['max'] * 1000:.0f} | {r['wall']:.1f} |"
    )
    for problem in [*r["errors"], *r["leaks"]][:10]:
        print("-", problem, file=sys.stderr)
    return 1 if r["errors"] or r["leaks"] else 0


if __name__ == "__main__":
    from agent.settings import quiet_environment

    quiet_environment()
    raise SystemExit(main())
