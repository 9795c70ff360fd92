"""``ScriptedModel``: a chat model for unit tests that answers from a script.

Each step is an ``AIMessage`` or a callable taking the messages it was sent and returning one.
The model records every call (messages and bound tools) and fails loudly when it is called
after its script is exhausted; ``assert_done()`` fails when steps were left unused.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict, Field

Step = AIMessage | Callable[[list[BaseMessage]], AIMessage]

_ids = itertools.count(1)


class ScriptExhaustedError(AssertionError):
    """The model was called more times than its script allows."""


def call(tool: str, /, **args: Any) -> AIMessage:
    """An AI message with one valid tool call."""
    return calls((tool, args))


def calls(*pairs: tuple[str, dict[str, Any]]) -> AIMessage:
    """An AI message with several valid tool calls."""
    tool_calls = [
        {"name": n, "args": a, "id": f"call_{next(_ids)}", "type": "tool_call"} for n, a in pairs
    ]
    return AIMessage(content="", tool_calls=tool_calls)  # type: ignore[arg-type]


def bad_call(name: str, raw_args: str) -> AIMessage:
    """An AI message whose one tool call has arguments that did not parse."""
    invalid = {
        "type": "invalid_tool_call",
        "name": name,
        "args": raw_args,
        "id": f"call_{next(_ids)}",
        "error": "not valid JSON",
    }
    return AIMessage(content="", invalid_tool_calls=[invalid])  # type: ignore[list-item]


def say(text: str) -> AIMessage:
    """A plain AI answer."""
    return AIMessage(content=text)


class ScriptedModel(BaseChatModel):
    """A ``BaseChatModel`` that replays ``steps`` and records what it was sent."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    steps: list[Any] = Field(default_factory=list)
    received: list[list[BaseMessage]] = Field(default_factory=list)
    bound_tools: list[str] = Field(default_factory=list)

    def __init__(self, steps: Sequence[Step] = (), **kwargs: Any) -> None:
        super().__init__(steps=list(steps), **kwargs)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ScriptedModel:  # type: ignore[override]
        """Remember the tool names and return the model itself."""
        self.bound_tools = [getattr(t, "name", None) or t.get("name", "?") for t in tools]
        return self

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.received.append(list(messages))
        if not self.steps:
            raise ScriptExhaustedError(
                f"ScriptedModel called {len(self.received)} times; its script is exhausted. "
                f"Last message: {_preview(messages[-1]) if messages else '-'}"
            )
        step = self.steps.pop(0)
        message = step(list(messages)) if callable(step) else step
        return ChatResult(generations=[ChatGeneration(message=message.model_copy())])

    def assert_done(self) -> None:
        """Fail when scripted steps were never used."""
        if self.steps:
            raise AssertionError(f"{len(self.steps)} scripted steps were never used")


def _preview(message: BaseMessage) -> str:
    text = message.content if isinstance(message.content, str) else json.dumps(message.content)
    return text[:200]
