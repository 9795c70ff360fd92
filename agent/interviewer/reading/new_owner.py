"""A figure or label whose owner is in doubt, given to the work its own sentence names.

"I'm a sound engineer, 48k a year. On the side I build guitar pedals, that's maybe 6k a year,
not much but I love it": the reading of the sentence keeps its frame on the sound engineer and
doubts the 6k and the "love it" ("whose figure?"), while the pedals are named by a later pass.
The doubted readings are then of the work named before them in their own sentence (the one
nearest them); they stay unsure, so the person is asked, now about the right work.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.types import Reading

_DOUBTED = frozenset({"whose figure?", "whose label?"})


def carried_to_named(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with each doubted reading of one work moved to the work named nearest
    before it in its sentence of ``text``, when that is other work."""
    named = [
        (at, str(r.value))
        for r in readings
        if r.act == "fact" and r.field == "activity" and r.span and (at := text.find(r.span)) >= 0
    ]
    return [_carried(r, named, text) if r.note in _DOUBTED else r for r in readings]


def _carried(r: Reading, named: list[tuple[int, str]], text: str) -> Reading:
    at = text.find(r.span) if r.span and r.subject else -1
    if at < 0:
        return r
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    before = [(where, name) for where, name in named if start <= where < at]
    if not before:
        return r
    owner = max(before)[1]
    return r if owner == r.subject else replace(r, subject=owner)


_SENTENCE_END = re.compile(r"(?<!\d)[.!?;]+(?!\d)|\n")
