"""The person's share of an amount said as a fraction, in words, after it: "the household runs
about $5,200 a month, and I pay half of it", "we sold 4,000 bottles at 25 but my part is half".

The amount said first is the whole; the plan needs the person's part of it, so the amount is
read as that fraction of itself. Only a share said of the amount just before it, in the same
sentence, with no other number between, counts; "half of that goes on materials" is a cost,
no share, and changes nothing. An even split ("we split it 50/50", "we go halves") is half;
"split between the 3 of us" is one part in three (that count of people is no amount). A share
in percent of everything said before it ("mortgage 1,500 and the rest about 1,000, I pay 60%
of it all") is that share of each amount.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantity import Quantity

_FRACTION = r"(?:half|a half|the half|a third|one third|a quarter|one quarter)"
_ABOUT = r"(?:(?:only|just|about|around|roughly|maybe|like|probably)\s+)?"
_FRACTION_SAID = re.compile(r"\b(?:a |the |one )?(?:half|third|quarter)\b")
#: "we split it 50/50", "we go halves", "split down the middle": an even split of two.
_EVEN = (
    r"(?:(?:we\s+)?(?:split|share|divide)\s+(?:it\s+|that\s+|this\s+|them\s+|everything\s+|"
    r"the\s+[a-z]+\s+)?(?:50\s*/\s*50|50-50|50 50|fifty[- ]fifty|evenly|equally|down the middle|"
    r"in half|half(?: and)? half)|(?:we\s+)?go\s+hal(?:ves|fs))"
)
#: "split between the 3 of us", "shared among the four of us": one part in that many.
_PARTS = (
    r"(?:(?P<verb>split|shared?|divided)\s+(?:it\s+|that\s+|this\s+|them\s+|everything\s+)?)?"
    r"(?:between|among|amongst)\s+(?:the\s+)?(?P<people>[2-6])\s+of\s+us"
)
_SHARE = re.compile(
    r"(?:[^.;!?\d]|\d+\s+of\s+(?:us|them|you)\b)*?\b(?:"
    # "and I pay half of it", "I only get a third", "I cover about a third"
    r"(?:i|i'm|im)\s+(?:only\s+)?(?:pay|cover|get|take|keep|earn|make|put in|contribute|chip in)\s+"
    rf"{_ABOUT}{_FRACTION}"
    r"(?:\s+of\s+(?:it|that|this|them|those))?|"
    # "my part is half", "my share's a third"
    rf"my\s+(?:part|share|cut|portion)\s*(?:is|'s)\s+{_ABOUT}{_FRACTION}"
    r"(?:\s+of\s+(?:it|that|this|them|those))?|"
    # "my half is what I count", "my third is what I take home"
    r"my\s+(?:half|third|quarter)\s*(?:is|'s)\s+what\s+(?:i|we)\s+(?:count|take|keep|get|"
    r"use|plan on)|"
    # "half of it is mine"
    rf"{_FRACTION}\s+(?:of\s+(?:it|that|this)\s+)?(?:is|'s)\s+mine|"
    rf"(?P<even>{_EVEN})|{_PARTS}|"
    # "la meva part és la meitat", "mi parte es la mitad", "ma part c'est la moitié"
    r"(?:la meva|mi|ma|a minha|la mia)\s+(?:part|parte)\s+(?:és|es|est|c'est|é|è)\s+"
    r"(?:la\s+|a\s+)?(?P<half>meitat|mitad|moitié|metade|metà)"
    r")\b(?!\s+(?:of\s+)?(?:the|my|a|an)?\s*(?:rent|bills?|food|costs?|price)\b)"
)
#: The size of a share by its last word ("my third", "the half", "one quarter").
_PART_SIZE = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}


#: "..., and I pay about 60% of it all": the person's share, in percent, of every amount said
#: before it in the sentence.
_PERCENT_OF_ALL = re.compile(
    rf"\b(?:i|i'm|im)\s+(?:only\s+)?(?:pay|cover|put in)\s+{_ABOUT}(?P<pct>\d{{1,2}})\s*"
    r"(?:%|percent\b|per\s?cent\b)\s+of\s+(?:it(?:\s+all)?|that|this|them|everything|the lot|"
    r"all of it|all that|the total)(?!\s*(?:\w|[£$€]))"
)


#: "..., i pay half of the lot", "my partner pays half of all of it": the person's share, as
#: a fraction, of every amount said before it in the sentence (another's half leaves theirs).
_FRACTION_OF_ALL = re.compile(
    rf"\b(?:(?:i|i'm|im)\s+(?:only\s+)?(?:pay|cover|put in)\s+{_ABOUT}(?P<mine>half|a third|"
    r"a quarter)|(?:my|our)\s+(?:partner|husband|wife|spouse|other half|brother|sister)\s+"
    rf"(?:pays|covers|puts in)\s+{_ABOUT}(?:the\s+other\s+)?(?P<theirs>half))\s+of\s+"
    r"(?:it all|all of it|everything|the lot|all that|the total|both)\b"
)


#: "the band gets 1,200 a gig, 5 of us": the group said before the amount ...
_GROUP_BEFORE = re.compile(r"\b(?:band|group|crew|team|duo|trio|quartet|we|us)\b")
#: ... and how many share it, said right after it.
_OF_US_AFTER = re.compile(r"\s*,\s*(?:there(?:'s| is| are)\s+)?(?P<n>[2-9])\s+of\s+us\b")


def _group_split(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with an amount a group gets, followed by how many of them there are ("the
    band gets 1,200 a gig, 5 of us"), read as one part of it."""
    out = []
    for q in found:
        said = _OF_US_AFTER.match(text, q.end) if _amount(q) else None
        start = _sentence_start(text, q.start)
        if said is not None and _GROUP_BEFORE.search(text, start, q.start):
            people = int(said.group("n"))
            note = f"{q.note or format_number(q.value)}; one part in {people}: your share"
            q = replace(q, value=round(q.value / people, 2), note=note)
        out.append(q)
    return out


