"""Checking a plan: ``check`` runs the rules, ``missing`` says what a final plan still needs
(with rule codes, for a model), ``needs`` says it to a person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from agent.plan.findings import Finding
from agent.plan.models import Plan
from agent.plan.rules_draft import DRAFT_RULES
from agent.plan.rules_final import FINAL_RULES

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def check(plan: Plan, *, final: bool, today: dt.date) -> list[Finding]:
    """All findings for a plan: the draft rules, plus the final rules when ``final``.

    Findings are sorted by severity (errors first), then by code, then by path.
    """
    return _checked(plan, draft_findings(plan), final=final, today=today)


def draft_findings(plan: Plan) -> list[Finding]:
    """Every draft rule's findings, rule by rule (unsorted): what :func:`check` starts from."""
    return [f for rule in DRAFT_RULES for f in rule(plan)]


def _checked(plan: Plan, drafts: list[Finding], *, final: bool, today: dt.date) -> list[Finding]:
    found = list(drafts)
    if final:
        found += [f for rule in FINAL_RULES for f in rule(plan, today)]
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda f: (_SEVERITY_ORDER[f.severity], f.code, f.path))


def draft_errors(plan: Plan) -> list[Finding]:
    """The draft errors alone: what blocks an operation."""
    return [f for f in draft_findings(plan) if f.severity == "error"]


def missing(plan: Plan, *, today: dt.date | None = None) -> list[str]:
    """What the plan still needs before it can be final, in plain words.

    ``today`` dates the review window; when omitted the plan's ``as_of`` is used, and when
    that is unset too, any review date counts as set.
    """
    reference = today or plan.as_of or (plan.review.date if plan.review else dt.date.min)
    return _missing(plan, check(plan, final=True, today=reference))


def _missing(plan: Plan, final_findings: list[Finding]) -> list[str]:
    needs: list[str] = []
    if plan.capacity is None:
        needs.append("the weekly capacity: how many hours a week you can really give")
    if not plan.activities:
        needs.append("the audit: what you do today, with revenue, hours and what it teaches")
    final_errors = [f for f in final_findings if f.severity == "error"]
    needs += [f"{f.message} ({f.code}: {f.fix})" for f in final_errors]
    return needs


def checked_and_missing(
    plan: Plan, drafts: list[Finding], *, today: dt.date
) -> tuple[list[Finding], list[str]]:
    """``check(plan, final=False, today=today)`` and ``missing(plan, today=today)`` from the
    plan's :func:`draft_findings` (``drafts``), so one step runs the draft rules once."""
    found = _checked(plan, drafts, final=False, today=today)
    return found, _missing(plan, _checked(plan, drafts, final=True, today=today))


#: What a final-rule error asks of the person, in their words (the rule code stays beside it).
PLAIN_NEEDS: dict[str, str] = {
    "PC001": "3 to 5 streams of work",
    "PC002": "one anchor: the steady stream that funds the rest",
    "PC005": "hours a week for each stream",
    "PC006": "income targets that add up to 100 %",
    "PC011": "feedback loops that join every stream to another",
    "PC017": "time blocks in your week for each stream",
    "PC020": "a date for your first quarterly review",
    "PC021": "your core skill: the one worth 10,000 hours",
}


@dataclass(frozen=True)
class Need:
    """One thing a final plan still needs: in plain words, with the rule behind it."""

    text: str
    code: str = ""
    detail: str = ""


def needs(plan: Plan, *, today: dt.date | None = None) -> list[Need]:
    """What the plan still needs, said to a person: one line per rule, codes kept aside."""
    reference = today or plan.as_of or (plan.review.date if plan.review else dt.date.min)
    found: list[Need] = []
    if plan.capacity is None:
        found.append(Need("the hours a week you can really give"))
    if not plan.activities:
        found.append(Need("what you do today: your jobs, projects and unpaid work"))
    # Without streams, "3 to 5 streams" says it all: their hours and shares come with them.
    seen = set() if plan.streams else {"PC005", "PC006"}
    for f in check(plan, final=True, today=reference):
        if f.severity != "error" or f.code in seen:
            continue
        seen.add(f.code)
        found.append(Need(PLAIN_NEEDS.get(f.code, f.message), f.code, f"{f.message}. {f.fix}"))
    return found
