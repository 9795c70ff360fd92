"""The edge in a combination, offered at the core-skill question (pure: no LangChain).

Before the core-skill question the interviewer calls the read-only ``find_skill_edges`` tool
beside its guidance search; :func:`read_edges` keeps the best combination in the state and
:func:`hint` puts it in the question: "Your skills may combine into an edge: ...".
"""

from __future__ import annotations

from typing import Any

from agent.interviewer.state import State
from agent.plan.edge import OWN_LABEL
from agent.plan.models import Plan

#: Where the line is kept in ``State.cards`` (beside the cited cards, keyed by question id).
KEY = "core:edge"


def read_edges(state: State, plan: Plan, body: dict[str, Any]) -> list[str]:
    """Keep the best combination's line for the core question; nothing is said now."""
    edges = body.get("edges") or []
    if body.get("status") != "ok" or not edges:
        state.cards[KEY] = []
        return []
    best = edges[0]
    skills = " + ".join(str(s) for s in best.get("skills", []))
    fields = [str(e.get("family", "")) for e in best.get("evidence", [])]
    own = all(f == OWN_LABEL for f in fields)
    said = "" if own else f" ({'; '.join(f for f in fields if f != OWN_LABEL).lower()})"
    state.cards[KEY] = [
        f"Your skills may combine into an edge: {skills}{said}, a mix fewer people hold "
        "than any one of them. "
    ]
    return []


def hint(state: State) -> str:
    """The line for the core-skill question ('' when no combination qualified)."""
    lines = state.cards.get(KEY) or []
    if not lines:
        return ""
    return lines[0] + "A core skill can be such a mix. "
