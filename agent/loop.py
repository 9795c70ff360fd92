"""The one agent loop (LangChain ``create_agent``) shared by the guided interviewer and LLMs.

:class:`TurnGuard` wraps every model call to:

* put the plan's current state into the system prompt, show the model only the tools meant
  for it (``agent.tools.shown``; every tool stays callable) and drop old turns to fit the
  prompt budget (see ``agent.history``);
* stop a user turn after ``max_rounds`` model calls;
* catch tool calls that cannot run (arguments that are not a JSON object, an unknown tool):
  none of the message's calls is run; the model is told what was wrong and asked again, at most
  ``max_repairs`` times, after which (or when the model answers a correction with nothing at
  all) the turn ends with a plain apology; nothing of the unusable calls ran.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain.agents import create_agent
from langchain.agents.middleware import AgentMiddleware, ModelRequest, ModelResponse
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from agent.history import HistoryMemo, estimate_tokens, tools_tokens, trim_history
from agent.prompts import REPAIR_GAVE_UP_TEXT, ROUND_LIMIT_TEXT, repair_note, system_prompt
from agent.tools.shown import shown_tools

EventSink = Callable[[str, dict[str, Any]], None]
Handler = Callable[[ModelRequest], ModelResponse]


def rounds_this_turn(messages: Sequence[BaseMessage]) -> int:
    """How many model answers follow the latest user message."""
    count = 0
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            break
        count += isinstance(message, AIMessage)
    return count


def call_problems(
    message: AIMessage, tool_names: Sequence[str], operations: dict[str, str] | None = None
) -> list[str]:
    """Why the tool calls of ``message`` cannot run (empty when they all can).

    ``operations`` maps operation names to the tool that takes them (the compact profile's
    ``update_plan``), so a model that calls an operation as if it were a tool is told how.
    """
    operations = operations or {}
    problems = []
    for bad in message.invalid_tool_calls:
        raw = str(bad.get("args") or "")[:120]
        if not bad.get("name"):
            problems.append(f"a tool call names no tool: {raw!r}")
            continue
        problems.append(f"the arguments of {bad.get('name')!r} are not a JSON object: {raw!r}")
    for call in message.tool_calls:
        name = call["name"]
        if name in tool_names:
            continue
        if name in operations:
            tool = operations[name]
            problems.append(f"{name!r} is an operation of {tool}, not a tool: call {tool} with "
                            f'{{"operations": [{{"op": "{name}", ...its fields}}]}}')  # fmt: skip
        else:
            problems.append(f"there is no tool named {name!r}")
    return problems


def tool_operations(tools: Sequence[BaseTool]) -> dict[str, str]:
    """Operation name -> the tool that takes it, from the tools' ``metadata["operations"]``."""
    return {op: t.name for t in tools for op in (t.metadata or {}).get("operations", [])}


def _last_ai(response: Any) -> AIMessage | None:
    if isinstance(response, AIMessage):
        return response
    messages = getattr(response, "result", None) or []
    return next((m for m in reversed(messages) if isinstance(m, AIMessage)), None)


def _sendable(message: AIMessage) -> AIMessage:
    """``message`` as it goes back to the model with the correction: its unusable calls keep
    their ids but carry ``{}``, because servers that read earlier calls' arguments as JSON
    (llama.cpp's templates, for one) may refuse the raw text, which the correction quotes."""
    if not message.invalid_tool_calls:
        return message
    calls = [{**c, "name": c.get("name") or "unknown", "args": "{}"}
             for c in message.invalid_tool_calls]  # fmt: skip
    return message.model_copy(update={"invalid_tool_calls": calls})


def _blank(message: AIMessage) -> bool:
    """True for an answer with no calls of any kind and no words."""
    if message.tool_calls or message.invalid_tool_calls:
        return False
    content = message.content
    return not (content.strip() if isinstance(content, str) else content)


def _answers(message: AIMessage, note: str) -> list[BaseMessage]:
    ids = [c.get("id") for c in message.invalid_tool_calls] + [c["id"] for c in message.tool_calls]
    names = [c.get("name") for c in message.invalid_tool_calls] + [
        c["name"] for c in message.tool_calls
    ]
    return [
        ToolMessage(content=note, tool_call_id=i or "missing-id", name=n or "?", status="error")
        for i, n in zip(ids, names, strict=True)
    ]


