"""A scripted coach for the OpenAI stub, for running the persona eval against an endpoint.

It asks a persona's questions in the journey's order and records each answer with the tool
calls a simple LLM coach would make, in the tool profile the planner offers it (``full``: one
tool per operation; ``compact``: one ``update_plan`` with a list of operations) and written in
the chosen ways: native ``tool_calls`` or any text form of ``tests.support.text_forms``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from evals.simulated_user import Persona
from tests.support.openai_stub import Reply
from tests.support.text_forms import Call, write_calls

Step = tuple[str, list[Call]]
#: Full-profile tool names whose compact operation is named differently.
COMPACT_OPS = {"record_activity": "add_activity"}
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def coach_steps(p: Persona, today: dt.date) -> list[Step]:
    """What the coach asks, and the (full-profile) tool calls it makes from each answer."""
    activities = [("record_activity", {
        "name": a.name, "annual_revenue": a.annual_revenue, "hours_per_week": a.hours_per_week,
        "volatility": a.volatility, "teaches": a.teaches, "energy": a.energy,
    }) for a in p.activities]  # fmt: skip
    streams = [("add_stream", {"name": s.name, "role": s.role, "target_hours": s.hours,
                               "target_income_share": s.income_share, "volatility": s.volatility,
                               "teaches": s.teaches}) for s in p.streams]  # fmt: skip
    capacity = {
        "hours_per_week": p.capacity.hours_per_week,
        "constraints": [p.capacity.constraints],
        "cash_buffer": p.capacity.cash_buffer,
        "monthly_spending": getattr(p.capacity, "monthly_spending", None),
    }
    review = (today + dt.timedelta(weeks=12)).isoformat()
    return [
        ("Which setting do you work in?", [("set_context", {"context": p.context})]),
        ("How many hours a week can you really give to work?", [("set_capacity", capacity)]),
        ("List everything you do for work today, paid or not.", activities),
        ("Which skills do you have?", [("add_skill", {"name": s.name}) for s in p.skills]),
        ("Which one skill would you spend 10,000 hours on?",
         [("set_core_skill", {"name": p.core_skill})]),
        ("Shall I set up these streams?", streams),
        ("Shall I put these blocks in your week?", _blocks(p)),
        ("Shall I record these feedback loops?", _loops(p)),
        ("Shall we hold the review in twelve weeks? Does that date work?",
         [("set_review", {"date": review})]),
        ("Everything is in place. Shall I mark the plan final?", [("finalise", {})]),
    ]  # fmt: skip


def _blocks(p: Persona) -> list[Call]:
    calls = []
    for i, s in enumerate(p.streams):
        end = 8 * 60 + round(min(s.hours, 12) * 60)
        block = {"stream_id": s.slug, "weekday": DAYS[i], "start": "08:00",
                 "end": f"{end // 60:02d}:{end % 60:02d}"}  # fmt: skip
        calls.append(("add_time_block", block))
    return calls


def _loops(p: Persona) -> list[Call]:
    anchor = next(s for s in p.streams if s.role == "anchor")
    others = [s for s in p.streams if s is not anchor]
    funds = [("add_feedback_loop", {"from_stream": anchor.slug, "to_stream": s.slug,
                                    "kind": "funds"}) for s in others]  # fmt: skip
    teaches = [("add_feedback_loop", {"from_stream": s.slug, "to_stream": anchor.slug,
                                      "kind": "teaches"}) for s in others]  # fmt: skip
    return funds + teaches


def as_compact(calls: list[Call]) -> list[Call]:
    """Full-profile calls as one compact ``update_plan`` call."""
    operations = [{"op": COMPACT_OPS.get(name, name), **args} for name, args in calls]
    return [("update_plan", {"operations": operations})]


class StubCoach:
    """Answers each request: a question, then after the person's answer the calls that record
    it, then the next question once the tools have run. Step ``i`` writes its calls in
    ``forms[i % len(forms)]`` (``native`` or a text form); ``profiles`` notes which tool profile
    each request offered."""

    def __init__(self, steps: list[Step], forms: Sequence[str] = ("native",)) -> None:
        self.steps = steps
        self.forms = list(forms)
        self.asked = -1
        self.profiles: list[str] = []

    def __call__(self, body: dict[str, Any]) -> Reply:
        names = {t["function"]["name"] for t in body.get("tools") or []}
        compact = "update_plan" in names
        self.profiles.append("compact" if compact else "full")
        if body["messages"][-1]["role"] == "user" and 0 <= self.asked < len(self.steps):
            calls = self.steps[self.asked][1]
            return self._reply(as_compact(calls) if compact else calls)
        self.asked += 1
        if self.asked < len(self.steps):
            return Reply.text(self.steps[self.asked][0])
        return Reply.text("Your plan is final. Come back at the review.")

    def _reply(self, calls: list[Call]) -> Reply:
        form = self.forms[self.asked % len(self.forms)]
        if form == "native":
            return Reply.tools(*calls)
        return Reply(content=write_calls(form, calls), chunk_chars=7)
