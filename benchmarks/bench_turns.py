"""Turn overhead in guided mode: everything but the model, over a 40-turn career reboot.

    python -m benchmarks.bench_turns [--quick] [--json FILE]

Each turn goes through the session facade as the web app drives it: the agent loop with its
prompt budget, the tools and rules, the SQLite event log, guidance searches in a real (already
ingested) store, streaming. The time spent inside the guided interviewer's ``_generate`` is
subtracted, leaving the overhead an LLM would add its own latency to. Before the turns, the
process is warmed up as the web app warms itself once its page is served (the guidance store
opened and current, the CV reader's taxonomy embedded, long-lived objects set apart from the
garbage collector); the warm-up is timed on its own. A turn that searches the guidance embeds
its query (a few ms, more on a busy machine): the overhead is also given without that
embedding. Baseline: the same 40 turns through the in-memory planner (no storage, no guidance,
no streaming). Target: p95 <= 50 ms.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import Row, cli, judge, summary
from benchmarks.scripts import REBOOT, guidance_store

TODAY = dt.date(2026, 11, 22)
TARGET_MS = 50.0
WELCOME = "Hello, and welcome"


@contextmanager
def method_clock(owner: Any, name: str) -> Iterator[list[float]]:
    """Accumulate seconds spent inside ``owner.name`` while the block runs."""
    spent = [0.0]
    original = getattr(owner, name)

    def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    setattr(owner, name, timed)
    try:
        yield spent
    finally:
        setattr(owner, name, original)


def model_clock() -> AbstractContextManager[list[float]]:
    """Accumulate seconds spent inside the guided interviewer while the block runs."""
    from agent.interviewer.model import GuidedInterviewer

    return method_clock(GuidedInterviewer, "_generate")


def embedding_clock() -> AbstractContextManager[list[float]]:
    """Accumulate seconds spent embedding texts (the guidance queries) while the block runs."""
    from knowledge.embeddings import Embedder

    return method_clock(Embedder, "embed")


Say = Callable[[str], tuple[str, list[str]]]


@dataclass
class Script:
    """The reboot's turns, in seconds: overheads, the same without the embedding of guidance
    queries, whole turns; the turn of any restart; the tools each turn called."""

    overheads: list[float] = field(default_factory=list)
    unembedded: list[float] = field(default_factory=list)
    walls: list[float] = field(default_factory=list)
    restart: int = 0
    tools: list[str] = field(default_factory=list)


def run_script(say: Say, spent: list[float], embedded: list[float] | None = None) -> Script:
    """Run the reboot through ``say``; ``spent`` and ``embedded`` are the clocks of
    :func:`model_clock` and :func:`embedding_clock`."""
    out, embedded = Script(), embedded if embedded is not None else [0.0]
    for number, text in enumerate(REBOOT):
        spent[0] = embedded[0] = 0.0
        start = time.perf_counter()
        reply, called = say(text)
        wall = time.perf_counter() - start
        out.walls.append(wall)
        out.overheads.append(wall - spent[0])
        out.unembedded.append(wall - spent[0] - embedded[0])
        out.tools.append(", ".join(called) or "no tool")
        if number and reply.startswith(WELCOME) and not out.restart:
            out.restart = number + 1
    return out


def session_say(data_dir: Path, store: Any) -> tuple[Say, Any]:
    """A new stored session with default settings; ``say`` returns its final reply and the
    tools called. With ``store`` None the session opens the guidance store in ``data_dir``
    itself, as in the web app."""
    from agent.session import PlannerSession
    from agent.settings import Settings

    extra = {"guidance": store} if store is not None else {}
    session = PlannerSession.create(Settings(data_dir=data_dir), today=lambda: TODAY, **extra)

    def say(text: str) -> tuple[str, list[str]]:
        events = list(session.turn(text))
        tools = [str(e.text) for e in events if e.kind == "tool_call"]
        return (str(events[-1].text) if events else ""), tools

    return say, session


def memory_say() -> Say:
    """A new in-memory planner's ``say``."""
    from agent.interviewer.harness import MemoryPlanner

    planner = MemoryPlanner(TODAY)

    def say(text: str) -> tuple[str, list[str]]:
        before = len(planner.tool_calls())
        reply = planner.say(text)
        return reply, [name for name, _ in planner.tool_calls()[before:]]

    return say


