"""Pots of money the person says not to count: "a further 8'500 in the third pillar, which I
do not count", "2k I lent my brother, that's not really savings", or says are held for
something ("1,200 in the credit union but that's for the car", "3k in the joint account and 1k
in mine, but the joint one is for the holiday").

Parts of savings or spending said one after another are added up; a part said with words
that leave it out of the figure is the person's own exclusion, and adding it would put money
in the plan they said is not there. Such a part is dropped before the parts are added.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.inside_parts import in_order
from agent.interviewer.reading.types import Reading

#: Held for something: "for the wedding", "towards the car", "earmarked"; never the savings
#: kept for what a buffer is ("for emergencies", "for a rainy day").
_HELD_FOR = (
    r"(?:(?:for|towards|to cover|to pay for)\s+(?!(?:an?\s+|any\s+)?(?:emergenc\w*|rainy|"
    r"backup|back-up|buffer|just in case|bad times|hard times|when|if|me|us|now|living|"
    r"everyday|bills)\b)[a-z]|earmarked|set aside|spoken for|ring-?fenced)"
)
#: Words said of a pot, after its amount, that leave it out of the figure.
_LEFT_OUT = re.compile(
    r"\b(?:which|that|it|this|those|these)\s+(?:i|we)\s+(?:do not|don'?t|never|would not|"
    r"wouldn'?t|won'?t|can'?t|cannot)\s+(?:really\s+)?(?:count|include|touch)\b|"
    r"\b(?:that|which|it|this)(?:'s|\s+is)\s+not\s+(?:really\s+)?(?:savings|counted|included|"
    r"mine|ours|ours to spend|available)\b|"
    r"\bnot really (?:savings|mine|ours)\b|"
    # "5k in the business account, not mine to spend": said of the pot, with no "that's"
    r"(?:^|,)\s*(?:but\s+)?not\s+(?:really\s+)?(?:mine|ours)(?:\s+to\s+(?:spend|touch|use))?\b|"
    # "300k in ajo for next season's seed": the pot named with what it is held for
    rf"^\S*\d\S*\s+(?:\S+\s+)?in\s+(?:the\s+|my\s+|our\s+|an?\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
    rf"{_HELD_FOR}|"
    r"\b(?:does not|doesn'?t|won'?t|wouldn'?t) count\b|\bnot counting\b|"
    r"\b(?:leave|keep)\s+(?:it|that|them|this)\s+out\b|"
    # "... but that's for the car": the pot is held for something, not to fall back on
    rf"\b(?:but|and)\s+(?:that|it|this|those|these)(?:'s|\s+is|\s+are|'re)\s+(?:all\s+|really\s+|"
    rf"already\s+)?{_HELD_FOR}"
)
#: Where what is said of one pot ends.
_END = re.compile(r"[.!?;\n]")


#: A pot named again by where it is, and held for something ("the business one is for VAT").
_NAMED_HELD = re.compile(
    rf"\bthe\s+(?P<place>[a-z]{{3,}})\s+(?:one|account|pot|money)(?:'s|\s+is)\s+"
    rf"(?:all\s+|really\s+|already\s+)?{_HELD_FOR}"
)


def counted(rivals: list[Reading], text: str) -> list[Reading]:
    """``rivals`` (parts of one amount, in the order said) without those the person says
    not to count; all of them when none is left out, or when every one would be."""
    held = _named_held(rivals, text)
    kept = [
        r for k, r in enumerate(rivals) if r not in held and not _left_out(r, rivals[k + 1 :], text)
    ]
    if kept == rivals:  # "400k in savings and 250k in ajo for seed": one span holds both
        kept = [r for r in rivals if r not in _held_at_amount(rivals, text)]
    return kept if kept else rivals


def _held_at_amount(rivals: list[Reading], text: str) -> list[Reading]:
    """The rivals whose own amount, read up to the next rival's, is said to be left out."""
    placed = in_order(rivals, text)
    if placed is None:
        return []
    starts = [q.start for _, q in placed] + [len(text)]
    low = text.casefold()
    held = []
    for k, (r, q) in enumerate(placed):
        said = low[q.start : starts[k + 1]]
        end = _END.search(said, q.end - q.start)
        if _LEFT_OUT.search(said[: end.start() if end else len(said)]):
            held.append(r)
    return held


def _named_held(rivals: list[Reading], text: str) -> list[Reading]:
    """The one pot a later "the business one is for VAT" names by its place, if one does."""
    said = _NAMED_HELD.search(text)
    if said is None:
        return []
    place = re.compile(rf"\b{said.group('place')}\b")
    named = [r for r in rivals if place.search(r.span[: _before(r.span, said.group(0))])]
    return named if len(named) == 1 else []


def _before(span: str, held: str) -> int:
    """Where the words naming a pot held for something start in its span (its end if none)."""
    at = span.find(held)
    return at if at >= 0 else len(span)


def _left_out(r: Reading, later: list[Reading], text: str) -> bool:
    at = text.find(r.span) if r.span else -1
    if at < 0:
        return False
    said = text[at:]
    ends = [m.start() for m in [_END.search(said, len(r.span))] if m]
    ends += [i for o in later if o.span and (i := said.find(o.span, len(r.span))) > 0]
    return _LEFT_OUT.search(said[: min(ends, default=len(said))]) is not None
