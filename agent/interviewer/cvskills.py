"""Skills read from an uploaded CV: proposing them and reading which ones the person wants.

The CV's text is untrusted; only the skill names (from the project's taxonomy) and a short
evidence line reach the plan, and only those the person confirms.
"""

from __future__ import annotations

from typing import Any

from agent.interviewer import choices, parse
from agent.interviewer.flow import Answer, call
from agent.plan.models import Plan
from knowledge.cv.audit import is_instruction_like
from knowledge.cv.models import read_data_block

EVIDENCE_CHARS = 160
MAX_PROPOSED = 12
CLARIFY_CV = "Say 'yes' to add them all, numbers such as '1, 3' to add some, or 'no'."


def proposals(body: dict[str, Any], plan: Plan) -> list[dict[str, str]]:
    """The CV's skills not yet in the plan, as ``{"name", "evidence"}`` (at most 12)."""
    known = {s.name.casefold() for s in plan.skills}
    found: list[dict[str, str]] = []
    for item in _listed(body):
        name = str(item.get("name", "")).strip()[:200]
        if name and name.casefold() not in known:
            known.add(name.casefold())
            evidence = " ".join(str(item.get("evidence", "")).split())
            evidence = "" if is_instruction_like(evidence) else evidence[:EVIDENCE_CHARS]
            found.append({"name": name, "evidence": evidence})
    return found[:MAX_PROPOSED]


def _listed(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The proposals: a list, or inside the CV data block (as the ``audit_cv`` tool sends them)."""
    proposals = body.get("proposals")
    if proposals is None and isinstance(body.get("cv"), str):
        data = read_data_block(body["cv"])
        proposals = data.get("proposals") if isinstance(data, dict) else None
    if not isinstance(proposals, list):
        return []
    return [p for p in proposals if isinstance(p, dict)]


def question(found: list[dict[str, str]]) -> str:
    """The question that lists the CV's skills."""
    lines = ["I found these skills in your CV:"]
    lines += [f"{n}. {s['name']}" + (f" ('{s['evidence']}')" if s["evidence"] else "")
              for n, s in enumerate(found, 1)]  # fmt: skip
    lines.append("Add them? (yes / pick numbers / no)")
    return "\n".join(lines)


def answer(text: str, found: list[dict[str, str]]) -> Answer:
    """``add_skill`` calls (source "cv") for the skills the person confirmed."""
    yes = parse.parse_yes_no(text)
    low = parse.normalise(text).strip(" .!?")
    if yes is True or low in {"all", "all of them", "add them all", "add all"}:
        picked = list(range(1, len(found) + 1))
    elif yes is False or low.startswith(("none", "no ")):
        return Answer(settle=["cv"], notes=["Fine, I left the CV's skills out."])
    else:
        numbers = choices.parse_numbers(text, len(found))
        if not numbers:
            return Answer(reply=CLARIFY_CV)
        picked = numbers
    calls = [
        call("add_skill", name=found[n - 1]["name"], source="cv",
             evidence=found[n - 1]["evidence"])
        for n in picked
    ]  # fmt: skip
    return Answer(calls, ["cv"])