def fold(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with each amount followed by the person's share of it, said as a fraction,
    read as that share."""
    found = _group_split([q for q in found if not _people(q, text)], text)
    found = _fraction_of_all(_percent_of_all(found, text), text)
    out = list(found)
    dropped: set[int] = set()
    for k, q in enumerate(found):
        if not _amount(q) or q.note.endswith(": your share"):
            continue
        said = _SHARE.match(text, q.end)
        if said is None:
            continue
        if (
            said.group("people")
            and not said.group("verb")
            and not _SPLIT_BEFORE.search(text, _sentence_start(text, q.start), q.start)
        ):
            continue
        inside = {j for j, p in enumerate(found) if j > k and p.start < said.end()}
        people = said.group("people")
        if inside and people is None and said.group("even") is None:
            continue
        if people is not None and any(found[j].start < said.start("people") for j in inside):
            continue
        fraction, size = _fraction(said)
        note = f"{fraction} of {format_number(q.value)}: your share"
        out[k] = replace(q, value=round(q.value * size, 2), note=note)
        dropped |= inside
    return [q for j, q in enumerate(out) if j not in dropped]


def _percent_of_all(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with the amounts before "I pay 60% of it all" read as that share of each, and
    the percent itself dropped: a share of the sum is the sum of the shares."""
    for said in _PERCENT_OF_ALL.finditer(text):
        start = _sentence_start(text, said.start())
        amounts = [q for q in found if start <= q.start < said.start() and _amount(q)]
        if not amounts or any(said.start() <= q.start < said.end() and q.kind != "percent"
                              for q in found):  # fmt: skip
            continue
        size = int(said.group("pct")) / 100
        found = [
            replace(q, value=round(q.value * size, 2),
                    note=f"{said.group('pct')}% of {format_number(q.value)}: your share")
            if q in amounts else q
            for q in found
            if not (said.start() <= q.start < said.end())
        ]  # fmt: skip
    return found


_STOP = re.compile(r"(?<!\d)[.;!?\n]|[.;!?\n](?!\d)")


def _fraction_of_all(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with the amounts before "i pay half of the lot" read as that share of each:
    a share of the sum is the sum of the shares."""
    for said in _FRACTION_OF_ALL.finditer(text):
        stops = [m.end() for m in _STOP.finditer(text, 0, said.start())]  # not "2.4k"'s dot
        start = stops[-1] if stops else 0
        amounts = [q for q in found if start <= q.start < said.start() and _amount(q)]
        words = said.group("mine") or said.group("theirs")
        size = _PART_SIZE[words.split()[-1]]
        found = [
            replace(q, value=round(q.value * size, 2),
                    note=f"{words} of {format_number(q.value)}: your share")
            if q in amounts else q
            for q in found
        ]  # fmt: skip
    return found


#: "for the 2 of us", "3 of them": a count of people, no amount.
_OF_PEOPLE = re.compile(r"\s+of\s+(?:us|them|you)\b")


def _people(q: Quantity, text: str) -> bool:
    return q.kind == "bare" and not q.period and bool(_OF_PEOPLE.match(text, q.end))


#: "we split 3000 a month between the 3 of us": the split said before the amount.
_SPLIT_BEFORE = re.compile(r"\b(?:split|share|divide)\b")


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(mark, 0, at) for mark in ".;!?\n") + 1


def _amount(q: Quantity) -> bool:
    """True for an amount a share can be of: money, or a plain number said per period or
    too large to be a count of people ("we spend 1,900 a month")."""
    if q.value <= 0:
        return False
    return q.kind == "money" or (q.kind == "bare" and (bool(q.period) or q.value >= 100))


def _fraction(said: re.Match[str]) -> tuple[str, float]:
    """The words of the share and its size."""
    if said.group("half") or said.group("even"):
        return "half", 0.5
    if said.group("people"):
        people = int(said.group("people"))
        return f"one part in {people}", 1 / people
    fraction = _FRACTION_SAID.findall(said.group(0))[-1]
    return fraction, _PART_SIZE[fraction.split()[-1]]
