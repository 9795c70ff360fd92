"""A share of a shared figure said in words the reader cannot size ("my share is most of it",
"I pay 60%", "we split it between us"): the figure said is the whole, the person's part of it
is not known, so the whole is asked back rather than stored as theirs. Pure.

Shares the reader sizes ("my share is half", "we split it 50/50") are folded into the figure
before this (``share_words``, ``own_share``); an appositive "my share" or "(my half)" says the
figure already is the person's part and changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.types import Reading

__all__ = ["UNREAD_SHARE_NOTE", "asked_back", "without_share_words"]

UNREAD_SHARE_NOTE = "the whole: what is your share of it?"
_SHARED_FIELDS = frozenset({"capacity.monthly_spending", "capacity.cash_buffer"})
#: Words that make the figure before them a whole split with others, by a part not sized.
_SHARE_TALK = re.compile(
    r"\b(?:my\s+(?:share|part|half|cut|portion|bit)\s*(?:is|'s|comes to)|"
    r"(?:i|i'm|im)\s+(?:only\s+)?(?:pay|cover|put in|chip in)\s+(?:for\s+)?(?:about\s+|around\s+"
    r"|roughly\s+|maybe\s+)?(?:most|some|part|a bit|a chunk|a portion|the bulk|less|more|"
    r"the majority|the lion's share|a share|my share|\d+\s*%|\d+\s*percent|\d+\s+thirds?)|"
    r"(?:we|i)\s+(?:split|share|divide)\s+(?:it|that|this|them|everything|the\s+[a-z]+)|"
    r"split\s+(?:it\s+)?(?:between|with)|between\s+(?:us|the\s+(?:two|both)\s+of\s+us)|"
    r"(?:shared|split)\s+with\s+(?:my|the|our)\b|"
    r"of\s+(?:it|that|this)\s+(?:is|'s)\s+mine)"
)
_SIZED = re.compile(r"your share|" + re.escape("of what is shared"))


def asked_back(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with a household figure followed, in its sentence, by share words that give
    no size asked back as the whole."""
    return [_doubted(r) if _unsized(r, text) else r for r in readings]


def _unsized(r: Reading, text: str) -> bool:
    if r.act not in {"fact", "change"} or r.field not in _SHARED_FIELDS:
        return False
    if _SIZED.search(r.note or "") or not r.span:
        return False
    at = text.find(r.span)
    if at < 0:
        return False
    end = at + len(r.span)
    stop = min((i for i in (text.find(m, end) for m in ".!?\n") if i >= 0), default=len(text))
    return bool(_SHARE_TALK.search(text, at, stop))


def _doubted(r: Reading) -> Reading:
    note = f"{r.note}; {UNREAD_SHARE_NOTE}" if r.note else UNREAD_SHARE_NOTE
    return replace(r, confidence=min(r.confidence, UNSURE), note=note)


#: A clause that only says whose part of a figure is whose ("my share is half", "I pay a third
#: of it", "we split it 50/50").
_SHARE_CLAUSE = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:my\s+(?:share|part|half|cut|portion)\b|(?:i|we)\s+(?:only\s+)?"
    r"(?:pay|cover|split|share|go)\b|(?:half|a third|a quarter)\s+of\s+(?:it|that|this)\b)"
)


def without_share_words(readings: list[Reading]) -> list[Reading]:
    """``readings`` without a limit read from the words that gave a shared figure's part: once
    the figure is the person's share, those words are said."""
    if not any(_SIZED.search(r.note or "") for r in readings if r.field in _SHARED_FIELDS):
        return readings
    return [
        r for r in readings
        if not (r.field == "capacity.constraints" and _SHARE_CLAUSE.match(r.span or ""))
    ]  # fmt: skip
