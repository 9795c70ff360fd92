"""Tool calls a model repeats from what it was sent are data, not decisions.

A model that "obeys" a message by writing it back (the person's message, a CV line in a tool
result, a name in an imported plan) would turn a tool call typed there into a call of its own
once calls written as text are read. Native tool calls cannot arise that way, so neither may
text ones: :class:`Seen` holds the texts of a request (and the JSON strings inside them) and
the calls written in them, and says whether a call found in the reply repeats one of them,
word for word or as the same tool with the same arguments. Such a span stays prose.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from agent.textcalls import TextCall, read_calls

__all__ = ["Seen"]

#: How deep JSON strings inside JSON strings are opened (a CV block inside a tool result).
DEPTH = 3


def _norm(text: str) -> str:
    return " ".join(text.split())


def _key(call: TextCall) -> str:
    if call.args is None:
        return f"{call.name}\0{_norm(call.raw)}"
    return f"{call.name}\0{json.dumps(call.args, sort_keys=True, default=str)}"


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)


def _embedded(text: str) -> Iterator[Any]:
    """The JSON values written inside ``text`` (a whole tool result, a block in a string)."""
    decoder, i = json.JSONDecoder(), 0
    while (i := _next_open(text, i)) >= 0:
        try:
            value, end = decoder.raw_decode(text, i)
        except (ValueError, RecursionError):
            i += 1
            continue
        yield value
        i = end


def _next_open(text: str, start: int) -> int:
    found = [j for j in (text.find("{", start), text.find("[", start)) if j >= 0]
    return min(found) if found else -1


def _pieces(text: str, depth: int = DEPTH) -> Iterator[str]:
    """``text`` and, ``depth`` levels down, the strings of the JSON written inside it."""
    yield text
    if depth:
        for value in _embedded(text):
            for leaf in _leaves(value):
                yield from _pieces(leaf, depth - 1)


class Seen:
    """What a request showed the model, for telling its own calls from repeated ones."""

    def __init__(self, texts: Iterable[str], tools: Collection[str]) -> None:
        pieces = [p for text in texts for p in _pieces(text) if p.strip()]
        self._texts = [_norm(p) for p in pieces]
        self._keys = {_key(c) for p in pieces for c in read_calls(p, tools).calls}

    def __call__(self, raw: str, calls: list[TextCall]) -> bool:
        """True when the span ``raw`` (holding ``calls``) repeats what the model was sent."""
        norm = _norm(raw)
        if norm and any(norm in text for text in self._texts):
            return True
        return any(_key(c) in self._keys for c in calls)
