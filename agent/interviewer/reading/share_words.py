"""The person's share of an amount said as a fraction, in words, after it: "the household runs
about $5,200 a month, and I pay half of it", "we sold 4,000 bottles at 25 but my part is half".

The amount said first is the whole; the plan needs the person's part of it, so the amount is
read as that fraction of itself. Only a share said of the amount just before it, in the same
sentence, with no other number between, counts; "half of that goes on materials" is a cost,
no share, and changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantity import Quantity

_FRACTION = r"(?:half|a half|the half|a third|one third|a quarter|one quarter)"
_FRACTION_SAID = re.compile(r"\b(?:a |the |one )?(?:half|third|quarter)\b")
_SHARE = re.compile(
    r"[^.;!?\d]*?\b(?:"
    # "and I pay half of it", "I only get a third"
    rf"(?:i|i'm|im)\s+(?:only\s+)?(?:pay|cover|get|take|keep|earn|make)\s+(?:only\s+)?{_FRACTION}"
    r"(?:\s+of\s+(?:it|that|this|them|those))?|"
    # "my part is half", "my share's a third"
    rf"my\s+(?:part|share|cut|portion)\s*(?:is|'s)\s+(?:only\s+|just\s+|about\s+)?{_FRACTION}|"
    # "half of it is mine"
    rf"{_FRACTION}\s+(?:of\s+(?:it|that|this)\s+)?(?:is|'s)\s+mine|"
    # "la meva part és la meitat", "mi parte es la mitad", "ma part c'est la moitié"
    r"(?:la meva|mi|ma|a minha|la mia)\s+(?:part|parte)\s+(?:és|es|est|c'est|é|è)\s+"
    r"(?:la\s+|a\s+)?(?P<half>meitat|mitad|moitié|metade|metà)"
    r")\b(?!\s+(?:of\s+)?(?:the|my|a|an)?\s*(?:rent|bills?|food|costs?|price)\b)"
)
_SIZE = {"half": 0.5, "a half": 0.5, "the half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
         "a quarter": 0.25, "one quarter": 0.25}  # fmt: skip


def fold(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with each amount followed by the person's share of it, said as a fraction,
    read as that share."""
    out = list(found)
    for k, q in enumerate(found):
        if q.kind != "money" or q.value <= 0:
            continue
        said = _SHARE.match(text, q.end)
        if said is None:
            continue
        if any(p.start < said.end() for p in found[k + 1 :]):
            continue
        fraction = "half" if said.group("half") else _FRACTION_SAID.findall(said.group(0))[-1]
        size = _SIZE[fraction]
        note = f"{fraction} of {format_number(q.value)}: your share"
        out[k] = replace(q, value=round(q.value * size, 2), note=note)
    return out
