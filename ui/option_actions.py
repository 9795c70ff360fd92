"""The "Options" view's actions: show the explorer's ranked portfolios and adopt one.

No domain logic: the candidates come from :func:`agent.plan.explore`, adoption is checked
first with :func:`agent.plan.adopt` (all or nothing) and then recorded through the session's
own ``apply``, so every step joins the session's event log exactly as a chat change would.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from agent.plan import Candidate, ExploreError, adopt, explore, plan_to_json
from agent.plan.operations import Undo
from agent.store_base import SessionBusyError
from ui.actions import Actions, View
from ui.adapter import shown
from ui.options import option_label, options_html, options_message

TOP = 5


@dataclass
class Shown:
    """The options shown to one tab, and the plan they were built for."""

    candidates: list[Candidate] = field(default_factory=list)
    plan_json: str = ""

    def choices(self) -> list[tuple[str, int]]:
        """(text, rank) pairs for the picker."""
        return [(option_label(c), c.rank) for c in self.candidates]


def show_options(actions: Actions, session_id: str | None) -> tuple[str, Shown]:
    """The ranked options for the session's plan, as HTML, and what was shown."""
    plan = actions.registry.get(session_id).plan
    try:
        found = explore(plan, today=actions.today(), top=TOP)
    except ExploreError as error:
        return options_message(error), Shown()
    html = options_html(found.candidates, found.notes)
    return html, Shown(list(found.candidates), plan_to_json(plan))


def adopt_option(
    actions: Actions, session_id: str | None, shown_options: Shown | None, rank: Any
) -> View:
    """Adopt the picked option through the session; on any refusal the plan is unchanged."""
    session = actions.registry.get(session_id)
    if not shown_options or not shown_options.candidates:
        return actions.view(session_id, "Press 'Show options' first, then pick one to adopt.")
    chosen = next((c for c in shown_options.candidates if str(c.rank) == str(rank)), None)
    if chosen is None:
        return actions.view(session_id, "Pick one of the options listed, then press 'Adopt'.")
    if plan_to_json(session.plan) != shown_options.plan_json:
        return actions.view(
            session_id,
            "Your plan changed since these options were shown; press 'Show options' again. "
            "Your plan is unchanged.",
        )
    dry = adopt(session.plan, chosen.operations, today=actions.today())
    if not dry.accepted:
        return actions.view(session_id, _refusal(dry.findings))
    hold = getattr(session, "hold", contextlib.nullcontext)
    try:
        with hold():  # no turn of another tab or instance between the steps
            refused = _apply_all(session, chosen.operations)
    except SessionBusyError as error:
        return actions.view(session_id, shown(f"{error} Your plan is unchanged."))
    if refused is not None:
        return actions.view(session_id, _refusal(refused))
    return actions.view(session_id, shown(f"Adopted option {chosen.rank}: {chosen.label}."))


def _apply_all(session: Any, operations: list[Any]) -> list[Any] | None:
    """Apply every step, or none: the findings of the step that was refused, else ``None``."""
    for applied, step in enumerate(operations):
        outcome = session.apply(step)
        if not outcome.accepted:
            # Take back the steps already recorded, so adoption stays all or nothing.
            for _ in range(applied):  # apply, not undo(): the lock is already held here
                session.apply(Undo())
            return list(outcome.findings)
    return None


def _refusal(findings: list[Any]) -> str:
    errors = [f for f in findings if getattr(f, "severity", "error") == "error"] or findings
    text = "; ".join(f"{f.code}: {f.message} ({f.fix})" for f in errors) or "refused"
    return shown(f"That option cannot be adopted: {text}. Your plan is unchanged.")
