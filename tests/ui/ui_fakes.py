"""A stand-in for the planner session, for tests of the page's own mechanics.

It changes its plan through the real core (``agent.plan.apply``) and renders exports with the
real renderers, so only the conversation is scripted: "stream NAME" adds a stream, anything
else is echoed back.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from typing import Any, ClassVar

from agent.plan import AddSkill, AddStream, Plan, apply, plan_to_json
from agent.plan.exports import to_ics, to_markdown, to_pdf

TODAY = dt.date(2026, 11, 23)


class FakeSession:
    """Scripted conversation over a real plan."""

    saved: ClassVar[dict[str, FakeSession]] = {}
    model_label = "scripted test model"

    def __init__(self) -> None:
        self.id = secrets.token_urlsafe(18)
        self.plan = Plan()
        self.history: list[dict[str, str]] = [
            {"role": "assistant", "content": "Hello. How many hours a week can you give?"}
        ]
        FakeSession.saved[self.id] = self

    @classmethod
    def resume(cls, session_id: str) -> FakeSession:
        return cls.saved[session_id]

    def turn(self, message: str) -> Iterator[dict[str, str]]:
        self.history.append({"role": "user", "content": message})
        if message.lower().startswith("stream "):
            op = AddStream(name=message[7:].strip(), role="seed", target_hours=3)
            self.plan = apply(self.plan, op, today=TODAY).plan
            reply = f"Added the stream {message[7:].strip()}."
        else:
            reply = f"You said: {message}"
        for word in reply.split(" "):
            yield {"kind": "delta", "text": word + " "}
        self.history.append({"role": "assistant", "content": reply})

    def upload_cv(self, data: bytes, filename: str, progress: Any = None) -> str:
        first = data.decode("utf-8", "replace").strip().splitlines()[0][:80]
        op = AddSkill(name=first, source="cv", confirmed=False)
        self.plan = apply(self.plan, op, today=TODAY).plan
        self.history.append({"role": "assistant", "content": f"From your CV: {first}"})
        return "CV read."

    def undo(self) -> str:
        return "Nothing to undo."

    def export(self, fmt: str) -> str | bytes:
        if fmt == "markdown":
            return to_markdown(self.plan)
        if fmt == "pdf":
            return to_pdf(self.plan)
        if fmt == "ics":
            return to_ics(self.plan, today=TODAY)
        return plan_to_json(self.plan)

    def delete(self) -> None:
        FakeSession.saved.pop(self.id, None)
