"""The people work is done for, listed after it: "I do the accounts for a few small firms, a
baker, two cafés and a florist" (pure).

Each of them is a client of the work named before the list, never a piece of work of the
person's own, so a role said alone in such a list is no activity.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: Work said for some people, the clause ending on them: "... for a few local firms,".
_FOR_PEOPLE = re.compile(
    r"\bfor (?:(?:a few|a couple of|some|several|many|lots of|loads of|various|\d+|two|three|"
    r"four|five|six)\s+)?(?:[a-z'-]+\s+){0,2}[a-z'-]+(?:s|men|people|folk|children)\s*,\s*"
    r"(?:[^.;!?]*,\s*)?$"
)
#: Roles said alone with an article or a count ("a plumber", "two electricians and a vet"),
#: never a time or an amount ("2 hours", "3 sessions").
_ROLE_ALONE = re.compile(
    r"^(?:and\s+)?(?:(?:a|an|one|two|three|four|five|\d+)\s+"
    r"(?!(?:hours?|hrs?|days?|weeks?|months?|years?|times?|nights?|evenings?|mornings?|"
    r"sessions?|shifts?|classes|lessons?|gigs?|jobs?|euros?|pounds?|dollars?|quid|grand)\b)"
    r"[a-z'-]+(?:\s*,\s*|\s+and\s+|$))+$"
)


def without_clients(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` without the work names that are people listed after "for ..."."""
    low = text.casefold()
    return [r for r in readings if not _client(r, low)]


def _client(r: Reading, low: str) -> bool:
    if r.act != "fact" or r.field != "activity" or not r.span:
        return False
    span = r.span.strip().casefold()
    at = low.find(span)
    return at > 0 and bool(_ROLE_ALONE.match(span)) and bool(_FOR_PEOPLE.search(low[:at]))
