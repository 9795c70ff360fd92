"""The usual hours said before an exception to them (pure: no I/O).

Asked for one work's hours, people give the usual week and then what happens now and then:
"four 9s Monday to Thursday, plus overtime when an order is late, maybe 6 hours a month",
"35 a week, sometimes 45 before a deadline". The figure said in the exception is no usual
week, so the one figure said before it is the work's hours (the figures read from both were
asked back as two figures for one field).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.types import Reading

_HOURS = "activity.hours_per_week"
_SURE = 0.9

#: Where an exception to the usual week begins ("sometimes", "when a contract is behind").
_EXCEPTION = re.compile(
    r"\b(?:sometimes|some weeks|occasionally|now and then|the odd|if (?:i|we) have to|"
    r"when (?:it'?s|we'?re|i'?m) busy|at times|when (?:a|an|there'?s|there is|we have)|"
    r"if there)\b"
)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;]+(?!\d)|\n")


def usual_kept(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """At a work's hours question, the one figure said before an exception kept as the hours,
    and the figures said in the exception dropped."""
    if not ask.startswith("act:hours:"):
        return readings
    subject = ask.removeprefix("act:hours:")
    hours = [r for r in readings if r.field == _HOURS and r.act == "fact" and r.subject == subject]
    if len(hours) < 2 or all(r.confident for r in hours):
        return readings
    low = text.casefold()
    said = _EXCEPTION.search(low)
    if said is None:
        return readings
    end = _SENTENCE_END.search(low, said.end())
    aside = range(said.start(), end.start() if end else len(low))
    where = {id(r): low.find(r.span.casefold()) for r in hours}
    if any(at < 0 for at in where.values()):
        return readings  # a figure whose place is not known: left asked back
    before = [r for r in hours if where[id(r)] < said.start()]
    inside = [r for r in hours if where[id(r)] in aside or r.span.casefold() in low[aside[0] :]]
    inside = [r for r in inside if r not in before]
    if len(before) != 1 or len(before) + len(inside) != len(hours):
        return readings
    usual = replace(before[0], confidence=max(before[0].confidence, _SURE), note="the usual week")
    return [usual if r is before[0] else r for r in readings if r not in inside]
