"""Keep every model request inside a prompt-token budget.

The plan's current state travels in the system prompt (see :func:`summarise_plan`), so old
turns carry no information the model needs and can be dropped, oldest first, at turn
boundaries. Tool results of earlier turns, which the model has already answered, are sent
shortened (:func:`brief_result`), so a request keeps more of what was said.

Tokens are estimated as characters / 4 (rounded up, plus a few per message): tiktoken would
need to download its encoding files, which this product never does, and the estimate runs
high for English prose, which errs on the safe side.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import BaseMessage, HumanMessage, ToolMessage

PER_MESSAGE_OVERHEAD = 4
#: What an earlier turn's tool result keeps: its outcome, never the detail already answered.
BRIEF_KEYS = ("status", "changed", "new_ids", "codes", "errors", "plan")
#: Characters kept of an earlier tool result that is not a JSON object.
BRIEF_CHARS = 200
#: Headroom kept below the budget for what the estimate cannot see (wire framing, names).
SAFETY = 0.9


def estimate_tokens(text: str) -> int:
    """Estimated tokens of ``text``."""
    return math.ceil(len(text) / 4)


def message_tokens(message: BaseMessage) -> int:
    """Estimated tokens of one message, its tool calls included."""
    content = message.content if isinstance(message.content, str) else json.dumps(message.content)
    calls = getattr(message, "tool_calls", None) or []
    invalid = getattr(message, "invalid_tool_calls", None) or []
    extra = json.dumps([*calls, *invalid]) if calls or invalid else ""
    return estimate_tokens(content) + estimate_tokens(extra) + PER_MESSAGE_OVERHEAD


def tools_tokens(tool_schemas: Sequence[dict[str, Any]]) -> int:
    """Estimated tokens of the tool schemas sent with every request."""
    return estimate_tokens(json.dumps(list(tool_schemas)))


def turn_starts(messages: Sequence[BaseMessage]) -> list[int]:
    """Indexes of the messages that open a user turn; the planner's opening words (before
    the person first typed) belong to the first turn."""
    starts = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    return [0, *starts[1:]] if starts else starts


def brief_result(content: str) -> str:
    """An earlier turn's tool result in short: the :data:`BRIEF_KEYS` of a JSON object and the
    titles of guidance cards; other text cut to :data:`BRIEF_CHARS` characters."""
    try:
        data = json.loads(content)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return content if len(content) <= BRIEF_CHARS else content[:BRIEF_CHARS] + " ..."
    brief = {k: data[k] for k in BRIEF_KEYS if k in data}
    if isinstance(data.get("cards"), list):
        brief["cards"] = [c.get("title") for c in data["cards"] if isinstance(c, dict)]
    brief["shortened"] = True
    shorter = json.dumps(brief, ensure_ascii=False)
    return shorter if len(shorter) < len(content) else content


def _briefed(message: BaseMessage) -> BaseMessage:
    if not isinstance(message, ToolMessage) or not isinstance(message.content, str):
        return message
    return message.model_copy(update={"content": brief_result(message.content)})


class HistoryMemo:
    """Each message's estimated tokens and shortened copy, kept while the message stays in
    the conversation, so a turn of many rounds does not redo them for the whole history at
    every round. Keyed by the message object (messages are never changed in place: a changed
    message is a new object), which the memo holds so that its key stays its own."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[BaseMessage, int, BaseMessage | None, int]] = {}

    def keep_only(self, messages: Sequence[BaseMessage]) -> None:
        """Forget the messages that left the conversation."""
        known = self._known
        self._known = {id(m): known[id(m)] for m in messages if id(m) in known}

    def _entry(self, message: BaseMessage) -> tuple[BaseMessage, int, BaseMessage | None, int]:
        entry = self._known.get(id(message))
        if entry is None or entry[0] is not message:
            entry = (message, message_tokens(message), None, 0)
            self._known[id(message)] = entry
        return entry

    def tokens(self, message: BaseMessage) -> int:
        """:func:`message_tokens` of ``message``."""
        return self._entry(message)[1]

    def briefed(self, message: BaseMessage) -> tuple[BaseMessage, int]:
        """``message`` as an earlier turn sends it (tool results shortened), and its tokens."""
        original, tokens, brief, brief_tokens = self._entry(message)
        if brief is None:
            brief = _briefed(message)
            brief_tokens = tokens if brief is message else message_tokens(brief)
            self._known[id(message)] = (original, tokens, brief, brief_tokens)
        return brief, brief_tokens


