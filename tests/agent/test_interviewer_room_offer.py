"""Hours refused over capacity come with the concrete way to make room: which other streams to
shrink, and the words that shrink them, which read back as those edits."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.interviewer import wishes
from agent.interviewer.propose import propose_streams
from agent.interviewer.reading.reader import read
from agent.interviewer.reading.types import PlanView, Reading, StreamView
from agent.plan import Activity, Capacity, Plan

PLAN = Plan(
    capacity=Capacity(hours_per_week=44),
    activities=[
        Activity(
            name="Dental nursing", hours_per_week=38, annual_revenue=27_000, volatility="stable"
        ),
        Activity(name="Orthodontic aligner clinics", hours_per_week=6, annual_revenue=6_000),
    ],
    core_skill="patient care",
)
TODAY = dt.date(2026, 12, 6)


def proposal() -> list[dict[str, Any]]:
    return [{"name": "add_stream", "args": s.as_args()} for s in propose_streams(PLAN)]


def notes_after(hours: float) -> str:
    change = Reading("change", "stream.target_hours", hours, "Dental nursing")
    return " ".join(wishes.edit([change], PLAN, proposal(), TODAY).notes)


def test_hours_over_capacity_are_refused_with_the_streams_to_shrink_and_the_words() -> None:
    said = notes_after(40)
    assert "I can't" in said
    assert "To keep Dental nursing at 40 hours, shrink other streams first: say 'make " in said


def test_the_words_offered_shrink_the_streams_enough_for_the_hours_asked() -> None:
    said = notes_after(40)
    words = said.split("say '")[-1].rstrip(".'")
    current = proposal()
    view = PlanView(
        capacity=44,
        streams=tuple(
            StreamView(c["args"]["name"], c["args"]["role"], c["args"]["target_hours"])
            for c in current
        ),
    )
    edits = [r for r in read(words, view, "streams") if r.confident]
    assert edits and all(r.field == "stream.target_hours" for r in edits)
    hours = {c["args"]["name"]: c["args"]["target_hours"] for c in current}
    hours.update({str(r.subject): float(str(r.value)) for r in edits})
    hours["Dental nursing"] = 40
    assert sum(hours.values()) <= 44


def test_hours_that_fit_need_no_offer() -> None:
    assert "shrink other streams" not in notes_after(30)
