"""Two amounts for savings or spending that are no two parts to add.

Parts of savings or spending said one after another are added up ("rent 900, food 300").
Three ways of saying two amounts are not that:

- the later one is a part *inside* the first ("18k a month, the rent alone is 9k"): the
  first is the whole, and the part is already in it;
- the later one is the first with something more counted in ("about 1,900 a month, maybe
  2,100 with the car loan"): the person puts the figure right, and the larger one stands;
- the later one is the part of savings held for something else ("12,000 in the bank, but
  5,000 of it is set aside for the roof"): what is left is what the person can fall back on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.types import Reading

#: Words of the later amount that say it is a part inside the whole said before it.
_INSIDE = re.compile(r"\balone\b|\bby itself\b|\bon its own\b")
#: Between two amounts: a hedge that offers the second in place of the first.
_HEDGED = re.compile(
    r"^\W*(?:(?:a|per) month\W*)?(?:maybe|or|probably|more like|nearer|closer to)\W*$"
)
#: After the second amount: what more it counts ("with the car loan", "w/ the truck").
_COUNTING = re.compile(
    r"^\s*(?:a month\s+)?(?:with|w/?|incl(?:uding)?\.?|counting|if (?:you|i) (?:add|count))\s+"
    r"(?:the\s+|my\s+|our\s+)?[a-z]"
)
#: Words of the later amount that hold it apart from the savings said before it.
_SET_ASIDE = re.compile(
    r"\bof (?:it|that|this|which)\b.{0,30}?\b(?:set aside|put aside|earmarked|ring-?fenced|"
    r"reserved|spoken for|kept for|saved for|for (?:the |our |my )?[a-z']+(?:\s+[a-z']+)?\s+"
    r"(?:fees|bill|deposit|wedding|tuition))\b|"
    # "3,000 of that is for the kids' braces": a part of it said to be for something
    r"\bof (?:it|that|this|which)(?:'s|\s+is|\s+are)\s+(?:all\s+|really\s+|already\s+)?"
    r"(?:for|towards|to cover|to pay for)\s+(?!(?:an?\s+|any\s+)?(?:emergenc\w*|rainy|backup|"
    r"buffer|just in case|bad times|hard times)\b)[a-z]"
)
#: "..., but 4,000 are for the new roof": a part of the savings just said, turned to with
#: "but" and said to be for something, is set aside too.
_BUT_FOR = re.compile(
    r"^\W*but\s+(?:about\s+|around\s+|maybe\s+)?\S*\d[\d.,]*\s*(?:k|€|£|\$|euros?|pounds?)?\s+"
    r"(?:are|is)\s+(?:already\s+)?(?:for|towards)\s+(?:the|a|an|my|our)\s+"
    r"(?!(?:emergenc\w*|rainy|backup|buffer|bad times|hard times)\b)[a-z]"
)
_BUFFER = "capacity.cash_buffer"


def settled(rivals: list[Reading], text: str) -> Reading | None:
    """The one reading two amounts of savings or spending come to, or None when they are
    parts to add (or none of the three ways above fits)."""
    if len(rivals) != 2 or not all(isinstance(r.value, float) for r in rivals):
        return None
    placed = in_order(rivals, text)
    if placed is None:
        return None
    (first, one), (later, two) = placed
    whole, part = float(first.value), float(later.value)  # type: ignore[arg-type]
    clause = _clause(text, two)
    if _INSIDE.search(clause) and part < whole:
        return replace(first, note="the part said is inside the whole")
    hedged = _HEDGED.match(text[one.end : two.start]) is not None
    if hedged and _COUNTING.match(text[two.end :]) and part > whole:
        return replace(later, note="put right with more counted in")
    aside = _SET_ASIDE.search(clause) or _BUT_FOR.match(clause)
    if first.field == _BUFFER and aside and part < whole:
        return replace(first, value=whole - part, note="less the part set aside")
    return None


def in_order(rivals: list[Reading], text: str) -> list[tuple[Reading, Quantity]] | None:
    """Each rival with the amount it was read from, in the order said; None unless each
    rival's value is said once in ``text``."""
    amounts = [q for q in find_quantities(text) if q.kind in {"money", "bare"}]
    placed = []
    for r in rivals:
        said = [q for q in amounts if abs(q.value - float(r.value)) < 0.005]  # type: ignore[arg-type]
        if len(said) != 1:
            return None
        placed.append((r, said[0]))
    if placed[0][1] is placed[1][1]:
        return None
    return sorted(placed, key=lambda p: p[1].start)


def _clause(text: str, q: Quantity) -> str:
    """The words of the clause an amount is said in."""
    start = max(text.rfind(c, 0, q.start) for c in ",.;!?\n") + 1
    ends = [i for i in (text.find(c, q.end) for c in ",.;!?\n") if i >= 0]
    return text[start : min(ends, default=len(text))]
