"""What changed between two versions of a plan: ``diff(before, after) -> list[Change]``.

Lists are matched by their natural key (a stream by id, an activity or skill by name, a loop by
its two ends and kind), so reordering is not a change. The ``as_of`` stamp is bookkeeping and
is left out. Pure and deterministic: the same two plans always give the same changes, in plan
order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from pydantic import BaseModel

from agent.plan.models import Plan

ChangeKind = Literal["added", "removed", "changed"]


class Change(BaseModel):
    """One difference between two versions of a plan."""

    kind: ChangeKind
    path: str
    before: Any = None
    after: Any = None
    summary: str


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dict):
        return str(value.get("name") or value.get("id") or value)
    return str(value)


def _fields(path: str, before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    for key in before.keys() | after.keys():
        old, new = before.get(key), after.get(key)
        if old != new:
            changes.append(
                Change(
                    kind="changed",
                    path=f"{path}.{key}",
                    before=old,
                    after=new,
                    summary=f"{path}.{key}: {_show(old)} -> {_show(new)}",
                )
            )
    return sorted(changes, key=lambda c: c.path)


def _keyed(
    label: str,
    before: Sequence[BaseModel],
    after: Sequence[BaseModel],
    key: Callable[[dict[str, Any]], str],
) -> list[Change]:
    # Which audit fields were answered follows from their values changing: not a change itself.
    old = {key(d): d for d in (m.model_dump(mode="json", exclude={"answered"}) for m in before)}
    new = {key(d): d for d in (m.model_dump(mode="json", exclude={"answered"}) for m in after)}
    changes = [
        Change(kind="removed", path=f"{label}[{k}]", before=v, summary=f"removed {label} {k}")
        for k, v in old.items()
        if k not in new
    ]
    for k, v in new.items():
        if k not in old:
            changes.append(
                Change(kind="added", path=f"{label}[{k}]", after=v, summary=f"added {label} {k}")
            )
        elif old[k] != v:
            changes += _fields(f"{label}[{k}]", old[k], v)
    return changes


def _section(label: str, before: BaseModel | None, after: BaseModel | None) -> list[Change]:
    if before is None and after is None:
        return []
    if before is None or after is None:
        kind: ChangeKind = "added" if before is None else "removed"
        value = (after or before).model_dump(mode="json")  # type: ignore[union-attr]
        return [
            Change(
                kind=kind,
                path=label,
                before=None if kind == "added" else value,
                after=value if kind == "added" else None,
                summary=f"{kind} {label}",
            )
        ]
    return _fields(label, before.model_dump(mode="json"), after.model_dump(mode="json"))


def diff(before: Plan, after: Plan) -> list[Change]:
    """Every difference from ``before`` to ``after``; empty when they hold the same plan."""
    changes = _section("profile", before.profile, after.profile)
    changes += _section("capacity", before.capacity, after.capacity)
    if before.currency != after.currency:
        changes.append(
            Change(
                kind="changed",
                path="currency",
                before=before.currency,
                after=after.currency,
                summary=f"currency: {before.currency or 'none'} -> {after.currency or 'none'}",
            )
        )
    if before.core_skill != after.core_skill:
        changes.append(
            Change(
                kind="changed",
                path="core_skill",
                before=before.core_skill,
                after=after.core_skill,
                summary=f"core skill: {before.core_skill} -> {after.core_skill}",
            )
        )
    changes += _keyed("activities", before.activities, after.activities, lambda d: d["name"])
    changes += _keyed("skills", before.skills, after.skills, lambda d: d["name"].casefold())
    changes += _keyed("streams", before.streams, after.streams, lambda d: d["id"])
    changes += _keyed("time_blocks", before.time_blocks, after.time_blocks, lambda d: d["id"])
    changes += _keyed(
        "feedback_loops",
        before.feedback_loops,
        after.feedback_loops,
        lambda d: f"{d['from_stream']}->{d['to_stream']}:{d['kind']}",
    )
    changes += _section("review", before.review, after.review)
    changes += _keyed("unknowns", before.unknowns, after.unknowns, lambda d: d["field"])
    return changes
