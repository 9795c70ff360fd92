"""Search filters by role, context and stage, as Chroma ``where`` clauses over card metadata."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from knowledge.cards import ANY_ROLE, CONTEXTS, ROLES, STAGES


def _names(value: Sequence[str] | str | None, allowed: Sequence[str], kind: str) -> list[str]:
    if value is None:
        return []
    names = [value] if isinstance(value, str) else list(value)
    names = [n.strip().lower() for n in names if n.strip()]
    unknown = [n for n in names if n not in allowed]
    if unknown:
        raise ValueError(f"unknown {kind} {unknown}; choose from {', '.join(allowed)}")
    return names


def context_names(value: Sequence[str] | str | None) -> list[str]:
    """The context names in ``value``, lower-cased; raises ``ValueError`` listing the valid
    names on an unknown one."""
    return _names(value, CONTEXTS, "context")


def _any_of(clauses: list[dict[str, Any]]) -> dict[str, Any]:
    return clauses[0] if len(clauses) == 1 else {"$or": clauses}


def build_where(
    roles: Sequence[str] | str | None = None,
    contexts: Sequence[str] | str | None = None,
    stage: Sequence[str] | str | None = None,
) -> dict[str, Any] | None:
    """The ``where`` clause for these filters, or ``None`` when there is none.

    A context matches cards naming it or 'general'; a role matches cards naming it or no role.
    """
    clauses: list[dict[str, Any]] = []
    role_names = _names(roles, ROLES, "role")
    if role_names:
        clauses.append(_any_of([{f"role_{r}": True} for r in role_names] + [{ANY_ROLE: True}]))
    context_names = _names(contexts, CONTEXTS, "context")
    if context_names:
        wanted = sorted(set(context_names) | {"general"})
        clauses.append(_any_of([{f"ctx_{c}": True} for c in wanted]))
    stages = _names(stage, STAGES, "stage")
    if stages:
        clauses.append({"stage": stages[0]} if len(stages) == 1 else {"stage": {"$in": stages}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
