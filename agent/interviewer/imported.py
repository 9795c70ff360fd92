"""Carrying on from an imported plan: the questions it already answers, and where to resume.

Without this the interviewer would start the journey again and propose streams the plan
already holds. The message it returns goes into the chat history; its state settles what
the plan answers (with no changes to undo) and opens the first question still open.
"""

from __future__ import annotations

import datetime as dt

from langchain_core.messages import AIMessage

from agent.interviewer import flow
from agent.interviewer.compose import question_text
from agent.interviewer.state import KEY, State
from agent.plan.models import Plan


def answered_in(plan: Plan) -> list[str]:
    """Question ids whose answers the plan already holds."""
    ids = ["context"]
    if plan.capacity is not None:
        ids += ["capacity", "constraints", "buffer", "spending"]
    if plan.activities:
        ids.append("activities")
        ids += [f"act:{f}:{a.name}" for a in plan.activities for f in flow.ACTIVITY_FIELDS]
    if plan.skills:
        ids += ["skills", "excited", "underused"]
    present = {
        "core": plan.core_skill is not None,
        "streams": bool(plan.streams),
        "blocks": bool(plan.time_blocks),
        "loops": bool(plan.feedback_loops),
        "review": plan.review is not None,
    }
    return ids + [qid for qid, held in present.items() if held]


def resume_message(plan: Plan, today: dt.date) -> AIMessage:
    """The interviewer's message after an import: what was loaded and the next question."""
    state = State(settled=[[answered_in(plan), 0]])
    state.ask = flow.next_question(plan, state.settled_ids())
    loaded = (
        f"I loaded the plan from your file: {len(plan.streams)} stream(s), "
        f"{len(plan.activities)} activit{'y' if len(plan.activities) == 1 else 'ies'} and "
        f"{len(plan.skills)} skill(s). We'll carry on from where it stands."
    )
    text = question_text(state.ask, plan, today, state)
    return AIMessage(content=f"{loaded}\n\n{text}", additional_kwargs={KEY: state.to_dict()})
