"""Pots of money the person says not to count: "a further 8'500 in the third pillar, which I
do not count", "2k I lent my brother, that's not really savings".

Parts of savings or spending said one after another are added up; a part said with words
that leave it out of the figure is the person's own exclusion, and adding it would put money
in the plan they said is not there. Such a part is dropped before the parts are added.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: Words said of a pot, after its amount, that leave it out of the figure.
_LEFT_OUT = re.compile(
    r"\b(?:which|that|it|this|those|these)\s+(?:i|we)\s+(?:do not|don'?t|never|would not|"
    r"wouldn'?t|won'?t|can'?t|cannot)\s+(?:really\s+)?(?:count|include|touch)\b|"
    r"\b(?:that|which|it|this)(?:'s|\s+is)\s+not\s+(?:really\s+)?(?:savings|counted|included|"
    r"mine|ours|ours to spend|available)\b|"
    r"\bnot really (?:savings|mine|ours)\b|"
    r"\b(?:does not|doesn'?t|won'?t|wouldn'?t) count\b|\bnot counting\b|"
    r"\b(?:leave|keep)\s+(?:it|that|them|this)\s+out\b"
)
#: Where what is said of one pot ends.
_END = re.compile(r"[.!?;\n]")


def counted(rivals: list[Reading], text: str) -> list[Reading]:
    """``rivals`` (parts of one amount, in the order said) without those the person says
    not to count; all of them when none is left out, or when every one would be."""
    kept = [r for k, r in enumerate(rivals) if not _left_out(r, rivals[k + 1 :], text)]
    return kept if kept else rivals


def _left_out(r: Reading, later: list[Reading], text: str) -> bool:
    at = text.find(r.span) if r.span else -1
    if at < 0:
        return False
    said = text[at:]
    ends = [m.start() for m in [_END.search(said, len(r.span))] if m]
    ends += [i for o in later if o.span and (i := said.find(o.span, len(r.span))) > 0]
    return _LEFT_OUT.search(said[: min(ends, default=len(said))]) is not None
