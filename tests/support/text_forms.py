"""How local models write tool calls as text: one writer per form, for scripting the stub.

Each writer takes ``(name, arguments)`` pairs and returns message content holding those calls
the way a model family writes them when it does not send ``tool_calls`` (see
``agent.textcalls`` for the reader).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

Call = tuple[str, dict[str, Any]]


def _json(call: Call, key: str = "arguments") -> str:
    return json.dumps({"name": call[0], key: call[1]})


def _python(call: Call) -> str:
    return f"{call[0]}({', '.join(f'{k}={v!r}' for k, v in call[1].items())})"


def _xml(call: Call) -> str:
    def value(v: Any) -> str:
        return v if isinstance(v, str) else json.dumps(v)

    params = "".join(f"<parameter={k}>\n{value(v)}\n</parameter>\n" for k, v in call[1].items())
    return f"<tool_call>\n<function={call[0]}>\n{params}</function>\n</tool_call>"


#: form -> writer. Every writer carries any number of calls.
FORMS: dict[str, Callable[[list[Call]], str]] = {
    "bare-json": lambda calls: "\n".join(_json(c) for c in calls),
    "bare-parameters": lambda calls: "Noted. " + " ".join(_json(c, "parameters") for c in calls),
    "json-list": lambda calls: "[" + ", ".join(_json(c) for c in calls) + "]",
    "hermes": lambda calls: (
        "Let me record that.\n" + "\n".join(f"<tool_call>\n{_json(c)}\n</tool_call>" for c in calls)
    ),
    "qwen3-coder-xml": lambda calls: "\n".join(_xml(c) for c in calls),
    "llama-python-tag": lambda calls: (
        "<|python_tag|>" + "; ".join(_json(c, "parameters") for c in calls) + "<|eom_id|>"
    ),
    "llama-python-tag-call": lambda calls: "<|python_tag|>" + "; ".join(map(_python, calls)),
    "llama-function-tag": lambda calls: "".join(
        f"<function={c[0]}>{json.dumps(c[1])}</function>" for c in calls
    ),
    "mistral": lambda calls: "[TOOL_CALLS][" + ", ".join(_json(c) for c in calls) + "]",
    "fenced-json": lambda calls: (
        "Here you go:\n```json\n"
        + json.dumps([{"name": n, "arguments": a} for n, a in calls], indent=2)
        + "\n```"
    ),
    "pythonic-list": lambda calls: "[" + ", ".join(map(_python, calls)) + "]",
    "python-literal": lambda calls: "\n".join(repr({"name": n, "arguments": a}) for n, a in calls),
}

#: Text that shows a call's text reached the person.
CALL_TEXT = ('"arguments"', '"parameters"', "'arguments'", "<tool_call>", "<|python_tag|>",
             "<function=", "[TOOL_CALLS]", "```")  # fmt: skip


def write_calls(form: str, calls: list[Call]) -> str:
    """``calls`` written as text in ``form`` (a key of :data:`FORMS`)."""
    return FORMS[form](calls)
