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
#: At the list itself, where the offer was just made, a yes may say a little more.
_MOST_WORDS_AT_LIST = 12
#: The list and the questions after it: the audit's own questions and the skills'.
_AFTER_LIST = ("activities", "act:", "skills", "excited", "underused", "core")


def taken(
    readings: list[Reading], ask: str, offered: tuple[str, ...], text: str
) -> list[dict[str, Any]]:
    """The ``record_activity`` call for the one offered work a short adding message names
    after the list, or ``[]``."""
    most = _MOST_WORDS_AT_LIST if ask == "activities" else _MOST_WORDS
    if not offered or not ask.startswith(_AFTER_LIST) or len(text.split()) > most:
        return []
    wishes = [r for r in readings if r.act == "wish"]
    added = [r for r in offers_added(wishes, offered, text) if r.act == "fact"]
    if added and all(r.act == "wish" or _restates(r, offered) for r in readings):  # "add the cats"
        return [call("record_activity", name=str(r.value)) for r in added]
    if any(r.act not in {"nothing", "confirm"} and not _restates(r, offered) for r in readings):
        return []
    if not _ADDS.search(text):
        return []
    said = [n for n in offered if _named(n, text)]
    return [call("record_activity", name=said[0])] if len(said) == 1 else []


def _restates(r: Reading, offered: tuple[str, ...]) -> bool:
    """True for a bare name read as work that is a word of an offered work ("the radios"
    for "Mend old radios in my shed")."""
    return r.field == "activity" and any(_named(n, str(r.value), least=3) for n in offered)


def _named(name: str, text: str, least: int = 4) -> bool:
    """True when ``text`` says a word of ``name`` of ``least`` letters or more ("the swim
    coaching" for "Coaching a kids' swim team")."""
    said = names.words(text)
    return any(w in said for w in names.words(name) if len(w) >= least)


#: "add the toys", "include the quiz nights", "put the tutoring in": words of adding to a list.
_ADD_FIRST = re.compile(r"^\W*(?:(?:yes|yeah|ok|okay|and|please)\W+)*(?:add|include|put)\b", re.I)


def offers_added(
    readings: list[Reading], offered: tuple[str, ...], text: str = ""
) -> list[Reading]:
    """At the audit's list, "add the toys" with "Making wooden toys" offered: a yes to that
    work, not a wish for a stream called "toys" (the wish read from "add"); other offered
    works the same sentence names ("add the toys and the school one") are added with it."""
    out = []
    for r in readings:
        wish = str(r.subject or "") if r.act == "wish" else ""
        said = [n for n in offered if _named(n, wish, least=3)] if wish else []
        if len(said) == 1 and _ADD_FIRST.match(r.span):
            sentence = next((s for s in re.split(r"[.;!?]\s*", text) if r.span in s.casefold()), "")
            more = [n for n in offered if n != said[0] and _named(n, sentence, least=3)]
            out += [Reading("fact", field="activity", value=n, span=r.span) for n in [*said, *more]]
        else:
            out.append(r)
    return out


#: Said when the list closes with work named in passing neither taken nor declined: the offer
#: was a question, and "that's all" answers the list, not the offer; the work is left out and
#: the person is told how to add it.
LEFT_OUT = "I've left out {names}, which you mentioned earlier: say 'add {first}' if {it} yours."


def left_out(offered: tuple[str, ...]) -> str:
    """What the reply says of the offered works a closed list leaves out, or ``""``."""
    if not offered:
        return ""
    it = "they are work of" if len(offered) > 1 else "it is work of"
    return LEFT_OUT.format(names=" and ".join(offered), first=offered[0].casefold(), it=it)
