"""Checking a plan: ``check`` runs the rules, ``missing`` says what a final plan still needs."""

from __future__ import annotations

import datetime as dt

from agent.plan.findings import Finding
from agent.plan.models import Plan
from agent.plan.rules_draft import DRAFT_RULES
from agent.plan.rules_final import FINAL_RULES

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def check(plan: Plan, *, final: bool, today: dt.date) -> list[Finding]:
    """All findings for a plan: the draft rules, plus the final rules when ``final``.

    Findings are sorted by severity (errors first), then by code, then by path.
    """
    found = [f for rule in DRAFT_RULES for f in rule(plan)]
    if final:
        found += [f for rule in FINAL_RULES for f in rule(plan, today)]
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda f: (_SEVERITY_ORDER[f.severity], f.code, f.path))


def draft_errors(plan: Plan) -> list[Finding]:
    """The draft errors alone: what blocks an operation."""
    return [f for rule in DRAFT_RULES for f in rule(plan) if f.severity == "error"]


def missing(plan: Plan, *, today: dt.date | None = None) -> list[str]:
    """What the plan still needs before it can be final, in plain words.

    ``today`` dates the review window; when omitted the plan's ``as_of`` is used, and when
    that is unset too, any review date counts as set.
    """
    reference = today or plan.as_of or (plan.review.date if plan.review else dt.date.min)
    needs: list[str] = []
    if plan.capacity is None:
        needs.append("the weekly capacity: how many hours a week you can really give")
    if not plan.activities:
        needs.append("the audit: what you do today, with revenue, hours and what it teaches")
    final_errors = [f for f in check(plan, final=True, today=reference) if f.severity == "error"]
    needs += [f"{f.message} ({f.code}: {f.fix})" for f in final_errors]
    return needs
