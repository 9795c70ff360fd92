"""Which work a label is said of (pure).

While one activity's steadiness or energy is asked, a remark whose subject is
something the plan does not hold ("honey varies with the weather" while the bookkeeping is
asked, when no honey work is on record) is not about the asked activity: stored there, it
would be a wrong value. Such a remark is left out and said so; a pronoun or a word for work
in general ("it varies", "the work drains me", "income is steady") is about the asked one.
"""

from __future__ import annotations

import re

from agent.interviewer import names
from agent.interviewer.reading import asks
from agent.interviewer.reading.types import Reading

#: Lessons are free words ("how policy gets made"): no subject can be told from them.
_LABELS = frozenset({"activity.volatility", "activity.energy"})
#: The subject of a remark, and the verb that says the label of it.
_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so|oh|well|also|the|my|our|all|that)\s+)*"
    r"(?P<head>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)\s+"
    r"(?:(?:has|have|had|does|do|did|really|also|always|just|usually|often|can|will)\s+)*"
    r"(?:varies|vary|fluctuates?|swings?|goes up and down|is|are|was|were|gets?|feels?|"
    r"energi[sz]es?|drains?|tires?|exhausts?|wipes|lifts)\b",
    re.I,
)
#: Subjects that stand for the work asked about.
_GENERAL = frozenset({
    "it", "this", "that", "they", "these", "those", "which", "work", "job", "the job",
    "the work", "income", "money", "pay", "earnings", "revenue", "business", "demand",
    "everything", "all", "mine", "one", "this one", "that one", "what", "the money", "the pay",
    "i", "you", "hours", "the hours", "clients", "customers", "workload", "schedule",
    "contract", "role", "position", "gig", "gigs", "salary", "wage", "wages", "rate", "rates",
    "there", "stuff", "sales", "orders", "bookings", "trade", "custom", "footfall", "jobs",
    "projects", "commissions", "invoices", "payments", "season", "seasons", "summer",
    "winter", "spring", "autumn", "weekends", "weekdays", "months", "month", "year", "years",
    "christmas", "client", "customer", "main", "other", "day", "side", "paid",
})  # fmt: skip
_PRONOUNS = frozenset({"it", "this", "that", "they", "these", "those", "which", "i", "you"})
#: Words said before a subject that are no part of it ("honestly it drains me").
_FILLERS = frozenset({"honestly", "frankly", "tbh", "really", "well", "mostly", "mainly",
                      "overall", "generally", "usually", "definitely", "actually",
                      "yeah"})  # fmt: skip
_DETERMINERS = frozenset({"the", "my", "our", "their", "his", "her", "its", "your", "a", "an"})


def elsewhere(
    readings: list[Reading], ask: str, text: str, recorded: list[str]
) -> list[tuple[Reading, str]]:
    """The label readings given to the asked activity (at ``ask``) whose subject is not it,
    each with that subject (empty when it is other recorded work, which has its own
    reading): they are not to be stored for the asked one."""
    asked = asks.work(ask)
    if not asked:
        return []
    out: list[tuple[Reading, str]] = []
    for r in readings:
        if r.field not in _LABELS or not r.subject or not names.same(str(r.subject), asked):
            continue
        match = _SUBJECT.match(r.span or "")
        head = match.group("head").casefold() if match else ""
        said = set(head.split())
        if not head or said & _PRONOUNS or said <= _GENERAL | _DETERMINERS | _FILLERS:
            continue
        if names.words(head) & names.words(asked.casefold()) or names.mentioned(asked, head):
            continue
        other = any(names.mentioned(n, head) for n in recorded)
        out.append((r, "" if other else head))
    return out


def note(heads: list[str]) -> str:
    """What to say of labels left out because their subject is not on record."""
    said = " or ".join(f"'{h}'" for h in dict.fromkeys(heads) if h)
    if not said:
        return ""
    return (
        f"I don't have {said} on record, so I left what you said of it out. If it's work "
        "of yours, tell me its hours and what it brings in and I'll add it."
    )
