"""Shared helpers of the reliability suite: sessions on a fixed date, and snapshots of what a
session has recorded so a test can prove a bad input lost (or changed) nothing."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.plan import operations as ops
from agent.session import PlannerSession, TurnEvent
from agent.settings import Settings
from agent.store import SessionStore

TODAY = dt.date(2026, 3, 2)
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))  # load_sessions: the app on loopback, and the load run

#: A few accepted changes every "nothing lost" test starts from.
SEED_OPERATIONS: list[ops.Op] = [
    ops.SetContext(context="tech"),
    ops.SetCapacity(hours_per_week=40, constraints=["school run"], cash_buffer=12000),
    ops.AddStream(name="Day job", role="anchor", target_hours=30, target_income_share=80),
    ops.AddStream(name="Workshops", role="client", target_hours=6, target_income_share=20),
]


@dataclass(frozen=True)
class Snapshot:
    """What a session has recorded: its stored event log and its plan as JSON."""

    events: str
    plan: str


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings with the data folder under ``tmp_path``."""
    return Settings(data_dir=tmp_path / "data", **overrides)


def new_session(tmp_path: Path, *, seed: bool = True, **kwargs: Any) -> PlannerSession:
    """A stored session on a fixed date; ``seed`` records :data:`SEED_OPERATIONS` first."""
    settings = kwargs.pop("settings", None) or settings_for(tmp_path)
    session = PlannerSession.create(settings, today=lambda: TODAY, **kwargs)
    if seed:
        for operation in SEED_OPERATIONS:
            assert session.apply(operation).accepted, operation
    return session


def snapshot(session: PlannerSession) -> Snapshot:
    """The session's log as read back from disk (a fresh connection) and its plan."""
    store = SessionStore(session.settings.data_dir)
    try:
        events = json.dumps(store.events(session.id))
    finally:
        store.close()
    return Snapshot(events, session.plan_json())


def run(session: PlannerSession, message: Any) -> list[TurnEvent]:
    """All events of one turn."""
    return list(session.turn(message))


def final(events: list[TurnEvent]) -> TurnEvent:
    """The turn's last event, which must be ``final``."""
    assert events and events[-1].kind == "final", [e.kind for e in events]
    return events[-1]


def tool_results(events: list[TurnEvent]) -> list[dict[str, Any]]:
    """The structured results of the turn's tool calls."""
    return [e.data for e in events if e.kind == "tool_result"]


def says_how_to_fix(text: str) -> bool:
    """A message that tells the person what to do, not only what went wrong."""
    lowered = text.lower()
    verbs = ("send", "upload", "save", "paste", "type", "try", "check", "call", "give", "use",
             "correct", "set", "export", "ask", "tell", "say", "choose", "again")  # fmt: skip
    return len(text) > 20 and any(v in lowered for v in verbs)


def plan_at_the_bounds() -> dict[str, Any]:
    """A plan document with every list at its bound (``agent.plan.limits``): it must load."""
    from agent.plan import limits

    n = limits.MAX_ITEMS
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    streams = [
        {"id": f"s{i}", "name": f"Stream {i}", "role": "anchor" if i == 0 else "client",
         "target_hours": 2.0, "target_income_share": 5.0, "expected_revenue": 1000.0 * i}
        for i in range(n["streams"])
    ]  # fmt: skip
    blocks = [
        {"id": f"b{i}", "stream_id": f"s{i % n['streams']}", "weekday": days[i % 7],
         "start": f"{6 + i % 16:02d}:00", "end": f"{6 + i % 16:02d}:30"}
        for i in range(n["time_blocks"])
    ]  # fmt: skip
    loops = [
        {"from_stream": f"s{i % 20}", "to_stream": f"s{(i // 20 + i + 1) % 20}",
         "kind": ("teaches", "funds", "protects")[i % 3]}
        for i in range(n["feedback_loops"])
    ]  # fmt: skip
    return {
        "schema_version": 1,
        "capacity": {"hours_per_week": 60, "constraints": ["c"] * n["constraints"]},
        "activities": [{"name": f"a{i}", "hours_per_week": 1} for i in range(n["activities"])],
        "skills": [{"name": f"skill {i}"} for i in range(n["skills"])],
        "core_skill": "skill 0",
        "streams": streams,
        "time_blocks": blocks,
        "feedback_loops": loops,
        "review": {"date": "2026-04-01", "questions": ["q"] * n["questions"]},
        "unknowns": [{"field": f"f{i}"} for i in range(n["unknowns"])],
    }
