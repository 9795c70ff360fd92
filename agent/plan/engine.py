"""Applying operations: ``apply`` one step with the rules as gate, ``replay`` an event log.

An operation is refused when it would add a draft error: an error whose (code, path) was not
in the plan before. Errors that already existed (say, in an imported plan) do not block
unrelated operations, so a person can repair a plan one step at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from agent.plan import operations as ops
from agent.plan.findings import Finding, Outcome
from agent.plan.models import Plan
from agent.plan.operations import Operation
from agent.plan.rules import checked_and_missing, draft_findings, missing
from agent.plan.transitions import transition


def apply(
    plan: Plan, operation: Operation, *, today: dt.date, findings: Sequence[Finding] | None = None
) -> Outcome:
    """Apply one operation.

    Accepted: the new plan (its ``as_of`` set to ``today``), its draft findings and what is
    still missing. Refused: the errors that blocked it, and the plan exactly as it was.
    ``findings``: the plan's own draft findings when the caller holds them (those of the
    outcome that made it), which spares running the draft rules on it again.
    """
    if isinstance(operation, ops.LIST_OPERATIONS):
        return _apply_steps(plan, operation.steps(), today, findings)
    result = transition(plan, operation)
    if isinstance(result, Finding):
        return _refused(plan, [result], today)
    known = draft_findings(plan) if findings is None else findings
    before = {f.key for f in known if f.severity == "error"}
    # The draft rules never read ``as_of``: the new plan's findings serve both the gate and
    # the outcome, so they run once.
    new_plan = result.model_copy(update={"as_of": today})
    drafts = draft_findings(new_plan)
    added = [f for f in drafts if f.severity == "error" and f.key not in before]
    if added:
        return _refused(plan, added, today)
    findings, still_missing = checked_and_missing(new_plan, drafts, today=today)
    return Outcome(accepted=True, plan=new_plan, findings=findings, missing=still_missing)


def _apply_steps(
    plan: Plan, steps: Sequence[ops.Op], today: dt.date, findings: Sequence[Finding] | None
) -> Outcome:
    """A list operation: each step gated as if applied on its own; the first refused step
    refuses the whole (with its errors) and the plan stays as it was."""
    outcome = Outcome(accepted=True, plan=plan, findings=list(findings or []), missing=[])
    for step in steps:
        outcome = apply(outcome.plan, step, today=today, findings=findings)  # type: ignore[arg-type]
        if not outcome.accepted:
            return _refused(plan, list(outcome.findings), today)
        findings = outcome.findings
    return outcome


def _refused(plan: Plan, errors: list[Finding], today: dt.date) -> Outcome:
    return Outcome(accepted=False, plan=plan, findings=errors, missing=missing(plan, today=today))


def replay(events: Sequence[Operation], *, today: dt.date, start: Plan | None = None) -> Plan:
    """Fold an event log into a plan.

    Each operation is applied as by :func:`apply` (a refused one changes nothing); ``undo``
    takes back the latest accepted operation not yet undone (an undo with nothing left to undo
    does nothing). Pure and deterministic: the same log and ``today`` give the same plan.
    """
    first = start if start is not None else Plan()
    stack: list[tuple[Plan, list[Finding] | None]] = [(first, None)]
    for operation in events:
        if operation.op == "undo":
            if len(stack) > 1:
                stack.pop()
            continue
        plan, findings = stack[-1]
        outcome = apply(plan, operation, today=today, findings=findings)
        if outcome.accepted:
            stack.append((outcome.plan, outcome.findings))
    return stack[-1][0]
