"""A correction about something the plan does not hold (pure).

"I undersold the newsletter earlier. It makes £7,200 a year now" while the speaking
engagements' income is asked: the reading gives the figure to the asked activity, but the
person speaks of the newsletter, which is neither the asked activity nor one on record. Such a
figure is never stored on the asked one: it is asked back ("The newsletter isn't in your list:
add it as an activity, with £7,200 a year?"); a yes records the newsletter with the figures
said, anything else is read as a new answer, and the asked question stays open. The same
holds at any other question before the streams: "the university retainer is now 42.000 € per
year, not 38.000" is never the monthly spending asked just before.
"""

from __future__ import annotations

import re
from typing import Any

from agent.interviewer import namelike, names, refer
from agent.interviewer.decision import PROPOSAL_ASKS
from agent.interviewer.flow import call
from agent.interviewer.reading import asks
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.types import Reading
from agent.interviewer.record_common import shown
from agent.plan.models import Plan

_WORD = r"[a-z][a-z'&-]*"
#: What the thing does with money or time: "the newsletter makes ...", "my podcast brings in".
_DOES = re.compile(
    rf"\b(?:the|my|our)\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+"
    r"(?:now\s+|actually\s+|really\s+)?(?:makes?|made|earns?|earned|brings?(?: me)? in|"
    r"brought in|pays?|paid|takes?|took|generates?|gets?|"
    r"(?:is|are|was) (?:now|more like|closer to|about|around|nearer|actually|really)|"
    r"(?:went|gone|has gone|is going) (?:up|down))\b",
    re.I,
)
#: What the person says they got wrong about it: "I undersold the newsletter earlier".
_GOT_WRONG = re.compile(
    r"\b(?:undersold|oversold|underestimated|overestimated|underplayed|got wrong|misstated|"
    rf"forgot(?: to mention| about)?)\s+(?:the|my|our)\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)"
    r"(?=\s+(?:earlier|before|just now|a bit|income|figure|numbers?|earnings|revenue|hours|by|"
    r"at|when|there)\b|\s*[,.;!?]|\s*$)",
    re.I,
)
#: Hours asked for a thing: "can we make the etsy 5 hours", "put my pottery at 3h".
_SET = re.compile(
    rf"\b(?:make|put|set|give|bump|have)\s+(?:the|my|our)\s+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+(?:to\s+|at\s+|up to\s+|down to\s+)?"
    r"(?:about\s+|around\s+|like\s+)?(?=\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)\b)",
    re.I,
)
#: Words that name the figure or the asked work itself, never another thing.
_NOT_A_THING = frozenset({
    "rate", "money", "pay", "income", "hours", "hour", "figure", "number", "numbers", "total",
    "fee", "fees", "amount", "revenue", "salary", "price", "one", "other", "first", "last",
    "work", "job", "thing", "it", "that", "this", "estimate", "earnings", "time", "week",
    "month", "year", "side", "rest", "average", "same", "limit", "capacity", "savings",
    "spending", "budget", "rent", "cap", "week's", "plan", "share",
    # a person's part of a shared figure, and what a household spends on, are no work
    "part", "half", "cut", "portion", "mortgage", "bills", "food", "groceries", "household",
})  # fmt: skip
#: Questions where a new name is read as the answer itself (the list of activities).
_OWN_ASKS = frozenset({"activities"})
_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})


def named(text: str, plan: Plan, asked: str) -> str | None:
    """The thing a correction speaks of when it is neither ``asked`` nor any recorded
    activity ("I undersold the newsletter earlier"), as a name; ``None`` otherwise."""
    if not re.search(r"\d", text) or refer.referenced(text, plan) is not None:
        return None  # a figure on record taken back ("..., not 38.000") says what it is about
    found = (
        _GOT_WRONG.search(text)
        or (_DOES.search(text) if refer.updating(text) else None)
        or _SET.search(text)
    )
    if found is None:
        return None
    words = found["name"].casefold().split()
    if not words or set(words) & _NOT_A_THING:
        return None
    said = namelike.name(" ".join(words))
    if said is None or (asked and names.same(said, asked)):
        return None
    if names.find(said, [a.name for a in plan.activities]):
        return None
    if asked and names.mentioned(asked, text):
        return None
    return said


def ask_back(readings: list[Reading], text: str, plan: Plan, ask: str) -> dict[str, Any] | None:
    """At a question about one activity, the question back for a correction about a thing not
    on record (see the module), with the figures read for it; ``None`` when there is none."""
    wished = _SET.search(text) is not None and not plan.streams  # before the streams exist
    if ask in PROPOSAL_ASKS or (ask in _OWN_ASKS and not wished):
        return None
    asked = asks.work(ask)
    name = named(text, plan, asked)
    if name is None:
        return None
    figures: dict[str, float] = {}
    for r in readings:
        mine = (
            not r.subject or names.same(str(r.subject), asked) or names.same(str(r.subject), name)
        )
        if r.act in {"fact", "change"} and r.field in _FIGURES and mine and r.confident:
            figures.setdefault(str(r.field).split(".", 1)[1], float(r.value or 0))
    if not figures and wished:  # "can we make the etsy 5 hours": a wish, asked back
        figures = _hours_wished(text)
    said = " and ".join(shown(k, v) for k, v in figures.items())
    say = (f"The {name.casefold()} isn't in your list: add it as an activity"
           f"{', with ' + said if said else ''}?")  # fmt: skip
    name = names.title(name)
    settle = [f"act:{'hours' if k == 'hours_per_week' else 'revenue'}:{name}" for k in figures]
    return {"say": say, "calls": [call("record_activity", name=name, **figures)],
            "settle": settle}  # fmt: skip


def _hours_wished(text: str) -> dict[str, float]:
    """The hours a week asked for a thing not on record ("make the etsy 5 hours")."""
    hours = [q for q in find_quantities(text.casefold()) if q.kind == "hours"]
    return {"hours_per_week": hours[0].value} if len(hours) == 1 else {}
