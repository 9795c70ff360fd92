"""Why a question is asked, said back when the person asks it of the open question (pure).

"why do you need that?", "what's that for?", "why?" at the hours or savings question ask
about the question itself, not about planning in general: a guidance search for those words
finds no card (or a far one), and the reply said it had no guidance. The reason the question
is asked is said back instead, and the question stays open; a question naming something of
its own ("why does the anchor need 30 hours?") is searched as before.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import asks

_ASKS_WHY = re.compile(
    r"^(?:(?:but|and|ok|okay|hmm+|um+|sorry|wait|so)\W+)*"
    r"(?:why(?:\s+(?:do|would|did|d'?)\s*you\s+(?:need|want|ask|wanna)"
    r"(?:\s+(?:that|this|it|to know(?:\s+(?:that|this))?|for\s+(?:that|this|it)"
    r"|about\s+(?:that|this|it)|all\s+that|my\s+\w+))?"
    r"|\s+(?:is|does)\s+(?:that|this|it)\s+(?:matter|needed|important|relevant)"
    r"|\s+(?:that|this|though|ask|is that|is this)|\s+do\s+you\s+ask)?"
    r"|what(?:'s|\s+is)\s+(?:that|this|it)\s+for|what\s+for"
    r"|how\s+(?:is|does)\s+(?:that|this|it)\s+(?:relevant|matter|help)"
    r"|(?:what\s+)?does\s+(?:that|this|it)\s+matter)\W*$",
    re.IGNORECASE,
)

#: Why each question of the interview is asked, said after "I ask because".
REASONS = {
    "context": "the setting changes which advice fits you, not the plan's rules.",
    "capacity": "energy is finite: the hours of every stream have to fit in this number, "
    "with some slack left, or the plan wears you out.",
    "constraints": "a limit such as caregiving, health or a notice period decides which "
    "hours the weekly rhythm may use.",
    "buffer": "savings set against what you spend a month say how long you'd last if one "
    "stream dried up, and so how much risk the plan can take.",
    "spending": "savings set against what you spend a month say how long you'd last if one "
    "stream dried up, and so how much risk the plan can take.",
    "activities": "everything you do today is the raw material the streams are built from; "
    "work left out can't be planned for.",
    "act:hours": "the hours of each piece of work show where your week goes, and the plan "
    "has to fit your capacity.",
    "act:revenue": "what each piece of work brings in decides which one can anchor the plan "
    "and each stream's share of your income.",
    "act:volatility": "a steady income can anchor the plan; one that varies needs savings "
    "behind it.",
    "act:teaches": "what one piece of work teaches you is how it can feed another, and those "
    "links become the plan's loops.",
    "act:energy": "work that drains you costs more than its hours, so the plan balances it "
    "with work that gives energy back.",
    "skills": "your skills are the raw material of new streams.",
    "excited": "streams built on skills that excite you are the ones that last.",
    "underused": "a skill you use less than you could is the cheapest place to start a new stream.",
    "core": "one core skill ties the streams together, so each builds on the others instead "
    "of scattering your hours.",
    "review": "the quarterly review is when the plan is set against how the quarter went "
    "and rebalanced.",
}


def asks_why(question: str) -> bool:
    """True when ``question`` asks why the open question is asked, naming nothing else."""
    return bool(_ASKS_WHY.match(question.strip()))


def reason(question: str, ask: str) -> str | None:
    """The reason the open question ``ask`` is asked, as a reply to ``question``; None when
    the question asks something else or the open question has no reason of its own here."""
    said = REASONS.get(asks.kind(ask))
    if said is None or not asks_why(question):
        return None
    return f"I ask because {said}"
