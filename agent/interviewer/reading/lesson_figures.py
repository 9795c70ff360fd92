"""Figures inside a lesson, while what work teaches is asked, are words of the lesson.

"It teaches me to stay calm when everything goes wrong 5 minutes before curtain": the five
minutes say when things go wrong, never how long the work takes. A sentence that says what the
work teaches ("teaches me", "taught me", "I've learnt") keeps its figures as words, so the
whole lesson is read; figures in the answer's other sentences are read as usual.
"""

from __future__ import annotations

import itertools
import re

from agent.interviewer.reading.cues import TEACHES_ME
from agent.interviewer.reading.quantities import Quantity

_LESSON = re.compile(rf"\b(?:{TEACHES_ME}|i(?:'ve| have)? learn(?:t|ed)?|i'm learning)\b")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;]+(?!\d)|\n")


def without_lesson_figures(quantities: list[Quantity], text: str) -> list[Quantity]:
    """``quantities`` without the ones said in a sentence of ``text`` that tells a lesson."""
    lessons = [
        (start, end)
        for start, end in _sentences(text)
        if _LESSON.search(text, start, end) is not None
    ]
    return [q for q in quantities if not any(s <= q.start < e for s, e in lessons)]


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
