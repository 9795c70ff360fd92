"""At the question of what some work brings in, an answer that opens with "nothing" says it
pays nothing: "nothing, it's a labour of love", "zero really, it's for fun". At the question
of savings the same answer ("none", "nothing really, the pension's locked away") says there
are none.

Elsewhere "nothing" says many things ("nothing else", "nothing before 9"), so only the answer
to those two questions, opening with the word and with nothing but a hedge before its first
pause, is read as a zero.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.quantity import Quantity

_NOTHING_FIRST = re.compile(
    r"^\W*(?:nothing|none|zero|zilch|nada|nowt|not a thing|not a penny|not a cent)"
    r"(?:\s+(?:really|at all|yet|so far|as yet|sadly|unfortunately|lol|haha))?"
    r"(?:\s+(?:eh|mate|man|tbh|honestly|lah|la|bro))?"  # a filler word after it
    r"(?=\s*(?:[,.!;:)-]|$))"
)


def said_nothing(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with a zero of money for an answer that opens with "nothing" (no figure is
    said before its first pause)."""
    said = _NOTHING_FIRST.match(text)
    if said is None or any(q.start < said.end() for q in found):
        return found
    zero = Quantity(kind="zero", value=0.0, start=said.end() - len(said.group(0).lstrip()),
                    end=said.end())  # fmt: skip
    return [zero, *found]
