"""The planners a persona evaluation talks to: a stored ``PlannerSession`` (the product's own
facade, with any model), the guided interviewer in memory, or any other :class:`Planner`; and
the meter of prompt tokens per model request."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from evals.metrics import estimate_tokens


class TokenMeter:
    """A LangChain callback that notes the prompt size of every model request.

    It prefers the endpoint's own count (``usage.prompt_tokens``) and falls back to an estimate
    from the messages and tool schemas sent, for endpoints (and stubs) that report none.
    """

    def __init__(self) -> None:
        from langchain_core.callbacks import BaseCallbackHandler

        meter = self

        class _Handler(BaseCallbackHandler):
            def on_chat_model_start(self, serialized: Any, messages: Any, **kw: Any) -> None:
                meter.started(messages, kw.get("invocation_params") or {})

            def on_llm_end(self, response: Any, **kw: Any) -> None:
                meter.ended(response)

        self.handler = _Handler()
        self.requests: list[int] = []
        self._estimate = 0

    def started(self, batches: Any, params: dict[str, Any]) -> None:
        """Estimate the prompt of a request from its messages and tool schemas."""
        text = json.dumps(params.get("tools") or [], default=str)
        for batch in batches or []:
            text += "".join(str(getattr(m, "content", m)) for m in batch)
        self._estimate = estimate_tokens(text)

    def ended(self, response: Any) -> None:
        """Record the request's prompt tokens (reported when plausible, else estimated)."""
        usage = (getattr(response, "llm_output", None) or {}).get("token_usage") or {}
        reported = int(usage.get("prompt_tokens") or 0)
        self.requests.append(reported if reported > 1 else self._estimate)


ToolResults = list[tuple[str, dict[str, Any]]]


class Planner:
    """What the runner needs of a planner: one turn at a time, the plan, whether it is final."""

    @property
    def plan(self) -> Any:
        raise NotImplementedError

    @property
    def is_final(self) -> bool:
        raise NotImplementedError

    def turn(self, message: str) -> tuple[str, ToolResults]:
        """The reply to a user message and the tool results of the turn."""
        raise NotImplementedError

    def pending_question(self) -> str | None:
        """The open question's id when the planner records one (the guided interviewer does)."""
        raise NotImplementedError

    @property
    def events(self) -> list[Any]:
        """The event log: accepted operations and undos, oldest first."""
        raise NotImplementedError


def _question_in(messages: Sequence[Any]) -> str | None:
    for message in reversed(messages):
        state = getattr(message, "additional_kwargs", {}).get("interviewer")
        if state:
            # A question back waiting for its answer is the question on screen.
            items = (state.get("confirm") or {}).get("items") or []
            asked = next((i["read_as"] for i in items if i.get("read_as")), None)
            return str(asked or state.get("ask") or "") or None
    return None


class SessionBackend(Planner):
    """A stored :class:`agent.session.PlannerSession` whose model comes from the settings."""

    def __init__(self, settings: Any, meter: TokenMeter, guidance: Any) -> None:
        from agent.models import build_model
        from agent.session import PlannerSession

        def model_source(view: Callable[[], Any]) -> Any:
            chat_model = build_model(settings, view)
            chat_model.callbacks = [meter.handler]
            return chat_model

        self._session = PlannerSession.create(settings, model=model_source, guidance=guidance)

    @property
    def plan(self) -> Any:
        return self._session.plan

    @property
    def is_final(self) -> bool:
        return bool(self._session.is_final)

    @property
    def events(self) -> list[Any]:
        return self._session.events

    def turn(self, message: str) -> tuple[str, ToolResults]:
        reply, results = "", []
        for event in self._session.turn(message):
            if event.kind == "tool_result":
                results.append((event.text, event.data))
            elif event.kind == "final":
                reply = event.text
        return reply, results

    def pending_question(self) -> str | None:
        # The facade shows the chat as text only; the interviewer's state rides in the
        # metadata of its messages, so it is read from the stored messages.
        return _question_in(getattr(self._session, "_messages", []))


class MemoryBackend(Planner):
    """The guided interviewer through the real tools and agent loop, in memory."""

    def __init__(self, today: dt.date, guidance: Any) -> None:
        from agent.interviewer.harness import MemoryPlanner

        self._planner = MemoryPlanner(today, search=_searcher(guidance))

    @property
    def plan(self) -> Any:
        return self._planner.plan

    @property
    def is_final(self) -> bool:
        return bool(self._planner.final)

    @property
    def events(self) -> list[Any]:
        return list(self._planner.events)

    def turn(self, message: str) -> tuple[str, ToolResults]:
        from langchain_core.messages import ToolMessage

        before = len(self._planner.messages)
        reply = self._planner.say(message)
        results: ToolResults = []
        for m in self._planner.messages[before:]:
            if isinstance(m, ToolMessage):
                try:
                    data = json.loads(str(m.content))
                except ValueError:
                    data = {"status": "error"}
                results.append((str(m.name), data if isinstance(data, dict) else {}))
        return reply, results

    def pending_question(self) -> str | None:
        return _question_in(self._planner.messages)


def _searcher(guidance: Any) -> Callable[[str, str | None], list[dict[str, Any]]]:
    def search(query: str, stage: str | None) -> list[dict[str, Any]]:
        if guidance is None:
            return []
        try:
            hits = guidance.search(query, k=3, stage=stage)
        except ValueError:  # a stage the store does not know: search without it
            hits = guidance.search(query, k=3)
        return [{"card": getattr(h, "card_id", ""), "title": getattr(h, "title", "")} for h in hits]

    return search
