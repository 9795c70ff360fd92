"""A question back is never asked a third time (pure).

A question back waits for a yes or a figure ("I heard 22 h a week as a new figure, but not
which of your activities it is for..."). When the answer brings neither, the next message may
raise the very same question back again, and a person who keeps saying it the same way would
hear it for ever while the open question never moves on. So the conversation counts how many
times each question back was put; one already asked twice is not asked again: what it was
about is left out, said so once, and the conversation goes on.
"""

from __future__ import annotations

import re
from typing import Any

from agent.interviewer.decision import Decision

#: How many times the same question back may be asked.
TIMES = 2
LEFT_OUT = ("I've asked about that figure twice and still couldn't place it, so I've left it "
            "out; tell me later, with the name of what it is for, if it matters.")  # fmt: skip
#: The lists a question back names (the activities on record) change while it waits.
_LISTED = re.compile(r"\s*\([^()]*\)")


def key(item: dict[str, Any]) -> str:
    """What makes two questions back the same question: their words, without the lists."""
    return " ".join(_LISTED.sub("", str(item.get("say", ""))).split())


def drop_repeated(decision: Decision, asked: dict[str, int]) -> bool:
    """Take out of ``decision`` the questions back already asked :data:`TIMES` times and count
    the others in ``asked`` (their key: how many times each was put). True when one was taken
    out; the decision's notes then say so."""
    kept: list[dict[str, Any]] = []
    dropped = False
    for item in decision.confirm:
        said = key(item)
        if asked.get(said, 0) >= TIMES:
            dropped = True
            continue
        asked[said] = asked.get(said, 0) + 1
        kept.append(item)
    decision.confirm = kept
    if dropped and LEFT_OUT not in decision.notes:
        decision.notes.append(LEFT_OUT)
    return dropped


def again(pending: dict[str, Any], asked: dict[str, int]) -> bool:
    """True when the question back ``pending`` (still unanswered after an aside or a message
    that recorded nothing) may be put once more, counted in ``asked``: not when one of its
    questions was already asked :data:`TIMES` times."""
    said = [key(item) for item in pending.get("items", [])]
    if any(asked.get(k, 0) >= TIMES for k in said):
        return False
    for k in said:
        asked[k] = asked.get(k, 0) + 1
    return True
