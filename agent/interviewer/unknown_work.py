"""Work the person cannot answer about (pure).

Each recorded activity is asked about in turn (hours, income, how steady, what it teaches,
energy). A name the person does not know as theirs (a job title read as work, "Role", or a
second name for work already listed) leaves them unable to answer: each question is asked
twice and then left, and the next question about the same work goes the same way, two turns
each. So once two questions about one activity were left that way, the rest of its questions
are left too (noted as unknown, said once), and the person is told how to take it out.
"""

from __future__ import annotations

from agent.interviewer import flow
from agent.interviewer.reading import asks
from agent.plan.models import Plan


def leave_rest(ask: str, plan: Plan, settled: set[str], stuck_on: str) -> tuple[list[str], str]:
    """The other open questions about the activity ``ask`` is about, to be left as well, when
    a question about it was already left unanswered (``stuck_on`` names that activity); and
    the activity to remember as the one the person could not answer about."""
    name = asks.work(ask)
    if not name or stuck_on != name:
        return [], name
    rest = [q for q in flow.journey(plan)
            if asks.work(q) == name and q != ask and q not in settled]  # fmt: skip
    return rest, name


def note(name: str) -> str:
    """What the person is told when the rest of an activity's questions are left."""
    return (
        f"I'll leave the other questions about {name} for now too. If {name} isn't work "
        f"you do, say 'remove {name}'."
    )
