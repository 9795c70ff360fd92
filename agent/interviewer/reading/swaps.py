"""One stream swapped for another in one sentence ("drop the experiment and do a Makaton course
for parents instead, 3 hours a week").

Read piece by piece, such a sentence looks like an edit of the stream it names (its hours set
to the new stream's 3), which is wrong twice over. Read whole, it is two wishes: the named
stream dropped, and a new one with the figures said after it. Said with "instead", "replace"
or "swap", the new stream takes the dropped one's role.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import figures, names
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import PlanView, Reading

_SWAP = re.compile(
    r"\b(?:drop|remove|lose|scrap|ditch|get rid of|cut|replace|swap)\b(?P<old>.+?)"
    r"(?:,\s*)?\b(?:and (?:instead )?(?:do|add|have|start|run|try|put in|go for|make)|"
    r"(?:and )?(?:replace|swap) (?:it|that|them) (?:with|for)|(?P<bare>for|with)|in favou?r of)\b"
    r"(?P<new>.+)$"
)
_INSTEAD = re.compile(r"\b(?:instead|replace|swap|in favou?r of)\b")
_ROLES = re.compile(r"\b(anchor|client|leverage|seed)\b")


def swap(text: str, start: int, own: list[Quantity], view: PlanView) -> list[Reading]:
    """The two wishes of a sentence that drops a proposed stream for a new one, else ``[]``.
    ``start`` is where ``text`` starts in the message (the quantities' offsets)."""
    match = _SWAP.search(text)
    if match is None or not view.streams:
        return []
    if match.group("bare") and re.search(r"[,;]", match.group("old")):
        return []  # "remove the tutorials, my network is too poor for video": a reason
    listed = {s.name: s for s in view.streams}
    old = names.known_name(match.group("old"), list(listed))
    cut = start + match.start("new")
    later = [q for q in own if q.start >= cut]
    if any(start + match.start("old") <= q.start < cut for q in own):
        return []  # "cut the locum shifts to 4 hours, and add ...": an edit, then a wish
    new = names.new_name(_blank(match.group("new"), cut, later))
    if old is None or new is None or any(_shares_a_word(new, name) for name in listed):
        return []  # "drop X and do more Y": Y is no new stream
    wish = Reading("wish", subject=new, span=text)
    for q in later:
        if q.kind == "percent":
            wish = replace(wish, share=q.value)
        elif q.kind in {"hours", "bare", "days"}:
            wish = replace(wish, hours=round(figures.weekly_hours(q, None)[0], 2))
    role = _ROLES.search(match.group("new"))
    if role:
        wish = replace(wish, role=role.group(1))
    elif _INSTEAD.search(text):
        wish = replace(wish, role=listed[old].role)
    return [Reading("wish", subject=old, remove=True, span=text), wish]


def _shares_a_word(new: str, name: str) -> bool:
    own = {names.stem(w) for w in names.words(name.casefold()) if len(w) >= 4}
    return bool(own & {names.stem(w) for w in names.words(new.casefold()) if len(w) >= 4})


def _blank(text: str, at: int, quantities: list[Quantity]) -> str:
    """``text`` (starting at offset ``at``) with its quantities and "instead" blanked out."""
    chars = list(text)
    for q in quantities:
        for i in range(max(q.start - at, 0), min(q.end - at, len(chars))):
            chars[i] = " "
    return re.sub(r"\b(?:instead|please|a week|per week|weekly)\b", " ", "".join(chars))
