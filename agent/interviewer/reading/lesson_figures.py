"""Figures inside a lesson, while what work teaches is asked, are words of the lesson.

"It teaches me to stay calm when everything goes wrong 5 minutes before curtain": the five
minutes say when things go wrong, never how long the work takes. A sentence that says what the
work teaches ("teaches me", "taught me", "I've learnt") keeps its figures as words, so the
whole lesson is read; figures in the answer's other sentences are read as usual.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from agent.interviewer.reading.cues import TEACHES_ME
from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import Reading

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


def lesson_beside_figures(readings: list[Reading], text: str) -> list[Reading]:
    """At the question of what a work teaches, a lesson beside figures read for some field
    that never says it teaches is asked back when it reads as news of the work: said after
    the figures ("change it to 7k a year, finally put my prices up"), or with a figure or a
    word of pay of its own ("I gave you the old rate", "12 clients now"). A lesson said first,
    news after it ("patience. oh and it's 8 hours now"), stays the lesson."""
    figures = [r for r in readings if r.act in {"fact", "change"} and isinstance(r.value, float)]
    if not figures or _LESSON.search(text):
        return readings
    first = min(_at(r.span, text) for r in figures)
    return [
        replace(r, confidence=min(r.confidence, UNSURE), note="a lesson, or news of the work?")
        if r.field == "activity.teaches" and _news(r.span, _at(r.span, text) > first)
        else r
        for r in readings
    ]


#: Words of pay in a clause said at the lesson question: news of the work's money.
_PAY_TALK = re.compile(r"\b(?:rates?|prices?|pays?|paid|charges?|fees?|income)\b")


def _news(span: str, after_figures: bool) -> bool:
    return after_figures or bool(re.search(r"\d", span) or _PAY_TALK.search(span.casefold()))


def _at(span: str, text: str) -> int:
    """Where ``span`` starts in ``text`` (its end when it is not found)."""
    found = text.casefold().find(span.casefold())
    return found if found >= 0 else len(text)
