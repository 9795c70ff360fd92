"""A single hour said with no period ("an hour", "half an hour") outside an hours question.

"I do calligraphy on the side, an hour at lunch" says how long something lasts, not how many
hours a week the work takes: the words "an hour" are read as one hour, but with no week, day
or month said beside them, a week's hours made of them would be a guess. They are asked back
("how often?"). At a question that asks for hours a week the question gives the period, so
"an hour" answering it is one hour a week.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

__all__ = ["LONE_HOUR_NOTE", "asked_how_often"]

#: The note of a single hour said with no period.
LONE_HOUR_NOTE = "an hour: how often?"
_HOUR_ASKS = ("capacity", "act:hours:")
_SAID_AS_ARTICLE = re.compile(r"\b(?:an|one|half an)\s+hour\b")
_SAID_AS_DIGIT = re.compile(r"(?<![\d.,])(?:1|0[.,]5)\s*(?:h|hrs?|hours?)\b")
_PERIOD = re.compile(
    r"(?:a|per|/|each|every|p)\s*(?:week|wk|w|day|night|evening|morning|month|mo|year|yr|"
    r"fortnight|session|lesson|class|visit|time)\b|\b(?:weekly|daily|monthly|nightly|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\bpw\b|\bof (?:my|the|a) week\b"
)


def asked_how_often(readings: list[Reading], message: str, ask: str) -> list[Reading]:
    """``readings`` with a week's hours of one hour (or half an hour), made of "an hour" said
    with no period, asked back rather than kept (outside a question asking for hours a week)."""
    if ask.startswith(_HOUR_ASKS):
        return readings
    said = message.casefold()
    if not _SAID_AS_ARTICLE.search(said) or _SAID_AS_DIGIT.search(said):
        return readings
    return [_doubted(r) if _lone_hour(r) else r for r in readings]


def _lone_hour(r: Reading) -> bool:
    if r.act != "fact" or r.field not in {"activity.hours_per_week", "capacity.hours_per_week"}:
        return False
    if not isinstance(r.value, int | float) or isinstance(r.value, bool):
        return False
    # a value made with a frequency ("2 or 3 sessions a month, each about an hour") had one
    return float(r.value) in {0.5, 1.0} and not _PERIOD.search(r.span or "")


def _doubted(r: Reading) -> Reading:
    note = f"{r.note}; {LONE_HOUR_NOTE}" if r.note else LONE_HOUR_NOTE
    return replace(r, confidence=min(r.confidence, UNSURE), note=note)
