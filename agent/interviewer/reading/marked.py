"""Of several figures for one field, the one the person marks as *the* figure.

"£60 for a small one, £350 for a big one, I made about £2.3k last year": the prices are of one
piece each and the year's takings are said as such; "a big one can take 10 hrs on its own, but
on average 6 a week": the hours of one piece beside the hours of a usual week. When exactly one
figure is marked as the whole ("on average", "in total", "last year", "I'd say", "most weeks")
and none of the others is said over the same stretch of time, the marked one is meant; else
nothing is settled here and the figures are asked back.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from agent.interviewer.reading import cues
from agent.interviewer.reading.figures import SURE
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.types import Reading

#: Words that say a figure is the whole one, the one to plan on.
_MARK = re.compile(
    r"\b(?:on average|averages?|in total|total|all in|all up|all told|altogether|overall|"
    r"call it|i'?d say|i would say|most weeks|usually|normally|typically|in a normal week)\b"
)
#: For a year's income: the year the figure was earned in.
_YEAR_MARK = re.compile(r"\b(?:last|this|past) (?:year|season)\b")
#: Words that say a figure is over a stretch of time of its own: a rival said so is no piece.
_OVER_TIME = {
    "activity.annual_revenue": re.compile(
        r"\b(?:year|years|annual|annually|yearly|month|months|monthly|week|weeks|weekly|"
        r"salary|season)\b|\d\s*(?:k|grand)\b"
    ),
    "hours_per_week": re.compile(r"\b(?:a|per|each|every|most|in a|the) weeks?\b|\bweekly\b"),
}
#: Words that make another figure the same whole: a share of it, or another guess at it
#: said just before it ("9 grand, maybe 10").
_SHARE = re.compile(r"\b(?:half|share|my part|my cut|split)\b")
_GUESS_BEFORE = re.compile(
    r"\b(?:maybe|or|perhaps|possibly|probably|more like|closer to|nearer)\s+(?:\W\s*)?$"
)


def _same_whole(q: Quantity, piece: str, text: str) -> bool:
    before = text[max(0, q.start - 20) : q.start]
    return bool(_SHARE.search(piece) or _GUESS_BEFORE.search(before))


#: "a 3 tier", "a 2 bed": a number that names a kind of thing, no figure of its own.
_ATTRIBUTE_BEFORE = re.compile(r"\ban?\s+$")
_ATTRIBUTE_AFTER = re.compile(r"^[\s-]*[a-z]{3,}\b")


def _attribute(q: Quantity, text: str) -> bool:
    return (
        q.kind == "bare"
        and bool(_ATTRIBUTE_BEFORE.search(text[max(0, q.start - 4) : q.start]))
        and bool(_ATTRIBUTE_AFTER.match(text[q.end :]))
    )


#: Where the words of one figure end and the next one's begin.
_PAUSE = re.compile(r",|;|[.!?]|\bbut\b|\band\b|\bthen\b")


def the_marked(rivals: list[Reading], text: str) -> Reading | None:
    """The one rival marked as the whole figure when the others are each of a piece (a price,
    one job's hours, a count), else ``None``."""
    field = rivals[0].field or ""
    kind = "activity.annual_revenue" if field == "activity.annual_revenue" else "hours_per_week"
    if not (field == kind or field.endswith(kind)) or not text:
        return None
    found = find_quantities(text)
    said = [_quantity_of(r, found, text) for r in rivals]
    if any(q is None for q in said):
        return None  # a figure worked out by the reader: it has no words of its own
    pieces = _pieces(found, text)
    words = [pieces[id(q)] for q in said if q is not None]
    marked = [i for i, piece in enumerate(words) if _marked(piece, kind)]
    if len({rivals[i].value for i in marked}) != 1 or not _whole(said[marked[0]], kind):
        return None
    winner = rivals[marked[0]]
    others = [
        (q, w) for q, w, r in zip(said, words, rivals, strict=True)
        if r.value != winner.value and q is not None and not _attribute(q, text)
    ]  # fmt: skip
    if any(_OVER_TIME[kind].search(w) or _same_whole(q, w, text) for q, w in others):
        return None
    if kind == "activity.annual_revenue" and any(q.kind == "bare" for q, _ in others):
        return None  # "my half is 19", "9 grand, maybe 10": the same whole, said short
    if kind == "hours_per_week" and not _hours_of_pieces(winner, words[marked[0]], others):
        return None  # "..., 2 hours. I'd say 48 hours a week is what I can give"
    return replace(winner, confidence=SURE, note="the figure said as the whole one")


#: Hours said of one piece of the work: one job, one shift, one thing made.
_ONE_PIECE = re.compile(
    r"\b(?:on its own|by itself|each|per|apiece|a piece|to (?:build|make|do|finish|set up)|"
    r"takes?|can (?:be|take)|(?:is|are|'s) (?:like |about |around )?\d+|a (?:shift|run|job|"
    r"session))\b"
)


#: Hours said of a time apart from the usual week: "on paper", "in calving", "sometimes".
_EXCEPTION = re.compile(
    r"\b(?:on paper|sometimes|when|during|or more|at a push|in (?:a |the )?[a-z]{4,})\b"
)


def _hours_of_pieces(winner: Reading, piece: str, others: list[tuple[Quantity, str]]) -> bool:
    """True when every other figure is said as the hours of one piece or of a time apart from
    the usual week, and the marked one is a work's week, not what the person can give in all."""
    if winner.field == "activity.hours_per_week" and cues.CAPACITY.search(piece):
        return False
    return all(_ONE_PIECE.search(w) or _EXCEPTION.search(w) for _, w in others)


def _marked(piece: str, kind: str) -> bool:
    return bool(_MARK.search(piece)) or (
        kind == "activity.annual_revenue" and bool(_YEAR_MARK.search(piece))
    )


def _whole(q: Quantity | None, kind: str) -> bool:
    """True when the marked quantity can be the whole figure: money for a year (never a price
    of one thing or a count), hours for a week."""
    if q is None:
        return False
    if kind == "activity.annual_revenue":
        return q.kind == "money" and q.period in {"", "year"}
    return q.kind in {"hours", "bare"} and q.period in {"", "week"}


def _quantity_of(r: Reading, found: list[Quantity], text: str) -> Quantity | None:
    """The quantity a reading was read from: in its span, of its value."""
    start = text.find(r.span)
    if start < 0 or not isinstance(r.value, int | float):
        return None
    inside = [q for q in found if start <= q.start < start + len(r.span)]
    same = [q for q in inside if abs(q.value - float(r.value)) <= 0.01 * max(abs(q.value), 1)]
    return same[0] if len(same) == 1 else None


def _pieces(found: list[Quantity], text: str) -> dict[int, str]:
    """Each quantity's own words: from the pause before it (or the figure before it, when no
    pause stands between) to the pause after it (or the next figure)."""
    cuts = [0]
    for before, after in itertools.pairwise(found):
        pauses = list(_PAUSE.finditer(text, before.end, after.start))
        cuts.append(pauses[-1].start() if pauses else before.end)
    last = _PAUSE.search(text, found[-1].end) if found else None
    cuts.append(last.start() if last else len(text))
    return {id(q): text[a:b] for q, (a, b) in zip(found, itertools.pairwise(cuts), strict=True)}
