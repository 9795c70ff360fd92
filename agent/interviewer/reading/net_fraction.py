"""What work keeps after its costs, said as a part of its takings: "it brought in about $14k
last year but after ingredients maybe half that", "R80 000 turnover, after fuel a third of it".

The figure said is the turnover and the part kept is said only in words; which of the two the
plan should hold is the person's to say (as when both are said in figures), so the turnover is
asked back ("net or turnover?") rather than stored as what the work brings in. Pure.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading
from agent.interviewer.reading.unread_share import doubted, span_in_sentence

__all__ = ["NET_NOTE", "asked_back"]

NET_NOTE = "net or turnover?"
#: "after ingredients maybe half that", "after costs about a third of it", "less than half
#: after materials".
_KEPT_IN_WORDS = re.compile(
    r"\bafter\b[^.;!?\d]{0,40}?\b(?:half|a third|a quarter|two thirds|most|less than half)"
    r"(?:\s+of)?\s+(?:that|it|this|what)\b|"
    r"\b(?:half|a third|a quarter|two thirds|less than half)\s+(?:of\s+(?:that|it)\s+)?"
    r"(?:is\s+|goes\s+on\s+|on\s+)?(?:profit|net|left|kept|after (?:costs|expenses|materials))\b"
)


def asked_back(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with a work's yearly takings followed, in their sentence, by the part kept
    after costs said only in words, asked back."""
    return [doubted(r, NET_NOTE) if _kept_said(r, text) else r for r in readings]


def _kept_said(r: Reading, text: str) -> bool:
    if r.act not in {"fact", "change"} or r.field != "activity.annual_revenue":
        return False
    placed = span_in_sentence(r, text)
    return placed is not None and bool(_KEPT_IN_WORDS.search(text, placed[1], placed[2]))
