"""A share of the whole said in a sentence of its own after it: "$90 a job, about 120 jobs a
year. We split it down the middle." The figure read before is the whole the person shares; the
plan needs their part of it, so it is read as that share. Pure.

Only a sentence that sizes the share in words and says no figure of its own counts ("so for me
7,300" says the part itself); a figure already read as a share is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.own_share import SHARED_FIELDS
from agent.interviewer.reading.types import Reading

__all__ = ["sized_later"]

_FIELDS = SHARED_FIELDS | {"activity.annual_revenue"}
_FRACTION = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}
#: "we split it down the middle", "we share it half half with my cousin", "I get half",
#: "half of it is mine", "my brother takes the other half": the person's part, in words.
_SHARE_SENTENCE = re.compile(
    r"^\W*(?:(?:and|but|so|then|though)\s+)?(?:"
    r"(?:we\s+)?(?:split|share|divide)\s+(?:it|that|this|everything|the\s+(?:money|takings|"
    r"profit|lot))\s+(?:50\s*/\s*50|50-50|fifty[- ]fifty|evenly|equally|down the middle|"
    r"in half|half(?: and)? half)|"
    r"(?:we\s+)?go\s+halves|"
    r"(?:i|i'm|im)\s+(?:only\s+)?(?:get|keep|take)\s+(?:a\s+|the\s+)?(?P<part>half|third|quarter)|"
    r"(?:a\s+)?(?P<mine>half|third|quarter)\s+(?:of\s+(?:it|that)\s+)?(?:is|'s)\s+mine"
    r")\b(?P<rest>[^\d]*)$"
)


def sized_later(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with the one money figure of a field said before a sentence that gives the
    person's share of it read as that share."""
    for sentence, at in _sentences(text):
        said = _SHARE_SENTENCE.match(sentence)
        if said is None:
            continue
        size = _FRACTION[said.group("part") or said.group("mine") or "half"]
        for field in _FIELDS:
            whole = [r for r in readings if r.field == field and r.act in {"fact", "change"}]
            if len(whole) != 1 or not _before(whole[0], text, at) or _sized(whole[0]):
                continue
            r = whole[0]
            assert isinstance(r.value, float)
            note = f"{said.group(0).strip(' .,')}: {format_number(r.value)} shared, yours a part"
            readings = [replace(r, value=round(r.value * size, 2), note=note) if o is r else o
                        for o in readings]  # fmt: skip
    return readings


def _sentences(text: str) -> list[tuple[str, int]]:
    """The sentences of ``text`` after the first, each with where it starts."""
    cuts = [m.end() for m in re.finditer(r"(?<!\d)[.!?;\n]+(?!\d)", text)]
    return [(text[a:b], a) for a, b in zip(cuts, [*cuts[1:], len(text)][: len(cuts)], strict=True)]


def _before(r: Reading, text: str, at: int) -> bool:
    place = text.find(r.span) if r.span else -1
    return isinstance(r.value, float) and r.value > 0 and 0 <= place < at


def _sized(r: Reading) -> bool:
    return "your share" in r.note or "of what is shared" in r.note
