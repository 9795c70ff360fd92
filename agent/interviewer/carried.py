"""The work last spoken of, carried to the next message: "it teaches me to pitch" or "it drains
me tbh", said right after a message about the market stall, is about the market stall.

Only a message that opens with "it", "this", "that" (or "the job", "that one") and names no
recorded work, with no figure in it, is read this way: its words are read again as the answer
to that work's lesson, energy or pay question, and kept when that reading says nothing else.

So is a label said out of turn, naming no work, at the hours or pay question of other work
asked again: "busy november to april, dead in summer" right after a message about the ski
lessons at that same question is how steady the ski lessons are, not the asked work; it does
not answer the open question.

Pure (no LangChain): the reader is the plain ``(message, view, ask) -> [Reading]`` function.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from agent.interviewer import names
from agent.interviewer.reading import asks, list_end
from agent.interviewer.reading.types import PlanView, Reading

Reader = Callable[[str, PlanView, str], list[Reading]]

#: A message about "it": the work is not named again.
_IT = re.compile(
    r"^\W*(?:(?:and|oh|also|but|plus|honestly|tbh|tho|though|well|yeah|yes|so)\W+)*"
    r"(?:it|it'?s|its|this|that|this one|that one|the job|that job|this job|the work)\b",
    re.I,
)
#: The opening of a lesson said of "it" ("that one teaches me"), left out of the lesson.
_OPENS = re.compile(
    r"^\W*(?:(?:and|oh|also|but|plus|honestly|tbh|well|yeah|yes|so)\W+)*(?:it|this|that|"
    r"this one|that one|the job|that job|this job|the work)\s+(?:teach(?:es)? me|"
    r"(?:has |have )?taught me|(?:is|are) teaching me)\s+",
    re.I,
)
#: The questions about one piece of work whose answer may be said of "it", in this order.
_KINDS = ("teaches", "energy", "volatility")


def spoken_of(calls: list[dict[str, Any]], text: str, recorded: list[str]) -> str:
    """The one piece of work a message spoke of: the one its calls record or update, else the
    one recorded piece it names; ``""`` when none or several."""
    named = {str(c["args"].get("name", "")) for c in calls
             if c["name"] in {"record_activity", "update_activity"}}  # fmt: skip
    named.discard("")
    if len(named) == 1:
        return named.pop()
    if named:
        return ""
    said = [a for a in recorded if names.mentioned(a, text)]
    return said[0] if len(said) == 1 else ""


def of_work_spoken_of(
    readings: list[Reading], reader: Reader, text: str, view: PlanView, ask: str, spoken: str
) -> tuple[str, list[Reading]] | None:
    """A message said of "it" right after one about ``spoken`` (a recorded piece of work), read
    as the answer to that work's lesson, energy or pay question: that question's id and its
    readings; ``None`` when the message names other work, has figures, answers a question
    that already says which work "it" is, or says more than that answer."""
    if not spoken or spoken not in view.activities or _asked_of(ask, spoken):
        return None
    if not _IT.match(text) or re.search(r"\d", text):
        return None
    if list_end.only_closes_list(text):
        return None  # "that's all": the end of a list, never a word said of the work
    if any(names.mentioned(a, text) for a in view.activities):
        return None
    if any(r.act not in {"nothing", "fact"} for r in readings):
        return None  # a question, a wish, a change: not said of the work
    for kind in _KINDS:
        if kind == "volatility" and asks.work(ask):
            continue  # "it varies" asked the hours of other work: the asked work's, not this
        qid = f"act:{kind}:{spoken}"
        again = reader(text, view, qid)
        own = [r for r in again if r.act == "fact" and r.field == f"activity.{kind}"
               and names.same(str(r.subject or spoken), spoken)]  # fmt: skip
        if own and len(own) == len(again):
            return qid, [_lesson(replace(r, subject=spoken)) for r in own]
    return None


def _asked_of(ask: str, spoken: str) -> bool:
    """True when the open question already says what "it" is: a lesson, feeling or pay
    question (its own work), or any question about the work spoken of. Asked the hours or
    income of other work, a lesson of "it" does not answer it: "it" is the work just told of."""
    if not asks.work(ask):
        return False
    return asks.field(ask) in _KINDS or names.same(asks.work(ask), spoken)


def _lesson(r: Reading) -> Reading:
    if r.field != "activity.teaches":
        return r
    return replace(r, value=_OPENS.sub("", str(r.value or "")).strip(" ,.") or r.value)


#: The note on a label given to the work spoken of before: it is stored though not named.
SPOKEN = "said of the work spoken of before"
#: The labels a message may say of work without answering its hours or pay.
_LABELS = frozenset({"activity.volatility", "activity.energy", "activity.teaches"})


def labels_of_work_spoken_of(
    readings: list[Reading], text: str, view: PlanView, ask: str, spoken: str
) -> list[Reading]:
    """``readings`` with the labels read for the asked work given to ``spoken`` (the recorded
    work the message before spoke of), when the open question asks other work's hours or pay,
    the message names no recorded work and has no figure, and labels are all it says."""
    asked = asks.work(ask)
    if not spoken or spoken not in view.activities or not asked or names.same(asked, spoken):
        return readings
    if asks.field(ask) not in {"hours", "revenue"} or re.search(r"\d", text):
        return readings
    if any(names.mentioned(a, text) for a in view.activities):
        return readings
    facts = [r for r in readings if r.act == "fact"]
    if not facts or any(r.field not in _LABELS or r.subject != asked for r in facts):
        return readings
    return [replace(r, subject=spoken, note=SPOKEN) if r in facts else r for r in readings]
