"""A short figure said for an amount in thousands keeps the thousands.

"12 grand saved. sorry, more like 9": the 9 revises the 12 grand, so it is 9,000, and the 12
grand is no longer meant. "42k gross,
33 net": the net figure is said in the same thousands as the gross one. People drop the "k"
once it has been said; a plain number that revises a thousands amount (after "more like",
"sorry", "actually", "call it"), names its other side (gross or net, before or after tax)
or the person's own part of it ("12 grand between us, my half is 6"; "we made 30k, split it,
so I got about 14"), or repeats such a
figure, is read in the amount's scale and currency. A plain number said any other way ("12 grand and
3 kids") stays what it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.revision_words import (
    ACTUALLY_AFTER,
    REVISION,
    TAKE_BACK,
    TAKEN_BACK_OPENING,
)

#: An amount said in thousands ("12 grand", "£42k", "40 thousand").
_THOUSANDS = re.compile(r"\d\s*(?:k|grand|thousand|lakhs?)\b")
#: "6.5 lakh a year, 5.8 in hand": a figure said in lakh keeps lakh, not thousands.
_LAKH = re.compile(r"\d\s*lakhs?\b")
#: Words just before a plain number that revise the figure said before it.
_REVISES = re.compile(rf"\b{REVISION}[,:]?\s*(?:about|around|maybe|like|only)?\s*$")
#: "12 grand between us, my half is 6": the person's own part of a sum in thousands.
_OWN_SHARE = re.compile(
    r"\b(?:my|our)\s+(?:half|share|part|bit|portion)\s+(?:of (?:it|that|this)\s+)?"
    r"(?:is|would be|'s)\s*(?:about|around|roughly|like|maybe)?\s*$"
)
#: "... so I got maybe 12", "I kept about 9": what reached the person of a sum in thousands.
_KEPT = re.compile(
    r"\b(?:so\s+)?(?:i|me)\s+(?:only\s+)?(?:got|kept|keep|cleared|took home|take home|pocketed|"
    r"ended up with|walked away with)\s*(?:about|around|roughly|like|maybe|just|only)?\s*$"
)
#: "turned over 68k, profit was 41": what was kept of the takings said in thousands (said as a
#: guess, "profit maybe 6", it stays what it was and is asked).
_PROFIT = re.compile(r"\b(?:profit|net profit)\s*(?:was|is|of|came to|were)?\s*$")
#: "rent is 1.2k and food maybe another 0.4": one more part of a sum said in thousands.
_ANOTHER = re.compile(r"\banother\s*(?:about|around|roughly|maybe|like)?\s*$")
#: Words just after a plain number that name it the other side of pay said in thousands.
_OTHER_SIDE = re.compile(
    r"^\s*(?:(?:a|per|every|each) (?:month|week)\s+)?(?:gross|net|before tax|after tax|"
    r"take[- ]home|pre-tax|in (?:my |the )?hand|"
    # "60k gross, 35 after materials": what is left once the costs named are paid
    r"after (?:the |my |all |paying |buying )?(?!that\b|this\b|it\b)[a-z]{4,})\b"
)
#: How many of a period a year holds, to set a month's take-home beside a year's gross.
_IN_A_YEAR = {"month": 12.0, "week": 52.0}
#: Words that set the two figures in different times ("9k last year, this year more like 6"):
#: no revision of one figure, so neither is read anew.
_ANOTHER_TIME = re.compile(
    r"\b(?:last|this|next) (?:year|month|week|season)|\b(?:was|were|used to|now|then|before)\b"
)
#: How far the revised figure may sit from the first (a factor either way).
_NEAR = 4.0
#: ... and how much smaller a part said of another place may be.
_PART_NEAR = 10.0


def carried(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with each plain number that revises, or is the other side of, an amount in
    thousands said before it read as money in that amount's scale and currency."""
    out: list[Quantity | None] = list(found)
    for k, q in enumerate(found):
        if q.kind != "bare" or q.value <= 0 or q.value >= 1000:
            continue
        before = [p for p in found[:k] if p.kind == "money" and _in_thousands(p, text)]
        if not before:
            out[k] = _side_of_pay(q, found[:k], text)
            continue
        first = before[-1]
        value = q.value * (100_000 if _LAKH.search(text[first.start : first.end]) else 1000)
        part = _another_part(first, q, text)  # "9 grand in the ISA and 3.5 in the current account"
        # "£28.5k before tax, 2.1 a month in my hand": the month's pay set beside the year's
        side = _OTHER_SIDE.match(text[q.end :]) is not None
        said = value * _IN_A_YEAR.get(q.period, 1.0) if side and not first.period else value
        if not first.value / (_PART_NEAR if part else _NEAR) <= said <= first.value * _NEAR:
            continue
        # "did 31k, we split it after costs so I got maybe 12": the person's own take of it
        kept_said = _KEPT.search(between := text[first.end : q.start]) or _PROFIT.search(between)
        kept = kept_said is not None and value < first.value
        between = text[first.end : q.start]
        # "52 grand last year, no sorry 49": the figure taken back, its time with it
        taken_back = re.search(rf"\b{TAKE_BACK}\W*$", between) is not None
        # "52k last year, nah 49": the time said once, of the first figure, before the pause
        pause = re.search(r"[,;.]", between)
        own_time = _REVISES.search(between) is not None and pause is not None
        told = between[pause.end() :] + text[q.start : q.end] if own_time and pause else ""
        told = told if own_time else text[first.start : q.end]
        if _ANOTHER_TIME.search(told) and not (kept or taken_back):
            continue  # "9k last year, this year more like 6": which year to plan on is asked
        revised = _REVISES.search(between) is not None or _TAKEN_BACK.search(between) is not None
        # "Three grand. Two and a half, actually": the later figure is weighed in ``settle``
        actually = _actually_after(between, text[q.end :])
        share = _OWN_SHARE.search(text[first.end : q.start]) is not None and value < first.value
        part = part or _ANOTHER.search(text[first.end : q.start]) is not None
        again = any(  # "my half is 6, so say 6": the same short figure said again
            o is not None and o is not q and o.kind == "money" and o.value == value for o in out[:k]
        )
        if part or revised or actually or share or again or side or kept:
            out[k] = replace(q, kind="money", value=value, currency=first.currency)
        if revised:
            out[found.index(first)] = None
    return [q for q in out if q is not None]


