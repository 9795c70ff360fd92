"""Tool calls that a model wrote as text instead of sending them as ``tool_calls``.

Small and mid-size local models often pick the right tool and arguments but write the call
into the message content. This module finds such calls in the forms local models use and
separates them from the prose around them; it knows nothing of LangChain or HTTP.

Forms read:

* a bare JSON object ``{"name": ..., "arguments": {...}}`` (or ``"parameters"``, or the
  OpenAI shape ``{"type": "function", "function": {...}}``), or a JSON list of them;
* Hermes / Qwen ``<tool_call>...</tool_call>`` (JSON inside, or Qwen3-Coder's
  ``<function=NAME><parameter=KEY>value</parameter></function>``);
* Llama 3.x ``<|python_tag|>`` followed by JSON or ``name(key=value)`` calls, and Llama's
  ``<function=NAME>{...}</function>``;
* Mistral ``[TOOL_CALLS][...]``;
* a fenced block (```json, ```tool_call, ```tool_code, or no language) holding any of these;
* a Python-style list ``[name(key=value), ...]`` of known tools (Llama 3.2's format);
* any of the JSON shapes written as a Python literal (single quotes, ``True``, ``None``),
  read by the same rules as JSON.

Wrapped forms (tags) are always call attempts: whatever they hold becomes a call, or an invalid
call that the agent loop answers with a correction. Unwrapped JSON counts as a call only when it
has a call's exact shape and either names a known tool or is the whole reply; anything else,
such as a JSON example in prose, a dict naming no tool, or code in a fence, stays prose.

:func:`read_calls` reads a complete reply; :class:`CallFilter` reads a streamed one and passes
prose on as soon as it is known not to be part of a call, so a call's text is never shown.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["CallFilter", "Echo", "Reading", "TextCall", "read_calls"]

#: Openings of wrapped calls and the texts that may close each (``[TOOL_CALLS]`` is closed by
#: its JSON's last bracket; an unclosed tag runs to the end of the reply).
_TAGS: dict[str, tuple[str, ...]] = {
    "<tool_call>": ("</tool_call>",),
    "<|python_tag|>": ("<|eom_id|>", "<|eot_id|>"),
    "<function=": ("</function>",),
    "[TOOL_CALLS]": (),
}
_FENCE = "```"
_CALL_LANGS = {"", "json", "tool_call", "tool_code", "python", "py", "tool"}
_START = re.compile(r"<tool_call>|<\|python_tag\|>|<function=|\[TOOL_CALLS\]|```|\{|\[")
_LIST_START = re.compile(r"\[\s*(?:\{|[A-Za-z_][\w.]*\s*\()")
_PARTIAL_LIST = re.compile(r"\[\s*(?:[A-Za-z_][\w.]*\s*)?$")
_HEAD = re.compile(
    r"""^\s*\[?\s*\{\s*(["'])name\1\s*:\s*(["'])(?P<name>[^"'\\]{1,80})\2\s*"""
    r"""(?P<more>,\s*(["'])(?:arguments|parameters)\5\s*:)?"""
)
_FUNCTION = re.compile(r"<function=(?P<name>[^>\s]{1,80})>(?P<body>.*?)(?:</function>|$)", re.S)
_PARAMETER = re.compile(r"<parameter=(?P<key>[^>\s]{1,80})>(?P<value>.*?)(?:</parameter>|$)", re.S)
_SPECIAL = re.compile(r"<\|(?:eom_id|eot_id|im_end)\|>|</s>")
_ARG_KEYS = ("arguments", "parameters")
#: Characters that can end an opened candidate (a bracket, a tag, a fence).
_CLOSERS = "}])>`"
_NOT_OBJECT = "the arguments are not a JSON object"


@dataclass(frozen=True)
class TextCall:
    """One tool call read from text. ``args`` is None when they are not a JSON object."""

    name: str | None
    args: dict[str, Any] | None
    raw: str
    error: str = ""

    @property
    def valid(self) -> bool:
        """True when the call has a name and an object of arguments."""
        return bool(self.name) and self.args is not None


#: Whether a span (its raw text and calls) repeats what the model was given (``agent.echoes``).
Echo = Callable[[str, "list[TextCall]"], bool]


@dataclass
class Reading:
    """A reply split into the prose to show and the calls to run."""

    prose: str
    calls: list[TextCall] = field(default_factory=list)


@dataclass
class _Span:
    start: int
    end: int
    calls: list[TextCall] | None  # None: the span is prose


# -- the parts a call is read from -------------------------------------------------------


def _loads(text: str) -> Any:
    """``json.loads``; nesting too deep to read is a ``ValueError`` like any bad JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _decode_args(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            decoded = _loads(value)
        except ValueError:
            return None
        return decoded if isinstance(decoded, dict) else None
    return None


def _as_call(obj: Any, tools: Collection[str], raw: str) -> TextCall | None:
    """``obj`` as a call when it has exactly a call's shape, else None."""
    if not isinstance(obj, dict):
        return None
    inner = obj.get("function")
    if isinstance(inner, dict) and set(obj) <= {"function", "type", "id"}:
        obj = inner
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip():
        return None
    rest = set(obj) - {"name", "id", "type"}
    if not rest:  # a tool without arguments, written as {"name": ...}
        return TextCall(name.strip(), {}, raw) if name.strip() in tools else None
    if len(rest) != 1 or next(iter(rest)) not in _ARG_KEYS:
        return None
    value = obj[next(iter(rest))]
    args = _decode_args(value)
    return TextCall(name.strip(), args, raw, "" if args is not None else _NOT_OBJECT)


def _json_calls(value: Any, tools: Collection[str], raw: str) -> list[TextCall] | None:
    """Calls in a decoded JSON value (an object or a non-empty list), or None."""
    items = value if isinstance(value, list) else [value]
    if not items:
        return None
    calls = [_as_call(item, tools, raw) for item in items]
    return None if any(c is None for c in calls) else [c for c in calls if c is not None]


def _literal(node: ast.AST) -> Any:
    return ast.literal_eval(node)


def _literal_calls(body: str, tools: Collection[str], raw: str) -> list[TextCall] | None:
    """Calls written as a Python literal (``{'name': ..., 'arguments': {...}}``, single quotes,
    ``True``/``None``), as some small models write JSON; None when ``body`` is not one."""
    if not body.lstrip().startswith(("{", "[")):
        return None
    try:
        value = ast.literal_eval(body.strip())
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return None
    return _json_calls(value, tools, raw)


def _python_call(node: ast.AST, raw: str) -> TextCall | None:
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return None
    name = node.func.id
    if node.args:
        return TextCall(name, None, raw, "give every argument by name (key=value)")
    try:
        args = {kw.arg: _literal(kw.value) for kw in node.keywords if kw.arg}
    except (ValueError, SyntaxError, TypeError, RecursionError):
        return TextCall(name, None, raw, "argument values must be plain literals")
    return TextCall(name, args, raw)


def _python_calls(source: str, raw: str) -> list[TextCall] | None:
    """Calls written as Python: ``f(a=1)``, ``[f(a=1), g()]`` or ``f(a=1); g()``."""
    try:
        tree = ast.parse(source.strip(), mode="exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    nodes: list[ast.AST] = []
    for statement in tree.body:
        if not isinstance(statement, ast.Expr):
            return None
        value = statement.value
        nodes += value.elts if isinstance(value, ast.List | ast.Tuple) else [value]
    calls = [_python_call(n, raw) for n in nodes]
    if not calls or any(c is None for c in calls):
        return None
    return [c for c in calls if c is not None]


def _json_values(text: str) -> list[Any] | None:
    """Every JSON value in ``text``, separated by whitespace or semicolons; None if any fails."""
    decoder, i = json.JSONDecoder(), 0
    values: list[Any] = []
    while True:
        while i < len(text) and (text[i].isspace() or text[i] == ";"):
            i += 1
        if i >= len(text):
            return values
        try:
            value, i = decoder.raw_decode(text, i)
        except (ValueError, RecursionError):
            return None
        values.append(value)


def _function_tag_calls(text: str, raw: str) -> list[TextCall]:
    """``<function=NAME>`` calls, with JSON arguments or ``<parameter=KEY>`` elements."""
    calls = []
    for match in _FUNCTION.finditer(text):
        name, body = match["name"], match["body"].strip()
        params = list(_PARAMETER.finditer(body))
        args: dict[str, Any] | None
        if params:
            args = {p["key"]: _parameter_value(p["value"].strip()) for p in params}
            calls.append(TextCall(name, args, raw))
            continue
        args = _decode_args(body or "{}")
        calls.append(TextCall(name, args, raw, "" if args is not None else _NOT_OBJECT))
    return calls


def _parameter_value(text: str) -> Any:
    try:
        return _loads(text)
    except ValueError:
        return text


def _invalid(body: str, raw: str) -> TextCall:
    head = _HEAD.match(body)
    return TextCall(head["name"] if head else None, None, raw, _NOT_OBJECT)


def _wrapped_calls(body: str, tools: Collection[str], raw: str) -> list[TextCall]:
    """Whatever a tag holds, as calls: a tag is a call attempt even when its body is broken."""
    if "<function=" in body:
        return _function_tag_calls(body, raw)
    values = _json_values(body)
    if values:
        found = [_json_calls(v, tools, raw) for v in values]
        if all(f is not None for f in found):
            return [c for f in found if f is not None for c in f]
        return [TextCall(None, None, raw, "a tool call needs a name and its arguments")]
    literal = _literal_calls(body, tools, raw)
    if literal:
        return literal
    python = _python_calls(body, raw)
    return python if python is not None else [_invalid(body, raw)]


# -- finding where a candidate ends ----------------------------------------------------


def _balanced_end(text: str, start: int, quotes: str = '"') -> int | None:
    """The index after the bracket that closes the one at ``start`` (None: not closed yet)."""
    depth, quote, i = 0, "", start
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in quotes:
            quote = ch
        elif ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _tag_end(text: str, start: int, tag: str) -> int | None:
    closers = _TAGS[tag]
    if tag == "[TOOL_CALLS]":
        at = start + len(tag)
        while at < len(text) and text[at].isspace():
            at += 1
        return _balanced_end(text, at) if at < len(text) and text[at] in "[{" else None
    found = [j + len(c) for c in closers if (j := text.find(c, start + len(tag))) >= 0]
    return min(found) if found else None


def _fence_end(text: str, start: int) -> int | None:
    newline = text.find("\n", start)
    close = text.find(_FENCE, newline + 1) if newline >= 0 else -1
    return None if close < 0 else close + len(_FENCE)


# -- deciding what a candidate is ------------------------------------------------------


class _Scanner:
    """Splits a reply into prose and call spans, left to right.

    With ``final`` False (a stream still arriving) a candidate whose end has not arrived, or
    whose meaning depends on what follows, is left undecided; decided spans never change as
    more text arrives, so the prose before them can be shown.
    """

    def __init__(
        self, text: str, tools: Collection[str], final: bool, echo: Echo | None = None
    ) -> None:
        self.text, self.tools, self.final = text, frozenset(tools), final
        self.echo = echo

    def spans(self, pos: int) -> tuple[list[_Span], int]:
        """The decided spans from ``pos`` and where the undecided text begins."""
        out: list[_Span] = []
        while pos < len(self.text):
            match = _START.search(self.text, pos)
            if match is None:
                hold = self._held_tail(pos)
                out.append(_Span(pos, hold, None))
                return out, hold
            if match.start() > pos:
                out.append(_Span(pos, match.start(), None))
            decided = self._candidate(match.start(), match.group())
            if decided is None:
                return out, match.start()
            if decided.calls and self.echo and self.echo(self.text[decided.start : decided.end],
                                                         decided.calls):  # fmt: skip
                decided.calls = None  # repeated from the model's input: data, not a call
            out.append(decided)
            pos = decided.end
        return out, pos

    def _held_tail(self, pos: int) -> int:
        """Where a possible opening of a call begins at the end of the text (not final)."""
        if self.final:
            return len(self.text)
        text = self.text
        for i in range(max(pos, len(text) - 14), len(text)):
            tail = text[i:]
            if any(t.startswith(tail) for t in (*_TAGS, _FENCE)) or _PARTIAL_LIST.fullmatch(tail):
                return i
        return len(text)

    def _candidate(self, start: int, opening: str) -> _Span | None:
        if opening in _TAGS:
            return self._tag(start, opening)
        if opening == _FENCE:
            return self._fence(start)
        if opening == "[" and not _LIST_START.match(self.text, start):
            if not self.final and _PARTIAL_LIST.fullmatch(self.text[start:]):
                return None
            return _Span(start, start + 1, None)
        return self._bare(start)

    def _tag(self, start: int, tag: str) -> _Span | None:
        end = _tag_end(self.text, start, tag)
        if end is None and not self.final:
            return None
        end = len(self.text) if end is None else end
        raw = self.text[start:end]
        body = raw if tag == "<function=" else raw[len(tag) :]
        body = _SPECIAL.sub("", body.replace("</tool_call>", ""))
        return _Span(start, end, _wrapped_calls(body, self.tools, raw.strip()))

    def _fence(self, start: int) -> _Span | None:
        end = _fence_end(self.text, start)
        if end is None and not self.final:
            return None
        end = len(self.text) if end is None else end
        raw = self.text[start:end]
        first, _, rest = raw[3:].partition("\n")
        body = rest[:-3] if rest.rstrip().endswith(_FENCE) else rest
        if first.strip().lower() not in _CALL_LANGS:
            return _Span(start, end, None)
        inner = body.strip()
        if any(inner.startswith(tag) for tag in _TAGS):
            return self._decided(start, end, self._wrapped(inner), whole_only=False)
        return self._unwrapped(start, end, inner, raw)

    def _wrapped(self, inner: str) -> list[TextCall]:
        tag = next(t for t in _TAGS if inner.startswith(t))
        body = inner if tag == "<function=" else inner[len(tag) :]
        body = _SPECIAL.sub("", body.replace("</tool_call>", ""))
        return _wrapped_calls(body, self.tools, inner)

    def _bare(self, start: int) -> _Span | None:
        pythonic = self.text[start] == "[" and not self.text[start + 1 :].lstrip().startswith("{")
        end = _balanced_end(self.text, start, "\"'" if pythonic else '"')
        if end is None and not self.final:
            return None
        end = len(self.text) if end is None else end
        raw = self.text[start:end]
        return self._unwrapped(start, end, raw, raw)

    def _unwrapped(self, start: int, end: int, body: str, raw: str) -> _Span | None:
        """JSON or Python-style calls outside any tag: calls only when clearly meant as one."""
        try:
            value = _loads(body)
        except ValueError:
            python = _python_calls(body, raw) if "(" in body else None
            if python is not None and all(c.name in self.tools for c in python):
                return _Span(start, end, python)
            literal = _literal_calls(body, self.tools, raw)
            if literal:
                known = all(c.name in self.tools for c in literal)
                return self._decided(start, end, literal, whole_only=not known)
            return self._malformed(start, end, body, raw)
        calls = _json_calls(value, self.tools, raw)
        if calls is None:
            return _Span(start, end, None)
        known = all(c.name in self.tools for c in calls)
        return self._decided(start, end, calls, whole_only=not known)

    def _malformed(self, start: int, end: int, body: str, raw: str) -> _Span | None:
        """Broken JSON that opens like a call: an invalid call (to correct), else prose."""
        head = _HEAD.match(body)
        if head is None:
            return _Span(start, end, None)
        call = [TextCall(head["name"], None, raw, _NOT_OBJECT)]
        if head["name"] in self.tools:
            return _Span(start, end, call)
        if head["more"] is None:  # {"name": ...} naming no tool, without arguments
            return _Span(start, end, None)
        return self._decided(start, end, call, whole_only=True)

    def _decided(
        self, start: int, end: int, calls: list[TextCall], *, whole_only: bool
    ) -> _Span | None:
        """A call span; with ``whole_only`` only when nothing but the call is in the reply."""
        if not whole_only:
            return _Span(start, end, calls)
        if self.text[:start].strip():
            return _Span(start, end, None)
        if not self.final:
            return None
        return _Span(start, end, calls if not _SPECIAL.sub("", self.text[end:]).strip() else None)


def _prose(text: str, spans: list[_Span]) -> str:
    return "".join(text[s.start : s.end] for s in spans if s.calls is None)


def _calls(spans: list[_Span]) -> Iterator[TextCall]:
    for span in spans:
        yield from span.calls or []


def read_calls(text: str, tools: Collection[str], echo: Echo | None = None) -> Reading:
    """Split a complete reply into its prose (stripped) and the calls written in it; a span
    ``echo`` says repeats the model's input stays prose."""
    spans, _ = _Scanner(text, tools, final=True, echo=echo).spans(0)
    calls = list(_calls(spans))
    prose = _prose(text, spans)
    return Reading(_SPECIAL.sub("", prose).strip() if calls else prose, calls)


class CallFilter:
    """Reads a streamed reply: :meth:`feed` returns the text safe to show now (prose known not
    to be part of a call); :meth:`finish` returns the rest of the prose and every call."""

    def __init__(self, tools: Collection[str], echo: Echo | None = None) -> None:
        self.tools = frozenset(tools)
        self.echo = echo
        self._text = ""
        self._decided = 0  # text before this index is decided and its prose shown
        self._calls: list[TextCall] = []
        self._open = False  # the undecided text starts with an opening (a tag, fence, bracket)

    def feed(self, chunk: str) -> str:
        """Add a chunk; return the newly decided prose."""
        self._text += chunk
        if self._open and not any(c in chunk for c in _CLOSERS):
            return ""  # nothing in the chunk can end what is open: no need to read it again
        return self._advance(final=False)

    def finish(self) -> tuple[str, list[TextCall]]:
        """The prose not shown yet and the calls of the whole reply."""
        rest = self._advance(final=True)
        if self._calls:
            rest = _SPECIAL.sub("", rest)
        return rest, list(self._calls)

    def _advance(self, *, final: bool) -> str:
        spans, upto = _Scanner(self._text, self.tools, final, self.echo).spans(self._decided)
        decided = [s for s in spans if s.end <= upto]
        self._calls += list(_calls(decided))
        self._decided = upto
        opening = _START.match(self._text, upto)
        self._open = opening is not None and opening.group() != "["  # "[" may be prose
        return _prose(self._text, decided)
