"""How large a plan may be, and what its text may hold.

The rules ask for 3 to 5 streams; the bounds below are several times what a real plan needs,
and small enough that every rule, score, forecast, export and panel of a plan at the bounds
stays quick (see ``docs/reliability.md``). A plan file beyond them is refused when read, naming
the bound, and an operation that would cross one is refused when applied. Text may not hold
control characters (other than tab and line breaks) or lone surrogates: they cannot be encoded
as UTF-8, so a plan holding one would break every page, export and save that touches it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from agent.plan.findings import Finding, error

#: Largest plan file read, in bytes (a full plan is a few kilobytes).
MAX_PLAN_BYTES = 1_000_000
#: Most items a plan holds, per list (``capacity.constraints``, ``review.questions`` and each
#: stream's or activity's risk ``factors`` too).
MAX_ITEMS: dict[str, int] = {
    "streams": 20,
    "activities": 50,
    "skills": 200,
    "time_blocks": 200,
    "feedback_loops": 200,
    "unknowns": 100,
    "constraints": 30,
    "questions": 30,
    "factors": 10,
}
#: Most items of any other list in a plan file.
MAX_OTHER_ITEMS = 200
#: Longest text field, in characters (a chat message holds at most 4,000).
MAX_TEXT_CHARS = 4000
#: Most digits of a whole number, and most characters of any number written in a plan file.
MAX_INTEGER_DIGITS = 30
MAX_NUMBER_CHARS = 100
#: Deepest nesting of a plan file (a plan nests four levels).
MAX_DEPTH = 8

_BAD_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\ud800-\udfff]")


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be kept in a plan, or ``None`` when it can."""
    found = _BAD_TEXT.search(text)
    if found is None:
        return None
    char = found.group(0)
    if "\ud800" <= char <= "\udfff":
        return f"holds a lone surrogate (U+{ord(char):04X}), which is not valid Unicode text"
    return f"holds a control character (U+{ord(char):04X})"


def strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a JSON-like value (keys included), with its dotted path."""
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, str):
            yield where, node
        elif isinstance(node, dict):
            for key, item in node.items():
                child = f"{where}.{key}" if where else str(key)
                if isinstance(key, str):
                    yield child, key
                stack.append((child, item))
        elif isinstance(node, list | tuple):
            stack.extend((f"{where}.{i}" if where else str(i), item) for i, item in enumerate(node))


def count_problem(name: str, count: int) -> str | None:
    """Why a list of ``count`` items named ``name`` is too long, or ``None``."""
    limit = MAX_ITEMS.get(name, MAX_OTHER_ITEMS)
    if count <= limit:
        return None
    what = name.replace("_", " ") if name in MAX_ITEMS else "items"
    return f"{count:,} {what}; a plan holds at most {limit:,}"


def plan_size_problem(plan: Any) -> tuple[str, str] | None:
    """``(path, why)`` for the first list of a plan (a ``Plan``) beyond its bound."""
    lists = {
        "streams": plan.streams,
        "activities": plan.activities,
        "skills": plan.skills,
        "time_blocks": plan.time_blocks,
        "feedback_loops": plan.feedback_loops,
        "unknowns": plan.unknowns,
        "capacity.constraints": plan.capacity.constraints if plan.capacity else [],
        "review.questions": plan.review.questions if plan.review else [],
    }
    for kind, owners in (("streams", plan.streams), ("activities", plan.activities)):
        lists |= {f"{kind}[{o.name}].factors": o.factors for o in owners}
    for path, items in lists.items():
        problem = count_problem(path.rpartition(".")[2], len(items))
        if problem:
            return path, problem
    return None


def size_finding(plan: Any) -> Finding | None:
    """An ``OP005`` error when a plan (the result of an operation) is beyond a bound; ``None``
    for a plan within them, or for anything that is not a plan (a refused transition)."""
    problem = plan_size_problem(plan) if hasattr(plan, "streams") else None
    if problem is None:
        return None
    path, why = problem
    return error("OP005", path, f"this change would leave {why}",
                 "remove or merge items first, or leave this one out")  # fmt: skip
