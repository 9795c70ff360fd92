"""Names in a crowded message: many works named at once, some with nothing of their own (pure).

A message that names four or more works at once ("market stall, a bit of tutoring, the choir,
my cousin's van, ...") is where the reader most often takes a piece of a sentence for a work:
a greeting, a place, a customer, a part of another work. A name said there with hours or money
of its own is work the person describes; one said bare beside so many others may only be a
piece of another, so :mod:`confidence` asks it back rather than store it. Messages with fewer
names, names with their own figures and lists written out (a work a line, or nothing but
short items) are kept as read: on the batches studied, bare names beside two or three others
were right as often as any.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: The number of works named in one message from which a bare name is asked back.
CROWDED = 4
#: The doubt such a name is asked back with; the audit's question then offers it.
NOTE = "one of your activities, or part of another?"

_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})


def bare_names(readings: list[Reading], text: str) -> frozenset[str]:
    """The names of works with no hours or money of their own in ``readings`` of the message
    ``text``, when they name ``CROWDED`` or more works; none when the message is written as a
    list (a list written out says itself where each work begins)."""
    names = [r for r in readings if r.act == "fact" and r.field == "activity" and r.confident]
    count = len({str(r.value).casefold() for r in names})
    if count < CROWDED or _listed(text, count):
        return frozenset()
    backed = {r.subject for r in readings if r.field in _FIGURES and r.confident}
    return frozenset(str(r.value) for r in names if r.value not in backed)


#: What separates the items of a list written out: commas, lines, slashes, pluses, "and".
_ITEM_BREAK = re.compile(r"[,;/+&\n]|\band\b")
#: The most words an item of a bare list has ("a newsletter", "weekend bike repairs").
_ITEM_WORDS = 4


def _listed(text: str, count: int) -> bool:
    """True when the message is written as a list: a line for each work, or nothing but short
    items ("my job, consulting, a podcast and a newsletter"), so each name is an item."""
    if len([line for line in text.splitlines() if line.strip()]) >= count:
        return True
    items = [_PLACE_TAIL.sub("", i.strip(" .!")) for i in _ITEM_BREAK.split(text) if i.strip(" .!")]
    return all(len(i.split()) <= _ITEM_WORDS for i in items)


#: Where or for whom an item is done, closing it ("evening class at the college", "videos on
#: TikTok"): it says which work, not a sentence, so it does not count towards the item's length.
_PLACE_TAIL = re.compile(r"\s+(?:at|on|for|in|with|from)\s+(?:[\w'-]+\s*){1,4}$")