#: "... in the business account and 3.5 in the credit union": the same amount said of two
#: places, the second one's thousands left unsaid.
_THEN_ANOTHER = re.compile(r"^\s+(?:in|on|at|with)\b[^.;!?\d]*?(?:\band|\bplus|&|\+|,)\s*$")
_PLACE_AFTER = re.compile(r"^\s*(?:in|on|at|with)\s+[a-z]")


#: How many of a period a year holds, to set the pay of a period beside a year's figure.
_PERIODS_A_YEAR = {"year": 1.0, "month": 12.0, "fortnight": 26.0, "week": 52.0}


def _side_of_pay(q: Quantity, before: list[Quantity], text: str) -> Quantity:
    """ "2,600 a fortnight after tax, 88 gross": a plain number naming the other side of pay
    said in full for a period is that pay's year in thousands, when the year it makes sits near
    the period's pay over a year; otherwise it stays as it was."""
    paid = [p for p in before if p.kind in {"money", "bare"} and p.value >= 1000]
    if not paid or q.period or _OTHER_SIDE.match(text[q.end :]) is None:
        return q
    first = paid[-1]
    per_year = _PERIODS_A_YEAR.get(first.period)
    if per_year is None or per_year == 1.0:
        return q
    year = first.value * per_year
    if not year / 2 <= q.value * 1000 <= year * 2:
        return q
    return replace(q, kind="money", value=q.value * 1000, period="year", currency=first.currency)


def _another_part(first: Quantity, q: Quantity, text: str) -> bool:
    """True when a plain number names the amount of another place the way the amount in
    thousands before it named its own ("X in A and Y in B")."""
    return (
        _THEN_ANOTHER.match(text[first.end : q.start]) is not None
        and _PLACE_AFTER.match(text[q.end :]) is not None
    )


#: Before a short figure: words that make it the person's part ("my half is 19", "half of
#: that is hers, so 11 for me").
_PART_WORDS = re.compile(
    r"\b(?:my|our)\s+(?:half|share|part|cut)\b|\bhalf\b[^.;!?\d]*\bso\b[^.;!?\d]*$"
)
_PART_SIZES = (0.5, 1 / 3, 0.25)


def share_carried(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with a short plain figure said as the person's part of a whole said in full
    ("we sold for 38,000. My half is 19") read in thousands, when so read it is half, a third
    or a quarter of that whole: the arithmetic says which thousands were meant."""
    out = list(found)
    for k, q in enumerate(found):
        if q.kind != "bare" or not 0 < q.value < 1000 or q.period:
            continue
        wholes = [p for p in found[:k] if p.kind in {"money", "bare"} and p.value >= 1000]
        if not wholes or not _PART_WORDS.search(text[wholes[-1].end : q.start]):
            continue
        whole = wholes[-1]
        if any(abs(q.value * 1000 - whole.value * size) <= 0.01 * whole.value * size
               for size in _PART_SIZES):  # fmt: skip
            note = f"part of {whole.value:g}: your share"
            out[k] = replace(q, kind="money", value=q.value * 1000, currency=whole.currency,
                             note=note)  # fmt: skip
    return out


def _in_thousands(q: Quantity, text: str) -> bool:
    return q.value >= 1000 and _THOUSANDS.search(text[q.start : q.end]) is not None


_TAKEN_BACK = re.compile(TAKEN_BACK_OPENING)
_ACTUALLY_AFTER = re.compile(ACTUALLY_AFTER)


def _actually_after(between: str, after: str) -> bool:
    """True for "actually" after a plain number opening its sentence ("2.5, actually")."""
    return bool(_ACTUALLY_AFTER.match(after)) and re.search(r"[.!?;]\s*$", between) is not None