class TurnGuard(AgentMiddleware):
    """Prompt budget, round limit and tool-call repair around every model call."""

    def __init__(
        self,
        *,
        tool_names: Sequence[str],
        plan_summary: Callable[[], str],
        tool_tokens: int,
        budget: int,
        max_rounds: int,
        max_repairs: int,
        sink: EventSink | None = None,
        prompt: Callable[[str], str] = system_prompt,
        operations: dict[str, str] | None = None,
        listed: Sequence[str] | None = None,
    ) -> None:
        super().__init__()
        self.prompt = prompt
        self.operations = operations or {}
        self.tool_names = list(tool_names)
        #: The names a repair note lists: the tools the model is shown (all may be called).
        self.listed = list(listed) if listed is not None else self.tool_names
        self.plan_summary = plan_summary
        self.tool_tokens = tool_tokens
        self.budget = budget
        self.max_rounds = max_rounds
        self.max_repairs = max_repairs
        self.sink = sink or (lambda kind, data: None)
        self._order: list[str] = []
        self._turn_order = threading.Condition()
        self._history = HistoryMemo()

    def wrap_model_call(self, request: ModelRequest, handler: Handler) -> Any:
        """Fit the prompt, enforce the round limit, and repair unusable tool calls."""
        if rounds_this_turn(request.messages) >= self.max_rounds:
            self.sink("notice", {"reason": "round_limit", "rounds": self.max_rounds})
            return AIMessage(content=ROUND_LIMIT_TEXT)
        system = self.prompt(self.plan_summary())
        fixed = estimate_tokens(system) + self.tool_tokens
        messages: list[Any] = trim_history(request.messages, self.budget, fixed, self._history)
        request = request.override(messages=messages, system_message=SystemMessage(system),
                                   tools=shown_tools(request.tools))  # fmt: skip
        return self._call_with_repairs(request, handler)

    def _call_with_repairs(self, request: ModelRequest, handler: Handler) -> Any:
        extra: list[Any] = []
        attempts = 0
        while attempts <= self.max_repairs:
            attempts += 1
            response = handler(request.override(messages=[*request.messages, *extra]))
            ai = _last_ai(response)
            problems = call_problems(ai, self.tool_names, self.operations) if ai else []
            if extra and ai is not None and _blank(ai):
                break  # a correction answered with nothing: the model gave the call up
            if ai is None or not problems:
                self._sequence([c["id"] for c in ai.tool_calls] if ai is not None else [])
                return response
            self.sink("repair", {"problems": problems})
            note = repair_note(problems, self.listed)
            extra += [_sendable(ai), *_answers(ai, note)]
        self.sink("notice", {"reason": "repair_gave_up", "attempts": attempts})
        return AIMessage(content=REPAIR_GAVE_UP_TEXT)

    def _sequence(self, call_ids: list[str | None]) -> None:
        with self._turn_order:
            self._order = [i for i in call_ids if i]
            self._turn_order.notify_all()

    def wrap_tool_call(self, request: Any, handler: Callable[[Any], Any]) -> Any:
        """Run the tool calls of one message one at a time, in the order the model gave.

        LangGraph runs them in worker threads; later calls often build on earlier ones (add a
        stream, then allocate to it), so each waits for the calls before it to finish.
        """
        call_id = request.tool_call.get("id")
        with self._turn_order:
            while call_id in self._order and self._order[0] != call_id:
                self._turn_order.wait(timeout=1.0)
        try:
            return handler(request)
        finally:
            with self._turn_order:
                if call_id in self._order:
                    self._order.remove(call_id)
                self._turn_order.notify_all()


def tool_schema_tokens(tools: Sequence[BaseTool]) -> int:
    """Estimated prompt tokens of the tool schemas."""
    return tools_tokens([convert_to_openai_tool(t) for t in tools])


def build_agent(
    model: BaseChatModel,
    tools: Sequence[BaseTool],
    *,
    plan_summary: Callable[[], str],
    budget: int = 5000,
    max_rounds: int = 12,
    max_repairs: int = 2,
    sink: EventSink | None = None,
    prompt: Callable[[str], str] = system_prompt,
) -> Any:
    """The compiled agent graph for one session; ``prompt`` builds the system prompt from the
    plan's summary."""
    guard = TurnGuard(
        tool_names=[t.name for t in tools],
        plan_summary=plan_summary,
        tool_tokens=tool_schema_tokens(shown_tools(tools)),
        listed=[t.name for t in shown_tools(tools)],
        budget=budget,
        max_rounds=max_rounds,
        max_repairs=max_repairs,
        sink=sink,
        prompt=prompt,
        operations=tool_operations(tools),
    )
    return create_agent(model, list(tools), middleware=[guard])


def recursion_limit(max_rounds: int) -> int:
    """A graph step limit just above what ``max_rounds`` allows (model + tools per round)."""
    return 2 * max_rounds + 6


# -- what one turn streams to its caller ----------------------------------------------------

MAX_MESSAGE_CHARS = 4000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Half of a UTF-16 pair on its own: it cannot be encoded, so no page, save or export could
#: carry a message (or a plan) that kept it.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass
class TurnEvent:
    """One event of a turn.

    ``kind``: ``text`` (a streamed chunk of the answer), ``tool_call`` (``text`` is the tool
    name, ``data['args']``), ``tool_result`` (``text`` is the tool name, ``data`` the result),
    ``repair`` / ``notice`` (the loop corrected or stopped something), ``error``, and last
    ``final`` (``text`` is the whole reply, ``data['ok']``).
    """

    kind: str
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def clean_message(message: object) -> tuple[str, str | None, str | None]:
    """``(text, problem, notice)`` for a user message: a problem refuses it, a notice is a
    remark about what was cleaned. Nothing already recorded depends on the outcome."""
    if not isinstance(message, str):
        return "", "Your message must be text. Type an answer or a question.", None
    text, removed = _CONTROL.subn("", message)
    text, broken = _SURROGATE.subn("", text)
    text = text.strip()
    if not text:
        return "", "Your message is empty. Type an answer or a question (or 'skip').", None
    if len(text) > MAX_MESSAGE_CHARS:
        return (
            "",
            (
                f"Your message is {len(text):,} characters; the limit is {MAX_MESSAGE_CHARS:,}. "
                "Send it in shorter parts, or upload a long document such as a CV with the upload "
                "button. Nothing you recorded so far is lost."
            ),
            None,
        )
    notes = [f"{removed} control character(s)"] if removed else []
    notes += [f"{broken} character(s) that are not valid text"] if broken else []
    notice = f"Removed {' and '.join(notes)} from your message." if notes else None
    return text, None, notice
