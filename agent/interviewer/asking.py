"""The plain questions a figure is asked back with (pure).

When a message would change a figure already given, or a reading is unsure, the interviewer
does not ask "is that right? (yes/no)": people tend to say yes to that. It asks the plain
question for the figure, the one a person answers by giving it ("How many hours a week does
Consulting take?"), after saying what it heard. Several are asked in one message.
"""

from __future__ import annotations

from agent.interviewer.phrases import CLARIFY
from agent.interviewer.reading import asks

#: The plain question for each reading field; ``{name}`` is the activity.
QUESTION = {
    "capacity.hours_per_week": "how many hours a week can you really give to work, paid and "
    "unpaid together?",
    "capacity.cash_buffer": "how much do you have in savings?",
    "capacity.buffer_months": "how much do you have in savings?",
    "capacity.monthly_spending": "how much do you spend a month?",
    "activity.hours_per_week": "how many hours a week does {name} take?",
    "activity.annual_revenue": "what does {name} bring in a year?",
    "activity.volatility": "is the income from {name} stable, or does it vary?",
    "activity.teaches": "what does {name} teach you?",
    "activity.energy": "does {name} energise you or drain you?",
    "context": "which setting is yours: corporate, government, activist, tech, caregiving or "
    "general?",
    "core_skill": "which one is your core skill?",
}


def question(field: str, name: str = "") -> str:
    """The plain question for ``field`` (of activity ``name``), starting in lower case."""
    return QUESTION.get(field, "which is it?").format(name=name)


def overwrite(old: str, new: str, field: str, name: str = "") -> str:
    """The question back before a figure already given is changed: what was said before,
    what was read now, and the plain question for it."""
    return f"You said {old} earlier, and now {new}: {question(field, name)}"


def again(qid: str, question: str, skippable: bool) -> str:
    """A question asked a second time in a row: with its options or an example, and (when the
    plan can do without it) how to move on. It is never asked a third time unchanged: an
    answer that still settles nothing skips it. A question with no example (a closing step)
    is asked as it is."""
    kind = asks.kind(qid)
    if kind not in CLARIFY:
        return question
    hint = CLARIFY[kind].removeprefix("I didn't catch the setting. ")
    out = " Or say 'skip' to leave it for now; you can come back to it." if skippable else ""
    return f"{question}\n\n{hint}{out}"
