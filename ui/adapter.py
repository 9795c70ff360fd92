"""Turns the planner session's history and turn events into chat messages for the page.

Text from the person, their CV or the model is shown as text: HTML is escaped here (the
chat also sanitises), and Markdown images are defused so no remote image loads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

ChatMessage = dict[str, str]
_ROLES = {"human": "user", "user": "user", "ai": "assistant", "assistant": "assistant"}


def shown(text: str) -> str:
    """Text made inert for the chat: HTML escaped, Markdown images turned into plain text."""
    return escape(text, quote=False).replace("![", "!\\[")


def _field(item: Any, *names: str) -> Any:
    for name in names:
        if isinstance(item, Mapping) and name in item:
            return item[name]
        if hasattr(item, name):
            return getattr(item, name)
    return None


def chat_messages(history: Iterable[Any]) -> list[ChatMessage]:
    """The session's history (dicts or message objects) as chat messages; tool traffic is left
    out, and empty messages are dropped."""
    out: list[ChatMessage] = []
    for item in history:
        role = _ROLES.get(str(_field(item, "role", "type") or ""))
        content = _field(item, "content", "text")
        if role is None or not isinstance(content, str) or not content.strip():
            continue
        out.append({"role": role, "content": shown(content)})
    return out


def event_kind(event: Any) -> str:
    """The kind of a turn event ('text', 'delta', 'tool', 'plan', 'error' ...), lower case."""
    if isinstance(event, str):
        return "delta"
    return str(_field(event, "kind", "type", "event") or "").lower()


def event_text(event: Any) -> str:
    """The text an event carries for the chat (empty when it carries none)."""
    if isinstance(event, str):
        return event
    value = _field(event, "text", "content", "delta", "message")
    return value if isinstance(value, str) else ""
