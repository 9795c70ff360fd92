"""A yes to work named in passing, said after the audit's list moved on (pure).

The audit's list offers the work the opening named in passing ("You also mentioned Coaching
a kids' swim team: say 'yes' to add it"). People answer the list with their main work and
say yes to the offer a turn later, at that work's first question: "yes the swim coaching",
"and the wedding band, yes", "you forgot the ice fishing", "the knitting too". Read at that
question, the message said nothing it could hold, and the work was lost without a word. A
short message that adds (a yes, "too", "also", "and", "forgot", "add") and names exactly one
offered work by its own words adds that work; its questions come after the ones already on
record. Words that name no offered work, or more than one, are read as before.
"""

from __future__ import annotations

import re
from typing import Any

from agent.interviewer import names
from agent.interviewer.flow import call
from agent.interviewer.reading.types import Reading

#: Words that add work to the list said after it.
_ADDS = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|oh|and|also|plus|add|wait|oops|sorry)\b|\b(?:too|also|as well|"
    r"forgot|forgotten|left out|missed|add|yes|yeah|yep)\b",
    re.IGNORECASE,
)
#: The longest message read this way: a longer one says more than a yes to an offer.
_MOST_WORDS = 8
#: The questions after the list: the audit's own questions and the skills'.
_AFTER_LIST = ("act:", "skills", "excited", "underused", "core")


def taken(
    readings: list[Reading], ask: str, offered: tuple[str, ...], text: str
) -> list[dict[str, Any]]:
    """The ``record_activity`` call for the one offered work a short adding message names
    after the list, or ``[]``."""
    if not offered or not ask.startswith(_AFTER_LIST) or len(text.split()) > _MOST_WORDS:
        return []
    added = [n for o, n in zip(readings, offers_added(readings, offered), strict=True)
             if o.act == "wish" and n.act == "fact"]  # fmt: skip
    if len(added) == 1 and len(readings) == 1:  # "add the blankets"
        return [call("record_activity", name=str(added[0].value))]
    if any(r.act not in {"nothing", "confirm"} for r in readings) or not _ADDS.search(text):
        return []
    said = [n for n in offered if _named(n, text)]
    return [call("record_activity", name=said[0])] if len(said) == 1 else []


def _named(name: str, text: str, least: int = 4) -> bool:
    """True when ``text`` says a word of ``name`` of ``least`` letters or more ("the swim
    coaching" for "Coaching a kids' swim team")."""
    said = names.words(text)
    return any(w in said for w in names.words(name) if len(w) >= least)


#: "add the toys", "include the quiz nights", "put the tutoring in": words of adding to a list.
_ADD_FIRST = re.compile(r"^\W*(?:(?:yes|yeah|ok|okay|and|please)\W+)*(?:add|include|put)\b", re.I)


def offers_added(readings: list[Reading], offered: tuple[str, ...]) -> list[Reading]:
    """At the audit's list, "add the toys" with "Making wooden toys" offered: a yes to that
    work, not a wish for a stream called "toys" (the wish read from "add")."""
    out = []
    for r in readings:
        wish = str(r.subject or "") if r.act == "wish" else ""
        said = [n for n in offered if _named(n, wish, least=3)] if wish else []
        if len(said) == 1 and _ADD_FIRST.match(r.span):
            out.append(Reading("fact", field="activity", value=said[0], span=r.span))
        else:
            out.append(r)
    return out
