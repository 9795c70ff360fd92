"""The hours really worked, said after the hours on paper (pure: no I/O).

Asked for one work's hours, people often give the contract's figure and then what they really
do: "32 on the contract, but really it's more like 36", "rostered 30 hours, but they always
keep me longer. In practice 33". The plan needs the hours the person works, so the figure said
after the turn is the work's hours; the one on paper is left (both were asked back as two
figures for one field).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.types import Reading

_HOURS = "activity.hours_per_week"
_SURE = 0.9

#: Words that put a figure on paper: the contract's, the rota's, the official one.
_ON_PAPER = re.compile(
    r"\b(?:contract\w*|on paper|officially|official|nominally|supposed to|rostered|on the rota)\b"
)
#: The turn to what is really done, after the figure on paper.
_TURN = re.compile(r"\bbut\b")
_REALLY = re.compile(
    r"\b(?:really|actually|in reality|in practice|realistically|more like|truth is|"
    r"(?:always|usually|often|always they ask|they ask|ask) more)\b"
)


def real_kept(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """At a work's hours question, the figure said after the hours on paper and a turn to what
    is really done ("... but really 34") kept as the hours, the figure on paper left."""
    if not ask.startswith("act:hours:"):
        return readings
    subject = ask.removeprefix("act:hours:")
    hours = [r for r in readings if r.field == _HOURS and r.act == "fact" and r.subject == subject]
    if len(hours) != 2 or all(r.confident for r in hours):
        return readings
    low = text.casefold()
    placed = sorted(((low.find(r.span.casefold()), r) for r in hours), key=lambda p: p[0])
    (first_at, paper), (second_at, real) = placed
    if first_at < 0 or second_at <= first_at or not _ON_PAPER.search(paper.span.casefold()):
        return readings
    between = low[first_at + len(paper.span) : second_at + len(real.span)]
    if not (_TURN.search(between) and _REALLY.search(between)):
        return readings
    kept = replace(real, confidence=max(real.confidence, _SURE), note="the hours really worked")
    return [kept if r is real else r for r in readings if r is not paper]
