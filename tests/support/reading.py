"""What the reading layer takes as sure from one message, for tests that read messages."""

from __future__ import annotations

from agent.interviewer.reading import PlanView, Reading, read

NONE = PlanView()


def sure(message: str, ask: str, view: PlanView = NONE) -> list[Reading]:
    """The confident facts and changes read from ``message`` at the open question ``ask``."""
    return [r for r in read(message, view, ask) if r.act in {"fact", "change"} and r.confident]


def values(message: str, ask: str, view: PlanView = NONE) -> dict[str, float]:
    """The figures of :func:`sure`, by field."""
    return {str(r.field): float(r.value) for r in sure(message, ask, view)
            if isinstance(r.value, float)}  # fmt: skip


def stored(message: str, ask: str, *activities: str) -> dict[tuple[str, object], bool]:
    """(field, value) of each fact or change read, with whether it is stored as read (False:
    asked back) when the plan holds ``activities``."""
    view = PlanView(activities=tuple(activities))
    return {
        (str(r.field), r.value): r.confident
        for r in read(message, view, ask)
        if r.act in {"fact", "change"}
    }


def sure_names(message: str, ask: str = "activities", view: PlanView = NONE) -> list[str]:
    """The names of work read from ``message`` and stored as read (not asked back)."""
    return [
        str(r.value)
        for r in read(message, view, ask)
        if r.act == "fact" and r.field == "activity" and r.confident
    ]
