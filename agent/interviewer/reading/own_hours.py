"""The person's own part of hours shared with others ("20 hours a week between us, 12 of
them mine"; "we put in 20 hours together, I do 12"). Pure.

The plan counts the person's own hours: when one piece of work's hours are said as shared
(between us, together, the two of us) and the person then says their part of them, the part
is the figure, said of the same work; the shared whole is no reading of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import SURE
from agent.interviewer.reading.numbers import to_number
from agent.interviewer.reading.settle import RIVALS
from agent.interviewer.reading.types import Reading

__all__ = ["own_part"]

_HOURS = "activity.hours_per_week"
#: Hours said as the sum of several people's ("between us", "together", "the two of us").
_SHARED = re.compile(
    r"\b(?:between (?:us|the (?:two|2|three|3|four|4) of us|(?:me|myself) and [a-z]+(?: [a-z]+)?)|"
    r"together|combined|(?:the|all) (?:two|2|three|3) of us|both of us|we (?:put in|do|work))\b"
)
_NUM = r"(?P<{}>\d+(?:[.,]\d+)?)"
#: The person's part of them, said after the shared hours in the same message.
_PART = re.compile(
    r"(?:^|[,;.]|\b(?:and|but|so|with|of which|though))\s*(?:"
    rf"{_NUM.format('a')}\s*(?:h|hrs?|hours?)?\s*(?:of (?:them|those|it|that|these)\s+)?"
    r"(?:are|is|'s|being)?\s*"
    r"(?:mine|me|my own|my part|my share|by me)\b|"
    rf"(?:i|i'm|im|me)\s+(?:do|put in|work|cover|take|am doing|'m doing)\s+(?:about |around |"
    rf"roughly |maybe )?{_NUM.format('b')}\b(?!\s*(?:%|k\b|[£$€]))|"
    rf"(?:my|mine)\s+(?:share|part|half|bit|end)?\s*(?:is|'s|=|:)\s*(?:about |around |roughly )?"
    rf"{_NUM.format('c')}\b(?!\s*(?:%|k\b|[£$€]))"
    r")"
)


def own_part(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with one work's shared hours read as the person's part of them, when the
    message says that part after them; any other readings as they are."""
    shared = [r for r in readings if r.act == "fact" and r.field == _HOURS and _shared(r, text)]
    if len(shared) != 1:
        return readings
    whole = shared[0]
    at = text.find(whole.span) + len(whole.span)
    part = _PART.search(text, at) if at >= len(whole.span) else None
    if part is None:
        return readings
    value = to_number(next(n for n in part.group("a", "b", "c") if n))
    if not 0 < value < float(whole.value or 0):
        return readings
    span = text[text.find(whole.span) : part.end()].strip()
    own = replace(whole, value=value, span=span)
    if whole.note == RIVALS:  # the part and the whole were read as two rival figures
        own = replace(own, confidence=SURE, note="")
    return [
        own if r is whole else r
        for r in readings
        if r is whole or not (r.field == _HOURS and r.subject == whole.subject)
    ]


def _shared(r: Reading, text: str) -> bool:
    """The hours' clause says they are several people's together."""
    at = text.find(r.span)
    clause_end = re.search(r"[,;.!?]|$", text[at + len(r.span) :]) if at >= 0 else None
    said = text[max(at, 0) : at + len(r.span) + (clause_end.start() if clause_end else 0)]
    return at >= 0 and isinstance(r.value, int | float) and _SHARED.search(said) is not None
