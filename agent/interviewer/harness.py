"""An in-memory planner that runs the interviewer through the real tools and agent loop.

No storage and no guidance store: for scripted conversations in tests and evaluations. The
event log folds to the plan exactly as a stored session's does (``replay``), undo included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from agent.plan import Outcome, Plan, apply, replay
from agent.plan import operations as ops
from agent.plan.findings import Finding
from agent.plan.io import plan_to_json
from agent.plan.rules import check, missing

Search = Callable[[str, str | None], list[dict[str, Any]]]


def no_cards(query: str, stage: str | None) -> list[dict[str, Any]]:
    """A guidance search that finds nothing."""
    return []


class MemoryPlanner:
    """Event log, plan and tools in memory; ``say`` runs one user turn and returns the reply."""

    def __init__(self, today: dt.date, search: Search = no_cards, reader: Any = "default") -> None:
        self.today = today
        self.events: list[ops.Op] = []
        self.plan = Plan()
        self.final = False
        self.exports: list[str] = []
        self.messages: list[BaseMessage] = []
        self._search = search
        self._reader = reader
        self._agent: Any = None

    # -- ToolContext ---------------------------------------------------------------------
    def apply(self, operation: ops.Op) -> Outcome:
        """Apply one operation; accepted ones join the event log."""
        if isinstance(operation, ops.Undo):
            if not any(not isinstance(e, ops.Undo) for e in self.events):
                return Outcome(accepted=False, plan=self.plan, findings=[])
            plan = replay([*self.events, operation], today=self.today)  # type: ignore[list-item]
            outcome = Outcome(accepted=True, plan=plan)
        else:
            outcome = apply(self.plan, operation, today=self.today)  # type: ignore[arg-type]
        if outcome.accepted:
            self.events.append(operation)
            self.plan = outcome.plan
        return outcome

    def check(self, final: bool) -> tuple[list[Finding], list[str], dict[str, Any]]:
        """Findings and what is missing."""
        return check(self.plan, final=final, today=self.today), missing(self.plan), {}

    def finalise(self) -> tuple[bool, list[Finding]]:
        """Run the final rules; mark final when no error."""
        found = check(self.plan, final=True, today=self.today)
        self.final = not any(f.severity == "error" for f in found)
        return self.final, found

    def export(self, fmt: str) -> str:
        """Remember the export and return its name."""
        self.exports.append(fmt)
        return f"plan.{fmt}" if fmt != "json" else plan_to_json(self.plan)[:40]

    def search(self, query: str, stage: str | None, roles: list[str] | None,
               contexts: list[str] | None) -> list[dict[str, Any]]:  # fmt: skip
        """Guidance cards for a query."""
        return self._search(query, stage)

    def cv_audit(self) -> dict[str, Any]:
        """No CV in memory."""
        return {"status": "error", "errors": ["no CV uploaded"]}

    # -- the conversation ----------------------------------------------------------------
    def say(self, text: str) -> str:
        """One user turn through the agent loop; returns the interviewer's reply.

        A turn that fails is taken back whole (as a stored session does) before the error
        propagates: the event log and the plan are exactly as they were before it.
        """
        events, plan, final = list(self.events), self.plan, self.final
        try:
            result = self._graph().invoke(
                {"messages": [*self.messages, HumanMessage(text)]}, {"recursion_limit": 100}
            )
        except Exception:
            self.events, self.plan, self.final = events, plan, final
            raise
        self.messages = list(result["messages"])
        last = self.messages[-1]
        return str(last.content) if isinstance(last, AIMessage) else ""

    def fork(self) -> MemoryPlanner:
        """An independent copy of this conversation and its plan, to try a turn on."""
        twin = MemoryPlanner(self.today, self._search, self._reader)
        twin.events, twin.plan, twin.final = list(self.events), self.plan, self.final
        twin.exports, twin.messages = list(self.exports), list(self.messages)
        return twin

    def start(self) -> str:
        """The interviewer's opening words, before the person types (as a session's start)."""
        from agent.interviewer.model import GuidedInterviewer

        if self.messages:
            return ""
        self._graph()
        model = GuidedInterviewer(plan_view=lambda: self.plan, clock=lambda: self.today,
                                  reader=self._reader)  # fmt: skip
        self.messages = [model.opening()]
        return str(self.messages[0].content)

    def tool_calls(self) -> list[tuple[str, dict[str, Any]]]:
        """Every tool call made so far, in order."""
        return [
            (c["name"], c["args"])
            for m in self.messages
            if isinstance(m, AIMessage)
            for c in m.tool_calls
        ]

    def _graph(self) -> Any:
        if self._agent is None:
            from agent.interviewer.model import GuidedInterviewer
            from agent.loop import build_agent
            from agent.tools import build_tools

            model = GuidedInterviewer(
                plan_view=lambda: self.plan,
                clock=lambda: self.today,
                max_calls_per_turn=30,
                reader=self._reader,
            )
            tools = build_tools(self, lambda: self.plan, lambda: self.today)
            self._agent = build_agent(model, tools, plan_summary=lambda: "", max_rounds=40,
                                      budget=10**7)  # fmt: skip
        return self._agent