def measure(quick: bool) -> list[Row]:
    """Per-turn overhead of the session facade beside the in-memory harness."""
    repeats = 1 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        store = guidance_store(data_dir, quick)
        opens = [] if quick else first_searches(data_dir)
        warm = warm_up(data_dir, quick)
        runs: list[Script] = []
        base: list[float] = []
        finals = 0
        with model_clock() as spent, embedding_clock() as embedded:
            for _ in range(repeats):
                say, session = session_say(data_dir, store if quick else None)
                runs.append(run_script(say, spent, embedded))
                finals += bool(session.is_final)
                base += run_script(memory_say(), spent).overheads
    ours = [o for r in runs for o in r.overheads]
    p50, p95 = summary(ours, 1000)
    b50, b95 = summary(base, 1000)
    w50, w95 = summary([w for r in runs for w in r.walls], 1000)
    u50, u95 = summary([u for r in runs for u in r.unembedded], 1000)
    restarts = [r.restart for r in runs]
    note = f"{finals} of {repeats} reboots reached a final plan"
    if any(restarts):
        note += (f"; the interviewer started over at turn {max(restarts)} (its state was trimmed "
                 "from the history by the prompt budget)")  # fmt: skip
    slowest = [(o, f"turn {i + 1}: {t}") for r in runs
               for i, (o, t) in enumerate(zip(r.overheads, r.tools, strict=True))]  # fmt: skip
    rows = [
        Row(area="turn overhead", measure=f"guided mode, {len(REBOOT)}-turn reboot, model time "
            "excluded", unit="ms", median=p50, p95=p95, runs=len(ours),
            baseline="in-memory planner (no storage, guidance or streaming)",
            baseline_median=b50, baseline_p95=b95, target=f"p95 <= {TARGET_MS:.0f} ms",
            status=judge(p95, TARGET_MS), note=note, profile=_slowest(slowest)),
        Row(area="turn overhead", measure="same turns, the guidance queries' embedding also "
            "excluded", unit="ms", median=u50, p95=u95, runs=len(ours)),
        Row(area="turn overhead", measure="same turns, whole turn (guided model included)",
            unit="ms", median=w50, p95=w95, runs=len(ours)),
    ]  # fmt: skip
    if not quick:
        rows.append(Row(area="turn overhead", measure="the web app's warm-up before the turns "
                        "(store current, taxonomy embedded, collector settled)", unit="ms",
                        median=warm * 1000, p95=warm * 1000, runs=1))  # fmt: skip
    if opens:
        later = summary(opens[1:], 1000)
        rows += [
            Row(area="turn overhead", measure="first guidance search of the process (opens the "
                "store; model already loaded)", unit="ms", median=opens[0] * 1000,
                p95=opens[0] * 1000, runs=1),
            Row(area="turn overhead", measure="first guidance search of each later session "
                "(the process's store is shared)", unit="ms", median=later[0], p95=later[1],
                runs=len(opens) - 1),
        ]  # fmt: skip
    return rows


def warm_up(data_dir: Path, quick: bool) -> float:
    """Seconds of the warm-up the web app runs once its page is served (quick runs, whose
    small store is not the app's, only settle the collector)."""
    from agent import guidance
    from agent.settings import Settings

    start = time.perf_counter()
    if quick:
        guidance.settle_long_lived()
    else:
        guidance.warm_up(Settings(data_dir=data_dir))
    return time.perf_counter() - start


def first_searches(data_dir: Path, sessions: int = 6) -> list[float]:
    """Seconds of the first search of ``sessions`` new guidance services, as each web
    session makes one; the first also pays the process's model load."""
    from agent.settings import Settings
    from agent.tools.services import GuidanceService

    times = []
    for number in range(sessions):
        service = GuidanceService(Settings(data_dir=data_dir))
        start = time.perf_counter()
        service.search(f"how do I plan my week around a new client ({number})")
        times.append(time.perf_counter() - start)
    return times


def _slowest(turns: list[tuple[float, str]], count: int = 8) -> str:
    """The slowest turns (overhead in ms) with the tools they called."""
    ranked = sorted(turns, reverse=True)[:count]
    return "slowest turns, overhead (tools called):\n" + "\n".join(
        f"{seconds * 1000:8.1f} ms  {label}" for seconds, label in ranked
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
