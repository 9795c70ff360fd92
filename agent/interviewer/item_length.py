"""How long one time of work takes, said at the question of its hours, and "a bit of both"
said at the question of how steadily it pays (pure).

"each wedding is 10 hours", "gigs are usually 5 hours", "a cake takes me about 6 hours": one
time's length gives no week's hours until the person says how often. The question back asks
how often in the person's words ("How many weddings in a usual month?"), and the answer is
read with the length (as a fee told without how often is, ``listen.with_fee``).
"""

from __future__ import annotations

import re

from agent.interviewer.reading import rates
from agent.interviewer.reading.quantities import find_quantities

#: "each wedding is", "a cake takes me", "every class lasts": the one thing a length is of.
_ONE = re.compile(
    r"\b(?:each|every|one|a|an|per|the average|an average|a typical|a single)\s+"
    r"(?P<item>[a-z]{3,})\s+(?:is|takes?|lasts?|runs?)\b"
)
#: Words that say how often, or of what span of time the hours are.
_OFTEN = re.compile(
    r"\b(?:a|an|per|every|each|/)\s*(?:week|wk|day|night|month|year|fortnight)\b|"
    r"\b(?:weekly|daily|nightly|monthly|yearly|once|twice|times)\b"
)
#: "gigs are usually", "weddings take": the things, said in the plural.
_MANY = re.compile(r"\b(?P<items>[a-z]{3,}s)\s+(?:are|take|last|run)\b")


#: "a bit of both", "half and half", "mix of both": two answers said at once.
BOTH_WAYS = re.compile(
    r"^\W*(?:(?:a\s+)?(?:bit|little|mix|mixture|kind|sort)\s+of\s+)?(?:both|half and half)"
    r"(?:\s+(?:really|tbh|honestly|i guess|i think|to be honest|i suppose))*\W*$"
)
#: The question back to "a bit of both" at the question of how steadily work pays.
LEANS = (
    "Part steady, part not, then. Which way does it lean? Say 'stable' if most of it comes "
    "in reliably every month, or 'it varies' if the total moves from month to month."
)


def asked_often(text: str) -> str | None:
    """The question back for a message that gives only how long one time of the work takes
    ("each wedding is 10 hours"), or ``None`` when it says more or something else."""
    lone = _lone_length(text)
    if lone is None:
        return None
    return (
        f"That's how long one takes. How many {lone[1]} in a usual month? Say e.g. '3 a month', "
        "or your hours in a usual week."
    )


def one_length(text: str) -> tuple[float, str] | None:
    """How many hours one time of the work takes and the things it is of, in the plural, for
    a message that says only that ("each wedding is 10 hours": 10, "weddings"), else
    ``None``."""
    return _lone_length(text)


def _lone_length(text: str) -> tuple[float, str] | None:
    """One time's length in hours and the things it is of, in the plural."""
    said = text.casefold()
    found = find_quantities(said)
    if len(found) != 1 or found[0].kind != "hours" or _OFTEN.search(said):
        return None
    if not rates.item_lasts(found[0], said):
        return None
    before = said[: found[0].start]
    one, many = list(_ONE.finditer(before)), list(_MANY.finditer(before))
    if one:
        return found[0].value, _plural(one[-1]["item"])
    if many:
        return found[0].value, many[-1]["items"]
    return None


def _plural(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