def trim_history(
    messages: Sequence[BaseMessage],
    budget: int,
    fixed_tokens: int,
    memo: HistoryMemo | None = None,
) -> list[BaseMessage]:
    """The longest tail of whole turns that fits ``budget`` beside ``fixed_tokens``.

    ``fixed_tokens`` counts the system prompt and tool schemas. The current (last) turn is
    always kept whole, so the model sees every tool result it is answering; earlier turns'
    tool results are shortened by :func:`brief_result`. ``memo`` remembers the messages'
    costs from one call to the next (the same answer, without redoing them).
    """
    memo = memo or HistoryMemo()
    memo.keep_only(messages)
    room = int(budget * SAFETY) - fixed_tokens
    starts = turn_starts(messages) or [0]
    sent: list[BaseMessage] = []
    costs: list[int] = []
    for i, m in enumerate(messages):
        m, cost = memo.briefed(m) if i < starts[-1] else (m, memo.tokens(m))
        sent.append(m)
        costs.append(cost)
    keep_from = starts[-1]
    used = sum(costs[keep_from:])
    for start in reversed(starts[:-1]):
        cost = sum(costs[start:keep_from])
        if used + cost > room:
            break
        used += cost
        keep_from = start
    return sent[keep_from:]


def _flat(text: Any) -> str:
    """Text a person (or a file) wrote, on one line: it cannot add a line to the summary."""
    return " ".join(str(text).split())


def summarise_plan(plan: Any) -> str:
    """A compact, model-readable summary of a plan (a ``agent.plan.models.Plan``); every name
    and note in it is flattened to one line."""
    if plan is None:
        return "(empty)"
    lines = [_capacity_line(plan)]
    if plan.activities:
        lines.append("activities: " + "; ".join(_activity(a) for a in plan.activities))
    if plan.skills:
        lines.append("skills: " + ", ".join(_skill(s) for s in plan.skills))
    lines.append(f"core skill: {_flat(plan.core_skill or '-')}")
    lines.append("streams: " + ("; ".join(_stream(s, plan) for s in plan.streams) or "-"))
    if plan.feedback_loops:
        loops = (
            f"{_flat(x.from_stream)} {x.kind} {_flat(x.to_stream)}" for x in plan.feedback_loops
        )
        lines.append("loops: " + ", ".join(loops))
    lines.append(f"review: {plan.review.date.isoformat() if plan.review else '-'}")
    if plan.unknowns:
        lines.append("unknown: " + ", ".join(_flat(u.field) for u in plan.unknowns))
    return "\n".join(lines)


def _capacity_line(plan: Any) -> str:
    cap = plan.capacity
    context = plan.profile.context
    if cap is None:
        return f"capacity: -; context: {context}"
    buffer = "-" if cap.cash_buffer is None else f"{cap.cash_buffer:g}"
    constraints = ", ".join(_flat(c) for c in cap.constraints) or "none"
    return (
        f"capacity: {cap.hours_per_week:g} h/week (constraints: {constraints}; cash buffer: "
        f"{buffer}); context: {context}"
    )


def _factors(item: Any) -> str:
    """What an item relies on, e.g. ', relies on client Westshire council' ('' for none)."""
    found = [f"{f.kind} {_flat(f.label)}" for f in getattr(item, "factors", [])]
    return f", relies on {' & '.join(found)}" if found else ""


def _activity(a: Any) -> str:
    return (
        f"{_flat(a.name)} ({a.hours_per_week:g} h, {a.annual_revenue:g}/yr, {a.energy}"
        f"{_factors(a)})"
    )


def _skill(s: Any) -> str:
    flags = ("*" if s.under_used else "") + ("" if s.confirmed else "?")
    return f"{_flat(s.name)}{flags}"


def _stream(s: Any, plan: Any) -> str:
    blocks = sum(1 for b in plan.time_blocks if b.stream_id == s.id)
    return (
        f"{_flat(s.id)} [{s.role}] {s.target_hours:g} h, {s.target_income_share:g}% income, "
        f"{blocks} blocks{_factors(s)}"
    )
